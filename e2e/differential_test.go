package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// The differential test runs the same scripts through bpftrace 0.17 and
// ntrace and compares what they print, values and format: arithmetic,
// casts, printf conversions, aggregations at their edges, map keys of
// several types, variables, tuples, strings, tracepoint fields and the
// structs they point to, in BEGIN, interval, tracepoint and raw
// tracepoint programs (the cases are in differential_cases_test.go).
// Scripts that trace events run in both tracers at once, on events this
// test makes. Where bpftrace 0.17 prints a wrong value, the case says so,
// with the line it prints, the one ntrace prints and why: the test checks
// both, so it notices when either changes.
//
// Run it alone or under the heavy lock (flock /tmp/ntrace-heavy.lock):
// every bpftrace run costs about a second of kernel time as it exits.
func TestDifferentialBpftrace(t *testing.T) {
	requireRoot(t)
	bt := bpftrace017(t)
	for _, c := range differentialCases() {
		t.Run(c.name, func(t *testing.T) { c.run(t, bt) })
	}
}

// bpftrace017 returns bpftrace's path, skipping the test when it is not
// bpftrace 0.17, the version the cases' known differences are about.
func bpftrace017(t *testing.T) string {
	t.Helper()
	bt, err := bpftrace017Path()
	if err != nil {
		t.Skip(err)
	}
	return bt
}

// bpftrace017Path is bpftrace's path when it is bpftrace 0.17 (see
// bpftrace017), for a test that compares with it where it can.
func bpftrace017Path() (string, error) {
	bt, err := exec.LookPath("bpftrace")
	if err != nil {
		return "", fmt.Errorf("bpftrace is not installed (apt-get install bpftrace)")
	}
	out, err := exec.Command(bt, "--version").Output()
	if err != nil || !strings.Contains(string(out), "v0.17.") {
		return "", fmt.Errorf("want bpftrace v0.17, have %q (%v)", strings.TrimSpace(string(out)), err)
	}
	return bt, nil
}

// diffCase is one script both tracers run.
type diffCase struct {
	name string
	// script is what both run; a script without events ends itself
	// with exit(). With events, both also get readyProbe; $1 is this
	// test's pid and $2 the thread that makes the events.
	script string
	// ntraceScript, when set, is ntrace's version of script: the same
	// values through a probe bpftrace 0.17 cannot attach here.
	ntraceScript string
	// events makes what the script traces, once both tracers are ready.
	events func(t *testing.T)
	// setup, when set, makes what the case needs before the tracers
	// start (a listening socket) and returns script and events, as they
	// depend on it (its port).
	setup func(t *testing.T) (script string, events func(t *testing.T))
	// wrong lists what bpftrace 0.17 prints wrong.
	wrong []wrongLine
	// kprobes says the script needs kprobes (the qemu rig has them).
	kprobes bool
	// headers says bpftrace needs the host's C headers for the script:
	// the rig's guests have only those bpftrace's tools include.
	headers bool
}

// wrongLine is a line bpftrace 0.17 prints with a wrong value, the line
// ntrace prints in its place, and why the value is wrong. An empty
// bpftrace line is a map entry bpftrace leaves out.
type wrongLine struct {
	bpftrace, ntrace, why string
}

// doneProbe prints "done" when the thread making a case's events is
// through.
const doneProbe = `tracepoint:syscalls:sys_enter_getsid /tid == $2/ { printf("done\n"); }
`

func (c diffCase) run(t *testing.T, bt string) {
	if c.kprobes {
		requireKprobes(t)
	}
	if os.Getenv("NTRACE_VM") != "" && os.Getenv("NTRACE_VM_BPFTRACE") == "" {
		t.Skip("this guest has no bpftrace: make vmtest-tools packs it (VMTEST_BPFTRACE=1)")
	}
	if c.headers && os.Getenv("NTRACE_VM") != "" {
		t.Skip("bpftrace needs the host's C headers for this script; the guest has only its tools'")
	}
	if c.setup != nil {
		c.script, c.events = c.setup(t)
	}
	ntScript := c.script
	if c.ntraceScript != "" {
		ntScript = c.ntraceScript
	}
	var want, got string
	if c.events == nil {
		want, got = stdoutOf(t, bt, c.script), stdoutOf(t, ntraceBin, ntScript, text017...)
	} else {
		worker := newEventThread()
		defer worker.close()
		tid := strconv.Itoa(worker.tid)
		b := start(t, bt, "-e", readyProbe+doneProbe+c.script, pidArg(), tid)
		n := ntrace017(t, readyProbe+doneProbe+ntScript, pidArg(), tid)
		b.waitReady()
		n.waitReady()
		worker.do(func() {
			c.events(t)
			unix.Getsid(0)
		})
		// Everything before "done" is printed (bpftrace 0.17 drops what
		// its perf buffers hold when it is stopped).
		isDone := func(l string) bool { return l == "done" }
		b.waitLine(isDone, nil)
		n.waitLine(isDone, nil)
		time.Sleep(200 * time.Millisecond) // other CPUs' buffers, read after
		b.stopInsisting()
		n.stop()
		want, got = b.Stdout(), n.Stdout()
	}
	for _, w := range c.wrong {
		switch {
		case w.bpftrace == "" && strings.Contains(want, "\n"+w.ntrace+"\n"):
			t.Errorf("bpftrace 0.17 now prints %q (%s)", w.ntrace, w.why)
		case w.bpftrace == "":
			want += w.ntrace + "\n" // a map entry it leaves out
		case !strings.Contains(want, "\n"+w.bpftrace+"\n"):
			t.Errorf("bpftrace 0.17 no longer prints the wrong line %q (%s)", w.bpftrace, w.why)
		default:
			want = strings.Replace(want, "\n"+w.bpftrace+"\n", "\n"+w.ntrace+"\n", 1)
		}
	}
	traced := c.events != nil
	want, got = comparable(want, traced), comparable(got, traced)
	if strings.Count(want, "\n") < 3 {
		t.Fatalf("bpftrace printed next to nothing; nothing to compare:\n%s", want)
	}
	t.Logf("ntrace printed:\n%s", got)
	if got != want {
		t.Errorf("ntrace's output differs from bpftrace's (corrected where bpftrace 0.17 is wrong):\n%s", lineDiff(want, got))
	}
}

// stdoutOf runs a tracer on a script that ends by itself, with the flags
// given, and returns what it printed on stdout.
func stdoutOf(t *testing.T, bin, script string, flags ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append(flags, "-e", script)...)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := startChild(cmd)
	if err == nil {
		err = cmd.Wait()
	}
	if err != nil {
		t.Fatalf("%s: %v\nstdout:\n%s\nstderr:\n%s", bin, err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// comparable is a tracer's output made comparable with the other's: the
// lines of what was printed while tracing, without the readiness lines
// and bpftrace's "Attaching" line, then the maps printed at exit, each
// (with its histogram's lines) a block, in sorted order: both print the
// entries of a map by value, but ties in the order their kernel map hands
// them out. The lines of traced events are sorted too: bpftrace prints
// its per-CPU buffers one after the other, and the thread making the
// events may move between CPUs.
func comparable(out string, traced bool) string {
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	var head []string
	i := 0
	for ; i < len(lines) && !strings.HasPrefix(lines[i], "@"); i++ {
		if l := lines[i]; l != "ready" && l != "done" && !strings.HasPrefix(l, "Attaching ") && !strings.HasPrefix(l, "Attached ") && l != "" {
			head = append(head, l)
		}
	}
	var blocks []string
	for ; i < len(lines); i++ {
		if strings.HasPrefix(lines[i], "@") {
			blocks = append(blocks, "")
		}
		if lines[i] != "" {
			blocks[len(blocks)-1] += lines[i] + "\n"
		}
	}
	sort.Strings(blocks)
	if traced {
		sort.Strings(head)
	}
	return strings.Join(head, "\n") + "\n--- maps\n" + strings.Join(blocks, "")
}

// lineDiff lists the lines of want and got that differ, side by side.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n  bpftrace: %q\n  ntrace:   %q\n", i+1, wl, gl)
		}
	}
	return b.String()
}

// eventThread runs functions on one OS thread, whose id scripts filter
// on: the Go runtime makes system calls on this process's other threads
// at any time.
type eventThread struct {
	tid  int
	work chan func()
	done chan struct{}
}

func newEventThread() *eventThread {
	e := &eventThread{work: make(chan func()), done: make(chan struct{})}
	tid := make(chan int)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread ends with the goroutine
		tid <- unix.Gettid()
		for f := range e.work {
			func() {
				defer func() { e.done <- struct{}{} }() // also when f fails the test
				f()
			}()
		}
	}()
	e.tid = <-tid
	return e
}

// do runs f on the thread and waits for it.
func (e *eventThread) do(f func()) {
	e.work <- f
	<-e.done
}

func (e *eventThread) close() { close(e.work) }

// mustOpen opens path for the events a case traces, failing the test if
// it cannot; a path that does not exist is opened only to fail.
func mustOpen(t *testing.T, path string) *os.File {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return f
}
