package codegen

import (
	"fmt"
	"math/bits"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// Stacks. kstack and ustack are recorded with bpf_get_stackid into a
// BPF_MAP_TYPE_STACK_TRACE map, one per kind and depth (the map's value
// size sets how many frames the kernel keeps). The value a script stores,
// in an event, a map key or a map value, is one 64-bit word:
//
//	bits  0..31  the stack id, or the helper's negative errno
//	bits 32..62  for ustack, the process id (to read its memory maps and
//	             symbols in user space); 0 for kstack
//	bit  63      set: a stack was asked for (StackRecorded)
//
// Bit 63 tells a stored stack from the zeroes a missing map value or an
// unset tuple element reads as: stack id 0 is a real bucket, so without
// it a stack read from a missing key would print whichever stack bucket
// 0 holds. A word without it prints as an empty stack.
//
// The stack maps are created without BPF_F_REUSE_STACKID: when two
// different stacks hash to the same bucket the second is not recorded and
// its id is -EEXIST, which user space prints as a lost stack. Reusing the
// bucket instead would make every id already stored in a map or event
// silently name the newer stack. The maps are sized so that collisions
// are rare: see stackMapEntries.

// StackRecorded is the bit of a stack word that says a stack was asked
// for (see above).
const StackRecorded = 1 << 63

// stackRecordedHigh is StackRecorded in the word's high 32-bit half.
const stackRecordedHigh = -1 << 31

// bpfFUserStack is BPF_F_USER_STACK: record the user-space stack.
const bpfFUserStack = 1 << 8

// stackMapBudget is the memory, in bytes of frames, that one stack map
// may take; the kernel allocates all of it when the map is created.
const stackMapBudget = 16 << 20

// maxStackMapEntries is the most buckets a stack map gets (bpftrace's
// size for every stack map).
const maxStackMapEntries = 1 << 17

// StackMapName is the name of the stack trace map holding the stacks of
// spec's kind and depth.
func StackMapName(spec lang.StackSpec) string {
	kind := "kstack"
	if spec.User {
		kind = "ustack"
	}
	return fmt.Sprintf("%s%d", kind, spec.Depth)
}

// stackMapEntries is the number of buckets of a stack map of the given
// depth: as many as fit in stackMapBudget, rounded down to a power of two
// (the kernel rounds up), and at most maxStackMapEntries. For 127 frames
// that is 16384 buckets (16 MiB); with n different stacks, about
// n²/(2·buckets) of them collide.
func stackMapEntries(depth int) uint32 {
	n := uint32(stackMapBudget / (8 * max(depth, 1)))
	return min(uint32(1)<<(bits.Len32(n)-1), maxStackMapEntries)
}

// stackMap returns the name of the stack map for spec, adding it to the
// compiled maps the first time.
func (c *compiler) stackMap(spec lang.StackSpec) string {
	spec.Perf = false // the printing mode does not change what is recorded
	name := StackMapName(spec)
	if _, ok := c.stacks[name]; !ok {
		c.stacks[name] = &ebpf.MapSpec{
			Name:       name,
			Type:       ebpf.StackTrace,
			KeySize:    4,
			ValueSize:  uint32(8 * spec.Depth),
			MaxEntries: stackMapEntries(spec.Depth),
		}
	}
	return name
}

// storeStack records the current stack and writes its 64-bit word at dst.
func (g *gen) storeStack(spec lang.StackSpec, dst loc) {
	var flags int32
	if spec.User {
		flags = bpfFUserStack
	}
	g.emit(asm.Mov.Reg(asm.R1, ctxReg))
	g.mapPtr(asm.R2, g.c.stackMap(spec))
	g.emit(asm.Mov.Imm(asm.R3, flags))
	g.call(asm.FnGetStackid)
	// The id (or errno) in the low half.
	g.emit(asm.StoreMem(dst.base, dst.off, asm.R0, asm.Word))
	if !spec.User {
		g.emit(asm.StoreImm(dst.base, dst.off+4, stackRecordedHigh, asm.Word))
		return
	}
	g.call(asm.FnGetCurrentPidTgid)
	g.emit(
		asm.RSh.Imm(asm.R0, 32),
		asm.Or.Imm32(asm.R0, stackRecordedHigh),
		asm.StoreMem(dst.base, dst.off+4, asm.R0, asm.Word),
	)
}
