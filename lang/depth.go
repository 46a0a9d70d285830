package lang

import (
	"fmt"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// MaxNesting is how deeply a script may nest brackets, ternaries and
// prefix operators. The parser descends once per level, and each level
// costs it several kilobytes of stack: some hundred thousand levels (a
// script of a few hundred kilobytes) would overflow the goroutine's stack,
// which kills the process instead of reporting an error, and far fewer
// already make parsing slow. Real scripts nest a handful of levels.
const MaxNesting = 256

// checkNesting lexes src and reports the first token that nests deeper
// than MaxNesting: an opening bracket, the '?' of a ternary (closed by its
// ':') or a prefix operator in a run of them. A lexing error is left for
// the parser to report.
func checkNesting(filename, src string) *Error {
	def := scriptParser().Lexer()
	lex, err := def.Lex(filename, strings.NewReader(src))
	if err != nil {
		return nil
	}
	syms := def.Symbols()
	elided := map[lexer.TokenType]bool{syms["Comment"]: true, syms["Directive"]: true, syms["Whitespace"]: true}
	depth, run := 0, 0
	for {
		tok, err := lex.Next()
		if err != nil || tok.EOF() {
			return nil
		}
		if elided[tok.Type] {
			continue
		}
		switch tok.Value {
		case "(", "[", "{", "?":
			depth++
		case ")", "]", "}", ":":
			depth = max(depth-1, 0)
		}
		if isPrefixOp(tok) {
			run++
		} else {
			run = 0
		}
		if depth+run > MaxNesting {
			p := tok.Pos
			return &Error{
				Pos: Pos{Offset: p.Offset, Line: p.Line, Column: p.Column},
				Msg: fmt.Sprintf("nested more than %d levels deep (brackets, ?: and prefix operators): write it in steps, with $variables", MaxNesting),
			}
		}
	}
}

// isPrefixOp reports whether tok may be a prefix operator: a run of them
// nests as brackets do.
func isPrefixOp(tok lexer.Token) bool {
	switch tok.Value {
	case "-", "+", "!", "~", "*", "&", "++", "--":
		return true
	}
	return false
}
