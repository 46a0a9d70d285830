package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// MaxInstructions is the most instructions the kernel loads in one
// program (BPF_COMPLEXITY_LIMIT_INSNS, for a program loaded with
// CAP_BPF); past it the load fails with E2BIG and no verifier log. A
// program is refused here instead, at the script line that made it so
// big.
const MaxInstructions = 1_000_000

// tooLarge reports whether the program so far is past MaxInstructions.
func (g *gen) tooLarge() bool {
	return len(g.insns) > MaxInstructions
}

// unroll emits body n times, stopping with an error at the unroll when the
// program grows past MaxInstructions (nested unrolls multiply).
func (g *gen) unroll(s *lang.UnrollStmt, n uint64) {
	outer := g.inUnroll
	g.inUnroll = s
	defer func() { g.inUnroll = outer }()
	for i := uint64(0); i < n; i++ {
		g.block(s.Body)
		if g.tooLarge() {
			if !g.large {
				g.errorf(s.Pos, "unroll(%d) makes this probe more than %d instructions, the most the kernel loads: unroll fewer times or nest fewer unrolls", n, MaxInstructions)
			}
			g.large = true
			return
		}
	}
}

// checkSize refuses a program past MaxInstructions at its probe.
func (g *gen) checkSize(probe lang.Pos) {
	if g.tooLarge() && !g.large {
		g.errorf(probe, "the program for %s is %d instructions, more than the %d the kernel loads: split the probe into several", g.target, len(g.insns), MaxInstructions)
	}
}

// MaxPendingBranches is the most branches the kernel's verifier keeps
// waiting while it follows one path (BPF_COMPLEXITY_LIMIT_JMP_SEQ). At a
// conditional jump whose outcome it cannot tell, the verifier saves the
// jump's target for later and goes on with the next instruction, until
// that path returns; one more saved branch and it gives up with "The
// sequence of 8193 jumps is too complex" (and, up to at least 6.18, the
// load fails with EFAULT, which says nothing). Nested unrolls around an if
// reach it with far fewer instructions than MaxInstructions.
const MaxPendingBranches = 8192

// pendingBranches is, for each instruction, the most branches the
// verifier may hold waiting while it follows paths on from there: a
// conditional jump adds one on its fall-through path, whose end releases
// it, and none on the path to its target, which the verifier follows
// after the saved branch is taken back. A branch the verifier can decide
// adds nothing, so this is an upper bound, exact for the branches ntrace
// emits. The program is a DAG of forward jumps.
func pendingBranches(insns asm.Instructions) []int {
	at := make(map[string]int, len(insns)/4)
	for i, in := range insns {
		if sym := in.Symbol(); sym != "" {
			at[sym] = i
		}
	}
	depth := make([]int, len(insns)+1)
	next := func(i int) int { // depth on from instruction i, 0 past the end or backwards
		if i < 0 || i >= len(insns) {
			return 0
		}
		return depth[i]
	}
	for i := len(insns) - 1; i >= 0; i-- {
		in := insns[i]
		op := in.OpCode
		if !op.Class().IsJump() || op.JumpOp() == asm.Call {
			depth[i] = next(i + 1)
			continue
		}
		target := -1
		if t, ok := at[in.Reference()]; ok && t > i {
			target = t
		}
		switch op.JumpOp() {
		case asm.Exit:
			depth[i] = 0
		case asm.Ja:
			depth[i] = next(target)
		default:
			depth[i] = max(1+next(i+1), next(target))
		}
	}
	return depth[:len(insns)]
}

// checkBranches refuses a program whose paths make the verifier hold more
// than MaxPendingBranches branches, at the unroll (or else the statement)
// where the worst path crosses the limit.
func (g *gen) checkBranches(probe lang.Pos) {
	if g.large || len(g.insns) == 0 {
		return
	}
	depth := pendingBranches(g.insns)
	if depth[0] <= MaxPendingBranches {
		return
	}
	at := make(map[string]int, len(g.insns)/4)
	for i, in := range g.insns {
		if sym := in.Symbol(); sym != "" {
			at[sym] = i
		}
	}
	// Follow the worst path to the branch that crosses the limit.
	held, i := 0, 0
	for i < len(g.insns) {
		in := g.insns[i]
		op := in.OpCode
		if !op.Class().IsJump() || op.JumpOp() == asm.Call {
			i++
			continue
		}
		target := at[in.Reference()]
		if op.JumpOp() == asm.Ja {
			i = target
			continue
		}
		if i+1 < len(g.insns) && 1+depth[i+1] >= depth[target] {
			held++
			if held > MaxPendingBranches {
				break
			}
			i++
		} else {
			i = target
		}
	}
	src, _ := g.insns[min(i, len(g.insns)-1)].Source().(*Source)
	switch {
	case src != nil && src.Unroll != nil:
		n := g.c.info.Consts[src.Unroll.Count].Int
		g.errorf(src.Unroll.Pos, "unroll(%d) makes this probe take more than %d branches in a row, the most the kernel's verifier follows: unroll fewer times or nest fewer unrolls", n, MaxPendingBranches)
	case src != nil:
		g.errorf(src.Pos, "the program for %s takes more than %d branches in a row by here, the most the kernel's verifier follows: split the probe into several", g.target, MaxPendingBranches)
	default:
		g.errorf(probe, "the program for %s takes more than %d branches in a row, the most the kernel's verifier follows: split the probe into several", g.target, MaxPendingBranches)
	}
}
