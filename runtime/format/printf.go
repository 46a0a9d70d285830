package format

import (
	"strconv"
	"strings"
)

// Verb is one printf conversion, such as "%-8s" or "%llu".
type Verb struct {
	// Flags holds any of "-+ #0" (bpftrace 0.17 itself accepts only "-",
	// and "0" as the first digit of the width).
	Flags string
	// Width is the minimum field width, -1 when absent.
	Width int
	// Precision is the precision, -1 when absent.
	Precision int
	// Length is the C length modifier as written: "", "hh", "h", "l",
	// "ll", "j", "z" or "t". bpftrace hands the format to snprintf with a
	// 64-bit argument, so as in C "" makes d/i/u/x/X/o print the low 32
	// bits (printf("%d", 5000000000) prints 705032704) and "l", "ll", "j",
	// "z" and "t" print all 64.
	Length string
	// Conv is the conversion: one of d i u x X o s c p, or r for a buf().
	Conv byte
	// BufMode is how r prints a buf()'s bytes (Value.Raw): 0 as Escape
	// does, 'x' every byte as \xNN, 'h' every byte as two hex digits,
	// separated by spaces.
	BufMode byte
}

// Piece is literal text followed by an optional conversion: Sprintf writes
// Text, then formats the next argument with Verb when Verb is not nil.
//
// Text is the format's text as written, with "%%" still doubled: bpftrace
// 0.17 passes the text before a conversion through snprintf (so "%%" prints
// "%") but writes the text after the last conversion as it is (so "%%"
// prints "%%").
type Piece struct {
	Text string
	Verb *Verb
}

// Sprintf formats args by pieces the way bpftrace 0.17's printf() does:
// C printf semantics (glibc's), applied to each piece of the format with its
// 64-bit argument. Integers print with d i u x X o c p; strings with s. A
// conversion given an argument bpftrace would reject (s of an integer or a
// tuple, d of a string) prints the argument as print() would, padded to the
// width; a missing argument prints as "%!d(MISSING)".
//
// Widths and precisions past MaxWidth count as MaxWidth: the checker
// refuses them, but the formatter does not count on it.
func Sprintf(pieces []Piece, args []Value) string {
	last := -1
	for i, p := range pieces {
		if p.Verb != nil {
			last = i
		}
	}
	var b strings.Builder
	next := 0
	for i, p := range pieces {
		if i > last {
			b.WriteString(p.Text)
			continue
		}
		part := strings.ReplaceAll(p.Text, "%%", "%")
		if p.Verb != nil {
			if next < len(args) {
				part += formatVerb(p.Verb, args[next])
			} else {
				part += "%!" + string(p.Verb.Conv) + "(MISSING)"
			}
			next++
		}
		// bpftrace copies each snprintf'd piece out as a C string, so a
		// NUL (from %c of 0) ends it.
		if n := strings.IndexByte(part, 0); n >= 0 {
			part = part[:n]
		}
		b.WriteString(part)
	}
	return b.String()
}

// MaxWidth is the largest width or precision the formatter pads to.
const MaxWidth = 4096

// bounded is v with its width and precision within 0..MaxWidth, or -1
// (absent) where they are negative.
func bounded(v *Verb) *Verb {
	if v.Width <= MaxWidth && v.Precision <= MaxWidth && v.Width >= -1 && v.Precision >= -1 {
		return v
	}
	b := *v
	b.Width, b.Precision = min(max(v.Width, -1), MaxWidth), min(max(v.Precision, -1), MaxWidth)
	return &b
}

// formatVerb formats one argument.
func formatVerb(v *Verb, a Value) string {
	v = bounded(v)
	switch v.Conv {
	case 's', 'r': // a buf() comes escaped already
		if v.Conv == 'r' && v.BufMode != 0 && a.Raw != nil {
			return pad(v, hexBytes(a.Raw, v.BufMode == 'h'), false)
		}
		if a.Kind == String {
			s := a.S
			if v.Precision >= 0 && v.Precision < len(s) {
				s = s[:v.Precision]
			}
			return pad(v, Safe(s), false)
		}
	case 'd', 'i', 'u', 'x', 'X', 'o', 'c', 'p':
		if a.Kind != String && a.Kind != Tuple {
			return formatInt(v, bitsOf(a))
		}
	}
	return pad(v, FormatValue(a), false)
}

// pad pads s to v's width: on the right with "-", else on the left with
// zeros when zeros is set, else with spaces.
func pad(v *Verb, s string, zeros bool) string {
	n := v.Width - len(s)
	if n <= 0 {
		return s
	}
	switch {
	case strings.Contains(v.Flags, "-"):
		return s + strings.Repeat(" ", n)
	case zeros:
		return strings.Repeat("0", n) + s
	}
	return strings.Repeat(" ", n) + s
}

// formatInt formats a 64-bit argument with an integer conversion, as glibc
// does after reading it with the verb's length modifier.
func formatInt(v *Verb, x uint64) string {
	switch v.Conv {
	case 'c':
		// A byte from the kernel or a traced program, escaped as %s
		// escapes strings (NUL still ends the piece, as in bpftrace).
		if c := byte(x); c != 0 {
			return pad(v, Safe(string([]byte{c})), false)
		}
		return pad(v, "\x00", false)
	case 'p':
		if x == 0 {
			return pad(v, "(nil)", false)
		}
		// glibc prints a pointer as %#lx, honouring "+" and " ".
		return number(v, x, false, 16, "0x", v.Flags)
	case 'd', 'i':
		s := int64(x)
		switch v.Length {
		case "":
			s = int64(int32(x))
		case "h":
			s = int64(int16(x))
		case "hh":
			s = int64(int8(x))
		}
		if s < 0 {
			return number(v, uint64(-s), true, 10, "", v.Flags)
		}
		return number(v, uint64(s), false, 10, "", v.Flags)
	}
	switch v.Length {
	case "":
		x = uint64(uint32(x))
	case "h":
		x = uint64(uint16(x))
	case "hh":
		x = uint64(uint8(x))
	}
	flags := strings.NewReplacer("+", "", " ", "").Replace(v.Flags) // unsigned: no sign
	alt := strings.Contains(flags, "#")
	switch v.Conv {
	case 'x', 'X':
		prefix := ""
		if alt && x != 0 {
			prefix = "0" + string(v.Conv)
		}
		return number(v, x, false, 16, prefix, flags)
	case 'o':
		return number(v, x, false, 8, "", flags)
	}
	return number(v, x, false, 10, "", flags)
}

// number lays out a magnitude with its sign or prefix, precision, width and
// flags as C's printf does.
func number(v *Verb, mag uint64, neg bool, base int, prefix, flags string) string {
	digits := strconv.FormatUint(mag, base)
	if v.Conv == 'X' {
		digits = strings.ToUpper(digits)
	}
	if v.Precision == 0 && mag == 0 {
		digits = ""
	}
	if v.Precision > len(digits) {
		digits = strings.Repeat("0", v.Precision-len(digits)) + digits
	}
	if v.Conv == 'o' && strings.Contains(flags, "#") && !strings.HasPrefix(digits, "0") {
		digits = "0" + digits
	}
	sign := ""
	switch {
	case neg:
		sign = "-"
	case strings.Contains(flags, "+"):
		sign = "+"
	case strings.Contains(flags, " "):
		sign = " "
	}
	head := sign + prefix
	n := v.Width - len(head) - len(digits)
	if n > 0 && !strings.Contains(flags, "-") && strings.Contains(flags, "0") && v.Precision < 0 {
		digits = strings.Repeat("0", n) + digits
	}
	return pad(v, head+digits, false)
}

// hexBytes writes every byte of b in hex: as \xNN (%rx), or with spaces
// as two digits each (%rh).
func hexBytes(b []byte, spaced bool) string {
	const hex = "0123456789abcdef"
	var out strings.Builder
	for i, c := range b {
		switch {
		case spaced && i > 0:
			out.WriteByte(' ')
		case !spaced:
			out.WriteString(`\x`)
		}
		out.WriteByte(hex[c>>4])
		out.WriteByte(hex[c&15])
	}
	return out.String()
}

// Escape returns s with every byte that is not printable ASCII (outside
// 0x20..0x7e) written as \xNN, as bpftrace writes a buffer with buf() and
// %r. bpftrace 0.17 prints strings raw in printf and maps; this is for
// places that want them safe on a terminal.
func Escape(s string) string {
	const hex = "0123456789abcdef"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c <= 0x7e {
			b.WriteByte(c)
			continue
		}
		b.WriteString(`\x`)
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}
