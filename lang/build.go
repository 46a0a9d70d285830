package lang

import (
	"errors"
	"math"
	"strconv"
	"strings"
)

// builder turns participle's parse tree into the AST, collecting the errors
// that only show once a token is interpreted (bad escapes, integer overflow).
type builder struct {
	errs ErrorList
}

func pos(p position) Pos { return Pos{Offset: p.Offset, Line: p.Line, Column: p.Column} }

func (b *builder) program(p *pProgram) *Program {
	prog := &Program{}
	for _, it := range p.Items {
		b.item(prog, it)
	}
	return prog
}

// item adds a top-level part of a script to prog.
func (b *builder) item(prog *Program, it *pItem) {
	switch {
	case it.Param != nil:
		prog.Params = append(prog.Params, b.param(it.Param))
	case it.Metric != nil:
		prog.Metrics = append(prog.Metrics, b.metric(it.Metric))
	case it.Struct != nil:
		prog.Structs = append(prog.Structs, b.cstruct(it.Struct)...)
	case it.Either != nil:
		prog.addChoice(b.either(it.Either, len(prog.Choices)))
	case it.Probe != nil:
		prog.Probes = append(prog.Probes, b.probe(it.Probe))
	case it.Config != nil:
		prog.Config = append(prog.Config, b.config(it.Config)...)
	case it.MapDecl != nil:
		prog.MapDecls = append(prog.MapDecls, b.mapDecl(it.MapDecl))
	case it.Macro != nil:
		prog.Macros = append(prog.Macros, b.macro(it.Macro))
	case it.Enum != nil:
		prog.Enums = append(prog.Enums, b.enum(it.Enum))
	}
}

// addChoice adds an either, and the probes of its alternatives, to prog.
func (prog *Program) addChoice(ch *Choice) {
	prog.Choices = append(prog.Choices, ch)
	for _, a := range ch.Alts {
		prog.Probes = append(prog.Probes, a.Probes...)
	}
}

// either builds a Choice. Each alternative must hold a probe, and there
// must be two of them to choose between. BEGIN, which runs before any
// alternative is chosen, belongs outside; an END inside one runs at exit
// if that alternative was chosen.
func (b *builder) either(e *pEither, index int) *Choice {
	ch := &Choice{Pos: pos(e.Pos), Index: index}
	for _, pa := range e.Alts {
		probes := make([]*Probe, len(pa.Probes))
		for i, pp := range pa.Probes {
			probes[i] = b.probe(pp)
		}
		b.alternative(ch, pos(pa.Pos), pos(pa.EndPos), probes)
	}
	return b.choiceDone(ch)
}

// alternative adds to ch an alternative, from start to end, of probes.
func (b *builder) alternative(ch *Choice, start, end Pos, probes []*Probe) {
	a := &Alternative{Pos: start, End: end, Index: len(ch.Alts), Choice: ch}
	if len(probes) == 0 {
		b.errs.add(a.Pos, "an alternative of either needs at least one probe")
	}
	for _, pr := range probes {
		pr.Alt = a
		for _, ap := range pr.Attach {
			if ap.Kind == "BEGIN" || ap.Kind == "begin" {
				b.errs.add(ap.Pos, "BEGIN cannot be part of an alternative: it runs before one is chosen; put it outside the either")
			}
		}
		a.Probes = append(a.Probes, pr)
	}
	ch.Alts = append(ch.Alts, a)
}

// choiceDone checks that ch has alternatives to choose between.
func (b *builder) choiceDone(ch *Choice) *Choice {
	if len(ch.Alts) < 2 {
		b.errs.add(ch.Pos, "either needs two or more alternatives: either ( probes ) or ( probes )")
	}
	return ch
}

func (b *builder) param(p *pParam) *ParamDecl {
	d := &ParamDecl{Pos: pos(p.Pos), Name: p.Name, Type: p.Type}
	if p.Help != nil {
		help, err := unquote(*p.Help)
		if err != nil {
			b.errs.add(pos(p.Pos), "%v", err)
		}
		d.Help = help
	}
	if v := p.Default; v != nil {
		d.HasDef = true
		d.Default = b.valueText(v)
	}
	if p.Min != nil {
		d.Min = b.valueText(p.Min)
	}
	if p.Max != nil {
		d.Max = b.valueText(p.Max)
	}
	return d
}

// valueText is a value in a parameter declaration (a default, a bound)
// or a config line as it would be written after -D NAME=: "-5", "10ms",
// a string unquoted, a word.
func (b *builder) valueText(v *pParamValue) string {
	switch {
	case v.Int != nil:
		s := *v.Int
		if v.Unit != nil {
			s += *v.Unit
		}
		if v.Neg {
			s = "-" + s
		}
		return s
	case v.Str != nil:
		s, err := unquote(*v.Str)
		if err != nil {
			b.errs.add(pos(v.Pos), "%v", err)
		}
		return s
	case v.Word != nil:
		return *v.Word
	}
	return ""
}

// cstruct builds a struct or union definition: the structs defined
// inside its members' declarations first, each named after its place
// when it has no name of its own (Foo.bar), then it.
func (b *builder) cstruct(s *pCStruct) []*CStruct {
	cs := &CStruct{Pos: pos(s.Pos), Union: s.Tag == "union", Name: s.Name}
	inner := b.cfields(cs, s.Fields)
	for _, a := range s.Attrs {
		switch {
		case a.Name == "packed" && a.Arg == nil:
			cs.Packed = true
		case a.Name == "aligned" && a.Arg != nil:
			n, err := parseInt(*a.Arg)
			if err != nil || n == 0 || n&(n-1) != 0 || n > 4096 {
				b.errs.add(pos(a.Pos), "aligned(%s): want a power of two up to 4096", *a.Arg)
				continue
			}
			cs.Aligned = max(cs.Aligned, int(n))
		default:
			b.errs.add(pos(a.Pos), "__attribute__((%s)) is not supported: only packed and aligned(N) are", a.Name)
		}
	}
	return append(inner, cs)
}

// cfields builds cs's members from their declarations and returns the
// structs defined inside them.
func (b *builder) cfields(cs *CStruct, fields []*pCField) []*CStruct {
	var inner []*CStruct
	for _, f := range fields {
		words, name := f.Words, f.Name
		if f.Inner != nil {
			if (words[0] != "struct" && words[0] != "union") || len(words) > 2 || name == "" {
				b.errs.add(pos(f.Pos), "a struct or union defined in a member needs the form struct { … } name")
				continue
			}
			def := &CStruct{Pos: pos(f.Pos), Union: words[0] == "union", Name: cs.Name + "." + name}
			if len(words) == 2 {
				def.Name = words[1]
			}
			inner = append(inner, b.cfields(def, f.Inner.Fields)...)
			inner = append(inner, def)
			words = []string{words[0], def.Name}
		}
		if name == "" {
			if len(words) < 2 {
				b.errs.add(pos(f.Pos), "member declaration needs a type and a name")
				continue
			}
			words, name = words[:len(words)-1], words[len(words)-1]
		}
		tn := TypeName{Pos: pos(f.Pos), Ptr: len(f.Stars)}
		if words[0] == "struct" || words[0] == "union" || words[0] == "enum" {
			if len(words) != 2 {
				b.errs.add(pos(f.Pos), "malformed %s type in member %q", words[0], name)
				continue
			}
			tn.Tag, tn.Name = words[0], words[1]
		} else {
			tn.Name = strings.Join(words, " ")
		}
		cf := &CField{Pos: pos(f.Pos), Type: tn, Name: name}
		for _, d := range f.Dims {
			n, err := parseInt(d)
			if err != nil {
				b.errs.add(pos(f.Pos), "bad array size %s", d)
			} else if n > MaxStructSize {
				b.errs.add(pos(f.Pos), "array size %s is more than %d, the largest struct a script may define", d, MaxStructSize)
				n = 0
			}
			cf.Dims = append(cf.Dims, int(n))
		}
		cs.Fields = append(cs.Fields, cf)
	}
	return inner
}

func (b *builder) probe(p *pProbe) *Probe {
	pr := &Probe{Pos: pos(p.Pos), Body: b.block(p.Body)}
	for _, a := range p.Attach {
		pr.Attach = append(pr.Attach, splitAttach(pos(a.Pos), a.Text))
	}
	if p.Pred != nil {
		pr.Pred = b.predicate(p.Pred)
	}
	return pr
}

// predicate builds a probe's predicate.
func (b *builder) predicate(p *pPredicate) Expr {
	ops := make([]binTerm, min(len(p.Ops), len(p.Xs)))
	for i := range ops {
		o := p.Ops[i]
		ops[i] = binTerm{pos(o.Pos), o.Op, b.unary(p.Xs[i])}
	}
	cond := b.climb(b.unary(&p.Head), ops)
	if p.Then == nil || p.Else == nil {
		return cond
	}
	return &TernaryExpr{Pos: cond.Position(), Cond: cond, Then: b.expr(p.Then), Else: b.predicate(p.Else)}
}

// splitAttach splits "kind:a:b" into its kind and parts. A uprobe path
// keeps its slashes; a trailing '?' marks the probe optional.
func splitAttach(p Pos, text string) *AttachPoint {
	ap := &AttachPoint{Pos: p, Raw: text}
	if strings.HasSuffix(text, "?") {
		ap.Optional = true
		text = strings.TrimSuffix(text, "?")
	}
	kind, rest, found := strings.Cut(text, ":")
	ap.Kind = kind
	if !found {
		return ap
	}
	if pathStartLen(rest) > 0 {
		// uprobe:/path/to/bin:symbol, or a path relative to the
		// working directory (./bin, ../bin) — it may not contain ':'.
		path, sym, ok := strings.Cut(rest, ":")
		ap.Parts = []string{path}
		if ok {
			ap.Parts = append(ap.Parts, strings.Split(sym, ":")...)
		}
		return ap
	}
	ap.Parts = strings.Split(rest, ":")
	return ap
}

func (b *builder) block(p *pBlock) *Block {
	blk := &Block{Pos: pos(p.Pos)}
	for _, s := range p.Stmts {
		if st := b.stmt(s); st != nil {
			blk.Stmts = append(blk.Stmts, st)
		}
	}
	return blk
}

// blockExpr builds a block used as an expression: its last statement, an
// expression that no ';' follows, is its value.
func (b *builder) blockExpr(p *pBlock) *BlockExpr {
	be := &BlockExpr{Pos: pos(p.Pos)}
	for i, s := range p.Stmts {
		if i == len(p.Stmts)-1 && isValueStmt(s) {
			if s.If != nil {
				be.Value = b.ifExpr(s.If)
			} else {
				be.Value = b.expr(s.X)
			}
			break
		}
		if st := b.stmt(s); st != nil {
			be.Stmts = append(be.Stmts, st)
		}
	}
	return be
}

// isValueStmt reports whether s is an expression with no assignment and
// no ';' after it, or an if whose every branch ends in one: at the end of
// a block, the block's value.
func isValueStmt(s *pStmt) bool {
	if s.If != nil && !s.Semi {
		return ifHasValue(s.If)
	}
	return s.X != nil && s.Assign == nil && !s.Semi
}

// ifHasValue reports whether an if has an else and every branch's block
// ends in a value.
func ifHasValue(p *pIf) bool {
	ends := func(b *pBlock) bool { return len(b.Stmts) > 0 && isValueStmt(b.Stmts[len(b.Stmts)-1]) }
	switch {
	case p.ElseIf != nil:
		return ends(p.Then) && ifHasValue(p.ElseIf)
	case p.Else != nil:
		return ends(p.Then) && ends(p.Else)
	}
	return false
}

// ifExpr builds an if used as an expression, which an else must
// complete: cond ? then's value : else's.
func (b *builder) ifExpr(p *pIf) Expr {
	t := &TernaryExpr{Pos: pos(p.Pos), Cond: b.expr(p.Cond), Then: b.blockExpr(p.Then)}
	switch {
	case p.ElseIf != nil:
		t.Else = b.ifExpr(p.ElseIf)
	case p.Else != nil:
		t.Else = b.blockExpr(p.Else)
	default:
		b.errs.add(pos(p.Pos), "an if that gives a value needs an else")
		t.Else = &IntLit{Pos: pos(p.Pos)}
	}
	return t
}

func (b *builder) stmt(s *pStmt) Stmt {
	switch {
	case s.If != nil:
		return b.ifStmt(s.If)
	case s.Unroll != nil:
		return &UnrollStmt{Pos: pos(s.Unroll.Pos), Count: b.expr(s.Unroll.Count), Body: b.block(s.Unroll.Body)}
	case s.For != nil:
		return b.forStmt(s.For)
	case s.While != nil:
		return &WhileStmt{Pos: pos(s.While.Pos), Cond: b.expr(s.While.Cond), Body: b.block(s.While.Body)}
	case s.Let != nil:
		return b.let(s.Let)
	case s.Return != nil:
		r := &ReturnStmt{Pos: pos(s.Pos)}
		if s.Return.Value != nil {
			r.Value = b.expr(s.Return.Value)
		}
		return r
	case s.Jump == "break":
		return &BreakStmt{Pos: pos(s.Pos)}
	case s.Jump == "continue":
		return &ContinueStmt{Pos: pos(s.Pos)}
	case s.X != nil:
		x := b.expr(s.X)
		if s.Assign != nil {
			return &AssignStmt{Pos: Start(x), Target: x, Op: string(s.Assign.Op), Value: b.expr(s.Assign.Value), OpPos: pos(s.Assign.Pos)}
		}
		return exprStmt(x)
	}
	return nil
}

// exprStmt is the statement an expression makes: a block expression is a
// block of statements (its value, if any, one of them). A macro called as
// a statement drops its value unless the value is a call, made for its
// effect.
// effectOnly says x is a call, ++ or --, or a ?: of those: an
// expression a statement can be.
func effectOnly(x Expr) bool {
	switch x := x.(type) {
	case *CallExpr, *IncDecExpr:
		return true
	case *TernaryExpr:
		return effectOnly(x.Then) && effectOnly(x.Else)
	}
	return false
}

// plainExprStmt reports whether x makes a statement of its own,
// an ExprStmt, rather than one exprStmt turns it into.
func plainExprStmt(x Expr) bool {
	switch x := x.(type) {
	case *IncDecExpr, *BlockExpr:
		return false
	case *TernaryExpr:
		return !effectOnly(x.Then) || !effectOnly(x.Else)
	}
	return true
}

func exprStmt(x Expr) Stmt {
	if e, ok := x.(*IncDecExpr); ok {
		// Its value unused: before or after makes no difference.
		return &IncDecStmt{Pos: Start(e.Target), Target: e.Target, Op: e.Op}
	}
	if te, ok := x.(*TernaryExpr); ok && effectOnly(te.Then) && effectOnly(te.Else) {
		// c ? printf(…) : printf(…) alone is an if, as in bpftrace's
		// reference guide.
		return &IfStmt{Pos: Start(te), Cond: te.Cond,
			Then: &Block{Pos: Start(te.Then), Stmts: []Stmt{exprStmt(te.Then)}},
			Else: &Block{Pos: Start(te.Else), Stmts: []Stmt{exprStmt(te.Else)}}}
	}
	be, ok := x.(*BlockExpr)
	if !ok {
		return &ExprStmt{X: x}
	}
	blk := &Block{Pos: be.Pos, Stmts: be.Stmts}
	if be.Value != nil {
		v := exprStmt(be.Value)
		if es, ok := v.(*ExprStmt); ok && be.Macro != "" {
			if _, call := es.X.(*CallExpr); !call {
				return blk
			}
		}
		blk.Stmts = append(blk.Stmts[:len(blk.Stmts):len(blk.Stmts)], v)
	}
	return blk
}

func (b *builder) ifStmt(p *pIf) *IfStmt {
	st := &IfStmt{Pos: pos(p.Pos), Cond: b.expr(p.Cond), Then: b.block(p.Then)}
	switch {
	case p.ElseIf != nil:
		st.Else = b.ifStmt(p.ElseIf)
	case p.Else != nil:
		st.Else = b.block(p.Else)
	}
	return st
}

// binTerm is one "op operand" of a flat binary chain.
type binTerm struct {
	pos Pos
	op  string
	x   Expr
}

// expr builds an expression. An operator without its operand, or a then
// without its else, are what is left of an attempt participle gave up on:
// when a rule fails inside an optional group, participle may already have
// stored what the attempt captured before it, in the struct that holds the
// group. The attempt did not count, so neither do they.
func (b *builder) expr(p *pExpr) Expr {
	ops := make([]binTerm, min(len(p.Ops), len(p.Xs)))
	for i := range ops {
		o := p.Ops[i]
		ops[i] = binTerm{pos(o.Pos), o.Op, b.unary(p.Xs[i])}
	}
	return b.ternary(b.climb(b.unary(&p.Head), ops), p.Then, p.Else)
}

// ternary is cond, or cond ? then : else when both are there.
func (b *builder) ternary(cond Expr, then, els *pExpr) Expr {
	if then == nil || els == nil {
		return cond
	}
	return &TernaryExpr{Pos: cond.Position(), Cond: cond, Then: b.expr(then), Else: b.expr(els)}
}

// climb builds a left-associative tree from head op x op x … by precedence
// climbing.
func (b *builder) climb(head Expr, ops []binTerm) Expr {
	i := 0
	var parse func(lhs Expr, minPrec int) Expr
	parse = func(lhs Expr, minPrec int) Expr {
		for i < len(ops) && precedenceOf(ops[i].op) >= minPrec {
			op := ops[i]
			i++
			rhs := op.x
			for i < len(ops) && precedenceOf(ops[i].op) > precedenceOf(op.op) {
				rhs = parse(rhs, precedenceOf(op.op)+1)
			}
			lhs = &BinaryExpr{Pos: op.pos, Op: op.op, X: lhs, Y: rhs}
		}
		return lhs
	}
	return parse(head, 0)
}

func (b *builder) unary(p *pUnary) Expr {
	var x Expr
	switch {
	case p.Op != nil && (p.Op.Op == "++" || p.Op.Op == "--"):
		x = &IncDecExpr{Pos: pos(p.Op.Pos), Op: p.Op.Op, Target: b.unary(p.X)}
	case p.Op != nil:
		x = &UnaryExpr{Pos: pos(p.Op.Pos), Op: p.Op.Op, X: b.unary(p.X)}
	default:
		x = b.primary(p)
	}
	for _, s := range p.Suffixes {
		sp := pos(s.At.Pos)
		switch {
		case s.Arrow != "":
			x = &FieldExpr{Pos: sp, X: x, Name: s.Arrow, Arrow: true}
		case s.Dot != "":
			if s.Dot[0] >= '0' && s.Dot[0] <= '9' {
				x = b.tupleIndex(sp, x, s.Dot)
			} else {
				x = &FieldExpr{Pos: sp, X: x, Name: s.Dot}
			}
		case s.Index != nil:
			x = &IndexExpr{Pos: sp, X: x, Index: b.expr(s.Index)}
		case s.IncDec != "":
			x = &IncDecExpr{Pos: sp, Op: s.IncDec, Target: x, Post: true}
		}
	}
	return x
}

// tupleIndex is x.N, the N written as text.
func (b *builder) tupleIndex(at Pos, x Expr, text string) Expr {
	n, err := strconv.Atoi(text)
	if err != nil {
		b.errs.add(at, "bad tuple index %s", text)
	}
	return &TupleIndexExpr{Pos: at, X: x, Index: n}
}

// primary builds the primary expression of an operand without a prefix
// operator.
func (b *builder) primary(p *pUnary) Expr {
	ps := pos(p.Pos)
	switch {
	case p.Atom.Type != 0:
		return b.atom(ps, &p.Atom)
	case p.Map.Name != "":
		m := &MapExpr{Pos: ps, Name: p.Map.Name}
		for _, k := range p.Map.Keys {
			m.Keys = append(m.Keys, b.expr(k))
		}
		return m
	case p.Call.Name != "":
		c := &CallExpr{Pos: ps, Name: string(p.Call.Name)}
		for _, a := range p.Call.Args {
			if a.Type != nil {
				c.Args = append(c.Args, &TypeExpr{Pos: pos(a.Type.Pos), Type: typeName(a.Type)})
			} else {
				c.Args = append(c.Args, b.expr(a.X))
			}
		}
		return c
	case p.Ident != "":
		return &Ident{Pos: ps, Name: string(p.Ident)}
	case p.Block != nil:
		return b.blockExpr(p.Block)
	case p.If != nil:
		return b.ifExpr(p.If)
	case p.Paren != nil:
		if len(p.Paren.Record) > 0 {
			r := &RecordExpr{Pos: ps}
			for _, f := range p.Paren.Record {
				r.Names = append(r.Names, f.Name)
				r.Elems = append(r.Elems, b.expr(f.Value))
			}
			return r
		}
		if p.Paren.Cast != nil {
			return &CastExpr{Pos: ps, Type: typeName(p.Paren.Cast), X: b.unary(p.Paren.CastX)}
		}
		if len(p.Paren.Elems) == 1 {
			return b.expr(p.Paren.Elems[0])
		}
		t := &TupleExpr{Pos: ps}
		for _, e := range p.Paren.Elems {
			t.Elems = append(t.Elems, b.expr(e))
		}
		return t
	}
	b.errs.add(ps, "empty expression")
	return &IntLit{Pos: ps}
}

// atom builds a one-token primary expression.
func (b *builder) atom(ps Pos, a *atom) Expr {
	switch a.Type {
	case tokInt:
		if n, unit, ok := splitDuration(a.Value); ok {
			v, err := parseInt(n)
			scale := durationUnits[unit]
			if err != nil || v > math.MaxInt64/scale {
				b.errs.add(ps, "duration %s does not fit in 64 bits of nanoseconds", a.Value)
			}
			return &IntLit{Pos: ps, Value: v * scale}
		}
		v, err := parseInt(a.Value)
		if err != nil {
			b.errs.add(ps, "integer literal %s does not fit in 64 bits", a.Value)
		}
		return &IntLit{Pos: ps, Value: v}
	case tokString:
		s, err := unquote(a.Value)
		if err != nil {
			b.errs.add(ps, "%v", err)
		}
		return &StrLit{Pos: ps, Value: s}
	case tokParam:
		return &ParamExpr{Pos: ps, Name: strings.TrimSuffix(strings.TrimPrefix(a.Value, "${"), "}")}
	case tokPosParam:
		if a.Value == "$#" {
			return &PosParamExpr{Pos: ps, Count: true}
		}
		n, err := strconv.Atoi(a.Value[1:])
		if err != nil {
			b.errs.add(ps, "bad positional parameter %s", a.Value)
		}
		return &PosParamExpr{Pos: ps, N: n}
	case tokMap:
		return &MapExpr{Pos: ps, Name: a.Value}
	}
	return &VarExpr{Pos: ps, Name: a.Value}
}

func typeName(p *pTypeName) TypeName {
	t := TypeName{Pos: pos(p.Pos), Name: p.Name, Ptr: len(p.Stars)}
	if p.Tag != nil {
		t.Tag = string(*p.Tag)
	}
	if p.Basic != nil {
		t.Name = string(*p.Basic)
	}
	return t
}

// splitDuration splits a duration literal such as 10ms into its number
// and its unit.
func splitDuration(s string) (num, unit string, ok bool) {
	i := len(s)
	for i > 0 && (s[i-1] < '0' || s[i-1] > '9') && s[i-1] != '_' {
		i--
	}
	if i == len(s) || i == 0 || durationUnits[s[i:]] == 0 {
		return "", "", false
	}
	return s[:i], s[i:], true
}

// parseInt reads an integer literal as C does: 0x for hex, a leading 0
// for octal (0170000), decimal otherwise; '_' separators are allowed. A
// decimal may have an exponent, as bpftrace's 1e6 (an integer:
// 1000000).
func parseInt(s string) (uint64, error) {
	s = strings.ReplaceAll(s, "_", "")
	if len(s) > 2 && (s[1] == 'x' || s[1] == 'X') {
		return strconv.ParseUint(s[2:], 16, 64)
	}
	if i := strings.IndexAny(s, "eE"); i > 0 {
		return parseExponent(s[:i], s[i+1:])
	}
	if len(s) > 1 && s[0] == '0' {
		return strconv.ParseUint(s[1:], 8, 64)
	}
	return strconv.ParseUint(s, 10, 64)
}

// parseExponent reads the integer c×10^e of a literal such as 1e6,
// failing when it does not fit in 64 bits.
func parseExponent(coeff, exp string) (uint64, error) {
	c, err := strconv.ParseUint(coeff, 10, 64)
	if err != nil {
		return 0, err
	}
	e, err := strconv.ParseUint(exp, 10, 64)
	if err != nil {
		return 0, err
	}
	for ; e > 0 && c != 0; e-- {
		if c > math.MaxUint64/10 {
			return 0, strconv.ErrRange
		}
		c *= 10
	}
	return c, nil
}

// unquote decodes a string literal's C escapes: \n \t \r \\ \" \0 \xNN \NNN.
func unquote(lit string) (string, error) {
	s := lit[1 : len(lit)-1]
	var out strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			out.WriteByte(c)
			continue
		}
		i++
		if i >= len(s) {
			return "", errors.New("string ends in a backslash")
		}
		switch e := s[i]; e {
		case 'n':
			out.WriteByte('\n')
		case 't':
			out.WriteByte('\t')
		case 'r':
			out.WriteByte('\r')
		case '\\', '"', '\'':
			out.WriteByte(e)
		case 'x':
			j := i + 1
			for j < len(s) && j < i+3 && isHex(s[j]) {
				j++
			}
			if j == i+1 {
				return "", errors.New(`\x needs hex digits`)
			}
			v, _ := strconv.ParseUint(s[i+1:j], 16, 8)
			out.WriteByte(byte(v))
			i = j - 1
		case '0', '1', '2', '3', '4', '5', '6', '7':
			j := i
			for j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7' {
				j++
			}
			v, err := strconv.ParseUint(s[i:j], 8, 8)
			if err != nil {
				return "", errors.New("octal escape out of range")
			}
			out.WriteByte(byte(v))
			i = j - 1
		default:
			return "", errors.New("unknown escape \\" + string(e))
		}
	}
	return out.String(), nil
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
