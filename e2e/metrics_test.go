package e2e

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"math/bits"
	"net"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/scripts"
)

// udplat --metrics, scraped every second by a real Prometheus, while the
// test sends datagrams to a port over IPv4 and IPv6 and reads each after a
// wait it knows from the kernel's receive timestamp (SO_TIMESTAMPNS): the
// histogram's count in Prometheus is the number of datagrams read, its
// buckets are the histogram ntrace prints at exit, and both put each
// datagram where its wait belongs.
func TestMetricsUdplatPrometheus(t *testing.T) {
	requireRoot(t)
	requirePrometheus(t)
	port := freeUDPPortBoth(t)
	tr := recipe(t, "udplat", "-D", fmt.Sprintf("PORT=%d", port), "-D", "LAT=10s", "--metrics", "127.0.0.1:0")
	tr.waitAttached()
	prom := startPrometheus(t, tr.metricsAddr())
	for _, job := range promJobs {
		prom.waitValue(fmt.Sprintf(`up{job=%q}`, job), 1)
	}

	warmTimestamps(t)
	waits := []time.Duration{1500 * time.Microsecond, 3 * time.Millisecond, 6 * time.Millisecond, 12 * time.Millisecond, 24 * time.Millisecond}
	var read []waitRange
	for _, network := range []string{"udp4", "udp6"} {
		rx := timestampedRx(t, network, port)
		tx, err := net.DialUDP(network, nil, rx.LocalAddr().(*net.UDPAddr))
		if err != nil {
			t.Fatal(err)
		}
		for round := 0; round < 2; round++ {
			for _, w := range waits {
				if _, err := tx.Write([]byte("wait for me")); err != nil {
					t.Fatal(err)
				}
				time.Sleep(w)
				read = append(read, readTimestamped(t, rx))
			}
		}
		tx.Close()
	}
	n := float64(len(read))
	// OpenMetrics has a histogram's _count only beside its _sum, which
	// hist() does not keep: the count is the text format job's, and in
	// both jobs the +Inf bucket.
	prom.waitValue(fmt.Sprintf(`ntrace_udp_receive_wait_seconds_count{port="%d",job=%q}`, port, promTextJob), n)
	if s := prom.query(fmt.Sprintf(`ntrace_udp_receive_wait_seconds_count{job=%q}`, promJob)); len(s) > 0 {
		t.Errorf("OpenMetrics served a histogram _count without a _sum: %v", s)
	}
	promBuckets := map[string]map[int64]float64{} // per job, le in microseconds (-1: +Inf) to cumulative count
	for _, job := range promJobs {
		promBuckets[job] = map[int64]float64{}
		jsel := fmt.Sprintf(`{port="%d",job=%q}`, port, job)
		prom.waitValue(fmt.Sprintf(`ntrace_udp_receive_wait_seconds_bucket{port="%d",job=%q,le="+Inf"}`, port, job), n)
		for _, s := range prom.query("ntrace_udp_receive_wait_seconds_bucket" + jsel) {
			le, err := strconv.ParseFloat(s.Labels["le"], 64)
			if err != nil {
				t.Fatalf("bucket le %q", s.Labels["le"])
			}
			us := int64(-1)
			if !math.IsInf(le, 1) {
				us = int64(math.Round(le * 1e6))
			}
			promBuckets[job][us] = s.Value
		}
		// ntrace's own health, as Prometheus stored it: the probes of
		// one of udplat's alternatives attached, each as its kind
		// allows, and none of the other's.
		checkUdplatAttached(t, job, prom.query(fmt.Sprintf(`ntrace_probe_attached{job=%q} == 1`, job)))
	}
	if v, _ := prom.scalar(`sum(ntrace_events_lost_total)`); v != 0 {
		t.Errorf("%g events lost", v)
	}
	tr.stop()

	exit := map[int64]uint64{} // le in microseconds to count
	for label, c := range parseBuckets(tr.Stdout(), "@usecs") {
		exit[bucketLE(t, label)] += c
	}
	// Prometheus's buckets are the printed histogram's, cumulated, in
	// both formats.
	for job, promBuckets := range promBuckets {
		if promBuckets[-1] != n {
			t.Errorf("%s: +Inf bucket %g, want %g datagrams", job, promBuckets[-1], n)
		}
		for le := range exit {
			if _, ok := promBuckets[le]; !ok {
				t.Errorf("%s: ntrace printed a bucket up to %d us that Prometheus has no le for: %v", job, le, promBuckets)
			}
		}
		for le, got := range promBuckets {
			if le < 0 {
				continue
			}
			var want uint64
			for l, c := range exit {
				if l <= le {
					want += c
				}
			}
			if got != float64(want) {
				t.Errorf("%s: Prometheus bucket le=%d us holds %g; the histogram ntrace printed has %d at or below it", job, le, got, want)
			}
		}
	}
	// Each datagram is in the bucket its wait belongs in; one whose wait
	// the test can only bound across a bucket boundary may be in either.
	sure, maybe := map[int64]uint64{}, map[int64]uint64{}
	for _, r := range read {
		lo, hi := log2LE(r.lo.Microseconds()), log2LE(r.hi.Microseconds())
		if lo == hi {
			sure[lo]++
			continue
		}
		for le := lo; le <= hi; le = le*2 + 1 {
			maybe[le]++
		}
	}
	for le := range mergeKeys(sure, maybe, exit) {
		if exit[le] < sure[le] || exit[le] > sure[le]+maybe[le] {
			t.Errorf("bucket up to %d us: ntrace counted %d datagrams; by their kernel timestamps %d belong there and %d more may", le, exit[le], sure[le], maybe[le])
		}
	}
	if t.Failed() {
		t.Logf("waits read: %v\nstdout:\n%s\nstderr:\n%s", read, tr.Stdout(), tr.Stderr())
	}
}

// udplatAlternatives are the probes of the either in udplat.nt: kprobes
// on the UDP receive path, or raw tracepoints where the kernel has no
// kprobes; probes that name the same point are numbered as -v numbers
// them (the second END is END #2 where the first alternative was
// compiled).
var udplatAlternatives = [][]string{
	{"kprobe:__udp_enqueue_schedule_skb", "kretprobe:__udp_enqueue_schedule_skb", "kretprobe:__skb_recv_udp", "tracepoint:skb:kfree_skb", "END"},
	{"rawtracepoint:netif_receive_skb", "rawtracepoint:sk_data_ready", "rawtracepoint:sock_recv_length", "rawtracepoint:udp_fail_queue_rcv_skb", "rawtracepoint:kfree_skb", "interval:s:1", "END #2"},
}

// checkUdplatAttached checks the probes Prometheus says are attached
// (ntrace_probe_attached == 1) against udplat's alternatives: exactly one
// alternative's, each by a mechanism its kind may attach as.
func checkUdplatAttached(t *testing.T, job string, attached []promSample) {
	t.Helper()
	mechanisms := map[string][]string{
		"kprobe":        {"kprobe", "fentry", "kprobe_multi"},
		"kretprobe":     {"kretprobe", "fexit", "kprobe_multi", "kretprobe_multi"},
		"tracepoint":    {"tracepoint", "tp_btf"},
		"rawtracepoint": {"tp_btf", "raw_tracepoint"},
		"interval":      {"perf_event"},
		"END":           {"special"},
	}
	got := map[string]string{}
	for _, s := range attached {
		got[s.Labels["probe"]] = s.Labels["mechanism"]
	}
	for _, alt := range udplatAlternatives {
		if _, ok := got[alt[0]]; !ok {
			continue
		}
		if _, ok := got["END"]; ok && alt[len(alt)-1] == "END #2" {
			// The first alternative was left out before the check (a
			// kernel with neither kprobes nor fentry): its END is not
			// there to come first.
			alt = append(slices.Clone(alt[:len(alt)-1]), "END")
		}
		if len(got) != len(alt) {
			t.Errorf("%s: attached %v; want udplat's alternative %v alone", job, got, alt)
		}
		for _, probe := range alt {
			kind, _, _ := strings.Cut(strings.Fields(probe)[0], ":")
			if m, ok := got[probe]; !ok || !slices.Contains(mechanisms[kind], m) {
				t.Errorf("%s: %s attached as %q; want one of %v", job, probe, m, mechanisms[kind])
			}
		}
		return
	}
	t.Errorf("%s: attached %v; none of udplat's alternatives", job, got)
}

// waitRange bounds how long a datagram waited between the kernel taking
// it in and the read returning.
type waitRange struct{ lo, hi time.Duration }

// freeUDPPortBoth returns a port free on both 127.0.0.1 and ::1.
func freeUDPPortBoth(t *testing.T) int {
	t.Helper()
	for i := 0; i < 20; i++ {
		c4, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
		if err != nil {
			t.Fatal(err)
		}
		port := c4.LocalAddr().(*net.UDPAddr).Port
		c6, err := net.ListenUDP("udp6", &net.UDPAddr{IP: net.IPv6loopback, Port: port})
		c4.Close()
		if err == nil {
			c6.Close()
			return port
		}
	}
	t.Fatal("no UDP port free on both 127.0.0.1 and ::1")
	return 0
}

// timestampedRx listens on loopback port with SO_TIMESTAMPNS on: each
// datagram comes with the time the kernel took it in.
func timestampedRx(t *testing.T, network string, port int) *net.UDPConn {
	t.Helper()
	rx, err := net.ListenUDP(network, &net.UDPAddr{IP: net.ParseIP(loopback(network)), Port: port})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rx.Close() })
	raw, err := rx.SyscallConn()
	if err != nil {
		t.Fatal(err)
	}
	var serr error
	raw.Control(func(fd uintptr) { serr = unix.SetsockoptInt(int(fd), unix.SOL_SOCKET, unix.SO_TIMESTAMPNS, 1) })
	if serr != nil {
		t.Fatal(serr)
	}
	return rx
}

// warmTimestamps waits until the kernel stamps datagrams as they come in.
// Turning SO_TIMESTAMPNS on enables receive timestamps for the whole
// kernel in a deferred work item; until it has run, a datagram is stamped
// when it is read, which says it did not wait at all. A socket on another
// port, so udplat does not see them, sends itself datagrams until one
// comes stamped with the wait it had.
func warmTimestamps(t *testing.T) {
	t.Helper()
	rx := timestampedRx(t, "udp4", 0)
	tx, err := net.DialUDP("udp4", nil, rx.LocalAddr().(*net.UDPAddr))
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Close()
	for i := 0; i < 100; i++ {
		if _, err := tx.Write([]byte("warm up")); err != nil {
			t.Fatal(err)
		}
		time.Sleep(2 * time.Millisecond)
		if r := readTimestamped(t, rx); r.lo >= time.Millisecond {
			return
		}
	}
	t.Fatal("the kernel does not stamp received datagrams (SO_TIMESTAMPNS)")
}

// readTimestamped reads one datagram and bounds its wait: from the
// kernel's timestamp to just before the read started, and to just after
// it returned. ntrace stamps a datagram a little after the kernel does
// (netif_receive_skb, after the backlog), hence the lower bound's slack.
func readTimestamped(t *testing.T, rx *net.UDPConn) waitRange {
	t.Helper()
	buf, oob := make([]byte, 2048), make([]byte, 128)
	rx.SetReadDeadline(time.Now().Add(10 * time.Second))
	before := time.Now()
	_, oobn, _, _, err := rx.ReadMsgUDP(buf, oob)
	after := time.Now()
	if err != nil {
		t.Fatal(err)
	}
	msgs, err := unix.ParseSocketControlMessage(oob[:oobn])
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range msgs {
		if m.Header.Level == unix.SOL_SOCKET && m.Header.Type == unix.SCM_TIMESTAMPNS && len(m.Data) >= 16 {
			// struct timespec: seconds and nanoseconds, 64 bits each.
			stamp := time.Unix(int64(binary.LittleEndian.Uint64(m.Data)), int64(binary.LittleEndian.Uint64(m.Data[8:])))
			const slack = 100 * time.Microsecond
			return waitRange{lo: before.Sub(stamp) - slack, hi: after.Sub(stamp)}
		}
	}
	t.Fatal("no SCM_TIMESTAMPNS with the datagram")
	return waitRange{}
}

// log2LE is the le bound, in microseconds, of the hist() bucket of us:
// 2^(k+1)-1 for us in [2^k, 2^(k+1)), 0 for 0.
func log2LE(us int64) int64 {
	if us <= 0 {
		return 0
	}
	return 1<<bits.Len64(uint64(us)) - 1
}

// bucketLE reads a hist() bucket label as ntrace prints it ("[2K, 4K)",
// "[1]", "[0]") as the bucket's le bound.
func bucketLE(t *testing.T, label string) int64 {
	t.Helper()
	switch label {
	case "[0]":
		return 0
	case "[1]":
		return 1
	case "(..., 0)":
		return -1
	}
	_, hi, ok := strings.Cut(strings.Trim(label, "[)"), ", ")
	if !ok {
		t.Fatalf("bucket label %q", label)
	}
	mult := int64(1)
	for suffix, m := range map[string]int64{"K": 1 << 10, "M": 1 << 20, "G": 1 << 30} {
		if strings.HasSuffix(hi, suffix) {
			hi, mult = strings.TrimSuffix(hi, suffix), m
		}
	}
	v, err := strconv.ParseInt(hi, 10, 64)
	if err != nil {
		t.Fatalf("bucket label %q", label)
	}
	return v*mult - 1
}

func mergeKeys(ms ...map[int64]uint64) map[int64]bool {
	out := map[int64]bool{}
	for _, m := range ms {
		for k := range m {
			out[k] = true
		}
	}
	return out
}

// drop-packet --metrics -D NETNS=<a namespace of the test's own>, scraped
// by a real Prometheus: its counter per reason and location equals the
// drops the test caused there, which the namespace's own SNMP counters
// (/proc/net/snmp, snmp6) confirm: UDP to closed ports over IPv4 and IPv6
// (NoPorts), TCP connections to a closed port (each answered with a
// reset, OutRsts), datagrams past a tiny receive buffer (RcvbufErrors).
func TestMetricsDropPacketPrometheus(t *testing.T) {
	requireRoot(t)
	requirePrometheus(t)
	ns := newNetnsWorker(t)
	tr := recipe(t, "drop-packet", "-D", fmt.Sprintf("NETNS=%d", ns.inode), "--metrics", "127.0.0.1:0")
	tr.waitAttached()
	prom := startPrometheus(t, tr.metricsAddr())
	for _, job := range promJobs {
		prom.waitValue(fmt.Sprintf(`up{job=%q}`, job), 1)
	}

	const udp4, udp6, tcp4 = 5, 4, 3
	var before, after map[string]int64
	var flooded int
	err := ns.run(func() error {
		var err error
		if before, err = netnsSNMP(); err != nil {
			return err
		}
		for i := 0; i < udp4+udp6; i++ {
			network, ip := "udp4", "127.0.0.1"
			if i >= udp4 {
				network, ip = "udp6", "::1"
			}
			// Nothing listens in the namespace but what the test opens.
			c, err := net.Dial(network, net.JoinHostPort(ip, strconv.Itoa(40000+i)))
			if err != nil {
				return err
			}
			c.Write([]byte("nobody listens"))
			c.Close()
		}
		for i := 0; i < tcp4; i++ {
			if c, err := net.Dial("tcp4", "127.0.0.1:41000"); err == nil {
				c.Close()
				return fmt.Errorf("connected to a closed port")
			}
		}
		if flooded, err = floodInNetns(32); err != nil {
			return err
		}
		after, err = netnsSNMP()
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	kernel := func(k string) int64 { return after[k] - before[k] }
	if kernel("Udp:NoPorts") != udp4 || kernel("Udp6NoPorts") != udp6 || kernel("Tcp:OutRsts") != tcp4 || kernel("Udp:RcvbufErrors") != int64(flooded) {
		t.Fatalf("the namespace's counters moved by NoPorts %d, Udp6NoPorts %d, OutRsts %d, RcvbufErrors %d; the test caused %d, %d, %d, %d",
			kernel("Udp:NoPorts"), kernel("Udp6NoPorts"), kernel("Tcp:OutRsts"), kernel("Udp:RcvbufErrors"), udp4, udp6, tcp4, flooded)
	}
	if flooded == 0 {
		t.Fatal("the flood dropped nothing")
	}
	for _, job := range promJobs {
		drops := `ntrace_packet_drops_total{job="` + job + `",reason="%s",location="%s"}`
		prom.waitValue(fmt.Sprintf(drops, "SKB_DROP_REASON_NO_SOCKET", "__udp4_lib_rcv"), udp4)
		prom.waitValue(fmt.Sprintf(drops, "SKB_DROP_REASON_NO_SOCKET", "__udp6_lib_rcv"), udp6)
		prom.waitValue(fmt.Sprintf(drops, "SKB_DROP_REASON_NO_SOCKET", "tcp_v4_rcv"), tcp4)
		prom.waitValue(fmt.Sprintf(`sum(ntrace_packet_drops_total{job=%q,reason="SKB_DROP_REASON_SOCKET_RCVBUFF"})`, job), float64(flooded))
		prom.waitValue(fmt.Sprintf(`sum(ntrace_packet_drops_total{job=%q,reason="SKB_DROP_REASON_NO_SOCKET"})`, job), udp4+udp6+tcp4)
	}
	tr.stop()
	// Each drop was also printed as it happened, and the counts at exit
	// are the same.
	totals := map[string]int{}
	for k, n := range checkDropTotals(t, tr.Stdout()) {
		totals[strings.Fields(k)[0]] += n
	}
	if totals["SKB_DROP_REASON_NO_SOCKET"] != udp4+udp6+tcp4 || totals["SKB_DROP_REASON_SOCKET_RCVBUFF"] != flooded {
		t.Errorf("at exit: %v; want %d NO_SOCKET and %d SOCKET_RCVBUFF", totals, udp4+udp6+tcp4, flooded)
	}
	if t.Failed() {
		t.Logf("stdout:\n%s\nstderr:\n%s", tr.Stdout(), tr.Stderr())
	}
}

// newNetnsWorker gives the test a network namespace of its own for as
// long as it runs.
func newNetnsWorker(t *testing.T) *netnsWorker {
	t.Helper()
	w, err := startNetnsWorker()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.close)
	return w
}

// netnsSNMP reads the calling thread's network namespace's SNMP
// counters: "Udp:NoPorts" from snmp's header and value lines, and
// snmp6's "Udp6NoPorts".
func netnsSNMP() (map[string]int64, error) {
	out := map[string]int64{}
	b, err := os.ReadFile("/proc/thread-self/net/snmp")
	if err != nil {
		return nil, err
	}
	lines := strings.Split(string(b), "\n")
	for i := 0; i+1 < len(lines); i += 2 {
		names, values := strings.Fields(lines[i]), strings.Fields(lines[i+1])
		for j := 1; j < len(names) && j < len(values); j++ {
			v, _ := strconv.ParseInt(values[j], 10, 64)
			out[names[0]+names[j]] = v
		}
	}
	b, err = os.ReadFile("/proc/thread-self/net/snmp6")
	if err != nil {
		return nil, err
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) == 2 {
			v, _ := strconv.ParseInt(f[1], 10, 64)
			out[f[0]] = v
		}
	}
	return out, nil
}

// floodInNetns sends n datagrams of 1000 bytes to a socket whose receive
// buffer holds only a few, in the calling thread's namespace, and returns
// how many the kernel dropped (those it never delivered).
func floodInNetns(n int) (int, error) {
	rx, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		return 0, err
	}
	defer rx.Close()
	if err := rx.SetReadBuffer(1); err != nil { // the kernel's minimum
		return 0, err
	}
	tx, err := net.DialUDP("udp4", nil, rx.LocalAddr().(*net.UDPAddr))
	if err != nil {
		return 0, err
	}
	defer tx.Close()
	payload := make([]byte, 1000)
	for i := 0; i < n; i++ {
		if _, err := tx.Write(payload); err != nil {
			return 0, err
		}
	}
	got := 0
	buf := make([]byte, 2048)
	for {
		rx.SetReadDeadline(time.Now().Add(100 * time.Millisecond))
		if _, err := rx.Read(buf); err != nil {
			break
		}
		got++
	}
	return n - got, nil
}

// Every recipe's /metrics, with its maps holding something, passes
// promtool check metrics in the text format and promtool's and the
// Python client's OpenMetrics parsers in OpenMetrics, and serves the
// metrics the recipe declares;
// udprecv runs with -f json, whose output stays one JSON object a line.
func TestMetricsRecipesPromtool(t *testing.T) {
	requireRoot(t)
	if _, err := exec.LookPath("promtool"); err != nil {
		t.Skip("promtool is not installed (make deps installs Debian's prometheus package)")
	}
	port := freeUDPPortBoth(t)
	cases := map[string]struct {
		args []string
		want []string
	}{
		"drop-packet": {[]string{"-D", "PATH=true", "-D", "STACKS=true", "-D", "QUIET=true"},
			[]string{"ntrace_packet_drops_total", "ntrace_device_packets_total", "ntrace_packet_drop_stacks_total"}},
		"udplat": {[]string{"-D", fmt.Sprintf("PORT=%d", port)},
			[]string{"ntrace_udp_receive_wait_seconds_bucket", "ntrace_udp_receive_drops_total"}},
		"udprecv": {[]string{"-f", "json"},
			[]string{"ntrace_udp_datagrams_read_total", "ntrace_udp_bytes_read_total", "ntrace_udp_datagram_size_bytes_bucket"}},
		"syscount": {nil, []string{"ntrace_syscalls_total"}},
		// Threads of this test that sleep a millisecond and are woken.
		"offwaketime": {[]string{"-D", "PID=" + pidArg(), "-D", "MIN=1us"}, []string{"ntrace_offwake_seconds_total"}},
		// Its kprobes attach only where the kernel has kprobes.
		"ep_poll_interact": {[]string{"-D", "PID=" + pidArg(), "--missing=warn"}, []string{"ntrace_epoll_wait_returns_total"}},
	}
	for _, name := range scripts.Names() {
		c, ok := cases[name]
		if !ok {
			t.Errorf("recipe %s has no case in this test", name)
			continue
		}
		t.Run(name, func(t *testing.T) {
			if name == "udprecv" {
				requireTracepoint(t, "sock", "sock_recv_length")
			}
			tr := recipe(t, name, append(c.args, "--metrics", "127.0.0.1:0")...)
			tr.waitAttached()
			addr := tr.metricsAddr()
			var text string
			deadline := time.Now().Add(30 * time.Second)
			for {
				pokeRecipes(t, port)
				text = scrapeText(t, addr)
				missing := ""
				for _, w := range c.want {
					if !strings.Contains(text, "\n"+w+"{") && !strings.Contains(text, "\n"+w+" ") {
						missing = w
					}
				}
				if missing == "" {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("no %s after 30 s of traffic:\n%s\nstderr:\n%s", missing, text, tr.Stderr())
				}
				time.Sleep(100 * time.Millisecond)
			}
			checkBothFormats(t, addr)
			tr.stop()
			if name == "udprecv" {
				for _, l := range strings.Split(strings.TrimSpace(tr.Stdout()), "\n") {
					if !json.Valid([]byte(l)) {
						t.Errorf("-f json with --metrics printed a line that is not JSON: %q", l)
					}
				}
			}
		})
	}
}

// pokeRecipes makes what the recipes count: a datagram read from port
// over IPv4, one to a closed port, a system call.
func pokeRecipes(t *testing.T, port int) {
	t.Helper()
	rx, tx := udpPair(t, "udp4", port)
	tx.Write([]byte("poke"))
	rx.SetReadDeadline(time.Now().Add(5 * time.Second))
	rx.Read(make([]byte, 64))
	rx.Close()
	tx.Close()
	c, err := net.Dial("udp4", net.JoinHostPort("127.0.0.1", strconv.Itoa(closedPort(t, "udp4", "127.0.0.1"))))
	if err == nil {
		c.Write([]byte("nobody listens"))
		c.Close()
	}
	syscall.Getppid()
}

// A script can ask for metrics itself (config metrics = ADDR); --metrics
// overrides it; an address that cannot be served fails the run before
// anything is attached.
func TestMetricsConfigAndErrors(t *testing.T) {
	requireRoot(t)
	script := `config metrics = "127.0.0.1:0";
tracepoint:syscalls:sys_enter_getppid /pid == $1/ { @calls = count(); }`
	tr := ntrace(t, script, pidArg())
	tr.waitAttached()
	addr := tr.metricsAddr()
	for i := 0; i < 7; i++ {
		syscall.Getppid()
	}
	if text := scrapeText(t, addr); !strings.Contains(text, "\nntrace_calls_total 7\n") {
		t.Errorf("7 getppid calls made; served:\n%s", text)
	}
	tr.stop()

	bad := strings.Replace(script, "127.0.0.1:0", "256.0.0.1:1", 1)
	tr = ntrace(t, bad, pidArg(), "--metrics", "127.0.0.1:0")
	tr.waitAttached()
	tr.metricsAddr()
	tr.stop()

	out, code := runTool(t, ntraceBin, "-e", bad, pidArg())
	if code != 1 || !strings.Contains(out, "ntrace: serving metrics: listen tcp: lookup 256.0.0.1") || strings.Contains(out, "Attached") {
		t.Errorf("exit %d for an address that cannot be served:\n%s", code, out)
	}
}

// ntrace's own counters, served as metrics, against what the test did: a
// burst of n events through a ring buffer too small for it (each event is
// printed or counted lost), n distinct keys into a map of 4 (each update
// past the fourth is dropped and counted, for the script's second map, so
// that the count read is its own), and, with bpf_stats on, the
// program's runs (at least n: it runs for every process's getppid).
func TestMetricsHealth(t *testing.T) {
	requireRoot(t)
	const n = 20000
	stats, err := ebpf.EnableStats(uint32(unix.BPF_STATS_RUN_TIME))
	if err != nil {
		t.Skipf("cannot turn bpf_stats on: %v", err)
	}
	defer stats.Close()
	tr := ntrace(t, `tracepoint:syscalls:sys_enter_getppid /pid == $1/ { printf("event %d\n", tid); @k[nsecs & 1] = count(); @m[nsecs] = count(); }
tracepoint:syscalls:sys_enter_getpid /pid == $1/ { printf("ready\n"); }`,
		pidArg(), "--buffer-size", "4096", "--map-size", "4", "--metrics", "127.0.0.1:0")
	tr.waitLine(func(l string) bool { return l == "ready" }, func() { syscall.Getpid() })
	addr := tr.metricsAddr()
	getppidOnThread(n)
	probe := "tracepoint:syscalls:sys_enter_getppid"
	text := scrapeText(t, addr)
	tr.stop()
	value := func(series string) float64 {
		for _, l := range strings.Split(text, "\n") {
			if v, ok := strings.CutPrefix(l, series+" "); ok {
				f, _ := strconv.ParseFloat(v, 64)
				return f
			}
		}
		t.Errorf("no %s in /metrics", series)
		return -1
	}
	lost := value(fmt.Sprintf(`ntrace_events_lost_total{probe=%q}`, probe))
	printed := strings.Count(tr.Stdout(), "event ")
	if lost <= 0 || int(lost)+printed != n {
		t.Errorf("%g events lost and %d printed; the test made %d", lost, printed, n)
	}
	if d := value(`ntrace_map_updates_dropped_total{cause="full",map="@k"}`); d != 0 {
		t.Errorf("%g updates of @k dropped; it holds 2 keys of 4", d)
	}
	if d := value(`ntrace_map_updates_dropped_total{cause="full",map="@m"}`); d != n-4 {
		t.Errorf("%g updates of a 4-key map dropped; the test made %d keys", d, n)
	}
	if runs := value(fmt.Sprintf(`ntrace_program_runs_total{probe=%q}`, probe)); runs < n {
		t.Errorf("the program ran %g times; the test called getppid %d times", runs, n)
	}
	if s := value(fmt.Sprintf(`ntrace_program_run_seconds_total{probe=%q}`, probe)); s <= 0 {
		t.Errorf("the program ran for %g s", s)
	}
	if t.Failed() {
		t.Logf("/metrics:\n%s\nstderr:\n%s", text, tr.Stderr())
	}
}

// A syscall dispatcher's skipped runs are served as their own series,
// named by the probes it serves, and are the kernel's count of the
// dispatcher program ntrace holds (none skipped, as a rule: what is
// checked is that the series is there and is the kernel's). The ready
// probe, line 1, is a syscall tracepoint too, and runs from it.
func TestMetricsSyscallDispatcher(t *testing.T) {
	requireRoot(t)
	tr := ntrace(t, readyProbe+`tracepoint:syscalls:sys_enter_* /pid == $1/ { @[probe] = count(); }`, pidArg(), "--metrics", "127.0.0.1:0")
	tr.waitReady()
	addr := tr.metricsAddr()
	text := scrapeText(t, addr)
	var kernel uint64
	found := false
	for _, id := range heldObjects(t, tr.cmd.Process.Pid)["prog_id"] {
		p, err := ebpf.NewProgramFromID(ebpf.ProgramID(id))
		if err != nil {
			continue
		}
		info, ierr := p.Info()
		st, serr := p.Stats()
		p.Close()
		if ierr == nil && serr == nil && info.Name == "dispatch_enter" {
			kernel, found = st.RecursionMisses, true
		}
	}
	tr.stop()
	if !found {
		t.Fatalf("ntrace holds no dispatch_enter program for the sys_enter_* probes\nstderr:\n%s", tr.Stderr())
	}
	re := regexp.MustCompile(`(?m)^ntrace_program_runs_missed_total\{probe="raw_syscalls:sys_enter dispatcher of the (\d+) syscall tracepoints of lines 1–2"\} (\d+)$`)
	m := re.FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("no series for raw_syscalls:sys_enter's dispatcher in /metrics:\n%s", text)
	}
	if n, _ := strconv.Atoi(m[1]); n < 32 {
		t.Errorf("the dispatcher serves %d probes; a dispatcher takes 32 at least", n)
	}
	if v, _ := strconv.ParseUint(m[2], 10, 64); v != kernel {
		t.Errorf("the dispatcher's series says %d skipped runs, the kernel counted %d", v, kernel)
	}
}
