package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestMeets(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
	}
	write("out.txt", "\n@a: 1\n@b: 2\n\n")
	write("out.json", `{"type": "map", "data": {"@x": 1.0}}`)
	write("out.ndjson", "{\"a\": 1}\n{\"b\": [1, 2]}\n")
	write("ts.txt", "%H:00:00.500 | 9\n")
	output := "Attaching 1 probe...\n  hello world  \n@x[1]: 2\nvalue 0x10\n"
	for _, tc := range []struct {
		e      expectation
		output string
		want   bool
	}{
		{expectation{expectLine, "hello world"}, output, true},
		{expectation{expectLine, "hello"}, output, false},   // a whole line, not part of one
		{expectation{expectLine, "@x[1]: 2"}, output, true}, // regexp characters are literal
		{expectation{expectLine, "Attaching 1 probe..."}, output, true},
		{expectation{expectNoLine, "hello world"}, output, false},
		{expectation{expectNoLine, "bye"}, output, true},
		{expectation{expectRegex, `^value 0x[0-9a-f]+$`}, output, true}, // line-wise anchors
		{expectation{expectRegex, `^hello`}, output, false},
		{expectation{expectRegex, `probe\.\.\.\Z`}, "Attaching 1 probe...", true},
		{expectation{expectNoRegex, `bye`}, output, true},
		{expectation{expectRegex, `^/X{5555}$`}, "/" + strings.Repeat("X", 5555), true},
		{expectation{expectRegex, `^/X{5555}$`}, "/" + strings.Repeat("X", 5554), false},
		{expectation{expectRegex, `^\.{1001}$`}, strings.Repeat(".", 1001), true},
		{expectation{expectFile, "out.txt"}, "@a: 1\n@b: 2\n", true},
		{expectation{expectFile, "out.txt"}, "@a: 1\n@b: 3\n", false},
		{expectation{expectJSON, "out.json"}, `{"data": {"@x": 1}, "type": "map"}` + "\n", true},
		{expectation{expectJSON, "out.json"}, `{"data": {"@x": 2}, "type": "map"}`, false},
		{expectation{expectJSON, "out.json"}, "{\"data\": {\"@x\": 1}, \"type\": \"map\"}\n{}", false}, // one line only
		{expectation{expectJSON, "out.json"}, "not json", false},
		{expectation{expectJSON, "out.ndjson"}, "{\"a\": 1}\n{\"b\": [1, 2.0]}", true},
		{expectation{expectJSON, "out.ndjson"}, "{\"a\": 1}", false},
	} {
		got, err := meets(tc.e, tc.output, dir, -1)
		if err != nil || got != tc.want {
			t.Errorf("%s %q on %q: %v, %v; want %v", tc.e.Mode, tc.e.Text, tc.output, got, err, tc.want)
		}
	}
	hour := time.Unix(0, 0).Local().Format("15")
	if got, err := meets(expectation{expectFile, "ts.txt"}, hour+":00:00.500 | 9", dir, 0); !got || err != nil {
		t.Errorf("localized timestamps: %v, %v", got, err)
	}
	if _, err := meets(expectation{expectRegex, `(?<=a)b`}, "ab", dir, -1); err == nil {
		t.Error("a lookbehind compiled")
	}
	if _, err := meets(expectation{expectFile, "missing.txt"}, "", dir, -1); err == nil {
		t.Error("a missing file is no error")
	}
}

func TestJudge(t *testing.T) {
	expect := []expectation{{expectLine, "ok"}}
	for _, tc := range []struct {
		test     suiteTest
		output   string
		code     int
		timedOut bool
		pass     bool
		reason   string
	}{
		{suiteTest{Expects: expect}, "ok\n", 0, false, true, ""},
		{suiteTest{Expects: expect}, "ok\n", 1, false, false, "exit status 1, want 0"},
		{suiteTest{Expects: expect, WillFail: true}, "ok\n", 0, false, false, "exit status 0, want a failure"},
		{suiteTest{Expects: expect, WillFail: true}, "ok\n", 1, false, true, ""},
		{suiteTest{Expects: expect, ReturnCode: 69}, "ok\n", 69, false, true, ""},
		{suiteTest{Expects: expect}, "no\n", 0, false, false, "EXPECT not met: ok"},
		// Stopped at its timeout: the exit status does not count, the
		// output does.
		{suiteTest{Expects: expect}, "ok\n", 143, true, true, ""},
		{suiteTest{Expects: expect}, "no\n", 143, true, false, "EXPECT not met: ok"},
	} {
		j := judge(&tc.test, tc.output, tc.code, tc.timedOut, t.TempDir())
		if j.Pass != tc.pass || j.Reason != tc.reason {
			t.Errorf("%+v exit %d timed out %v: got %+v, want pass %v %q", tc.test, tc.code, tc.timedOut, j, tc.pass, tc.reason)
		}
	}
}

func TestStrftime(t *testing.T) {
	tm := time.Date(2024, 3, 7, 9, 5, 4, 0, time.UTC)
	if got := strftime("%Y-%m-%d %H:%M:%S %y %% %q", tm); got != "2024-03-07 09:05:04 24 % %q" {
		t.Errorf("got %q", got)
	}
}

func TestDecodeOutput(t *testing.T) {
	if got := decodeOutput([]byte("a\r\nb\rc\xffd\n")); got != "a\nb\nc\\xffd\n" {
		t.Errorf("got %q", got)
	}
	if got := oneLine("a\n  b\tc", 3); got != "a b…" {
		t.Errorf("oneLine: %q", got)
	}
	if !strings.HasPrefix(oneLine(strings.Repeat("x", 200), 10), "xxxxxxxxxx") {
		t.Error("oneLine cut")
	}
}
