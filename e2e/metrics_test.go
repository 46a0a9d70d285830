package e2e

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
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
	prom.waitValue(`up{job="ntrace"}`, 1)

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
	sel := fmt.Sprintf(`{port="%d"}`, port)
	prom.waitValue("ntrace_udp_receive_wait_seconds_count"+sel, n)
	promBuckets := map[int64]float64{} // le in microseconds (-1: +Inf) to cumulative count
	for _, s := range prom.query("ntrace_udp_receive_wait_seconds_bucket" + sel) {
		le, err := strconv.ParseFloat(s.Labels["le"], 64)
		if err != nil {
			t.Fatalf("bucket le %q", s.Labels["le"])
		}
		us := int64(-1)
		if !math.IsInf(le, 1) {
			us = int64(math.Round(le * 1e6))
		}
		promBuckets[us] = s.Value
	}
	// ntrace's own health, as Prometheus stored it: every probe attached
	// as a tracepoint (END runs from user space), nothing lost.
	if v, _ := prom.scalar(`count(ntrace_probe_attached{mechanism="tracepoint"} == 1)`); v != 8 {
		t.Errorf("%g probes attached as tracepoints in Prometheus, want udplat's 8", v)
	}
	if v, _ := prom.scalar(`sum(ntrace_events_lost_total)`); v != 0 {
		t.Errorf("%g events lost", v)
	}
	tr.stop()

	exit := map[int64]uint64{} // le in microseconds to count
	for label, c := range parseBuckets(tr.Stdout(), "@usecs") {
		exit[bucketLE(t, label)] += c
	}
	// Prometheus's buckets are the printed histogram's, cumulated.
	if promBuckets[-1] != n {
		t.Errorf("+Inf bucket %g, want %g datagrams", promBuckets[-1], n)
	}
	for le := range exit {
		if _, ok := promBuckets[le]; !ok {
			t.Errorf("ntrace printed a bucket up to %d us that Prometheus has no le for: %v", le, promBuckets)
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
			t.Errorf("Prometheus bucket le=%d us holds %g; the histogram ntrace printed has %d at or below it", le, got, want)
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
