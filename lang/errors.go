package lang

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Pos is a position in a script: a byte offset and the 1-based line and
// column it falls on.
type Pos struct {
	Offset int
	Line   int
	Column int
}

// String renders the position as line:col.
func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Column) }

// Error is one problem found in a script, with the position it points at.
type Error struct {
	Pos Pos
	Msg string
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Pos, e.Msg) }

// ErrorList is every problem found in a script, in source order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	if len(l) == 0 {
		return "no errors"
	}
	msgs := make([]string, len(l))
	for i, e := range l {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Err returns l as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	sort.SliceStable(l, func(i, j int) bool { return l[i].Pos.Offset < l[j].Pos.Offset })
	return l
}

func (l *ErrorList) add(pos Pos, format string, args ...any) {
	*l = append(*l, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// Render formats err for a person: each positioned error becomes
// "file:line:col: error: msg", the source line, and a caret under the column.
// Errors without a position are rendered as "file: error: msg".
func Render(filename, src string, err error) string {
	return render(filename, src, err, "error")
}

// RenderWarnings formats warnings as Render formats errors, with
// "warning:" in place of "error:".
func RenderWarnings(filename, src string, warnings ErrorList) string {
	if len(warnings) == 0 {
		return ""
	}
	return render(filename, src, warnings, "warning")
}

func render(filename, src string, err error, kind string) string {
	var list ErrorList
	var one *Error
	switch {
	case errors.As(err, &list):
	case errors.As(err, &one):
		list = ErrorList{one}
	default:
		return fmt.Sprintf("%s: %s: %v\n", filename, kind, err)
	}
	lines := strings.Split(src, "\n")
	var b strings.Builder
	for _, e := range list {
		fmt.Fprintf(&b, "%s:%d:%d: %s: %s\n", filename, e.Pos.Line, e.Pos.Column, kind, e.Msg)
		if e.Pos.Line >= 1 && e.Pos.Line <= len(lines) {
			line := strings.TrimRight(lines[e.Pos.Line-1], "\r")
			b.WriteString(line)
			b.WriteByte('\n')
			b.WriteString(caretIndent(line, e.Pos.Column))
			b.WriteString("^\n")
		}
	}
	return b.String()
}

// caretIndent returns the blank prefix that puts a caret under column col,
// keeping tabs so the caret lines up with the source as a terminal shows it.
func caretIndent(line string, col int) string {
	var b strings.Builder
	for i, r := range line {
		if i >= col-1 {
			break
		}
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	for i := len(line); i < col-1; i++ {
		b.WriteByte(' ')
	}
	return b.String()
}
