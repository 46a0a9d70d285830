package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// fakeTool writes a shell script that stands in for a tracer.
func fakeTool(t *testing.T, dir, name, script string) tool {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte("#!/bin/sh\n"+script), 0o755); err != nil {
		t.Fatal(err)
	}
	return newTool(name, path)
}

func TestRunOne(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "want.txt"), []byte("after\n"), 0o644)
	line := func(text string) []expectation { return []expectation{{expectLine, text}} }
	for _, tc := range []struct {
		name   string
		tool   string // ntrace or bpftrace: how it says it attached
		script string
		test   suiteTest
		status string
		reason string
	}{
		{
			name:   "prints and exits",
			script: `echo hello; echo ` + notifyLine + `; exit 0`,
			test:   suiteTest{Prog: "BEGIN { }", Expects: line("hello")},
			status: "pass",
		},
		{
			name:   "a PROG runs with -e",
			script: `echo "$1" "$2"`,
			test:   suiteTest{Prog: "BEGIN { }", Expects: line("-e BEGIN { }")},
			status: "pass",
		},
		{
			name:   "exit status counts",
			script: `echo hello; exit 3`,
			test:   suiteTest{Prog: "BEGIN { }", Expects: line("hello")},
			status: "fail", reason: "exit status 3, want 0",
		},
		{
			name:   "stopped at its timeout after printing what was expected",
			script: `echo ` + notifyLine + `; echo hello; exec sleep 60`,
			test:   suiteTest{Prog: "BEGIN { }", Expects: line("hello"), Timeout: 1},
			status: "pass",
		},
		{
			name:   "closes its output and stays",
			script: `echo ` + notifyLine + `; echo hello; exec >/dev/null 2>&1; exec sleep 60`,
			test:   suiteTest{Prog: "BEGIN { }", Expects: line("hello"), Timeout: 1},
			status: "pass",
		},
		{
			name:   "stopped at its timeout without it",
			script: `echo ` + notifyLine + `; exec sleep 60`,
			test:   suiteTest{Prog: "BEGIN { }", Expects: line("hello"), Timeout: 1},
			status: "timeout", reason: "still running 1s after attaching; EXPECT not met: hello",
		},
		{
			name: "AFTER runs once attached; an exact expectation starts there",
			script: `echo before; echo ` + notifyLine + `
				for i in 1 2 3 4 5 6 7 8 9 10; do [ -e ran ] && { echo after; exit 0; }; sleep 0.2; done; exit 1`,
			test:   suiteTest{Run: "rm -f ran; {{BPFTRACE}}", After: "touch ran", Expects: []expectation{{expectFile, "want.txt"}}},
			status: "pass",
		},
		{
			name:   "ntrace says Attaching on stderr, then the notice; an exact expectation starts after it",
			tool:   ntraceName,
			script: `echo "Attaching 1 probe..." >&2; echo ` + notifyLine + `; echo after`,
			test:   suiteTest{Prog: "BEGIN { }", Expects: []expectation{{expectFile, "want.txt"}}},
			status: "pass",
		},
		{
			name:   "ntrace's JSON is judged without its notice",
			tool:   ntraceName,
			script: `echo "Attaching 1 probe..." >&2; echo ` + notifyLine + `; [ "$1" = "-f" ] && echo '{"a": 1}'`,
			test:   suiteTest{Prog: "BEGIN { }", Expects: []expectation{{expectJSON, "want.json"}}},
			status: "pass",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			os.WriteFile(filepath.Join(dir, "want.json"), []byte(`{"a": 1.0}`), 0o644)
			if tc.tool == "" {
				tc.tool = bpftraceName
			}
			if tc.test.Timeout == 0 {
				tc.test.Timeout = 5
			}
			tl := fakeTool(t, dir, tc.tool, tc.script)
			r := runOne(context.Background(), &tc.test, tl, dir)
			if r.Status != tc.status || r.Reason != tc.reason {
				t.Errorf("got %s %q, want %s %q\noutput: %s", r.Status, r.Reason, tc.status, tc.reason, r.Output)
			}
		})
	}
}

func TestRunOneBlocking(t *testing.T) {
	dir := t.TempDir()
	tl := fakeTool(t, dir, ntraceName, "echo '-e:1:1: error: unknown probe kind \"begin\" in begin' >&2; exit 1")
	r := runOne(context.Background(), &suiteTest{Prog: "begin { }", Expects: []expectation{{expectLine, "x"}}, Timeout: 5}, tl, dir)
	if r.Blocking != `unknown probe kind "begin" in begin` || r.ExitCode != 1 || r.Attached {
		t.Errorf("got %+v", r)
	}
}

func TestBeforeAndItsPID(t *testing.T) {
	dir := t.TempDir()
	tl := fakeTool(t, dir, bpftraceName, `echo "pid $1"; echo `+notifyLine)
	fakeTool(t, dir, "sleeper", "while :; do sleep 1; done")
	test := &suiteTest{Run: "{{BPFTRACE}} {{BEFORE_PID}}", Befores: []string{"./sleeper"},
		Expects: []expectation{{expectRegex, `^pid [1-9][0-9]*$`}}, Timeout: 5}
	r := runOne(context.Background(), test, tl, dir)
	if r.Status != "pass" {
		t.Fatalf("got %+v", r)
	}
	pid, _ := strconv.Atoi(strings.Fields(r.Output)[1])
	// The BEFORE program is stopped with the test.
	if err := syscall.Kill(pid, 0); err == nil {
		t.Errorf("BEFORE process %d still runs", pid)
	}
}

func TestNeverAttaches(t *testing.T) {
	old := attachTimeout
	attachTimeout = 500 * time.Millisecond
	defer func() { attachTimeout = old }()
	dir := t.TempDir()
	// ntrace's "Attaching N probes..." is not the notice.
	tl := fakeTool(t, dir, ntraceName, `echo "Attaching 1 probe..." >&2; exec sleep 60`)
	start := time.Now()
	r := runOne(context.Background(), &suiteTest{Prog: "BEGIN { }", Expects: []expectation{{expectLine, "x"}}, Timeout: 30}, tl, dir)
	if r.Status != "timeout" || r.Attached || !strings.HasPrefix(r.Reason, "never said it attached") {
		t.Errorf("got %+v", r)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %s", d)
	}
}

func TestAimAtTool(t *testing.T) {
	for after, want := range map[string]string{
		"kill -s USR1 $(pidof bpftrace)":                         "kill -s USR1 42",
		"pkill -SIGINT bpftrace":                                 "kill -s INT 42",
		"./testprogs/syscall nanosleep 2e9; pkill -INT bpftrace": "./testprogs/syscall nanosleep 2e9; kill -s INT 42",
		"pkill bpftrace":                                         "kill -s TERM 42",
		"./testprogs/syscall read":                               "./testprogs/syscall read",
	} {
		if got := aimAtTool(after, 42); got != want {
			t.Errorf("%q: got %q, want %q", after, got, want)
		}
	}
	if !killsByName("pkill -INT sleep") || killsByName("pkill -SIGINT bpftrace") {
		t.Error("killsByName")
	}
}

func TestCommand(t *testing.T) {
	tl := newTool(bpftraceName, "/usr/bin/bpftrace")
	nt := newTool(ntraceName, "/x/ntrace")
	json := &suiteTest{Prog: "BEGIN { print('a'); }", Expects: []expectation{{expectJSON, "x.json"}}}
	if got := command(json, tl, 0); got != `/usr/bin/bpftrace -q -f json -e 'BEGIN { print('\''a'\''); }'` {
		t.Errorf("bpftrace: %s", got)
	}
	if got := command(json, nt, 0); got != `/x/ntrace -f json -e 'BEGIN { print('\''a'\''); }'` {
		t.Errorf("ntrace: %s", got)
	}
	run := &suiteTest{Run: "{{BPFTRACE}} -p {{BEFORE_PID}} -e 'i:s:1 { }'"}
	if got := command(run, nt, 77); got != "/x/ntrace -p 77 -e 'i:s:1 { }'" {
		t.Errorf("RUN: %s", got)
	}
}
