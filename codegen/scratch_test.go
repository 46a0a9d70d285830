package codegen_test

import (
	"testing"

	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/codegen"
)

// scratchKey is the key a program looks the scratch area up with: the
// constant stored on the stack just before the map's address is loaded.
func scratchKey(t *testing.T, p *codegen.Program) int64 {
	t.Helper()
	insns := p.Spec.Instructions
	for i, ins := range insns {
		if ins.Reference() != codegen.ScratchMap || !ins.IsLoadFromMap() {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if k := insns[j]; k.OpCode.Class() == asm.StClass && k.Dst == asm.RFP {
				return k.Constant
			}
		}
	}
	t.Fatalf("%s does not look the scratch area up", p.Target)
	return -1
}

// Programs the kernel may run inside one another on a CPU (tp_btf, fentry)
// each look up a scratch value of their own, so that one interrupting
// another does not overwrite its variables (loops keep them there); the
// others, which the kernel never nests, share the first. The map has a
// value for each.
func TestScratchSlotPerNestingProgram(t *testing.T) {
	loop := `{ $n = 0; for ($i : 0..4) { $n += $i; } @[probe] = sum($n); }`
	src := "rawtracepoint:sk_data_ready " + loop + "\n" +
		"rawtracepoint:sock_recv_length " + loop + "\n" +
		"kprobe:tcp_sendmsg " + loop + "\n" +
		"tracepoint:syscalls:sys_enter_getppid " + loop + "\n" +
		"interval:s:1 " + loop + "\n"
	out, errs := compileWith(t, src, everything)
	if errs != "" {
		t.Fatal(errs)
	}
	want := map[string]bool{ // target: a slot of its own
		"rawtracepoint:sk_data_ready":           true,
		"rawtracepoint:sock_recv_length":        true,
		"kprobe:tcp_sendmsg":                    true, // as fentry
		"tracepoint:syscalls:sys_enter_getppid": false,
		"interval:s:1":                          false,
	}
	own := map[int64]string{}
	for _, p := range out.Programs {
		mine, ok := want[p.Target.String()]
		if !ok {
			t.Fatalf("unexpected program %s", p.Target)
		}
		key := scratchKey(t, p)
		if key != int64(p.ScratchSlot) {
			t.Errorf("%s looks up scratch value %d, its slot is %d", p.Target, key, p.ScratchSlot)
		}
		switch {
		case !mine && key != 0:
			t.Errorf("%s uses scratch value %d, want the shared 0", p.Target, key)
		case mine && key == 0:
			t.Errorf("%s shares scratch value 0", p.Target)
		case mine && own[key] != "":
			t.Errorf("%s and %s share scratch value %d", p.Target, own[key], key)
		case mine:
			own[key] = p.Target.String()
		}
		if fb := p.Attach; fb != nil && fb.Fallback != nil {
			if k := scratchKey(t, &codegen.Program{Target: p.Target, Spec: fb.Fallback}); k != 0 {
				t.Errorf("%s's kprobe build uses scratch value %d, want the shared 0", p.Target, k)
			}
		}
	}
	if got := out.Collection.Maps[codegen.ScratchMap].MaxEntries; got != uint32(1+len(own)) {
		t.Errorf("the scratch map has %d values, want %d", got, 1+len(own))
	}
}
