package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// ptRegsOffsets are where x86-64's struct pt_regs keeps each register, as
// a uprobe's (and a perf event's) context holds them.
var ptRegsOffsets = map[lang.Reg]int16{
	lang.RegR15: 0, lang.RegR14: 8, lang.RegR13: 16, lang.RegR12: 24,
	lang.RegBP: 32, lang.RegBX: 40, lang.RegR11: 48, lang.RegR10: 56,
	lang.RegR9: 64, lang.RegR8: 72, lang.RegAX: 80, lang.RegCX: 88,
	lang.RegDX: 96, lang.RegSI: 104, lang.RegDI: 112, lang.RegIP: 128,
	lang.RegSP: 152,
}

// readArgLoc loads a usdt argument from where its probe site put it: a
// constant, a register (or a byte of one), or memory at a register plus
// an offset or at an address of the binary, which moves with where the
// binary is loaded: the probe's own address in the process (ip, as a
// uprobe sees it) less its address in the binary as linked says by how
// much.
func (g *gen) readArgLoc(a lang.ArgLoc) *val {
	size, signed := a.Type.Size, a.Type.Signed
	switch a.Kind {
	case lang.ArgConst:
		v := uint64(a.Value)
		if size < 8 {
			v &= 1<<(8*size) - 1
			if signed && v&(1<<(8*size-1)) != 0 {
				v |= ^uint64(0) << (8 * size)
			}
		}
		return g.constVal(v)
	case lang.ArgReg:
		v := g.newVal()
		r := g.load(v, asm.R0)
		g.emit(asm.LoadMem(r, ctxReg, ptRegsOffsets[a.Reg], asm.DWord))
		if a.Shift > 0 {
			g.emit(asm.RSh.Imm(r, int32(8*a.Shift)))
		}
		g.normalize(r, size, signed)
		g.set(v, r)
		return v
	}
	// In memory: its address in R3, then read from the process.
	if a.Kind == lang.ArgMem {
		g.emit(asm.LoadMem(asm.R3, ctxReg, ptRegsOffsets[a.Reg], asm.DWord))
		g.addImm64(asm.R3, a.Offset)
	} else {
		g.emit(asm.LoadMem(asm.R3, ctxReg, ptRegsOffsets[lang.RegIP], asm.DWord))
		g.addImm64(asm.R3, a.Offset-int64(g.target.Addr))
	}
	tmp := loc{asm.RFP, g.allocStack(8, lang.Pos{})}
	g.emit(storeImm64(tmp.base, tmp.off, 0))
	g.addr(asm.R1, tmp)
	g.emit(asm.Mov.Imm(asm.R2, int32(size)))
	g.call(asm.FnProbeReadUser)
	v := g.newVal()
	r := g.load(v, asm.R0)
	g.emit(asm.LoadMem(r, tmp.base, tmp.off, asm.DWord))
	g.normalize(r, size, signed)
	g.set(v, r)
	return v
}

// addImm64 adds a 64-bit constant to r, through R0 when it does not fit
// an instruction's 32 bits.
func (g *gen) addImm64(r asm.Register, n int64) {
	switch {
	case n == 0:
	case n >= -1<<31 && n < 1<<31:
		g.emit(asm.Add.Imm(r, int32(n)))
	default:
		g.emit(asm.LoadImm(asm.R0, n, asm.DWord), asm.Add.Reg(r, asm.R0))
	}
}
