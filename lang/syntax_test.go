package lang_test

import (
	"strings"
	"testing"

	. "github.com/ntrace/ntrace/lang"
)

// The types the constructs of today's bpftrace give: declared variables,
// loop variables, records, bools, durations, enums, map reads of
// aggregations.
func TestSyntaxTypes(t *testing.T) {
	src := `enum Color { RED = 1, GREEN, BLUE = 10 };
let @lru = lruhash(100);
let @cnt = percpulruhash(7);
config = { max_map_keys = 100; missing_probes = warn; stack_mode = perf; print_maps_on_exit = false; perf_rb_pages = 3 }
begin {
  let $a: uint16 = 7;
  let $b;
  $b2 = $b;
  let $p: struct task_struct *;
  $r = (x = 1, name = "abc");
  $d = 10ms + 1s;
  $t = true;
  $e = GREEN;
  $c = (enum Color)10;
  @lru[1, "a"] = 5;
  @cnt[2] = count();
  $n = @cnt[2];
  for ($kv : @lru) { $k = $kv; }
  for ($i : 0..$a) { $j = $i; }
  $h = has_key(@lru, (1, "a"));
  $l = len(@lru);
  $s = kstack;
  $v = { let $x = 3; $x * 2 };
}
end { }`
	prog, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	types := map[string]string{}
	for _, p := range info.Probes {
		for _, v := range p.Vars {
			types[v.Name] = v.Type.String()
		}
	}
	for name, want := range map[string]string{
		"$a": "uint16", "$b": "int64", "$p": "struct task_struct *", "$r": "(x = int64, name = string[4])",
		"$d": "int64", "$t": "bool", "$e": "uint64", "$c": "uint64", "$n": "uint64",
		"$kv": "((int64, string[2]), int64)", "$i": "int64", "$h": "bool", "$l": "uint64",
		"$s": "kstack(perf)", "$v": "int64",
	} {
		if types[name] != want {
			t.Errorf("%s is %s, want %s", name, types[name], want)
		}
	}
	if lru := info.Maps["@lru"]; lru.Kind != LRUHashMap || lru.MaxEntries != 100 {
		t.Errorf("@lru is kind %d of %d keys", lru.Kind, lru.MaxEntries)
	}
	if cnt := info.Maps["@cnt"]; cnt.Kind != PerCPULRUHashMap || cnt.MaxEntries != 7 || !cnt.Kind.LRU() || !cnt.Kind.PerCPU() {
		t.Errorf("@cnt is kind %d of %d keys", cnt.Kind, cnt.MaxEntries)
	}
	cfg := info.Config
	if cfg.MapSize != 100 || cfg.Missing != "warn" || cfg.StackMode != "perf" || !cfg.NoPrintMaps || cfg.BufferSize != 4*PageSize {
		t.Errorf("config: %+v", cfg)
	}
	var begin, end *Target
	for _, p := range info.Probes {
		switch p.Targets[0].Kind {
		case BeginProbe:
			begin = p.Targets[0]
		case EndProbe:
			end = p.Targets[0]
		}
	}
	if begin == nil || end == nil || begin.String() != "begin" || end.String() != "end" {
		t.Errorf("begin and end probes: %v %v", begin, end)
	}
	// The constants: 10ms + 1s in nanoseconds, GREEN, the cast's value.
	consts := map[string]uint64{}
	for _, s := range prog.Probes[0].Body.Stmts {
		a, ok := s.(*AssignStmt)
		if !ok {
			continue
		}
		if v, ok := a.Target.(*VarExpr); ok {
			if k, ok := info.Consts[a.Value]; ok {
				consts[v.Name] = k.Int
			}
		}
	}
	if consts["$d"] != 1_010_000_000 || consts["$e"] != 2 || consts["$c"] != 10 || consts["$t"] != 1 {
		t.Errorf("constants: %v", consts)
	}
}

// Macros expand where they are called: a $variable parameter is the
// caller's variable, an @map parameter the caller's map, a name the
// expression passed; the body's own variables are renamed apart from the
// caller's.
func TestMacroExpansion(t *testing.T) {
	src := `macro inc($x) { $x += 1; $x }
macro put(@m, k) { @m[k] = 1; }
macro twice(e) { e + e }
macro one { $y = 1; $y }
BEGIN { $y = 5; $a = inc($y); put(@seen, $a); $b = twice(one); $c = nsecs(); }`
	prog, err := Parse("t.nt", src)
	if err != nil {
		t.Fatal(err)
	}
	got := Dump(prog, nil)
	for _, want := range []string{
		"assign +=\n        var $y\n        int 1\n      value\n        var $y\n", // $x is the caller's $y
		"assign =\n    map @seen\n      var $a\n    int 1\n",                      // @m is @seen, k is $a
		"var $y (in macro one, call 3)",                                           // one's $y is its own
		"assign =\n    var $c\n    builtin nsecs\n",                               // nsecs() is nsecs
	} {
		if !strings.Contains(got, want) {
			t.Errorf("expansion lacks %q:\n%s", want, got)
		}
	}
	if _, _, errs := checkSrc(t, src, Params{}); errs != "" {
		t.Error(errs)
	}
}

// A macro may share a builtin's name with another number of parameters,
// and the builtin is still called with the builtin's; a macro that gives
// printf its format string is as good as the literal.
func TestMacroBesideBuiltins(t *testing.T) {
	src := `macro pid(a) { a + 1 }
macro count(a, b) { a * b }
macro fmt { "pid %d %d\n" }
BEGIN { $a = pid(); $b = pid(2); @c = count(); $d = count(3, 4); printf(fmt, $a, $b); printf(fmt(), $d, $b); }`
	if _, _, errs := checkSrc(t, src, Params{}); errs != "" {
		t.Fatal(errs)
	}
	prog, err := Parse("t.nt", src)
	if err != nil {
		t.Fatal(err)
	}
	got := Dump(prog, nil)
	for _, want := range []string{
		"assign =\n    var $a\n    builtin pid\n", // pid() is the builtin
		"assign =\n    map @c\n    call count\n",  // count() the aggregation
	} {
		if !strings.Contains(got, want) {
			t.Errorf("expansion lacks %q:\n%s", want, got)
		}
	}
}

// A config block's integers are read as the script's literals are.
func TestConfigIntegers(t *testing.T) {
	_, info, errs := checkSrc(t, "config = { max_map_keys = 1e3; perf_rb_pages = 0x4; max_strlen = 1_00 }\nBEGIN { exit(); }", Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	if cfg := info.Config; cfg.MapSize != 1000 || cfg.BufferSize != 4*PageSize || cfg.StrLen != 100 {
		t.Errorf("config: %+v", cfg)
	}
}

// Today's attach point forms: lowercase begin and end, relative uprobe
// paths, interval:1s.
func TestSyntaxAttachPoints(t *testing.T) {
	src := "begin { } end { } BEGIN { } uprobe:./bin/x:f, u:../x:g, uretprobe:testprogs/x:h, uprobe:/bin/sh:main, i:500ms, interval:2s, interval:100 { }"
	prog, err := Parse("t.nt", src)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range prog.Probes {
		for _, ap := range p.Attach {
			got = append(got, ap.Kind+" "+strings.Join(ap.Parts, "|"))
		}
	}
	want := []string{"begin ", "end ", "BEGIN ", "uprobe ./bin/x|f", "u ../x|g", "uretprobe testprogs/x|h", "uprobe /bin/sh|main", "i 500ms", "interval 2s", "interval 100"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("attach points\n got %q\nwant %q", got, want)
	}
	_, info, errs := checkSrc(t, "i:500ms { exit(); } interval:2s { exit(); } interval:100000 { exit(); } interval:1m { exit(); }", Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	var periods []string
	for _, p := range info.Probes {
		periods = append(periods, p.Targets[0].String())
	}
	if got := strings.Join(periods, " "); got != "interval:ms:500 interval:s:2 interval:us:100 interval:s:60" {
		t.Errorf("periods: %s", got)
	}
}
