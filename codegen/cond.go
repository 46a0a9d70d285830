package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// Conditions (predicates, if, ?:) compile to jumps rather than to a 0/1
// value that is then tested: "pid == 1" becomes one compare-and-branch.

// inverse maps each comparison to the jump taken when it is false.
var inverse = map[string][2]asm.JumpOp{ // unsigned, signed
	"==": {asm.JNE, asm.JNE}, "!=": {asm.JEq, asm.JEq},
	"<": {asm.JGE, asm.JSGE}, "<=": {asm.JGT, asm.JSGT},
	">": {asm.JLE, asm.JSLE}, ">=": {asm.JLT, asm.JSLT},
}

// jumpIfFalse emits code that falls through when e is true (non-zero) and
// jumps to label when it is false.
func (g *gen) jumpIfFalse(e lang.Expr, label string) {
	if k, ok := g.c.info.Consts[e]; ok && !k.IsString && k.Bytes == nil {
		if k.Int == 0 {
			g.emit(asm.Ja.Label(label))
		}
		return
	}
	switch e := e.(type) {
	case *lang.UnaryExpr:
		if e.Op == "!" {
			g.jumpIfTrue(e.X, label)
			return
		}
	case *lang.BinaryExpr:
		switch e.Op {
		case "&&":
			g.jumpIfFalse(e.X, label)
			g.jumpIfFalse(e.Y, label)
			return
		case "||":
			yes := g.label()
			g.jumpIfTrue(e.X, yes)
			g.jumpIfFalse(e.Y, label)
			g.place(yes)
			return
		}
		if (e.Op == "==" || e.Op == "!=") && g.typeOf(e.X).Kind == lang.String {
			g.stringCompareJump(e, label)
			return
		}
		if ops, ok := inverse[e.Op]; ok && g.typeOf(e.X).Kind != lang.String {
			g.compareJump(e, ops, label)
			return
		}
	}
	v := g.intExpr(e)
	r := g.load(v, asm.R0)
	g.release(v)
	g.emit(asm.JEq.Imm(r, 0, label))
}

// jumpIfTrue jumps to label when e is true and falls through otherwise.
func (g *gen) jumpIfTrue(e lang.Expr, label string) {
	no := g.label()
	g.jumpIfFalse(e, no)
	g.emit(asm.Ja.Label(label))
	g.place(no)
}

// compareJump jumps to label when the comparison e does not hold, using a
// jump with an immediate when the right side is a small constant.
func (g *gen) compareJump(e *lang.BinaryExpr, ops [2]asm.JumpOp, label string) {
	op := compareOp(ops, g.typeOf(e.X), g.typeOf(e.Y))
	x := g.intExpr(e.X)
	if k, ok := g.c.info.Consts[e.Y]; ok && int64(k.Int) >= -1<<31 && int64(k.Int) < 1<<31 {
		r := g.load(x, asm.R1)
		g.release(x)
		g.emit(op.Imm(r, int32(int64(k.Int)), label))
		return
	}
	y := g.intExpr(e.Y)
	rx, ry := g.load(x, asm.R1), g.load(y, asm.R2)
	g.release(x)
	g.release(y)
	g.emit(op.Reg(rx, ry, label))
}

// stringCompareJump jumps to label when the string comparison e does not
// hold and falls through when it does.
func (g *gen) stringCompareJump(e *lang.BinaryExpr, label string) {
	holds := g.label()
	if e.Op == "==" {
		g.stringJumps(e, label, holds)
	} else {
		g.stringJumps(e, holds, label)
	}
	g.place(holds)
}
