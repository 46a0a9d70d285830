package lang

// The hand-written parser's probes, blocks and statements (parser.go
// describes the parser). Each rule follows the grammar tag of the struct
// it builds, and returns nil when it does not match or fails.

// probe is a probe: attach points, a predicate and a body (pProbe).
func (p *scriptParser) probe(c *cursor) (_ *pProbe, err *syntaxError) {
	defer func() { c.note(err) }()
	pr := &pProbe{Pos: p.posAt(c)}
	a := p.attach(c)
	if a == nil {
		return nil, nil
	}
	pr.Attach = append(pr.Attach, a)
	err = p.star(c, func(b *cursor) (bool, *syntaxError) {
		if !p.lit(b, ",") {
			return false, nil
		}
		a := p.attach(b)
		if a == nil {
			return false, p.fail(b, expectAttach)
		}
		pr.Attach = append(pr.Attach, a)
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if _, err = p.opt(c, func(b *cursor) (bool, *syntaxError) {
		if !p.lit(b, "/") {
			return false, nil
		}
		pred, err := p.predicate(b)
		if err != nil {
			return false, err
		}
		if pred == nil {
			return false, p.fail(b, expectPredicate)
		}
		if !p.lit(b, "/") {
			return false, p.fail(b, `"/"`)
		}
		pr.Pred = pred
		return true, nil
	}); err != nil {
		return nil, err
	}
	if pr.Body, err = p.needBlock(c); err != nil {
		return nil, err
	}
	return pr, nil
}

// attach is an attach point (pAttach).
func (p *scriptParser) attach(c *cursor) *pAttach {
	t := p.peek(c)
	if t.Type != tokAttachPoint && t.Type != tokIdent {
		return nil
	}
	p.next(c)
	return &pAttach{Pos: p.position(t), Text: t.Value}
}

// needBlock is a block where the grammar requires one.
func (p *scriptParser) needBlock(c *cursor) (*pBlock, *syntaxError) {
	blk, err := p.block(c)
	if err == nil && blk == nil {
		err = p.fail(c, `"{"`)
	}
	return blk, err
}

// block is statements in braces (pBlock).
func (p *scriptParser) block(c *cursor) (_ *pBlock, err *syntaxError) {
	defer func() { c.note(err) }()
	blk := &pBlock{Pos: p.posAt(c)}
	if !p.lit(c, "{") {
		return nil, nil
	}
	for p.lit(c, ";") {
	}
	err = p.star(c, func(b *cursor) (bool, *syntaxError) {
		st, err := p.stmt(b)
		if st == nil {
			return false, err
		}
		for p.lit(b, ";") {
		}
		blk.Stmts = append(blk.Stmts, st)
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if !p.lit(c, "}") {
		return nil, p.fail(c, `"}"`)
	}
	return blk, nil
}

// stmt is a statement (pStmt): a keyword's statement, break or continue,
// or an expression with an optional assignment after it.
func (p *scriptParser) stmt(c *cursor) (_ *pStmt, err *syntaxError) {
	if t := p.peek(c); !keywords[t.Value] && !p.startsOperand(c) {
		return nil, nil // no alternative could match
	}
	defer func() { c.note(err) }()
	st := &pStmt{Pos: p.posAt(c)}
	ok, err := p.alts(c,
		func(b *cursor) (bool, *syntaxError) {
			switch p.peek(b).Value {
			case "if", "unroll", "for", "while", "let", "return":
			default:
				return false, nil
			}
			var s pStmt
			ok, err := p.alts(b,
				func(b *cursor) (bool, *syntaxError) { v, err := p.ifStmt(b); s.If = v; return v != nil, err },
				func(b *cursor) (bool, *syntaxError) { v, err := p.unroll(b); s.Unroll = v; return v != nil, err },
				func(b *cursor) (bool, *syntaxError) { v, err := p.forStmt(b); s.For = v; return v != nil, err },
				func(b *cursor) (bool, *syntaxError) { v, err := p.while(b); s.While = v; return v != nil, err },
				func(b *cursor) (bool, *syntaxError) { v, err := p.let(b); s.Let = v; return v != nil, err },
				func(b *cursor) (bool, *syntaxError) { v, err := p.returnStmt(b); s.Return = v; return v != nil, err },
			)
			if err == nil && !ok {
				err = p.fail(b, expectKeywordStmt)
			}
			if err != nil {
				return false, err
			}
			st.If, st.Unroll, st.For, st.While, st.Let, st.Return = s.If, s.Unroll, s.For, s.While, s.Let, s.Return
			return true, nil
		},
		func(b *cursor) (bool, *syntaxError) {
			switch v := p.peek(b).Value; v {
			case "break", "continue":
				p.next(b)
				st.Jump = jump(v)
				return true, nil
			}
			return false, nil
		},
		func(b *cursor) (bool, *syntaxError) {
			x, err := p.expr(b)
			if x == nil {
				return false, err
			}
			var assign *pAssign
			if _, err := p.opt(b, func(b *cursor) (bool, *syntaxError) {
				v, err := p.assign(b)
				assign = v
				return v != nil, err
			}); err != nil {
				return false, err
			}
			st.X, st.Assign = x, assign
			st.Semi = p.lit(b, ";")
			return true, nil
		},
	)
	if !ok {
		return nil, err
	}
	return st, nil
}

// ifStmt is if, its condition, its block and an optional else (pIf).
func (p *scriptParser) ifStmt(c *cursor) (_ *pIf, err *syntaxError) {
	defer func() { c.note(err) }()
	s := &pIf{Pos: p.posAt(c)}
	if !p.lit(c, "if") {
		return nil, nil
	}
	if s.Cond, err = p.needExpr(c); err != nil {
		return nil, err
	}
	if s.Then, err = p.needBlock(c); err != nil {
		return nil, err
	}
	if _, err = p.opt(c, func(b *cursor) (bool, *syntaxError) {
		if !p.lit(b, "else") {
			return false, nil
		}
		var elseIf *pIf
		var els *pBlock
		ok, err := p.alts(b,
			func(b *cursor) (bool, *syntaxError) { v, err := p.ifStmt(b); elseIf = v; return v != nil, err },
			func(b *cursor) (bool, *syntaxError) { v, err := p.block(b); els = v; return v != nil, err },
		)
		if err == nil && !ok {
			err = p.fail(b, expectElse)
		}
		if err != nil {
			return false, err
		}
		s.ElseIf, s.Else = elseIf, els
		return true, nil
	}); err != nil {
		return nil, err
	}
	return s, nil
}

// unroll is unroll (N) and a block (pUnroll).
func (p *scriptParser) unroll(c *cursor) (_ *pUnroll, err *syntaxError) {
	defer func() { c.note(err) }()
	s := &pUnroll{Pos: p.posAt(c)}
	if !p.lit(c, "unroll") {
		return nil, nil
	}
	if !p.lit(c, "(") {
		return nil, p.fail(c, `"("`)
	}
	if s.Count, err = p.needExpr(c); err != nil {
		return nil, err
	}
	if !p.lit(c, ")") {
		return nil, p.fail(c, `")"`)
	}
	if s.Body, err = p.needBlock(c); err != nil {
		return nil, err
	}
	return s, nil
}

// assign is an assignment operator and its value (pAssign).
func (p *scriptParser) assign(c *cursor) (_ *pAssign, err *syntaxError) {
	defer func() { c.note(err) }()
	tok := p.peek(c)
	if !assignOps[tok.Value] {
		return nil, nil
	}
	p.next(c)
	s := &pAssign{Pos: p.position(tok), Op: assignOp(tok.Value)}
	if s.Value, err = p.needExpr(c); err != nil {
		return nil, err
	}
	return s, nil
}

// while is a while loop (pWhile).
func (p *scriptParser) while(c *cursor) (_ *pWhile, err *syntaxError) {
	defer func() { c.note(err) }()
	s := &pWhile{Pos: p.posAt(c)}
	if !p.lit(c, "while") {
		return nil, nil
	}
	if s.Cond, err = p.needExpr(c); err != nil {
		return nil, err
	}
	if s.Body, err = p.needBlock(c); err != nil {
		return nil, err
	}
	return s, nil
}

// returnStmt is return and an optional value (pReturn).
func (p *scriptParser) returnStmt(c *cursor) (_ *pReturn, err *syntaxError) {
	defer func() { c.note(err) }()
	s := &pReturn{Pos: p.posAt(c)}
	if !p.lit(c, "return") {
		return nil, nil
	}
	if _, err = p.opt(c, func(b *cursor) (bool, *syntaxError) {
		v, err := p.expr(b)
		s.Value = v
		return v != nil, err
	}); err != nil {
		return nil, err
	}
	return s, nil
}

// forStmt is a for loop (pFor), its head in parentheses or not.
func (p *scriptParser) forStmt(c *cursor) (_ *pFor, err *syntaxError) {
	defer func() { c.note(err) }()
	s := &pFor{Pos: p.posAt(c)}
	if !p.lit(c, "for") {
		return nil, nil
	}
	ok, err := p.alts(c,
		func(b *cursor) (bool, *syntaxError) {
			if !p.lit(b, "(") {
				return false, nil
			}
			h, err := p.forHead(b)
			if err != nil {
				return false, err
			}
			if h == nil {
				return false, p.fail(b, expectForHead)
			}
			if !p.lit(b, ")") {
				return false, p.fail(b, `")"`)
			}
			s.Paren = h
			return true, nil
		},
		func(b *cursor) (bool, *syntaxError) { v, err := p.forHead(b); s.Bare = v; return v != nil, err },
	)
	if err == nil && !ok {
		err = p.fail(c, expectFor)
	}
	if err != nil {
		return nil, err
	}
	if s.Body, err = p.needBlock(c); err != nil {
		return nil, err
	}
	return s, nil
}

// forHead is $var : @map or $var : a..b (pForHead).
func (p *scriptParser) forHead(c *cursor) (_ *pForHead, err *syntaxError) {
	defer func() { c.note(err) }()
	h := &pForHead{}
	var ok bool
	if h.Var, ok = p.ref(c, tokVar); !ok {
		return nil, nil
	}
	if !p.lit(c, ":") {
		return nil, p.fail(c, `":"`)
	}
	ok, err = p.alts(c,
		func(b *cursor) (bool, *syntaxError) {
			from, err := p.unary(b)
			if from == nil {
				return false, err
			}
			if !p.lit(b, "..") {
				return false, p.fail(b, `".."`)
			}
			to, err := p.needUnary(b)
			if err != nil {
				return false, err
			}
			h.From, h.To = from, to
			return true, nil
		},
		func(b *cursor) (bool, *syntaxError) {
			m, ok := p.ref(b, tokMap)
			h.Map = m
			return ok, nil
		},
	)
	if err == nil && !ok {
		err = p.fail(c, expectForRange)
	}
	if err != nil {
		return nil, err
	}
	return h, nil
}

// let declares a $variable (pLet).
func (p *scriptParser) let(c *cursor) (_ *pLet, err *syntaxError) {
	defer func() { c.note(err) }()
	s := &pLet{Pos: p.posAt(c)}
	if !p.lit(c, "let") {
		return nil, nil
	}
	var ok bool
	if s.Var, ok = p.ref(c, tokVar); !ok {
		return nil, p.fail(c, "a variable")
	}
	if _, err = p.opt(c, func(b *cursor) (bool, *syntaxError) {
		if !p.lit(b, ":") {
			return false, nil
		}
		t, err := p.declType(b)
		if err != nil {
			return false, err
		}
		if t == nil {
			return false, p.fail(b, expectDeclType)
		}
		s.Type = t
		return true, nil
	}); err != nil {
		return nil, err
	}
	if _, err = p.opt(c, func(b *cursor) (bool, *syntaxError) {
		if !p.lit(b, "=") {
			return false, nil
		}
		x, err := p.needExpr(b)
		if err != nil {
			return false, err
		}
		s.Value = x
		return true, nil
	}); err != nil {
		return nil, err
	}
	return s, nil
}
