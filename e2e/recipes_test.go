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
					if m[1] != pidArg() || m[3] != map[string]string{"udp4": "127.0.0.1", "udp6": "::1"}[network] {
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
	ip := "127.0.0.1"
	if network == "udp6" {
		ip = "::1"
	}
	rx, err := net.ListenUDP(network, &net.UDPAddr{IP: net.ParseIP(ip), Port: port})
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
