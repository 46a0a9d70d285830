package e2e

import (
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Text output as today's bpftrace prints it, and as bpftrace 0.17 did
// with -f text-0.17, where the two differ: a keyless map printed before
// anything set it, stats, a pointer stored in a map, a histogram's first
// line.
func TestTextStyles(t *testing.T) {
	requireRoot(t)
	script := `BEGIN { print(@n); print(@s); @p = (int8 *)0x32; @p += 1; @st = stats(4); @st = stats(8); @h = hist(3); exit(); }
END { @n = 7; @s = stats(1); }`
	for _, c := range []struct {
		flags       []string
		want, never []string
	}{
		{nil, []string{"@n: 0\n", "@s: { .count = 0, .average = 0, .total = 0 }\n", "@p: 0x33\n",
			"@st: { .count = 2, .average = 6, .total = 12 }\n", "@h:\n[2, 4)", "@n: 7\n"}, nil},
		{text017, []string{"@p: 51\n", "@st: count 2, average 6, total 12\n", "@h: \n[2, 4)", "@n: 7\n"},
			[]string{"@n: 0\n", "@s: count 0"}},
	} {
		out, code := runTool(t, ntraceBin, append(append([]string{"-q"}, c.flags...), "-e", script)...)
		if code != 0 {
			t.Fatalf("%v: exit %d:\n%s", c.flags, code, out)
		}
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: want %q:\n%s", c.flags, w, out)
			}
		}
		for _, w := range c.never {
			if strings.Contains(out, w) {
				t.Errorf("%v: printed %q:\n%s", c.flags, w, out)
			}
		}
	}
}

// usermode is 1 in BEGIN and for samples that interrupted this test's
// user-space loop, 0 in a tracepoint of its system calls.
func TestUsermode(t *testing.T) {
	requireRoot(t)
	script := readyProbe + `BEGIN { printf("begin %d\n", usermode); }
tracepoint:syscalls:sys_enter_getpgid /tid == $2/ { @sys[usermode] = count(); }
profile:hz:499 /tid == $2/ { @spin[usermode] = count(); }`
	worker := newEventThread()
	defer worker.close()
	tr := ntrace(t, script, pidArg(), strconv.Itoa(worker.tid))
	tr.waitReady()
	worker.do(func() {
		for i := 0; i < 4; i++ {
			if _, err := syscall.Getpgid(0); err != nil {
				t.Error(err)
			}
		}
		// User-space work for the profile probe to sample. The clock is
		// read once per million steps: in a guest whose clocksource has
		// no vDSO reading (6.1 under TCG), each read is a system call
		// and a loop around it runs mostly in the kernel.
		spin := 0
		for end := time.Now().Add(500 * time.Millisecond); time.Now().Before(end); {
			for i := 0; i < 1_000_000; i++ {
				spin++
			}
		}
		_ = spin
	})
	tr.stop()
	out := tr.Stdout()
	for _, want := range []string{"begin 1\n", "@sys[0]: 4\n", "@spin[1]: "} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "@sys[1]") {
		t.Errorf("a system call's tracepoint counted as user mode:\n%s", out)
	}
}
