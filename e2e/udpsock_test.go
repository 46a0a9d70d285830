package e2e

import (
	"bufio"
	"fmt"
	"net/netip"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// The sockets of the udplat tests, and the ground truth of each datagram
// they read: the kernel's receive timestamp (SO_TIMESTAMPNS, or
// SIOCGSTAMPNS after a read that carries no control messages) against the
// moment the read returned. Every datagram's payload is its sender's
// "address:port", as udplat prints it, so a datagram read by any call is
// known.

// udpSock is a receiving socket of a test.
type udpSock struct {
	t    *testing.T
	fd   int
	addr netip.AddrPort
}

// sockOpts say how a receiving socket is made.
type sockOpts struct {
	reusePort, reuseAddr bool
	rcvbuf               int             // SO_RCVBUF when not 0
	connectTo            *netip.AddrPort // connect(2) to this sender
}

// openUDP binds a socket to addr with SO_TIMESTAMPNS on; it closes when
// the test ends unless closed before.
func openUDP(t *testing.T, addr netip.AddrPort, o sockOpts) *udpSock {
	t.Helper()
	family := unix.AF_INET
	if addr.Addr().Is6() {
		family = unix.AF_INET6
	}
	fd, err := unix.Socket(family, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			unix.Close(fd)
			t.Fatal(err)
		}
	}
	must(unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TIMESTAMPNS, 1))
	// The first SIOCGSTAMPNS turns on the timestamp it reads, and has
	// none to give yet.
	lastStamp(fd)
	if o.reusePort {
		must(unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEPORT, 1))
	}
	if o.reuseAddr {
		must(unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1))
	}
	if o.rcvbuf > 0 {
		must(unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_RCVBUF, o.rcvbuf))
	}
	must(unix.Bind(fd, sockaddr(addr)))
	if o.connectTo != nil {
		must(unix.Connect(fd, sockaddr(*o.connectTo)))
	}
	s := &udpSock{t: t, fd: fd, addr: addr}
	if addr.Port() == 0 {
		sa, err := unix.Getsockname(fd)
		must(err)
		s.addr = addrPort(sa)
	}
	t.Cleanup(s.close)
	return s
}

func (s *udpSock) close() {
	if s.fd >= 0 {
		unix.Close(s.fd)
		s.fd = -1
	}
}

func sockaddr(a netip.AddrPort) unix.Sockaddr {
	if a.Addr().Is4() {
		return &unix.SockaddrInet4{Port: int(a.Port()), Addr: a.Addr().As4()}
	}
	return &unix.SockaddrInet6{Port: int(a.Port()), Addr: a.Addr().As16()}
}

func addrPort(sa unix.Sockaddr) netip.AddrPort {
	switch sa := sa.(type) {
	case *unix.SockaddrInet4:
		return netip.AddrPortFrom(netip.AddrFrom4(sa.Addr), uint16(sa.Port))
	case *unix.SockaddrInet6:
		return netip.AddrPortFrom(netip.AddrFrom16(sa.Addr), uint16(sa.Port))
	}
	return netip.AddrPort{}
}

// timestampsOn turns on the kernel's receive timestamps for good: a socket
// that asks for them is kept open for the life of the test binary. The
// kernel switches them on a moment after the first socket asks
// (netstamp_work); a datagram received before has no timestamp, and the
// kernel gives it the time it is read instead, which would make a false
// truth. So the tests wait that moment out once.
var timestampsOn = sync.OnceFunc(func() {
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return
	}
	unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TIMESTAMPNS, 1)
	time.Sleep(200 * time.Millisecond)
})

// freeUDPPort returns a port no UDP socket on loopback uses now.
func freeUDPPort(t *testing.T) uint16 {
	t.Helper()
	fd, err := unix.Socket(unix.AF_INET6, unix.SOCK_DGRAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Close(fd)
	if err := unix.Bind(fd, &unix.SockaddrInet6{}); err != nil {
		t.Fatal(err)
	}
	sa, err := unix.Getsockname(fd)
	if err != nil {
		t.Fatal(err)
	}
	return uint16(sa.(*unix.SockaddrInet6).Port)
}

// sender is a socket a datagram is sent from; its payload is its address.
type sender struct {
	fd   int
	from netip.AddrPort
}

// newSender opens a socket on the loopback address of to's family, on a
// port of its own.
func newSender(t *testing.T, to netip.AddrPort) *sender {
	t.Helper()
	lo := netip.MustParseAddrPort("127.0.0.1:0")
	if to.Addr().Is6() {
		lo = netip.MustParseAddrPort("[::1]:0")
	}
	s := openUDP(t, lo, sockOpts{})
	fd := s.fd
	s.fd = -1 // the sender owns it now
	t.Cleanup(func() { unix.Close(fd) })
	return &sender{fd: fd, from: s.addr}
}

// name is the sender as udplat prints it: ntop's address, a colon, the port.
func (s *sender) name() string {
	return s.from.Addr().String() + ":" + strconv.Itoa(int(s.from.Port()))
}

// send sends the sender's name to to.
func (s *sender) send(t *testing.T, to netip.AddrPort) {
	t.Helper()
	if err := unix.Sendto(s.fd, []byte(s.name()), 0, sockaddr(to)); err != nil {
		t.Fatalf("sending from %s to %s: %v", s.name(), to, err)
	}
}

// sendOne sends one datagram to to from a socket of its own, and returns
// the sender's name. The socket stays open until the test ends, so that
// no other datagram of the test comes from the same port.
func sendOne(t *testing.T, to netip.AddrPort) string {
	t.Helper()
	s := newSender(t, to)
	s.send(t, to)
	return s.name()
}

// truth is what the test knows of one datagram it read: when the kernel
// received it, and when the read that took it started and returned. It
// left the queue in between, so its wait in the queue was between
// minWait and wait; on this host a read of a queued datagram takes
// microseconds, under qemu's emulation sometimes milliseconds.
type truth struct {
	from    string        // its sender, from its payload
	wait    time.Duration // kernel receive timestamp to the read's return
	minWait time.Duration // kernel receive timestamp to the read's start, or 0
	sock    *udpSock
}

// newTruth is a datagram's truth from its timestamp and the read's start
// and end.
func newTruth(from string, stamp unix.Timespec, start, done time.Time, s *udpSock) truth {
	received := time.Unix(stamp.Unix())
	return truth{from: from, wait: done.Sub(received), minWait: max(0, start.Sub(received)), sock: s}
}

// reading collects the truths of datagrams read, from any goroutine.
type reading struct {
	mu  sync.Mutex
	all []truth
}

func (r *reading) add(tr truth) {
	r.mu.Lock()
	r.all = append(r.all, tr)
	r.mu.Unlock()
}

// readHow is the call a datagram is read with.
type readHow int

const (
	viaRecvmsg readHow = iota
	viaRecvfrom
	viaRead
	viaPeekThenRecvmsg
)

// recv reads one datagram, blocking, with the call how says, and returns
// its truth. A peek first (viaPeekThenRecvmsg) reads it without taking
// it, then waits peekHold before taking it.
func (s *udpSock) recv(how readHow, peekHold time.Duration) (truth, error) {
	buf := make([]byte, 256)
	oob := make([]byte, 256)
	var n, oobn int
	var err error
	start := time.Now()
	switch how {
	case viaRecvmsg:
		n, oobn, _, _, err = unix.Recvmsg(s.fd, buf, oob, 0)
	case viaPeekThenRecvmsg:
		if _, _, _, _, err = unix.Recvmsg(s.fd, buf, oob, unix.MSG_PEEK); err != nil {
			return truth{}, err
		}
		time.Sleep(peekHold)
		start = time.Now()
		n, oobn, _, _, err = unix.Recvmsg(s.fd, buf, oob, 0)
	case viaRecvfrom, viaRead:
		// These carry no control messages: the socket keeps the last
		// datagram's timestamp for SIOCGSTAMPNS instead, but only while
		// SO_TIMESTAMPNS is off.
		if err := unix.SetsockoptInt(s.fd, unix.SOL_SOCKET, unix.SO_TIMESTAMPNS, 0); err != nil {
			return truth{}, err
		}
		defer unix.SetsockoptInt(s.fd, unix.SOL_SOCKET, unix.SO_TIMESTAMPNS, 1)
		start = time.Now()
		if how == viaRead {
			n, err = unix.Read(s.fd, buf)
		} else {
			n, _, err = unix.Recvfrom(s.fd, buf, 0)
		}
	}
	done := time.Now()
	if err != nil {
		return truth{}, err
	}
	var stamp unix.Timespec
	if oobn > 0 {
		stamp, err = timestampOf(oob[:oobn])
	} else {
		stamp, err = lastStamp(s.fd)
	}
	if err != nil {
		return truth{}, err
	}
	return newTruth(string(buf[:n]), stamp, start, done, s), nil
}

// timestampOf finds SCM_TIMESTAMPNS in a message's control data.
func timestampOf(oob []byte) (unix.Timespec, error) {
	msgs, err := unix.ParseSocketControlMessage(oob)
	if err != nil {
		return unix.Timespec{}, err
	}
	for _, m := range msgs {
		if m.Header.Level == unix.SOL_SOCKET && m.Header.Type == unix.SO_TIMESTAMPNS && len(m.Data) >= int(unsafe.Sizeof(unix.Timespec{})) {
			return *(*unix.Timespec)(unsafe.Pointer(&m.Data[0])), nil
		}
	}
	return unix.Timespec{}, fmt.Errorf("no SCM_TIMESTAMPNS in %d bytes of control data", len(oob))
}

// lastStamp is the receive timestamp of the datagram a socket read last
// (SIOCGSTAMPNS).
func lastStamp(fd int) (unix.Timespec, error) {
	var ts unix.Timespec
	const siocgstampns = 0x8907
	if _, _, e := unix.Syscall(unix.SYS_IOCTL, uintptr(fd), siocgstampns, uintptr(unsafe.Pointer(&ts))); e != 0 {
		return ts, fmt.Errorf("SIOCGSTAMPNS: %w", e)
	}
	return ts, nil
}

// mmsghdr is struct mmsghdr.
type mmsghdr struct {
	hdr unix.Msghdr
	n   uint32
	_   [4]byte
}

// recvmmsg reads up to n datagrams in one recvmmsg call (blocking for the
// first), each with its own truth.
func (s *udpSock) recvmmsg(n int) ([]truth, error) {
	msgs := make([]mmsghdr, n)
	bufs := make([][]byte, n)
	oobs := make([][]byte, n)
	iovs := make([]unix.Iovec, n)
	for i := range msgs {
		bufs[i], oobs[i] = make([]byte, 256), make([]byte, 256)
		iovs[i].Base = &bufs[i][0]
		iovs[i].SetLen(len(bufs[i]))
		msgs[i].hdr.Iov = &iovs[i]
		msgs[i].hdr.SetIovlen(1)
		msgs[i].hdr.Control = &oobs[i][0]
		msgs[i].hdr.SetControllen(len(oobs[i]))
	}
	start := time.Now()
	got, _, e := unix.Syscall6(unix.SYS_RECVMMSG, uintptr(s.fd), uintptr(unsafe.Pointer(&msgs[0])), uintptr(n), unix.MSG_WAITFORONE, 0, 0)
	done := time.Now()
	runtime.KeepAlive(bufs)
	runtime.KeepAlive(oobs)
	runtime.KeepAlive(iovs)
	if e != 0 {
		return nil, e
	}
	var out []truth
	for i := 0; i < int(got); i++ {
		stamp, err := timestampOf(oobs[i][:msgs[i].hdr.Controllen])
		if err != nil {
			return nil, err
		}
		out = append(out, newTruth(string(bufs[i][:msgs[i].n]), stamp, start, done, s))
	}
	return out, nil
}

// drainNow reads, without blocking, every datagram queued on the socket.
func (s *udpSock) drainNow(r *reading) error {
	for s.readable(0) {
		tr, err := s.recv(viaRecvmsg, 0)
		if err != nil {
			return err
		}
		r.add(tr)
	}
	return nil
}

// drops is the socket's drop counter (sk_drops), the last column of its
// line in /proc/net/udp or udp6, found by its inode.
func (s *udpSock) drops() int {
	s.t.Helper()
	var st unix.Stat_t
	if err := unix.Fstat(s.fd, &st); err != nil {
		s.t.Fatal(err)
	}
	file := "/proc/net/udp"
	if s.addr.Addr().Is6() {
		file = "/proc/net/udp6"
	}
	f, err := os.Open(file)
	if err != nil {
		s.t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) >= 13 && fields[9] == strconv.FormatUint(st.Ino, 10) {
			n, err := strconv.Atoi(fields[len(fields)-1])
			if err != nil {
				s.t.Fatal(err)
			}
			return n
		}
	}
	s.t.Fatalf("socket inode %d not in %s", st.Ino, file)
	return 0
}

// onCPU runs f on a thread bound to cpu (if the machine has it), then
// gives the thread back as it found it. It must not let the thread end
// with the goroutine: a tracer started from that thread would die with it
// (the harness starts tracers with Pdeathsig).
func onCPU(cpu int, f func()) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var was, set unix.CPUSet
	if err := unix.SchedGetaffinity(0, &was); err == nil {
		defer unix.SchedSetaffinity(0, &was)
	}
	set.Set(cpu)
	unix.SchedSetaffinity(0, &set)
	f()
}

// readable waits up to timeout for a datagram to be queued on the socket.
func (s *udpSock) readable(timeout time.Duration) bool {
	pfd := []unix.PollFd{{Fd: int32(s.fd), Events: unix.POLLIN}}
	n, err := unix.Poll(pfd, int(timeout.Milliseconds()))
	return err == nil && n > 0
}
