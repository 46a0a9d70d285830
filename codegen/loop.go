package codegen

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"

	"github.com/ntrace/ntrace/lang"
)

// Loops run their body as a callback, a function of its own in the
// program that a helper calls once per iteration: bpf_loop (Linux 5.17)
// for a range of integers and for while, bpf_for_each_map_elem (5.13)
// for the elements of a map. The verifier checks a callback's body once,
// whatever the number of iterations, where an open-coded loop would be
// checked iteration by iteration. The kernels ntrace is tested on (6.1,
// 6.12, 6.18) have both.
//
// A callback runs in a frame of its own, with its own stack and
// registers. So that it can read and write the probe's $variables, a
// program with loops keeps every temporary, its variables included, in the
// scratch area; the callback finds the scratch area's address and the
// probe's context, which it needs for helpers and for the probe's
// arguments, in two words on its caller's stack, which the helper passes
// it. break returns 1 from the callback (the helper stops), continue 0;
// return (and exit()) sets the loop's flag in the scratch area and
// returns 1, and the caller, seeing the flag, returns in turn.

// maxLoopIterations is the most iterations bpf_loop runs
// (BPF_MAX_LOOPS).
const maxLoopIterations = 1 << 23

// maxCallFrames is the most nested function frames the verifier allows
// (MAX_CALL_FRAMES): the program's and seven loops' callbacks.
const maxCallFrames = 8

// callback is one loop body, compiled as a function of the program.
type callback struct {
	sym      string
	insns    asm.Instructions
	forEach  bool // called by bpf_for_each_map_elem, not bpf_loop
	maxStack int
	parent   *callback // the callback whose body holds the loop; nil for the program
	pos      lang.Pos  // the loop's statement
}

// frame is what code generation keeps per function: the program's own, or
// a callback's.
type frame struct {
	insns    asm.Instructions
	pending  string
	stack    int
	maxStack int
	free     []asm.Register
	exit     string
	loop     *loopCtx
	cb       *callback
}

// loopCtx is the loop whose callback is being compiled.
type loopCtx struct {
	brk, cont string // labels that return 1 (stop) and 0 (go on) from the callback
}

func (g *gen) saveFrame() frame {
	return frame{g.insns, g.pending, g.stack, g.maxStack, g.free, g.exit, g.loop, g.cb}
}

func (g *gen) restoreFrame(f frame) {
	g.insns, g.pending, g.stack, g.maxStack, g.free, g.exit, g.loop, g.cb = f.insns, f.pending, f.stack, f.maxStack, f.free, f.exit, f.loop, f.cb
}

// hasLoops reports whether n holds a loop anywhere.
func hasLoops(n lang.Node) bool {
	if n == nil {
		return false
	}
	found := false
	lang.Inspect(n, func(n lang.Node) bool {
		switch n.(type) {
		case *lang.ForStmt, *lang.WhileStmt:
			found = true
		}
		return !found
	})
	return found
}

// callbackContext stores the probe's context and the scratch area's
// address on the stack, where a callback finds them, and leaves their
// address in R3, where bpf_loop and bpf_for_each_map_elem take it.
func (g *gen) callbackContext(at lang.Pos) {
	slot := loc{asm.RFP, g.allocStack(16, at)}
	g.emit(
		asm.StoreMem(slot.base, slot.off, ctxReg, asm.DWord),
		asm.StoreMem(slot.base, slot.off+8, scratchReg, asm.DWord),
	)
	g.addr(asm.R3, slot)
}

// callback compiles a loop body as a callback and returns its symbol.
// ctxArg is the register the helper passes the callback's context in;
// body emits the loop's code, with the loop's $variable set; flag is
// where a return from the probe inside the body is recorded; stopped,
// when not nil, is set when the loop stops before the helper's count
// runs out.
func (g *gen) callback(at lang.Pos, ctxArg asm.Register, flag loc, stopped *loc, body func()) string {
	saved := g.saveFrame()
	cb := &callback{sym: "cb" + strconv.Itoa(len(g.callbacks)+1), parent: g.cb, pos: at, forEach: ctxArg == asm.R4}
	g.callbacks = append(g.callbacks, cb)
	g.insns, g.pending, g.stack, g.maxStack = g.c.buffers.take(), cb.sym, 0, 0
	g.free = []asm.Register{asm.R8, asm.R7}
	g.cb = cb
	g.loop = &loopCtx{brk: g.label(), cont: g.label()}
	g.exit = g.label()
	g.emit(
		asm.LoadMem(ctxReg, ctxArg, 0, asm.DWord),
		asm.LoadMem(scratchReg, ctxArg, 8, asm.DWord),
	)
	body()
	g.place(g.loop.cont)
	g.emit(asm.Mov.Imm(asm.R0, 0), asm.Return())
	g.place(g.exit)
	g.emit(storeImm64(flag.base, flag.off, 1))
	g.place(g.loop.brk)
	if stopped != nil {
		g.emit(storeImm64(stopped.base, stopped.off, 1))
	}
	g.emit(asm.Mov.Imm(asm.R0, 1), asm.Return())
	cb.insns, cb.maxStack = g.insns, g.maxStack
	g.restoreFrame(saved)
	return cb.sym
}

// funcPtr loads the address of the function sym into r.
func funcPtr(r asm.Register, sym string) asm.Instruction {
	return asm.Instruction{OpCode: asm.LoadImmOp(asm.DWord), Dst: r, Src: asm.PseudoFunc, Constant: -1}.WithReference(sym)
}

// afterLoop returns from the probe (from this frame) when the loop's body
// did, as flag records.
func (g *gen) afterLoop(flag loc) {
	g.emit(
		asm.LoadMem(asm.R1, flag.base, flag.off, asm.DWord),
		asm.JNE.Imm(asm.R1, 0, g.exit),
	)
}

// loopFlag reserves the word that records a return from inside a loop's
// body, cleared.
func (g *gen) loopFlag(at lang.Pos) loc {
	flag := g.allocScratch(8, at)
	g.emit(storeImm64(flag.base, flag.off, 0))
	return flag
}

// forRange emits for ($i : from..to) { body }: from and to are evaluated
// once; the body runs to-from times (none when to <= from) with $i from
// from up.
func (g *gen) forRange(s *lang.ForStmt) {
	v := g.c.info.Vars[s.Var]
	from := g.allocScratch(8, s.Pos)
	kf, okf := g.intConst(s.From)
	kt, okt := g.intConst(s.To)
	if count := kt - kf; okf && okt && count > 0 && count <= maxLoopIterations {
		// Constant bounds: the count is known to be in bpf_loop's
		// range, and needs none of the checks below (which the
		// verifier, reading from back from memory, would walk).
		g.emit(storeImm64(from.base, from.off, kf))
		flag := g.loopFlag(s.Pos)
		sym := g.rangeBody(s, v, from, flag)
		g.emit(asm.Mov.Imm(asm.R1, int32(count)))
		g.callLoop(s.Pos, sym, flag)
		return
	}
	x := g.intExpr(s.From)
	r := g.load(x, asm.R1)
	g.emit(asm.StoreMem(from.base, from.off, r, asm.DWord))
	g.release(x)
	n := g.intExpr(s.To)
	rn := g.load(n, asm.R1)
	g.emit(
		asm.LoadMem(asm.R2, from.base, from.off, asm.DWord),
		asm.Sub.Reg(rn, asm.R2),
	)
	g.set(n, rn)
	flag := g.loopFlag(s.Pos)
	sym := g.rangeBody(s, v, from, flag)
	skip := g.label()
	rn = g.load(n, asm.R1)
	g.emit(asm.JSLE.Imm(rn, 0, skip))
	g.capLoop(n, fmt.Sprintf("the for loop at line %d", s.Pos.Line))
	rn = g.load(n, asm.R1)
	g.emit(asm.Mov.Reg(asm.R1, rn))
	g.release(n)
	g.callLoop(s.Pos, sym, flag)
	g.place(skip)
}

// callLoop calls bpf_loop with the callback sym, the count in R1.
func (g *gen) callLoop(at lang.Pos, sym string, flag loc) {
	g.callbackContext(at)
	g.emit(funcPtr(asm.R2, sym), asm.Mov.Imm(asm.R4, 0))
	g.call(asm.FnLoop)
	g.afterLoop(flag)
}

// rangeBody makes the callback of a range loop: $i (v) set to from plus
// the iteration's index, then the body.
func (g *gen) rangeBody(s *lang.ForStmt, v *lang.Var, from, flag loc) string {
	return g.callback(s.Pos, asm.R2, flag, nil, func() {
		dst := g.vars[v]
		g.emit(
			asm.LoadMem(asm.R0, from.base, from.off, asm.DWord),
			asm.Add.Reg(asm.R0, asm.R1),
			asm.StoreMem(dst.base, dst.off, asm.R0, asm.DWord),
		)
		g.block(s.Body)
	})
}

// capLoop limits the iteration count n to what bpf_loop runs, and warns
// that the loop was cut short when it was more.
func (g *gen) capLoop(n *val, what string) {
	ok := g.label()
	r := g.load(n, asm.R1)
	g.emit(asm.JLE.Imm(r, maxLoopIterations, ok))
	g.warn(fmt.Sprintf("%s ran %d times and stopped: the kernel runs a loop at most %d times in one probe", what, maxLoopIterations, maxLoopIterations))
	r = g.load(n, asm.R1)
	g.emit(asm.Mov.Imm(r, maxLoopIterations))
	g.set(n, r)
	g.place(ok)
}

// whileLoop emits while (cond) { body } as bpf_loop's callback, which
// stops when cond is false. A loop still going after bpf_loop's most
// iterations stops with a warning.
func (g *gen) whileLoop(s *lang.WhileStmt) {
	flag := g.loopFlag(s.Pos)
	done := g.allocScratch(8, s.Pos)
	g.emit(storeImm64(done.base, done.off, 0))
	sym := g.callback(s.Pos, asm.R2, flag, &done, func() {
		g.jumpIfFalse(s.Cond, g.loop.brk)
		g.block(s.Body)
	})
	g.emit(asm.Mov.Imm(asm.R1, maxLoopIterations))
	g.callbackContext(s.Pos)
	g.emit(funcPtr(asm.R2, sym), asm.Mov.Imm(asm.R4, 0))
	g.call(asm.FnLoop)
	g.afterLoop(flag)
	ended := g.label()
	g.emit(
		asm.JNE.Imm(asm.R0, maxLoopIterations, ended),
		asm.LoadMem(asm.R1, done.base, done.off, asm.DWord),
		asm.JNE.Imm(asm.R1, 0, ended),
	)
	g.warn(fmt.Sprintf("the while loop at line %d ran %d times and stopped: the kernel runs a loop at most %d times in one probe", s.Pos.Line, maxLoopIterations, maxLoopIterations))
	g.place(ended)
}

// breakLoop and continueLoop leave the callback of the innermost loop.
func (g *gen) breakLoop(s lang.Stmt) {
	if g.loop == nil {
		g.errorf(s.Position(), "break outside a loop")
		return
	}
	if _, ok := s.(*lang.BreakStmt); ok {
		g.emit(asm.Ja.Label(g.loop.brk))
		return
	}
	g.emit(asm.Ja.Label(g.loop.cont))
}

// warn sends a warning for user space to print.
func (g *gen) warn(msg string) {
	g.sendEvent(&Event{Kind: WarnEvent, Message: msg}, nil)
}

// checkFrames refuses loops the verifier would: nested more than its
// frames allow, or with more stack, in all the frames a loop's body runs
// on top of, than its 512 bytes.
func (g *gen) checkFrames() {
	for _, cb := range g.callbacks {
		depth, frames := roundStack(cb.maxStack), 1
		for p := cb.parent; p != nil; p = p.parent {
			depth += roundStack(p.maxStack)
			frames++
		}
		depth += roundStack(g.maxStack)
		if frames+1 > maxCallFrames {
			g.errorf(cb.pos, "loops nest more than %d deep here, the most the kernel's verifier allows", maxCallFrames-1)
			return
		}
		if depth > stackLimit {
			g.errorf(cb.pos, "this loop's body and what runs around it need %d bytes of BPF stack, more than the %d the kernel allows: use fewer or shorter values inside it", depth, stackLimit)
			return
		}
	}
}

// roundStack is a frame's stack as the verifier counts it: a multiple of
// 32 bytes, at least 32.
func roundStack(n int) int { return (max(n, 1) + 31) &^ 31 }

// describeFuncs gives the kernel the BTF of each function of a program
// with callbacks, which it wants before it lets a helper call one: the
// program itself, int f(void *ctx), and each callback, a static
// long f(…) with the arguments its helper passes.
func (g *gen) describeFuncs() {
	if len(g.callbacks) == 0 {
		return
	}
	at := g.labels()
	long := &btf.Int{Name: "long", Size: 8, Encoding: btf.Signed}
	ptr := &btf.Pointer{Target: &btf.Void{}}
	u64 := &btf.Int{Name: "unsigned long long", Size: 8}
	main := &btf.Func{Name: g.prog.Name, Linkage: btf.GlobalFunc, Type: &btf.FuncProto{
		Return: &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed},
		Params: []btf.FuncParam{{Name: "ctx", Type: ptr}},
	}}
	g.insns[0] = btf.WithFuncMetadata(g.insns[0], main)
	for _, cb := range g.callbacks {
		i, ok := at.lookup(cb.sym)
		if !ok {
			continue // pruned: never called
		}
		params := []btf.FuncParam{{Name: "index", Type: u64}, {Name: "ctx", Type: ptr}}
		if cb.forEach {
			params = []btf.FuncParam{{Name: "map", Type: ptr}, {Name: "key", Type: ptr}, {Name: "value", Type: ptr}, {Name: "ctx", Type: ptr}}
		}
		fn := &btf.Func{Name: cb.sym, Linkage: btf.StaticFunc, Type: &btf.FuncProto{Return: long, Params: params}}
		g.insns[i] = btf.WithFuncMetadata(g.insns[i], fn)
	}
}

// appendCallbacks puts the callbacks' code after the program's.
func (g *gen) appendCallbacks() {
	n := 0
	for _, cb := range g.callbacks {
		n += len(cb.insns)
	}
	g.insns = slices.Grow(g.insns, n)
	for _, cb := range g.callbacks {
		g.insns = append(g.insns, cb.insns...)
	}
}

// entries are where the program's functions start: the program itself,
// then each callback; at indexes g.insns' labels.
func (g *gen) entries(at labelIndex) []int {
	out := []int{0}
	for _, cb := range g.callbacks {
		if i, ok := at.lookup(cb.sym); ok {
			out = append(out, i)
		}
	}
	return out
}
