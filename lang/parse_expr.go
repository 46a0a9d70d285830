package lang

// The hand-written parser's expressions and types (parser.go describes
// the parser). Binary operators are kept as a flat list, which build.go
// arranges by precedence.

// needExpr is an expression where the grammar requires one.
func (p *scriptParser) needExpr(c *cursor) (*pExpr, *syntaxError) {
	x, err := p.expr(c)
	if err == nil && x == nil {
		err = p.fail(c, "an expression")
	}
	return x, err
}

// needUnary is an operand where the grammar requires one.
func (p *scriptParser) needUnary(c *cursor) (*pUnary, *syntaxError) {
	x, err := p.unary(c)
	if err == nil && x == nil {
		err = p.fail(c, "an expression")
	}
	return x, err
}

// expr is an expression (pExpr): operands and binary operators, then an
// optional ?:.
func (p *scriptParser) expr(c *cursor) (_ *pExpr, err *syntaxError) {
	if !p.startsOperand(c) {
		return nil, nil
	}
	defer func() { c.note(err) }()
	// Allocated with its first field set, not set by unaryInto: see
	// unaryInto.
	x := &pExpr{Head: pUnary{Pos: p.posAt(c)}}
	if ok, err := p.unaryInto(c, &x.Head); !ok {
		return nil, err
	}
	if x.Ops, x.Xs, err = p.operations(c, ""); err != nil {
		return nil, err
	}
	if x.Then, x.Else, err = ternary(p, c, p.expr); err != nil {
		return nil, err
	}
	return x, nil
}

// predicate is a probe's predicate (pPredicate): an expression whose
// top-level operators exclude "/".
func (p *scriptParser) predicate(c *cursor) (_ *pPredicate, err *syntaxError) {
	if !p.startsOperand(c) {
		return nil, nil
	}
	defer func() { c.note(err) }()
	x := &pPredicate{Head: pUnary{Pos: p.posAt(c)}}
	if ok, err := p.unaryInto(c, &x.Head); !ok {
		return nil, err
	}
	ops, xs, err := p.operations(c, "/")
	if err != nil {
		return nil, err
	}
	for _, op := range ops {
		x.Ops = append(x.Ops, predOp(op))
	}
	x.Xs = xs
	if x.Then, x.Else, err = ternary(p, c, p.predicate); err != nil {
		return nil, err
	}
	return x, nil
}

// operations parses the binary operators (any but except) and operands
// after an expression's first operand.
func (p *scriptParser) operations(c *cursor, except string) (ops []binOp, xs []*pUnary, _ *syntaxError) {
	err := p.star(c, func(b *cursor) (bool, *syntaxError) {
		op, ok := p.binOp(b, except)
		if !ok {
			return false, nil
		}
		y, err := p.needUnary(b)
		if err != nil {
			return false, err
		}
		ops, xs = append(ops, op), append(xs, y)
		return true, nil
	})
	if err != nil {
		return nil, nil, err
	}
	return ops, xs, nil
}

// ternary parses the optional "? then : else" of an expression, whose
// else is parsed by els.
func ternary[T any](p *scriptParser, c *cursor, els func(*cursor) (*T, *syntaxError)) (then *pExpr, otherwise *T, _ *syntaxError) {
	_, err := p.opt(c, func(b *cursor) (bool, *syntaxError) {
		if !p.lit(b, "?") {
			return false, nil
		}
		t, err := p.needExpr(b)
		if err != nil {
			return false, err
		}
		if !p.lit(b, ":") {
			return false, p.fail(b, `":"`)
		}
		e, err := els(b)
		if err == nil && e == nil {
			err = p.fail(b, "an expression")
		}
		if err != nil {
			return false, err
		}
		then, otherwise = t, e
		return true, nil
	})
	if err != nil {
		return nil, nil, err
	}
	return then, otherwise, nil
}

// binOp consumes a binary operator other than except.
func (p *scriptParser) binOp(c *cursor, except string) (binOp, bool) {
	t := p.peek(c)
	if !binaryOps[t.Value] || t.Value == except {
		return binOp{}, false
	}
	p.next(c)
	return binOp{Pos: p.position(t), Op: t.Value}, true
}

// startsOperand reports whether the next token may start an operand:
// where it cannot, every alternative of pUnary would fail to match
// without an error, so the parser need not try them.
func (p *scriptParser) startsOperand(c *cursor) bool { return startsOperand(p.peek(c)) }

// startsOperand reports whether t may start an operand.
func startsOperand(t *token) bool {
	switch t.Type {
	case tokMap, tokInt, tokString, tokParam, tokPosParam, tokVar:
		return true
	case tokIdent:
		return !isKeyword(t.Value) || t.Value == "if"
	}
	return t.Value == "(" || t.Value == "{" || isUnaryOp(t.Value)
}

// unary is an operand and its suffixes (pUnary).
func (p *scriptParser) unary(c *cursor) (*pUnary, *syntaxError) {
	if !p.startsOperand(c) {
		return nil, nil
	}
	u := &pUnary{Pos: p.posAt(c)}
	if ok, err := p.unaryInto(c, u); !ok {
		return nil, err
	}
	return u, nil
}

// unaryInto parses an operand into u, reporting whether one matched. u
// comes with its Pos set, the next token's, by the allocation that made
// it: these are most of the parser's memory, and the first access to a
// fresh heap page should be a write. When it was u.Pos's assignment here,
// the compiler's nil check of u read the page first, which the kernel
// maps to its shared zero page, and the write then took a second fault to
// copy it and flush the other CPUs' TLBs: a third of udplat's parse
// stage in a fresh process.
func (p *scriptParser) unaryInto(c *cursor, u *pUnary) (_ bool, err *syntaxError) {
	defer func() { c.note(err) }()
	ok, err := p.alts(c,
		func(b *cursor) (bool, *syntaxError) {
			a, ok := p.atom(b)
			u.Atom = a
			return ok, nil
		},
		func(b *cursor) (bool, *syntaxError) {
			t := p.peek(b)
			if t.Type != tokIdent || keywords[t.Value] {
				return false, nil
			}
			if p.toks[b.at+1].Value != "(" {
				// callStart fails past the name, as a call would.
				b.at++
				return false, p.fail(b, `"("`)
			}
			call, err := p.call(b)
			if call == nil {
				return false, err
			}
			u.Call = *call
			return true, nil
		},
		func(b *cursor) (bool, *syntaxError) {
			t := p.peek(b)
			if t.Type != tokIdent || keywords[t.Value] {
				return false, nil
			}
			p.next(b)
			u.Ident = name(t.Value)
			return true, nil
		},
		func(b *cursor) (bool, *syntaxError) {
			m, err := p.mapRef(b)
			if m == nil {
				return false, err
			}
			u.Map = *m
			return true, nil
		},
		func(b *cursor) (bool, *syntaxError) { v, err := p.paren(b); u.Paren = v; return v != nil, err },
		func(b *cursor) (bool, *syntaxError) { v, err := p.block(b); u.Block = v; return v != nil, err },
		func(b *cursor) (bool, *syntaxError) { v, err := p.ifStmt(b); u.If = v; return v != nil, err },
		func(b *cursor) (bool, *syntaxError) {
			t := p.peek(b)
			if !unaryOps[t.Value] {
				return false, nil
			}
			p.next(b)
			x, err := p.needUnary(b)
			if err != nil {
				return false, err
			}
			u.Op, u.X = &unaryOp{Pos: p.position(t), Op: t.Value}, x
			return true, nil
		},
	)
	if !ok {
		return false, err
	}
	if err = p.star(c, func(b *cursor) (bool, *syntaxError) {
		s, err := p.suffix(b)
		if s == nil {
			return false, err
		}
		u.Suffixes = append(u.Suffixes, s)
		return true, nil
	}); err != nil {
		return false, err
	}
	return true, nil
}

// atom is a one-token operand (see the type atom), or a duration.
func (p *scriptParser) atom(c *cursor) (atom, bool) {
	t := p.peek(c)
	switch t.Type {
	case tokMap:
		if p.toks[c.at+1].Value == "[" {
			return atom{}, false
		}
		c.at++
	case tokInt:
		c.at++
		if u := p.peek(c); u.Type == tokIdent && durationUnits[u.Value] != 0 && u.Pos.Offset == t.Pos.Offset+len(t.Value) && !isHexLiteral(t.Value) {
			c.at++
			return atom{Type: t.Type, Value: t.Value + u.Value}, true
		}
	case tokString, tokParam, tokPosParam, tokVar:
		c.at++
	default:
		return atom{}, false
	}
	return atom{Type: t.Type, Value: t.Value}, true
}

// suffix is a member access, an index or a postfix ++ or -- (pSuffix).
func (p *scriptParser) suffix(c *cursor) (_ *pSuffix, err *syntaxError) {
	defer func() { c.note(err) }()
	t := p.peek(c)
	switch t.Value {
	case "->", ".", "[", "++", "--":
	default:
		return nil, nil
	}
	s := &pSuffix{At: suffixStart{Pos: p.position(t)}}
	ok, err := p.alts(c,
		func(b *cursor) (bool, *syntaxError) {
			if !p.lit(b, "->") {
				return false, nil
			}
			v, ok := p.ref(b, tokIdent)
			if !ok {
				return false, p.fail(b, "a name")
			}
			s.Arrow = v
			return true, nil
		},
		func(b *cursor) (bool, *syntaxError) {
			if !p.lit(b, ".") {
				return false, nil
			}
			v := p.peek(b)
			if v.Type != tokIdent && v.Type != tokInt {
				return false, p.fail(b, expectMember)
			}
			p.next(b)
			s.Dot = v.Value
			return true, nil
		},
		func(b *cursor) (bool, *syntaxError) {
			if !p.lit(b, "[") {
				return false, nil
			}
			x, err := p.needExpr(b)
			if err != nil {
				return false, err
			}
			if !p.lit(b, "]") {
				return false, p.fail(b, `"]"`)
			}
			s.Index = x
			return true, nil
		},
		func(b *cursor) (bool, *syntaxError) {
			if v := p.peek(b).Value; v == "++" || v == "--" {
				p.next(b)
				s.IncDec = v
				return true, nil
			}
			return false, nil
		},
	)
	if !ok {
		return nil, err
	}
	return s, nil
}

// mapRef is a map and its keys (pMapRef).
func (p *scriptParser) mapRef(c *cursor) (_ *pMapRef, err *syntaxError) {
	defer func() { c.note(err) }()
	m := &pMapRef{}
	var ok bool
	if m.Name, ok = p.ref(c, tokMap); !ok {
		return nil, nil
	}
	if _, err = p.opt(c, func(b *cursor) (bool, *syntaxError) {
		if !p.lit(b, "[") {
			return false, nil
		}
		keys, err := p.exprList(b)
		if err != nil {
			return false, err
		}
		if !p.lit(b, "]") {
			return false, p.fail(b, `"]"`)
		}
		m.Keys = keys
		return true, nil
	}); err != nil {
		return nil, err
	}
	return m, nil
}

// exprList is expressions separated by commas, one at least.
func (p *scriptParser) exprList(c *cursor) ([]*pExpr, *syntaxError) {
	list, err := commaList(p, c, p.expr, "an expression")
	if err == nil && list == nil {
		err = p.fail(c, "an expression")
	}
	return list, err
}

// commaList parses an item, then "," and an item as often as they
// follow; item returns nil, nil where none stands, which after a "," is
// an error (expect says what was expected). commaList returns nil, nil
// when no first item stands.
func commaList[T any](p *scriptParser, c *cursor, item func(*cursor) (*T, *syntaxError), expect string) ([]*T, *syntaxError) {
	x, err := item(c)
	if x == nil {
		return nil, err
	}
	list := []*T{x}
	err = p.star(c, func(b *cursor) (bool, *syntaxError) {
		if !p.lit(b, ",") {
			return false, nil
		}
		x, err := item(b)
		if err == nil && x == nil {
			err = p.fail(b, expect)
		}
		if err != nil {
			return false, err
		}
		list = append(list, x)
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return list, nil
}

// call is a function call (pCall).
func (p *scriptParser) call(c *cursor) (_ *pCall, err *syntaxError) {
	defer func() { c.note(err) }()
	t := p.peek(c)
	if t.Type != tokIdent || keywords[t.Value] {
		return nil, nil
	}
	p.next(c)
	call := &pCall{Name: name(t.Value)}
	if !p.lit(c, "(") {
		return nil, p.fail(c, `"("`)
	}
	if _, err = p.opt(c, func(b *cursor) (bool, *syntaxError) {
		args, err := commaList(p, b, p.arg, "an argument")
		call.Args = args
		return args != nil, err
	}); err != nil {
		return nil, err
	}
	if !p.lit(c, ")") {
		return nil, p.fail(c, `")"`)
	}
	return call, nil
}

// arg is a call's argument: a type or an expression (pArg).
func (p *scriptParser) arg(c *cursor) (_ *pArg, err *syntaxError) {
	defer func() { c.note(err) }()
	a := &pArg{}
	ok, err := p.alts(c,
		func(b *cursor) (bool, *syntaxError) { v, err := p.typeName(b); a.Type = v; return v != nil, err },
		func(b *cursor) (bool, *syntaxError) { v, err := p.expr(b); a.X = v; return v != nil, err },
	)
	if !ok {
		return nil, err
	}
	return a, nil
}

// paren is a cast, a record, a tuple or an expression in parentheses
// (pParen).
func (p *scriptParser) paren(c *cursor) (_ *pParen, err *syntaxError) {
	defer func() { c.note(err) }()
	if !p.lit(c, "(") {
		return nil, nil
	}
	x := &pParen{}
	ok, err := p.alts(c,
		func(b *cursor) (bool, *syntaxError) {
			t, err := p.typeName(b)
			if t == nil {
				return false, err
			}
			if !p.lit(b, ")") {
				return false, p.fail(b, `")"`)
			}
			u, err := p.needUnary(b)
			if err != nil {
				return false, err
			}
			x.Cast, x.CastX = t, u
			return true, nil
		},
		func(b *cursor) (bool, *syntaxError) {
			fields, err := commaList(p, b, p.recordField, expectRecordField)
			if fields == nil {
				return false, err
			}
			if !p.lit(b, ")") {
				return false, p.fail(b, `")"`)
			}
			x.Record = fields
			return true, nil
		},
		func(b *cursor) (bool, *syntaxError) {
			elems, err := commaList(p, b, p.expr, "an expression")
			if elems == nil {
				return false, err
			}
			if !p.lit(b, ")") {
				return false, p.fail(b, `")"`)
			}
			x.Elems = elems
			return true, nil
		},
	)
	if err == nil && !ok {
		err = p.fail(c, expectParen)
	}
	if err != nil {
		return nil, err
	}
	return x, nil
}

// recordField is name = value in a record (pRecordField).
func (p *scriptParser) recordField(c *cursor) (_ *pRecordField, err *syntaxError) {
	defer func() { c.note(err) }()
	f := &pRecordField{Pos: p.posAt(c)}
	var ok bool
	if f.Name, ok = p.ref(c, tokIdent); !ok {
		return nil, nil
	}
	if !p.lit(c, "=") {
		return nil, p.fail(c, `"="`)
	}
	if f.Value, err = p.needExpr(c); err != nil {
		return nil, err
	}
	return f, nil
}

// typeName is a type in a cast or an argument (pTypeName).
func (p *scriptParser) typeName(c *cursor) (_ *pTypeName, err *syntaxError) {
	defer func() { c.note(err) }()
	t := &pTypeName{Pos: p.posAt(c)}
	ok, err := p.alts(c,
		func(b *cursor) (bool, *syntaxError) {
			tag, ok := p.typeTag(b)
			if !ok {
				return false, nil
			}
			n, ok := p.ref(b, tokIdent)
			if !ok {
				return false, p.fail(b, "a name")
			}
			t.Tag, t.Name = tag, n
			return true, nil
		},
		func(b *cursor) (bool, *syntaxError) {
			v := p.peek(b).Value
			if !basicTypes[v] {
				return false, nil
			}
			p.next(b)
			basic := basicType(v)
			t.Basic = &basic
			return true, nil
		},
	)
	if !ok {
		return nil, err
	}
	t.Stars = p.stars(c)
	return t, nil
}

// typeTag consumes struct, union or enum.
func (p *scriptParser) typeTag(c *cursor) (*typeTag, bool) {
	switch v := p.peek(c).Value; v {
	case "struct", "union", "enum":
		p.next(c)
		tag := typeTag(v)
		return &tag, true
	}
	return nil, false
}

// stars is the pointer stars after a type.
func (p *scriptParser) stars(c *cursor) []string {
	var stars []string
	for p.lit(c, "*") {
		stars = append(stars, "*")
	}
	return stars
}

// declType is the type of a declaration (pDeclType).
func (p *scriptParser) declType(c *cursor) (_ *pDeclType, err *syntaxError) {
	defer func() { c.note(err) }()
	d := &pDeclType{Pos: p.posAt(c)}
	ok, err := p.alts(c,
		func(b *cursor) (bool, *syntaxError) {
			if !p.lit(b, "typeof") {
				return false, nil
			}
			if !p.lit(b, "(") {
				return false, p.fail(b, `"("`)
			}
			a, err := p.arg(b)
			if err == nil && a == nil {
				err = p.fail(b, "an argument")
			}
			if err != nil {
				return false, err
			}
			if !p.lit(b, ")") {
				return false, p.fail(b, `")"`)
			}
			d.Typeof = a
			return true, nil
		},
		func(b *cursor) (bool, *syntaxError) {
			tag, _ := p.typeTag(b)
			n, ok := p.ref(b, tokIdent)
			if !ok {
				return false, p.fail(b, "a name")
			}
			d.Tag, d.Name = tag, n
			return true, nil
		},
	)
	if !ok {
		return nil, err
	}
	d.Stars = p.stars(c)
	if _, err = p.opt(c, func(b *cursor) (bool, *syntaxError) {
		if !p.lit(b, "[") {
			return false, nil
		}
		n, ok := p.ref(b, tokInt)
		if !ok {
			return false, p.fail(b, "a number")
		}
		if !p.lit(b, "]") {
			return false, p.fail(b, `"]"`)
		}
		d.Len = &n
		return true, nil
	}); err != nil {
		return nil, err
	}
	return d, nil
}
