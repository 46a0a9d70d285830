package lang_test

import (
	. "github.com/ntrace/ntrace/lang"
	"strings"
	"testing"
)

func TestParsePrecedenceAndShapes(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"precedence", `BEGIN { $x = 1 + 2 * 3 << 1 == 14 && 1 | 2; }`, `
probe BEGIN
  assign =
    var $x
    binary &&
      binary ==
        binary <<
          binary +
            int 1
            binary *
              int 2
              int 3
          int 1
        int 14
      binary |
        int 1
        int 2
`},
		{"left associative", `BEGIN { $x = 10 - 3 - 2; }`, `
probe BEGIN
  assign =
    var $x
    binary -
      binary -
        int 10
        int 3
      int 2
`},
		{"attach points and predicate", "tracepoint:syscalls:sys_enter_*,t:net:netif_receive_skb\n/pid == 1 && args->len > 3/ { @[comm, 2] = count(); }", `
probe tracepoint:syscalls:sys_enter_*,t:net:netif_receive_skb
  predicate
    binary &&
      binary ==
        builtin pid
        int 1
      binary >
        field ->len
          builtin args
        int 3
  assign =
    map @
      builtin comm
      int 2
    call count
`},
		{"casts tuples ternary", `BEGIN { $t = ((uint16)0x1ffff, "a"); $y = $t.0 ? -1 : ~2; @m += ${N}; @m++; }`, `
probe BEGIN
  assign =
    var $t
    tuple
      cast (uint16)
        int 131071
      string "a"
  assign =
    var $y
    ?:
      tuple .0
        var $t
      unary -
        int 1
      unary ~
        int 2
  assign +=
    map @m
    param N
  ++
    map @m
`},
		{"if else chain and comments", "// hello\n#include <linux/sched.h>\nBEGIN { if (1) { exit(); } else if (2) { return; } else { printf(\"%d\\n\", 1); } /* c */ }", `
probe BEGIN
  if
    int 1
  then
    call exit
  else
    if
      int 2
    then
      return
    else
      call printf
        string "%d\n"
        int 1
`},
		{"struct definition", "struct foo { int a; struct list_head *b; char c[16]; unsigned long d; }\nBEGIN { exit(); }", `
struct foo
  int a
  struct list_head * b
  char c[16]
  unsigned long d
probe BEGIN
  call exit
`},
		// A script run as a program: its first line is for the kernel.
		{"#! line", "#!/usr/bin/env ntrace\n// a program\nBEGIN { exit(); }", `
probe BEGIN
  call exit
`},
		{"uprobe path and interval", "uprobe:/usr/bin/bash:readline, interval:s:1 { exit(); }", `
probe uprobe:/usr/bin/bash:readline,interval:s:1
  call exit
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prog, err := Parse("test.nt", tt.src)
			if err != nil {
				t.Fatalf("parse: %v", Render("test.nt", tt.src, err))
			}
			got := Dump(prog, nil)
			if want := strings.TrimPrefix(tt.want, "\n"); got != want {
				t.Errorf("AST:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestAttachPointSplit(t *testing.T) {
	prog, err := Parse("t.nt", "uprobe:/bin/bash:readline, kprobe:tcp_*?, interval:ms:100 { exit(); }")
	if err != nil {
		t.Fatal(err)
	}
	aps := prog.Probes[0].Attach
	checks := []struct {
		kind     string
		parts    []string
		optional bool
	}{
		{"uprobe", []string{"/bin/bash", "readline"}, false},
		{"kprobe", []string{"tcp_*"}, true},
		{"interval", []string{"ms", "100"}, false},
	}
	for i, c := range checks {
		ap := aps[i]
		if ap.Kind != c.kind || strings.Join(ap.Parts, "|") != strings.Join(c.parts, "|") || ap.Optional != c.optional {
			t.Errorf("attach point %d = %+v, want %+v", i, ap, c)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"missing brace", "BEGIN { exit();", `
test.nt:1:16: error: unexpected end of script (expected "}")
BEGIN { exit();
               ^
`},
		{"bad token", "BEGIN { $x = 1 ` 2; }", "\ntest.nt:1:16: error: unexpected character \"`\"" + `
BEGIN { $x = 1 ` + "`" + ` 2; }
               ^
`},
		{"bad escape", `BEGIN { printf("\q"); }`, `
test.nt:1:16: error: unknown escape \q
BEGIN { printf("\q"); }
               ^
`},
		{"huge literal", "BEGIN {\n  $x = 99999999999999999999;\n}", `
test.nt:2:8: error: integer literal 99999999999999999999 does not fit in 64 bits
  $x = 99999999999999999999;
       ^
`},
		{"no body", "kprobe:vfs_read", `
test.nt:1:16: error: unexpected end of script (expected "{")
kprobe:vfs_read
               ^
`},
		{"missing operand", "BEGIN { @a[1,] = 1; }", `
test.nt:1:14: error: unexpected token "]" (expected an expression)
BEGIN { @a[1,] = 1; }
             ^
`},
		{"cast not closed", "BEGIN { $x = (struct foo *; }", `
test.nt:1:27: error: unexpected token ";" (expected ")")
BEGIN { $x = (struct foo *; }
                          ^
`},
		{"member name missing", "BEGIN { $x->; }", `
test.nt:1:13: error: unexpected token ";" (expected a name)
BEGIN { $x->; }
            ^
`},
		{"stray close", "BEGIN { exit(); } }", `
test.nt:1:19: error: unexpected token "}"
BEGIN { exit(); } }
                  ^
`},
		// either ( … ) or ( … )
		{"one alternative", "either (\n  BEGIN { }\n)", `
test.nt:1:1: error: either needs two or more alternatives: either ( probes ) or ( probes )
either (
^
test.nt:2:3: error: BEGIN cannot be part of an alternative: it runs before one is chosen; put it outside the either
  BEGIN { }
  ^
`},
		{"empty alternative", "either ( tracepoint:a:b { } ) or ( )", `
test.nt:1:34: error: an alternative of either needs at least one probe
either ( tracepoint:a:b { } ) or ( )
                                 ^
`},
		{"BEGIN inside", "either ( tracepoint:a:b { } ) or ( t:c:d { } BEGIN { } )", `
test.nt:1:46: error: BEGIN cannot be part of an alternative: it runs before one is chosen; put it outside the either
either ( tracepoint:a:b { } ) or ( t:c:d { } BEGIN { } )
                                             ^
`},
		{"not closed", "either ( tracepoint:a:b { } or ( tracepoint:c:d { } )", `
test.nt:1:29: error: unexpected token "or" (expected ")")
either ( tracepoint:a:b { } or ( tracepoint:c:d { } )
                            ^
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("test.nt", tt.src)
			if err == nil {
				t.Fatal("parsed without error")
			}
			got := Render("test.nt", tt.src, err)
			if want := strings.TrimPrefix(tt.want, "\n"); got != want {
				t.Errorf("error:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
