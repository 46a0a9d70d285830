package main

import "testing"

func TestBlockingError(t *testing.T) {
	for _, tc := range []struct {
		tool, output, want string
	}{
		{ntraceName, "ntrace: warning: something\n-e:1:9: error: unknown identifier macro\nBEGIN { macro }\n        ^\n", "unknown identifier macro"},
		{ntraceName, "-e:1:7: error: unexpected token \"f\" (expected \"{\")\nmacro f(x) { x } BEGIN { }\n      ^\n", "unexpected token \"f\" (expected \"{\") in `macro f`"},
		{ntraceName, "-e:1:17: error: unexpected token \":\" (expected \")\")\nBEGIN { for ($i : 0..3) { } }\n                ^\n", "unexpected token \":\" (expected \")\") in `for ($i :`"},
		{ntraceName, "flag provided but not defined: -q\nusage: ntrace …\n", "flag provided but not defined: -q"},
		// A long line is shown cut: the caret, not the column, finds the token.
		{ntraceName, "-e:1:180: error: unexpected token \"{\" (expected \"}\")\n...0; @ts *= $interval; while ($i < 100) { @a = 1; }\n                                         ^\n",
			"unexpected token \"{\" (expected \"}\") in `while ($i < 100) {`"},
		{ntraceName, "ntrace: attaching kprobe:f: no kprobes\n", "attaching kprobe:f: no kprobes"},
		{ntraceName, "Attaching 1 probe...\nhello\n", ""},
		{ntraceName, "panic: runtime error: slice bounds out of range [1:0]\n\ngoroutine 1 [running]:\n", "panic: runtime error: slice bounds out of range [1:0]"},
		{bpftraceName, "ERROR: Unknown error -1: couldn't set RLIMIT_MEMLOCK for bpftrace.\nstdin:1:9-14: ERROR: Unknown function: macro\n", "Unknown function: macro"},
		{bpftraceName, "FATAL: Invalid probe type made it to attachpoint parser\nAborted\n", "Invalid probe type made it to attachpoint parser"},
	} {
		if got := blockingError(tc.tool, tc.output); got != tc.want {
			t.Errorf("%s %q:\n got %q\nwant %q", tc.tool, tc.output, got, tc.want)
		}
	}
}

func TestCategory(t *testing.T) {
	for msg, want := range map[string]string{
		"": "",
		"unexpected token \"f\" (expected \"{\") in `macro f`":                  "syntax: `macro`",
		"unexpected token \":\" (expected \")\") in `for ($i :`":                "syntax: `for`",
		"unexpected token \"=\" (expected \"{\") in `config =`":                 "syntax: `config`",
		"unexpected token \"x:f\" (expected \"{\") in `uprobe:./testprogs/x:f`": "syntax: attach point uprobe:relative/path…",
		"unexpected token \"x:f\" (expected \"{\") in `uprobe:testprogs/x:f`":   "syntax: attach point uprobe:relative/path…",
		"unexpected token \"x\" (expected \"{\") in `kprobe:x`":                 "syntax: attach point kprobe:…",
		"unexpected token \",\" (expected \"}\") in `enum Foo { ONE = 1,`":      "syntax: `enum`",
		"unexpected token \"{\" (expected \")\") in `print({`":                  "syntax: `print({` at \"{\"",
		"unexpected token \"e6\" (expected \")\") in `@total = 1e6`":            "syntax: `@x = 1e6` at \"e6\"",
		"flag provided but not defined: -q":                                     "unknown flag -q",
		"invalid value \"a1111\" for flag -p: parse error":                      "invalid value for flag -p",
		"interval probe needs a unit and a count: interval:s:1, got i:500ms":    "interval probe needs a unit and a count: interval:s:N",
		"tracepoint:a:b args has no field \"x\"; it has __syscall_nr":           "tracepoint:a:b args has no field \"x\"",
		"unroll count must be a constant from 1 to 100":                         "unroll count must be a constant from N to N",
	} {
		if got := category(msg); got != want {
			t.Errorf("%q:\n got %q\nwant %q", msg, got, want)
		}
	}
}

func TestSyntaxContext(t *testing.T) {
	for _, tc := range []struct {
		source, col, want string
	}{
		{"BEGIN { for ($i : 0..3) { } }", "17", "for ($i :"},
		{"macro f(x) { x }", "7", "macro f"},
		{"BEGIN { $a = 1; while ($a) { } }", "28", "while ($a) {"},
		{"x", "9", "x"},
		{"enum Foo { ONE = 1, TWO } begin { }", "19", "enum Foo { ONE = 1,"},
	} {
		if got := syntaxContext(tc.source, tc.col); got != tc.want {
			t.Errorf("%q at %s: got %q, want %q", tc.source, tc.col, got, tc.want)
		}
	}
}
