package e2e

import (
	"strings"
	"testing"
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
