package runtime

import (
	"testing"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

func TestMissedWarning(t *testing.T) {
	for _, c := range []struct {
		probe string
		line  int
		n     uint64
		all   string
		want  string
	}{
		{"tracepoint:skb:kfree_skb", 3, 12, "", "tracepoint:skb:kfree_skb (line 3) did not run 12 times: the kernel skipped it while a BPF program was already running on its CPU"},
		{"kprobe:vfs_read", 1, 1, "", "kprobe:vfs_read (line 1) did not run 1 time: the kernel skipped it while a BPF program was already running on its CPU"},
		// What the script wrote is shown, not obeyed: no escape reaches
		// the terminal.
		{"uprobe:/tmp/a\x1b[2Jb:f", 7, 2, "", `uprobe:/tmp/a\x1b[2Jb:f (line 7) did not run 2 times: the kernel skipped it while a BPF program was already running on its CPU`},
		{"kprobe:vfs_read", 1, 40, " in all", "kprobe:vfs_read (line 1) did not run 40 times in all: the kernel skipped it while a BPF program was already running on its CPU"},
	} {
		if got := missedWarning(c.probe, c.line, c.n, c.all); got != c.want {
			t.Errorf("missedWarning(%q, %d, %d) =\n%s\nwant\n%s", c.probe, c.line, c.n, got, c.want)
		}
	}
}

// A wildcard's programs are one attach point as the script writes it:
// their skipped runs add up under it; attach points without any are left
// out; the script's order is kept.
func TestMissedByAttachPoint(t *testing.T) {
	wild := &lang.AttachPoint{Raw: "kprobe:vfs_*", Pos: lang.Pos{Line: 2}}
	one := &lang.AttachPoint{Raw: "tracepoint:skb:kfree_skb", Pos: lang.Pos{Line: 5}}
	quiet := &lang.AttachPoint{Raw: "tracepoint:sched:sched_switch", Pos: lang.Pos{Line: 7}}
	prog := func(ap *lang.AttachPoint) *codegen.Program { return &codegen.Program{Target: &lang.Target{AP: ap}} }
	progs := []*codegen.Program{prog(one), prog(wild), prog(quiet), prog(wild), prog(wild)}
	got := byAttachPoint(progs, []uint64{4, 3, 0, 0, 5})
	want := []probeMisses{{one, 4}, {wild, 8}}
	if len(got) != len(want) {
		t.Fatalf("got %d attach points, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("attach point %d: got %s %d, want %s %d", i, got[i].ap.Raw, got[i].missed, want[i].ap.Raw, want[i].missed)
		}
	}
}

// A syscall dispatcher's skipped runs are reported against the probes it
// serves, by their lines (each once, runs of lines joined), as "up to":
// a skipped run may be of a system call none of them traces.
func TestDispatchMissed(t *testing.T) {
	ap := func(line int) *lang.AttachPoint { return &lang.AttachPoint{Pos: lang.Pos{Line: line}} }
	prog := func(a *lang.AttachPoint) *codegen.Program { return &codegen.Program{Target: &lang.Target{AP: a}} }
	wild, a, b, c := ap(2), ap(7), ap(8), ap(9)
	lines := probeLines([]*codegen.Program{prog(c), prog(wild), prog(a), prog(wild), prog(b), prog(ap(12))})
	if got, want := lineRanges(lines), "lines 2, 7–9, 12"; got != want {
		t.Errorf("lineRanges(%v) = %q, want %q", lines, got, want)
	}
	if got, want := jsonInts(lines), "[2, 7, 8, 9, 12]"; got != want {
		t.Errorf("jsonInts(%v) = %q, want %q", lines, got, want)
	}
	for _, c := range []struct {
		lines []int
		want  string
	}{
		{[]int{3}, "line 3"},
		{[]int{3, 4}, "lines 3–4"},
		{[]int{1, 3, 5}, "lines 1, 3, 5"},
	} {
		if got := lineRanges(c.lines); got != c.want {
			t.Errorf("lineRanges(%v) = %q, want %q", c.lines, got, c.want)
		}
	}
	for _, c := range []struct {
		n    uint64
		all  string
		want string
	}{
		{1, "", "the 355 syscall tracepoints of line 2, run from raw_syscalls:sys_enter, may have missed up to 1 system call: the kernel skipped their dispatcher that often while a BPF program was already running on its CPU"},
		{40, " in all", "the 355 syscall tracepoints of line 2, run from raw_syscalls:sys_enter, may have missed up to 40 system calls in all: the kernel skipped their dispatcher that often while a BPF program was already running on its CPU"},
	} {
		if got := dispatchMissedWarning("sys_enter", 355, []int{2}, c.n, c.all); got != c.want {
			t.Errorf("dispatchMissedWarning(%d, %q) =\n%s\nwant\n%s", c.n, c.all, got, c.want)
		}
	}
	if got, want := dispatcherName("sys_exit", 40, []int{3, 4, 5}), "raw_syscalls:sys_exit dispatcher of the 40 syscall tracepoints of lines 3–5"; got != want {
		t.Errorf("dispatcherName = %q, want %q", got, want)
	}
}
