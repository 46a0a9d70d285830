package lang

// The fast path's probes, blocks and statements (parse_fast.go describes
// it). Each follows the exact parser's rule of the same name
// (parse_stmt.go) and builds what build.go would build from its tree.

// program is a whole script.
func (f *fastParser) program() *Program {
	prog := &Program{}
	for t := f.peek(); !t.EOF(); t = f.peek() {
		switch {
		case declarationWords[t.Value]:
			f.declaration(prog)
		case t.Value == "either":
			f.either(prog)
		case t.Type == tokAttachPoint || t.Type == tokIdent:
			prog.Probes = append(prog.Probes, f.probe())
		default:
			f.fail()
		}
	}
	return prog
}

// declarationWords start the top-level items other than probes and
// either, which the fast path leaves to the exact parser.
var declarationWords = map[string]bool{
	"param": true, "metric": true, "config": true, "let": true, "macro": true,
	"enum": true, "struct": true, "union": true,
}

// declaration parses one top-level item with the exact parser and builds
// it into prog.
func (f *fastParser) declaration(prog *Program) {
	c := cursor{at: f.at}
	it, err := f.exact.item(&c)
	if it == nil || err != nil {
		f.fail()
	}
	f.at = c.at
	f.b.item(prog, it)
}

// either is alternative sets of probes, added to prog with their probes.
func (f *fastParser) either(prog *Program) {
	t := f.next()
	ch := &Choice{Pos: t.Pos.ast(), Index: len(prog.Choices)}
	f.alternative(ch)
	for f.lit("or") {
		f.alternative(ch)
	}
	prog.addChoice(f.b.choiceDone(ch))
}

// alternative is one set of probes of an either, in parentheses.
func (f *fastParser) alternative(ch *Choice) {
	start := f.peek().Pos.ast()
	f.expect("(")
	var probes []*Probe
	for t := f.peek(); t.Type == tokAttachPoint || t.Type == tokIdent; t = f.peek() {
		probes = append(probes, f.probe())
	}
	f.expect(")")
	f.b.alternative(ch, start, f.peek().Pos.ast(), probes)
}

// probe is attach points, an optional predicate and a body.
func (f *fastParser) probe() *Probe {
	pr := &Probe{Pos: f.peek().Pos.ast()}
	pr.Attach = append(pr.Attach, f.attach())
	for f.lit(",") {
		pr.Attach = append(pr.Attach, f.attach())
	}
	if f.lit("/") {
		pr.Pred = f.needExpr("/")
		f.expect("/")
	}
	pr.Body = f.block()
	return pr
}

// attach is an attach point.
func (f *fastParser) attach() *AttachPoint {
	t := f.next()
	if t.Type != tokAttachPoint && t.Type != tokIdent {
		f.fail()
	}
	return splitAttach(t.Pos.ast(), t.Value)
}

// fastStmt is a statement as the fast path reads it. An expression with
// no assignment stays an expression: at the end of a block used as a
// value, with no ';' after it, it is the block's value.
type fastStmt struct {
	st     Stmt // nil for an expression
	x      Expr // the expression
	value  bool // x with no ';' after it
	ifElse bool // an if with an else, which may give a block's value
}

// stmt is the statement s stands for in a block.
func (s fastStmt) stmt() Stmt {
	if s.st != nil {
		return s.st
	}
	return exprStmt(s.x)
}

// skipSemis consumes the ';' between statements.
func (f *fastParser) skipSemis() {
	for f.lit(";") {
	}
}

// startsStmt reports whether the next token starts a statement.
func (f *fastParser) startsStmt() bool {
	t := f.peek()
	switch t.Value {
	case "if", "unroll", "for", "while", "let", "return", "break", "continue":
		return true
	}
	return !isKeyword(t.Value) && startsOperand(t)
}

// block is statements in braces.
func (f *fastParser) block() *Block {
	blk := &Block{Pos: f.peek().Pos.ast()}
	f.expect("{")
	f.skipSemis()
	mark := len(f.stmts)
	for f.startsStmt() {
		s := f.stmt()
		f.skipSemis()
		f.stmts = append(f.stmts, s.stmt())
	}
	blk.Stmts = collect(&f.stmts, mark)
	f.expect("}")
	return blk
}

// blockExpr is a block used as an expression: its last statement, an
// expression that no ';' follows, is its value. An if there, which would
// be one too, is left to the exact parser.
func (f *fastParser) blockExpr() Expr {
	be := &BlockExpr{Pos: f.peek().Pos.ast()}
	f.expect("{")
	f.skipSemis()
	mark := len(f.stmts)
	var last *fastStmt
	for f.startsStmt() {
		if last != nil {
			f.stmts = append(f.stmts, last.stmt())
		}
		s := f.stmt()
		last = &s
		f.skipSemis()
	}
	f.expect("}")
	switch {
	case last == nil:
	case last.value:
		be.Value = last.x
	case last.ifElse:
		f.fail()
	default:
		f.stmts = append(f.stmts, last.stmt())
	}
	be.Stmts = collect(&f.stmts, mark)
	return be
}

// stmt is a statement.
func (f *fastParser) stmt() fastStmt {
	t := f.peek()
	ps := t.Pos.ast()
	switch t.Value {
	case "if":
		s := f.ifStmt()
		return fastStmt{st: s, ifElse: s.Else != nil}
	case "unroll":
		f.next()
		f.expect("(")
		s := &UnrollStmt{Pos: ps, Count: f.needExpr("")}
		f.expect(")")
		s.Body = f.block()
		return fastStmt{st: s}
	case "for":
		return fastStmt{st: f.forStmt()}
	case "while":
		f.next()
		s := &WhileStmt{Pos: ps, Cond: f.needExpr("")}
		s.Body = f.block()
		return fastStmt{st: s}
	case "let":
		return fastStmt{st: f.let()}
	case "return":
		f.next()
		s := &ReturnStmt{Pos: ps}
		if startsOperand(f.peek()) {
			s.Value = f.needExpr("")
		}
		return fastStmt{st: s}
	case "break":
		f.next()
		return fastStmt{st: &BreakStmt{Pos: ps}}
	case "continue":
		f.next()
		return fastStmt{st: &ContinueStmt{Pos: ps}}
	}
	x := f.needExpr("")
	if op := f.peek(); isAssignOp(op.Value) {
		f.next()
		s := &AssignStmt{Pos: Start(x), Target: x, Op: op.Value, Value: f.needExpr(""), OpPos: op.Pos.ast()}
		f.lit(";")
		return fastStmt{st: s}
	}
	return fastStmt{x: x, value: !f.lit(";")}
}

// ifStmt is if, its condition, its block and an optional else.
func (f *fastParser) ifStmt() *IfStmt {
	t := f.next()
	s := &IfStmt{Pos: t.Pos.ast(), Cond: f.needExpr("")}
	s.Then = f.block()
	if f.lit("else") {
		switch f.peek().Value {
		case "if":
			s.Else = f.ifStmt()
		case "{":
			s.Else = f.block()
		default:
			f.fail()
		}
	}
	return s
}

// forStmt is a for loop over a map or a range, its head in parentheses
// or not.
func (f *fastParser) forStmt() *ForStmt {
	ps := f.next().Pos.ast()
	s := &ForStmt{Pos: ps}
	paren := f.lit("(")
	s.Var = &VarExpr{Pos: ps, Name: f.ref(tokVar)}
	f.expect(":")
	// A map that the head's end follows is the map form; anything else
	// an operand starting a range (@m..@n would be one).
	if m, end := f.peek(), f.peekAt(1).Value; m.Type == tokMap && (paren && end == ")" || !paren && end == "{") {
		f.next()
		s.Map = &MapExpr{Pos: ps, Name: m.Value}
	} else {
		s.From = f.needUnary()
		f.expect("..")
		s.To = f.needUnary()
	}
	if paren {
		f.expect(")")
	}
	s.Body = f.block()
	return s
}

// let declares a $variable, with a type, a value, both or neither.
func (f *fastParser) let() *LetStmt {
	ps := f.next().Pos.ast()
	s := &LetStmt{Pos: ps, Var: &VarExpr{Pos: ps, Name: f.ref(tokVar)}}
	if f.lit(":") {
		s.Type = f.declType()
	}
	if f.lit("=") {
		s.Value = f.needExpr("")
	}
	return s
}

// declType is the type of a declaration.
func (f *fastParser) declType() *DeclType {
	t := f.peek()
	dt := &DeclType{Pos: t.Pos.ast()}
	switch {
	case t.Value == "typeof" && f.peekAt(1).Value == "(":
		f.next()
		f.next()
		if startsType(f.peek()) {
			dt.Type = f.typeName()
		} else {
			dt.Typeof = f.needExpr("")
		}
		f.expect(")")
		f.stars() // written, but a typeof's type is the expression's
	case t.Value == "typeof":
		f.fail() // a type named typeof: the exact parser decides
	default:
		dt.Type = TypeName{Pos: dt.Pos}
		switch t.Value {
		case "struct", "union", "enum":
			dt.Type.Tag = t.Value
			f.next()
		}
		dt.Type.Name = f.ref(tokIdent)
		dt.Type.Ptr = f.stars()
	}
	if f.lit("[") {
		dt.Len = f.b.declLen(dt.Pos, f.ref(tokInt))
		f.expect("]")
	}
	return dt
}

// stars consumes the pointer stars after a type, and counts them.
func (f *fastParser) stars() int {
	n := 0
	for f.lit("*") {
		n++
	}
	return n
}
