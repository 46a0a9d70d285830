package lang

import (
	"fmt"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// A script may carry C preprocessor lines, as bpftrace's scripts do: they
// are run through cpp there. ntrace runs no preprocessor. It reads the
// lines that matter for the scripts people have:
//
//	#include <linux/sched.h>   accepted and ignored: kernel types come from
//	                           BTF, header constants from a table (see
//	                           headerConstants)
//	#define NAME body          an object-like macro: every later NAME is
//	                           replaced by the body's tokens, as cpp would
//	#undef NAME                forgets NAME
//
// and refuses conditionals (#if, #ifdef, …) and function-like macros,
// whose meaning it would otherwise drop silently. Other directives (#!,
// #pragma) are ignored. The body of a macro is lexed where it stands, so
// an error in it is reported on the #define line.

// macroTable holds a script's #defines as the scanner meets them.
type macroTable struct {
	defs   map[string][]lexer.Token
	active map[string]bool // macros being expanded, which expand no further
}

// directive handles a preprocessor line at the top level of a script.
func (s *scanner) directive(tok lexer.Token) error {
	text := strings.TrimPrefix(tok.Value, "#")
	word, rest := cutWord(strings.TrimLeft(text, " \t"))
	switch word {
	case "define":
		return s.define(tok, rest)
	case "undef":
		name, _ := cutWord(strings.TrimLeft(rest, " \t"))
		delete(s.macros.defs, name)
	case "if", "ifdef", "ifndef", "elif", "else", "endif", "error":
		return &lexer.Error{Pos: tok.Pos, Msg: fmt.Sprintf("#%s is not supported: ntrace runs no C preprocessor; it reads #include and #define (object-like) lines only", word)}
	}
	return nil
}

// define records "#define NAME body", lexing body where it stands in the
// directive token.
func (s *scanner) define(tok lexer.Token, rest string) error {
	off := len(tok.Value) - len(rest) // where rest starts in tok.Value
	lead := len(rest) - len(strings.TrimLeft(rest, " \t"))
	rest, off = rest[lead:], off+lead
	name, body := cutWord(rest)
	at := tok.Pos
	at.Advance(tok.Value[:off])
	if name == "" || !isNameStart(name[0]) {
		return &lexer.Error{Pos: at, Msg: "#define needs a name"}
	}
	if strings.HasPrefix(body, "(") {
		return &lexer.Error{Pos: at, Msg: fmt.Sprintf("#define %s(…): function-like macros are not supported, only #define NAME value", name)}
	}
	bodyPos := at
	bodyPos.Advance(name)
	// The body lexes as code inside a probe does, where it is.
	sub := &scanner{src: s.src[:tok.Pos.Offset+len(tok.Value)], pos: bodyPos, blocks: 1}
	var toks []lexer.Token
	for {
		t, err := sub.next()
		if err != nil {
			return err
		}
		if t.EOF() {
			break
		}
		if elided(t.Type) {
			continue
		}
		if t.Type == tokOpen || t.Type == tokClose {
			return &lexer.Error{Pos: t.Pos, Msg: fmt.Sprintf("#define %s: a macro's value may not hold braces", name)}
		}
		toks = append(toks, t)
	}
	if s.macros.defs == nil {
		s.macros.defs = map[string][]lexer.Token{}
		s.macros.active = map[string]bool{}
	}
	s.macros.defs[name] = toks
	return nil
}

// expand returns the tokens a name stands for, macros in them expanded in
// turn (a macro does not expand inside its own expansion, as in cpp), and
// whether it is a macro at all.
func (s *scanner) expand(tok lexer.Token) ([]lexer.Token, bool) {
	body, ok := s.macros.defs[tok.Value]
	if !ok || tok.Type != tokIdent || s.macros.active[tok.Value] {
		return nil, false
	}
	s.macros.active[tok.Value] = true
	defer delete(s.macros.active, tok.Value)
	var out []lexer.Token
	for _, t := range body {
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
