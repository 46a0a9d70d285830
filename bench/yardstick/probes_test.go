package main

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestShellWords(t *testing.T) {
	got := shellWords(`a 'b c' "d \"e\" \$f" g\ h | i; j 2>&1`)
	want := []shellToken{
		{Text: "a"}, {Text: "b c"}, {Text: `d "e" $f`}, {Text: "g h"},
		{Text: "|", Op: true}, {Text: "i"}, {Text: ";", Op: true}, {Text: "j"},
		{Text: "2"}, {Text: ">", Op: true}, {Text: "&", Op: true}, {Text: "1"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if q := shellQuote(`it's`); q != `'it'\''s'` {
		t.Errorf("shellQuote: %s", q)
	}
}

func TestInvocations(t *testing.T) {
	got := invocations(`unshare --fork --pid bash -c "(./testprogs/uprobe_loop &) && {{BPFTRACE}} -e 'uprobe:./testprogs/uprobe_loop:f { exit(); }'"; {{BPFTRACE}} -l 'tracepoint:*' | grep x`)
	want := []invocation{
		{Args: []string{"-e", "uprobe:./testprogs/uprobe_loop:f { exit(); }"}},
		{Args: []string{"-l", "tracepoint:*"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestAttachPoints(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []attachPoint
	}{
		{`BEGIN { exit(); }`, []attachPoint{{"begin", "BEGIN"}}},
		{`begin { } end { }`, []attachPoint{{"begin", "begin"}, {"end", "end"}}},
		{"// BEGIN { }\n/* kprobe:f { } */ t:syscalls:sys_enter_read, tracepoint:sched:sched_switch /pid == 1/ { @[\"}{\"] = 1; }",
			[]attachPoint{{"tracepoint", "t:syscalls:sys_enter_read"}, {"tracepoint", "tracepoint:sched:sched_switch"}}},
		{"#include <linux/sched.h>\nmacro add(a, b) { a + b }\nconfig = { max_map_keys = 2 }\nlet @m = hash(2);\nstruct Foo { int x; } __attribute__((packed))\ni:ms:1 { exit(); }",
			[]attachPoint{{"interval", "i:ms:1"}}},
		{`uprobe:./testprogs/uprobe_test:uprobeFunction1, ur:./testprogs/x@x.c:12 /arg0 == 1/ { }`,
			[]attachPoint{{"uprobe", "uprobe:./testprogs/uprobe_test:uprobeFunction1"}, {"uprobe", "ur:./testprogs/x@x.c:12"}}},
		{`kprobe:f?, self:signal:SIGUSR1 { }`, []attachPoint{{"kprobe", "kprobe:f"}, {"self", "self:signal:SIGUSR1"}}},
		{`fn add($a: int64, $b: int64) : int64 { return $a + $b; } BEGIN { }`, []attachPoint{{"begin", "BEGIN"}}},
	} {
		if got := attachPoints(tc.src); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q:\n got %+v\nwant %+v", tc.src, got, tc.want)
		}
	}
	if got := (attachPoint{Kind: "uprobe", Text: "ur:./testprogs/x@x.c:12"}).target(); got != "./testprogs/x" {
		t.Errorf("target %q", got)
	}
	if got := (attachPoint{Kind: "uprobe", Text: "uprobe:f"}).target(); got != "" {
		t.Errorf("target of uprobe:f: %q", got)
	}
}

func TestListingPoints(t *testing.T) {
	for pattern, want := range map[string][]string{
		"":                            {"*"},
		"*do_nanosleep*":              {"*"},
		"tracepoint:raw_syscalls:*":   {"tracepoint"},
		"kprobe:vfs_read,struct file": {"kprobe", "struct"},
		"rawtracepoint:consume_skb":   {"rawtracepoint"},
	} {
		if got := kindsOf(listingPoints(pattern)); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: got %v, want %v", pattern, got, want)
		}
	}
}

func TestUseOf(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "runtime/scripts"), 0o755)
	os.WriteFile(filepath.Join(dir, "runtime/scripts/s.bt"), []byte("interval:ms:1 { exit(); }"), 0o644)
	for _, tc := range []struct {
		test suiteTest
		want toolUse
	}{
		{suiteTest{Prog: "BEGIN { }"}, toolUse{Programs: []string{"BEGIN { }"}}},
		{suiteTest{Run: `{{BPFTRACE}} -e 'BEG$1 { }' IN`}, toolUse{Programs: []string{"BEGIN { }"}}},
		{suiteTest{Run: `{{BPFTRACE}} -q runtime/scripts/s.bt`}, toolUse{Programs: []string{"interval:ms:1 { exit(); }"}}},
		{suiteTest{Run: `{{BPFTRACE}} -l runtime/scripts/s.bt`}, toolUse{Programs: []string{"interval:ms:1 { exit(); }"}}},
		{suiteTest{Run: `{{BPFTRACE}} -lv "rawtracepoint:*"`}, toolUse{Listings: []string{"rawtracepoint:*"}}},
		{suiteTest{Run: `{{BPFTRACE}} -l | grep x`}, toolUse{Listings: []string{""}}},
		{suiteTest{Run: `{{BPFTRACE}} --version`}, toolUse{Other: "runs the tool without a program or probe listing"}},
		{suiteTest{Run: `{{BPFTRACE}} nosuch.bt`}, toolUse{Other: "runs a script that is not there"}},
		{suiteTest{Run: `{{BPFTRACE}} -e "$(echo 'BEGIN { }')"`}, toolUse{Other: "its program is made by the shell when it runs"}},
	} {
		got, err := useOf(&tc.test, dir)
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%+v: got %+v, %v; want %+v", tc.test, got, err, tc.want)
		}
	}
	if _, err := useOf(&suiteTest{Run: "echo hi"}, dir); err == nil {
		t.Error("a RUN line without the tool: no error")
	}
}

func TestTestprogsOf(t *testing.T) {
	tt := &suiteTest{
		Run:      `{{BPFTRACE}} -e 'uprobe:./testprogs/uprobe_test:f { }' -c "./testprogs/syscall nanosleep 1e8"`,
		Befores:  []string{"./testprogs/uprobe_loop"},
		Requires: []string{"testprogs/hello_go"},
		After:    "mytestprogs/nothing",
	}
	want := []string{"hello_go", "syscall", "uprobe_loop", "uprobe_test"}
	if got := testprogsOf(tt); !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
