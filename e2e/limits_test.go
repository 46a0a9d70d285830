package e2e

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// closeDistinct calls close() on n file descriptors that are not open,
// from first up: n distinct keys for a script keyed on args->fd, and
// nothing closed.
func closeDistinct(first, n int) {
	for i := 0; i < n; i++ {
		syscall.Close(first + i)
	}
}

// A map given more distinct keys than --map-size holds keeps the first
// ones, and the updates it refused are counted and reported by map name:
// for an aggregation, an increment and an assignment alike, whichever way
// events travel.
func TestFullMapWarns(t *testing.T) {
	const (
		size  = 64
		keys  = 100
		first = 900000 // far above any descriptor the test process has open
	)
	script := fmt.Sprintf(`tracepoint:syscalls:sys_enter_close /pid == $1 && args->fd >= %d/ {
  @counts[args->fd] = count(); @incs[args->fd]++; @last[args->fd] = nsecs;
}
`, first) + readyProbe
	for _, events := range []string{"--buffer-size=1048576", "--perf-buffer"} {
		t.Run(events, func(t *testing.T) { fullMapWarns(t, script, events, size, keys, first) })
	}
}

func fullMapWarns(t *testing.T, script, events string, size, keys, first int) {
	tr := ntrace(t, script, events, "--map-size", fmt.Sprint(size), pidArg())
	tr.waitReady()
	closeDistinct(first, keys)
	tr.stop()
	out, errs := tr.Stdout(), tr.Stderr()
	for _, m := range []string{"@counts", "@incs", "@last"} {
		if n := strings.Count(out, m+"["); n != size {
			t.Errorf("%s printed %d keys, want the %d it holds", m, n, size)
		}
		warn := fmt.Sprintf("ntrace: warning: map %s is full (%d entries): ", m, size)
		if !strings.Contains(errs, warn) || !strings.Contains(errs, "raise the limit with --map-size") {
			t.Errorf("no warning %q in stderr:\n%s", warn, errs)
		}
		total := fmt.Sprintf("ntrace: warning: map %s dropped %d updates in all\n", m, keys-size)
		if !strings.Contains(errs, total) {
			t.Errorf("stderr lacks %q:\n%s", total, errs)
		}
	}
}

// In JSON mode a full map is a line of the output too; the dropped counts
// of its lines add up to the updates refused.
func TestFullMapJSON(t *testing.T) {
	const size, keys, first = 10, 37, 900000
	script := fmt.Sprintf(`tracepoint:syscalls:sys_enter_close /pid == $1 && args->fd >= %d/ { @fds[args->fd] = count(); }
`, first) + readyProbe
	tr := ntrace(t, script, "--map-size", fmt.Sprint(size), "-f", "json", pidArg())
	tr.waitLine(func(l string) bool { return strings.Contains(l, `"ready\n"`) }, func() { syscall.Getppid() })
	closeDistinct(first, keys)
	tr.stop()
	dropped := 0
	lines := regexp.MustCompile(`(?m)^\{"type": "map_full".*$`).FindAllString(tr.Stdout(), -1)
	for _, l := range lines {
		var rec struct {
			Data struct {
				Map     string
				Entries int
				Dropped int
			}
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("bad JSON line %q: %v", l, err)
		}
		if rec.Data.Map != "@fds" || rec.Data.Entries != size {
			t.Errorf("map_full line for %q with %d entries, want @fds and %d: %s", rec.Data.Map, rec.Data.Entries, size, l)
		}
		dropped += rec.Data.Dropped
	}
	if dropped != keys-size {
		t.Errorf("map_full lines report %d dropped, want %d\n%s", dropped, keys-size, tr.Stdout())
	}
}

// A map far from full may still have an update refused: a hash map
// allocates its elements as keys arrive, and the first keys of the sched
// tracepoints come in bursts inside one section run with interrupts off,
// where the kernel's BPF allocator may have no element ready (ENOMEM).
// Such drops are reported with that cause, never as the map being full,
// and the per-cause counts add up to the total reported at exit. This
// run (issue 14's) loses an update in most runs on this host, to ENOMEM;
// when it
// loses none there is nothing to check but the absence of "full".
func TestMapDropsNamedByCause(t *testing.T) {
	requireTracepoint(t, "sched", "sched_switch")
	tr := ntrace(t, `tracepoint:sched:sched* { @[probe] = count(); }`+"\n"+readyProbe, "--map-size", "65536", pidArg())
	tr.waitReady()
	for i := 0; i < 20; i++ {
		exec.Command("/bin/true").Run()
	}
	tr.stop()
	errs := tr.Stderr()
	if strings.Contains(errs, "is full") {
		t.Errorf("a map holding %d keys of 65536 was reported full:\n%s", strings.Count(tr.Stdout(), "@["), errs)
	}
	dropped := 0
	for _, m := range regexp.MustCompile(`map @ \(65536 entries at most\): (\d+) updates dropped: (.*)`).FindAllStringSubmatch(errs, -1) {
		n, _ := strconv.Atoi(m[1])
		dropped += n
		t.Logf("dropped %d: %s", n, m[2])
	}
	total := 0
	if m := regexp.MustCompile(`map @ dropped (\d+) updates in all`).FindStringSubmatch(errs); m != nil {
		total, _ = strconv.Atoi(m[1])
	}
	if dropped != total {
		t.Errorf("the warnings drop %d updates, the total says %d:\n%s", dropped, total, errs)
	}
}
