package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseSuiteFile(t *testing.T) {
	src := `# a comment before the first test
NAME first
PROG begin { printf("a\n");
     printf("b\n"); }
EXPECT a
       b
EXPECT_REGEX ^x
             y$
TIMEOUT 3
BEFORE ./testprogs/uprobe_test
BEFORE ./testprogs/syscall nanosleep 1e8
AFTER ./testprogs/syscall read
ENV BPFTRACE_A=1 BPFTRACE_B=2
ARCH x86_64|!s390x
REQUIRES_FEATURE btf !fentry
REQUIRES_FEATURE dwarf
REQUIRES bpftool
# a comment inside a test
WILL_FAIL

NAME second
RUN {{BPFTRACE}}	-e 'i:ms:1 { exit(); }'
EXPECT_NONE nothing
EXPECT_FILE runtime/outputs/x.txt
LOCALIZE_TIMESTAMPS 0

NAME third
PROG begin { exit(69); }
RETURN_CODE 69
NAME ignored second name
MIN_KERNEL 5.3
SKIP_IF_ENV_HAS CI=true`
	tests, err := parseSuiteFile("basic", strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(tests) != 3 {
		t.Fatalf("got %d tests, want 3", len(tests))
	}
	first := tests[0]
	if first.Err != nil {
		t.Fatalf("first: %v", first.Err)
	}
	want := &suiteTest{
		File: "basic", Name: "first", Line: 2,
		Prog: "begin { printf(\"a\\n\");\nprintf(\"b\\n\"); }",
		Expects: []expectation{
			{Mode: expectLine, Text: "a\nb"},
			{Mode: expectRegex, Text: "^x\ny$"},
		},
		Timeout:    3,
		Befores:    []string{"./testprogs/uprobe_test", "./testprogs/syscall nanosleep 1e8"},
		After:      "./testprogs/syscall read",
		Env:        []string{"BPFTRACE_A=1", "BPFTRACE_B=2"},
		Arch:       []string{"x86_64", "!s390x"},
		Features:   []string{"btf", "!fentry", "dwarf"},
		Requires:   []string{"bpftool"},
		WillFail:   true,
		LocalizeTS: -1,
	}
	if !reflect.DeepEqual(first, want) {
		t.Errorf("first:\n got %+v\nwant %+v", first, want)
	}
	second := tests[1]
	if second.Err == nil || !strings.Contains(second.Err.Error(), "EXPECT_FILE or EXPECT_JSON with other") {
		t.Errorf("second: want the EXPECT_FILE-with-others error, got %v", second.Err)
	}
	if second.Run != `{{BPFTRACE}}	-e 'i:ms:1 { exit(); }'` {
		t.Errorf("second: RUN %q", second.Run)
	}
	third := tests[2]
	if third.Err != nil || third.ReturnCode != 69 || third.Name != "ignored second name" ||
		third.Timeout != defaultTimeout || third.KernelMin != "5.3" || third.SkipIfEnv != "CI=true" {
		t.Errorf("third: %+v", third)
	}
	if third.ID() != "basic.ignored second name" {
		t.Errorf("ID %q", third.ID())
	}
}

func TestParseTestErrors(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"PROG begin {}", "EXPECT x"}, "no NAME"},
		{[]string{"NAME n", "EXPECT x"}, "neither RUN nor PROG"},
		{[]string{"NAME n", "RUN a", "PROG b", "EXPECT x"}, "both RUN and PROG"},
		{[]string{"NAME n", "PROG b"}, "nothing expected"},
		{[]string{"NAME n", "PROG b", "EXPECT x", "FOO bar"}, `unknown directive "FOO"`},
		{[]string{"NAME n", "PROG b", "EXPECT x", "TIMEOUT soon"}, "TIMEOUT"},
		{[]string{"NAME n", "PROG b", "EXPECT x", "WILL_FAIL", "RETURN_CODE 2"}, "both WILL_FAIL and RETURN_CODE"},
		{[]string{"NAME n", "PROG b", "EXPECT x", "NEW_PIDNS"}, "NEW_PIDNS without a BEFORE"},
		// A line indented less than its directive does not continue it.
		{[]string{"NAME n", "PROG b {", " }", "EXPECT x"}, `unknown directive "}"`},
	} {
		got := parseTest("f", 1, tc.lines)
		if got.Err == nil || !strings.Contains(got.Err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.lines, got.Err, tc.want)
		}
	}
}
