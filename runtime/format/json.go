package format

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// WriteMapsJSON writes the maps at exit as bpftrace 0.17 -f json does, one
// line per non-empty map in the order of its name, but without the two
// blank lines bpftrace prints first: every line ntrace writes in JSON mode
// is a JSON object, so the output is valid NDJSON.
func WriteMapsJSON(w io.Writer, maps []*Map) error {
	for _, m := range byName(maps) {
		if err := WriteMapJSON(w, m); err != nil {
			return err
		}
	}
	return nil
}

// WriteMapJSON writes m as bpftrace 0.17 -f json prints it at exit or on
// print(@m): one line, nothing at all for a map without entries.
func WriteMapJSON(w io.Writer, m *Map) error {
	return WriteMapJSONTop(w, m, 0, 0)
}

// WriteMapJSONTop writes m as bpftrace 0.17 -f json prints print(@m, top,
// div): the entries of WriteMap (same order, top and div) on one line.
//
// The shapes, with a space after every ':' and between elements but none
// inside tuples:
//
//	{"type": "map", "data": {"@c": 3}}
//	{"type": "map", "data": {"@c": {"a": 1, "x,2": 2}}}       keys joined by ","
//	{"type": "map", "data": {"@t": [1,"abc",-5]}}             a tuple value
//	{"type": "stats", "data": {"@a": -2}}                      avg
//	{"type": "stats", "data": {"@s": {"count": 3, "average": 2, "total": 7}}}
//	{"type": "hist", "data": {"@h": [{"max": -1, "count": 2}, {"min": 0, "max": 0, "count": 1}, {"min": 2, "max": 3, "count": 2}]}}
//	{"type": "hist", "data": {"@h": {"a": [{"min": 8, "max": 15, "count": 1}], "b": []}}}
//
// lhist buckets are {"max": min-1, ...} below the range, {"min": max, ...}
// above it and {"min": lo, "max": hi, ...} in it.
func WriteMapJSONTop(w io.Writer, m *Map, top, div int) error {
	return writeOrdered(NewMapWriter(w, m, div, true), m, top)
}

// appendJSON writes an entry's part of the map's JSON line to mw.b: the
// line's start before the first one.
func (mw *MapWriter) appendJSON(e *Entry) {
	b, m := &mw.b, mw.m
	if mw.n == 0 {
		typ := "map"
		switch m.Kind {
		case Avg, Stats:
			typ = "stats"
		case Hist, Lhist:
			typ = "hist"
		}
		mw.keys = len(e.Key) > 0
		b.WriteString(`{"type": "` + typ + `", "data": {"` + jsonEscape(m.Name) + `": `)
		if mw.keys {
			b.WriteString("{")
		}
	} else {
		b.WriteString(", ")
	}
	if mw.keys {
		parts := make([]string, len(e.Key))
		for j, k := range e.Key {
			parts[j] = keyPartString(k, false)
		}
		b.WriteString(`"` + jsonEscape(strings.Join(parts, ",")) + `": `)
	}
	switch m.Kind {
	case Hist:
		appendHistJSON(b, e.Buckets, mw.div, m.Style)
	case Lhist:
		appendLhistJSON(b, e.Buckets, m.Lhist[0], m.Lhist[1], m.Lhist[2])
	case Stats:
		fmt.Fprintf(b, `{"count": %d, "average": %d, "total": %d}`, int64(e.Count), average(e), e.Sum)
	case Avg, Count:
		b.WriteString(entryText(m.Kind, e, mw.div, Bpftrace017))
	default:
		b.WriteString(valueJSON(e.Value, mw.div))
	}
}

// appendHistJSON writes a hist entry's drawn buckets as a JSON array.
func appendHistJSON(b *strings.Builder, buckets []uint64, div uint64, st Style) {
	first, last, _ := histRange(buckets)
	b.WriteString("[")
	for i := first; last != -1 && i <= last; i++ {
		if i > first {
			b.WriteString(", ")
		}
		switch {
		case i == 0:
			b.WriteString(`{"max": -1, `)
		case i == 1:
			b.WriteString(`{"min": 0, "max": 0, `)
		case i == 2:
			b.WriteString(`{"min": 1, "max": 1, `)
		case st == Bpftrace017:
			// bpftrace 0.17 computed the bounds as C ints, 1 << (i-2)
			// and (1 << (i-1)) - 1, which wrap from bucket [1G, 2G) on
			// (x86 masks the shift count to 5 bits).
			lo := int32(1) << ((i - 2) & 31)
			hi := int32(1)<<((i-1)&31) - 1
			fmt.Fprintf(b, `{"min": %d, "max": %d, `, lo, hi)
		default: // today's bpftrace: 2^(i-2) to 2^(i-1)-1
			fmt.Fprintf(b, `{"min": %d, "max": %d, `, uint64(1)<<(i-2), uint64(1)<<(i-1)-1)
		}
		fmt.Fprintf(b, `"count": %d}`, buckets[i]/div)
	}
	b.WriteString("]")
}

// appendLhistJSON writes an lhist entry's drawn buckets as a JSON array.
func appendLhistJSON(b *strings.Builder, buckets []uint64, min, max, step int64) {
	b.WriteString("[")
	if step > 0 {
		n := int((max - min) / step)
		start, end, _, ok := lhistRange(buckets, n)
		for i := start; ok && i <= end; i++ {
			if i > start {
				b.WriteString(", ")
			}
			switch {
			case i == 0:
				fmt.Fprintf(b, `{"max": %d, `, min-1)
			case i == n+1:
				fmt.Fprintf(b, `{"min": %d, `, max)
			default:
				fmt.Fprintf(b, `{"min": %d, "max": %d, `, int64(i-1)*step+min, int64(i)*step+min-1)
			}
			fmt.Fprintf(b, `"count": %d}`, bucketAt(buckets, i))
		}
	}
	b.WriteString("]")
}

// valueJSON is a value as bpftrace's JSON output writes it: numbers bare,
// strings quoted, tuples as arrays without spaces.
func valueJSON(v Value, div uint64) string {
	switch v.Kind {
	case String:
		if v.Enum {
			return strconv.FormatInt(v.I, 10)
		}
		return `"` + jsonEscape(v.S) + `"`
	case Tuple:
		parts := make([]string, len(v.Elems))
		for i, e := range v.Elems {
			parts[i] = valueJSON(e, div)
			if v.Names != nil {
				parts[i] = `"` + jsonEscape(v.Names[i]) + `": ` + parts[i]
			}
		}
		if v.Names != nil {
			return "{" + strings.Join(parts, ", ") + "}"
		}
		return "[" + strings.Join(parts, ",") + "]"
	case Stack:
		return stackJSON(v)
	case Pointer:
		// A JSON number: signed, as bpftrace 0.17 wrote it.
		return strconv.FormatInt(int64(v.U)/int64(div), 10)
	}
	return valueText(v, div, false, Current)
}

// WriteValueJSON writes what bpftrace 0.17 -f json prints for print(expr)
// of a value that is not a map: {"type": "value", "data": 5}.
func WriteValueJSON(w io.Writer, v Value) error {
	if _, err := io.WriteString(w, `{"type": "value", "data": `+valueJSON(v, 1)+"}\n"); err != nil {
		return fmt.Errorf("write value: %w", err)
	}
	return nil
}

// PrintfJSON writes printf()'s formatted text as bpftrace 0.17 -f json
// does: {"type": "printf", "data": "text\n"}.
func PrintfJSON(w io.Writer, text string) error {
	return WriteMessageJSON(w, "printf", text)
}

// TimeJSON writes time()'s formatted text as bpftrace 0.17 -f json does:
// {"type": "time", "data": "17:13:20\n"}.
func TimeJSON(w io.Writer, text string) error {
	return WriteMessageJSON(w, "time", text)
}

// WriteMessageJSON writes a line of text output as bpftrace 0.17 -f json
// does: {"type": "<typ>", "data": "<msg>"}; typ is "printf", "time" (for
// time()), "cat", "join" or "syscall".
func WriteMessageJSON(w io.Writer, typ, msg string) error {
	if _, err := io.WriteString(w, `{"type": "`+typ+`", "data": "`+jsonEscape(msg)+"\"}\n"); err != nil {
		return fmt.Errorf("write %s: %w", typ, err)
	}
	return nil
}

// JSONString returns s as a JSON string, quotes included, escaped as
// jsonEscape does: valid JSON whatever bytes s holds (Go's %q is not:
// it writes a byte that is not UTF-8 as \xNN, which JSON does not have).
func JSONString(s string) string { return `"` + jsonEscape(s) + `"` }

// jsonEscape escapes a string for bpftrace's JSON output: '"', '\\', \n,
// \r and \t as such, other bytes below 0x20 as \u00XX. bpftrace 0.17
// writes bytes from 0x80 up as \uffffffXX (a sign-extension bug that makes
// the line invalid JSON); ntrace writes UTF-8 text unchanged, and a byte
// that is not UTF-8 as the four characters \xNN (escaped "\\xNN"), as the
// text output shows it, so every line stays valid JSON and no byte is lost.
func jsonEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				b.WriteString(`\\x`)
				b.WriteString(strconv.FormatUint(uint64(c)>>4, 16))
				b.WriteString(strconv.FormatUint(uint64(c)&15, 16))
			} else {
				b.WriteString(s[i : i+n])
			}
			i += n
			continue
		}
		switch c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if c < 0x20 {
				b.WriteString(`\u00`)
				b.WriteString(strconv.FormatUint(uint64(c)>>4, 16))
				b.WriteString(strconv.FormatUint(uint64(c)&15, 16))
			} else {
				b.WriteByte(c)
			}
		}
		i++
	}
	return b.String()
}
