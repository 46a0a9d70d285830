package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// DropCause says why the kernel refused to add a key to a map. Each @map
// has DropSlots 64-bit words in FullMap's one value from
// Map.Index*DropSlots: a counter per cause, so that user space reports
// what actually happened instead of calling every refusal "full", then
// DropErrno.
type DropCause int

// The causes a map update is refused for, from the error the kernel's
// map_update_elem returned.
const (
	DropFull     DropCause = iota // -E2BIG: the map holds --map-size keys
	DropNoMemory                  // -ENOMEM: no memory for a new element
	DropBusy                      // -EBUSY: the map was being updated on this CPU already
	DropOther                     // any other error
	NumDropCauses
	// DropErrno is not a cause: its word holds the errno of the last
	// update refused for another reason (DropOther), to name it.
	DropErrno = NumDropCauses
	DropSlots = NumDropCauses + 1
)

// Errors of map_update_elem, as the negative values it returns. They are
// compared as 32-bit values: before 6.4 the maps' update functions return
// an int, which reaches R0 with its upper half zero.
const (
	errE2BIG  = -7
	errENOMEM = -12
	errEBUSY  = -16
)

// countDropped adds one to m's FullMap counter for the cause the error in
// R0 names: an update that would have added a key to m failed. User
// space reads the counters and warns with the map's name and the cause,
// so no update is ever dropped silently. The code ends by falling
// through or jumping to done, which the caller places.
//
// FullMap is one array value shared by the CPUs that the program
// addresses directly (no lookup, no null check) and adds to atomically:
// a refused update costs the kernel a locked bucket already, and the
// code stays a few instructions at every update that can be refused
// (an update is on the path of every event that meets a new key).
// Clobbers R0-R2.
func (g *gen) countDropped(m *Map, done string) {
	base := uint32(m.Index) * uint32(DropSlots) * 8
	g.emit(
		asm.LoadMapValue(asm.R1, 0, base).WithReference(FullMap),
		asm.Mov.Imm(asm.R2, 1),
	)
	causes := []struct {
		errno int32
		cause DropCause
	}{{errE2BIG, DropFull}, {errENOMEM, DropNoMemory}, {errEBUSY, DropBusy}}
	for _, c := range causes {
		next := g.label()
		g.emit(
			asm.JNE.Imm32(asm.R0, c.errno, next),
			asm.AddAtomic.Mem(asm.R1, asm.R2, asm.DWord, slotOff(c.cause)),
			asm.Ja.Label(done),
		)
		g.place(next)
	}
	g.emit(
		asm.AddAtomic.Mem(asm.R1, asm.R2, asm.DWord, slotOff(DropOther)),
		asm.Neg.Imm32(asm.R0, 0), // the errno, zero-extended
		asm.StoreMem(asm.R1, slotOff(DropErrno), asm.R0, asm.DWord),
	)
}

// slotOff is the offset of a cause's word from a map's first in FullMap.
func slotOff(c DropCause) int16 { return int16(c) * 8 }

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
