package lang

import "fmt"

// warnSigns warns, as bpftrace 0.17 does and at the operator, of a
// comparison or arithmetic on integers of different signs, and of a
// division or remainder of a signed operand, which is done unsigned. A
// side whose value is a constant not below zero (a literal, a parameter,
// an enum or #define constant) has either sign; bpftrace, which types
// enums as uint64 and arguments as uint64, needs that for literals
// only.
func (c *checker) warnSigns(e *BinaryExpr, x, y *Type) {
	// It only warns: a quiet pass, which says nothing, skips it.
	if c.quiet || x.Kind != Int || y.Kind != Int {
		return
	}
	xn, yn := c.nonNegativeConst(e.X), c.nonNegativeConst(e.Y)
	if x.Signed != y.Signed && !xn && !yn {
		switch e.Op {
		case "==", "!=", "<", "<=", ">", ">=":
			c.warnf(e.Pos, "comparison of integers of different signs: '%s' and '%s' can lead to undefined behavior", cIntName(x), cIntName(y))
		case "+", "-", "*", "/", "%":
			c.warnf(e.Pos, "arithmetic on integers of different signs: '%s' and '%s' can lead to undefined behavior", cIntName(x), cIntName(y))
		}
	}
	if (e.Op == "/" || e.Op == "%") && (x.Signed && !xn || y.Signed && !yn) {
		c.warnf(e.Pos, "signed operands for '%s' can lead to undefined behavior (cast to unsigned to silence warning)", e.Op)
	}
}

// nonNegativeConst says e's value is known before the program runs and
// not below zero, and e is no cast (a cast states a type).
func (c *checker) nonNegativeConst(e Expr) bool {
	if _, cast := e.(*CastExpr); cast {
		return false
	}
	k, ok := c.info.Consts[e]
	return ok && !k.IsString && k.Bytes == nil && int64(k.Int) >= 0
}

// cIntName names an integer type as bpftrace's warnings do: "int32",
// "unsigned int64".
func cIntName(t *Type) string {
	if t.Signed {
		return fmt.Sprintf("int%d", t.Size*8)
	}
	return fmt.Sprintf("unsigned int%d", t.Size*8)
}
