package lang

import (
	"fmt"
	"strings"
)

// Verb is one conversion in a printf format, such as "%-8s" or "%llu".
type Verb struct {
	Flags     string // any of "-+ #0"
	Width     int    // -1 when absent
	Precision int    // -1 when absent
	Length    string // C length modifier: "", "h", "hh", "l", "ll", "z", "j", "t"
	Conv      byte   // d i u x X o s c p
}

// FormatPiece is literal text or a verb.
type FormatPiece struct {
	Text string
	Verb *Verb
}

// Format is a parsed printf format.
type Format struct {
	Pieces []FormatPiece
	Verbs  []*Verb
}

// ParseFormat parses a printf format string. Length modifiers (h, hh, l, ll,
// z, j, t) are kept: as in bpftrace, which formats with C's printf, %d
// prints the low 32 bits of a value and %ld all 64.
func ParseFormat(s string) (*Format, error) {
	f := &Format{}
	var text strings.Builder
	flush := func() {
		if text.Len() > 0 {
			f.Pieces = append(f.Pieces, FormatPiece{Text: text.String()})
			text.Reset()
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			text.WriteByte(s[i])
			continue
		}
		i++
		if i < len(s) && s[i] == '%' {
			text.WriteByte('%')
			continue
		}
		v := &Verb{Width: -1, Precision: -1}
		for i < len(s) && strings.IndexByte("-+ #0", s[i]) >= 0 {
			v.Flags += string(s[i])
			i++
		}
		i, v.Width = digits(s, i)
		if i < len(s) && s[i] == '.' {
			i, v.Precision = digits(s, i+1)
			v.Precision = max(v.Precision, 0)
		}
		lenStart := i
		for i < len(s) && strings.IndexByte("hlzjtL", s[i]) >= 0 {
			i++
		}
		v.Length = s[lenStart:i]
		if i >= len(s) {
			return nil, fmt.Errorf("format ends in the middle of a conversion")
		}
		if strings.IndexByte("diuxXoscp", s[i]) < 0 {
			return nil, fmt.Errorf("unsupported conversion %%%c (use d i u x X o s c p)", s[i])
		}
		v.Conv = s[i]
		flush()
		f.Pieces = append(f.Pieces, FormatPiece{Verb: v})
		f.Verbs = append(f.Verbs, v)
	}
	flush()
	return f, nil
}

func digits(s string, i int) (int, int) {
	n := -1
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		if n < 0 {
			n = 0
		}
		n = n*10 + int(s[i]-'0')
		i++
	}
	return i, n
}

// accepts reports whether a verb can print a value of type t.
func (v *Verb) accepts(t *Type) bool {
	switch v.Conv {
	case 's':
		return true // bpftrace prints anything with %s
	default:
		return t.IsInteger()
	}
}
