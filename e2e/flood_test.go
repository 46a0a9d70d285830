package e2e

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

var (
	lostTotal = regexp.MustCompile(`lost (\d+) events in all in probe (\S+)`)
	// With -v and --perf-buffer, ntrace says at exit how many events the
	// kernel reported lost (PERF_RECORD_LOST) and how many its probes
	// counted.
	kernelLost = regexp.MustCompile(`the kernel reported (\d+) events lost in the perf buffers \(PERF_RECORD_LOST\); the probes counted (\d+)`)
)

// transports are the two ways events reach ntrace, with the buffer sizes
// that force losses in a burst and that hold a whole burst: one ring of
// 4 KiB or 64 MiB, or per-CPU perf buffers of one page or 8 MiB each.
var transports = []struct {
	name        string
	args        []string
	small, big  int
	perfBuffers bool
}{
	{name: "ring", small: 4096, big: 64 << 20},
	{name: "perf", args: []string{"--perf-buffer", "-v"}, small: 4096, big: 8 << 20, perfBuffers: true},
}

// floodRun is what ntrace printed for a burst of events.
type floodRun struct {
	received, lost int
	// allLost is the events lost in every probe; kernelLost and counted
	// are the perf path's figures at exit (-1 on the ring path).
	allLost, kernelLost, counted int
}

// flood fires a printf probe n times from one thread with event buffers
// of the given size, and returns how many events were printed and how
// many ntrace reported lost.
func flood(t *testing.T, n, bufferSize int, args ...string) floodRun {
	t.Helper()
	tr := ntrace(t, `tracepoint:syscalls:sys_enter_getppid /pid == $1/ { printf("event %d %s\n", tid, comm); }
tracepoint:syscalls:sys_enter_getpid /pid == $1/ { printf("ready\n"); }`,
		append([]string{pidArg(), "--buffer-size", strconv.Itoa(bufferSize)}, args...)...)
	tr.waitLine(func(l string) bool { return l == "ready" }, func() { syscall.Getpid() })
	getppidOnThread(n)
	tr.stop()
	r := floodRun{kernelLost: -1, counted: -1}
	for _, line := range strings.Split(tr.Stdout(), "\n") {
		if strings.HasPrefix(line, "event ") {
			r.received++
		}
	}
	for _, m := range lostTotal.FindAllStringSubmatch(tr.Stderr(), -1) {
		k, _ := strconv.Atoi(m[1])
		r.allLost += k
		if m[2] == "tracepoint:syscalls:sys_enter_getppid" {
			r.lost += k
		}
	}
	if m := kernelLost.FindStringSubmatch(tr.Stderr()); m != nil {
		r.kernelLost, _ = strconv.Atoi(m[1])
		r.counted, _ = strconv.Atoi(m[2])
	}
	return r
}

// Nothing is lost silently, through the ring buffer or perf buffers: with
// buffers too small for a burst, every event either arrives or is counted
// as lost; with large ones, none is lost. Through perf buffers, the
// kernel's own count of lost samples is never more than the probes
// counted (each is an output call that failed), and is not zero.
func TestFloodLossAccounting(t *testing.T) {
	requireRoot(t)
	for _, tp := range transports {
		t.Run(tp.name, func(t *testing.T) {
			const n = 200000
			r := flood(t, n, tp.small, tp.args...)
			if r.lost == 0 {
				t.Errorf("%d-byte buffers lost nothing of a %d-event burst (received %d)", tp.small, n, r.received)
			}
			if r.received+r.lost != n {
				t.Errorf("received %d + lost %d = %d, want %d", r.received, r.lost, r.received+r.lost, n)
			}
			if tp.perfBuffers {
				if r.counted != r.allLost {
					t.Errorf("the exit summary says the probes counted %d lost, the warnings %d", r.counted, r.allLost)
				}
				if r.kernelLost <= 0 || r.kernelLost > r.counted {
					t.Errorf("the kernel reported %d lost samples, the probes counted %d: want 0 < kernel ≤ counted", r.kernelLost, r.counted)
				}
			}
			r = flood(t, 20000, tp.big, tp.args...)
			if r.lost != 0 || r.received != 20000 {
				t.Errorf("%d-byte buffers: received %d, lost %d, want 20000 and 0", tp.big, r.received, r.lost)
			}
			if tp.perfBuffers && r.kernelLost != 0 {
				t.Errorf("%d-byte buffers: the kernel reported %d lost samples, want 0", tp.big, r.kernelLost)
			}
		})
	}
}

// With -f json, losses are reported in the output too, as lost_events
// lines, and every line is valid JSON; the events received and the losses
// reported add up to the events sent, through either transport.
func TestFloodJSON(t *testing.T) {
	requireRoot(t)
	for _, tp := range transports {
		t.Run(tp.name, func(t *testing.T) {
			const n = 100000
			tr := ntrace(t, `tracepoint:syscalls:sys_enter_getppid /pid == $1/ { printf("event %d\n", tid); }
tracepoint:syscalls:sys_enter_getpid /pid == $1/ { printf("ready\n"); }`,
				append([]string{pidArg(), "--buffer-size", strconv.Itoa(tp.small), "-f", "json"}, tp.args...)...)
			tr.waitLine(func(l string) bool { return strings.Contains(l, `"ready\n"`) }, func() { syscall.Getpid() })
			getppidOnThread(n)
			tr.stop()
			received, lost := 0, 0
			for _, line := range strings.Split(strings.TrimSpace(tr.Stdout()), "\n") {
				var obj struct {
					Type string
					Data json.RawMessage
				}
				if err := json.Unmarshal([]byte(line), &obj); err != nil {
					t.Fatalf("not JSON: %q: %v", line, err)
				}
				switch obj.Type {
				case "printf":
					if strings.HasPrefix(string(obj.Data), `"event `) {
						received++
					}
				case "lost_events":
					var d struct {
						Events int
						Probe  string
					}
					if err := json.Unmarshal(obj.Data, &d); err != nil {
						t.Fatalf("lost_events: %q: %v", line, err)
					}
					if d.Probe == "tracepoint:syscalls:sys_enter_getppid" {
						lost += d.Events
					}
				}
			}
			if lost == 0 || received+lost != n {
				t.Errorf("received %d + lost %d, want %d with some lost", received, lost, n)
			}
		})
	}
}
