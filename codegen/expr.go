package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// intExpr evaluates an integer (or pointer) expression into a new value.
// Values are kept as 64-bit words, zero- or sign-extended from their type.
func (g *gen) intExpr(e lang.Expr) *val {
	if k, ok := g.c.info.Consts[e]; ok && !k.IsString && k.Bytes == nil {
		return g.constVal(k.Int)
	}
	switch e := e.(type) {
	case *lang.Ident:
		return g.builtinVar(e)
	case *lang.VarExpr:
		v := g.newVal()
		r := g.load(v, asm.R0)
		at := g.vars[g.c.info.Vars[e]]
		g.emit(asm.LoadMem(r, at.base, at.off, asm.DWord))
		g.set(v, r)
		return v
	case *lang.MapExpr:
		return g.mapReadInt(e)
	case *lang.FieldExpr, *lang.IndexExpr:
		if ie, ok := e.(*lang.IndexExpr); ok {
			if i, ok := g.c.info.TupleIndexes[ie]; ok {
				return g.tupleElemInt(ie.X, i, ie.Pos)
			}
			if g.typeOf(ie.X).Kind == lang.String && !g.inMemory(ie.X) {
				return g.stringByte(ie)
			}
		}
		if f, ok := e.(*lang.FieldExpr); ok {
			if i, ok := g.c.info.RecordFields[f]; ok {
				return g.tupleElemInt(f.X, i, f.Pos)
			}
		}
		if g.inMemory(e) {
			return g.readMemoryInt(e)
		}
		return g.argField(e)
	case *lang.BlockExpr:
		for _, s := range e.Stmts {
			g.stmt(s)
		}
		return g.intExpr(e.Value)
	case *lang.TupleIndexExpr:
		return g.tupleElemInt(e.X, e.Index, e.Pos)
	case *lang.UnaryExpr:
		return g.unary(e)
	case *lang.IncDecExpr:
		return g.incDec(e)
	case *lang.BinaryExpr:
		return g.binary(e)
	case *lang.TernaryExpr:
		out := g.newVal()
		elseL, end := g.label(), g.label()
		g.jumpIfFalse(e.Cond, elseL)
		g.moveInto(out, g.intExpr(e.Then))
		g.emit(asm.Ja.Label(end))
		g.place(elseL)
		g.moveInto(out, g.intExpr(e.Else))
		g.place(end)
		return out
	case *lang.CastExpr:
		v := g.intExpr(e.X)
		t := g.typeOf(e)
		switch {
		case t.Bool:
			r := g.load(v, asm.R0)
			g.boolify(r, asm.JNE, 0)
			g.set(v, r)
		case t.Kind == lang.Int:
			r := g.load(v, asm.R0)
			g.normalize(r, t.Size, t.Signed)
			g.set(v, r)
		}
		return v
	case *lang.CallExpr:
		return g.intCall(e)
	}
	g.errorf(e.Position(), "cannot compile this integer expression")
	return g.constVal(0)
}

// tupleElemInt reads the integer element i of the tuple x.
func (g *gen) tupleElemInt(x lang.Expr, i int, at lang.Pos) *val {
	tt := g.typeOf(x)
	if m, ok := x.(*lang.MapExpr); ok {
		if v, ok := g.mapReadElemInt(m, tt, i); ok {
			return v
		}
	}
	src, ok := g.tupleAt(x)
	if !ok {
		src = g.temp(tt, at)
		g.store(x, src, tt)
	}
	v := g.newVal()
	r := g.load(v, asm.R0)
	g.loadTupleElem(r, src, tt, i)
	g.set(v, r)
	return v
}

// moveInto moves src into dst and releases src.
func (g *gen) moveInto(dst, src *val) {
	r := g.load(src, asm.R0)
	g.set(dst, r)
	g.release(src)
}

func (g *gen) unary(e *lang.UnaryExpr) *val {
	switch e.Op {
	case "*":
		return g.readMemoryInt(e)
	case "&":
		at := g.vars[g.c.info.Vars[e.X.(*lang.VarExpr)]]
		v := g.newVal()
		r := g.load(v, asm.R0)
		g.addr(r, at)
		g.set(v, r)
		return v
	}
	v := g.intExpr(e.X)
	r := g.load(v, asm.R0)
	switch e.Op {
	case "-", "~":
		if e.Op == "-" {
			g.emit(asm.Neg.Imm(r, 0))
		} else {
			g.emit(asm.Xor.Imm(r, -1))
		}
		if t := g.typeOf(e); t.Kind == lang.Int {
			g.normalize(r, t.Size, t.Signed) // in the operand's width
		}
	case "!":
		g.boolify(r, asm.JEq, 0)
	}
	g.set(v, r)
	return v
}

// boolify sets r to 1 when "r op imm" holds and to 0 otherwise.
func (g *gen) boolify(r asm.Register, op asm.JumpOp, imm int32) {
	yes, end := g.label(), g.label()
	g.emit(op.Imm(r, imm, yes), asm.Mov.Imm(r, 0), asm.Ja.Label(end))
	g.place(yes)
	g.emit(asm.Mov.Imm(r, 1))
	g.place(end)
}

var compareOps = map[string][2]asm.JumpOp{ // unsigned, signed
	"==": {asm.JEq, asm.JEq}, "!=": {asm.JNE, asm.JNE},
	"<": {asm.JLT, asm.JSLT}, "<=": {asm.JLE, asm.JSLE},
	">": {asm.JGT, asm.JSGT}, ">=": {asm.JGE, asm.JSGE},
}

func (g *gen) binary(e *lang.BinaryExpr) *val {
	xt, yt := g.typeOf(e.X), g.typeOf(e.Y)
	if xt.Kind == lang.String {
		return g.stringCompare(e)
	}
	switch e.Op {
	case "&&", "||":
		out := g.intExpr(e.X)
		short, end := g.label(), g.label()
		r := g.load(out, asm.R0)
		if e.Op == "&&" {
			g.emit(asm.JEq.Imm(r, 0, short))
		} else {
			g.emit(asm.JNE.Imm(r, 0, short))
		}
		y := g.intExpr(e.Y)
		ry := g.load(y, asm.R1)
		g.boolify(ry, asm.JNE, 0)
		g.moveInto(out, y)
		g.emit(asm.Ja.Label(end))
		g.place(short)
		r = g.load(out, asm.R0)
		if e.Op == "&&" {
			g.emit(asm.Mov.Imm(r, 0))
		} else {
			g.emit(asm.Mov.Imm(r, 1))
		}
		g.set(out, r)
		g.place(end)
		return out
	}
	if size, ok := g.c.info.Offsets[e]; ok {
		return g.pointerArith(e, size)
	}
	x := g.intExpr(e.X)
	if k, ok := g.intConst(e.Y); ok && immOperand(e.Op, k) {
		// x op constant: the ALU takes the constant itself.
		rx := g.load(x, asm.R1)
		g.emit(arithOps[e.Op].Imm(rx, int32(k)))
		g.set(x, rx)
		return x
	}
	y := g.intExpr(e.Y)
	if ops, ok := compareOps[e.Op]; ok {
		op := compareOp(ops, xt, yt)
		rx, ry := g.load(x, asm.R1), g.load(y, asm.R2)
		yes, end := g.label(), g.label()
		g.emit(op.Reg(rx, ry, yes), asm.Mov.Imm(asm.R0, 0), asm.Ja.Label(end))
		g.place(yes)
		g.emit(asm.Mov.Imm(asm.R0, 1))
		g.place(end)
		g.set(x, asm.R0)
		g.release(y)
		return x
	}
	g.arith(e.Op, x, y)
	g.release(y)
	return x
}

// compareOp picks a comparison's jump: signed only when both operands
// are, as in bpftrace 0.17 (each is widened to 64 bits keeping its
// value first), so (int32)-1 < (uint32)5 compares 2^64-1 with 5.
func compareOp(ops [2]asm.JumpOp, xt, yt *lang.Type) asm.JumpOp {
	if xt != nil && yt != nil && xt.Signed && yt.Signed {
		return ops[1]
	}
	return ops[0]
}

var aluOps = map[string]asm.ALUOp{
	"+": asm.Add, "-": asm.Sub, "*": asm.Mul, "&": asm.And, "|": asm.Or, "^": asm.Xor, "<<": asm.LSh,
}

// arithOps are the ALU operations of arith's operators.
var arithOps = map[string]asm.ALUOp{
	"+": asm.Add, "-": asm.Sub, "*": asm.Mul, "&": asm.And, "|": asm.Or, "^": asm.Xor, "<<": asm.LSh,
	">>": asm.RSh, "/": asm.Div, "%": asm.Mod,
}

// immOperand reports whether x op k computes with k as the instruction's
// immediate what arith computes with k in a register: the verifier
// refuses a division by a constant 0 (in a register it gives 0) and a
// constant shift of 64 or more.
func immOperand(op string, k int64) bool {
	switch op {
	case "+", "-", "*", "&", "|", "^":
		return true
	case "/", "%":
		return k > 0
	case "<<", ">>":
		return k >= 0 && k < 64
	}
	return false
}

// arith computes x = x op y. Division, remainder and right shift are
// unsigned whatever the operands' signs, as bpftrace 0.17 computes them
// (the checker warns of signed operands of / and %, as bpftrace does).
func (g *gen) arith(op string, x, y *val) {
	rx, ry := g.load(x, asm.R1), g.load(y, asm.R2)
	switch op {
	case ">>":
		g.emit(asm.RSh.Reg(rx, ry))
	case "/":
		g.emit(asm.Div.Reg(rx, ry))
	case "%":
		g.emit(asm.Mod.Reg(rx, ry))
	default:
		g.emit(aluOps[op].Reg(rx, ry))
	}
	g.set(x, rx)
}

// signedDiv divides as C does on signed operands, on kernels that lack
// BPF's signed division (before 6.6): divide the magnitudes, then fix the
// sign (the quotient's from both operands, the remainder's from the
// dividend). R3 holds the sign.
func (g *gen) signedDiv(rx, ry asm.Register, mod bool) {
	a, b := asm.R4, asm.R5
	g.emit(asm.Mov.Reg(a, rx), asm.Mov.Reg(b, ry), asm.Mov.Imm(asm.R3, 0))
	l1, l2, l3 := g.label(), g.label(), g.label()
	g.emit(asm.JSGE.Imm(a, 0, l1), asm.Neg.Imm(a, 0), asm.Xor.Imm(asm.R3, 1))
	g.place(l1)
	g.emit(asm.JSGE.Imm(b, 0, l2), asm.Neg.Imm(b, 0))
	if !mod {
		g.emit(asm.Xor.Imm(asm.R3, 1))
	}
	g.place(l2)
	if mod {
		g.emit(asm.Mod.Reg(a, b))
	} else {
		g.emit(asm.Div.Reg(a, b))
	}
	g.emit(asm.JEq.Imm(asm.R3, 0, l3), asm.Neg.Imm(a, 0))
	g.place(l3)
	g.emit(asm.Mov.Reg(rx, a))
}

// stringCompare compares two strings byte by byte up to the shorter one's
// capacity, stopping at the first NUL, and gives 1 or 0.
func (g *gen) stringCompare(e *lang.BinaryExpr) *val {
	out := g.newVal()
	differ, same, end := g.label(), g.label(), g.label()
	g.stringJumps(e, differ, same)
	eq := int32(1)
	if e.Op == "!=" {
		eq = 0
	}
	r := g.load(out, asm.R0)
	g.place(same)
	g.emit(asm.Mov.Imm(r, eq), asm.Ja.Label(end))
	g.place(differ)
	g.emit(asm.Mov.Imm(r, 1-eq))
	g.place(end)
	g.set(out, r)
	return out
}

// stringJumps emits the comparison of the strings e compares (whatever
// its operator) and jumps to differ or to same.
func (g *gen) stringJumps(e *lang.BinaryExpr, differ, same string) {
	xt, yt := g.typeOf(e.X), g.typeOf(e.Y)
	if lit, ok := g.c.info.Consts[e.Y]; ok && lit.IsString {
		a := g.temp(xt, e.Pos)
		g.storeCompared(e.X, a, xt)
		g.compareLiteral(a, lit.Str, xt.Size, differ, same)
		return
	}
	if lit, ok := g.c.info.Consts[e.X]; ok && lit.IsString {
		b := g.temp(yt, e.Pos)
		g.storeCompared(e.Y, b, yt)
		g.compareLiteral(b, lit.Str, yt.Size, differ, same)
		return
	}
	a, b := g.temp(xt, e.Pos), g.temp(yt, e.Pos)
	g.storeCompared(e.X, a, xt)
	g.storeCompared(e.Y, b, yt)
	g.compareBytes(a, b, min(xt.Size, yt.Size), differ, same)
}

// compareBytes compares the strings at a and b byte by byte, n bytes at
// most, and jumps to differ at the first difference, to same at the
// first NUL both share or after n bytes.
func (g *gen) compareBytes(a, b loc, n int, differ, same string) {
	for i := 0; i < n; i++ {
		g.emit(
			asm.LoadMem(asm.R1, a.base, a.off+int16(i), asm.Byte),
			asm.LoadMem(asm.R2, b.base, b.off+int16(i), asm.Byte),
			asm.JNE.Reg(asm.R1, asm.R2, differ),
			asm.JEq.Imm(asm.R1, 0, same),
		)
	}
	g.emit(asm.Ja.Label(same))
}

// compareLiteral jumps to same when the string at a (of capacity size)
// equals lit, else to differ.
func (g *gen) compareLiteral(a loc, lit string, size int, differ, same string) {
	if len(lit)+1 > size {
		// A string of this capacity cannot hold lit.
		g.emit(asm.Ja.Label(differ))
		return
	}
	for i := 0; i <= len(lit); i++ {
		var c byte
		if i < len(lit) {
			c = lit[i]
		}
		g.emit(
			asm.LoadMem(asm.R1, a.base, a.off+int16(i), asm.Byte),
			asm.JNE.Imm(asm.R1, int32(c), differ),
		)
	}
	g.emit(asm.Ja.Label(same))
}

// temp reserves room for a value of type t for this statement.
func (g *gen) temp(t *lang.Type, at lang.Pos) loc {
	return g.allocTemp(t.StorageSize(), at)
}
