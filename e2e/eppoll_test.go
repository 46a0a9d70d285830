package e2e

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// The ep_poll_interact test traces an epoll TCP server in a helper
// process: this test binary run again with $NTRACE_E2E_EPOLL_SERVER set.
// The server listens on 127.0.0.1 and has two worker threads, each with
// its own epoll instance holding the listener with EPOLLEXCLUSIVE (as
// Envoy does); the worker that wakes accepts, adds the connection to its
// epoll set, reads it and closes it at EOF, calling epollHandled once
// for each read that returned data (the uprobe tests count those calls).
// It uses raw syscalls only, so that no Go netpoller touches its sockets,
// and tells the test what it did on stdout:
//
//	worker TID
//	listen PORT FD
//	accepted TID FD PEERPORT
//	read TID FD N
//	closed TID FD
//
// It exits when its stdin closes.
const epollServerEnv = "NTRACE_E2E_EPOLL_SERVER"

// epollHandledSymbol is epollHandled's name in the symbol table.
const epollHandledSymbol = "github.com/ntrace/ntrace/e2e.epollHandled"

// epollHandled is called by the epoll server for each read with data.
//
//go:noinline
func epollHandled(fd, n int) int { return fd + n }

// epollSink keeps epollHandled's result, so that its calls are not dead
// code to linters.
var epollSink int

func init() {
	if os.Getenv(epollServerEnv) == "" {
		return
	}
	if err := epollServer(); err != nil {
		fmt.Fprintln(os.Stderr, "epoll server:", err)
		os.Exit(1)
	}
	os.Exit(0)
}

func epollServer() error {
	var mu sync.Mutex
	say := func(format string, a ...any) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Printf(format+"\n", a...)
	}
	ln, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return err
	}
	if err := unix.Bind(ln, &unix.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		return err
	}
	if err := unix.Listen(ln, 16); err != nil {
		return err
	}
	sa, err := unix.Getsockname(ln)
	if err != nil {
		return err
	}
	errs := make(chan error, 2)
	ready := make(chan struct{}, 2)
	for i := 0; i < 2; i++ {
		go func() {
			runtime.LockOSThread()
			errs <- epollWorker(ln, say, ready)
		}()
	}
	for i := 0; i < 2; i++ {
		select {
		case <-ready:
		case err := <-errs:
			return err
		}
	}
	say("listen %d %d", sa.(*unix.SockaddrInet4).Port, ln)
	go func() {
		io.Copy(io.Discard, os.Stdin)
		errs <- nil
	}()
	return <-errs
}

// epollWorker is one server thread. Its epoll_wait times out often, so
// that it enters epoll_wait again after the tracer has attached.
func epollWorker(ln int, say func(string, ...any), ready chan<- struct{}) error {
	tid := unix.Gettid()
	epfd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return err
	}
	if err := unix.EpollCtl(epfd, unix.EPOLL_CTL_ADD, ln, &unix.EpollEvent{Events: unix.EPOLLIN | unix.EPOLLEXCLUSIVE, Fd: int32(ln)}); err != nil {
		return err
	}
	say("worker %d", tid)
	ready <- struct{}{}
	events := make([]unix.EpollEvent, 8)
	buf := make([]byte, 4096)
	for {
		n, err := unix.EpollWait(epfd, events, 50)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		for _, ev := range events[:n] {
			fd := int(ev.Fd)
			if fd == ln {
				c, peer, err := unix.Accept4(ln, unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC)
				if err == unix.EAGAIN {
					continue
				}
				if err != nil {
					return err
				}
				if err := unix.EpollCtl(epfd, unix.EPOLL_CTL_ADD, c, &unix.EpollEvent{Events: unix.EPOLLIN, Fd: int32(c)}); err != nil {
					return err
				}
				say("accepted %d %d %d", tid, c, peer.(*unix.SockaddrInet4).Port)
				continue
			}
			r, err := unix.Read(fd, buf)
			if err == unix.EAGAIN {
				continue
			}
			if r > 0 {
				epollSink += epollHandled(fd, r)
				say("read %d %d %d", tid, fd, r)
				continue
			}
			unix.EpollCtl(epfd, unix.EPOLL_CTL_DEL, fd, nil)
			unix.Close(fd)
			say("closed %d %d", tid, fd)
		}
	}
}

// epollServerProc is the running helper and what it has said.
type epollServerProc struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	lines chan []string
}

// startEpollServer runs the epoll server from exe, a build of this test
// binary.
func startEpollServer(t *testing.T, exe string) *epollServerProc {
	t.Helper()
	var err error
	s := &epollServerProc{cmd: exec.Command(exe), lines: make(chan []string, 100)}
	s.cmd.Env = append(os.Environ(), epollServerEnv+"=1")
	s.cmd.Stderr = os.Stderr
	if s.stdin, err = s.cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	out, err := s.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := startChild(s.cmd); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			s.lines <- strings.Fields(sc.Text())
		}
		close(s.lines)
	}()
	t.Cleanup(func() {
		s.stdin.Close()
		done := make(chan struct{})
		go func() { s.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			s.cmd.Process.Kill()
			<-done
		}
	})
	return s
}

// next waits for the server's next line starting with word and returns
// its numbers.
func (s *epollServerProc) next(t *testing.T, word string) []int {
	t.Helper()
	timeout := time.After(30 * time.Second)
	for {
		select {
		case f, ok := <-s.lines:
			if !ok {
				t.Fatalf("epoll server exited before saying %q", word)
			}
			if len(f) == 0 || f[0] != word {
				continue
			}
			var nums []int
			for _, x := range f[1:] {
				n, err := strconv.Atoi(x)
				if err != nil {
					t.Fatalf("epoll server said %q", strings.Join(f, " "))
				}
				nums = append(nums, n)
			}
			return nums
		case <-timeout:
			t.Fatalf("epoll server did not say %q", word)
		}
	}
}

var (
	eppollWake    = regexp.MustCompile(`^wake tid (\d+) comm (.*) fd (\d+) (\S+):(\d+) > (\S+):(\d+) (\S+)$`)
	eppollWoken   = regexp.MustCompile(`^woken tid (\d+) comm (.*) fd (-?\d+) by tid (\d+) comm (.*)$`)
	eppollAccept  = regexp.MustCompile(`^accept tid (\d+) (\S+):(\d+) > (\S+):(\d+)$`)
	eppollAccept4 = regexp.MustCompile(`^accept4 tid (\d+) fd (-?\d+)$`)
	eppollClose   = regexp.MustCompile(`^close tid (\d+) fd (-?\d+)$`)
	eppollCall    = regexp.MustCompile(`^call tid (\d+) comm (.*) func (\S+) ns (\d+)$`)
)

// epollWrites is how many messages the client sends, one at a time: the
// server calls epollHandled once for each.
const epollWrites = 3

// epollConn is a connection the server accepted: in which thread, its fd,
// and the client's port.
type epollConn struct{ tid, fd, clientPort int }

// epollExchange connects to the server on port, sends it epollWrites
// messages, each once the server has read the one before, and closes.
func epollExchange(t *testing.T, srv *epollServerProc, port int) epollConn {
	t.Helper()
	conn, err := net.Dial("tcp4", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	c := epollConn{clientPort: conn.LocalAddr().(*net.TCPAddr).Port}
	acc := srv.next(t, "accepted")
	c.tid, c.fd = acc[0], acc[1]
	if acc[2] != c.clientPort {
		t.Fatalf("server accepted port %d, the client is on %d", acc[2], c.clientPort)
	}
	// Write only now that the connection is in the worker's epoll set:
	// data that arrives before that wakes no one.
	for i := 0; i < epollWrites; i++ {
		if _, err := conn.Write([]byte("hello")); err != nil {
			t.Fatal(err)
		}
		srv.next(t, "read")
	}
	conn.Close()
	srv.next(t, "closed")
	return c
}

// monotonicNs is the time as nsecs reads it (bpf_ktime_get_ns).
func monotonicNs(t *testing.T) uint64 {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts); err != nil {
		t.Fatal(err)
	}
	return uint64(ts.Nano())
}

// checkCalls checks the recipe's uprobe lines: one per message, from the
// thread that handled the connection, at a time between from and to.
func checkCalls(t *testing.T, out string, c epollConn, from, to uint64) {
	t.Helper()
	n := 0
	for _, line := range strings.Split(out, "\n") {
		m := eppollCall.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		n++
		tid, _ := strconv.Atoi(m[1])
		ns, _ := strconv.ParseUint(m[4], 10, 64)
		if tid != c.tid || m[3] != epollHandledSymbol {
			t.Errorf("call line, want tid %d and func %s: %s", c.tid, epollHandledSymbol, line)
		}
		if ns < from || ns > to {
			t.Errorf("call at %d ns, outside the exchange (%d to %d ns): %s", ns, from, to, line)
		}
	}
	if n != epollWrites {
		t.Errorf("%d call lines, want %d (one per message)", n, epollWrites)
	}
}

// ep_poll_interact shows, for a two-thread epoll TCP server, the wakeup
// of the listener (LISTEN) and of the accepted connection (ESTABLISHED)
// with the right fds and ports, that the woken threads are the server's
// workers, and the fds accept4 returned and close was given.
func TestRecipeEpPollInteract(t *testing.T) {
	requireFuncProbes(t)
	bin := uprobeBinary(t)
	srv := startEpollServer(t, bin)
	workers := []int{srv.next(t, "worker")[0], srv.next(t, "worker")[0]}
	l := srv.next(t, "listen")
	port, lnfd := l[0], l[1]

	tr := recipe(t, "ep_poll_interact", "-D", fmt.Sprintf("PID=%d", srv.cmd.Process.Pid),
		"-D", "BIN="+bin, "-D", "FUNC="+epollHandledSymbol)
	tr.waitAttached()
	// The workers enter epoll_wait again (every 50 ms): then their epoll
	// instances are known to the recipe.
	time.Sleep(300 * time.Millisecond)

	from := monotonicNs(t)
	c := epollExchange(t, srv, port)
	to := monotonicNs(t)
	accTid, accFd, clientPort := c.tid, c.fd, c.clientPort
	tr.waitLine(func(l string) bool { return l == fmt.Sprintf("close tid %d fd %d", accTid, accFd) }, nil)
	tr.stop()
	out := tr.Stdout()
	if tr.err != nil {
		t.Errorf("ntrace: %v\n%s", tr.err, tr.Stderr())
	}

	var listenWake, connWake, woken, accept, accept4 bool
	for _, line := range strings.Split(out, "\n") {
		if m := eppollWake.FindStringSubmatch(line); m != nil {
			fd, _ := strconv.Atoi(m[3])
			lport, _ := strconv.Atoi(m[5])
			rport, _ := strconv.Atoi(m[7])
			switch {
			case fd == lnfd && m[8] == "LISTEN":
				if m[4] != "127.0.0.1" || lport != port || rport != 0 {
					t.Errorf("listener wakeup with wrong address: %s", line)
				}
				listenWake = true
			case fd == accFd && m[8] == "ESTABLISHED":
				if m[4] != "127.0.0.1" || lport != port || m[6] != "127.0.0.1" || rport != clientPort {
					t.Errorf("connection wakeup with wrong addresses (want 127.0.0.1:%d > 127.0.0.1:%d): %s", port, clientPort, line)
				}
				connWake = true
			}
		}
		if m := eppollWoken.FindStringSubmatch(line); m != nil {
			tid, _ := strconv.Atoi(m[1])
			if !contains(workers, tid) {
				t.Errorf("woken thread %d is not a server worker %v: %s", tid, workers, line)
			}
			woken = true
		}
		if m := eppollAccept.FindStringSubmatch(line); m != nil {
			lport, _ := strconv.Atoi(m[3])
			rport, _ := strconv.Atoi(m[5])
			if m[2] == "127.0.0.1" && lport == port && m[4] == "127.0.0.1" && rport == clientPort {
				accept = true
			}
		}
		if m := eppollAccept4.FindStringSubmatch(line); m != nil {
			tid, _ := strconv.Atoi(m[1])
			fd, _ := strconv.Atoi(m[2])
			if fd >= 0 {
				if tid != accTid || fd != accFd {
					t.Errorf("accept4 in thread %d returned fd %d; the server got fd %d in %d: %s", tid, fd, accFd, accTid, line)
				}
				accept4 = true
			}
		}
		if m := eppollClose.FindStringSubmatch(line); m != nil {
			fd, _ := strconv.Atoi(m[2])
			if fd != accFd && fd != lnfd {
				// The helper closes nothing else while traced.
				t.Errorf("close of fd %d, which the server did not close: %s", fd, line)
			}
		}
	}
	for what, ok := range map[string]bool{
		fmt.Sprintf("wake of the listener (fd %d, LISTEN, port %d)", lnfd, port):                         listenWake,
		fmt.Sprintf("wake of the connection (fd %d, ESTABLISHED, ports %d/%d)", accFd, port, clientPort): connWake,
		"woken worker thread": woken,
		fmt.Sprintf("accept 127.0.0.1:%d > 127.0.0.1:%d", port, clientPort): accept,
		fmt.Sprintf("accept4 fd %d", accFd):                                 accept4,
	} {
		if !ok {
			t.Errorf("no %s in the output:\n%s\n%s", what, out, tr.Stderr())
		}
	}
	if !strings.Contains(mapSection(out), "@epoll_wait") {
		t.Errorf("no epoll_wait counts at exit:\n%s", out)
	}
	checkCalls(t, out, c, from, to)
}

// The recipe's optional uprobe alone, on any kernel: with --missing=warn
// the probes on kernel functions may fail to attach (this host has no
// kprobes); the uprobe on the server's epollHandled prints one call line
// per message the client sent, from the thread that handled it. Without
// BIN and FUNC there is no uprobe and no call line.
func TestRecipeEpPollInteractUprobe(t *testing.T) {
	requireRoot(t)
	bin := uprobeBinary(t)
	srv := startEpollServer(t, bin)
	srv.next(t, "worker")
	srv.next(t, "worker")
	port := srv.next(t, "listen")[0]
	pid := fmt.Sprintf("PID=%d", srv.cmd.Process.Pid)
	for _, withUprobe := range []bool{true, false} {
		args := []string{"--missing=warn", "-D", pid}
		if withUprobe {
			args = append(args, "-D", "BIN="+bin, "-D", "FUNC="+epollHandledSymbol)
		}
		tr := recipe(t, "ep_poll_interact", args...)
		tr.waitAttached()
		from := monotonicNs(t)
		c := epollExchange(t, srv, port)
		to := monotonicNs(t)
		if withUprobe {
			tr.waitLine(func(l string) bool { return eppollCall.MatchString(l) }, nil)
		}
		tr.stop()
		out := tr.Stdout()
		if tr.err != nil {
			t.Errorf("ntrace: %v\n%s", tr.err, tr.Stderr())
		}
		if withUprobe {
			checkCalls(t, out, c, from, to)
			if s := kernelSupport(t); !s.kprobes && !s.fentry && !strings.Contains(tr.Stderr(), "kprobe:ep_poll_callback not attached") {
				t.Errorf("no warning that kprobe:ep_poll_callback is not attached:\n%s", tr.Stderr())
			}
		} else if eppollCall.MatchString(out) || strings.Contains(out, "call tid") {
			t.Errorf("call lines without BIN and FUNC:\n%s", out)
		}
		if t.Failed() {
			t.Logf("stdout:\n%s\nstderr:\n%s", out, tr.Stderr())
			return
		}
	}
}

// Where kernel functions cannot be hooked at all, the recipe fails to
// attach with the reason, not with a crash.
func TestRecipeEpPollInteractNoFuncProbes(t *testing.T) {
	if s := kernelSupport(t); s.kprobes || s.fentry {
		t.Skip("this kernel can hook functions")
	}
	out, code := runTool(t, ntraceBin, "-v", "ep_poll_interact", "-D", "PID=1")
	if code != 1 {
		t.Errorf("exit code %d, want 1:\n%s", code, out)
	}
	for _, want := range []string{"kprobe:ep_poll_callback", "no kprobes"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Refused before anything was attached: its tracepoints are not
	// attached only to be detached again.
	if strings.Contains(out, "attached as") {
		t.Errorf("probes were attached before the refusal:\n%s", out)
	}
	if strings.Contains(out, "panic") || strings.Contains(out, "goroutine ") {
		t.Errorf("ntrace crashed:\n%s", out)
	}
}
