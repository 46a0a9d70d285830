package lang

import (
	"fmt"
)

// MaxNesting is how deeply a script may nest brackets, ternaries and
// prefix operators. The parser descends once per level, and each level
// costs it several kilobytes of stack: some hundred thousand levels (a
// script of a few hundred kilobytes) would overflow the goroutine's stack,
// which kills the process instead of reporting an error, and far fewer
// already make parsing slow. Real scripts nest a handful of levels.
const MaxNesting = 256

// nesting follows how deeply the tokens lexed so far nest: the lexer
// refuses the first token that goes deeper than MaxNesting, so the parser
// never sees it.
type nesting struct {
	depth int // open brackets and '?' not yet closed by their ':'
	run   int // prefix operators in a row
}

// add counts tok, one of the tokens the parser sees, and returns an error
// at it if it nests deeper than limit: an opening bracket, the '?' of a
// ternary (closed by its ':') or a prefix operator in a run of them.
func (n *nesting) add(tok *token, limit int) error {
	switch tok.Value {
	case "(", "[", "{", "?":
		n.depth++
	case ")", "]", "}", ":":
		n.depth = max(n.depth-1, 0)
	}
	if isPrefixOp(*tok) {
		n.run++
	} else {
		n.run = 0
	}
	if n.depth+n.run <= limit {
		return nil
	}
	return &lexError{
		Pos: tok.Pos,
		Msg: fmt.Sprintf("nested more than %d levels deep (brackets, ?: and prefix operators): write it in steps, with $variables", limit),
	}
}

// isPrefixOp reports whether tok may be a prefix operator: a run of them
// nests as brackets do.
func isPrefixOp(tok token) bool {
	switch tok.Value {
	case "-", "+", "!", "~", "*", "&", "++", "--":
		return true
	}
	return false
}
