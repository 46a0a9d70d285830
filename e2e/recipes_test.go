package e2e

import (
	"fmt"
	"net"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// recipe starts a bundled recipe by name.
func recipe(t *testing.T, name string, args ...string) *tracer {
	t.Helper()
	requireRoot(t)
	return start(t, ntraceBin, append([]string{name}, args...)...)
}

var udplatLine = regexp.MustCompile(`^\d\d:\d\d:\d\d (\d+)\s+(\S+)\s+(\S+):(\d+) (\d+) us$`)

// udplat reports each datagram read from its port after waiting at least
// LAT, with the reader, the sender and the wait, and nothing else.
func TestRecipeUdplat(t *testing.T) {
	const n, delay = 5, 30 * time.Millisecond
	for _, network := range []string{"udp4", "udp6"} {
		t.Run(network, func(t *testing.T) {
			// The port is known only once the socket exists: reserve one.
			probe, err := net.ListenUDP(network, nil)
			if err != nil {
				t.Fatal(err)
			}
			port := probe.LocalAddr().(*net.UDPAddr).Port
			probe.Close()
			tr := recipe(t, "udplat", "-D", fmt.Sprintf("PORT=%d", port), "-D", "LAT=15ms")
			tr.waitAttached()
			// Traffic to another port is not reported.
			readOnPort(t, network, 0, 3, delay)
			got, senders := readOnPort(t, network, port, n, delay)
			tr.stop()
			var lines []string
			for _, l := range strings.Split(tr.Stdout(), "\n") {
				if m := udplatLine.FindStringSubmatch(l); m != nil {
					lines = append(lines, l)
					lat, _ := strconv.Atoi(m[5])
					sport, _ := strconv.Atoi(m[4])
					if time.Duration(lat)*time.Microsecond < delay || time.Duration(lat)*time.Microsecond > delay+time.Second {
						t.Errorf("latency %d us, want about %v: %s", lat, delay, l)
					}
					if !contains(senders, sport) {
						t.Errorf("sender port %d is not one the test used (%v): %s", sport, senders, l)
					}
					if m[1] != pidArg() || m[3] != loopback(network) {
						t.Errorf("reader or address wrong: %s", l)
					}
				}
			}
			if len(lines) != got {
				t.Errorf("%d datagrams reported, %d read:\n%s\n%s", len(lines), got, tr.Stdout(), tr.Stderr())
			}
			if total := bucketTotal(tr.Stdout(), "@usecs"); total != n {
				t.Errorf("@usecs counts %d datagrams, want %d", total, n)
			}
		})
	}
	t.Run("threshold above the wait", func(t *testing.T) {
		probe, err := net.ListenUDP("udp4", nil)
		if err != nil {
			t.Fatal(err)
		}
		port := probe.LocalAddr().(*net.UDPAddr).Port
		probe.Close()
		tr := recipe(t, "udplat", "-D", fmt.Sprintf("PORT=%d", port), "-D", "LAT=2s")
		tr.waitAttached()
		readOnPort(t, "udp4", port, n, delay)
		tr.stop()
		for _, l := range strings.Split(tr.Stdout(), "\n") {
			if udplatLine.MatchString(l) {
				t.Errorf("reported a datagram under the threshold: %s", l)
			}
		}
		if total := bucketTotal(tr.Stdout(), "@usecs"); total != n {
			t.Errorf("@usecs counts %d datagrams, want %d", total, n)
		}
	})
}

// readOnPort receives n datagrams on port (0: any free port), reading
// each one delay after it was sent; it returns n and the senders' ports.
func readOnPort(t *testing.T, network string, port, n int, delay time.Duration) (int, []int) {
	t.Helper()
	rx, err := net.ListenUDP(network, &net.UDPAddr{IP: net.ParseIP(loopback(network)), Port: port})
	if err != nil {
		t.Fatal(err)
	}
	defer rx.Close()
	buf := make([]byte, 2048)
	var senders []int
	for i := 0; i < n; i++ {
		tx, err := net.DialUDP(network, nil, rx.LocalAddr().(*net.UDPAddr))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.Write([]byte("datagram")); err != nil {
			t.Fatal(err)
		}
		senders = append(senders, tx.LocalAddr().(*net.UDPAddr).Port)
		tx.Close()
		time.Sleep(delay)
		if _, _, err := rx.ReadFromUDP(buf); err != nil {
			t.Fatal(err)
		}
	}
	return n, senders
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

var dropLine = regexp.MustCompile(`^\d\d:\d\d:\d\d (\S+)\s+(TCP|UDP) \[?([^\]\s]+?)\]?:(\d+) > \[?([^\]\s]+?)\]?:(\d+) in (\S+)$`)

// dropCounts counts the drops drop-packet printed, by "reason proto port".
func dropCounts(out string) map[string]int {
	counts := map[string]int{}
	for _, l := range strings.Split(out, "\n") {
		if m := dropLine.FindStringSubmatch(l); m != nil {
			counts[m[1]+" "+m[2]+" "+m[6]]++
		}
	}
	return counts
}

// closedPort returns a port nothing listens on.
func closedPort(t *testing.T, network, ip string) int {
	t.Helper()
	c, err := net.ListenPacket(network, net.JoinHostPort(ip, "0"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	return c.LocalAddr().(*net.UDPAddr).Port
}

// drop-packet names the reason and the packet of drops the test causes:
// UDP and TCP to a closed port over IPv4 and IPv6, and datagrams flooding
// a socket with a tiny receive buffer.
func TestRecipeDropPacket(t *testing.T) {
	tr := recipe(t, "drop-packet")
	tr.waitAttached()
	want := map[string]int{}
	for _, v := range []struct{ udp, tcp, ip string }{{"udp4", "tcp4", "127.0.0.1"}, {"udp6", "tcp6", "::1"}} {
		port := closedPort(t, v.udp, v.ip)
		c, err := net.Dial(v.udp, net.JoinHostPort(v.ip, strconv.Itoa(port)))
		if err != nil {
			t.Fatal(err)
		}
		c.Write([]byte("nobody listens"))
		c.Close()
		want[fmt.Sprintf("SKB_DROP_REASON_NO_SOCKET UDP %d", port)]++
		port = closedPort(t, v.udp, v.ip)
		if _, err := net.Dial(v.tcp, net.JoinHostPort(v.ip, strconv.Itoa(port))); err == nil {
			t.Fatalf("connected to closed port %d", port)
		}
		want[fmt.Sprintf("SKB_DROP_REASON_NO_SOCKET TCP %d", port)]++
	}
	floodPort, dropped := floodTinyBuffer(t, 64)
	if dropped == 0 {
		t.Fatal("the flood dropped nothing")
	}
	want[fmt.Sprintf("SKB_DROP_REASON_SOCKET_RCVBUFF UDP %d", floodPort)] = dropped
	tr.stop()
	got := dropCounts(tr.Stdout())
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s: %d drops printed, want %d", k, got[k], n)
		}
	}
	// At exit, each reason counts at least the drops the test caused (others
	// on this host may add to them).
	caused, totals := map[string]int{}, map[string]int{}
	for k, n := range want {
		caused[strings.Fields(k)[0]] += n
	}
	for k, n := range checkDropTotals(t, tr.Stdout()) {
		totals[strings.Fields(k)[0]] += n
	}
	for reason, n := range caused {
		if totals[reason] < n {
			t.Errorf("@drops counts %d %s drops at exit; the test caused %d", totals[reason], reason, n)
		}
	}
	if t.Failed() {
		t.Logf("output:\n%s\n%s", tr.Stdout(), tr.Stderr())
	}
}

// floodTinyBuffer sends n datagrams of 1000 bytes to a socket whose receive
// buffer holds only a few, reads what was queued and returns the port and
// how many the kernel dropped.
func floodTinyBuffer(t *testing.T, n int) (int, int) {
	t.Helper()
	rx, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		t.Fatal(err)
	}
	defer rx.Close()
	if err := rx.SetReadBuffer(1); err != nil { // the kernel's minimum
		t.Fatal(err)
	}
	tx, err := net.DialUDP("udp4", nil, rx.LocalAddr().(*net.UDPAddr))
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Close()
	for i := 0; i < n; i++ {
		if _, err := tx.Write(make([]byte, 1000)); err != nil {
			t.Fatal(err)
		}
	}
	received := 0
	buf := make([]byte, 2000)
	for {
		rx.SetReadDeadline(time.Now().Add(100 * time.Millisecond))
		if _, _, err := rx.ReadFromUDP(buf); err != nil {
			break
		}
		received++
	}
	return rx.LocalAddr().(*net.UDPAddr).Port, n - received
}

var (
	// dropAnyLine is any per-drop line: its reason and its location.
	dropAnyLine = regexp.MustCompile(`^\d\d:\d\d:\d\d (\S+)\s+.* in (\S+)$`)
	// dropTotal is a line of the counts at exit.
	dropTotal = regexp.MustCompile(`^@drops\[(\S+), (\S+)\]: (\d+)$`)
)

// checkDropTotals checks that the counts drop-packet prints at exit, per
// reason and location, are the numbers of drops it printed one by one:
// both see every drop, the test's and anyone else's.
func checkDropTotals(t *testing.T, out string) map[string]int {
	t.Helper()
	printed, totals := map[string]int{}, map[string]int{}
	for _, l := range strings.Split(out, "\n") {
		if m := dropAnyLine.FindStringSubmatch(l); m != nil {
			printed[m[1]+" "+m[2]]++
		}
		if m := dropTotal.FindStringSubmatch(l); m != nil {
			n, _ := strconv.Atoi(m[3])
			totals[m[1]+" "+m[2]] = n
		}
	}
	for k, n := range printed {
		if totals[k] != n {
			t.Errorf("@drops[%s] is %d at exit; %d such drops were printed", k, totals[k], n)
		}
	}
	for k, n := range totals {
		if printed[k] == 0 {
			t.Errorf("@drops[%s] is %d at exit; no such drop was printed", k, n)
		}
	}
	return totals
}

// drop-packet reports a netfilter rule's drops as NETFILTER_DROP, with
// the packets' port and the count at exit: the test drops UDP to one port
// with an nftables rule in a network namespace of its own, and sends a
// datagram to another port there, which gets through.
func TestRecipeDropPacketNetfilter(t *testing.T) {
	requireRoot(t)
	loadNfTables(t)
	const k = 7
	tr := recipe(t, "drop-packet")
	tr.waitAttached()
	var port, passPort int
	err := inNetns(func() error {
		rx, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
		if err != nil {
			return err
		}
		defer rx.Close()
		passPort = rx.LocalAddr().(*net.UDPAddr).Port
		// Nothing else uses the namespace: any port but passPort is free.
		port = passPort + 1
		if err := nftDropUDP(port); err != nil {
			return err
		}
		tx, err := net.DialUDP("udp4", nil, &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1), Port: port})
		if err != nil {
			return err
		}
		defer tx.Close()
		for i := 0; i < k; i++ {
			if _, err := tx.Write([]byte("dropped by the rule")); err != nil {
				return err
			}
		}
		pass, err := net.DialUDP("udp4", nil, rx.LocalAddr().(*net.UDPAddr))
		if err != nil {
			return err
		}
		defer pass.Close()
		if _, err := pass.Write([]byte("passes")); err != nil {
			return err
		}
		rx.SetReadDeadline(time.Now().Add(5 * time.Second))
		if _, _, err := rx.ReadFromUDP(make([]byte, 64)); err != nil {
			return fmt.Errorf("the datagram to port %d, which the rule does not drop: %w", passPort, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	tr.stop()
	out := tr.Stdout()
	got := dropCounts(out)
	if n := got[fmt.Sprintf("SKB_DROP_REASON_NETFILTER_DROP UDP %d", port)]; n != k {
		t.Errorf("%d NETFILTER_DROP drops of UDP to port %d printed, want %d", n, port, k)
	}
	for key, n := range got {
		if strings.HasSuffix(key, fmt.Sprintf(" %d", passPort)) {
			t.Errorf("%d drops printed of datagrams to port %d, which the rule lets through: %s", n, passPort, key)
		}
	}
	totals := checkDropTotals(t, out)
	nf := 0
	for key, n := range totals {
		if strings.HasPrefix(key, "SKB_DROP_REASON_NETFILTER_DROP ") {
			nf += n
		}
	}
	if nf != k {
		t.Errorf("@drops counts %d NETFILTER_DROP drops at exit, want %d", nf, k)
	}
	if t.Failed() {
		t.Logf("output:\n%s\n%s", out, tr.Stderr())
	}
}
