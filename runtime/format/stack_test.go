package format

import (
	"encoding/json"
	"strings"
	"testing"
)

// syscallStack is the kernel stack bpftrace 0.17 printed on this host for
// tracepoint:syscalls:sys_enter_getppid, first three frames.
func syscallStack(perf bool) Value {
	return Value{Kind: Stack, U: 7, Perf: perf, Frames: []Frame{
		{Addr: 0xffffffff814c254b, Text: "perf_syscall_enter+475"},
		{Addr: 0xffffffff81423c90, Text: "syscall_trace_enter+384"},
		{Addr: 0xffffffff82259e4a, Text: "do_syscall_64+506"},
	}}
}

// The expected texts are what bpftrace 0.17 printed for the same scripts
// (@[kstack(3)], @p[kstack(perf, 3)], @t[kstack(2), 5], @v = kstack(2),
// print((kstack(2), 3)), printf("X%sY\n", kstack(2))).
func TestStackText(t *testing.T) {
	two := syscallStack(false)
	two.Frames = two.Frames[:2]
	m := set(newMap("@", Count), K(syscallStack(false)), U(3))
	p := set(newMap("@p", Count), K(syscallStack(true)), U(3))
	tk := set(newMap("@t", Count), K(two, I(5)), U(3))
	v := set(newMap("@v", Plain), nil, two)
	tests := []struct{ name, got, want string }{
		{"key", mapText(m), "@[\n    perf_syscall_enter+475\n    syscall_trace_enter+384\n    do_syscall_64+506\n]: 3\n"},
		{"perf key", mapText(p), "@p[\n\tffffffff814c254b perf_syscall_enter+475\n\tffffffff81423c90 syscall_trace_enter+384\n\tffffffff82259e4a do_syscall_64+506\n]: 3\n"},
		{"tuple key", mapText(tk), "@t[\n    perf_syscall_enter+475\n    syscall_trace_enter+384\n, 5]: 3\n"},
		{"value", mapText(v), "@v: \n        perf_syscall_enter+475\n        syscall_trace_enter+384\n\n"},
		{"print tuple", FormatValue(T(two, I(3))), "(\n        perf_syscall_enter+475\n        syscall_trace_enter+384\n, 3)"},
		{"printf", Sprintf([]Piece{{Text: "X", Verb: &Verb{Conv: 's', Width: -1, Precision: -1}}, {Text: "Y\n"}}, []Value{two}), "X\n        perf_syscall_enter+475\n        syscall_trace_enter+384\nY\n"},
		// No user stack (a kernel thread): nothing, as bpftrace prints.
		{"empty", mapText(set(newMap("@", Count), K(Value{Kind: Stack}), U(1))), "@[]: 1\n"},
		{"lost", FormatValue(Value{Kind: Stack, S: "[stack lost: hash collision in the stack map]"}), "\n        [stack lost: hash collision in the stack map]\n"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s:\n%q\nwant\n%q", tt.name, tt.got, tt.want)
		}
	}
}

func mapText(m *Map) string {
	var b strings.Builder
	WriteMap(&b, m, 0, 0)
	return b.String()
}

// In JSON a stack value is an array of frames; a stack in a key stays
// bpftrace's text (object keys are strings).
func TestStackJSON(t *testing.T) {
	var b strings.Builder
	WriteValueJSON(&b, T(syscallStack(false), I(1)))
	WriteValueJSON(&b, syscallStack(true))
	WriteMapJSON(&b, set(newMap("@", Count), K(syscallStack(false)), U(3)))
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	want := []string{
		`{"type": "value", "data": [["perf_syscall_enter+475","syscall_trace_enter+384","do_syscall_64+506"],1]}`,
		`{"type": "value", "data": ["ffffffff814c254b perf_syscall_enter+475","ffffffff81423c90 syscall_trace_enter+384","ffffffff82259e4a do_syscall_64+506"]}`,
		`{"type": "map", "data": {"@": {"\n    perf_syscall_enter+475\n    syscall_trace_enter+384\n    do_syscall_64+506\n": 3}}}`,
	}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), b.String())
	}
	for i, l := range lines {
		if l != want[i] {
			t.Errorf("line %d:\n%s\nwant\n%s", i, l, want[i])
		}
		var v any
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Errorf("line %d is not JSON: %v", i, err)
		}
	}
}

// Equal counts order by the stored word, so the output is stable.
func TestStackKeyOrder(t *testing.T) {
	a, b := syscallStack(false), syscallStack(false)
	a.U, b.U = 9, 2
	b.Frames = b.Frames[:1]
	m := set(set(newMap("@", Count), K(a), U(1)), K(b), U(1))
	got := mapText(m)
	if !strings.HasPrefix(got, "@[\n    perf_syscall_enter+475\n]: 1\n") {
		t.Errorf("the stack stored as 2 should come first:\n%s", got)
	}
}
