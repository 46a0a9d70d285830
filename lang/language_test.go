package lang_test

import (
	"strings"
	"testing"

	. "github.com/ntrace/ntrace/lang"
)

// constsOf checks src and returns the constant value of each variable
// assigned in its first probe, by name.
func constsOf(t *testing.T, src string, params Params) map[string]Const {
	t.Helper()
	prog, info, errs := checkSrc(t, src, params)
	if errs != "" {
		t.Fatalf("%s:\n%s", src, errs)
	}
	out := map[string]Const{}
	for _, s := range prog.Probes[0].Body.Stmts {
		if a, ok := s.(*AssignStmt); ok {
			if v, ok := a.Target.(*VarExpr); ok {
				k, isConst := info.Consts[a.Value]
				if !isConst {
					t.Fatalf("%s = … is not a constant", v.Name)
				}
				out[v.Name] = k
			}
		}
	}
	return out
}

// Integer literals with an exponent, as bpftrace writes nanoseconds in
// milliseconds: 1e6 is 1000000.
func TestExponentLiterals(t *testing.T) {
	got := constsOf(t, `BEGIN { $a = 1e6; $b = 5e3; $c = 1E9; $d = 2e0; $e = 1_0e1_0; $f = 0e19; $g = 18e18; $h = 0x1e6; }`, Params{})
	want := map[string]uint64{"$a": 1000000, "$b": 5000, "$c": 1000000000, "$d": 2, "$e": 100000000000, "$f": 0, "$g": 18000000000000000000, "$h": 0x1e6}
	for name, w := range want {
		if got[name].Int != w {
			t.Errorf("%s = %d, want %d", name, got[name].Int, w)
		}
	}
	_, _, errs := checkSrc(t, "BEGIN { $a = 2e19; }", Params{})
	if want := "test.nt:1:14: error: integer literal 2e19 does not fit in 64 bits"; !strings.Contains(errs, want) {
		t.Errorf("got %q, want %q", errs, want)
	}
}

// $# counts the positional parameters; one not given is 0, or "" in str(),
// as in bpftrace.
func TestPositionalParameters(t *testing.T) {
	got := constsOf(t, `BEGIN { $n = $#; $one = $1; $unset = $3; $s = str($4); $t = str($2); }`, Params{Positional: []string{"42", "hi"}})
	if got["$n"].Int != 2 || got["$one"].Int != 42 || got["$unset"].Int != 0 {
		t.Errorf("$# = %d, $1 = %d, $3 = %d; want 2, 42, 0", got["$n"].Int, got["$one"].Int, got["$unset"].Int)
	}
	if !got["$s"].IsString || got["$s"].Str != "" {
		t.Errorf("str($4) = %+v, want the empty string", got["$s"])
	}
	if _, _, errs := checkSrc(t, "BEGIN { $a = $0; }", Params{}); !strings.Contains(errs, "1:14: error: positional parameters count from $1") {
		t.Errorf("$0: %s", errs)
	}
}

// #define NAME value replaces NAME as cpp would; constants of C headers
// resolve without a #define.
func TestDefinesAndHeaderConstants(t *testing.T) {
	src := `#!/usr/bin/env ntrace
#include <linux/socket.h>
#define N 5
#define TWICE (N * 2)
#define SELF SELF
#define NAME "eth0"
#define NOTHING
#define GONE 1
#undef GONE
BEGIN { $n = N; $t = TWICE NOTHING; $s = NAME; $af = AF_INET6; $task = TASK_UNINTERRUPTIBLE; $e = -EPERM; $gone = GONE; }`
	_, _, errs := checkSrc(t, src, Params{})
	if want := "test.nt:10:115: error: unknown identifier GONE"; !strings.Contains(errs, want) {
		t.Fatalf("got %s, want %s", errs, want)
	}
	got := constsOf(t, strings.Replace(src, " $gone = GONE;", " $self = 1;", 1), Params{})
	checks := map[string]uint64{"$n": 5, "$t": 10, "$af": 10, "$task": 2, "$e": ^uint64(0)}
	for name, w := range checks {
		if got[name].Int != w {
			t.Errorf("%s = %d, want %d", name, int64(got[name].Int), int64(w))
		}
	}
	if got["$s"].Str != "eth0" {
		t.Errorf("$s = %+v", got["$s"])
	}
	if _, _, errs := checkSrc(t, "#define SELF SELF\nBEGIN { $x = SELF; }", Params{}); !strings.Contains(errs, "unknown identifier SELF") {
		t.Errorf("a macro naming itself: %s", errs)
	}
}

// #if, #ifdef, #ifndef, #elif, #else and #endif choose lines as cpp
// would; BPFTRACE_HAVE_BTF is defined, as bpftrace's tools test it.
func TestConditionals(t *testing.T) {
	src := `#ifndef BPFTRACE_HAVE_BTF
#include <linux/socket.h>
BEGIN { $a = nosuch; }
#else
#include <sys/socket.h>
#define A 1
#endif
#define LEVEL 3
#if LEVEL > 5 || !defined(A)
#define B 10
#elif LEVEL == 3 && defined A
# if 0
#define B 20
# else
#define B 30
# endif
#else
#define B 40
#endif
#ifdef NOTDEFINED
}}} not even a script {{{
#endif
#undef BPFTRACE_HAVE_BTF
#ifdef BPFTRACE_HAVE_BTF
#define C 1
#else
#define C 2
#endif
#define N (N + 3)
#if N == 3
#define D 4
#endif
BEGIN { $a = A; $b = B; $c = C; $d = D; }`
	// N names itself: inside its expansion it is not expanded again (it
	// was without end), and, as a name that is no macro, is 0.
	got := constsOf(t, src, Params{})
	for name, want := range map[string]uint64{"$a": 1, "$b": 30, "$c": 2, "$d": 4} {
		if got[name].Int != want {
			t.Errorf("%s = %d, want %d", name, got[name].Int, want)
		}
	}
}

func TestDirectiveErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"#define F(x) x\nBEGIN { exit(); }", `
test.nt:1:9: error: #define F(…): function-like macros are not supported, only #define NAME value
#define F(x) x
        ^
`},
		{"#ifdef BPFTRACE_HAVE_BTF\nBEGIN { exit(); }\n", `
test.nt:1:1: error: #if without #endif
#ifdef BPFTRACE_HAVE_BTF
^
`},
		{"BEGIN { exit(); }\n#else\n", `
test.nt:2:1: error: #else without #if
#else
^
`},
		{"#if 1 +\nBEGIN { exit(); }\n#endif", `
test.nt:1:8: error: #if: expected a value
#if 1 +
       ^
`},
		{"#if (2 / 0)\n#endif\nBEGIN { exit(); }", `
test.nt:1:8: error: #if: division by zero
#if (2 / 0)
       ^
`},
		{"#ifndef BPFTRACE_HAVE_BTF\n#error needs BTF\n#else\n#error no luck\n#endif\nBEGIN { exit(); }", `
test.nt:4:1: error: #error no luck
#error no luck
^
`},
		{"#define B {\nBEGIN B exit(); }", `
test.nt:1:11: error: #define B: a macro's value may not hold braces
#define B {
          ^
`},
		{"#define\nBEGIN { exit(); }", `
test.nt:1:8: error: #define needs a name
#define
       ^
`},
		{"#define X 1 $$\nBEGIN { $a = X; exit(); }", `
test.nt:1:13: error: unexpected character "$"
#define X 1 $$
            ^
`},
	}
	for _, tt := range tests {
		_, _, errs := checkSrc(t, tt.src, Params{})
		if errs != strings.TrimPrefix(tt.want, "\n") {
			t.Errorf("%q:\ngot:\n%s\nwant:\n%s", tt.src, errs, strings.TrimPrefix(tt.want, "\n"))
		}
	}
}

// A uprobe's binary may be a relative path, as bpftrace's tests write
// them: uprobe:./testprogs/x:f.
func TestRelativeUprobePaths(t *testing.T) {
	prog, err := Parse("test.nt", "uprobe:./testprogs/x:f, uretprobe:../bin/y:g+4 { exit(); }")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ap := range prog.Probes[0].Attach {
		got = append(got, ap.Kind+" "+strings.Join(ap.Parts, " "))
	}
	if want := "uprobe ./testprogs/x f|uretprobe ../bin/y g+4"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

// begin and end, as current bpftrace writes them, are BEGIN and END.
func TestLowercaseBeginEnd(t *testing.T) {
	_, info, errs := checkSrc(t, `begin { @a = 1; } end { @b = 2; }`, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	if k0, k1 := info.Probes[0].Targets[0], info.Probes[1].Targets[0]; k0.Kind != BeginProbe || k1.Kind != EndProbe || k0.String() != "begin" || k1.String() != "end" {
		t.Errorf("kinds %v %v, probe %q", k0.Kind, k1.Kind, k0.String())
	}
}
