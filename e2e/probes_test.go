package e2e

import (
	"errors"
	"fmt"
	"net"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/features"
	"github.com/cilium/ebpf/link"
	"golang.org/x/sys/unix"
)

// funcSupport is what this kernel offers for hooking its functions, found
// out by the test itself (not by asking ntrace), so that the tests know
// which mechanism ntrace must pick.
type funcSupport struct {
	kprobes     bool
	fentry      bool
	fentryErr   string // why fentry does not work: "operation not permitted"
	kprobeMulti bool
}

var (
	supportOnce sync.Once
	support     funcSupport
)

func kernelSupport(t *testing.T) funcSupport {
	t.Helper()
	requireRoot(t)
	supportOnce.Do(func() {
		_, err := os.Stat("/sys/bus/event_source/devices/kprobe/type")
		support.kprobes = err == nil
		prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{
			Type: ebpf.Tracing, AttachType: ebpf.AttachTraceFEntry, AttachTo: "bpf_fentry_test1",
			License: "GPL", Instructions: asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()},
		})
		if err != nil {
			support.fentryErr = errnoText(err)
		} else {
			l, err := link.AttachTracing(link.TracingOptions{Program: prog, AttachType: ebpf.AttachTraceFEntry})
			if err != nil {
				support.fentryErr = "attaching: " + errnoText(err)
			} else {
				l.Close()
				support.fentry = true
			}
			prog.Close()
		}
		support.kprobeMulti = features.HaveBPFLinkKprobeMulti() == nil
	})
	return support
}

func errnoText(err error) string {
	var errno unix.Errno
	if errors.As(err, &errno) {
		return errno.Error()
	}
	return err.Error()
}

func requireKprobes(t *testing.T) {
	t.Helper()
	if !kernelSupport(t).kprobes {
		t.Skip("kernel has no kprobes (CONFIG_KPROBES off)")
	}
}

func requireFentry(t *testing.T) {
	t.Helper()
	if s := kernelSupport(t); !s.fentry {
		t.Skipf("kernel refuses fentry (%s)", s.fentryErr)
	}
}

// requireFuncProbes skips unless kprobe: can attach one way or another.
func requireFuncProbes(t *testing.T) {
	t.Helper()
	if s := kernelSupport(t); !s.kprobes && !s.fentry {
		t.Skipf("kernel has no kprobes (CONFIG_KPROBES off) and refuses fentry (%s)", s.fentryErr)
	}
}

// expectedMechanism is the -v line ntrace must print for kprobe:fn on this
// kernel: fentry where it works (unless --no-fentry), else a kprobe, and
// why.
func expectedMechanism(t *testing.T, probe, fn string, noFentry bool) string {
	s := kernelSupport(t)
	kind, entry := "fentry", "kprobe"
	if strings.HasPrefix(probe, "kretprobe:") {
		kind, entry = "fexit", "kretprobe"
	}
	switch {
	case noFentry:
		return fmt.Sprintf("ntrace: %s: attached as %s (fentry disabled by --no-fentry)", probe, entry)
	case s.fentry:
		return fmt.Sprintf("ntrace: %s: attached as %s (the kernel allows it and %s has BTF)", probe, kind, fn)
	}
	return fmt.Sprintf("ntrace: %s: attached as %s (fentry refused by this kernel: %s)", probe, entry, s.fentryErr)
}

// modes are the ways to run a kprobe test: as ntrace picks, and forced to
// kprobes where the kernel has them.
func modes(t *testing.T) [][]string {
	m := [][]string{nil}
	if kernelSupport(t).kprobes && kernelSupport(t).fentry {
		m = append(m, []string{"--no-fentry"})
	}
	return m
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

// kprobe:udp_sendmsg fires once per datagram the test sends, with the
// payload size as args->len (typed from BTF) and as arg2 (the third
// argument register or slot); func names the function. It runs as fentry
// where the kernel allows, as a kprobe with --no-fentry or where it does
// not, and -v says which and why.
func TestKprobeUDPSendmsg(t *testing.T) {
	requireFuncProbes(t)
	for _, mode := range modes(t) {
		t.Run(strings.Join(append([]string{"auto"}, mode...), ""), func(t *testing.T) {
			args := append([]string{"-v"}, mode...)
			tr := ntrace(t, readyProbe+`kprobe:udp_sendmsg /pid == $1/ {
  @n = count(); @len = sum(args->len); @arg2 = sum(arg2); @f[func] = count(); @sizes[args->len] = count();
  @sk = count(); if (args->sk != arg0) { @mismatch = count(); }
}`, append(args, pidArg())...)
			tr.waitReady()
			udpExchange(t, udpSizes)
			tr.stop()
			out := tr.Stdout()
			for name, want := range map[string]int{"@n": len(udpSizes), "@len": sum(udpSizes), "@arg2": sum(udpSizes)} {
				if got := parseScalar(t, out, name); got != int64(want) {
					t.Errorf("%s = %d, want %d", name, got, want)
				}
			}
			if want := fmt.Sprintf("@f[udp_sendmsg]: %d\n", len(udpSizes)); !strings.Contains(out, want) {
				t.Errorf("output lacks %q", want)
			}
			if want := "@sizes[1000]: 2\n"; !strings.Contains(out, want) {
				t.Errorf("output lacks %q", want)
			}
			// A count nothing updated prints as 0, as in bpftrace.
			if strings.Contains(out, "@mismatch: ") && !strings.Contains(out, "@mismatch: 0\n") {
				t.Errorf("args->sk differs from arg0")
			}
			want := expectedMechanism(t, "kprobe:udp_sendmsg", "udp_sendmsg", len(mode) > 0)
			if !strings.Contains(tr.Stderr(), want+"\n") {
				t.Errorf("stderr lacks %q", want)
			}
			if t.Failed() {
				t.Logf("stdout:\n%s\nstderr:\n%s", out, tr.Stderr())
			}
		})
	}
}

// acceptTCP makes n loopback TCP connections to a listener and accepts
// each with accept4(2) called directly, so that the test knows the fds the
// kernel returned. It returns the listener's port, and for each accepted
// connection the fd and the client's port.
func acceptTCP(t *testing.T, n int) (port int, fds, clientPorts []int) {
	t.Helper()
	ln, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(ln)
	if err := syscall.Bind(ln, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Listen(ln, n); err != nil {
		t.Fatal(err)
	}
	sa, _ := syscall.Getsockname(ln)
	port = sa.(*syscall.SockaddrInet4).Port
	var clients []net.Conn
	defer func() {
		for _, c := range clients {
			c.Close()
		}
	}()
	for i := 0; i < n; i++ {
		c, err := net.Dial("tcp4", fmt.Sprintf("127.0.0.1:%d", port))
		if err != nil {
			t.Fatal(err)
		}
		clients = append(clients, c)
		fd, peer, err := syscall.Accept4(ln, syscall.SOCK_CLOEXEC)
		if err != nil {
			t.Fatal(err)
		}
		defer syscall.Close(fd)
		fds = append(fds, fd)
		clientPorts = append(clientPorts, peer.(*syscall.SockaddrInet4).Port)
		if want := c.LocalAddr().(*net.TCPAddr).Port; clientPorts[i] != want {
			t.Fatalf("accept4 says the peer is port %d, the client is on %d", clientPorts[i], want)
		}
	}
	return port, fds, clientPorts
}

// eventLines returns the lines of out that start with one of prefixes.
func eventLines(out string, prefixes ...string) []string {
	var got []string
	for _, l := range strings.Split(out, "\n") {
		for _, p := range prefixes {
			if strings.HasPrefix(l, p) {
				got = append(got, l)
				break
			}
		}
	}
	return got
}

// sys_exit_accept4's ret is the fd accept4 returned to the test, for each
// connection the test accepts.
func TestSysExitAccept4(t *testing.T) {
	requireTracepoint(t, "syscalls", "sys_exit_accept4")
	tr := ntrace(t, readyProbe+`tracepoint:syscalls:sys_exit_accept4 /pid == $1/ { printf("fd %d\n", args->ret); }`, pidArg())
	tr.waitReady()
	_, fds, _ := acceptTCP(t, 4)
	tr.stop()
	var want []string
	for _, fd := range fds {
		want = append(want, fmt.Sprintf("fd %d", fd))
	}
	if got := eventLines(tr.Stdout(), "fd "); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// kretprobe:inet_csk_accept's retval is the accepted socket, typed from
// BTF as struct sock *: its local port is the listener's and its remote
// port the client's. It fires before sys_exit_accept4, whose ret is the fd
// the test got.
func TestKretprobeAccept(t *testing.T) {
	requireFuncProbes(t)
	for _, mode := range modes(t) {
		t.Run(strings.Join(append([]string{"auto"}, mode...), ""), func(t *testing.T) {
			args := append([]string{"-v"}, mode...)
			tr := ntrace(t, readyProbe+`kretprobe:inet_csk_accept /pid == $1/ {
  printf("accept %d %d\n", retval->__sk_common.skc_num, ntohs(retval->__sk_common.skc_dport));
}
tracepoint:syscalls:sys_exit_accept4 /pid == $1/ { printf("fd %d\n", args->ret); }`, append(args, pidArg())...)
			tr.waitReady()
			port, fds, clients := acceptTCP(t, 3)
			tr.stop()
			var want []string
			for i := range fds {
				want = append(want, fmt.Sprintf("accept %d %d", port, clients[i]), fmt.Sprintf("fd %d", fds[i]))
			}
			if got := eventLines(tr.Stdout(), "accept ", "fd "); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			wantHow := expectedMechanism(t, "kretprobe:inet_csk_accept", "inet_csk_accept", len(mode) > 0)
			if !strings.Contains(tr.Stderr(), wantHow+"\n") {
				t.Errorf("stderr lacks %q:\n%s", wantHow, tr.Stderr())
			}
		})
	}
}

// fentry: and fexit: force BTF: args typed, retval the function's return
// value (udp_sendmsg returns the bytes sent).
func TestFentryFexit(t *testing.T) {
	requireFentry(t)
	tr := ntrace(t, readyProbe+`fentry:udp_sendmsg /pid == $1/ { @len = sum(args->len); }
fexit:udp_sendmsg /pid == $1/ { @ret[args->len, retval] = count(); @f[func, probe] = count(); }`, "-v", pidArg())
	tr.waitReady()
	udpExchange(t, udpSizes)
	tr.stop()
	out := tr.Stdout()
	if got := parseScalar(t, out, "@len"); got != int64(sum(udpSizes)) {
		t.Errorf("@len = %d, want %d", got, sum(udpSizes))
	}
	counts := map[int]int{}
	for _, s := range udpSizes {
		counts[s]++
	}
	for size, n := range counts {
		if want := fmt.Sprintf("@ret[%d, %d]: %d\n", size, size, n); !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if want := fmt.Sprintf("@f[udp_sendmsg, fexit:udp_sendmsg]: %d\n", len(udpSizes)); !strings.Contains(out, want) {
		t.Errorf("output lacks %q", want)
	}
	for _, want := range []string{"ntrace: fentry:udp_sendmsg: attached as fentry (asked for)\n", "ntrace: fexit:udp_sendmsg: attached as fexit (asked for)\n"} {
		if !strings.Contains(tr.Stderr(), want) {
			t.Errorf("stderr lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("stdout:\n%s\nstderr:\n%s", out, tr.Stderr())
	}
}

// udpSend sends datagrams of the given sizes over IPv4 and IPv6 loopback.
func udpSend(t *testing.T, network string, sizes []int) {
	t.Helper()
	_, tx := udpPair(t, network, 0)
	for _, n := range sizes {
		if _, err := tx.Write(make([]byte, n)); err != nil {
			t.Fatal(err)
		}
	}
}

// A wildcard hooks every function it matches: udp*_sendmsg is udp_sendmsg
// and udpv6_sendmsg. Where the kernel has kprobe_multi one program and one
// link hook both (the program does not depend on the function); a program
// that does (it reads func) is compiled once per function and attached as
// a single function's would be. kretprobe: with a wildcard reads retval.
func TestKprobeWildcard(t *testing.T) {
	requireFuncProbes(t)
	v4, v6 := []int{10, 20, 30}, []int{400, 500}
	tr := ntrace(t, readyProbe+`kprobe:udp*_sendmsg /pid == $1/ { @n = count(); @len = sum(args->len); }
kr:udp*_sendmsg /pid == $1/ { @ret = sum(retval); }
k:udp*_sendmsg /pid == $1/ { @f[func] = count(); }`, "-v", pidArg())
	tr.waitReady()
	udpSend(t, "udp4", v4)
	udpSend(t, "udp6", v6)
	tr.stop()
	out := tr.Stdout()
	total := sum(v4) + sum(v6)
	for name, want := range map[string]int{"@n": len(v4) + len(v6), "@len": total, "@ret": total} {
		if got := parseScalar(t, out, name); got != int64(want) {
			t.Errorf("%s = %d, want %d", name, got, want)
		}
	}
	for _, want := range []string{"@f[udp_sendmsg]: 3\n", "@f[udpv6_sendmsg]: 2\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	s := kernelSupport(t)
	var wantHow []string
	switch {
	case s.kprobeMulti:
		const why = "one program and one link for the functions the pattern matches"
		// The probe reading func differs per function: it is attached as
		// two single functions would be.
		wantHow = []string{
			"ntrace: kprobe:udp*_sendmsg (2 functions): attached as kprobe_multi (" + why + "): udp_sendmsg, udpv6_sendmsg",
			"ntrace: kr:udp*_sendmsg (2 functions): attached as kretprobe_multi (" + why + "): udp_sendmsg, udpv6_sendmsg",
			expectedMechanism(t, "kprobe:udp_sendmsg", "udp_sendmsg", false),
			expectedMechanism(t, "kprobe:udpv6_sendmsg", "udpv6_sendmsg", false),
		}
	default:
		for _, p := range []string{"kprobe", "kretprobe", "kprobe"} {
			for _, fn := range []string{"udp_sendmsg", "udpv6_sendmsg"} {
				wantHow = append(wantHow, expectedMechanism(t, p+":"+fn, fn, false))
			}
		}
	}
	var gotHow []string
	for _, l := range strings.Split(tr.Stderr(), "\n") {
		if strings.Contains(l, ": attached as ") && strings.Contains(l, "sendmsg") {
			gotHow = append(gotHow, l)
		}
	}
	if strings.Join(gotHow, "\n") != strings.Join(wantHow, "\n") {
		t.Errorf("-v says:\n%s\nwant:\n%s", strings.Join(gotHow, "\n"), strings.Join(wantHow, "\n"))
	}
	if t.Failed() {
		t.Logf("stdout:\n%s\nstderr:\n%s", out, tr.Stderr())
	}
}

// ip_make_skb takes ten arguments. Before 6.6 the kernel will not attach
// fentry to a function with more than six: ntrace then loads the kprobe
// build of the probe instead and says why; later kernels take fentry.
// Either way it fires once per IPv4 datagram.
func TestFentryFallsBackToKprobe(t *testing.T) {
	requireFentry(t)
	requireKprobes(t)
	var uts unix.Utsname
	unix.Uname(&uts)
	release := unix.ByteSliceToString(uts.Release[:])
	m := regexp.MustCompile(`^(\d+)\.(\d+)`).FindStringSubmatch(release)
	major, _ := strconv.Atoi(m[1])
	minor, _ := strconv.Atoi(m[2])
	tr := ntrace(t, readyProbe+`kprobe:ip_make_skb /pid == $1/ { @n = count(); }`, "-v", pidArg())
	tr.waitReady()
	udpExchange(t, udpSizes)
	tr.stop()
	if got := parseScalar(t, tr.Stdout(), "@n"); got != int64(len(udpSizes)) {
		t.Errorf("@n = %d, want %d", got, len(udpSizes))
	}
	want := "ntrace: kprobe:ip_make_skb: attached as fentry (the kernel allows it and ip_make_skb has BTF)\n"
	if major < 6 || major == 6 && minor < 6 {
		want = "ntrace: kprobe:ip_make_skb: attached as kprobe (the kernel would not attach fentry to ip_make_skb: not supported (it takes 10 arguments))\n"
	}
	if !strings.Contains(tr.Stderr(), want) {
		t.Errorf("kernel %s: stderr lacks %q:\n%s", release, want, tr.Stderr())
	}
	t.Logf("kernel %s: %s", release, strings.TrimSpace(want))
}

// On a kernel with neither kprobes nor fentry, a kprobe is an error that
// says so and what works instead, and nothing stays attached.
func TestKprobeUnavailable(t *testing.T) {
	s := kernelSupport(t)
	if s.kprobes || s.fentry {
		t.Skip("kernel can hook functions: there is no refusal to show here")
	}
	out, code := runTool(t, ntraceBin, "-e", "kprobe:udp_sendmsg { @ = count(); }")
	want := fmt.Sprintf("ntrace: attaching kprobe:udp_sendmsg: this kernel has no kprobes (CONFIG_KPROBES off), and fentry refused by this kernel: %s; tracepoints and raw tracepoints work here (ntrace -l 'tracepoint:*' and -l 'rawtracepoint:*' list them)\n", s.fentryErr)
	if code != 1 || out != want {
		t.Errorf("exit %d, output:\n%s\nwant exit 1 and:\n%s", code, out, want)
	}
	out, code = runTool(t, ntraceBin, "-e", "fentry:udp_sendmsg { @ = count(); }")
	want = fmt.Sprintf("ntrace: attaching fentry:udp_sendmsg: fentry refused by this kernel: %s; this kernel has no kprobes (CONFIG_KPROBES off) too, so kprobe:udp_sendmsg would not attach either: use a tracepoint or a raw tracepoint (ntrace -l 'tracepoint:*')\n", s.fentryErr)
	if code != 1 || out != want {
		t.Errorf("exit %d, output:\n%s\nwant exit 1 and:\n%s", code, out, want)
	}
	// A kretprobe that reads arguments needs fexit.
	out, code = runTool(t, ntraceBin, "-e", "kretprobe:udp_sendmsg { @ = args->len; }")
	want = fmt.Sprintf(`-e:1:29: error: kretprobe:udp_sendmsg cannot read arguments here: it runs as a kretprobe (fentry refused by this kernel: %s), which has lost them by the time the function returns; save them in a map from kprobe:udp_sendmsg
kretprobe:udp_sendmsg { @ = args->len; }
                            ^
`, s.fentryErr)
	if code != 1 || out != want {
		t.Errorf("exit %d, output:\n%s\nwant exit 1 and:\n%s", code, out, want)
	}
}

// A probe marked '?' (or every probe, with --missing=warn) that cannot be
// attached is a warning, and the others run. One that does not exist is
// skipped when the script is checked; one this kernel cannot hook, when
// it is attached.
func TestOptionalProbes(t *testing.T) {
	s := kernelSupport(t)
	for _, form := range []struct{ script, flag string }{
		{`kprobe:nosuchfn? { @x = count(); }
kprobe:udp_sendmsg? /pid == $1/ { @k = count(); }`, ""},
		{`kprobe:udp_sendmsg /pid == $1/ { @k = count(); }`, "--missing=warn"},
	} {
		args := []string{pidArg()}
		if form.flag != "" {
			args = append(args, form.flag)
		}
		tr := ntrace(t, readyProbe+form.script+`
tracepoint:syscalls:sys_enter_getpgid /pid == $1/ { @calls = count(); }`, args...)
		tr.waitReady()
		udpExchange(t, []int{5, 6})
		for i := 0; i < 50; i++ {
			syscall.Getpgid(0)
		}
		tr.stop()
		out, stderr := tr.Stdout(), tr.Stderr()
		if got := parseScalar(t, out, "@calls"); got != 50 {
			t.Errorf("%s: @calls = %d, want 50", form.flag, got)
		}
		if form.flag == "" {
			want := "-e:2:1: warning: optional probe kprobe:nosuchfn? skipped: unknown kernel function nosuchfn (ntrace -l 'kprobe:*nosuchfn*' lists similar ones)\n"
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr lacks %q:\n%s", want, stderr)
			}
		}
		if s.kprobes || s.fentry {
			if got := parseScalar(t, out, "@k"); got != 2 {
				t.Errorf("%s: @k = %d, want 2", form.flag, got)
			}
			continue
		}
		want := fmt.Sprintf("ntrace: warning: kprobe:udp_sendmsg not attached: this kernel has no kprobes (CONFIG_KPROBES off), and fentry refused by this kernel: %s; tracepoints and raw tracepoints work here (ntrace -l 'tracepoint:*' and -l 'rawtracepoint:*' list them)\n", s.fentryErr)
		// The map is the script's, and a count nothing updated prints
		// as 0, as in bpftrace.
		if !strings.Contains(stderr, want) || !strings.Contains(out, "\n@k: 0\n") {
			t.Errorf("%s: want the warning %q and @k: 0\nstdout:\n%s\nstderr:\n%s", form.flag, want, out, stderr)
		}
	}
}

// -l lists kernel functions matching a pattern as kprobes (and fentry,
// fexit on request), with -v their arguments typed from BTF, and the
// return value for probes on returns.
func TestListFunctions(t *testing.T) {
	requireRoot(t)
	out, code := runTool(t, ntraceBin, "-l", "kprobe:udp*_sendmsg", "-v")
	want := `kprobe:udp_sendmsg
    struct sock * sk
    struct msghdr * msg
    size_t len
kprobe:udpv6_sendmsg
    struct sock * sk
    struct msghdr * msg
    size_t len
`
	if code != 0 || out != want {
		t.Errorf("exit %d, output:\n%s\nwant:\n%s", code, out, want)
	}
	out, code = runTool(t, ntraceBin, "-l", "fexit:udp_sendmsg", "-v")
	want = `fexit:udp_sendmsg
    struct sock * sk
    struct msghdr * msg
    size_t len
    int retval
`
	if code != 0 || out != want {
		t.Errorf("exit %d, output:\n%s\nwant:\n%s", code, out, want)
	}
	out, code = runTool(t, ntraceBin, "-l", "udp*_sendmsg")
	want = "kprobe:udp_sendmsg\nkprobe:udpv6_sendmsg\nfentry:udp_sendmsg\nfentry:udpv6_sendmsg\n"
	if code != 0 || out != want {
		t.Errorf("exit %d, output:\n%s\nwant:\n%s", code, out, want)
	}
}
