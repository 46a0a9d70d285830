package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// DropCause says why the kernel refused to add a key to a map, as user
// space reports it: DropCauseOf names the cause of an errno.
type DropCause int

// The causes a map update is refused for, from the error the kernel's
// map_update_elem returned.
const (
	DropFull     DropCause = iota // -E2BIG: the map holds --map-size keys
	DropNoMemory                  // -ENOMEM: no memory for a new element
	DropBusy                      // -EBUSY: the map was being updated on this CPU already
	DropOther                     // any other error
	NumDropCauses
)

// DropSlots is how many 64-bit words each @map has in FullMap's one
// value, from Map.Index*DropSlots: word e counts the updates the kernel
// refused with errno e, so that user space reports what actually
// happened, the errno named, instead of calling every refusal "full".
// The last word counts those refused with an errno of DropSlots-1 or
// above (map updates return none such today).
const DropSlots = 128

// Errnos of map_update_elem's refusals that have a cause of their own.
// (Numbers, not the unix package's constants: codegen compiles for
// Linux on any machine.)
const (
	errnoE2BIG  = 7
	errnoENOMEM = 12
	errnoEBUSY  = 16
)

// DropCauseOf is the cause of a refusal with errno e, a FullMap word.
func DropCauseOf(errno int) DropCause {
	switch errno {
	case errnoE2BIG:
		return DropFull
	case errnoENOMEM:
		return DropNoMemory
	case errnoEBUSY:
		return DropBusy
	}
	return DropOther
}

// countDropped adds one to m's FullMap word for the error that the low
// half of r holds, the negative errno a map update returned (its upper
// half is whatever it is: before 6.4 the maps' update functions return
// an int, which reaches R0 with its upper half zero). An update that
// would have added a key to m failed; user space reads the words and
// warns with the map's name and the cause, so no update is ever dropped
// silently.
//
// The errno indexes the word, so the code is as short for every cause
// as for one, which matters for it is at every update that can be
// refused. FullMap is one array value shared by the CPUs that the
// program addresses directly (no lookup, no null check) and adds to
// atomically: a refused update costs the kernel a locked bucket
// already. Clobbers r, R1 and R2.
func (g *gen) countDropped(m *Map, r asm.Register) {
	base := uint32(m.Index) * uint32(DropSlots) * 8
	inRange := g.label()
	g.emit(
		asm.Neg.Imm32(r, 0), // the errno, zero-extended
		asm.JLT.Imm(r, DropSlots, inRange),
		asm.Mov.Imm(r, DropSlots-1),
	)
	g.place(inRange)
	g.emit(
		asm.LSh.Imm(r, 3),
		g.referring(asm.LoadMapValue(asm.R1, 0, base), FullMap),
		asm.Add.Reg(asm.R1, r),
		asm.Mov.Imm(asm.R2, 1),
		asm.AddAtomic.Mem(asm.R1, asm.R2, asm.DWord, 0),
	)
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
	g.bump()
}

// bump adds one to the 64-bit counter R0 points at.
func (g *gen) bump() {
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
