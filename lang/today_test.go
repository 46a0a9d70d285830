package lang_test

// Tests of what today's bpftrace has that 0.17 had not: getopt(),
// tuples as map keys, config from the environment, syscall_name(),
// rawtracepoint modules, expression statements, usermode.

import (
	"math"
	"strings"
	"testing"

	. "github.com/ntrace/ntrace/lang"
)

// getopt() is the named option given after --, typed as its default is,
// or its default: a constant the checker knows (bpftrace's docs: a bool
// without a default, true when --name is given bare or as true or 1).
func TestGetopt(t *testing.T) {
	opts := []Option{{Name: "aa", Value: "0xffffffffffffffff"}, {Name: "bb", Value: "-10"},
		{Name: "cc", Value: "False"}, {Name: "dd", Bare: true}, {Name: "ss", Value: "a longer value"}}
	src := `BEGIN { $a = getopt("aa", 20); $b = getopt("bb", -1); $c = getopt("cc", true);
  $d = getopt("dd"); $e = getopt("ee", "hello", "what ee is"); $f = getopt("ff", 3); $s = getopt("ss", "x"); exit(); }`
	prog, info, errs := checkSrc(t, src, Params{Options: opts})
	if errs != "" {
		t.Fatal(errs)
	}
	want := map[string]struct {
		typ string
		c   Const
	}{
		"$a": {"uint64", Const{Int: math.MaxUint64}},
		"$b": {"int64", Const{Int: uint64(1<<64 - 10)}},
		"$c": {"bool", Const{}},
		"$d": {"bool", Const{Int: 1}},
		"$e": {"string[6]", Const{IsString: true, Str: "hello"}},
		"$f": {"int64", Const{Int: 3}},
		"$s": {"string[15]", Const{IsString: true, Str: "a longer value"}},
	}
	for _, s := range prog.Probes[0].Body.Stmts {
		a, ok := s.(*AssignStmt)
		if !ok {
			continue
		}
		v, ok := a.Target.(*VarExpr)
		if !ok {
			continue
		}
		w := want[v.Name]
		if got := info.Types[a.Value].String(); got != w.typ {
			t.Errorf("%s: type %s, want %s", v.Name, got, w.typ)
		}
		if got := info.Consts[a.Value]; got.Int != w.c.Int || got.IsString != w.c.IsString || got.Str != w.c.Str {
			t.Errorf("%s: value %+v, want %+v", v.Name, got, w.c)
		}
		delete(want, v.Name)
	}
	if len(want) != 0 {
		t.Errorf("not checked: %v", want)
	}
	var names []string
	for _, g := range info.GetoptList() {
		names = append(names, g.Name+":"+g.Type+":"+g.Help)
	}
	if got := strings.Join(names, " "); got != "aa:int: bb:int: cc:bool: dd:bool: ee:string:what ee is ff:int: ss:string:" {
		t.Errorf("getopts %s", got)
	}
	if u := UnknownOptions(info, Params{Options: append(opts, Option{Name: "zz", Bare: true})}); strings.Join(u, " ") != "--zz" {
		t.Errorf("unknown options %v, want --zz", u)
	}
}

func TestGetoptErrors(t *testing.T) {
	tests := []struct {
		name, src string
		opts      []Option
		want      string
	}{
		{"name not a literal", `BEGIN { $n = "aa"; print(getopt($n, 1)); }`, nil, `
test.nt:1:33: error: getopt() needs the option's name as a string literal
BEGIN { $n = "aa"; print(getopt($n, 1)); }
                                ^
`},
		{"default not a constant", `BEGIN { print(getopt("aa", pid)); }`, nil, `
test.nt:1:28: error: getopt()'s default must be a constant: an integer, a bool or a string
BEGIN { print(getopt("aa", pid)); }
                           ^
`},
		{"not an integer", `BEGIN { print(getopt("aa", 10)); }`, []Option{{Name: "aa", Value: "False"}}, `
test.nt:1:15: error: program command line option --aa: invalid integer (value: False)
BEGIN { print(getopt("aa", 10)); }
              ^
`},
		{"not a bool", `BEGIN { print(getopt("v")); }`, []Option{{Name: "v", Value: "maybe"}}, `
test.nt:1:15: error: program command line option --v: invalid bool (value: maybe): want true, false, 1 or 0
BEGIN { print(getopt("v")); }
              ^
`},
		{"two types", `BEGIN { print((getopt("v"), getopt("v", 2))); }`, nil, `
test.nt:1:29: error: getopt("v") is typed int here, bool at 1:16
BEGIN { print((getopt("v"), getopt("v", 2))); }
                            ^
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, got := checkSrc(t, tt.src, Params{Options: tt.opts})
			if strings.TrimSpace(got) != strings.TrimSpace(tt.want) {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// A map's keys are a tuple, as in today's bpftrace: @m[$k] with
// $k = (a, b) is @m[a, b], whichever is written first.
func TestTupleAsMapKeys(t *testing.T) {
	src := `BEGIN { $k = (1, "a"); @m[$k] = 1; @m[2, "b"] = 2; @n[3, "c"] = 3; printf("%d\n", @n[$k]); delete(@n, $k); @o[(1, 2)] = 1; }`
	_, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	for _, name := range []string{"@m", "@n", "@o"} {
		if n := len(info.Maps[name].Keys); n != 2 {
			t.Errorf("%s has %d keys, want 2", name, n)
		}
	}
	_, _, errs = checkSrc(t, `BEGIN { @m[1, "a"] = 1; $k = (1, 2); @m[$k] = 2; }`, Params{})
	want := `test.nt:1:41: error: map @m key 2 is string[2], used here with int64`
	if !strings.Contains(errs, want) {
		t.Errorf("got:\n%s\nwant %s", errs, want)
	}
}

// bpftrace's environment variables set config settings by their names
// (BPFTRACE_STACK_MODE is stack_mode) and win over the script's config
// block; variables that name no setting are left alone, and a bad value
// is an error naming the variable.
func TestConfigFromEnvironment(t *testing.T) {
	env := EnvConfig([]string{"BPFTRACE_STACK_MODE=raw", "BPFTRACE_MAX_STRLEN=8", "BPFTRACE_MAX_CAT_BYTES=1", "BPFTRACE_BTF=/x", "STACK_MODE=perf", "PATH=/bin"})
	if len(env) != 3 || env["stack_mode"] != "raw" || env["max_strlen"] != "8" || env["max_cat_bytes"] != "1" {
		t.Fatalf("EnvConfig = %v, want stack_mode and max_strlen", env)
	}
	prog, err := Parse("test.nt", "config = { stack_mode = perf; max_map_keys = 7 } BEGIN { exit(); }")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := ReadConfig(prog, env)
	if err != nil || cfg.StackMode != "raw" || cfg.StrLen != 8 || cfg.MapSize != 7 || cfg.CatBytes != 1 {
		t.Errorf("ReadConfig = %+v, %v; want stack_mode raw (the environment's), max_strlen 8, max_map_keys 7", cfg, err)
	}
	// bpftrace reads strings of any length: asked for more than ntrace
	// holds, the environment gets the most, with a warning.
	cfg, err = ReadConfig(prog, EnvConfig([]string{"BPFTRACE_MAX_STRLEN=9999"}))
	if err != nil || cfg.StrLen != 1024 || len(cfg.Warnings) != 1 || !strings.Contains(cfg.Warnings[0], "BPFTRACE_MAX_STRLEN=9999: strings hold at most 1024 bytes") {
		t.Errorf("BPFTRACE_MAX_STRLEN=9999: %+v, %v", cfg, err)
	}
	_, err = ReadConfig(prog, EnvConfig([]string{"BPFTRACE_MAX_MAP_KEYS=abc"}))
	if err == nil || err.Error() != `environment variable BPFTRACE_MAX_MAP_KEYS: want an integer from 1 to 2147483648, not "abc"` {
		t.Errorf("bad value: %v", err)
	}
}

// syscall_name() of a number prints as the name this architecture's
// headers give it; __NR_ constants come from the same table.
func TestSyscallName(t *testing.T) {
	_, info, errs := checkSrc(t, `BEGIN { @[syscall_name(__NR_openat)] = count(); }`, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	if got := info.Maps["@"].Keys[0].String(); got != "syscall_name" {
		t.Errorf("key type %s", got)
	}
	for nr, want := range map[int64]string{0: "read", 59: "execve", 257: "openat"} {
		if got, ok := SyscallName(nr); !ok || got != want {
			t.Errorf("SyscallName(%d) = %q, %v; want %q", nr, got, ok, want)
		}
	}
	if _, ok := SyscallName(100000); ok {
		t.Error("SyscallName(100000) names a system call")
	}
}

// rawtracepoint:module:name: the kernel's own (vmlinux, or a wildcard
// matching it) attach; another module is no match, at the attach point.
func TestRawTracepointModule(t *testing.T) {
	for _, src := range []string{"rawtracepoint:vmlinux:sys_exit { exit(); }", "rawtracepoint:vmlinu*:sys_exit { exit(); }"} {
		if _, _, errs := checkSrc(t, src, Params{}); errs != "" {
			t.Errorf("%s:\n%s", src, errs)
		}
	}
	_, _, errs := checkSrc(t, "BEGIN {}\nrawtracepoint:nonsense:sys_exit { exit(); }", Params{})
	want := `test.nt:2:1: error: no matches for rawtracepoint nonsense:sys_exit: ntrace attaches the kernel's own raw tracepoints (vmlinux), not a module's
rawtracepoint:nonsense:sys_exit { exit(); }
^
`
	if errs != want {
		t.Errorf("got:\n%s\nwant:\n%s", errs, want)
	}
}

// An expression statement that only reads is taken, as bpftrace takes
// it, with a warning at it; one with a call inside stays an error.
func TestExpressionStatements(t *testing.T) {
	_, info, errs := checkSrc(t, "BEGIN { 1 + 2; curtask->pid; }", Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	want := "test.nt:1:9: warning: expression has no effect; assign it or pass it to a function\n"
	if got := RenderWarnings("test.nt", "BEGIN { 1 + 2; curtask->pid; }", info.Warnings); !strings.HasPrefix(got, want) || strings.Count(got, "warning:") != 2 {
		t.Errorf("warnings:\n%s\nwant two, the first %s", got, want)
	}
	_, _, errs = checkSrc(t, `BEGIN { 1 + strlen("a"); }`, Params{})
	if !strings.Contains(errs, "test.nt:1:9: error: expression has no effect") {
		t.Errorf("errors:\n%s", errs)
	}
}

// usermode is an unsigned byte in every kind of probe.
func TestUsermodeBuiltin(t *testing.T) {
	_, info, errs := checkSrc(t, "BEGIN { @b = usermode; } profile:hz:99 { @p[usermode] = count(); }", Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	if got := info.Maps["@p"].Keys[0].String(); got != "uint64" {
		t.Errorf("@p's key is %s", got)
	}
}

// __attribute__((packed)) lays a script's struct out with no alignment,
// aligned(N) raises its alignment; another attribute is an error at it.
func TestStructAttributes(t *testing.T) {
	src := `struct foo { int x; char y; int z; }
struct bar { int x; char y; int z; } __attribute__((packed))
struct big { int x; char y; } __attribute__((aligned(16)));
BEGIN { @f = sizeof(struct foo); @b = sizeof(struct bar); @g = sizeof(struct big); @o = offsetof(struct bar, z); }`
	prog, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	want := map[string]uint64{"@f": 12, "@b": 9, "@g": 16, "@o": 5}
	for _, s := range prog.Probes[0].Body.Stmts {
		a := s.(*AssignStmt)
		name := a.Target.(*MapExpr).Name
		if got := info.Consts[a.Value].Int; got != want[name] {
			t.Errorf("%s = %d, want %d", name, got, want[name])
		}
		delete(want, name)
	}
	if len(want) != 0 {
		t.Errorf("not checked: %v", want)
	}
	_, _, errs = checkSrc(t, "struct foo { int x; } __attribute__((weird)) BEGIN { }", Params{})
	if !strings.Contains(errs, "test.nt:1:23: error: __attribute__((weird)) is not supported: only packed and aligned(N) are") {
		t.Errorf("errors:\n%s", errs)
	}
}

// A struct or union defined in a member's declaration, named or not, lays
// out inside the one defining it.
func TestNestedStructDefinitions(t *testing.T) {
	src := `struct Foo { int m; struct { int x; long y; } bar; union { int a; char b; } u; struct Baz { short s; } z; }
BEGIN { @size = sizeof(struct Foo); @y = offsetof(struct Foo, bar.y); @baz = sizeof(struct Baz); }`
	prog, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	want := map[string]uint64{"@size": 32, "@y": 16, "@baz": 2}
	for _, s := range prog.Probes[0].Body.Stmts {
		a := s.(*AssignStmt)
		name := a.Target.(*MapExpr).Name
		if w, ok := want[name]; ok && info.Consts[a.Value].Int != w {
			t.Errorf("%s = %d, want %d", name, info.Consts[a.Value].Int, w)
		}
	}
	_, _, errs = checkSrc(t, "struct Foo { int { int x; } y; } BEGIN { }", Params{})
	if !strings.Contains(errs, "error: a struct or union defined in a member needs the form struct { … } name") {
		t.Errorf("errors:\n%s", errs)
	}
}

// A cast to a pointer to pointers keeps each level, for structs and
// integers alike: *p is again a pointer, **p the struct or integer.
func TestPointerToPointerCastTypes(t *testing.T) {
	src := `struct Foo { int a; } BEGIN { $pp = (struct Foo **)0; $p = *$pp; $a = (*$pp).a; $ii = (int32 **)0; $i = **$ii; }`
	prog, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	want := map[string]string{"$pp": "*", "$p": "Foo *", "$a": "int32", "$ii": "*", "$i": "int32"}
	for _, s := range prog.Probes[0].Body.Stmts {
		a := s.(*AssignStmt)
		name := a.Target.(*VarExpr).Name
		if got := info.Types[a.Value].String(); !strings.HasSuffix(got, want[name]) {
			t.Errorf("%s is %s, want …%s", name, got, want[name])
		}
	}
	if got := info.Types[prog.Probes[0].Body.Stmts[1].(*AssignStmt).Value].Kind; got != Pointer {
		t.Errorf("*$pp is a %v, want a pointer", got)
	}
}

// A positional parameter in an attach point is its value there, inside
// its field: i:ms:$1 with 5 is i:ms:5.
func TestPositionalInAttachPoint(t *testing.T) {
	_, info, errs := checkSrc(t, "interval:ms:$1 { exit(); }", Params{Positional: []string{"5"}})
	if errs != "" {
		t.Fatal(errs)
	}
	if got := info.Probes[0].Targets[0].String(); got != "interval:ms:5" {
		t.Errorf("target %s, want interval:ms:5", got)
	}
	_, _, errs = checkSrc(t, "interval:ms:$2 { exit(); }", Params{Positional: []string{"5"}})
	if !strings.Contains(errs, "test.nt:1:1: error: interval:ms:$2: positional parameter $2 is not given (1 given)") {
		t.Errorf("errors:\n%s", errs)
	}
}
