package codegen

import (
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// ChoiceMap holds, for each of the script's either statements, the number
// of the alternative the runtime chose (1 for the first), 0 until it has
// chosen: one 64-bit word each, in the single element of an array map.
// A probe of an alternative starts by comparing its word with its own
// number and does nothing unless they match, so an alternative whose
// probes were attached only in part, then detached, counted nothing, and
// two alternatives never count at once.
const ChoiceMap = "choice"

// choiceWord is the offset of an either's word in ChoiceMap's value.
func choiceWord(ch *lang.Choice) uint32 { return uint32(8 * ch.Index) }

// choiceGate emits the test that ends the program unless alt is the
// chosen alternative of its either: a direct load from the map's value,
// with no helper call.
func (g *gen) choiceGate(alt *lang.Alternative) {
	g.emit(
		g.referring(asm.LoadMapValue(asm.R0, 0, choiceWord(alt.Choice)), ChoiceMap),
		asm.LoadMem(asm.R0, asm.R0, 0, asm.DWord),
		asm.JNE.Imm(asm.R0, int32(alt.Index+1), g.exit),
	)
}

// choiceMapSpec is ChoiceMap for a script with n either statements.
func choiceMapSpec(n int) *ebpf.MapSpec {
	return &ebpf.MapSpec{Name: ChoiceMap, Type: ebpf.Array, KeySize: 4, ValueSize: uint32(8 * n), MaxEntries: 1}
}

// ChoiceValue is ChoiceMap's value once the runtime has chosen: chosen[i]
// is the number of the alternative chosen for either i, 0 for none yet.
func ChoiceValue(chosen []int) []byte {
	b := make([]byte, 8*len(chosen))
	for i, n := range chosen {
		for k := 0; k < 8; k++ {
			b[8*i+k] = byte(uint64(n) >> (8 * k))
		}
	}
	return b
}

// AlternativePrograms returns the programs of one alternative that attach,
// which Collection leaves out: the runtime loads them when it tries that
// alternative, so that one the kernel refuses costs the others nothing.
// An END of an alternative is in Collection, with the others, and like
// every probe of an alternative does nothing unless its own was chosen.
func (o *Output) AlternativePrograms(a *lang.Alternative) []*Program {
	var ps []*Program
	for _, p := range o.Programs {
		if p.Probe.Probe.Alt == a && p.Target.Kind != lang.EndProbe {
			ps = append(ps, p)
		}
	}
	return ps
}
