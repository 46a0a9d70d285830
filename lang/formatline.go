package lang

import "strings"

// A tracefs format file describes each field on a line such as
//
//	field:unsigned short common_type;	offset:0;	size:2;	signed:0;
//
// These functions read such lines by hand. They once were regular
// expressions, compiled at package initialisation on every start and run
// on every line of every format a script reads (hundreds for a wildcard);
// format_oracle_test.go holds them to the expressions' answers.

// formatFieldLine is the text of one field line's parts.
type formatFieldLine struct {
	decl, offset, size, signed string
}

// parseFormatField reads a field line: optional blanks, "field:", the C
// declaration up to a ';' that is followed by the "offset:N;", "size:N;"
// and "signed:N;" parts (blanks allowed before each), and anything after.
// The declaration ends at the first ';' that the parts follow.
func parseFormatField(line string) (formatFieldLine, bool) {
	rest, ok := strings.CutPrefix(strings.TrimLeft(line, formatBlanks), "field:")
	if !ok {
		return formatFieldLine{}, false
	}
	for i := 0; i < len(rest); i++ {
		if rest[i] != ';' {
			continue
		}
		tail := rest[i+1:]
		var out formatFieldLine
		if out.offset, tail, ok = numberPart(tail, "offset:"); !ok {
			continue
		}
		if out.size, tail, ok = numberPart(tail, "size:"); !ok {
			continue
		}
		if out.signed, _, ok = numberPart(tail, "signed:"); !ok {
			continue
		}
		out.decl = rest[:i]
		return out, true
	}
	return formatFieldLine{}, false
}

// formatBlanks are the characters \s stands for in Go's regular
// expressions.
const formatBlanks = "\t\n\f\r "

// numberPart reads optional blanks, key, one or more digits and ';' from
// the start of s, returning the digits and what follows.
func numberPart(s, key string) (digits, rest string, ok bool) {
	s, ok = strings.CutPrefix(strings.TrimLeft(s, formatBlanks), key)
	if !ok {
		return "", "", false
	}
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	if n == 0 || n == len(s) || s[n] != ';' {
		return "", "", false
	}
	return s[:n], s[n+1:], true
}

// declName finds the name a C declaration declares: the identifier at its
// end, before an optional array suffix ("char comm[16]" names comm).
func declName(decl string) (string, bool) {
	s := strings.TrimRight(decl, formatBlanks)
	if strings.HasSuffix(s, "]") {
		open := strings.LastIndexByte(s, '[')
		if open < 0 || strings.IndexByte(s[open+1:len(s)-1], ']') >= 0 {
			return "", false
		}
		s = strings.TrimRight(s[:open], formatBlanks)
	}
	start := len(s)
	for start > 0 && isNameChar(s[start-1]) {
		start--
	}
	// The name starts at the run's first letter or underscore.
	for start < len(s) && isDigit(s[start]) {
		start++
	}
	if start == len(s) {
		return "", false
	}
	return s[start:], true
}

// hasWord reports whether word appears in s as a whole word: not preceded
// or followed by a letter, digit or underscore.
func hasWord(s, word string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], word)
		if j < 0 {
			return false
		}
		at := i + j
		end := at + len(word)
		if (at == 0 || !isNameChar(s[at-1])) && (end == len(s) || !isNameChar(s[end])) {
			return true
		}
		i = at + 1
	}
}
