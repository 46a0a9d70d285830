package lang

// Checking loops, declarations and block expressions.

func (c *checker) forStmt(s *ForStmt) {
	c.scopes = append(c.scopes, nil)
	defer func() { c.scopes = c.scopes[:len(c.scopes)-1] }()
	var vt *Type
	if s.Map != nil {
		vt = c.mapElemType(s.Map)
	} else {
		from, to := c.expr(s.From), c.expr(s.To)
		if from != nil && c.wantInt(s.From, from, "a range's start") && to != nil && c.wantInt(s.To, to, "a range's end") {
			vt = IntType(8, true)
		}
	}
	if vt == nil {
		vt = IntType(8, true) // the error is said; check the body all the same
	}
	c.declare(s.Var, vt)
	c.loops++
	c.block(s.Body)
	c.loops--
}

// mapElemType is the type of the variable of a for loop over a map:
// (key, value), the key a tuple when the map has several.
func (c *checker) mapElemType(ref *MapExpr) *Type {
	m := c.wholeMap(ref)
	if m == nil {
		return nil
	}
	if len(m.Keys) == 0 {
		c.errorf(ref.Pos, "for loops over map %s, which has no keys: only a map with keys has elements to loop over", ref.Name)
		return nil
	}
	val := m.Value
	if val.Kind == Agg {
		switch val.Agg {
		case Count, Sum, Min, Max, Avg:
			val = IntType(8, val.Agg != Count && (m.Arg == nil || m.Arg.Signed))
		default:
			c.errorf(ref.Pos, "for cannot loop over map %s, which holds %s: only over counts, sums, minimums, maximums, averages and plain values", ref.Name, val)
			return nil
		}
	}
	key := m.Keys[0]
	if len(m.Keys) > 1 {
		key = TupleType(m.Keys...)
	}
	c.info.Types[ref] = m.Value
	return TupleType(clone(key), clone(val))
}

func (c *checker) whileStmt(s *WhileStmt) {
	if t := c.expr(s.Cond); t != nil && !t.IsInteger() {
		c.errorf(s.Cond.Position(), "condition must be an integer or a pointer, not %s", t)
	}
	c.loops++
	c.block(s.Body)
	c.loops--
}

// let declares a variable in the innermost block.
func (c *checker) let(s *LetStmt) {
	var declared *Type
	if s.Type != nil {
		declared = c.declType(s.Type)
		if declared == nil {
			c.declare(s.Var, nil)
			return
		}
	}
	var vt *Type
	if s.Value != nil {
		vt = c.storedValue(s.Value, c.expr(s.Value))
		if vt != nil && !storable(vt) {
			c.errorf(s.Value.Position(), "cannot assign %s to a variable; read its members instead", vt)
			vt = nil
		}
		if vt == nil {
			c.declare(s.Var, nil)
			return
		}
		if declared != nil && !sameShape(declared, vt) {
			c.errorf(s.Value.Position(), "variable %s is declared %s, cannot assign %s", s.Var.Name, declared, vt)
			c.declare(s.Var, nil)
			return
		}
		if declared != nil {
			c.checkFits(s.Value, vt, declared)
		}
	}
	switch {
	case declared != nil:
		v := c.declare(s.Var, declared)
		v.Declared = true
	case vt != nil:
		c.declare(s.Var, clone(vt))
	default:
		v := c.declare(s.Var, nil)
		v.pending = true
	}
}

// storable reports whether a variable can hold a value of type t.
func storable(t *Type) bool {
	switch t.Kind {
	case Void, Agg, Record, Struct, Array:
		return false
	}
	return true
}

// declType resolves the type a declaration gives.
func (c *checker) declType(d *DeclType) *Type {
	if d.Typeof != nil {
		t := c.expr(d.Typeof)
		if t == nil {
			return nil
		}
		if !storable(t) {
			c.errorf(d.Pos, "cannot declare a variable of %s", t)
			return nil
		}
		return clone(t)
	}
	tn := d.Type
	switch {
	case tn.Ptr > 0:
		if d.Len > 0 {
			c.errorf(d.Pos, "arrays of pointers are not supported in declarations")
			return nil
		}
		return c.pointerType(tn)
	case tn.Tag == "enum":
		return c.enumType(tn)
	case tn.Tag != "":
		c.errorf(d.Pos, "cannot declare a variable of %s: a variable holds integers, pointers, strings and tuples; declare a pointer to it", tn)
		return nil
	case tn.Name == "string":
		size := defaultStrLen
		if d.Len > 0 {
			size = d.Len
		}
		if size > maxStrLen {
			c.errorf(d.Pos, "string[%d] is longer than %d bytes, the most a string holds", size, maxStrLen)
			return nil
		}
		return StringType(size)
	case tn.Name == "bool" && d.Len == 0:
		return BoolType()
	}
	it, ok := intTypeNames[tn.Name]
	if !ok {
		if t := c.kernelIntType(tn.Name); t != nil {
			return t
		}
		c.errorf(d.Pos, "unknown type %s", tn.Name)
		return nil
	}
	if d.Len > 0 {
		c.errorf(d.Pos, "arrays are not supported in declarations")
		return nil
	}
	return IntType(it.size, it.signed)
}

// blockExpr checks { statements; value } and returns the value's type.
func (c *checker) blockExpr(e *BlockExpr) *Type {
	c.scopes = append(c.scopes, nil)
	defer func() { c.scopes = c.scopes[:len(c.scopes)-1] }()
	for _, s := range e.Stmts {
		c.stmt(s)
	}
	if e.Value == nil {
		if e.Macro != "" {
			c.errorf(e.Pos, "macro %s gives no value: its body does not end in an expression (without a ';' after it)", e.Macro)
		} else {
			c.errorf(e.Pos, "this block gives no value: end it with an expression, without a ';' after it")
		}
		return nil
	}
	t := c.expr(e.Value)
	if k, ok := c.info.Consts[e.Value]; ok && len(e.Stmts) == 0 {
		c.info.Consts[e] = k
	}
	return t
}

// record checks (name = value, …): a tuple with names.
func (c *checker) record(e *RecordExpr) *Type {
	seen := map[string]bool{}
	var elems []*Type
	for i, x := range e.Elems {
		if seen[e.Names[i]] {
			c.errorf(x.Position(), "record field %s is given twice", e.Names[i])
			return nil
		}
		seen[e.Names[i]] = true
		t := c.expr(x)
		if t == nil {
			return nil
		}
		if !tupleElem(t) {
			c.errorf(x.Position(), "a record cannot hold %s", t)
			return nil
		}
		elems = append(elems, clone(t))
	}
	t := TupleType(elems...)
	t.Names = append([]string(nil), e.Names...)
	return t
}

// tupleElem reports whether a tuple (or a record) can hold a value of t.
func tupleElem(t *Type) bool {
	switch t.Kind {
	case Int, Pointer, String, Tuple, Inet, Ksym, Stack:
		return true
	}
	return false
}

// checkFits refuses a constant integer that a declared variable's type
// cannot hold (let $a: uint8 = 300), as bpftrace does: the value would
// silently be another.
func (c *checker) checkFits(e Expr, from, to *Type) {
	k, ok := c.info.Consts[e]
	if !ok || k.IsString || to.Kind != Int || to.Bool {
		return
	}
	v := int64(k.Int)
	var fits bool
	switch {
	case to.Size >= 8:
		fits = to.Signed || !from.Signed || v >= 0
	case to.Signed:
		fits = v >= -1<<(8*to.Size-1) && v <= 1<<(8*to.Size-1)-1
	default:
		fits = v >= 0 && v <= 1<<(8*to.Size)-1
	}
	if !fits {
		c.errorf(e.Position(), "%d does not fit in %s; cast it if that is what you mean: (%s)%d", v, to, to, v)
	}
}
