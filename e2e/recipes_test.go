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
