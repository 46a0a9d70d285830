// Package e2e runs the ntrace binary as a user would, as root on the real
// kernel, against traffic the tests make themselves, and checks what it
// printed against what the tests know happened.
package e2e

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// ntraceBin is the binary under test: $NTRACE_BIN (the VM rig sets it) or
// one built for this test run.
var ntraceBin string

// The main goroutine keeps the main thread to itself. A test that locks
// a goroutine to its thread and moves that thread into a namespace of
// its own (netnsWorker) must not get the main thread: it is the thread
// group leader, whose namespaces /proc/self/net and the like show for the
// whole process, and Go does not end it when the goroutine returns
// locked, so the process would look to be in that network namespace
// from then on (/proc/net/udp lists another namespace's sockets).
//
// The child starter gets a thread of its own too, from the start, before
// any test can have changed one (see startChild).
func init() {
	runtime.LockOSThread()
	go startChildren()
}

func TestMain(m *testing.M) {
	code, err := setup(m)
	removeCPrograms()
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
	os.Exit(code)
}

func setup(m *testing.M) (int, error) {
	// bpftrace, which some tests run beside ntrace, needs tracefs mounted;
	// ntrace mounts it itself, but may not have run yet on a fresh boot.
	if os.Geteuid() == 0 {
		if _, err := os.Stat("/sys/kernel/tracing/events"); err != nil {
			if err := syscall.Mount("nodev", "/sys/kernel/tracing", "tracefs", 0, ""); err != nil {
				return 0, fmt.Errorf("mounting tracefs: %w", err)
			}
		}
	}
	if bin := os.Getenv("NTRACE_BIN"); bin != "" {
		ntraceBin = bin
		return m.Run(), nil
	}
	dir, err := os.MkdirTemp("", "ntrace-e2e")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	// Others may run it: the privileges test runs it as nobody.
	if err := os.Chmod(dir, 0o755); err != nil {
		return 0, err
	}
	ntraceBin = filepath.Join(dir, "ntrace")
	// Static, as make build builds it: with net/http linked (--metrics),
	// a cgo build would be dynamically linked.
	build := exec.Command("go", "build", "-o", ntraceBin, "../cmd/ntrace")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		return 0, fmt.Errorf("building ntrace: %w", err)
	}
	return m.Run(), nil
}

func requireRoot(t *testing.T) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("needs root to load BPF programs")
	}
}

// tracer is a running tracer process (ntrace or bpftrace).
type tracer struct {
	t      *testing.T
	cmd    *exec.Cmd
	mu     sync.Mutex
	stdout bytes.Buffer
	stderr bytes.Buffer
	lines  chan string
	done   chan struct{}
	err    error
}

// start runs a tracer binary with args and collects its output.
func start(t *testing.T, bin string, args ...string) *tracer {
	t.Helper()
	return startTracerCommand(t, exec.Command(bin, args...))
}

// startTracerCommand runs a tracer command the caller made (with a directory or
// an environment of its own) and collects its output.
func startTracerCommand(t *testing.T, cmd *exec.Cmd) *tracer {
	t.Helper()
	tr := &tracer{t: t, lines: make(chan string, 100000), done: make(chan struct{})}
	tr.cmd = cmd
	stdout, err := tr.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	tr.cmd.Stderr = &lockedWriter{mu: &tr.mu, w: &tr.stderr}
	if err := startChild(tr.cmd); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(stdout)
		sc.Buffer(make([]byte, 1<<20), 64<<20) // a big map is one JSON line
		for sc.Scan() {
			tr.mu.Lock()
			tr.stdout.WriteString(sc.Text() + "\n")
			tr.mu.Unlock()
			select {
			case tr.lines <- sc.Text():
			default:
			}
		}
		tr.err = tr.cmd.Wait()
		close(tr.done)
	}()
	t.Cleanup(func() {
		if tr.cmd.ProcessState == nil {
			tr.cmd.Process.Kill()
			<-tr.done
		}
	})
	return tr
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

// waitLine waits for a stdout line for which match is true, calling poke
// every few milliseconds meanwhile (to make a probe fire).
func (tr *tracer) waitLine(match func(string) bool, poke func()) string {
	tr.t.Helper()
	deadline := time.After(lineTimeout())
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case l := <-tr.lines:
			if match(l) {
				return l
			}
		case <-tick.C:
			if poke != nil {
				poke()
			}
		case <-tr.done:
			tr.t.Fatalf("tracer exited before printing the expected line (%v)\nstdout:\n%s\nstderr:\n%s", tr.err, tr.Stdout(), tr.Stderr())
		case <-deadline:
			tr.t.Fatalf("timed out waiting for a line\nstdout:\n%s\nstderr:\n%s", tr.Stdout(), tr.Stderr())
		}
	}
}

// lineTimeout is how long waitLine waits: half a minute, three in the
// qemu rig, whose emulated CPUs take bpftrace a minute to compile a
// script.
func lineTimeout() time.Duration {
	if os.Getenv("NTRACE_VM") != "" {
		return 3 * time.Minute
	}
	return 30 * time.Second
}

// stop interrupts the tracer as Ctrl-C would and waits for it to exit,
// which it must do by itself with status 0: a tracer killed (or failed)
// before its output was all written left events unreported, and a test
// that went on to count them would blame the wrong thing.
func (tr *tracer) stop() {
	tr.t.Helper()
	tr.cmd.Process.Signal(syscall.SIGINT)
	tr.wait()
	if st := tr.cmd.ProcessState; st != nil && !st.Success() {
		tr.t.Errorf("the tracer stopped with %v, not by itself with status 0\nstdout:\n%s\nstderr:\n%s", st, tr.Stdout(), tr.Stderr())
	}
}

// stopInsisting is stop for bpftrace 0.17, which now and then misses a
// SIGINT (seen under load, also by the bench): it sends SIGINT again every
// 5 s until the tracer exits, for at most a minute.
func (tr *tracer) stopInsisting() {
	tr.t.Helper()
	deadline := time.After(60 * time.Second)
	for {
		tr.cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-tr.done:
			return
		case <-time.After(5 * time.Second):
		case <-deadline:
			tr.cmd.Process.Kill()
			tr.t.Fatalf("tracer did not exit after repeated SIGINTs\nstdout:\n%s\nstderr:\n%s", tr.Stdout(), tr.Stderr())
		}
	}
}

// wait waits for the tracer to exit by itself.
func (tr *tracer) wait() {
	tr.t.Helper()
	select {
	case <-tr.done:
	case <-time.After(60 * time.Second):
		tr.cmd.Process.Kill()
		tr.t.Fatalf("tracer did not exit\nstdout:\n%s\nstderr:\n%s", tr.Stdout(), tr.Stderr())
	}
}

func (tr *tracer) Stdout() string {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return tr.stdout.String()
}

func (tr *tracer) Stderr() string {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return tr.stderr.String()
}

// ntrace starts ntrace on a script with the given extra arguments.
func ntrace(t *testing.T, script string, args ...string) *tracer {
	t.Helper()
	requireRoot(t)
	return start(t, ntraceBin, append([]string{"-e", script}, args...)...)
}

// text017 are the flags for bpftrace 0.17's text output where today's
// bpftrace prints otherwise (stats, pointers, histogram headers): what the
// tests that run beside bpftrace 0.17 compare with its output.
var text017 = []string{"-f", "text-0.17"}

// ntrace017 starts ntrace as ntrace does, printing text as bpftrace 0.17
// does.
func ntrace017(t *testing.T, script string, args ...string) *tracer {
	t.Helper()
	return ntrace(t, script, append(append([]string(nil), text017...), args...)...)
}

// readyProbe is a probe the harness fires with getppid() from this test
// process until the tracer prints "ready": then every probe is attached.
const readyProbe = `tracepoint:syscalls:sys_enter_getppid /pid == $1/ { printf("ready\n"); }
`

func (tr *tracer) waitReady() {
	tr.t.Helper()
	tr.waitLine(func(l string) bool { return l == "ready" }, func() { syscall.Getppid() })
}

// runTool runs a command to completion and returns its combined output and
// exit code.
func runTool(t *testing.T, bin string, args ...string) (string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	return combinedOutput(t, exec.CommandContext(ctx, bin, args...))
}

// startChild starts cmd so that the kernel kills it when the test
// process dies (PR_SET_PDEATHSIG), and a test run killed midway (a
// timeout, ^C, SIGKILL) leaves no tracer attached or holding a lock.
//
// The kernel sends that signal when the *thread* that started the child
// exits, not the process, and Go ends a thread when a goroutine locked to
// it returns without unlocking — which tests do on purpose, to throw away
// a thread they moved into a network namespace or renamed. Such a
// goroutine may lock the very thread another test's goroutine had just
// started a tracer from: the tracer was then killed mid-test, printing
// nothing (TestRecipeDropPacketNetfilter failed so one run in three). So
// every child that gets the signal is started from one goroutine locked
// to a thread of its own that never exits (startChildren), whatever
// goroutine asks. A child started with exec.Cmd.Start directly gets no
// parent-death signal, and is safe from this too.
func startChild(cmd *exec.Cmd) error {
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Pdeathsig = syscall.SIGKILL
	req := childStart{cmd: cmd, err: make(chan error, 1)}
	childStarts <- req
	return <-req.err
}

// childStart asks startChildren to start cmd and send back Start's error.
type childStart struct {
	cmd *exec.Cmd
	err chan error
}

var childStarts = make(chan childStart)

// startChildren starts the children startChild is given, from its own
// OS thread, which it never gives back: the goroutine never returns, so
// the thread lives as long as the test process.
func startChildren() {
	runtime.LockOSThread()
	for req := range childStarts {
		req.err <- req.cmd.Start()
	}
}

// combinedOutput runs cmd (with startChild) and returns its stdout and
// stderr together and its exit code; it fails the test only if cmd could
// not be run at all.
func combinedOutput(t *testing.T, cmd *exec.Cmd) (string, int) {
	t.Helper()
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err := startChild(cmd)
	if err == nil {
		err = cmd.Wait()
	}
	out := buf.Bytes()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return string(out), code
}

// mapLines returns the lines of out that print maps (start with '@'), and
// the bucket lines that follow them.
func mapSection(out string) string {
	var b strings.Builder
	in := false
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "@") {
			in = true
		}
		if in {
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}

// requireTracepoint skips a test on kernels that lack a tracepoint (for
// example sock:sock_recv_length, which appeared in 6.3).
func requireTracepoint(t *testing.T, group, name string) {
	t.Helper()
	requireRoot(t)
	for _, dir := range []string{"/sys/kernel/tracing", "/sys/kernel/debug/tracing"} {
		if _, err := os.Stat(filepath.Join(dir, "events", group, name)); err == nil {
			return
		}
		if _, err := os.Stat(filepath.Join(dir, "events")); err == nil {
			t.Skipf("this kernel has no tracepoint %s:%s", group, name)
		}
	}
	// tracefs not mounted yet: ntrace mounts it; let the test find out.
}

// waitAttached waits until ntrace reports its probes attached, for scripts
// that cannot print a readiness line of their own (the bundled recipes).
func (tr *tracer) waitAttached() {
	tr.t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(tr.Stderr(), "Attached ") {
		select {
		case <-tr.done:
			tr.t.Fatalf("ntrace exited before attaching (%v)\nstdout:\n%s\nstderr:\n%s", tr.err, tr.Stdout(), tr.Stderr())
		case <-time.After(5 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			tr.t.Fatalf("timed out waiting for ntrace to attach\nstderr:\n%s", tr.Stderr())
		}
	}
}

// loopback is the loopback address for a network such as "udp4" or "tcp6".
func loopback(network string) string {
	if strings.HasSuffix(network, "6") {
		return "::1"
	}
	return "127.0.0.1"
}

// udpPair opens a socket receiving on loopback port (0: any free port)
// and a sender connected to it; both close when the test ends.
func udpPair(t *testing.T, network string, port int) (rx, tx *net.UDPConn) {
	t.Helper()
	rx, err := net.ListenUDP(network, &net.UDPAddr{IP: net.ParseIP(loopback(network)), Port: port})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rx.Close() })
	tx, err = net.DialUDP(network, nil, rx.LocalAddr().(*net.UDPAddr))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tx.Close() })
	return rx, tx
}

// helperProcess is this test binary run again as a helper process, told
// by its environment what to do (see stackHelper and offwakeHelper): the
// test writes to its stdin and reads its stdout. It is killed when the
// test ends.
type helperProcess struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	out   *bufio.Reader
}

// startHelperProcess starts bin with env added to the environment.
func startHelperProcess(t *testing.T, bin string, env ...string) *helperProcess {
	t.Helper()
	return startHelperCommand(t, exec.Command(bin), env...)
}

// startHelperCommand starts a helper whose command the caller made (one
// that ends by executing the helper, as unshare … sh -c 'exec helper'
// does), with env added to the environment.
func startHelperCommand(t *testing.T, cmd *exec.Cmd, env ...string) *helperProcess {
	t.Helper()
	h := &helperProcess{cmd: cmd}
	h.cmd.Env = append(os.Environ(), env...)
	h.cmd.Stderr = os.Stderr
	var err error
	if h.stdin, err = h.cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	stdout, err := h.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	h.out = bufio.NewReader(stdout)
	if err := startChild(h.cmd); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.stdin.Close(); h.cmd.Process.Kill(); h.cmd.Wait() })
	return h
}

func (h *helperProcess) pid() string { return strconv.Itoa(h.cmd.Process.Pid) }
