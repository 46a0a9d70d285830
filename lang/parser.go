package lang

import "fmt"

// The script parser is written by hand, by recursive descent over the
// tokens of the hand-written lexer (lexer.go). It builds the parse tree of
// grammar.go and grammar_decl.go, whose struct tags state the grammar it
// follows: participle's parser, built from those tags by reflection, cost
// more than the rest of start-up together, and it stays as the test oracle
// this parser must agree with (grammar_oracle_test.go).
//
// It reports a syntax error where participle would, since scripts,
// goldens and users rely on those positions. That is the furthest point
// the parse got to, found thus: every choice (alternatives, an optional or
// repeated part) is tried on a branch, a copy of the cursor; a branch that
// fails within lookahead tokens of where it started is abandoned and the
// next choice tried, but one that fails further on commits the whole parse
// to its error. Along the way each cursor keeps the deepest error any
// abandoned branch reached, which is the error reported when the parse
// stops short of the end of the script.
//
// This file holds that machinery and the top level of a script;
// parse_stmt.go has probes, blocks and statements, parse_expr.go
// expressions and types, and parse_decl.go the declarations.

// lookahead is how many tokens past its start a failed choice may have
// read and still be abandoned for the next.
const lookahead = 4

// scriptParser holds the script's tokens, lexed in full before parsing,
// and the memory it parses with.
type scriptParser struct {
	toks     []token
	filename string // the script's, which the tree's positions name
	// free are branch cursors to reuse: branches nest, so few are live
	// at once, and a cursor a part function is given a pointer to would
	// otherwise be allocated for each.
	free []*cursor
	// errs is where errors are allocated from: a parse makes one for
	// each alternative that fails, most of which it throws away.
	errs []syntaxError
}

// cursor is where a parse, or a branch of it, has got to, with the
// deepest error seen so far.
type cursor struct {
	at      int          // index of the next token
	deepErr *syntaxError // the deepest error seen, or nil
	deepAt  int          // the token index deepErr was seen at
}

// syntaxError is a token that does not fit the grammar where it stands,
// and what would have.
type syntaxError struct {
	tok    int    // index of the token
	expect string // what the grammar wanted there, in words; may be empty
}

// lexScript lexes src in full: a lexer error anywhere is reported before any
// syntax error.
func lexScript(filename, src string) ([]token, error) {
	lx := scriptLexer{maxNesting: MaxNesting, macros: true}.scanner(filename, src)
	toks := make([]token, 0, len(src)/6+16) // the recipes run 6 to 13 bytes a token
	for {
		toks = append(toks, token{})
		t := &toks[len(toks)-1]
		if err := lx.read(t); err != nil {
			return nil, err
		}
		if t.EOF() {
			return toks, nil
		}
	}
}

// parse parses the script's tokens, the last of them EOF.
func (p *scriptParser) parse() (*pProgram, *syntaxError) {
	var c cursor
	prog, err := p.program(&c)
	if err != nil {
		return nil, err
	}
	if !p.peek(&c).EOF() {
		return nil, c.deepest(p.fail(&c, ""))
	}
	return prog, nil
}

// message renders err as the script's author reads it.
func (p *scriptParser) message(err *syntaxError) string {
	t := p.toks[err.tok]
	msg := fmt.Sprintf("unexpected token %q", t.Value)
	if t.EOF() {
		msg = "unexpected end of script"
	}
	if err.expect != "" {
		msg += " (expected " + err.expect + ")"
	}
	return msg
}

// peek returns the next token.
func (p *scriptParser) peek(c *cursor) *token { return &p.toks[c.at] }

// posAt is the position of c's next token, as the parse tree has it.
func (p *scriptParser) posAt(c *cursor) position { return p.position(p.peek(c)) }

// position is the position of t, as the parse tree has it.
func (p *scriptParser) position(t *token) position {
	return position{Filename: p.filename, Offset: t.Pos.Offset, Line: t.Pos.Line, Column: t.Pos.Column}
}

// next consumes the next token, unless it is the end.
func (p *scriptParser) next(c *cursor) *token {
	t := &p.toks[c.at]
	if !t.EOF() {
		c.at++
	}
	return t
}

// lit consumes the next token if its text is v (of any type, as a literal
// in a grammar tag matches).
func (p *scriptParser) lit(c *cursor, v string) bool {
	if p.toks[c.at].Value == v && v != "" {
		c.at++
		return true
	}
	return false
}

// ref consumes the next token if it is of type typ, and returns its text.
func (p *scriptParser) ref(c *cursor, typ tokenType) (string, bool) {
	t := &p.toks[c.at]
	if t.Type != typ || t.EOF() {
		return "", false
	}
	c.at++
	return t.Value, true
}

// refPtr is ref for an optional capture into a *string.
func (p *scriptParser) refPtr(c *cursor, typ tokenType) *string {
	if v, ok := p.ref(c, typ); ok {
		return &v
	}
	return nil
}

// fail is the error at c's next token, where the grammar expected
// expect.
func (p *scriptParser) fail(c *cursor, expect string) *syntaxError {
	if len(p.errs) == cap(p.errs) {
		p.errs = make([]syntaxError, 0, 64)
	}
	p.errs = append(p.errs, syntaxError{tok: c.at, expect: expect})
	return &p.errs[len(p.errs)-1]
}

// branch returns a copy of c to try a part on.
func (p *scriptParser) branch(c *cursor) *cursor {
	var b *cursor
	if n := len(p.free); n > 0 {
		b, p.free = p.free[n-1], p.free[:n-1]
	} else {
		b = new(cursor)
	}
	*b = *c
	return b
}

// release returns a branch for reuse.
func (p *scriptParser) release(b *cursor) { p.free = append(p.free, b) }

// note records err as the deepest error if the cursor has got at least as
// far as the deepest error so far. Each rule notes the error it fails
// with.
func (c *cursor) note(err *syntaxError) {
	if err != nil && c.at >= c.deepAt {
		c.deepErr, c.deepAt = err, c.at
	}
}

// accept moves the cursor to where branch b got, keeping b's deepest
// error if it is deeper.
func (c *cursor) accept(b *cursor) {
	c.at = b.at
	if b.deepAt >= c.deepAt {
		c.deepErr, c.deepAt = b.deepErr, b.deepAt
	}
}

// stop records the error err that branch b failed with and reports whether
// b read too far past c to be abandoned, in which case c takes b's place
// and the parse fails with err.
func (c *cursor) stop(err *syntaxError, b *cursor) bool {
	if b.deepAt > c.deepAt {
		c.deepErr, c.deepAt = b.deepErr, b.deepAt
	} else if b.at >= c.deepAt {
		c.deepErr, c.deepAt = err, max(b.at, b.deepAt)
	}
	if b.at > c.at+lookahead {
		c.accept(b)
		return true
	}
	return false
}

// deepest returns the deepest error seen past the cursor, or err if none
// was.
func (c *cursor) deepest(err *syntaxError) *syntaxError {
	if c.at >= c.deepAt || c.deepErr == nil {
		return err
	}
	return c.deepErr
}

// tried settles one try of an optional or repeated part, run on branch b:
// on success (or no match) c takes b's place; on failure it reports
// whether the error ends the parse (stop) rather than the part.
func (c *cursor) tried(b *cursor, err *syntaxError) (fatal bool) {
	if err == nil {
		c.accept(b)
		return false
	}
	c.note(err)
	return c.stop(err, b)
}

// part is one part of a rule run on a branch: it reports whether it
// matched, or the error it failed with. A part that fails leaves its
// rule's output as it was: it writes what it parsed last of all.
type part func(b *cursor) (matched bool, err *syntaxError)

// opt runs an optional part.
func (p *scriptParser) opt(c *cursor, f part) (bool, *syntaxError) {
	b := p.branch(c)
	defer p.release(b)
	ok, err := f(b)
	if c.tried(b, err) {
		return false, err
	}
	return ok && err == nil, nil
}

// star runs a part as many times as it matches.
func (p *scriptParser) star(c *cursor, f part) *syntaxError {
	b := p.branch(c)
	defer p.release(b)
	for {
		*b = *c
		ok, err := f(b)
		if c.tried(b, err) {
			return err
		}
		if !ok || err != nil {
			return nil
		}
	}
}

// alts tries alternatives in turn, each on a branch of its own: the first
// that matches is taken; one that fails past lookahead tokens fails the
// choice; if none matches, the choice fails with the error of the one
// that got furthest, or does not match if none failed.
func (p *scriptParser) alts(c *cursor, fs ...part) (bool, *syntaxError) {
	var first *syntaxError
	firstAt := 0
	b := p.branch(c)
	defer p.release(b)
	for _, f := range fs {
		*b = *c
		ok, err := f(b)
		if err != nil {
			if c.stop(err, b) {
				return false, err
			}
			if b.at >= firstAt {
				first, firstAt = err, b.at
			}
			continue
		}
		if ok {
			c.accept(b)
			return true, nil
		}
	}
	c.note(first)
	return false, first
}

// program is a whole script: pProgram.
func (p *scriptParser) program(c *cursor) (_ *pProgram, err *syntaxError) {
	defer func() { c.note(err) }()
	prog := &pProgram{}
	err = p.star(c, func(b *cursor) (bool, *syntaxError) {
		it, err := p.item(b)
		if it != nil && err == nil {
			prog.Items = append(prog.Items, it)
		}
		return it != nil, err
	})
	if err != nil {
		return nil, err
	}
	return prog, nil
}

// item is one top-level part of a script: pItem.
func (p *scriptParser) item(c *cursor) (_ *pItem, err *syntaxError) {
	defer func() { c.note(err) }()
	it := &pItem{}
	ok, err := p.alts(c,
		func(b *cursor) (bool, *syntaxError) { v, err := p.param(b); it.Param = v; return v != nil, err },
		func(b *cursor) (bool, *syntaxError) { v, err := p.metric(b); it.Metric = v; return v != nil, err },
		func(b *cursor) (bool, *syntaxError) { v, err := p.config(b); it.Config = v; return v != nil, err },
		func(b *cursor) (bool, *syntaxError) { v, err := p.mapDecl(b); it.MapDecl = v; return v != nil, err },
		func(b *cursor) (bool, *syntaxError) { v, err := p.macro(b); it.Macro = v; return v != nil, err },
		func(b *cursor) (bool, *syntaxError) { v, err := p.enum(b); it.Enum = v; return v != nil, err },
		func(b *cursor) (bool, *syntaxError) { v, err := p.cStruct(b); it.Struct = v; return v != nil, err },
		func(b *cursor) (bool, *syntaxError) { v, err := p.either(b); it.Either = v; return v != nil, err },
		func(b *cursor) (bool, *syntaxError) { v, err := p.probe(b); it.Probe = v; return v != nil, err },
	)
	if !ok {
		return nil, err
	}
	return it, nil
}

// What the grammar expected, in words, where participle named a rule of
// its grammar or the start of one ("PPredicate", "((a type"): the oracle
// test maps participle's words to these (oracleMessage).
const (
	expectAttach      = "an attach point"
	expectPredicate   = "an expression"
	expectKeywordStmt = "a statement"
	expectElse        = `"if" or "{"`
	expectFor         = `"(" or a variable`
	expectForHead     = "a variable"
	expectForRange    = "a map or a range a..b"
	expectDeclType    = "a type"
	expectMember      = "a member's name or a tuple's index"
	expectParen       = "an expression or a type"
	expectRecordField = "a field: name = value"
	expectConstLabel  = "a label: name = value"
	expectConstValue  = "a string, a number or a ${PARAMETER}"
	expectLabel       = "a name"
	expectConfig      = `"=" or a setting`
	expectMacroParam  = "a parameter"
	expectAlt         = `"(" and the alternative's probes`
	expectStructEnd   = `"}"`
)
