package codegen

import (
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
