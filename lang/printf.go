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
	Conv      byte   // d i u x X o s c p, or r for a buf()
	// BufMode is how %r prints a buf()'s bytes: 0 printable ASCII as
	// itself and other bytes as \xNN, 'x' (%rx) every byte as \xNN, 'h'
	// (%rh) every byte as two hex digits, separated by spaces.
	BufMode byte
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

// MaxPrintfWidth is the largest width or precision a printf conversion
// may give ("%1024d", "%.1024s"): each event is formatted with it, so a
// larger one would cost that much memory and output per event (glibc
// itself refuses widths past INT_MAX).
const MaxPrintfWidth = 1024

// ParseFormat parses a printf format string. Length modifiers (h, hh, l, ll,
// z, j, t) are kept: as in bpftrace, which formats with C's printf, %d
// prints the low 32 bits of a value and %ld all 64. A width or precision
// past MaxPrintfWidth is an error.
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
		start := i - 1
		v := &Verb{Width: -1, Precision: -1}
		for i < len(s) && strings.IndexByte("-+ #0", s[i]) >= 0 {
			v.Flags += string(s[i])
			i++
		}
		wStart := i
		i, v.Width = digits(s, i)
		if v.Width > MaxPrintfWidth {
			return nil, fmt.Errorf("width %s in %s is more than %d", s[wStart:i], conversionText(s, start), MaxPrintfWidth)
		}
		if i < len(s) && s[i] == '.' {
			pStart := i + 1
			i, v.Precision = digits(s, pStart)
			if v.Precision > MaxPrintfWidth {
				return nil, fmt.Errorf("precision %s in %s is more than %d", s[pStart:i], conversionText(s, start), MaxPrintfWidth)
			}
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
		if strings.IndexByte("diuxXoscpr", s[i]) < 0 {
			return nil, fmt.Errorf("unsupported conversion %%%c (use d i u x X o s c p, or r for a buf())", s[i])
		}
		v.Conv = s[i]
		if v.Conv == 'r' && i+1 < len(s) && (s[i+1] == 'x' || s[i+1] == 'h') {
			i++
			v.BufMode = s[i]
		}
		flush()
		f.Pieces = append(f.Pieces, FormatPiece{Verb: v})
		f.Verbs = append(f.Verbs, v)
	}
	flush()
	return f, nil
}

// digits reads a decimal number at s[i:], returning the index past it and
// its value, or -1 when there is none. A value past MaxPrintfWidth reads
// as MaxPrintfWidth+1, however long, so it cannot overflow.
func digits(s string, i int) (int, int) {
	n := -1
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		n = min(max(n, 0)*10+int(s[i]-'0'), MaxPrintfWidth+1)
		i++
	}
	return i, n
}

// conversionText is the conversion that starts at s[start] (a '%'), up to
// and including its conversion letter, or to the end of s.
func conversionText(s string, start int) string {
	end := start + 1
	for end < len(s) && strings.IndexByte("-+ #0123456789.hlzjtL", s[end]) >= 0 {
		end++
	}
	return s[start:min(end+1, len(s))]
}

// accepts reports whether a verb can print a value of type t.
func (v *Verb) accepts(t *Type) bool {
	switch v.Conv {
	case 's':
		return true // bpftrace prints anything with %s
	case 'r':
		return t.Kind == Buffer
	default:
		return t.IsInteger()
	}
}
