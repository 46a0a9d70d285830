package lang

import (
	"math"
	"strconv"
	"strings"

	"github.com/cilium/ebpf/btf"
)

// expr checks an expression, records and returns its type. It returns nil
// when the expression is wrong, after reporting why.
func (c *checker) expr(e Expr) *Type {
	t := c.expr1(e)
	if t != nil {
		c.info.Types[e] = t
	}
	return t
}

func (c *checker) expr1(e Expr) *Type {
	switch e := e.(type) {
	case *IntLit:
		c.info.Consts[e] = Const{Int: e.Value}
		if e.Value > math.MaxInt64 {
			return Uint64Type // as C types a literal no signed type holds
		}
		return Int64Type
	case *StrLit:
		if len(e.Value)+1 > maxStrLen {
			c.errorf(e.Pos, "string literal is %d bytes; the most is %d", len(e.Value), maxStrLen-1)
			return nil
		}
		c.info.Consts[e] = Const{IsString: true, Str: e.Value}
		return StringType(len(e.Value) + 1)
	case *ParamExpr:
		return c.param(e)
	case *PosParamExpr:
		return c.posParam(e)
	case *VarExpr:
		v := c.lookupVar(e.Name)
		if v == nil {
			c.errorf(e.Pos, "variable %s is used before it is assigned", e.Name)
			return nil
		}
		if v.pending {
			// Declared without a value and read before any assignment:
			// a zero integer.
			v.Type, v.pending = IntType(8, true), false
			c.probe.Vars = append(c.probe.Vars, v)
		}
		if v.Type == nil {
			return nil // its assignment was wrong, and said so
		}
		c.info.Vars[e] = v
		return v.Type
	case *MapExpr:
		return c.mapRead(e)
	case *Ident:
		return c.builtinVar(e)
	case *CallExpr:
		return c.call(e)
	case *UnaryExpr:
		return c.unary(e)
	case *IncDecExpr:
		return c.incDec(e)
	case *BinaryExpr:
		return c.binary(e)
	case *TernaryExpr:
		return c.ternary(e)
	case *CastExpr:
		return c.cast(e)
	case *FieldExpr:
		return c.field(e)
	case *TupleIndexExpr:
		t := c.expr(e.X)
		if t == nil {
			return nil
		}
		if t.Kind != Tuple {
			c.errorf(e.Pos, ".%d needs a tuple, not %s", e.Index, t)
			return nil
		}
		if e.Index < 0 || e.Index >= len(t.Elems) {
			c.errorf(e.Pos, "tuple index %d out of range: the tuple has %d elements", e.Index, len(t.Elems))
			return nil
		}
		return t.Elems[e.Index]
	case *IndexExpr:
		return c.index(e)
	case *TupleExpr:
		var elems []*Type
		for _, x := range e.Elems {
			t := c.storedValue(x, c.expr(x))
			if t == nil {
				return nil
			}
			if !t.Storable() {
				c.errorf(x.Position(), "a tuple cannot hold %s", t)
				return nil
			}
			elems = append(elems, clone(t))
		}
		return TupleType(elems...)
	case *TypeExpr:
		c.errorf(e.Pos, "a type (%s) is not a value here", e.Type)
		return nil
	case *BlockExpr:
		return c.blockExpr(e)
	case *RecordExpr:
		return c.record(e)
	}
	c.errorf(e.Position(), "unsupported expression")
	return nil
}

// wantInt reports whether t is an integer, and says what is wrong when not,
// naming a parameter whose value is not a number.
func (c *checker) wantInt(e Expr, t *Type, what string) bool {
	if t.IsInteger() {
		return true
	}
	switch e := e.(type) {
	case *ParamExpr:
		c.errorf(e.Pos, "parameter %s=%q: expected an integer or a duration (like 10ms)", e.Name, c.params.Named[e.Name])
	case *PosParamExpr:
		c.errorf(e.Pos, "positional parameter $%d=%q: expected an integer", e.N, c.params.Positional[e.N-1])
	default:
		c.errorf(e.Position(), "%s needs an integer, not %s", what, t)
	}
	return false
}

// wantIntFor is wantInt for what+name, joined only when t is no integer:
// the checker asks for every operator and cast, and the joined strings
// were 3% of udplat's check stage (perf, 30 fresh runs).
func (c *checker) wantIntFor(e Expr, t *Type, what, name string) bool {
	return t.IsInteger() || c.wantInt(e, t, what+name)
}

func (c *checker) mapRead(e *MapExpr) *Type {
	keys := c.mapKeys(e)
	m := c.info.Maps[e.Name]
	if m == nil {
		m = &MapInfo{Name: e.Name, Pos: e.Pos}
		c.info.Maps[e.Name] = m
	}
	if !m.assigned {
		if c.quiet {
			return Int64Type // provisionally, until an assignment says
		}
		return nil
	}
	c.useMap(m, e, keys)
	if m.Value.Kind == Agg {
		// Read as bpftrace reads one: the CPUs' values added up (for
		// min and max, the least or greatest of them), as an integer.
		switch m.Value.Agg {
		case Count:
			return Uint64Type
		case Sum, Min, Max, Avg:
			return IntType(8, m.Arg == nil || m.Arg.Signed)
		}
		c.errorf(e.Pos, "map %s holds %s, which has no single value to read in a probe; print it instead", e.Name, m.Value)
		return nil
	}
	return m.Value
}

// incDec checks ++ or -- used for its value: the change is checked as
// target += 1 (or -= 1) is, and the value has the target's type.
func (c *checker) incDec(e *IncDecExpr) *Type {
	switch e.Target.(type) {
	case *VarExpr, *MapExpr:
	default:
		c.expr(e.Target)
		c.errorf(e.Pos, "%s needs a $variable or a map element", e.Op)
		return nil
	}
	op := "+="
	if e.Op == "--" {
		op = "-="
	}
	c.assign(&AssignStmt{Pos: e.Pos, Target: e.Target, Op: op, Value: &IntLit{Pos: e.Pos, Value: 1}})
	t := c.info.Types[e.Target]
	if t == nil || !t.IsInteger() {
		return nil
	}
	return t
}

func (c *checker) unary(e *UnaryExpr) *Type {
	t := c.expr(e.X)
	if t == nil {
		return nil
	}
	switch e.Op {
	case "!", "~", "-", "+":
		if !c.wantIntFor(e.X, t, "operator ", e.Op) {
			return nil
		}
		// ~x, -x and +x have x's type: a complement or a negation is
		// of x's bits, in its width, as in bpftrace 0.17 (and in C for
		// 32 and 64 bits): -(uint32)5 is 4294967291, -(uint8)200 56.
		width := 8
		if t.Kind == Int {
			width = t.Size
		}
		if k, ok := c.info.Consts[e.X]; ok {
			v := k.Int
			switch e.Op {
			case "!":
				v = b2u(v == 0)
			case "~":
				v = truncate(^v, width, t.Signed)
			case "-":
				v = truncate(-v, width, t.Signed)
			}
			c.info.Consts[e] = Const{Int: v}
		}
		if e.Op == "!" {
			return Int64Type
		}
		return inUser(IntType(width, t.Signed), t.User)
	case "*":
		if t.Kind == Int {
			// An integer is an address, as bpftrace takes it
			// (*kaddr("avenrun") in its loads tool): read an
			// integer of the same width and sign there.
			return inUser(IntType(t.Size, t.Signed), t.User)
		}
		if t.Kind != Pointer || t.Target == nil {
			c.errorf(e.Pos, "* needs a typed pointer or an address, not %s", t)
			return nil
		}
		kt, err := kernelType(t.Target)
		if err != nil {
			c.errorf(e.Pos, "*: %w", err)
			return nil
		}
		return inUser(kt, t.User)
	case "&":
		// The address of a $variable, where the probe keeps it.
		v, ok := e.X.(*VarExpr)
		if !ok {
			c.errorf(e.Pos, "& takes the address of a $variable only")
			return nil
		}
		var target btf.Type
		switch {
		case t.Kind == Int:
			enc := btf.Unsigned
			if t.Signed {
				enc = btf.Signed
			}
			target = &btf.Int{Name: t.String(), Size: 8, Encoding: enc}
		case t.Kind == Pointer:
			target = &btf.Pointer{Target: t.Target}
			if t.Target == nil {
				target = &btf.Pointer{Target: &btf.Void{}}
			}
		case t.Kind == String:
			target = &btf.Int{Name: "char", Size: 1, Encoding: btf.Signed | btf.Char}
		default:
			c.errorf(e.Pos, "& of variable %s, which holds %s: only of an integer, a pointer or a string", v.Name, t)
			return nil
		}
		return &Type{Kind: Pointer, Size: 8, Target: target}
	}
	c.errorf(e.Pos, "unknown operator %s", e.Op)
	return nil
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func (c *checker) binary(e *BinaryExpr) *Type {
	x, y := c.expr(e.X), c.expr(e.Y)
	if x == nil || y == nil {
		return nil
	}
	if x.Kind == String || y.Kind == String {
		if e.Op != "==" && e.Op != "!=" {
			if isParam(e.X) && x.Kind == String {
				return nilIf(c.wantInt(e.X, x, ""))
			}
			if isParam(e.Y) && y.Kind == String {
				return nilIf(c.wantInt(e.Y, y, ""))
			}
			c.errorf(e.Pos, "operator %s does not apply to strings; only == and != do", e.Op)
			return nil
		}
		if x.Kind != String || y.Kind != String {
			c.errorf(e.Pos, "cannot compare %s with %s", x, y)
			return nil
		}
		return Int64Type
	}
	if !c.wantIntFor(e.X, x, "operator ", e.Op) || !c.wantIntFor(e.Y, y, "operator ", e.Op) {
		return nil
	}
	if t := c.pointerArith(e, x, y); t != nil {
		return t
	}
	c.warnSigns(e, x, y)
	// bpftrace 0.17's rules: the operands are widened to 64 bits keeping
	// their values; a comparison is signed only when both are, and so is
	// the result; division, remainder and right shift are unsigned
	// whatever the signs (a shift's result has its left operand's).
	signed := x.Signed && y.Signed
	if e.Op == "<<" || e.Op == ">>" {
		signed = x.Signed
	}
	kx, okx := c.info.Consts[e.X]
	ky, oky := c.info.Consts[e.Y]
	if okx && oky {
		if v, ok := c.fold(e, kx.Int, ky.Int, !(x.Signed && y.Signed)); ok {
			c.info.Consts[e] = Const{Int: v}
		}
	} else if oky && ky.Int == 0 && (e.Op == "/" || e.Op == "%") {
		c.errorf(e.Y.Position(), "division by zero")
	}
	switch e.Op {
	case "==", "!=", "<", "<=", ">", ">=", "&&", "||":
		return Int64Type
	}
	// An address computed from a user-space one is one too.
	return inUser(IntType(8, signed), x.User || y.User)
}

// fold computes a binary operation on two constants, as the program
// would: a comparison is unsigned when unsigned says so, division,
// remainder and right shift always are.
func (c *checker) fold(e *BinaryExpr, a, b uint64, unsigned bool) (uint64, bool) {
	sa, sb := int64(a), int64(b)
	switch e.Op {
	case "+":
		return a + b, true
	case "-":
		return a - b, true
	case "*":
		return a * b, true
	case "/", "%":
		if b == 0 {
			c.errorf(e.Y.Position(), "division by zero")
			return 0, false
		}
		if e.Op == "/" {
			return a / b, true
		}
		return a % b, true
	case "&":
		return a & b, true
	case "|":
		return a | b, true
	case "^":
		return a ^ b, true
	case "<<":
		return a << (b & 63), true
	case ">>":
		return a >> (b & 63), true
	case "==":
		return b2u(a == b), true
	case "!=":
		return b2u(a != b), true
	case "&&":
		return b2u(a != 0 && b != 0), true
	case "||":
		return b2u(a != 0 || b != 0), true
	case "<", "<=", ">", ">=":
		var lt, eq bool
		if unsigned {
			lt, eq = a < b, a == b
		} else {
			lt, eq = sa < sb, sa == sb
		}
		switch e.Op {
		case "<":
			return b2u(lt), true
		case "<=":
			return b2u(lt || eq), true
		case ">":
			return b2u(!lt && !eq), true
		}
		return b2u(!lt), true
	}
	return 0, false
}

// pointerArith types C pointer arithmetic: a typed pointer plus or minus
// an integer moves by whole elements, and the difference of two pointers
// counts elements. It returns nil for anything else.
func (c *checker) pointerArith(e *BinaryExpr, x, y *Type) *Type {
	typed := func(t *Type) bool { return t.Kind == Pointer && t.Target != nil }
	switch {
	case typed(x) && y.Kind == Int && (e.Op == "+" || e.Op == "-"):
		c.info.Offsets[e] = targetSize(x)
		return x
	case typed(y) && x.Kind == Int && e.Op == "+":
		c.info.Offsets[e] = targetSize(y)
		return y
	case typed(x) && typed(y) && e.Op == "-":
		c.info.Offsets[e] = targetSize(x)
		return Int64Type
	}
	return nil
}

func (c *checker) ternary(e *TernaryExpr) *Type {
	cond, a, b := c.expr(e.Cond), c.expr(e.Then), c.expr(e.Else)
	if cond == nil || a == nil || b == nil {
		return nil
	}
	if !c.wantInt(e.Cond, cond, "the condition of ?:") {
		return nil
	}
	if !sameShape(a, b) || a.Kind == Record || a.Kind == Void || a.Kind == Agg || a.Kind == Struct || a.Kind == Array {
		c.errorf(e.Pos, "the branches of ?: must have the same type, not %s and %s", a, b)
		return nil
	}
	t := clone(a)
	unify(t, b)
	if t.Bool {
		return BoolType() // c ? true : false is a bool
	}
	if t.IsInteger() {
		// Signed as its first branch is, as in bpftrace 0.17:
		// c ? -1 : (uint32)1 is an int64, c ? (uint32)1 : -1 a uint64.
		return inUser(IntType(8, a.Signed), a.User || b.User)
	}
	return t
}

// intTypeNames maps the integer type names a cast may use to their size and
// signedness.
var intTypeNames = map[string]struct {
	size   int
	signed bool
}{
	"int8": {1, true}, "int16": {2, true}, "int32": {4, true}, "int64": {8, true},
	"uint8": {1, false}, "uint16": {2, false}, "uint32": {4, false}, "uint64": {8, false},
	"s8": {1, true}, "s16": {2, true}, "s32": {4, true}, "s64": {8, true},
	"u8": {1, false}, "u16": {2, false}, "u32": {4, false}, "u64": {8, false},
	"__s8": {1, true}, "__s16": {2, true}, "__s32": {4, true}, "__s64": {8, true},
	"__u8": {1, false}, "__u16": {2, false}, "__u32": {4, false}, "__u64": {8, false},
	"int8_t": {1, true}, "int16_t": {2, true}, "int32_t": {4, true}, "int64_t": {8, true},
	"uint8_t": {1, false}, "uint16_t": {2, false}, "uint32_t": {4, false}, "uint64_t": {8, false},
	"char": {1, true}, "short": {2, true}, "int": {4, true}, "long": {8, true},
	"unsigned": {4, false}, "signed": {4, true}, "bool": {1, false}, "size_t": {8, false},
}

func (c *checker) cast(e *CastExpr) *Type {
	t := c.expr(e.X)
	if t == nil {
		return nil
	}
	if e.Type.Ptr > 0 {
		if !c.wantInt(e.X, t, "a cast to a pointer") {
			return nil
		}
		// The pointer is where the value pointed: in user memory for a
		// user-space address, and for a constant address in a probe
		// on user-space code.
		_, constant := c.info.Consts[e.X]
		return inUser(c.pointerType(e.Type), t.User || constant && c.userProbe())
	}
	if e.Type.Tag == "enum" {
		et := c.enumType(e.Type)
		if et == nil || !t.IsInteger() && !c.wantInt(e.X, t, "a cast to "+e.Type.String()) {
			return nil
		}
		if k, ok := c.info.Consts[e.X]; ok {
			c.info.Consts[e] = Const{Int: truncate(k.Int, et.Size, et.Signed)}
		}
		return et
	}
	if e.Type.Name == "bool" && e.Type.Tag == "" {
		// (bool)x is whether x is not zero.
		if !c.wantInt(e.X, t, "a cast to bool") {
			return nil
		}
		if k, ok := c.info.Consts[e.X]; ok {
			c.info.Consts[e] = Const{Int: b2u(k.Int != 0)}
		}
		return BoolType()
	}
	it, ok := intTypeNames[e.Type.Name]
	if !ok && e.Type.Tag == "" {
		if kt := c.kernelIntType(e.Type.Name); kt != nil {
			it.size, it.signed, ok = kt.Size, kt.Signed, true
		}
	}
	if e.Type.Tag != "" || !ok {
		c.errorf(e.Type.Pos, "cannot cast to %s: only integer types, enums and pointers", e.Type)
		return nil
	}
	if k := c.info.Consts[e.X]; k.Bytes != nil {
		// pton()'s bytes read as an integer, in this machine's order.
		if it.size > len(k.Bytes) {
			c.errorf(e.Type.Pos, "cannot cast %d bytes to %s", len(k.Bytes), e.Type)
			return nil
		}
		var v uint64
		for i := it.size - 1; i >= 0; i-- {
			v = v<<8 | uint64(k.Bytes[i])
		}
		c.info.Consts[e] = Const{Int: truncate(v, it.size, it.signed)}
		return IntType(it.size, it.signed)
	}
	if !c.wantIntFor(e.X, t, "a cast to ", e.Type.Name) {
		return nil
	}
	if k, ok := c.info.Consts[e.X]; ok {
		c.info.Consts[e] = Const{Int: truncate(k.Int, it.size, it.signed)}
	}
	return inUser(IntType(it.size, it.signed), t.User)
}

// truncate narrows v to size bytes and extends it back to 64 bits.
func truncate(v uint64, size int, signed bool) uint64 {
	if size >= 8 {
		return v
	}
	bits := uint(size * 8)
	v &= 1<<bits - 1
	if signed && v&(1<<(bits-1)) != 0 {
		v |= ^uint64(0) << bits
	}
	return v
}

// userProbe reports whether every target of the probe being checked is
// in user-space code (uprobes), where an address of no known origin is
// taken to be a user-space one, as bpftrace does.
func (c *checker) userProbe() bool {
	if c.probe == nil || len(c.probe.Targets) == 0 {
		return false
	}
	for _, t := range c.probe.Targets {
		if !t.Kind.IsUser() {
			return false
		}
	}
	return true
}

// pointerType resolves the pointee of a cast such as (struct sock *); a
// pointer to pointers, (struct sock **), points to a pointer to the next
// level, down to the named type.
func (c *checker) pointerType(tn TypeName) *Type {
	var target btf.Type
	if tn.Tag == "" {
		it, ok := intTypeNames[tn.Name]
		if !ok {
			return &Type{Kind: Pointer, Size: 8}
		}
		enc := btf.Unsigned
		if it.signed {
			enc = btf.Signed
		}
		target = &btf.Int{Name: tn.Name, Size: uint32(it.size), Encoding: enc}
	} else {
		var err error
		if target, err = c.lookupType(tn.Tag, tn.Name); err != nil {
			c.errorf(tn.Pos, "%w", err)
			return nil
		}
	}
	for i := 1; i < tn.Ptr; i++ {
		target = &btf.Pointer{Target: target}
	}
	return &Type{Kind: Pointer, Size: 8, Target: target}
}

func (c *checker) field(e *FieldExpr) *Type {
	if id, ok := e.X.(*Ident); ok && id.Name == "args" {
		c.argsField = e.Name
	}
	t := c.expr(e.X)
	c.argsField = ""
	if t == nil {
		return nil
	}
	if t.Kind == Record {
		f := t.Field(e.Name)
		if f == nil {
			c.errorf(e.Pos, "%s has no field %q; it has %s", t.Name, e.Name, fieldNames(t))
			return nil
		}
		if c.target != nil && t == c.target.Args {
			// One program is compiled per target, each reading its own
			// layout: the field must exist, with the same kind of type,
			// in every target's args.
			for _, other := range c.probe.Targets[1:] {
				of := other.Args.Field(e.Name)
				if of == nil {
					c.errorf(e.Pos, "%s has no field %q (the probe's other targets have it)", other.Args.Name, e.Name)
					return nil
				}
				if !sameShape(of.Type, f.Type) || of.DataLoc != f.DataLoc {
					c.errorf(e.Pos, "field %q is %s in %s but %s in %s", e.Name, f.Type, t.Name, of.Type, other.Args.Name)
					return nil
				}
			}
		}
		return f.Type
	}
	if t.Kind == Tuple && t.Names != nil {
		for i, n := range t.Names {
			if n == e.Name {
				c.info.RecordFields[e] = i
				return t.Elems[i]
			}
		}
		c.errorf(e.Pos, "record %s has no field %q", t, e.Name)
		return nil
	}
	op := "."
	if e.Arrow {
		op = "->"
	}
	var container btf.Type
	switch {
	case t.Kind == Pointer && t.Target != nil && isComposite(t.Target):
		// As in today's bpftrace, . through a pointer reads the member
		// it points to, as -> does.
		e.Arrow = true
		container = t.Target
	case t.Kind == Struct:
		e.Arrow = false // -> on a struct is . (bpftrace makes them one)
		container = t.BTF
	case t.Kind == Pointer:
		c.errorf(e.Pos, "%s%s: %s does not point to a struct or union; cast it, as in ((struct sock *)ptr)%s%s", op, e.Name, t, op, e.Name)
		return nil
	default:
		c.errorf(e.Pos, "%s%s: %s has no members", op, e.Name, t)
		return nil
	}
	m, off, ok := c.findMember(e.Pos, container, e.Name)
	if !ok {
		c.errorf(e.Pos, "%s has no member %q%s", btfName(container), e.Name, suggest(e.Name, c.memberNames(e.Pos, container)))
		return nil
	}
	acc, err := access(m, off)
	if err != nil {
		c.errorf(e.Pos, "%s.%s: %v", btfName(container), e.Name, err)
		return nil
	}
	mt, err := kernelType(m.Type)
	if err != nil {
		c.errorf(e.Pos, "%s.%s: %v", btfName(container), e.Name, err)
		return nil
	}
	c.info.Members[e] = acc
	// A member of a struct in user memory is there too; a pointer read
	// from there points into it.
	return inUser(mt, t.User)
}

func fieldNames(t *Type) string {
	names := make([]string, len(t.Fields))
	for i, f := range t.Fields {
		names[i] = f.Name
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

func (c *checker) index(e *IndexExpr) *Type {
	t, it := c.expr(e.X), c.expr(e.Index)
	if t == nil || it == nil {
		return nil
	}
	if !c.wantInt(e.Index, it, "an array index") {
		return nil
	}
	n, isConst := c.constInt(e.Index)
	switch {
	case t.Kind == Pointer && t.Target != nil:
		elem, err := kernelType(t.Target)
		if err != nil {
			c.errorf(e.Pos, "indexing %s: %w", t, err)
			return nil
		}
		c.info.Offsets[e] = targetSize(t)
		return inUser(elem, t.User)
	case t.Kind == Array:
		if isConst && (n < 0 || n >= int64(t.Len)) {
			c.errorf(e.Index.Position(), "index %d out of range: the array has %d elements", n, t.Len)
			return nil
		}
		if k := c.info.Consts[e.X]; k.Bytes != nil {
			if !isConst {
				c.errorf(e.Index.Position(), "an index into pton()'s address must be a constant")
				return nil
			}
			c.info.Consts[e] = Const{Int: uint64(k.Bytes[n])}
			return t.Elem
		}
		if !isConst && c.isArgsField(e.X) {
			c.errorf(e.Index.Position(), "an index into a tracepoint field must be a constant")
			return nil
		}
		c.info.Offsets[e] = t.Elem.Size
		return inUser(t.Elem, t.User)
	}
	if t.Kind == Tuple {
		// t[i] with i a constant is t.i.
		switch {
		case !isConst:
			c.errorf(e.Index.Position(), "a tuple's index must be a constant")
			return nil
		case n < 0 || n >= int64(len(t.Elems)):
			c.errorf(e.Index.Position(), "index %d out of range: the tuple has %d elements", n, len(t.Elems))
			return nil
		}
		c.info.TupleIndexes[e] = int(n)
		return t.Elems[n]
	}
	if t.Kind == String {
		// s[i] is the string's byte i, a char; past its capacity, 0.
		if k, ok := c.info.Consts[e.X]; ok && k.IsString && isConst {
			var b byte
			if n >= 0 && n < int64(len(k.Str)) {
				b = k.Str[n]
			}
			c.info.Consts[e] = Const{Int: uint64(int64(int8(b)))}
		}
		if isConst && (n < 0 || n >= int64(t.Size)) {
			c.errorf(e.Index.Position(), "index %d out of range: the string holds %d bytes", n, t.Size)
			return nil
		}
		c.info.Offsets[e] = 1
		return inUser(IntType(1, true), t.User)
	}
	c.errorf(e.Pos, "cannot index %s", t)
	return nil
}

// isArgsField reports whether e reads a field of a tracepoint's args,
// which lives in the probe's context rather than in kernel memory.
func (c *checker) isArgsField(e Expr) bool {
	f, ok := e.(*FieldExpr)
	if !ok {
		return false
	}
	t := c.info.Types[f.X]
	return t != nil && t.Kind == Record
}

func itoa(n int) string { return strconv.Itoa(n) }

// nilIf returns nil; it lets an error path read as one expression.
func nilIf(bool) *Type { return nil }

// pure reports whether evaluating e does nothing but give its value:
// literals, variables, builtins, member and element reads, and operators
// on them, but no call, block or map update.
func pure(e Expr) bool {
	switch e := e.(type) {
	case *IntLit, *StrLit, *VarExpr, *Ident, *ParamExpr, *PosParamExpr:
		return true
	case *FieldExpr:
		return pure(e.X)
	case *IndexExpr:
		return pure(e.X) && pure(e.Index)
	case *UnaryExpr:
		return e.Op != "++" && e.Op != "--" && pure(e.X)
	case *BinaryExpr:
		return pure(e.X) && pure(e.Y)
	case *CastExpr:
		return pure(e.X)
	}
	return false
}
