package codegen

import "github.com/cilium/ebpf/asm"

// dropContextCopy removes the copy of the context into ctxReg that every
// program starts with when no instruction reads the copy after R1, where
// the program gets the context, may have changed: a script that only
// counts never looks at its probe's arguments, and one that reads them
// only as it starts (kstack's get_stackid, a predicate on an argument
// before any call) reads them from R1. Those reads are rewritten to R1
// (a copy of R1 into R1 goes). The first instruction's symbol, if any,
// moves to the next.
func (g *gen) dropContextCopy() {
	if len(g.insns) < 2 {
		return
	}
	first := g.insns[0]
	if first.OpCode != asm.Mov.Op(asm.RegSource) || first.Dst != ctxReg || first.Src != asm.R1 {
		return
	}
	// R1 holds the context in insns[1:end]: straight code from the entry,
	// which no jump lands in, up to and including the first instruction
	// that may change R1.
	end := 1
	for end < len(g.insns) {
		in := g.insns[end]
		if in.Symbol() != "" || isCallOrExit(in) || in.OpCode.Mode() == asm.AtomicMode {
			break
		}
		end++
		if writesReg(in, asm.R1) {
			break
		}
	}
	for _, in := range g.insns[end:] {
		if in.Dst == ctxReg || in.Src == ctxReg {
			return
		}
	}
	kept := asm.Instructions{}
	for _, in := range g.insns[1:end] {
		if in.Dst == ctxReg || (in.Src == ctxReg && !readsSrcReg(in)) {
			return // a write of ctxReg, or a field that is no register
		}
		if in.Src == ctxReg {
			in.Src = asm.R1
		}
		if in.OpCode == asm.Mov.Op(asm.RegSource) && in.Dst == in.Src && in.Symbol() == "" {
			continue // R1 = R1
		}
		kept = append(kept, in)
	}
	kept = append(kept, g.insns[end:]...)
	if sym := first.Symbol(); sym != "" {
		if kept[0].Symbol() != "" {
			return // both named: keep them apart
		}
		kept[0] = kept[0].WithSymbol(sym)
	}
	g.insns = kept
}

// isCallOrExit reports whether in calls a function or returns.
func isCallOrExit(in asm.Instruction) bool {
	op := in.OpCode
	return op.Class().IsJump() && (op.JumpOp() == asm.Call || op.JumpOp() == asm.Exit)
}

// writesReg reports whether in sets register r: an ALU operation or a
// load into it.
func writesReg(in asm.Instruction, r asm.Register) bool {
	c := in.OpCode.Class()
	return (c.IsALU() || c.IsLoad()) && in.Dst == r
}

// readsSrcReg reports whether in's source field names a register it
// reads: a register-source ALU operation or jump, or a memory load or
// store (not a 64-bit immediate load, where the field says what the
// immediate is).
func readsSrcReg(in asm.Instruction) bool {
	op := in.OpCode
	switch c := op.Class(); {
	case c.IsALU():
		return op.Source() == asm.RegSource
	case c.IsJump():
		return !isCallOrExit(in) && op.JumpOp() != asm.Ja && op.Source() == asm.RegSource
	case c == asm.LdXClass || c == asm.StXClass:
		return true
	}
	return false
}
