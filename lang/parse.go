package lang

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
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
// more than MaxScriptSize+1 bytes to know. A script is read on the
// parser's fast path (parse_fast.go) when it can be, else by the exact
// parser, which finds its error.
func Parse(filename, src string) (*Program, error) {
	if len(src) > MaxScriptSize {
		return nil, ErrorList{{Pos: posAt(src, MaxScriptSize), Msg: fmt.Sprintf("the script is longer than %d bytes (1 MiB), the most ntrace reads", MaxScriptSize)}}.Err()
	}
	toks, perr := lexTokens(filename, src)
	if perr != nil {
		return nil, ErrorList{perr}.Err()
	}
	prog, ok := fastParse(toks)
	var errs ErrorList
	if !ok {
		tree, perr := parseTokens(filename, src, toks)
		if perr != nil {
			return nil, ErrorList{perr}.Err()
		}
		b := &builder{}
		prog, errs = b.program(tree), b.errs
	}
	if len(errs) == 0 {
		expandMacros(prog, &errs)
	}
	if err := errs.Err(); err != nil {
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

// parseTree lexes and parses src into its parse tree, or returns the
// first error: the lexer's, anywhere in the script, before the parser's.
func parseTree(filename, src string) (*pProgram, *Error) {
	toks, err := lexTokens(filename, src)
	if err != nil {
		return nil, err
	}
	return parseTokens(filename, src, toks)
}

// lexTokens lexes src in full, or returns the lexer's error.
func lexTokens(filename, src string) ([]token, *Error) {
	toks, err := lexScript(filename, src)
	if err != nil {
		var lerr *lexError
		if !errors.As(err, &lerr) {
			return nil, &Error{Pos: Pos{Line: 1, Column: 1}, Msg: err.Error()}
		}
		msg := lerr.Msg
		if strings.HasPrefix(msg, "lexer: invalid input text ") && lerr.Pos.Offset < len(src) {
			msg = unexpectedChar(src[lerr.Pos.Offset:])
		}
		return nil, errorAt(src, lerr.Pos, msg)
	}
	return toks, nil
}

// parseTokens parses the tokens of src, a file of that name, with the exact parser into its
// parse tree, or returns the syntax error.
func parseTokens(filename, src string, toks []token) (*pProgram, *Error) {
	p := &scriptParser{toks: toks, filename: filename}
	tree, serr := p.parse()
	if serr != nil {
		return nil, errorAt(src, toks[serr.tok].Pos, p.message(serr))
	}
	return tree, nil
}

// errorAt is an error with message msg at position at of src, or at its
// end if at lies outside it.
func errorAt(src string, at tokenPos, msg string) *Error {
	pos := Pos(at)
	if pos.Offset > len(src) || pos.Line < 1 {
		pos = endPos(src)
	}
	return &Error{Pos: pos, Msg: msg}
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

// endPos is the position just past the last character of src.
func endPos(src string) Pos {
	line := 1 + strings.Count(src, "\n")
	col := len(src) - strings.LastIndex(src, "\n")
	return Pos{Offset: len(src), Line: line, Column: col}
}
