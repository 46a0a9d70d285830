package lang

import (
	"errors"
	"fmt"
	"strings"

	"github.com/alecthomas/participle/v2"
)

// Parse parses a script. On failure the error is an ErrorList whose
// positions all lie inside src. The lexer refuses a script nested deeper
// than MaxNesting at the token that goes too deep (depth.go), before the
// parser descends that far.
func Parse(filename, src string) (*Program, error) {
	tree, err := scriptParser().ParseString(filename, src)
	if err != nil {
		return nil, ErrorList{parseError(src, err)}.Err()
	}
	b := &builder{}
	prog := b.program(tree)
	if err := b.errs.Err(); err != nil {
		return nil, err
	}
	prog.Description = leadingComment(src)
	return prog, nil
}

// leadingComment returns the script's first block of // comment lines (a
// "#!" line may come before it), without the markers.
func leadingComment(src string) string {
	var lines []string
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if i == 0 && strings.HasPrefix(line, "#!") {
			continue
		}
		text, ok := strings.CutPrefix(line, "//")
		if !ok {
			break
		}
		lines = append(lines, strings.TrimPrefix(text, " "))
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// parseError converts participle's error into ours, keeping its position
// inside the source and rewording its messages for people who write
// scripts rather than grammars.
func parseError(src string, err error) *Error {
	var perr participle.Error
	if !errors.As(err, &perr) {
		return &Error{Pos: Pos{Line: 1, Column: 1}, Msg: err.Error()}
	}
	p := perr.Position()
	at := Pos{Offset: p.Offset, Line: p.Line, Column: p.Column}
	if at.Offset > len(src) || at.Line < 1 {
		at = endPos(src)
	}
	msg := perr.Message()
	msg = strings.Replace(msg, `unexpected token "<EOF>"`, "unexpected end of script", 1)
	if rest, ok := strings.CutPrefix(msg, `lexer: invalid input text "`); ok && rest != "" {
		msg = fmt.Sprintf("unexpected character %q", string([]rune(rest)[0]))
	}
	return &Error{Pos: at, Msg: plainExpected(msg)}
}

// plainExpected rewrites participle's "(expected ...)" suffix, which spells
// out the rest of the grammar rule that failed (`")" PUnary`), as the first
// thing the rule wanted, in the words a script's author knows.
func plainExpected(msg string) string {
	head, want, ok := strings.Cut(msg, " (expected ")
	if !ok || !strings.HasSuffix(want, ")") {
		return msg
	}
	want = strings.TrimSuffix(want, ")")
	first := want
	if strings.HasPrefix(want, `"`) {
		if end := strings.Index(want[1:], `"`); end >= 0 {
			first = want[:end+2]
		}
	} else if sp := strings.IndexByte(want, ' '); sp >= 0 {
		first = want[:sp]
	}
	first = strings.TrimRight(first, "?*+")
	return head + " (expected " + grammarWords.Replace(first) + ")"
}

// grammarWords names the grammar's parts as participle calls them.
var grammarWords = strings.NewReplacer(
	"PBlock", `"{"`,
	"PAttach", "an attach point",
	"PExpr", "an expression",
	"PUnary", "an expression",
	"PStmt", "a statement",
	"PTypeName", "a type",
	"PParamValue", "a value",
	"PProbe", "a probe",
	"PAlt", `"(" and the alternative's probes`,
	"PItem", "a probe",
	"PCField", "a struct member",
	"PArg", "an argument",
	"<ident>", "a name",
	"<int>", "a number",
	"<string>", "a string",
	"<map>", "a map",
	"<var>", "a variable",
	"<attachpoint>", "an attach point",
)

// endPos is the position just past the last character of src.
func endPos(src string) Pos {
	line := 1 + strings.Count(src, "\n")
	col := len(src) - strings.LastIndex(src, "\n")
	return Pos{Offset: len(src), Line: line, Column: col}
}
