package format

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// FuzzHostileValues: the formatter on its own, with any conversion (width
// and precision of any size or sign, any flags, length and letter, as no
// checker made them) and any value (strings of any bytes, stacks whose
// frames a crafted ELF named, nested tuples): it never panics; printf's
// output stays within MaxWidth per conversion; text output carries no
// control byte from a value (no forged line, no terminal escape) and a
// map entry stays on its line; JSON output is valid JSON, a line per map.
func FuzzHostileValues(f *testing.F) {
	f.Add("-", 8, -1, "", byte('s'), byte(2), int64(-5), "ab\x1b[2J\nforged")
	f.Add("0+ #", 1<<40, 1<<40, "ll", byte('x'), byte(0), int64(-1<<63), "")
	f.Add("", -7, -9, "hh", byte('c'), byte(1), int64(0x1b), "\xff\xfe\u202e")
	f.Add("", 3, 2, "", byte('p'), byte(4), int64(0), "x")
	f.Add("", 0, 0, "", byte('s'), byte(5), int64(3), "sym\n0xffff (/lib/\x07)")
	f.Fuzz(func(t *testing.T, flags string, width, precision int, length string, conv, kind byte, n int64, s string) {
		v := &Verb{Flags: flags, Width: width, Precision: precision, Length: length, Conv: conv}
		var val Value
		switch kind % 6 {
		case 0:
			val = Value{Kind: Int, I: n}
		case 1:
			val = Value{Kind: Uint, U: uint64(n)}
		case 2:
			val = Value{Kind: String, S: s}
		case 3:
			val = Value{Kind: Tuple, Elems: []Value{{Kind: String, S: s}, {Kind: Int, I: n}, {Kind: Tuple, Elems: []Value{{Kind: String, S: s}}}}}
		case 4:
			val = Value{Kind: Pointer, U: uint64(n)}
		default:
			val = Value{Kind: Stack, U: uint64(n), S: s, Frames: []Frame{{Addr: uint64(n), Text: s}, {Addr: 1, Text: "f+1"}}}
		}
		noControl := func(what, out string) {
			for i := 0; i < len(out); i++ {
				if c := out[i]; c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
					t.Fatalf("%s: control byte %#x in %q", what, c, out)
				}
			}
		}

		out := Sprintf([]Piece{{Text: "x", Verb: v}, {Text: "y"}}, []Value{val})
		if bound := 2*MaxWidth + 16*len(s) + 256; len(out) > bound {
			t.Fatalf("%+v: %d bytes, more than %d", *v, len(out), bound)
		}
		noControl("printf", out)
		if val.Kind != Stack && strings.Contains(out, "\n") {
			t.Fatalf("printf of %+v: a newline in %q", val, out)
		}

		key := []Value{{Kind: String, S: s}, {Kind: Int, I: n}}
		for _, m := range []*Map{
			{Name: "@p", Kind: Plain, Entries: []Entry{{Key: key, Value: val}}},
			{Name: "@c", Kind: Count, Entries: []Entry{{Key: key, Value: Value{Kind: Uint, U: uint64(n)}}}},
			{Name: "@s", Kind: Stats, Entries: []Entry{{Key: key, Sum: n, Count: uint64(width)}}},
			{Name: "@h", Kind: Hist, Entries: []Entry{{Key: key, Buckets: []uint64{uint64(n), 0, uint64(width), 1}}}},
			{Name: "@l", Kind: Lhist, Lhist: [3]int64{int64(width % 100), int64(width%100) + 50, int64(precision%7) + 1}, Entries: []Entry{{Key: key, Buckets: []uint64{1, uint64(n) & 0xffff, 2}}}},
		} {
			var text bytes.Buffer
			if err := WriteMap(&text, m, 0, 0); err != nil {
				t.Fatal(err)
			}
			noControl("map "+m.Name, text.String())
			if m.Kind == Plain && val.Kind != Stack {
				if lines := strings.Count(text.String(), "\n"); lines != 1 {
					t.Fatalf("map %s took %d lines:\n%s", m.Name, lines, text.String())
				}
			}
			var js bytes.Buffer
			if err := WriteMapJSON(&js, m); err != nil {
				t.Fatal(err)
			}
			if line := strings.TrimSuffix(js.String(), "\n"); strings.Contains(line, "\n") || !json.Valid([]byte(line)) {
				t.Fatalf("map %s: not one line of JSON: %q", m.Name, js.String())
			}
		}
		var js bytes.Buffer
		if err := WriteValueJSON(&js, val); err != nil {
			t.Fatal(err)
		}
		if err := PrintfJSON(&js, out); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSuffix(js.String(), "\n"), "\n") {
			if !json.Valid([]byte(line)) {
				t.Fatalf("not JSON: %q", line)
			}
		}
	})
}
