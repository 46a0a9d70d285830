package e2e

import (
	"strconv"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// A struct read from memory and stored whole — in a map, as a key, in a
// tuple, in a variable — holds what the memory held: the timespec this
// test passes to nanosleep, read from its user memory.
func TestStructStoredWhole(t *testing.T) {
	requireRoot(t)
	requireTracepoint(t, "syscalls", "sys_enter_nanosleep")
	script := readyProbe + `tracepoint:syscalls:sys_enter_nanosleep /tid == $2/ {
  $t = *args->rqtp; @last = $t; @seen[*args->rqtp, 1] = count(); print(($t, 7)); printf("nsec %d\n", $t.tv_nsec);
}`
	worker := newEventThread()
	defer worker.close()
	tr := ntrace(t, script, pidArg(), strconv.Itoa(worker.tid))
	tr.waitReady()
	naps := []int64{1_234_567, 2_000_001, 1_234_567}
	worker.do(func() {
		for _, n := range naps {
			ts := unix.NsecToTimespec(n)
			if err := unix.Nanosleep(&ts, nil); err != nil {
				t.Error(err)
			}
		}
	})
	tr.waitLine(func(l string) bool { return l == "nsec 1234567" }, nil)
	tr.stop()
	out := tr.Stdout()
	for _, want := range []string{
		"({ .tv_sec = 0, .tv_nsec = 1234567 }, 7)\n", "({ .tv_sec = 0, .tv_nsec = 2000001 }, 7)\n",
		"nsec 2000001\n",
		"@last: { .tv_sec = 0, .tv_nsec = 1234567 }\n",
		"@seen[{ .tv_sec = 0, .tv_nsec = 1234567 }, 1]: 2\n",
		"@seen[{ .tv_sec = 0, .tv_nsec = 2000001 }, 1]: 1\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, ", 7)\n"); n != len(naps) {
		t.Errorf("printed %d tuples, want %d:\n%s", n, len(naps), out)
	}
}
