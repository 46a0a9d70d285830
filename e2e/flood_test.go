package e2e

import (
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
