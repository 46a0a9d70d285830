package main

import (
	"fmt"
	"strings"
	"testing"
)

// A day's samples: what varies from one sample to the next (a collection
// that just ran or did not, a file read while sampled, what the last
// seconds left in a map) passes; a steady climb of any of them fails.
func TestCheckFlat(t *testing.T) {
	cfg := config{rssSlack: 4096, keySlack: 16}
	day := func(rss, fds, keys func(i int) int) []sample {
		var ss []sample
		for i := range 60 {
			ss = append(ss, sample{RSSkB: rss(i), FDs: fds(i), Keys: keys(i)})
		}
		return ss
	}
	noisyRSS := func(i int) int { return 20000 + 3500*(i%2) } // swings of 3.5 MB
	steadyFDs := func(i int) int { return 62 }
	oneBlip := func(i int) int {
		if i == 59 {
			return 63 // a file open as the last sample was taken
		}
		return 62
	}
	noisyKeys := func(i int) int { return 27 + (i*37)%70 }
	for _, c := range []struct {
		name      string
		ss        []sample
		wantFails []string
	}{
		{"flat with noise", day(noisyRSS, oneBlip, noisyKeys), nil},
		{"RSS leak", day(func(i int) int { return 20000 + 200*i }, steadyFDs, noisyKeys), []string{"RSS"}},
		{"fd leak, one an hour", day(noisyRSS, func(i int) int { return 62 + i*24/60 }, noisyKeys), []string{"open fds"}},
		{"key leak", day(noisyRSS, steadyFDs, func(i int) int { return 27 + i }), []string{"map keys"}},
	} {
		fails := checkFlat(cfg, "udplat", c.ss)
		if len(fails) != len(c.wantFails) {
			t.Errorf("%s: failures %q, want one each of %q", c.name, fails, c.wantFails)
			continue
		}
		for i, f := range fails {
			if !strings.Contains(f, c.wantFails[i]) {
				t.Errorf("%s: failure %q, want it about %s", c.name, f, c.wantFails[i])
			}
		}
	}
	if fails := checkFlat(cfg, "udplat", make([]sample, 5)); len(fails) != 1 || !strings.Contains(fails[0], "run longer") {
		t.Errorf("5 samples: %q", fails)
	}
}

// A tracer's stderr is kept up to stderrKept bytes, however much comes,
// and every warning line is counted, split across writes or not.
func TestStderrLogBounded(t *testing.T) {
	var l stderrLog
	l.Write([]byte("Attached 5 probes\n"))
	for i := range 100000 {
		line := fmt.Sprintf("ntrace: warning: lost %d events in probe tracepoint:skb:kfree_skb\n", i+1)
		l.Write([]byte(line[:10]))
		l.Write([]byte(line[10:]))
	}
	l.Write([]byte("ntrace: warning: map @m is full (4096 entries): 3 updates dropped"))
	l.Write([]byte("\n"))
	if l.head.Len() != stderrKept || !strings.HasPrefix(l.head.String(), "Attached 5 probes\n") {
		t.Errorf("kept %d bytes, starting %q", l.head.Len(), l.head.String()[:20])
	}
	if l.warned != 100001 || l.firstWarning != "ntrace: warning: lost 1 events in probe tracepoint:skb:kfree_skb" {
		t.Errorf("%d warnings, the first %q", l.warned, l.firstWarning)
	}
}
