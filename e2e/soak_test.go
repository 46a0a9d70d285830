package e2e

import (
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// vmRSS reads a process's resident set size in kB from /proc/PID/status.
func vmRSS(t *testing.T, pid int) int {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			if err != nil {
				t.Fatalf("VmRSS line %q: %v", l, err)
			}
			return n
		}
	}
	t.Fatal("no VmRSS in /proc/PID/status")
	return 0
}

// Soak: udplat runs for a minute while the test sends and reads 1000
// loopback datagrams a second on its port, well within what the ring
// buffer holds. Every datagram is reported (LAT=0 qualifies them all) and
// counted in the histogram, nothing is lost, and ntrace's memory stays
// flat: sampled every second, no sample of the last 30 seconds exceeds the
// one taken after 20 seconds of warm-up by more than 1 MB (it varies by
// about 100 kB here). At 40,000 events in those 40 seconds a leak of 25
// bytes per event (a map key never deleted, a buffer kept) passes it.
func TestSoakUdplat(t *testing.T) {
	if testing.Short() {
		t.Skip("soak test: runs for a minute; without -short only")
	}
	const (
		duration  = 60 * time.Second
		perTick   = 10
		tick      = 10 * time.Millisecond // 1000 datagrams a second
		warmup    = 20                    // seconds
		boundKB   = 1024
		lastWatch = 30 // seconds
	)
	rx, tx := udpPair(t, "udp4", 0)
	port := rx.LocalAddr().(*net.UDPAddr).Port
	tr := recipe(t, "udplat", "-D", fmt.Sprintf("PORT=%d", port), "-D", "LAT=0")
	tr.waitAttached()
	pid := tr.cmd.Process.Pid

	sent := 0
	buf := make([]byte, 64)
	var rss []int // one sample a second
	start := time.Now()
	next := start
	for time.Since(start) < duration {
		for i := 0; i < perTick; i++ {
			if _, err := tx.Write([]byte("soak")); err != nil {
				t.Fatal(err)
			}
			if _, _, err := rx.ReadFromUDP(buf); err != nil {
				t.Fatal(err)
			}
			sent++
		}
		if s := int(time.Since(start) / time.Second); s >= len(rss) {
			rss = append(rss, vmRSS(t, pid))
		}
		next = next.Add(tick)
		time.Sleep(time.Until(next))
	}
	tr.stop()

	out, errs := tr.Stdout(), tr.Stderr()
	reported := 0
	for _, l := range strings.Split(out, "\n") {
		if udplatLine.MatchString(l) {
			reported++
		}
	}
	if reported != sent {
		t.Errorf("%d datagrams reported, %d sent and read", reported, sent)
	}
	if total := bucketTotal(out, "@usecs"); total != sent {
		t.Errorf("@usecs counts %d datagrams, %d sent and read", total, sent)
	}
	if strings.Contains(errs, "lost") || strings.Contains(errs, "is full") {
		t.Errorf("losses at %d datagrams a second:\n%s", perTick*int(time.Second/tick), errs)
	}
	if len(rss) < warmup+lastWatch {
		t.Fatalf("only %d RSS samples", len(rss))
	}
	base := rss[warmup]
	for i := len(rss) - lastWatch; i < len(rss); i++ {
		if rss[i] > base+boundKB {
			t.Errorf("RSS %d kB after %d s, %d kB after warm-up (%d s): grew more than %d kB", rss[i], i, base, warmup, boundKB)
		}
	}
	t.Logf("%d datagrams; RSS (kB) each second: %v", sent, rss)
}
