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

// position is where a node of the parse tree starts: the file, a byte
// offset and the 1-based line and column (in characters) it falls on.
// It has the shape of participle's position, which participle's parser
// (the test oracle) fills such fields with.
type position struct {
	Filename string
	Offset   int
	Line     int
	Column   int
}

// tokenPos is where a token starts: a position without the file's name,
// which is the same for every token and kept by the scanner. A script
// has thousands of tokens, each written once and read by the parser: two
// words fewer each is a quarter less for the lexer to write.
type tokenPos struct {
	Offset int
	Line   int
	Column int
}

// ast is the position as the AST has it.
func (p tokenPos) ast() Pos { return Pos(p) }

// advance moves p past span.
func (p *tokenPos) advance(span string) {
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
	Pos   tokenPos
}

// EOF reports whether t is the end of the script.
func (t token) EOF() bool { return t.Type == tokEOF }

// eofToken is the token at the end of a script, at pos.
func eofToken(pos tokenPos) token { return token{Type: tokEOF, Pos: pos} }

// lexError is a script the lexer cannot read, at the position it stopped.
type lexError struct {
	Pos tokenPos
	Msg string
}

func (e *lexError) Error() string {
	return fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Column, e.Msg)
}
