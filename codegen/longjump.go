package codegen

import (
	"fmt"
	"slices"

	"github.com/cilium/ebpf/asm"
)

// jumpReach is the farthest a jump reaches: its offset is 16 bits, in
// 8-byte instruction slots (a 64-bit immediate load takes two). cilium
// truncates a longer offset without a word, so a jump past it lands
// somewhere else; the layout below keeps every jump within reach.
const jumpReach = 1<<15 - 1

// Islands of far jumps are laid every islandSpacing slots; a jump longer
// than farJump goes through them.
const (
	islandSpacing = 8192
	farJump       = 2 * islandSpacing
)

// slots returns each instruction's offset in slots, and the total.
func slots(insns asm.Instructions) ([]int, int) {
	off := make([]int, len(insns))
	n := 0
	for i, in := range insns {
		off[i] = n
		n += int(in.Size() / asm.InstructionSize)
	}
	return off, n
}

// isJump says whether in jumps to a label (not a call, not exit).
func isJump(in asm.Instruction) bool {
	op := in.OpCode
	return op.Class().IsJump() && op.JumpOp() != asm.Call && op.JumpOp() != asm.Exit
}

// layOutFarJumps makes every jump of a program longer than jumpReach
// reachable: a jump longer than farJump is sent to the next island, a
// block of unconditional jumps that the code around steps over, and from
// island to island to its target. It reports a jump still out of reach.
func (g *gen) layOutFarJumps() error {
	if 2*len(g.insns) <= farJump {
		// No jump can be far: an instruction takes one slot or two.
		return nil
	}
	at := g.labels()
	off, _ := slots(g.insns)
	far := false
	for i, in := range g.insns {
		if isJump(in) && off[at.at(in.Reference())]-off[i]-1 > farJump {
			far = true
			break
		}
	}
	if !far {
		return g.checkReach()
	}
	// Island k goes before instruction points[k].
	var points []int
	last := 0
	for i := range g.insns {
		if off[i]-last >= islandSpacing {
			points = append(points, i)
			last = off[i]
		}
	}
	// The targets each island must relay: those of far jumps across it.
	relay := make([][]string, len(points))
	for i, in := range g.insns {
		if !isJump(in) {
			continue
		}
		t := at.at(in.Reference())
		if off[t]-off[i]-1 <= farJump {
			continue
		}
		for k, p := range points {
			if p > i && p <= t && !slices.Contains(relay[k], in.Reference()) {
				relay[k] = append(relay[k], in.Reference())
			}
		}
	}
	entry := func(k int, target string) string { return fmt.Sprintf("far%d.%s", k, target) }
	// next returns where a jump from before island k to target goes:
	// the first island that relays target, else the target itself.
	next := func(k int, target string) string {
		for ; k < len(points); k++ {
			if slices.Contains(relay[k], target) {
				return entry(k, target)
			}
		}
		return target
	}
	out := make(asm.Instructions, 0, len(g.insns)+len(points)*4)
	k := 0
	for i, in := range g.insns {
		if k < len(points) && i == points[k] {
			if len(relay[k]) > 0 {
				src := in.Source()
				// Step over the island, unless nothing falls into it
				// (the verifier refuses an unreachable instruction).
				if prev := out[len(out)-1].OpCode; !prev.Class().IsJump() || (prev.JumpOp() != asm.Exit && prev.JumpOp() != asm.Ja) {
					past := in.Symbol()
					if past == "" {
						past = fmt.Sprintf("far%d", k)
						in = in.WithSymbol(past)
					}
					out = append(out, asm.Ja.Label(past).WithSource(src))
				}
				for _, target := range relay[k] {
					out = append(out, asm.Ja.Label(next(k+1, target)).WithSymbol(entry(k, target)).WithSource(src))
				}
			}
			k++
		}
		if isJump(in) && off[at.at(in.Reference())]-off[i]-1 > farJump {
			in = in.WithReference(next(k, in.Reference()))
		}
		out = append(out, in)
	}
	g.insns = out
	g.labelsMoved()
	return g.checkReach()
}

// checkReach reports a jump that does not reach its target.
func (g *gen) checkReach() error {
	at := g.labels()
	off, _ := slots(g.insns)
	for i, in := range g.insns {
		if !isJump(in) {
			continue
		}
		if d := off[at.at(in.Reference())] - off[i] - 1; d > jumpReach || d < -jumpReach-1 {
			return fmt.Errorf("a jump over %d instructions, more than the %d a BPF jump reaches", d, jumpReach)
		}
	}
	return nil
}
