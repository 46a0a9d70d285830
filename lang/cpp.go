package lang

import (
	"fmt"
	"strings"
)

// A script may carry C preprocessor lines, as bpftrace's scripts do: they
// are run through cpp there. ntrace runs no preprocessor. It reads the
// lines scripts have:
//
//	#include <linux/sched.h>   accepted and ignored: kernel types come from
//	                           BTF, header constants from a table (see
//	                           headerConstant)
//	#define NAME body          an object-like macro: every later NAME is
//	                           replaced by the body's tokens, as cpp would
//	#undef NAME                forgets NAME
//	#if EXPR, #ifdef NAME,     conditionals, as cpp reads them: EXPR has
//	#ifndef NAME, #elif EXPR,  integers, macros, defined(NAME) and C's
//	#else, #endif              operators; a name that is no macro is 0
//
// BPFTRACE_HAVE_BTF is defined (as 1), as bpftrace defines it where the
// kernel has BTF: ntrace always uses BTF. Function-like macros are refused
// rather than ignored, and so is #error. Other directives (#!, #pragma)
// are ignored. The body of a macro is lexed where it stands, so an error
// in it is reported on the #define line. Directives are read outside
// probes only.

// macroTable holds a script's #defines as the scanner meets them, and the
// conditionals it is in.
type macroTable struct {
	defs   map[string][]token
	active map[string]bool // macros being expanded, which expand no further
	conds  []condFrame
	// undefined are the predefined macros the script #undef'd.
	undefined map[string]bool
}

// condFrame is one #if … #endif the scanner is in.
type condFrame struct {
	at     tokenPos // the #if, for an error when it is not closed
	outer  bool     // the lines around it are read
	taken  bool     // a branch was read (the rest are skipped)
	on     bool     // the lines of the current branch are read
	inElse bool
}

// predefined are the macros every script has.
var predefined = map[string]string{"BPFTRACE_HAVE_BTF": "1"}

// reading reports whether the lines at the scanner are read, not skipped
// by a conditional.
func (s *scanner) reading() bool {
	c := s.macros.conds
	return len(c) == 0 || c[len(c)-1].on
}

// directive handles a preprocessor line at the top level of a script.
func (s *scanner) directive(tok token) error {
	text := strings.TrimPrefix(tok.Value, "#")
	word, rest := cutWord(strings.TrimLeft(text, " \t"))
	switch word {
	case "if", "ifdef", "ifndef", "elif", "else", "endif":
		return s.conditional(tok, word, rest)
	}
	if !s.reading() {
		return nil
	}
	switch word {
	case "define":
		return s.define(tok, rest)
	case "undef":
		name, _ := cutWord(strings.TrimLeft(rest, " \t"))
		delete(s.macros.defs, name)
		if s.macros.undefined == nil {
			s.macros.undefined = map[string]bool{}
		}
		s.macros.undefined[name] = true
	case "error":
		return &lexError{Pos: tok.Pos, Msg: "#error" + rest}
	}
	return nil
}

// conditional handles #if, #ifdef, #ifndef, #elif, #else and #endif.
func (s *scanner) conditional(tok token, word, rest string) error {
	c := &s.macros
	if word == "if" || word == "ifdef" || word == "ifndef" {
		f := condFrame{at: tok.Pos, outer: s.reading()}
		if f.outer {
			v, err := s.condition(tok, word, rest)
			if err != nil {
				return err
			}
			f.on, f.taken = v, v
		}
		c.conds = append(c.conds, f)
		return nil
	}
	if len(c.conds) == 0 {
		return &lexError{Pos: tok.Pos, Msg: fmt.Sprintf("#%s without #if", word)}
	}
	f := &c.conds[len(c.conds)-1]
	switch word {
	case "endif":
		c.conds = c.conds[:len(c.conds)-1]
	case "else":
		if f.inElse {
			return &lexError{Pos: tok.Pos, Msg: "#else after #else"}
		}
		f.inElse = true
		f.on = f.outer && !f.taken
		f.taken = f.taken || f.on
	case "elif":
		if f.inElse {
			return &lexError{Pos: tok.Pos, Msg: "#elif after #else"}
		}
		f.on = false
		if f.outer && !f.taken {
			v, err := s.condition(tok, "if", rest)
			if err != nil {
				return err
			}
			f.on, f.taken = v, v
		}
	}
	return nil
}

// condition evaluates the condition of an #if, #ifdef or #ifndef.
func (s *scanner) condition(tok token, word, rest string) (bool, error) {
	if word != "if" {
		name, _ := cutWord(strings.TrimLeft(rest, " \t"))
		_, defined := s.lookupMacro(name)
		return defined == (word == "ifdef"), nil
	}
	toks, err := s.lexDirective(tok, len(tok.Value)-len(rest))
	if err != nil {
		return false, err
	}
	e := &condExpr{s: s, toks: toks, end: tok.Pos}
	e.end.advance(tok.Value)
	v, err := e.parse(0)
	if err == nil && e.i < len(e.toks) {
		err = &lexError{Pos: e.toks[e.i].Pos, Msg: fmt.Sprintf("#if: unexpected %q", e.toks[e.i].Value)}
	}
	return v != 0, err
}

// lookupMacro returns what a name is defined as, and whether it is.
func (s *scanner) lookupMacro(name string) ([]token, bool) {
	if toks, ok := s.macros.defs[name]; ok {
		return toks, true
	}
	if v, ok := predefined[name]; ok {
		if s.macros.undefined[name] {
			return nil, false
		}
		return []token{{Type: tokInt, Value: v}}, true
	}
	return nil, false
}

// skipInactive moves the scanner past the lines a conditional skips, to
// the next line that is a directive (which may end the skipping).
func (s *scanner) skipInactive() error {
	for !s.reading() {
		rest := s.src[s.pos.Offset:]
		if rest == "" {
			f := s.macros.conds[len(s.macros.conds)-1]
			return &lexError{Pos: f.at, Msg: "#if without #endif"}
		}
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line = rest[:i+1]
		}
		if t := strings.TrimLeft(line, " \t"); strings.HasPrefix(t, "#") {
			s.pos.advance(line[:len(line)-len(t)])
			return nil // the scanner reads the directive next
		}
		s.pos.advance(line)
	}
	return nil
}

// define records "#define NAME body", lexing body where it stands in the
// directive token.
func (s *scanner) define(tok token, rest string) error {
	off := len(tok.Value) - len(rest) // where rest starts in tok.Value
	lead := len(rest) - len(strings.TrimLeft(rest, " \t"))
	rest, off = rest[lead:], off+lead
	name, body := cutWord(rest)
	at := tok.Pos
	at.advance(tok.Value[:off])
	if name == "" || !isNameStart(name[0]) {
		return &lexError{Pos: at, Msg: "#define needs a name"}
	}
	if strings.HasPrefix(body, "(") {
		return &lexError{Pos: at, Msg: fmt.Sprintf("#define %s(…): function-like macros are not supported, only #define NAME value", name)}
	}
	toks, err := s.lexDirective(tok, off+len(name))
	if err != nil {
		return err
	}
	for _, t := range toks {
		if t.Type == tokOpen || t.Type == tokClose {
			return &lexError{Pos: t.Pos, Msg: fmt.Sprintf("#define %s: a macro's value may not hold braces", name)}
		}
	}
	if s.macros.defs == nil {
		s.macros.defs = map[string][]token{}
	}
	s.macros.defs[name] = toks
	delete(s.macros.undefined, name)
	return nil
}

// lexDirective lexes the rest of a directive from byte off of its text,
// as code inside a probe lexes, where it stands in the script.
func (s *scanner) lexDirective(tok token, off int) ([]token, error) {
	at := tok.Pos
	at.advance(tok.Value[:off])
	sub := &scanner{filename: s.filename, src: s.src[:tok.Pos.Offset+len(tok.Value)], pos: at, blocks: 1}
	var toks []token
	for {
		t, err := sub.next()
		if err != nil {
			return nil, err
		}
		if t.EOF() {
			return toks, nil
		}
		if !elided(t.Type) {
			toks = append(toks, t)
		}
	}
}

// expand returns the tokens a name stands for, macros in them expanded in
// turn (a macro does not expand inside its own expansion, as in cpp), and
// whether it is a macro at all.
func (s *scanner) expand(tok token) ([]token, bool) {
	if tok.Type != tokIdent || s.macros.active[tok.Value] {
		return nil, false
	}
	body, ok := s.lookupMacro(tok.Value)
	if !ok {
		return nil, false
	}
	if s.macros.active == nil {
		s.macros.active = map[string]bool{}
	}
	s.macros.active[tok.Value] = true
	defer delete(s.macros.active, tok.Value)
	var out []token
	for _, t := range body {
		if t.Pos.Line == 0 {
			t.Pos = tok.Pos // a predefined macro's value stands where it is used
		}
		if more, ok := s.expand(t); ok {
			out = append(out, more...)
			continue
		}
		out = append(out, t)
	}
	return out, true
}

// cutWord returns the name s starts with (up to the first character that
// cannot be in a name, as the "(" of "#define F(x)") and the rest; or,
// when s does not start with a name, its first word.
func cutWord(s string) (string, string) {
	i := 0
	for i < len(s) && isNameChar(s[i]) {
		i++
	}
	if i == 0 {
		if j := strings.IndexAny(s, " \t"); j >= 0 {
			return s[:j], s[j:]
		}
		return s, ""
	}
	return s[:i], s[i:]
}

// condExpr evaluates an #if's expression, as cpp does, over 64-bit
// signed integers.
type condExpr struct {
	s    *scanner
	toks []token
	i    int
	end  tokenPos // where the directive ends, for "expected …"
	// expansion says toks are a macro's, expanded already: a name left
	// in them is no macro, or one that names itself (#define N (N+1)),
	// which cpp does not expand again; either is 0.
	expansion bool
}

// condPrecedence is C's precedence of the binary operators #if takes.
var condPrecedence = map[string]int{
	"||": 1, "&&": 2, "|": 3, "^": 4, "&": 5, "==": 6, "!=": 6,
	"<": 7, "<=": 7, ">": 7, ">=": 7, "<<": 8, ">>": 8, "+": 9, "-": 9, "*": 10, "/": 10, "%": 10,
}

func (e *condExpr) errAt(msg string) error {
	at := e.end
	if e.i < len(e.toks) {
		at = e.toks[e.i].Pos
	}
	return &lexError{Pos: at, Msg: "#if: " + msg}
}

// parse reads operators binding tighter than min, precedence climbing.
func (e *condExpr) parse(min int) (int64, error) {
	x, err := e.unary()
	if err != nil {
		return 0, err
	}
	for e.i < len(e.toks) {
		op := e.toks[e.i].Value
		p, ok := condPrecedence[op]
		if !ok || p <= min || e.toks[e.i].Type != tokOp {
			break
		}
		at := e.i
		e.i++
		y, err := e.parse(p)
		if err != nil {
			return 0, err
		}
		if x, err = condBinary(op, x, y); err != nil {
			e.i = at
			return 0, e.errAt(err.Error())
		}
	}
	return x, nil
}

func condBinary(op string, x, y int64) (int64, error) {
	b := func(v bool) int64 {
		if v {
			return 1
		}
		return 0
	}
	switch op {
	case "||":
		return b(x != 0 || y != 0), nil
	case "&&":
		return b(x != 0 && y != 0), nil
	case "|":
		return x | y, nil
	case "^":
		return x ^ y, nil
	case "&":
		return x & y, nil
	case "==":
		return b(x == y), nil
	case "!=":
		return b(x != y), nil
	case "<":
		return b(x < y), nil
	case "<=":
		return b(x <= y), nil
	case ">":
		return b(x > y), nil
	case ">=":
		return b(x >= y), nil
	case "<<":
		return x << (uint64(y) & 63), nil
	case ">>":
		return x >> (uint64(y) & 63), nil
	case "+":
		return x + y, nil
	case "-":
		return x - y, nil
	case "*":
		return x * y, nil
	}
	if y == 0 {
		return 0, fmt.Errorf("division by zero")
	}
	if op == "/" {
		return x / y, nil
	}
	return x % y, nil
}

// unary reads a prefix operator's operand, a number, a name, defined(NAME)
// or a parenthesised expression.
func (e *condExpr) unary() (int64, error) {
	if e.i >= len(e.toks) {
		return 0, e.errAt("expected a value")
	}
	t := e.toks[e.i]
	e.i++
	switch {
	case t.Type == tokOp && (t.Value == "!" || t.Value == "-" || t.Value == "~" || t.Value == "+"):
		v, err := e.unary()
		switch t.Value {
		case "!":
			if v == 0 {
				return 1, err
			}
			return 0, err
		case "-":
			return -v, err
		case "~":
			return ^v, err
		}
		return v, err
	case t.Type == tokOp && t.Value == "(":
		v, err := e.parse(0)
		if err != nil {
			return 0, err
		}
		if e.i >= len(e.toks) || e.toks[e.i].Value != ")" {
			return 0, e.errAt(`expected ")"`)
		}
		e.i++
		return v, nil
	case t.Type == tokInt:
		v, err := parseInt(t.Value)
		if err != nil {
			e.i--
			return 0, e.errAt("bad number " + t.Value)
		}
		return int64(v), nil
	case t.Type == tokIdent && t.Value == "defined":
		paren := e.i < len(e.toks) && e.toks[e.i].Value == "("
		if paren {
			e.i++
		}
		if e.i >= len(e.toks) || e.toks[e.i].Type != tokIdent {
			return 0, e.errAt("defined needs a name")
		}
		_, ok := e.s.lookupMacro(e.toks[e.i].Value)
		e.i++
		if paren {
			if e.i >= len(e.toks) || e.toks[e.i].Value != ")" {
				return 0, e.errAt(`expected ")"`)
			}
			e.i++
		}
		if ok {
			return 1, nil
		}
		return 0, nil
	case t.Type == tokIdent:
		if e.expansion {
			return 0, nil
		}
		body, ok := e.s.expand(t)
		if !ok {
			return 0, nil // a name that is no macro is 0, as in cpp
		}
		sub := &condExpr{s: e.s, toks: body, end: t.Pos, expansion: true}
		v, err := sub.parse(0)
		if err == nil && sub.i < len(body) {
			err = sub.errAt(fmt.Sprintf("%s is not a number", t.Value))
		}
		return v, err
	}
	e.i--
	return 0, e.errAt(fmt.Sprintf("unexpected %q", t.Value))
}
