package lang

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2"
)

// MaxScriptSize is the longest script ntrace reads, in bytes. The parser
// takes about ten times a script's size in memory; the longest recipe is
// under 10 KiB.
const MaxScriptSize = 1 << 20

// Parse parses a script. On failure the error is an ErrorList whose
// positions all lie inside src. The lexer refuses a script nested deeper
// than MaxNesting at the token that goes too deep (depth.go), before the
// parser descends that far. A script longer than MaxScriptSize is refused
// at the byte past the limit, unread; a reader of scripts need read no
// more than MaxScriptSize+1 bytes to know.
func Parse(filename, src string) (*Program, error) {
	if len(src) > MaxScriptSize {
		return nil, ErrorList{{Pos: posAt(src, MaxScriptSize), Msg: fmt.Sprintf("the script is longer than %d bytes (1 MiB), the most ntrace reads", MaxScriptSize)}}.Err()
	}
	tree, err := scriptParser().ParseString(filename, src)
	if err != nil {
		return nil, ErrorList{parseError(src, err)}.Err()
	}
	b := &builder{}
	prog := b.program(tree)
	if len(b.errs) == 0 {
		expandMacros(prog, &b.errs)
	}
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
	if strings.HasPrefix(msg, `lexer: invalid input text "`) && at.Offset < len(src) {
		msg = unexpectedChar(src[at.Offset:])
	}
	return &Error{Pos: at, Msg: plainExpected(msg)}
}

// unexpectedChar describes the character at the start of rest, which the
// lexer could not read: as itself when it prints, else by its code, so
// that a NUL or a control byte is named rather than shown.
func unexpectedChar(rest string) string {
	r, n := utf8.DecodeRuneInString(rest)
	switch {
	case r == utf8.RuneError && n == 1:
		return fmt.Sprintf("unexpected byte 0x%02x, which is not UTF-8 (a script is UTF-8 text)", rest[0])
	case r == 0:
		return "unexpected NUL byte (0x00): a script is text"
	case r < 0x20 || r == 0x7f || !unicode.IsPrint(r):
		return fmt.Sprintf("unexpected control character %U", r)
	}
	return fmt.Sprintf("unexpected character %q", string(r))
}

// posAt is the position of byte offset off in src.
func posAt(src string, off int) Pos {
	line := 1 + strings.Count(src[:off], "\n")
	return Pos{Offset: off, Line: line, Column: off - strings.LastIndex(src[:off], "\n")}
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
