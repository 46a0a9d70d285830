package lang

// The fast path of the parser. The exact parser (parser.go) follows
// participle's grammar with its backtracking, to report a syntax error
// where participle did, and builds a parse tree that build.go then turns
// into the AST: two trees, and a branch cursor and a closure for every
// choice, for a script that parses. Most scripts do, so Parse first tries
// this parser, which reads the same tokens predictively, one token
// deciding each choice, and builds the AST directly with the builder's
// own pieces.
//
// It only ever succeeds where the exact parser would succeed with the
// same result, and gives up otherwise: wherever the exact parser would
// fail a part, even one it would then abandon for another, and wherever
// one token cannot tell the choice the exact parser would make (a cast
// that turns out not to be one, an if that gives a block's value). Then
// Parse runs the exact parser, which finds the script's error or its
// parse. Declarations at the top level, rare and short, are left to the
// exact parser item by item. ParsersAgree (grammar_oracle_test.go)
// checks the two agree on every script the oracle tests and fuzzers try.

// fastParser reads tokens predictively into the AST (see above).
type fastParser struct {
	toks  []token
	at    int // index of the next token
	exact *scriptParser
	b     *builder
	// Stacks the lists being read are gathered on, then copied out at
	// their length: growing each list by append, as the builder does,
	// cost a parse as many allocations again as its nodes.
	terms []binTerm
	exprs []Expr
	stmts []Stmt
}

// collect returns (*stack)[mark:] in a slice of its own, nil if empty,
// and pops it off the stack.
func collect[T any](stack *[]T, mark int) []T {
	s := *stack
	*stack = s[:mark]
	if len(s) == mark {
		return nil
	}
	return append(make([]T, 0, len(s)-mark), s[mark:]...)
}

// giveUp is the panic that abandons the fast path; fastParse recovers
// it. The parser's functions are many and deep, and only a script the
// fast path cannot read (rare) leaves them this way.
type giveUp struct{}

// fastParse parses toks (the last of them EOF) into a program, or
// returns false where the exact parser must decide.
func fastParse(toks []token) (prog *Program, ok bool) {
	f := &fastParser{toks: toks, exact: &scriptParser{toks: toks}, b: &builder{},
		terms: make([]binTerm, 0, 16), exprs: make([]Expr, 0, 16), stmts: make([]Stmt, 0, 32)}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(giveUp); !ok {
				panic(r)
			}
			prog, ok = nil, false
		}
	}()
	prog = f.program()
	if len(f.b.errs) > 0 {
		return nil, false // the exact path reports them, in its order
	}
	return prog, true
}

// fail abandons the fast path.
func (f *fastParser) fail() { panic(giveUp{}) }

// peek returns the next token.
func (f *fastParser) peek() *token { return &f.toks[f.at] }

// peekAt returns the token n past the next, or the EOF token.
func (f *fastParser) peekAt(n int) *token {
	if i := f.at + n; i < len(f.toks) {
		return &f.toks[i]
	}
	return &f.toks[len(f.toks)-1]
}

// next consumes the next token, unless it is the end.
func (f *fastParser) next() *token {
	t := &f.toks[f.at]
	if !t.EOF() {
		f.at++
	}
	return t
}

// lit consumes the next token if its text is v, as the exact parser's
// lit does.
func (f *fastParser) lit(v string) bool {
	if f.toks[f.at].Value == v {
		f.at++
		return true
	}
	return false
}

// expect consumes the next token, which must be v.
func (f *fastParser) expect(v string) {
	if !f.lit(v) {
		f.fail()
	}
}

// ref consumes the next token, which must be of type typ, and returns
// its text.
func (f *fastParser) ref(typ tokenType) string {
	t := f.peek()
	if t.Type != typ || t.EOF() {
		f.fail()
	}
	f.at++
	return t.Value
}

// needExpr is an expression where the grammar requires one; except is
// a binary operator that ends it rather than taking an operand (the "/"
// that closes a predicate), "" for none.
func (f *fastParser) needExpr(except string) Expr {
	if !startsOperand(f.peek()) {
		f.fail()
	}
	x := f.unary()
	mark := len(f.terms)
	for {
		t := f.peek()
		if !isBinaryOp(t.Value) || t.Value == except {
			break
		}
		f.next()
		y := f.needUnary()
		f.terms = append(f.terms, binTerm{t.Pos.ast(), t.Value, y})
	}
	if len(f.terms) > mark {
		x = f.b.climb(x, f.terms[mark:])
		f.terms = f.terms[:mark]
	}
	if !f.lit("?") {
		return x
	}
	then := f.needExpr("")
	f.expect(":")
	return &TernaryExpr{Pos: x.Position(), Cond: x, Then: then, Else: f.needExpr(except)}
}

// needUnary is an operand where the grammar requires one.
func (f *fastParser) needUnary() Expr {
	if !startsOperand(f.peek()) {
		f.fail()
	}
	return f.unary()
}

// unary is an operand and its suffixes; the next token starts one.
func (f *fastParser) unary() Expr {
	t := f.peek()
	ps := t.Pos.ast()
	var x Expr
	switch {
	case t.Type == tokMap && f.peekAt(1).Value == "[":
		f.next()
		f.next()
		x = &MapExpr{Pos: ps, Name: t.Value, Keys: f.exprList()}
		f.expect("]")
	case t.Type == tokInt || t.Type == tokString || t.Type == tokParam || t.Type == tokPosParam || t.Type == tokVar || t.Type == tokMap:
		c := cursor{at: f.at}
		a, _ := f.exact.atom(&c)
		f.at = c.at
		x = f.b.atom(ps, &a)
	case t.Type == tokIdent && !isKeyword(t.Value):
		f.next()
		if f.lit("(") {
			x = f.call(ps, t.Value)
		} else {
			x = &Ident{Pos: ps, Name: t.Value}
		}
	case t.Value == "(":
		f.next()
		x = f.paren(ps)
	case t.Value == "{":
		x = f.blockExpr()
	case isUnaryOp(t.Value):
		f.next()
		if t.Value == "++" || t.Value == "--" {
			x = &IncDecExpr{Pos: ps, Op: t.Value, Target: f.needUnary()}
		} else {
			x = &UnaryExpr{Pos: ps, Op: t.Value, X: f.needUnary()}
		}
	default:
		f.fail() // an if that gives a value: see blockExpr
	}
	return f.suffixes(x)
}

// suffixes applies the member accesses, indexes and postfix ++ and --
// that follow an operand.
func (f *fastParser) suffixes(x Expr) Expr {
	for {
		t := f.peek()
		sp := t.Pos.ast()
		switch t.Value {
		case "->":
			f.next()
			x = &FieldExpr{Pos: sp, X: x, Name: f.ref(tokIdent), Arrow: true}
		case ".":
			f.next()
			m := f.peek()
			switch m.Type {
			case tokIdent:
				x = &FieldExpr{Pos: sp, X: x, Name: m.Value}
			case tokInt:
				x = f.b.tupleIndex(sp, x, m.Value)
			default:
				f.fail()
			}
			f.next()
		case "[":
			f.next()
			x = &IndexExpr{Pos: sp, X: x, Index: f.needExpr("")}
			f.expect("]")
		case "++", "--":
			f.next()
			x = &IncDecExpr{Pos: sp, Op: t.Value, Target: x, Post: true}
		default:
			return x
		}
	}
}

// exprList is expressions separated by commas, one at least.
func (f *fastParser) exprList() []Expr {
	mark := len(f.exprs)
	for {
		x := f.needExpr("")
		f.exprs = append(f.exprs, x)
		if !f.lit(",") {
			return collect(&f.exprs, mark)
		}
	}
}

// call is a call of name at ps, after its "(".
func (f *fastParser) call(ps Pos, name string) Expr {
	c := &CallExpr{Pos: ps, Name: name}
	if t := f.peek(); startsType(t) || startsOperand(t) {
		mark := len(f.exprs)
		for {
			a := f.arg()
			f.exprs = append(f.exprs, a)
			if !f.lit(",") {
				break
			}
		}
		c.Args = collect(&f.exprs, mark)
	}
	f.expect(")")
	return c
}

// arg is a call's argument: a type, where one starts, or an expression.
func (f *fastParser) arg() Expr {
	if t := f.peek(); startsType(t) {
		tp := t.Pos.ast()
		return &TypeExpr{Pos: tp, Type: f.typeName()}
	}
	return f.needExpr("")
}

// startsType reports whether t starts a type as the exact parser's
// typeName reads one: a tag keyword or a basic type's name.
func startsType(t *token) bool {
	switch t.Value {
	case "struct", "union", "enum":
		return true
	}
	return basicTypes[t.Value]
}

// typeName is a type in a cast or an argument; the next token starts one.
func (f *fastParser) typeName() TypeName {
	t := f.next()
	tn := TypeName{Pos: t.Pos.ast(), Name: t.Value}
	switch t.Value {
	case "struct", "union", "enum":
		tn.Tag, tn.Name = t.Value, f.ref(tokIdent)
	}
	tn.Ptr = f.stars()
	return tn
}

// paren is a cast, a record, a tuple or an expression in parentheses,
// after the "(" at ps.
func (f *fastParser) paren(ps Pos) Expr {
	t := f.peek()
	switch {
	case startsType(t):
		// A type that no ")" and operand follow may still be an
		// expression (u64 * 2): the exact parser decides.
		tn := f.typeName()
		f.expect(")")
		return &CastExpr{Pos: ps, Type: tn, X: f.needUnary()}
	case t.Type == tokIdent && f.peekAt(1).Value == "=":
		r := &RecordExpr{Pos: ps}
		for {
			r.Names = append(r.Names, f.ref(tokIdent))
			f.expect("=")
			r.Elems = append(r.Elems, f.needExpr(""))
			if !f.lit(",") {
				break
			}
		}
		f.expect(")")
		return r
	}
	elems := f.exprList()
	f.expect(")")
	if len(elems) == 1 {
		return elems[0]
	}
	return &TupleExpr{Pos: ps, Elems: elems}
}
