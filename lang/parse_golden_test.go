package lang_test

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	. "github.com/ntrace/ntrace/lang"
)

// The golden tests below pin the parser's output, positions included, so
// that a change to the grammar or to build.go cannot change what a script
// means or where its errors point without a test noticing. Regenerate the
// files with
//
//	go test ./lang -run 'ParseGolden' -update-parse
//
// and read the diff: it should be empty unless the language changed on
// purpose.

var updateParse = flag.Bool("update-parse", false, "rewrite lang/testdata/parse/*.golden")

// TestParseGoldenScripts compares the full AST of every script in the repo
// with its golden file.
func TestParseGoldenScripts(t *testing.T) {
	var paths []string
	for _, pattern := range []string{"../scripts/*.nt", "../codegen/testdata/*.nt"} {
		ps, _ := filepath.Glob(pattern)
		paths = append(paths, ps...)
	}
	if len(paths) == 0 {
		t.Fatal("no scripts found")
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(filepath.Dir(p)) + "_" + strings.TrimSuffix(filepath.Base(p), ".nt")
		t.Run(name, func(t *testing.T) {
			compareGolden(t, filepath.Join("testdata", "parse", name+".golden"), parseResult(string(src)))
		})
	}
}

// TestParseGoldenForms parses a broad set of statement and expression
// forms, and each of them mutated (one token deleted, or cut after a
// token): the AST of each that parses (as a hash) and the errors of each
// that does not must stay as they were.
func TestParseGoldenForms(t *testing.T) {
	var b strings.Builder
	for i, src := range parseForms {
		fmt.Fprintf(&b, "form %d: %s\n", i, oneLine(parseResult(src)))
		for j, v := range mutations(src) {
			fmt.Fprintf(&b, "form %d mutation %d: %s\n", i, j, shortResult(v))
		}
	}
	compareGolden(t, filepath.Join("testdata", "parse", "forms.golden"), b.String())
}

// compareGolden compares got with the golden file, or rewrites the file
// under -update-parse.
func compareGolden(t *testing.T, path, got string) {
	t.Helper()
	if *updateParse {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update-parse to create it)", err)
	}
	if got == string(want) {
		return
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Fatalf("%s differs at line %d:\n got: %s\nwant: %s", path, i+1, g, w)
		}
	}
}

// parseResult is the full AST of src, every field and position, or its
// errors.
func parseResult(src string) string {
	prog, err := Parse("t.nt", src)
	if err != nil {
		return "errors: " + err.Error() + "\n"
	}
	var b strings.Builder
	writeValue(&b, 0, reflect.ValueOf(prog))
	return b.String()
}

// shortResult is parseResult with an AST replaced by its hash.
func shortResult(src string) string {
	r := parseResult(src)
	if strings.HasPrefix(r, "errors: ") {
		return oneLine(r)
	}
	return fmt.Sprintf("ok %x", sha256.Sum256([]byte(r)))[:19]
}

func oneLine(s string) string {
	return strings.ReplaceAll(strings.TrimSuffix(s, "\n"), "\n", " | ")
}

// writeValue renders v and everything it points to, one field a line,
// telling nil from empty.
func writeValue(b *strings.Builder, depth int, v reflect.Value) {
	ind := strings.Repeat("  ", depth)
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			b.WriteString("nil\n")
			return
		}
		if v.Kind() == reflect.Interface {
			writeValue(b, depth, v.Elem())
			return
		}
		b.WriteString("&")
		writeValue(b, depth, v.Elem())
	case reflect.Struct:
		if p, ok := v.Interface().(Pos); ok {
			fmt.Fprintf(b, "@%d:%d:%d\n", p.Offset, p.Line, p.Column)
			return
		}
		fmt.Fprintf(b, "%s\n", v.Type().Name())
		for i := 0; i < v.NumField(); i++ {
			fmt.Fprintf(b, "%s  %s: ", ind, v.Type().Field(i).Name)
			// A probe's alternative and an alternative's either point
			// back up the tree: name them rather than go round.
			switch f := v.Field(i).Interface().(type) {
			case *Alternative:
				if f != nil {
					fmt.Fprintf(b, "alternative %d of either %d\n", f.Index, f.Choice.Index)
					continue
				}
			case *Choice:
				fmt.Fprintf(b, "either %d\n", f.Index)
				continue
			}
			writeValue(b, depth+1, v.Field(i))
		}
	case reflect.Slice:
		if v.IsNil() {
			b.WriteString("nil slice\n")
			return
		}
		fmt.Fprintf(b, "[%d]\n", v.Len())
		for i := 0; i < v.Len(); i++ {
			fmt.Fprintf(b, "%s  - ", ind)
			writeValue(b, depth+1, v.Index(i))
		}
	case reflect.String:
		fmt.Fprintf(b, "%q\n", v.String())
	default:
		fmt.Fprintf(b, "%v\n", v.Interface())
	}
}

// roughToken splits a script into pieces close enough to its tokens for
// mutating it.
var roughToken = regexp.MustCompile(`"(?:\\.|[^"\\\n])*"|\$\{\w+\}|[$@]?\w+(?::[^\s{},]*)?|->|<<=|>>=|[-+*/%&|^!=<>]=|&&|\|\||<<|>>|\+\+|--|\S`)

// mutations returns src with each token deleted in turn, then src cut
// after each token.
func mutations(src string) []string {
	locs := roughToken.FindAllStringIndex(src, -1)
	var out []string
	for _, l := range locs {
		out = append(out, src[:l[0]]+src[l[1]:])
	}
	for _, l := range locs[:max(len(locs)-1, 0)] {
		out = append(out, src[:l[1]])
	}
	return out
}

// parseForms is one of each construct of the language, and the odd
// corners of its syntax.
var parseForms = []string{
	// Parameters, structs, attach points.
	`param PORT int = 53 "port"; param N int = -5; param D duration = 10ms "d"; param S string = "x\ty"; param B bool = true; param R int BEGIN { exit(); }`,
	"struct foo { int a; struct list_head *b; char c[16][2]; unsigned long d; u8 **e; }; union u { int x; long y; } BEGIN { exit(); }",
	"uprobe:/usr/bin/bash:readline, kprobe:tcp_*?, interval:ms:100, tracepoint:syscalls:sys_enter_${NAME}, uprobe:/opt/${DIR}/bin:main { exit(); }",
	"#!/usr/bin/env ntrace\n// desc\n#include <linux/sched.h>\nBEGIN /* c */ { ; ; exit(); ;; } END { }",
	"k:f /pid == 1 && comm != \"x\" || (arg0 / 2) > 3 ? 1 : 0/ { @[tid] = count(); }",
	"BEGIN /$1 < 2 << 1 | 3 ^ 4 & 5 % 2 - -1 + *$p * 2/ { exit(); }",
	// Alternatives.
	"BEGIN { } either ( kprobe:f { @a = 1; } kretprobe:f /retval/ { @b = 2; } ) or ( t:a:b { @a = 3; } ) or (\n tracepoint:c:d, t:e:f? { } ) END { }",
	// Statements.
	"BEGIN { if (1) { exit(); } else if (2) { return; } else { printf(\"%d\\n\", 1); } }",
	"BEGIN { if ($x) { $y = 1 } if ($a == 1) { } else { @z++ } unroll (3) { @i++; } unroll(${N}) { } return }",
	"BEGIN { $a = 1; $a += 2; $a -= 3; $a *= 4; $a /= 5; $a %= 6; $a &= 7; $a |= 8; $a ^= 9; $a <<= 1; $a >>= 2; $a++; $a--; @m[1]++; @--; }",
	"BEGIN { $a = 1 $b = 2 print(@x) clear(@y) delete(@z[1, 2]) }",
	// Expressions.
	"BEGIN { $x = 1 + 2 * 3 << 1 == 14 && 1 | 2 ^ 3 & 4 || 5 != 6 < 7 <= 8 > 9 >= 10 >> 11 - 12 / 13 % 14; }",
	"BEGIN { $x = !~-+*&$y; $z = - 9223372036854775808; $w = -(1); $v = !!$x; $u = **$p; }",
	"BEGIN { $x = (uint16)0x1ffff; $y = (struct sock *)arg0; $z = (union u **)$p; $e = (enum e)1; $c = (unsigned)(int8)-1; $s = (void *)0; }",
	"BEGIN { $t = (1, \"a\", (2, 3)); $u = $t.0; $v = $t.2.1; $p = (1); $q = ((($x))); }",
	"BEGIN { $a = $s->b.c[1]->d[2][3].e; $b = args->x; $c = @m[1].f; $d = ((struct s *)$p)->q; }",
	"BEGIN { @ = count(); @a = sum(1); @b[comm, pid, 1] = hist(2); @c[kstack] = lhist($x, 0, 100, 10); $m = @; $n = @a[(1, 2)]; }",
	"BEGIN { $a = sizeof(struct sk_buff); $b = offsetof(struct sock, sk_rcvbuf); $c = container_of($p, struct sock, sk_node); $d = sizeof(u32); $e = sizeof($x); $f = f(); $g = g(h(i(1)), 2); }",
	"BEGIN { $a = 1 ? 2 : 3; $b = $x ? $y ? 1 : 2 : $z ? 3 : 4; $c = ($x ? 1 : 2) + 3; @m[$x ? 1 : 2] = 1; }",
	"BEGIN { $s = \"a\\\"b\\\\c\\x41\\101\\0\\n\\t\\r\\'\"; $i = 0x_ff; $j = 1_000; $k = 0755; $l = 0; $m = 00; $n = ${P}; $o = $12; }",
	"BEGIN { printf(\"%s %d\", comm, pid); time(\"%H\"); print((1, 2)); $x = nsecs; $y = args; $z = retval; exit() }",
	"tracepoint:a:b { $x = args->skbaddr; } rawtracepoint:c { $y = arg0 } uprobe:/bin/x:f { } iter:task { }",
	// Mistakes.
	"BEGIN { exit();",
	"BEGIN { $x = 1 ` 2; }",
	`BEGIN { printf("\q"); }`,
	"BEGIN {\n  $x = 99999999999999999999;\n}",
	"kprobe:vfs_read",
	"BEGIN { @a[1,] = 1; }",
	"BEGIN { $x = (struct foo *; }",
	"BEGIN { $x->; }",
	"BEGIN { exit(); } }",
	"BEGIN { $x = $t.99999999999999999999; $y = $99999999999999999999; }",
	"struct s { x; }; struct t { struct a b c; }; struct u { int y[99999999999999999999]; } BEGIN { }",
	"param P int = \"\\q\"; BEGIN { }",
	"BEGIN { if 1 { } }",
	"BEGIN { $x = f(1 2); }",
	"BEGIN { $x = (1 2); }",
	"BEGIN { $x = 1 +; }",
	"BEGIN { $x = ; }",
	"BEGIN { = 1; }",
	"BEGIN { $x = 1 ? 2; }",
	"BEGIN { else { } }",
	"BEGIN /1/ /2/ { }",
	"BEGIN, { }",
	"{ }",
	"BEGIN { $x = sizeof(struct); }",
	"BEGIN { $x = (int *) ; }",
	"BEGIN { @x[1][2] = 1; @y[] = 2; }",
}
