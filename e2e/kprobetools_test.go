package e2e

import (
	"io"
	"net"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// bpftrace's tools on kprobes, side by side with bpftrace 0.17 as the
// tracepoint tools are (TestBpftraceToolsSideBySide). This host has no
// kprobes: they run in the qemu rig's 6.1 and 6.12 guests, into which
// VMTEST_BPFTRACE=1 vm/vmtest.sh packs bpftrace (make vmtest-tools).
//
// Run it under the heavy lock (flock /tmp/ntrace-heavy.lock).

// kprobeToolCases are the kprobe tools whose lines about the events this
// test makes can be compared.
func kprobeToolCases() []toolCase {
	self := strconv.Itoa(os.Getpid())
	return []toolCase{
		{tool: "tcpconnect", lines: 2, events: func(t *testing.T, marker string) *regexp.Regexp {
			ports := tcpExchanges(t, 0)
			return regexp.MustCompile(`^\d\d:\d\d:\d\d\s+` + self + ` .* (` + strings.Join(ports, "|") + `)\s*$`)
		}},
		{tool: "tcpaccept", lines: 2, events: func(t *testing.T, marker string) *regexp.Regexp {
			ports := tcpExchanges(t, 0)
			return regexp.MustCompile(`^\d\d:\d\d:\d\d\s+` + self + ` .* (` + strings.Join(ports, "|") + `) +\d+/\d+$`)
		}},
		// Both ends of each connection close: two lines a connection,
		// each with the listener's port, and the bytes each end sent
		// and received (in KiB). MS is a latency.
		{tool: "tcplife", lines: 4, drop: []int{8}, events: func(t *testing.T, marker string) *regexp.Regexp {
			ports := tcpExchanges(t, 5000)
			return regexp.MustCompile(`^` + self + ` .* (` + strings.Join(ports, "|") + `) `)
		}},
		// A child changes a file's owner and mode: CAP_CHOWN, CAP_FOWNER,
		// and whatever else the kernel checks on the way.
		{tool: "capable", lines: 1, atLeast: true, events: func(t *testing.T, marker string) *regexp.Regexp {
			if err := os.WriteFile(marker, nil, 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command("chown", "65534", marker)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("chown: %v: %s", err, out)
			}
			return regexp.MustCompile(`^\d\d:\d\d:\d\d\s+\d+\s+` + strconv.Itoa(cmd.Process.Pid) + ` `)
		}},
		// A SYN the listener drops, its accept queue full, is sent
		// again after a second: one retransmit a socket, in SYN_SENT,
		// from the connecting port to the listener's.
		{tool: "tcpretrans", lines: 2, events: func(t *testing.T, marker string) *regexp.Regexp {
			var local, remote []string
			for _, family := range []int{unix.AF_INET, unix.AF_INET6} {
				lport, cport := synRetransmit(t, family)
				remote, local = append(remote, strconv.Itoa(lport)), append(local, strconv.Itoa(cport))
			}
			return regexp.MustCompile(`^\d\d:\d\d:\d\d\s+\d+\s+(127\.0\.0\.1|::1):(` + strings.Join(local, "|") + `)\s+(127\.0\.0\.1|::1):(` + strings.Join(remote, "|") + `)\s+SYN_SENT$`)
		}},
		// What a unix stream socket reads, with %r's escapes.
		{tool: "undump", lines: 1, events: func(t *testing.T, marker string) *regexp.Regexp {
			fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer unix.Close(fds[0])
			defer unix.Close(fds[1])
			msg := []byte("undump-" + self + "\n\x01\tend")
			unix.Write(fds[0], msg)
			buf := make([]byte, 64)
			unix.Read(fds[1], buf)
			return regexp.MustCompile(`undump-` + self)
		}},
		// Lookups of a name that is not there: lookup_fast's references
		// (R) and d_lookup's misses (M). The first field is elapsed ms.
		{tool: "dcsnoop", lines: 1, atLeast: true, drop: []int{0}, events: func(t *testing.T, marker string) *regexp.Regexp {
			var st unix.Stat_t
			for i := 0; i < 3; i++ {
				unix.Stat(marker+".missing", &st)
			}
			return regexp.MustCompile(`^\d+\s+` + self + ` .* ` + regexp.QuoteMeta(marker[strings.LastIndexByte(marker, '/')+1:]) + `\.missing$`)
		}},
	}
}

// tcpExchanges connects to a listener on 127.0.0.1 and one on ::1, sends
// n bytes each way, and closes both ends; it returns the listeners'
// ports.
func tcpExchanges(t *testing.T, n int) []string {
	t.Helper()
	var ports []string
	for _, network := range []string{"tcp4", "tcp6"} {
		l, err := net.Listen(network, net.JoinHostPort(loopback(network), "0"))
		if err != nil {
			t.Fatal(err)
		}
		ports = append(ports, strconv.Itoa(l.Addr().(*net.TCPAddr).Port))
		c, err := net.Dial(network, l.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		s, err := l.Accept()
		if err != nil {
			t.Fatal(err)
		}
		l.Close()
		if n > 0 {
			go c.Write(make([]byte, n))
			io.ReadFull(s, make([]byte, n))
			go s.Write(make([]byte, 2*n))
			io.ReadFull(c, make([]byte, 2*n))
		}
		c.Close()
		s.Close()
	}
	// Both ends' last states: FIN_WAIT2 to TIME_WAIT, LAST_ACK to CLOSE.
	time.Sleep(100 * time.Millisecond)
	return ports
}

// synRetransmit makes a listener on loopback whose accept queue holds
// one connection (backlog 0), fills it, and connects once more: the
// listener drops that SYN, and the kernel sends it again after its
// initial RTO of a second. Once it has, the socket is closed, before the
// second retransmit at three seconds. It returns the listener's port and
// the connecting socket's.
func synRetransmit(t *testing.T, family int) (int, int) {
	t.Helper()
	addr := func(port int) unix.Sockaddr {
		if family == unix.AF_INET6 {
			return &unix.SockaddrInet6{Port: port, Addr: [16]byte{15: 1}}
		}
		return &unix.SockaddrInet4{Port: port, Addr: [4]byte{127, 0, 0, 1}}
	}
	sock := func() int {
		fd, err := unix.Socket(family, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
		if err != nil {
			t.Fatal(err)
		}
		return fd
	}
	port := func(fd int) int {
		sa, err := unix.Getsockname(fd)
		if err != nil {
			t.Fatal(err)
		}
		switch a := sa.(type) {
		case *unix.SockaddrInet4:
			return a.Port
		case *unix.SockaddrInet6:
			return a.Port
		}
		t.Fatalf("address %v", sa)
		return 0
	}
	l := sock()
	defer unix.Close(l)
	if err := unix.Bind(l, addr(0)); err != nil {
		t.Fatal(err)
	}
	if err := unix.Listen(l, 0); err != nil {
		t.Fatal(err)
	}
	lport := port(l)
	first := sock()
	defer unix.Close(first)
	unix.Connect(first, addr(lport)) // EINPROGRESS; done in a moment
	time.Sleep(100 * time.Millisecond)
	second := sock()
	if err := unix.Connect(second, addr(lport)); err != unix.EINPROGRESS {
		t.Fatalf("connecting: %v", err)
	}
	cport := port(second)
	time.Sleep(1500 * time.Millisecond)
	unix.Close(second)
	return lport, cport
}

func TestBpftraceKprobeToolsSideBySide(t *testing.T) {
	requireRoot(t)
	requireKprobes(t)
	if os.Getenv("NTRACE_VM") != "" && os.Getenv("NTRACE_VM_BPFTRACE") == "" {
		t.Skip("this guest has no bpftrace: make vmtest-tools packs it (VMTEST_BPFTRACE=1)")
	}
	bt := bpftrace017(t)
	dir := shortTempDir(t)
	// "kprobes" in every name: make vmtest-tools runs the subtests
	// matching it.
	for _, c := range kprobeToolCases() {
		t.Run("kprobes "+c.tool, func(t *testing.T) { runToolSideBySide(t, bt, dir, c) })
	}
}

// kprobeToolsRunning are the kprobe tools whose output is about the
// whole machine or needs what the guests lack (swap, an OOM kill): they
// must run and stop cleanly, on the kernels listed (6.10 renamed
// swap_readpage). biolatency, biosnoop and biostacks run nowhere here:
// 6.1 and 6.12 inline blk_account_io_start (6.12's BTF lists it,
// kallsyms does not), and this host, which has it, has no kprobes.
var kprobeToolsRunning = []struct {
	tool    string
	kernels []string // nil for all
}{
	{"vfsstat", nil}, {"vfscount", nil}, {"tcpsynbl", nil}, {"oomkill", nil},
	{"swapin", []string{"6.1"}}, {"runqlen", []string{"6.1", "6.12"}},
}

func TestBpftraceKprobeToolsRun(t *testing.T) {
	requireRoot(t)
	requireKprobes(t)
	for _, c := range kprobeToolsRunning {
		t.Run("kprobes "+c.tool, func(t *testing.T) {
			if c.kernels != nil && !slices.Contains(c.kernels, os.Getenv("NTRACE_KERNEL")) {
				t.Skipf("%s runs on %v, not on this kernel", c.tool, c.kernels)
			}
			runToolBriefly(t, c.tool, 1500*time.Millisecond)
		})
	}
}
