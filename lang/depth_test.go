package lang_test

import (
	"strings"
	"testing"

	. "github.com/ntrace/ntrace/lang"
)

// Deep nesting is an error at the token that goes too deep, not a stack
// overflow (which kills the process) nor a parse that takes seconds: a
// script of 50k nested brackets, ternaries or prefix operators, comments
// between them or not, is refused at once.
func TestDeepNesting(t *testing.T) {
	const n = 50000 // the longest, blocks, is half the most a script may be
	deep := map[string]string{
		"parens":   "BEGIN { $x = " + strings.Repeat("(", n) + "1" + strings.Repeat(")", n) + "; }",
		"calls":    "BEGIN { $x = " + strings.Repeat("f(", n) + "1" + strings.Repeat(")", n) + "; }",
		"blocks":   "BEGIN { " + strings.Repeat("if (1) { ", n) + strings.Repeat("} ", n) + "}",
		"ternary":  "BEGIN { $x = " + strings.Repeat("1 ? ", n) + "1" + strings.Repeat(" : 2", n) + "; }",
		"unary":    "BEGIN { $x = " + strings.Repeat("- /* c */ ", n) + "1; }",
		"index":    "BEGIN { $x = @m" + strings.Repeat("[", n) + "1" + strings.Repeat("]", n) + "; }",
		"unclosed": "BEGIN { $x = " + strings.Repeat("(", n),
	}
	for name, src := range deep {
		_, err := Parse("deep.nt", src)
		if err == nil {
			t.Errorf("%s: parsed", name)
			continue
		}
		got := err.Error()
		if !strings.Contains(got, "nested more than 256 levels deep") {
			t.Errorf("%s: %s", name, got)
		}
	}
	// 200 levels are fine.
	ok := "BEGIN { $x = " + strings.Repeat("(", 200) + "1" + strings.Repeat(")", 200) + "; }"
	if _, err := Parse("ok.nt", ok); err != nil {
		t.Errorf("200 levels: %v", err)
	}
}

// Chains that do not nest brackets still make the parser descend once per
// link: casts of casts, else if after else if, the else of a ternary
// being another. 10k links each (the most a script could hold is some
// 80k) parse without overflowing the stack.
func TestLongChains(t *testing.T) {
	const n = 10000
	chains := map[string]string{
		"casts":   "BEGIN { $x = " + strings.Repeat("(int)", n) + "1; }",
		"else if": "BEGIN { if 1 {} " + strings.Repeat("else if 1 {} ", n) + "}",
		"ternary": "BEGIN { $x = " + strings.Repeat("1 ? 2 : ", n) + "3; }",
	}
	for name, src := range chains {
		if _, err := Parse("chain.nt", src); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
