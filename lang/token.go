package lang

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// The lexer's tokens and positions. They have the shape of participle's
// token and position, which the oracle tests convert them to
// (grammar_oracle_test.go), but are the package's own: importing
// participle's lexer package only for them cost start-up the regexp its
// package initialisation compiles.

// tokenType is a kind of token (the tok constants in lexer.go).
type tokenType int

// tokEOF is the type of the token at the end of a script, as participle
// numbers it.
const tokEOF tokenType = -1

// position is where a token starts: a byte offset and the 1-based line
// and column (in characters) it falls on.
type position struct {
	Filename string
	Offset   int
	Line     int
	Column   int
}

// advance moves p past span.
func (p *position) advance(span string) {
	p.Offset += len(span)
	lines := strings.Count(span, "\n")
	p.Line += lines
	if lines == 0 {
		p.Column += utf8.RuneCountInString(span)
	} else {
		p.Column = utf8.RuneCountInString(span[strings.LastIndex(span, "\n"):])
	}
}

// token is one token of a script.
type token struct {
	Type  tokenType
	Value string
	Pos   position
}

// EOF reports whether t is the end of the script.
func (t token) EOF() bool { return t.Type == tokEOF }

// eofToken is the token at the end of a script, at pos.
func eofToken(pos position) token { return token{Type: tokEOF, Pos: pos} }

// lexError is a script the lexer cannot read, at the position it stopped.
type lexError struct {
	Pos position
	Msg string
}

func (e *lexError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Pos.Filename, e.Pos.Line, e.Pos.Column, e.Msg)
}
