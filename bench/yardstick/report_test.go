package main

import (
	"bytes"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestCount(t *testing.T) {
	tools := []tool{{Name: bpftraceName}, {Name: ntraceName}}
	pass := toolRun{Status: "pass"}
	macro := toolRun{Status: "fail", Reason: "exit status 1, want 0", Blocking: "unexpected token \"f\" (expected \"{\") in `macro f`"}
	tests := []testResult{
		{ID: "a.1", File: "a", Selection: selection{Class: classFit, Group: groupCore}, Runs: map[string]toolRun{bpftraceName: pass, ntraceName: pass}},
		{ID: "a.2", File: "a", Selection: selection{Class: classFit, Group: groupCore}, WillFail: true,
			Runs: map[string]toolRun{bpftraceName: pass, ntraceName: macro}},
		{ID: "b.1", File: "b", Selection: selection{Class: classFit, Group: groupUprobe},
			Runs: map[string]toolRun{bpftraceName: {Status: "timeout", Reason: "x"}, ntraceName: macro}},
		{ID: "b.2", File: "b", Selection: selection{Class: classScope, Reason: "probes: kprobe"}},
		{ID: "b.3", File: "b", Selection: selection{Class: classSkip, Reason: "ARCH be"}},
	}
	got := count(tests, tools)
	if got.Found != 5 || got.OutOfScope != 1 || got.Skipped != 1 || got.FitWillFail != 1 {
		t.Errorf("found %d, out %d, skipped %d, will fail %d", got.Found, got.OutOfScope, got.Skipped, got.FitWillFail)
	}
	if want := map[string]int{"all": 3, groupCore: 2, groupUprobe: 1}; !reflect.DeepEqual(got.Fit, want) {
		t.Errorf("fit %v", got.Fit)
	}
	if want := map[string]int{"all": 2, groupCore: 2}; !reflect.DeepEqual(got.Pass[bpftraceName], want) {
		t.Errorf("bpftrace passes %v", got.Pass[bpftraceName])
	}
	if got.BothPass != 1 || got.OnlyBpftrace != 1 || got.OnlyNtrace != 0 || got.Neither != 1 {
		t.Errorf("pairs %d %d %d %d", got.BothPass, got.OnlyBpftrace, got.OnlyNtrace, got.Neither)
	}
	want := []blockRow{{Category: "syntax: `macro`", Count: 2, Files: map[string]int{"a": 1, "b": 1}, Example: "a.2"}}
	if !reflect.DeepEqual(got.Blocking[ntraceName], want) {
		t.Errorf("ntrace blocking %+v", got.Blocking[ntraceName])
	}
	var b bytes.Buffer
	printSummary(&b, &results{Tools: []toolInfo{{Name: bpftraceName}, {Name: ntraceName}}, Totals: got}, 25)
	for _, line := range []string{
		"tests found 5: fit 3 (core 2, uprobe 1), out of scope 1, skipped 1, malformed 0",
		"bpftrace passes 2 of 3 (core 2 of 2, uprobe 0 of 1); fail 0, timeout 1, runner error 0",
		"2  syntax: `macro`  [a 1, b 1]",
	} {
		if !strings.Contains(b.String(), line) {
			t.Errorf("summary lacks %q:\n%s", line, b.String())
		}
	}
	// An earlier run's results read back give the same counts.
	dir := t.TempDir()
	if err := writeJSON(dir, &results{Tools: []toolInfo{{Name: bpftraceName}, {Name: ntraceName}}, Tests: tests}); err != nil {
		t.Fatal(err)
	}
	again, err := readJSON(filepath.Join(dir, "results.json"))
	if err != nil || !reflect.DeepEqual(again.Totals, got) {
		t.Errorf("read back: %v\n got %+v\nwant %+v", err, again.Totals, got)
	}
}

func TestFailureCategory(t *testing.T) {
	for _, tc := range []struct {
		run  toolRun
		want string
	}{
		{toolRun{Status: "fail", Blocking: "flag provided but not defined: -q"}, "unknown flag -q"},
		{toolRun{Status: "fail", Reason: "exit status 1, want 0"}, "(no error) exit status N, want N"},
		{toolRun{Status: "fail", Reason: "EXPECT not met: Attached 1 probe"}, "(no error) ran, but lacks (or miscounts) the line `Attached N probes`"},
		{toolRun{Status: "fail", Reason: "EXPECT not met: hello"}, "(no error) ran, but the output differs"},
		{toolRun{Status: "timeout", Attached: true}, "(no error) did not exit within TIMEOUT"},
		{toolRun{Status: "timeout"}, "(no error) never said it attached"},
		{toolRun{Status: "error", Reason: "EXPECT_FILE x: missing"}, "runner could not judge: EXPECT_FILE x: missing"},
	} {
		if got := failureCategory(tc.run); got != tc.want {
			t.Errorf("%+v: got %q, want %q", tc.run, got, tc.want)
		}
	}
}
