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
// epoll set, reads it and closes it at EOF. It uses raw syscalls only, so
// that no Go netpoller touches its sockets, and tells the test what it
// did on stdout:
//
//	worker TID
//	listen PORT FD
//	accepted TID FD PEERPORT
//	read TID FD N
//	closed TID FD
//
// It exits when its stdin closes.
const epollServerEnv = "NTRACE_E2E_EPOLL_SERVER"

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

func startEpollServer(t *testing.T) *epollServerProc {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
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
	if err := s.cmd.Start(); err != nil {
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
)

// ep_poll_interact shows, for a two-thread epoll TCP server, the wakeup
// of the listener (LISTEN) and of the accepted connection (ESTABLISHED)
// with the right fds and ports, that the woken threads are the server's
// workers, and the fds accept4 returned and close was given.
func TestRecipeEpPollInteract(t *testing.T) {
	requireFuncProbes(t)
	srv := startEpollServer(t)
	workers := []int{srv.next(t, "worker")[0], srv.next(t, "worker")[0]}
	l := srv.next(t, "listen")
	port, lnfd := l[0], l[1]

	tr := recipe(t, "ep_poll_interact", "-D", fmt.Sprintf("PID=%d", srv.cmd.Process.Pid))
	tr.waitAttached()
	// The workers enter epoll_wait again (every 50 ms): then their epoll
	// instances are known to the recipe.
	time.Sleep(300 * time.Millisecond)

	conn, err := net.Dial("tcp4", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	clientPort := conn.LocalAddr().(*net.TCPAddr).Port
	acc := srv.next(t, "accepted")
	accTid, accFd, peerPort := acc[0], acc[1], acc[2]
	if peerPort != clientPort {
		t.Fatalf("server accepted port %d, the client is on %d", peerPort, clientPort)
	}
	// Write only now that the connection is in the worker's epoll set:
	// data that arrives before that wakes no one.
	if _, err := conn.Write([]byte("hello")); err != nil {
		t.Fatal(err)
	}
	srv.next(t, "read")
	conn.Close()
	srv.next(t, "closed")
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
}

// Where kernel functions cannot be hooked at all, the recipe fails to
// attach with the reason, not with a crash.
func TestRecipeEpPollInteractNoFuncProbes(t *testing.T) {
	if s := kernelSupport(t); s.kprobes || s.fentry {
		t.Skip("this kernel can hook functions")
	}
	out, code := runTool(t, ntraceBin, "ep_poll_interact", "-D", "PID=1")
	if code != 1 {
		t.Errorf("exit code %d, want 1:\n%s", code, out)
	}
	for _, want := range []string{"kprobe:ep_poll_callback", "no kprobes"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "panic") || strings.Contains(out, "goroutine ") {
		t.Errorf("ntrace crashed:\n%s", out)
	}
}
