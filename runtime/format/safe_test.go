package format

import "testing"

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
