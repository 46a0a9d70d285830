package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// readyProbe is appended to every script whose attach time is measured: it
// prints "ready" when the bench (pid $1) calls getpid, which the bench does
// every pollEvery until the line shows up on the tool's stdout.
const readyProbe = `tracepoint:syscalls:sys_enter_getpid /pid == $1/ { printf("ready\n"); }`

const (
	pollEvery    = 200 * time.Microsecond
	readyTimeout = 20 * time.Second
	stopTimeout  = 20 * time.Second
	resendEvery  = 500 * time.Millisecond
)

// missedSIGINTs counts the stops that took more than one SIGINT.
var missedSIGINTs atomic.Int64

// withReady returns script followed by the readiness probe.
func withReady(script string) string {
	return strings.TrimRight(script, "\n") + "\n" + readyProbe + "\n"
}

// tool is one run of a tracer the bench launched and owns.
type tool struct {
	name    string // "ntrace" or "bpftrace"
	cmd     *exec.Cmd
	start   time.Time
	ready   chan struct{} // closed at the first "ready" line
	readyAt time.Time     // set before ready is closed
	exited  chan struct{} // closed once the process has been waited for
	waitErr error         // valid after exited is closed
	endAt   time.Time     // valid after exited is closed
	lines   atomic.Int64  // non-empty stdout lines other than "ready" and bpftrace's own
	lastOut atomic.Int64  // unix nanoseconds of the last such line
	stderr  lockedBuffer
	outDone chan struct{} // closed when stdout reaches EOF
	sigints int           // SIGINTs stop sent
	outLost atomic.Int64  // events reported lost on stdout
	hwm     atomic.Int64  // highest VmHWM sampled (watchPeak), bytes
}

// launch starts bin with args as tool name. The child is killed if ctx ends
// or the bench dies, and runs in its own process group so that a terminal's
// Ctrl-C reaches only the bench, which then stops it.
func launch(ctx context.Context, name, bin string, args ...string) (*tool, error) {
	return launchMarked(ctx, name, bin, "", args...)
}

// launchMarked is launch, and with a mark, times the mark's first
// appearance on the tool's stderr (see lockedBuffer.watch).
func launchMarked(ctx context.Context, name, bin, mark string, args ...string) (*tool, error) {
	t := &tool{name: name, ready: make(chan struct{}), exited: make(chan struct{}), outDone: make(chan struct{})}
	if mark != "" {
		t.stderr.watch(mark)
	}
	t.cmd = exec.CommandContext(ctx, bin, args...)
	t.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	t.cmd.Stderr = &t.stderr
	out, err := t.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	t.start = time.Now()
	if err := t.cmd.Start(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	go t.readStdout(out)
	go func() {
		<-t.outDone
		t.waitErr = t.cmd.Wait()
		t.endAt = time.Now()
		close(t.exited)
	}()
	return t, nil
}

// readStdout watches for the ready line and counts every other line, but
// for bpftrace's "Lost N events", which it prints on stdout.
func (t *tool) readStdout(r io.Reader) {
	defer close(t.outDone)
	sc := bufio.NewScanner(bufio.NewReaderSize(r, 1<<20))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	seen := false
	for sc.Scan() {
		line := sc.Bytes()
		switch {
		case bytes.Equal(line, []byte("ready")):
			if !seen {
				seen = true
				t.readyAt = time.Now()
				close(t.ready)
			}
		case bpftraceLostRe.Match(line):
			t.outLost.Add(sumMatches(bpftraceLostRe, string(line)))
		case bpftraceAttachingRe.Match(line):
			// bpftrace's "Attaching N probes...": not an event.
		case len(line) > 0:
			t.lines.Add(1)
			t.lastOut.Store(time.Now().UnixNano())
		}
	}
	_, _ = io.Copy(io.Discard, r)
}

// waitReady calls getpid every pollEvery until the tool prints "ready" and
// returns the time from launch to that line.
func (t *tool) waitReady(ctx context.Context) (time.Duration, error) {
	tick := time.NewTicker(pollEvery)
	defer tick.Stop()
	deadline := time.After(readyTimeout)
	for {
		unix.Getpid()
		select {
		case <-t.ready:
			return t.readyAt.Sub(t.start), nil
		case <-t.exited:
			return 0, fmt.Errorf("%s exited before attaching: %v: %s", t.name, t.waitErr, t.stderrTail())
		case <-deadline:
			return 0, fmt.Errorf("%s not ready after %v: %s", t.name, readyTimeout, t.stderrTail())
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-tick.C:
		}
	}
}

// wait waits for the tool to exit by itself, at most timeout, and kills it
// after that.
func (t *tool) wait(timeout time.Duration) error {
	select {
	case <-t.exited:
		return t.exitError()
	case <-time.After(timeout):
		t.kill()
		return fmt.Errorf("%s did not exit within %v: %s", t.name, timeout, t.stderrTail())
	}
}

// stop sends SIGINT and waits for the tool to print its maps and exit. It
// repeats the signal to bpftrace every resendEvery: bpftrace 0.17 sometimes
// misses a SIGINT that arrives just after it has printed an event, and then
// runs on. ntrace gets one: a second SIGINT may cut its map printing short.
func (t *tool) stop() error {
	deadline := time.After(stopTimeout)
	resend := time.NewTicker(resendEvery)
	defer resend.Stop()
	for {
		select {
		case <-t.exited:
			return t.exitError()
		default:
		}
		if t.sigints == 0 || t.name == bpftraceName {
			if err := t.cmd.Process.Signal(os.Interrupt); err != nil && !errors.Is(err, os.ErrProcessDone) {
				t.kill()
				return err
			}
			t.sigints++
		}
		select {
		case <-t.exited:
			if t.sigints > 1 {
				missedSIGINTs.Add(1)
			}
			return t.exitError()
		case <-resend.C:
		case <-deadline:
			t.kill()
			return fmt.Errorf("%s did not exit within %v of SIGINT: %s", t.name, stopTimeout, t.stderrTail())
		}
	}
}

// kill ends the tool now, if it is still running, and reaps it.
func (t *tool) kill() {
	select {
	case <-t.exited:
		return
	default:
	}
	t.cmd.Process.Kill()
	<-t.exited
}

// exitError reports a failed exit; a tool stopped by SIGINT exits 0.
func (t *tool) exitError() error {
	var ee *exec.ExitError
	if errors.As(t.waitErr, &ee) && t.sigints > 1 {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGINT {
			// A repeated SIGINT (see stop) landed while bpftrace was
			// already detaching many probes and ended it: not a failure
			// of the run being measured.
			return nil
		}
	}
	if t.waitErr != nil {
		return fmt.Errorf("%s: %v: %s", t.name, t.waitErr, t.stderrTail())
	}
	return nil
}

// watchPeak samples the tool's peak resident set (VmHWM) every interval
// from now until it exits; peakRSS reports the highest. Started once the
// timed part of a run is over where there is one (ready → exit), since
// each sample is a read of /proc that takes CPU from the run.
func (t *tool) watchPeak(every time.Duration) {
	go func() {
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			t.samplePeak()
			select {
			case <-t.exited:
				return
			case <-tick.C:
			}
		}
	}()
}

// samplePeak reads the tool's VmHWM once: its own mm's high-water mark,
// which exec started afresh. Nothing (0) once it is a zombie.
func (t *tool) samplePeak() {
	v := procStatus(t.cmd.Process.Pid, "VmHWM")
	for {
		old := t.hwm.Load()
		if v <= old || t.hwm.CompareAndSwap(old, v) {
			return
		}
	}
}

// peakRSS is the tool's own peak resident set in bytes, once it has
// exited. wait4's maxrss alone is wrong for a child started by os/exec:
// the child is vforked, sharing the bench's memory until exec, and the
// kernel keeps the larger of that memory's high-water mark at exec and
// the tool's own at exit. So maxrss counts only when it is above the
// bench's own peak (then it is the tool's, exact); otherwise the highest
// VmHWM watchPeak saw, which misses at most what the tool touched in its
// last sampling interval.
func (t *tool) peakRSS() int64 {
	own := t.hwm.Load()
	if t.cmd.ProcessState == nil {
		return own
	}
	ru, ok := t.cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return own
	}
	if maxrss := ru.Maxrss * 1024; maxrss > procStatus(os.Getpid(), "VmHWM") && maxrss > own {
		return maxrss
	}
	return own
}

// stderrTail is the end of what the tool printed on stderr, for errors,
// without bpftrace's RLIMIT_MEMLOCK warning, which is harmless here.
func (t *tool) stderrTail() string {
	var keep []string
	for _, l := range strings.Split(t.stderr.String(), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.Contains(l, "RLIMIT_MEMLOCK") {
			keep = append(keep, l)
		}
	}
	s := strings.Join(keep, " | ")
	if len(s) > 600 {
		s = "…" + s[len(s)-600:]
	}
	return s
}

// lockedBuffer is a bytes.Buffer safe for the writer goroutine exec starts
// and a concurrent reader.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
	// mark, when set (watch), is text whose first appearance is timed:
	// markedAt is set, then marked closed.
	mark     []byte
	marked   chan struct{}
	markedAt time.Time
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	n, err := b.buf.Write(p)
	if b.mark != nil && bytes.Contains(b.buf.Bytes(), b.mark) {
		b.markedAt = time.Now()
		b.mark = nil
		close(b.marked)
	}
	return n, err
}

// watch returns a channel closed when text is first written, which must
// be before anything is; markedAt then says when.
func (b *lockedBuffer) watch(text string) <-chan struct{} {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.mark, b.marked = []byte(text), make(chan struct{})
	return b.marked
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
