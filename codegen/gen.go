package codegen

import (
	"fmt"
	"strconv"

	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// Register conventions inside every program:
//
//	R6      the context pointer, saved at entry
//	R7–R9   expression values (see val), spilled to the stack when short;
//	        R9 holds the scratch area's address in programs that use it
//	R0–R5   scratch within one operation; helper calls clobber them
const ctxReg = asm.R6

// stackLimit is the BPF stack size.
const stackLimit = 512

// gen emits one program.
type gen struct {
	c      *compiler
	prog   *Program
	target *lang.Target
	insns  asm.Instructions

	nlabel  int
	pending string            // label for the next instruction
	aliases map[string]string // labels that fell on an already labelled instruction
	exit    string            // label of the program's final return

	free     []asm.Register // unused callee-saved registers
	stack    int            // bytes of stack in use
	maxStack int
	// scratch is the bytes of the scratch area in use (see scratch.go);
	// wantScratch says a value asked for it.
	scratch     int
	maxScratch  int
	wantScratch bool
	// predicateScratch says the predicate asked for it.
	predicateScratch bool
	vars             map[*lang.Var]loc // where each $variable lives
	errs             lang.ErrorList
	source           *Source // the statement being compiled
	// sourceMeta is the metadata that says source alone (see withSource).
	sourceMeta struct {
		src  *Source
		meta asm.Metadata
	}
	large bool // past MaxInstructions, and said so
	// btfCtx says the program reads through a pointer the verifier types
	// from BTF, or calls a helper only tracing programs may: a raw
	// tracepoint's program then has to be a BTF-typed one (tp_btf).
	btfCtx bool
	// overflowed is set when a value did not fit the scratch area: the
	// program is refused, so nothing more is emitted for it (a value of
	// megabytes would otherwise cost an instruction per 8 bytes of it).
	overflowed bool
	// at is where this pass looks up the scratch area; inPredicate is set
	// while the predicate is compiled. doomed is set when a value asks
	// for the scratch area in a pass that compiler.program will throw
	// away for it (see allocScratch): nothing more is emitted or walked.
	at          scratchAt
	inPredicate bool
	doomed      bool
	inUnroll    *lang.UnrollStmt // the innermost unroll being compiled

	// Loops (loop.go): the callbacks that run loops' bodies, the one
	// being compiled (nil in the program itself) and its loop, and the
	// shared callback of len().
	callbacks []*callback
	cb        *callback
	loop      *loopCtx
	nop       string
	// labelIndex is what labels found, nil until it is asked for.
	labelIndex *labelIndex
	// allScratch keeps every temporary in the scratch area, where the
	// callbacks of a program with loops reach them.
	allScratch bool
}

// loc is a place in memory: a base register plus a constant offset. The
// base is R10 (the stack), scratchReg (the scratch area) or a register
// holding a map value or ring buffer pointer.
type loc struct {
	base asm.Register
	off  int16
}

func (l loc) plus(n int) loc { return loc{l.base, l.off + int16(n)} }

// val is an integer value produced by an expression: in a callee-saved
// register, or in a stack slot when none was free.
type val struct {
	reg     asm.Register
	slot    int16
	spilled bool
}

func (g *gen) errorf(p lang.Pos, format string, args ...any) {
	g.errs = append(g.errs, &lang.Error{Pos: p, Msg: fmt.Sprintf(format, args...)})
}

func (g *gen) emit(ins ...asm.Instruction) {
	if g.overflowed || g.doomed {
		return
	}
	for _, in := range ins {
		// The source first: a label then goes on top of the metadata
		// the instruction shares with the others of its source.
		if g.source != nil {
			in = g.withSource(in)
		}
		if g.pending != "" {
			in = in.WithSymbol(g.pending)
			g.pending = ""
		}
		g.insns = append(g.insns, in)
	}
}

// withSource is in.WithSource(g.source). An instruction with no other
// metadata, most of them, gets metadata it shares with the others of the
// same source: asm.Metadata is a list its setters copy rather than change,
// so sharing it is safe, and it saves an allocation per instruction (the
// largest part of compiling's).
func (g *gen) withSource(in asm.Instruction) asm.Instruction {
	if in.Metadata != (asm.Metadata{}) {
		return in.WithSource(g.source)
	}
	in.Metadata = g.sharedSource()
	return in
}

// sharedSource is the metadata that says g.source alone.
func (g *gen) sharedSource() asm.Metadata {
	if g.sourceMeta.src != g.source {
		g.sourceMeta.src = g.source
		g.sourceMeta.meta = asm.Instruction{}.WithSource(g.source).Metadata
	}
	return g.sourceMeta.meta
}

// referring is in.WithReference(name) for an instruction about to be
// emitted: the reference goes on top of the metadata shared with the
// others of its source, rather than the source being added to the
// reference's own list (an allocation fewer).
func (g *gen) referring(in asm.Instruction, name string) asm.Instruction {
	if g.source != nil && in.Metadata == (asm.Metadata{}) {
		in.Metadata = g.sharedSource()
	}
	return in.WithReference(name)
}

// Source is the script position an instruction was compiled from, kept in
// each instruction's metadata so that a verifier rejection can point at the
// .nt line it came from.
type Source struct {
	Pos lang.Pos
	// Unroll is the innermost unroll around the statement, if any: the
	// place to blame when the unrolled program is too big for the kernel.
	Unroll *lang.UnrollStmt
}

func (s *Source) String() string { return "line " + s.Pos.String() }

// SourceOf returns the script position of an instruction, if known.
func SourceOf(in asm.Instruction) (lang.Pos, bool) {
	s, ok := in.Source().(*Source)
	if !ok {
		return lang.Pos{}, false
	}
	return s.Pos, true
}

// label returns a fresh label name.
func (g *gen) label() string {
	g.nlabel++
	return "L" + strconv.Itoa(g.nlabel)
}

// place puts label on the next instruction emitted. A jump to it just
// before goes nowhere and is dropped (its own label moves on with it), so
// code that ends a branch with a jump need not know whether its target
// comes next.
func (g *gen) place(label string) {
	for n := len(g.insns); g.pending == "" && n > 0; n-- {
		last := g.insns[n-1]
		if last.OpCode.JumpOp() != asm.Ja || !last.OpCode.Class().IsJump() || last.Reference() != label {
			break
		}
		g.insns = g.insns[:n-1]
		g.pending = last.Symbol()
	}
	if g.pending != "" {
		g.aliases[label] = g.pending
		return
	}
	g.pending = label
}

// resolveLabels points jumps at labels that were merged into others.
func (g *gen) resolveLabels() {
	if len(g.aliases) == 0 {
		return
	}
	for i := range g.insns {
		in := &g.insns[i]
		if !in.OpCode.Class().IsJump() {
			continue
		}
		ref := in.Reference()
		to, ok := g.aliases[ref]
		if ref == "" || !ok {
			continue
		}
		for ok {
			ref = to
			to, ok = g.aliases[ref]
		}
		*in = in.WithReference(ref)
	}
}

// allocStack reserves size bytes (rounded up to 8) of stack and returns
// their offset from R10.
func (g *gen) allocStack(size int, at lang.Pos) int16 {
	size = (size + 7) &^ 7
	g.stack += size
	if g.stack > stackLimit {
		g.errorf(at, "probe needs more than %d bytes of BPF stack here; use shorter strings or fewer keys", stackLimit)
		g.stack = 0
	}
	g.maxStack = max(g.maxStack, g.stack)
	return int16(-g.stack)
}

// newVal returns a value slot: a free callee-saved register, else a
// stack slot.
func (g *gen) newVal() *val {
	if n := len(g.free); n > 0 {
		r := g.free[n-1]
		g.free = g.free[:n-1]
		return &val{reg: r}
	}
	return &val{spilled: true, slot: g.allocStack(8, lang.Pos{})}
}

// release returns v's register to the pool. Stack slots are reclaimed
// when the statement ends.
func (g *gen) release(v *val) {
	if v != nil && !v.spilled {
		g.free = append(g.free, v.reg)
	}
}

// load returns a register holding v, loading it into tmp if it is spilled.
func (g *gen) load(v *val, tmp asm.Register) asm.Register {
	if !v.spilled {
		return v.reg
	}
	g.emit(asm.LoadMem(tmp, asm.RFP, v.slot, asm.DWord))
	return tmp
}

// set stores register r into v.
func (g *gen) set(v *val, r asm.Register) {
	if v.spilled {
		g.emit(asm.StoreMem(asm.RFP, v.slot, r, asm.DWord))
	} else if v.reg != r {
		g.emit(asm.Mov.Reg(v.reg, r))
	}
}

// movImm loads a 64-bit constant into r.
func (g *gen) movImm(r asm.Register, v uint64) {
	if int64(v) >= -1<<31 && int64(v) < 1<<31 {
		g.emit(asm.Mov.Imm(r, int32(int64(v))))
	} else {
		g.emit(asm.LoadImm(r, int64(v), asm.DWord))
	}
}

// constVal returns a new value holding a constant.
func (g *gen) constVal(v uint64) *val {
	out := g.newVal()
	r := g.load(out, asm.R0)
	g.movImm(r, v)
	g.set(out, r)
	return out
}

// addr puts the address of l in r.
func (g *gen) addr(r asm.Register, l loc) {
	g.emit(asm.Mov.Reg(r, l.base))
	if l.off != 0 {
		g.emit(asm.Add.Imm(r, int32(l.off)))
	}
}

// zero clears size bytes at l, a word at a time where l is aligned.
func (g *gen) zero(l loc, size int) {
	for i := 0; i < size; {
		w := accessWidth(size-i, int(l.off)+i)
		if w == 8 {
			g.emit(storeImm64(l.base, l.off+int16(i), 0))
		} else {
			g.emit(asm.StoreImm(l.base, l.off+int16(i), 0, loadSizes[w]))
		}
		i += w
	}
}

// copyMem copies size bytes from src to dst through R0, a word at a time
// where both are aligned.
func (g *gen) copyMem(dst, src loc, size int) {
	for i := 0; i < size; {
		w := accessWidth(size-i, int(dst.off)+i, int(src.off)+i)
		g.emit(
			asm.LoadMem(asm.R0, src.base, src.off+int16(i), loadSizes[w]),
			asm.StoreMem(dst.base, dst.off+int16(i), asm.R0, loadSizes[w]),
		)
		i += w
	}
}

// accessWidth is the widest load or store, 8, 4, 2 or 1 bytes, that fits
// in left bytes and that every one of offs is aligned to. Every base
// register (the stack, the scratch area, a map value, a ring buffer
// record) is 8-byte aligned, and the verifier insists on aligned stack
// accesses.
func accessWidth(left int, offs ...int) int {
	for _, w := range []int{8, 4, 2} {
		aligned := w <= left
		for _, off := range offs {
			aligned = aligned && off&(w-1) == 0
		}
		if aligned {
			return w
		}
	}
	return 1
}

// mapPtr loads the address of a map into r.
func (g *gen) mapPtr(r asm.Register, name string) {
	g.emit(g.referring(asm.LoadMapPtr(r, 0), name))
}

// call emits a helper call.
func (g *gen) call(fn asm.BuiltinFunc) { g.emit(fn.Call()) }

// normalize truncates the 64-bit value in r to size bytes and extends it
// back, as a value of that C type would read.
func (g *gen) normalize(r asm.Register, size int, signed bool) {
	if size >= 8 {
		return
	}
	shift := int32(64 - 8*size)
	if signed {
		g.emit(asm.LSh.Imm(r, shift), asm.ArSh.Imm(r, shift))
		return
	}
	if size == 4 {
		g.emit(asm.Mov.Reg32(r, r)) // 32-bit moves zero the upper half
		return
	}
	g.emit(asm.And.Imm(r, int32(1<<(8*size)-1)))
}

// storeImm64 stores a 32-bit immediate, sign-extended, as a 64-bit word.
// (asm.StoreImm refuses DWord, but BPF_ST|BPF_DW is a valid instruction.)
func storeImm64(dst asm.Register, off int16, v int64) asm.Instruction {
	return asm.Instruction{OpCode: asm.StoreImmOp(asm.DWord), Dst: dst, Offset: off, Constant: v}
}

// pruneUnreachable drops instructions no path reaches, such as what
// follows exit() or return in a block: the verifier rejects dead code.
func (g *gen) pruneUnreachable() {
	at := indexLabels(g.insns, g.nlabel)
	reached := make([]bool, len(g.insns))
	work := g.entries(at)
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		if i >= len(g.insns) || reached[i] {
			continue
		}
		reached[i] = true
		in := g.insns[i]
		op := in.OpCode
		if !op.Class().IsJump() || op.JumpOp() == asm.Call {
			work = append(work, i+1)
			continue
		}
		switch op.JumpOp() {
		case asm.Exit:
		case asm.Ja:
			work = append(work, at.at(in.Reference()))
		default:
			work = append(work, i+1, at.at(in.Reference()))
		}
	}
	kept := g.insns[:0]
	for i, in := range g.insns {
		if reached[i] {
			kept = append(kept, in)
		}
	}
	g.insns = kept
}

// dropReloads removes a load of a 64-bit word right after the store of
// the same register to it (a variable set, then read at once: `$s = …;
// if ($s)`), where no jump lands on the load: on the stack, in the
// scratch area or anywhere else, the register still holds what it stored.
func (g *gen) dropReloads() {
	kept := g.insns[:0]
	for i, in := range g.insns {
		if i > 0 && reloads(g.insns[i-1], in) && in.Symbol() == "" {
			continue
		}
		kept = append(kept, in)
	}
	g.insns = kept
}

// reloads says whether load reads back into the same register the 64-bit
// word that store has just written.
func reloads(store, load asm.Instruction) bool {
	return store.OpCode == asm.StoreMem(asm.RFP, 0, asm.R0, asm.DWord).OpCode &&
		load.OpCode == asm.LoadMem(asm.R0, asm.RFP, 0, asm.DWord).OpCode &&
		store.Dst == load.Src && store.Offset == load.Offset && store.Src == load.Dst
}

// unmove takes back the instruction just emitted when it copies another
// register into r, and returns that register instead: for a value about
// to be stored and released, whose copy in r nothing reads (a helper's
// R0 stored into a key: `@start[tid]`). Nothing may jump in between: no
// label is pending and the copy is no jump's target.
func (g *gen) unmove(r asm.Register) asm.Register {
	n := len(g.insns)
	if g.overflowed || g.doomed || g.pending != "" || n == 0 {
		return r
	}
	last := g.insns[n-1]
	if last.OpCode != asm.Mov.Op(asm.RegSource) || last.Dst != r || last.Src == r ||
		last.Offset != 0 || last.Symbol() != "" {
		return r
	}
	g.insns = g.insns[:n-1]
	return last.Src
}
