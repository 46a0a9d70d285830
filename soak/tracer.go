package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// tracer is an ntrace process running a recipe. Its event lines are
// counted by a classifier as they arrive (a day of them does not fit in
// memory); what follows the first map line is kept, and of stderr the
// first stderrKept bytes and every warning counted (see stderrLog).
type tracer struct {
	name     string
	cmd      *exec.Cmd
	classify func(line string) string // an event line's class, "" to ignore it

	mu     sync.Mutex
	counts map[string]int
	// odd holds the first lines the classifier did not recognise.
	odd    []string
	maps   strings.Builder // from the first line starting with "@"
	stderr stderrLog
	done   chan struct{}
	err    error
}

// startTracer starts ntrace with args, in a process group of its own: a
// Ctrl-C in soak's terminal ends the run early through soak (see
// runController), and must not stop the tracers before the traffic.
func startTracer(bin, name string, classify func(string) string, args ...string) (*tracer, error) {
	tr := &tracer{name: name, classify: classify, counts: map[string]int{}, done: make(chan struct{})}
	tr.cmd = exec.Command(bin, args...)
	tr.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL, Setpgid: true}
	tr.cmd.Stderr = &lockedWriter{mu: &tr.mu, w: &tr.stderr}
	stdout, err := tr.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := tr.cmd.Start(); err != nil {
		return nil, err
	}
	go func() {
		tr.read(stdout)
		tr.err = tr.cmd.Wait()
		close(tr.done)
	}()
	return tr, nil
}

func (tr *tracer) read(r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	inMaps := false
	for sc.Scan() {
		l := sc.Text()
		tr.mu.Lock()
		if strings.HasPrefix(l, "@") {
			inMaps = true
		}
		if inMaps {
			tr.maps.WriteString(l + "\n")
		} else if class := tr.classify(l); class != "" {
			tr.counts[class]++
		} else if len(tr.odd) < 20 {
			tr.odd = append(tr.odd, l)
		}
		tr.mu.Unlock()
	}
	if err := sc.Err(); err != nil {
		// A line too long to scan: say so, and go on reading, so that
		// ntrace is never blocked writing to a pipe nobody reads.
		tr.mu.Lock()
		tr.odd = append(tr.odd, fmt.Sprintf("(the rest of the output unread: %v)", err))
		tr.mu.Unlock()
		_, _ = io.Copy(io.Discard, r)
	}
}

// waitAttached waits until ntrace says it is attaching and then a little
// more, for the probes to be in place.
func (tr *tracer) waitAttached() error {
	deadline := time.Now().Add(2 * time.Minute)
	for !strings.Contains(tr.Stderr(), "Attached ") {
		select {
		case <-tr.done:
			return fmt.Errorf("%s exited before attaching (%v): %s", tr.name, tr.err, tr.Stderr())
		case <-time.After(10 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s did not attach in 2 minutes: %s", tr.name, tr.Stderr())
		}
	}
	return nil
}

// stop stops the tracer as Ctrl-C would and waits for it to print
// its maps and exit.
func (tr *tracer) stop() error {
	// SIGTERM, not SIGINT: a soak started in the background by a shell
	// without job control (nohup, `… &` in a script) has SIGINT ignored,
	// and ntrace keeps a signal ignored when it started so (see the
	// README's fault model): SIGINT would never stop it.
	tr.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-tr.done:
	case <-time.After(5 * time.Minute):
		tr.cmd.Process.Kill()
		<-tr.done
		return fmt.Errorf("%s did not exit in 5 minutes after SIGTERM", tr.name)
	}
	if tr.err != nil {
		return fmt.Errorf("%s: %v: %s", tr.name, tr.err, tr.Stderr())
	}
	return nil
}

func (tr *tracer) Stderr() string {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return tr.stderr.head.String()
}

// warnings returns how many lines of ntrace's stderr warned of lost
// events or refused map updates, and the first of them.
func (tr *tracer) warnings() (int, string) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return tr.stderr.warned, tr.stderr.firstWarning
}

// stderrKept is how much of a tracer's stderr is kept: its start-up
// lines and first warnings, not a day of them.
const stderrKept = 64 << 10

// stderrLog is a tracer's stderr as soak keeps it: the first stderrKept
// bytes, and the lines that warn of lost events or refused updates
// counted as they come, however many there are.
type stderrLog struct {
	head         bytes.Buffer
	partial      []byte // the line being written, up to stderrKept bytes
	warned       int
	firstWarning string
}

func (l *stderrLog) Write(p []byte) (int, error) {
	if room := stderrKept - l.head.Len(); room > 0 {
		l.head.Write(p[:min(room, len(p))])
	}
	for rest := p; len(rest) > 0; {
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			l.partial = append(l.partial, rest[:min(len(rest), stderrKept-len(l.partial))]...)
			break
		}
		l.line(string(append(l.partial, rest[:i]...)))
		l.partial, rest = l.partial[:0], rest[i+1:]
	}
	return len(p), nil
}

// line counts a whole line of stderr if it is a warning.
func (l *stderrLog) line(s string) {
	if strings.Contains(s, "lost") || strings.Contains(s, "is full") || strings.Contains(s, "dropped") {
		if l.warned == 0 {
			l.firstWarning = s
		}
		l.warned++
	}
}

func (tr *tracer) count(class string) int {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return tr.counts[class]
}

func (tr *tracer) mapText() string {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return tr.maps.String()
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// The recipes print each line as two events, the time and then the rest,
// and events from several CPUs interleave: one CPU's time may come
// between another's time and line ("12:00:01 12:00:01 4242 …", then
// "4243 …"). So lines are recognised by what follows the time.

// udplatLine is a datagram udplat printed: pid, comm, the sender's
// address and port, the wait (which a bad stamp can make negative:
// printf's %d is 32 bits, as in C and bpftrace).
var udplatLine = regexp.MustCompile(`\d+\s+\S+\s+\S+:\d+ -?\d+ us$`)

// classifyUdplat counts every datagram line.
func classifyUdplat(l string) string {
	if udplatLine.MatchString(l) {
		return "datagram"
	}
	return ""
}

// dropLine is a TCP or UDP drop drop-packet printed: reason, protocol,
// source > destination, where.
var dropLine = regexp.MustCompile(`(\S+)\s+(TCP|UDP) \S+ > (\S+) in \S+$`)

// dropClassifier counts drop-packet's lines for drops to soak's
// destinations, as "PROTO destination-port", whatever the reason: the
// test knows why each was dropped, and the reasons are the kernel's.
func dropClassifier(p ports) func(string) string {
	return func(l string) string {
		m := dropLine.FindStringSubmatch(l)
		if m == nil {
			return ""
		}
		host, port, ok := cutPort(m[3])
		if !ok || (host != sharedAddr && host != tinyAddr && host != "["+v6Addr+"]") {
			return ""
		}
		switch {
		case m[2] == "UDP" && (port == p.Watched || port == p.Decoy || port == p.ClosedUDP),
			m[2] == "TCP" && port == p.ClosedTCP:
			return fmt.Sprintf("%s %d %s", m[2], port, m[1])
		}
		return ""
	}
}

// cutPort splits "addr:port" or "[addr]:port".
func cutPort(s string) (string, int, bool) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return "", 0, false
	}
	port, err := strconv.Atoi(s[i+1:])
	return s[:i], port, err == nil
}

// mapCount reads a keyless count's value from printed maps, "@name: N";
// 0 when the map is not printed (a count that never ran prints nothing).
func mapCount(maps, name string) int {
	for _, l := range strings.Split(maps, "\n") {
		if v, ok := strings.CutPrefix(l, "@"+name+": "); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(v))
			return n
		}
	}
	return 0
}

var bucketLine = regexp.MustCompile(`^[\[(][^)\]]*[)\]]\s+(\d+) \|`)

// histTotal sums the buckets of the histogram printed as "@name:".
func histTotal(maps, name string) int {
	lines := strings.Split(maps, "\n")
	total := 0
	for i, l := range lines {
		if strings.TrimSpace(l) != "@"+name+":" {
			continue
		}
		for _, b := range lines[i+1:] {
			m := bucketLine.FindStringSubmatch(b)
			if m == nil {
				break
			}
			n, _ := strconv.Atoi(m[1])
			total += n
		}
	}
	return total
}
