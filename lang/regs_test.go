package lang

import (
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/ntrace/ntrace/internal/btftest"
)

// reg()'s offsets are those of the kernels' own struct pt_regs, members
// in anonymous unions (cs and ss since FRED) included.
func TestRegOffsetsMatchKernelPtRegs(t *testing.T) {
	for _, kernel := range btftest.Kernels() {
		var regs *btf.Struct
		if err := btftest.Load(t, kernel).TypeByName("pt_regs", &regs); err != nil {
			t.Fatalf("%s: %v", kernel, err)
		}
		for _, name := range ptRegs {
			want, ok := memberOffset(regs.Members, name, 0)
			if !ok {
				t.Errorf("%s: pt_regs has no member %s", kernel, name)
				continue
			}
			if got, ok := RegOffset(name); !ok || got != want {
				t.Errorf("%s: RegOffset(%s) = %d %v, want %d", kernel, name, got, ok, want)
			}
		}
	}
	if _, ok := RegOffset("pc"); ok {
		t.Error(`RegOffset("pc"): x86-64 has no such register name`)
	}
}

// memberOffset finds name among members and the members of their
// anonymous structs and unions, in bytes from the start of the outermost.
func memberOffset(members []btf.Member, name string, base int) (int, bool) {
	for _, m := range members {
		off := base + int(m.Offset.Bytes())
		if m.Name == name {
			return off, true
		}
		if m.Name != "" {
			continue
		}
		switch t := btf.UnderlyingType(m.Type).(type) {
		case *btf.Struct:
			if o, ok := memberOffset(t.Members, name, off); ok {
				return o, true
			}
		case *btf.Union:
			if o, ok := memberOffset(t.Members, name, off); ok {
				return o, true
			}
		}
	}
	return 0, false
}
