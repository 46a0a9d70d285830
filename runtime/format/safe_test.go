package format

import (
	"encoding/json"
	"testing"
)

// TestSafe: control bytes, bytes that are not UTF-8 and runes that do not
// print are escaped byte by byte; printable ASCII and UTF-8 text are not.
func TestSafe(t *testing.T) {
	tests := map[string]string{
		"plain text ~ \\":       "plain text ~ \\",
		"a\x00b\n\t\x7f":        "a\\x00b\\x0a\t\\x7f",
		"\x1b[31mred\x1b[0m":    `\x1b[31mred\x1b[0m`,
		"café ünïcode":          "café ünïcode",
		"bad \xff\xc3 utf8":     `bad \xff\xc3 utf8`,
		"c1 \u0085 bidi \u202e": `c1 \xc2\x85 bidi \xe2\x80\xae`,
		"":                      "",
	}
	for in, want := range tests {
		if got := Safe(in); got != want {
			t.Errorf("Safe(%q) = %q, want %q", in, got, want)
		}
	}
}

// A string argument is escaped before it is padded or printed, in printf
// and in maps; the precision cuts the raw string.
func TestSafeInOutput(t *testing.T) {
	v := &Verb{Width: 10, Precision: -1, Conv: 's'}
	if got, want := formatVerb(v, S("a\x01b")), `    a\x01b`; got != want {
		t.Errorf("%%10s: got %q, want %q", got, want)
	}
	v = &Verb{Width: -1, Precision: 2, Conv: 's'}
	if got, want := formatVerb(v, S("\x01bc")), `\x01b`; got != want {
		t.Errorf("%%.2s: got %q, want %q", got, want)
	}
	if got, want := FormatKey([]Value{S("x\ny"), I(1)}), `[x\x0ay, 1]`; got != want {
		t.Errorf("FormatKey: got %q, want %q", got, want)
	}
	if got, want := FormatValue(T(S("\x1b"), S("ok"))), `(\x1b, ok)`; got != want {
		t.Errorf("FormatValue: got %q, want %q", got, want)
	}
}

// A user stack's frames come from files the traced program controls: a
// symbol name or a module path holding a newline or an escape sequence is
// escaped, in bpftrace's layout and in perf's, so it cannot forge an
// output line or rewrite the terminal.
func TestSafeStackFrames(t *testing.T) {
	forged := Value{Kind: Stack, Frames: []Frame{
		{Addr: 0x401000, Text: "main+4\n@forged[1]: 99"},
		{Addr: 0x402000, Text: "f\x1b]0;title\x07+8 (/tmp/evil\ndir/a.out)"},
	}}
	if got, want := FormatValue(forged), "\n        main+4\\x0a@forged[1]: 99\n        f\\x1b]0;title\\x07+8 (/tmp/evil\\x0adir/a.out)\n"; got != want {
		t.Errorf("stack:\n%q\nwant\n%q", got, want)
	}
	forged.Perf = true
	if got, want := FormatValue(forged), "\n\t401000 main+4\\x0a@forged[1]: 99\n\t402000 f\\x1b]0;title\\x07+8 (/tmp/evil\\x0adir/a.out)\n"; got != want {
		t.Errorf("perf stack:\n%q\nwant\n%q", got, want)
	}
}

// printf's %c escapes the byte as %s escapes a string; a NUL still ends
// the piece as in bpftrace, and printable bytes print as they are.
func TestSafePrintfChar(t *testing.T) {
	c := func(x uint64) Value { return U(x) }
	pieces := []Piece{{Text: "[", Verb: &Verb{Conv: 'c', Width: -1, Precision: -1}}, {Text: "]\n"}}
	for x, want := range map[uint64]string{'A': "[A]\n", '\n': "[\\x0a]\n", 0x1b: "[\\x1b]\n", 0xff: "[\\xff]\n", 0: "[]\n"} {
		if got := Sprintf(pieces, []Value{c(x)}); got != want {
			t.Errorf("%%c of %#x: got %q, want %q", x, got, want)
		}
	}
}

// JSONString quotes any bytes as valid JSON, which Go's %q does not for a
// byte that is not UTF-8.
func TestJSONString(t *testing.T) {
	for _, s := range []string{"uprobe:/tmp/\xff\xfe/bin:main", "a\"b\\c\n\x01", "ok"} {
		var back string
		if err := json.Unmarshal([]byte(JSONString(s)), &back); err != nil {
			t.Errorf("JSONString(%q) = %s: %v", s, JSONString(s), err)
		}
	}
	if got, want := JSONString("uprobe:/tmp/\xff/x"), `"uprobe:/tmp/\\xff/x"`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
