//go:build amd64

package runtime

import (
	"testing"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

// The syscall tracepoints are numbered as x86-64's table numbers their
// system calls, under the name the tracepoints use: the six whose entry
// point is named otherwise by that name only (a sys_enter_stat, were a
// kernel to have one, would be old stat, not number 4); no two names
// share a number.
func TestSyscallNumbers(t *testing.T) {
	for name, want := range map[string]int{
		"read": 0, "newstat": 4, "newfstat": 5, "newlstat": 6, "sendfile64": 40,
		"newuname": 63, "umount": 166, "newfstatat": 262, "getsid": 124, "dup": 32, "writev": 20,
	} {
		if got, ok := syscallNumber(name); !ok || got != want {
			t.Errorf("%s: %d %v, want %d", name, got, ok, want)
		}
	}
	for _, name := range []string{"stat", "fstat", "lstat", "uname", "sendfile", "umount2"} {
		if nr, ok := syscallNumber(name); ok {
			t.Errorf("%s numbered %d: its tracepoint is named otherwise", name, nr)
		}
	}
	seen := map[int]string{}
	for i, e := range syscallTable {
		if other, ok := seen[e.nr]; ok {
			t.Errorf("%s and %s both numbered %d", e.name, other, e.nr)
		}
		seen[e.nr] = e.name
		if i > 0 && syscallTable[i-1].name >= e.name {
			t.Errorf("syscallTable: %s after %s: not sorted by name, which syscallNumber's binary search needs", e.name, syscallTable[i-1].name)
		}
		if nr, ok := syscallNumber(e.name); !ok || nr != e.nr {
			t.Errorf("syscallNumber(%s) = %d %v, want %d", e.name, nr, ok, e.nr)
		}
	}
}

// A probe runs from a dispatcher when it is on a syscalls tracepoint whose
// number is known, outside any either.
func TestSyscallDirection(t *testing.T) {
	prog := func(kind lang.ProbeKind, group, name string, alt *lang.Alternative) *codegen.Program {
		return &codegen.Program{
			Target: &lang.Target{Kind: kind, Group: group, Name: name},
			Probe:  &lang.ProbeInfo{Probe: &lang.Probe{Alt: alt}},
		}
	}
	for _, tc := range []struct {
		p      *codegen.Program
		dir    string
		nr     int
		usable bool
	}{
		{prog(lang.TracepointProbe, "syscalls", "sys_enter_read", nil), "sys_enter", 0, true},
		{prog(lang.TracepointProbe, "syscalls", "sys_exit_newstat", nil), "sys_exit", 4, true},
		{prog(lang.TracepointProbe, "syscalls", "sys_enter_no_such_call", nil), "sys_enter", 0, false},
		{prog(lang.TracepointProbe, "raw_syscalls", "sys_enter", nil), "", 0, false},
		{prog(lang.TracepointProbe, "syscalls", "sys_enter_read", &lang.Alternative{}), "", 0, false},
		{prog(lang.RawTracepointProbe, "", "sys_enter", nil), "", 0, false},
	} {
		dir, nr, ok := syscallDirection(tc.p)
		if ok != tc.usable || (ok && (dir != tc.dir || nr != tc.nr)) {
			t.Errorf("%s:%s: %q %d %v, want %q %d %v", tc.p.Target.Group, tc.p.Target.Name, dir, nr, ok, tc.dir, tc.nr, tc.usable)
		}
	}
}
