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
	g.bumpSlot(FullMap, int64(m.Index)) // one slot per @map
}

// lookupSlot leaves in R0 the address of the value at index in the array
// map name (nil if the lookup fails). Clobbers R1-R5.
func (g *gen) lookupSlot(name string, index int64) {
	key := loc{asm.RFP, g.allocStack(8, lang.Pos{})}
	g.emit(storeImm64(key.base, key.off, index))
	g.mapPtr(asm.R1, name)
	g.addr(asm.R2, key)
	g.call(asm.FnMapLookupElem)
}

// bumpSlot adds one to the counter at index, a slot that always exists, of
// the per-CPU array map name. Clobbers R0-R5.
func (g *gen) bumpSlot(name string, index int64) {
	g.lookupSlot(name, index)
	g.assumeFound()
	g.emit(
		asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
		asm.Add.Imm(asm.R1, 1),
		asm.StoreMem(asm.R0, 0, asm.R1, asm.DWord),
	)
}

// assumeFound follows a lookup in an array map of a key it always holds:
// the verifier still wants R0 checked, and the check ends the program on
// the path that cannot happen. Falling through there and returning at
// once, instead of jumping past the use, spares the verifier a branch
// held for the rest of the probe (see MaxPendingBranches). Only where no
// reference (a ring buffer reservation) is held.
func (g *gen) assumeFound() {
	found := g.label()
	g.emit(asm.JNE.Imm(asm.R0, 0, found), asm.Return()) // R0 is 0 here
	g.place(found)
}
