package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// countFull adds one to m's slot of the per-CPU FullMap counter: an update
// that would have added a key to m failed because m holds as many keys as
// it may (the kernel answers -E2BIG) or could not get memory (-ENOMEM).
// User space reads the counter and warns with the map's name, so a full
// map never drops updates silently. Clobbers R0-R5.
func (g *gen) countFull(m *Map) {
	key := loc{asm.RFP, g.allocStack(8, lang.Pos{})}
	skip := g.label()
	g.emit(storeImm64(key.base, key.off, int64(m.Index)))
	g.mapPtr(asm.R1, FullMap)
	g.addr(asm.R2, key)
	g.call(asm.FnMapLookupElem)
	g.emit(
		asm.JEq.Imm(asm.R0, 0, skip),
		asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
		asm.Add.Imm(asm.R1, 1),
		asm.StoreMem(asm.R0, 0, asm.R1, asm.DWord),
	)
	g.place(skip)
}
