package lang

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
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
// Err is what caused it, when something outside the script did (no kernel
// BTF, no tracefs): errors.Is and errors.As see through an Error to it.
type Error struct {
	Pos Pos
	Msg string
	Err error
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Pos, e.Msg) }

// Unwrap returns the error's cause, or nil.
func (e *Error) Unwrap() error { return e.Err }

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

// Unwrap returns the errors of the list, for errors.Is and errors.As.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// add adds an error at pos; a %w verb in format makes its operand the
// error's cause.
func (l *ErrorList) add(pos Pos, format string, args ...any) {
	err := fmt.Errorf(format, args...)
	var cause error
	switch err.(type) {
	case interface{ Unwrap() error }, interface{ Unwrap() []error }:
		cause = err
	}
	*l = append(*l, &Error{Pos: pos, Msg: err.Error(), Err: cause})
}

// addErr adds err at pos, as its message and its cause.
func (l *ErrorList) addErr(pos Pos, err error) {
	*l = append(*l, &Error{Pos: pos, Msg: err.Error(), Err: err})
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
		if e.Pos.Line == 0 { // about the run, not a place in the script
			fmt.Fprintf(&b, "%s: %s: %s\n", filename, kind, e.Msg)
			continue
		}
		fmt.Fprintf(&b, "%s:%d:%d: %s: %s\n", filename, e.Pos.Line, e.Pos.Column, kind, e.Msg)
		if e.Pos.Line >= 1 && e.Pos.Line <= len(lines) {
			line, col := displayLine(strings.TrimRight(lines[e.Pos.Line-1], "\r"), e.Pos.Column)
			b.WriteString(line)
			b.WriteByte('\n')
			b.WriteString(caretIndent(line, col))
			b.WriteString("^\n")
		}
	}
	return b.String()
}

// maxShownLine is how much of a long source line an error shows, in
// characters: a window around the column, so that a megabyte-long line
// does not fill the terminal.
const maxShownLine = 160

// displayLine returns line as an error shows it, and the column the caret
// goes under: control bytes and bytes that are not UTF-8 written as \xNN
// (tabs kept, for the caret to line up), and a line longer than
// maxShownLine characters cut to a window around col, with "..." where
// it was cut.
func displayLine(line string, col int) (string, int) {
	// The pieces the line shows as, from a stretch of it around the
	// column wide enough for any window (a piece is 1 to 4 bytes).
	at := min(max(col-1, 0), len(line))
	lo, hi := max(0, at-4*maxShownLine), min(len(line), at+4*maxShownLine)
	for lo > 0 && !utf8.RuneStart(line[lo]) {
		lo--
	}
	type piece struct {
		off  int
		text string
	}
	var pieces []piece
	k := -1 // the piece at the column
	for i := lo; i < hi; {
		r, n := utf8.DecodeRuneInString(line[i:])
		if i <= at && at < i+n {
			k = len(pieces)
		}
		if (r == utf8.RuneError && n == 1) || (r < 0x20 && r != '\t') || r == 0x7f {
			pieces = append(pieces, piece{i, fmt.Sprintf("\\x%02x", line[i])})
			i++
			continue
		}
		pieces = append(pieces, piece{i, line[i : i+n]})
		i += n
	}
	if k < 0 {
		k = len(pieces) // the column is past the end of the line
	}
	// Widen the window from the column: half of it before, the rest after.
	first, last, width := k, k, 0
	if k < len(pieces) {
		width = utf8.RuneCountInString(pieces[k].text)
		last = k + 1
	}
	for first > 0 && width+utf8.RuneCountInString(pieces[first-1].text) <= maxShownLine/2 {
		first--
		width += utf8.RuneCountInString(pieces[first].text)
	}
	for last < len(pieces) && width+utf8.RuneCountInString(pieces[last].text) <= maxShownLine {
		width += utf8.RuneCountInString(pieces[last].text)
		last++
	}
	for first > 0 && width+utf8.RuneCountInString(pieces[first-1].text) <= maxShownLine {
		first--
		width += utf8.RuneCountInString(pieces[first].text)
	}
	var b strings.Builder
	if first < len(pieces) && pieces[first].off > 0 || first == len(pieces) && lo > 0 {
		b.WriteString("...")
	}
	newCol := 0
	for i := first; i < last; i++ {
		if i == k {
			newCol = b.Len() + 1
		}
		b.WriteString(pieces[i].text)
	}
	if newCol == 0 {
		newCol = b.Len() + 1 + max(0, col-1-len(line)) // past the end
	}
	if last < len(pieces) || hi < len(line) {
		b.WriteString("...")
	}
	return b.String(), newCol
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
