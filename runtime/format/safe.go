package format

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Safe returns a string from the kernel or a traced program made safe to
// print on a terminal or into a line-oriented log: control bytes (below
// 0x20 but for the tab, and 0x7f), bytes that are not UTF-8, and runes
// that do not print (C1 controls, bidirectional overrides and other format
// characters) are written as \xNN, one per byte; printable ASCII, tabs and
// printable UTF-8 text stay as they are, and so does a backslash. Text
// output escapes string values with it (printf's %s, print(), map keys
// and values); JSON output escapes them as JSON does instead, but for
// printf, whose formatted line it carries as it is.
//
// bpftrace 0.17 writes such strings raw, so a process name or file name
// holding an escape sequence or a newline could rewrite the terminal or
// forge output lines; ntrace differs from it there and only there.
func Safe(s string) string {
	if isSafe(s) {
		return s
	}
	const hex = "0123456789abcdef"
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if printable(r, n) {
			b.WriteString(s[i : i+n])
		} else {
			for _, c := range []byte(s[i : i+n]) {
				b.WriteString(`\x`)
				b.WriteByte(hex[c>>4])
				b.WriteByte(hex[c&15])
			}
		}
		i += n
	}
	return b.String()
}

// isSafe reports whether s prints as it is, the common case.
func isSafe(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 && c != '\t') || c >= 0x7f {
			return false
		}
	}
	return true
}

func printable(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size == 1:
		return false
	case r < 0x80:
		return (r >= 0x20 && r < 0x7f) || r == '\t'
	}
	return unicode.IsPrint(r)
}
