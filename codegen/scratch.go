package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// Values too big for the 512-byte BPF stack are built in a per-CPU scratch
// area instead: the one value of ScratchMap, a per-CPU array. A program
// that needs it looks it up once at entry and keeps its address in
// scratchReg for the whole run, so a scratch location is a loc like a
// stack one, with scratchReg as its base and a positive offset. Probes on
// one CPU do not share a value at the same time: tracepoint, kprobe,
// uprobe and perf event programs share the first, as they do not run
// inside one another on a CPU (the kernel's bpf_prog_active turns a
// second away); a tp_btf, fentry or fexit program, which the kernel runs
// inside any other (an interrupt, a softirq on its way out, a timer) and
// any other inside it, has a value of its own (Program.ScratchSlot): its
// variables, which a program with loops keeps there, are not another
// program's to overwrite. The kernel does not run one program inside
// itself on a CPU.

// scratchReg holds the scratch area's address in programs that use it; it
// is then no longer one of the expression registers.
const scratchReg = asm.R9

const (
	// bigValue is the size above which a temporary (a map key or value,
	// a string or tuple being built) goes to the scratch area rather than
	// the stack.
	bigValue = 128
	// stackTemps is how much of the stack temporaries may take before
	// the rest go to the scratch area, leaving room for the small
	// slots (spilled values, helper arguments).
	stackTemps = 384
	// maxScratch is the most scratch memory a program may use: the
	// largest value a per-CPU array holds.
	maxScratch = 32 << 10
)

// allocTemp reserves room for a temporary of size bytes: on the stack if
// it is small and the stack has room, else in the scratch area.
func (g *gen) allocTemp(size int, at lang.Pos) loc {
	size = (size + 7) &^ 7
	if g.allScratch || size > bigValue || g.stack+size > stackTemps {
		return g.allocScratch(size, at)
	}
	return loc{asm.RFP, g.allocStack(size, at)}
}

// allocScratch reserves size bytes (rounded up to 8) of the scratch area.
// The first use in a program compiled without the scratch area marks it,
// and the program is compiled again with it (see compiler.program). The
// predicate's temporaries are dead once it is decided, so the body's
// reuse their room.
func (g *gen) allocScratch(size int, at lang.Pos) loc {
	size = (size + 7) &^ 7
	g.wantScratch = true
	if g.at == noScratch || g.at == scratchAfterPredicate && g.inPredicate {
		// The pass is compiled again with the scratch area looked up
		// (sooner): what it would emit from here is thrown away.
		g.doomed = true
	}
	off := g.scratch
	g.scratch += size
	if g.scratch > maxScratch {
		g.errorf(at, "probe needs more than %d bytes of scratch memory here; use shorter strings or fewer keys", maxScratch)
		g.scratch = 0
		off = 0
		g.overflowed = true
	}
	g.maxScratch = max(g.maxScratch, g.scratch)
	return loc{scratchReg, int16(off)}
}

// scratchPrologue looks up the scratch area and keeps its address in
// scratchReg; the program ends at once if the lookup fails (it cannot for
// an array's key 0, but the verifier wants the check).
func (g *gen) scratchPrologue() {
	mark := g.stack
	g.lookupSlot(ScratchMap, int64(g.prog.ScratchSlot))
	g.emit(
		asm.JEq.Imm(asm.R0, 0, g.exit),
		asm.Mov.Reg(scratchReg, asm.R0),
	)
	g.stack = mark // the key is dead once looked up
}

// scratchSize is the scratch area the programs need: the most any one uses.
func (c *compiler) scratchSize() int {
	n := 0
	for _, p := range c.out.Programs {
		n = max(n, p.Scratch)
	}
	return n
}

// mayInterrupt reports whether a program for target t, attached as at
// says (nil but for functions), may run inside another program on its
// CPU, or another inside it: a Tracing program (tp_btf, fentry, fexit),
// which the kernel keeps only from running inside itself.
func mayInterrupt(t *lang.Target, at *Attach) bool {
	if t.Kind.Info().Context == lang.RawTracepointSlots {
		return true
	}
	return at != nil && (at.Mechanism == Fentry || at.Mechanism == Fexit)
}
