package lang

import "testing"

// precedence is C's binary operator precedence, higher binding
// tighter, which precedenceOf must give.
var precedence = map[string]int{
	"||": 1, "&&": 2, "|": 3, "^": 4, "&": 5,
	"==": 6, "!=": 6,
	"<": 7, "<=": 7, ">": 7, ">=": 7,
	"<<": 8, ">>": 8,
	"+": 9, "-": 9,
	"*": 10, "/": 10, "%": 10,
}

// TestOperatorSwitches: each switch of leaves.go holds the same set as
// the map it stands for, over every operator the lexer makes and every
// word in any of the sets.
func TestOperatorSwitches(t *testing.T) {
	var words []string
	for _, set := range []map[string]bool{binaryOps, unaryOps, assignOps, keywords, basicTypes} {
		for w := range set {
			words = append(words, w)
		}
	}
	ops := "-+*/%&|^!~<>=?:;,.()[]"
	for i := range ops {
		for _, s := range []string{ops[i:], ops[i:] + "=", ops[i:i+1] + ops[i:i+1], ops[i:i+1] + ops[i:i+1] + "="} {
			if n := opLen(s); n > 0 {
				words = append(words, s[:n])
			}
		}
	}
	words = append(words, "->", "..", "", "x", "iff", "els")
	for _, w := range words {
		if isBinaryOp(w) != binaryOps[w] || isUnaryOp(w) != unaryOps[w] || isAssignOp(w) != assignOps[w] || isKeyword(w) != keywords[w] {
			t.Errorf("%q: the switches and the maps disagree", w)
		}
		if precedenceOf(w) != precedence[w] {
			t.Errorf("%q: precedence %d, want %d", w, precedenceOf(w), precedence[w])
		}
	}
}
