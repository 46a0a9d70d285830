package e2e

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

var lostTotal = regexp.MustCompile(`lost (\d+) events in all in probe (\S+)`)

// flood fires a printf probe n times from one thread with a ring buffer of
// the given size, and returns how many events were printed and how many
// ntrace reported lost.
func flood(t *testing.T, n, bufferSize int) (received, lost int) {
	t.Helper()
	tr := ntrace(t, `tracepoint:syscalls:sys_enter_getppid /pid == $1/ { printf("event %d %s\n", tid, comm); }
tracepoint:syscalls:sys_enter_getpid /pid == $1/ { printf("ready\n"); }`,
		pidArg(), "--buffer-size", strconv.Itoa(bufferSize))
	tr.waitLine(func(l string) bool { return l == "ready" }, func() { syscall.Getpid() })
	getppidOnThread(n)
	tr.stop()
	received = strings.Count(tr.Stdout(), "\nevent ")
	if strings.HasPrefix(tr.Stdout(), "event ") {
		received++
	}
	for _, m := range lostTotal.FindAllStringSubmatch(tr.Stderr(), -1) {
		if m[2] == "tracepoint:syscalls:sys_enter_getppid" {
			k, _ := strconv.Atoi(m[1])
			lost += k
		}
	}
	return received, lost
}

// Nothing is lost silently: with a ring buffer too small for a burst,
// every event either arrives or is counted as lost; with a large one,
// none is lost.
func TestFloodLossAccounting(t *testing.T) {
	requireRoot(t)
	const n = 200000
	received, lost := flood(t, n, 4096)
	if lost == 0 {
		t.Errorf("a 4 KiB ring buffer lost nothing of a %d-event burst (received %d)", n, received)
	}
	if received+lost != n {
		t.Errorf("received %d + lost %d = %d, want %d", received, lost, received+lost, n)
	}
	received, lost = flood(t, 20000, 64<<20)
	if lost != 0 || received != 20000 {
		t.Errorf("64 MiB ring buffer: received %d, lost %d, want 20000 and 0", received, lost)
	}
}

// With -f json, losses are reported in the output too, as lost_events
// lines, and every line is valid JSON; the events received and the losses
// reported add up to the events sent.
func TestFloodJSON(t *testing.T) {
	requireRoot(t)
	const n = 100000
	tr := ntrace(t, `tracepoint:syscalls:sys_enter_getppid /pid == $1/ { printf("event %d\n", tid); }
tracepoint:syscalls:sys_enter_getpid /pid == $1/ { printf("ready\n"); }`,
		pidArg(), "--buffer-size", "4096", "-f", "json")
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
			json.Unmarshal(obj.Data, &d)
			if d.Probe == "tracepoint:syscalls:sys_enter_getppid" {
				lost += d.Events
			}
		}
	}
	if lost == 0 || received+lost != n {
		t.Errorf("received %d + lost %d, want %d with some lost", received, lost, n)
	}
}
