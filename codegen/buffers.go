package codegen

import "github.com/cilium/ebpf/asm"

// Instructions are emitted into buffers that the compiler hands from one
// pass, program and callback to the next; a program keeps a copy of just
// its instructions (compiler.program). Emitting each into a fresh slice
// grown by doubling made two fifths of what compiling allocated.

// insnBuffers is a stack of spare emission buffers.
type insnBuffers []asm.Instructions

// take returns the largest spare buffer, emptied, or nil if there is
// none: a program's own code, taken first, is longer than its callbacks'.
func (b *insnBuffers) take() asm.Instructions {
	n := len(*b)
	if n == 0 {
		return nil
	}
	big := 0
	for i, buf := range *b {
		if cap(buf) > cap((*b)[big]) {
			big = i
		}
	}
	buf := (*b)[big]
	(*b)[big] = (*b)[n-1]
	*b = (*b)[:n-1]
	return buf[:0]
}

// give keeps buf for another emission; nothing else may hold it.
func (b *insnBuffers) give(buf asm.Instructions) {
	if cap(buf) > 0 {
		*b = append(*b, buf[:0])
	}
}

// release gives back the buffers of g, a pass that is done with: its
// own and its callbacks'.
func (c *compiler) release(g *gen) {
	c.buffers.give(g.insns)
	for _, cb := range g.callbacks {
		c.buffers.give(cb.insns)
	}
}
