package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// MaxPendingBranches is the most branches the kernel's verifier keeps
// waiting while it follows one path (BPF_COMPLEXITY_LIMIT_JMP_SEQ). At a
// conditional jump whose outcome it cannot tell, the verifier saves the
// jump's target for later and goes on with the next instruction until
// that path returns or meets a state it has already checked; one more
// saved branch and it gives up with "The sequence of 8193 jumps is too
// complex" (up to at least 6.18 the load then fails with a bare EFAULT).
// Nested unrolls around an if reach it with far fewer instructions than
// MaxInstructions.
const MaxPendingBranches = 8192

// pendingBranches follows insns the way the verifier does, depth first,
// falling through at a conditional jump and saving its target, and
// returns the most branches saved at once and the first jump that saved
// more than limit (-1 if none). It assumes that a path reaching an instruction already checked
// stops there, as the verifier's state pruning does for the code ntrace
// emits, and that the verifier cannot decide any branch. The program is a
// DAG of forward jumps. index indexes insns' labels.
func pendingBranches(insns asm.Instructions, index labelIndex, entry, limit int) (most, at int) {
	at = -1
	visited := make([]bool, len(insns))
	var saved []int
	for i := entry; ; {
		if i < 0 || i >= len(insns) || visited[i] {
			// The path ends: take back the latest saved branch.
			if len(saved) == 0 {
				return most, at
			}
			i, saved = saved[len(saved)-1], saved[:len(saved)-1]
			continue
		}
		visited[i] = true
		in := insns[i]
		op := in.OpCode
		if !op.Class().IsJump() || op.JumpOp() == asm.Call {
			i++
			continue
		}
		target, ok := index.lookup(in.Reference())
		if !ok {
			target = -1
		}
		switch op.JumpOp() {
		case asm.Exit:
			i = -1
		case asm.Ja:
			i = target
		default:
			saved = append(saved, target)
			most = max(most, len(saved))
			if len(saved) > limit && at < 0 {
				at = i
			}
			i++
		}
	}
}

// checkBranches refuses a program that would make the verifier hold more
// than MaxPendingBranches branches, at the innermost unroll around the
// branch that crosses the limit, or else at its statement.
func (g *gen) checkBranches(probe lang.Pos) {
	if g.large || len(g.insns) <= MaxPendingBranches {
		// Each conditional jump saves a branch at most once.
		return
	}
	labels := g.labels()
	at := -1
	for _, entry := range g.entries(labels) {
		if _, at = pendingBranches(g.insns, labels, entry, MaxPendingBranches); at >= 0 {
			break
		}
	}
	if at < 0 {
		return
	}
	switch src, _ := g.insns[at].Source().(*Source); {
	case src != nil && src.Unroll != nil:
		n := g.c.info.Consts[src.Unroll.Count].Int
		g.errorf(src.Unroll.Pos, "unroll(%d) makes this probe hold more than %d branches in a row, the most the kernel's verifier follows: unroll fewer times or nest fewer unrolls", n, MaxPendingBranches)
	case src != nil:
		g.errorf(src.Pos, "the program for %s holds more than %d branches in a row by here, the most the kernel's verifier follows: split the probe into several", g.target, MaxPendingBranches)
	default:
		g.errorf(probe, "the program for %s holds more than %d branches in a row, the most the kernel's verifier follows: split the probe into several", g.target, MaxPendingBranches)
	}
}
