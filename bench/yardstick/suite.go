package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// defaultTimeout is the seconds a test may run after its probes are
// attached when it names no TIMEOUT, as the suite's own engine has it.
const defaultTimeout = 5

// expectMode is how one expectation is matched against a tool's output.
type expectMode int

const (
	expectLine    expectMode = iota // EXPECT: some output line is this text, spaces around ignored
	expectNoLine                    // EXPECT_NONE: no output line is this text
	expectRegex                     // EXPECT_REGEX: the regular expression matches somewhere
	expectNoRegex                   // EXPECT_REGEX_NONE: it matches nowhere
	expectFile                      // EXPECT_FILE: the whole output is the file's text
	expectJSON                      // EXPECT_JSON: the output is the file's JSON (or NDJSON)
)

var expectDirectives = map[string]expectMode{
	"EXPECT":            expectLine,
	"EXPECT_NONE":       expectNoLine,
	"EXPECT_REGEX":      expectRegex,
	"EXPECT_REGEX_NONE": expectNoRegex,
	"EXPECT_FILE":       expectFile,
	"EXPECT_JSON":       expectJSON,
}

func (m expectMode) String() string {
	for name, mode := range expectDirectives {
		if mode == m {
			return name
		}
	}
	return "EXPECT?"
}

// exact reports whether the mode compares the whole output, which then
// starts only once the probes are attached.
func (m expectMode) exact() bool { return m == expectFile || m == expectJSON }

// expectation is one EXPECT… directive: its mode and its text (a line, a
// regular expression, or a file path relative to the tests directory).
type expectation struct {
	Mode expectMode
	Text string
}

// suiteTest is one test case of bpftrace's runtime suite, as its
// directives describe it.
type suiteTest struct {
	File       string // the suite file's name (basic, call, …): the category
	Name       string
	Line       int    // line of the test's first directive in File
	Run        string // a shell command with {{BPFTRACE}} in it, or
	Prog       string // a program to run with -e
	Expects    []expectation
	Timeout    int // seconds after attaching
	Befores    []string
	After      string
	Setup      string
	Cleanup    string
	KernelMin  string
	KernelMax  string
	Requires   []string // shell commands that must succeed
	Env        []string // NAME=VALUE
	Arch       []string // x86_64, le, !s390x…
	Features   []string // REQUIRES_FEATURE, "!f" for a feature that must be absent
	WillFail   bool
	NewPIDNS   bool
	SkipIfEnv  string // NAME=VALUE
	ReturnCode int
	LocalizeTS int // LOCALIZE_TIMESTAMPS's epoch, -1 when absent
	Err        error
}

// ID names the test as the suite's engine does: file.name.
func (t *suiteTest) ID() string { return t.File + "." + t.Name }

// hasExact reports whether the test compares the whole output.
func (t *suiteTest) hasExact() bool {
	for _, e := range t.Expects {
		if e.Mode.exact() {
			return true
		}
	}
	return false
}

// readSuite reads every test file under dir (tests/runtime of a bpftrace
// checkout), skipping the engine's own code and the scripts and expected
// outputs that tests refer to. Tests come back in file order, files
// sorted by path.
func readSuite(dir string) ([]*suiteTest, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != dir && (name == "engine" || name == "scripts" || name == "outputs" || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasPrefix(name, ".") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading the suite: %w", err)
	}
	sort.Strings(files)
	var tests []*suiteTest
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("reading the suite: %w", err)
		}
		ts, err := parseSuiteFile(filepath.Base(path), f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", path, err)
		}
		tests = append(tests, ts...)
	}
	return tests, nil
}

// parseSuiteFile splits one suite file into tests. A test is a run of
// non-blank lines; lines starting with # are comments. A line indented
// by at least its directive's name and one space continues the PROG,
// EXPECT or EXPECT_REGEX before it on a new line. A test whose
// directives do not make sense keeps the error in Err.
func parseSuiteFile(file string, r io.Reader) ([]*suiteTest, error) {
	var (
		tests []*suiteTest
		block []string
		start int
	)
	flush := func() {
		if len(block) > 0 {
			tests = append(tests, parseTest(file, start, block))
			block = nil
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		if line == "" {
			flush()
			continue
		}
		if len(block) == 0 {
			start = n
		}
		block = append(block, line)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	return tests, nil
}

// parseTest reads one test's directives.
func parseTest(file string, line int, lines []string) *suiteTest {
	t := &suiteTest{File: file, Line: line, LocalizeTS: -1}
	fail := func(format string, args ...any) *suiteTest {
		if t.Err == nil {
			t.Err = fmt.Errorf(format, args...)
		}
		return t
	}
	numbers := map[string]*int{"TIMEOUT": &t.Timeout, "RETURN_CODE": &t.ReturnCode, "LOCALIZE_TIMESTAMPS": &t.LocalizeTS}
	prev := ""
	for _, raw := range lines {
		// A continuation line is indented past the previous directive's
		// name; only PROG, EXPECT and EXPECT_REGEX continue.
		if n := len(prev) + 1; prev != "" && len(raw) >= n && strings.TrimSpace(raw[:n]) == "" {
			rest := raw[n:]
			switch prev {
			case "PROG":
				t.Prog += "\n" + rest
				continue
			case "EXPECT", "EXPECT_REGEX":
				t.Expects[len(t.Expects)-1].Text += "\n" + rest
				continue
			}
		}
		directive, value := strings.TrimSpace(raw), ""
		if i := strings.IndexFunc(directive, unicode.IsSpace); i >= 0 {
			directive, value = directive[:i], strings.TrimSpace(directive[i:])
		}
		prev = directive
		if n, ok := numbers[directive]; ok {
			v, err := strconv.Atoi(value)
			if err != nil {
				return fail("%s %q: want a number", directive, value)
			}
			*n = v
			continue
		}
		if mode, ok := expectDirectives[directive]; ok {
			t.Expects = append(t.Expects, expectation{Mode: mode, Text: value})
			continue
		}
		switch directive {
		case "NAME":
			t.Name = value
		case "RUN":
			t.Run = value
		case "PROG":
			t.Prog = value
		case "BEFORE":
			t.Befores = append(t.Befores, value)
		case "AFTER":
			t.After = value
		case "SETUP":
			t.Setup = value
		case "CLEANUP":
			t.Cleanup = value
		case "MIN_KERNEL":
			t.KernelMin = value
		case "MAX_KERNEL":
			t.KernelMax = value
		case "REQUIRES":
			t.Requires = append(t.Requires, value)
		case "ENV":
			for _, kv := range strings.Fields(value) {
				if !strings.Contains(kv, "=") {
					return fail("ENV %q: want NAME=VALUE", kv)
				}
				t.Env = append(t.Env, kv)
			}
		case "ARCH":
			t.Arch = nil
			for _, a := range strings.Split(value, "|") {
				t.Arch = append(t.Arch, strings.TrimSpace(a))
			}
		case "REQUIRES_FEATURE":
			t.Features = append(t.Features, strings.Fields(value)...)
		case "WILL_FAIL":
			t.WillFail = true
		case "NEW_PIDNS":
			t.NewPIDNS = true
		case "SKIP_IF_ENV_HAS":
			if !strings.Contains(value, "=") {
				return fail("SKIP_IF_ENV_HAS %q: want NAME=VALUE", value)
			}
			t.SkipIfEnv = value
		default:
			return fail("unknown directive %q", directive)
		}
	}
	return validate(t)
}

// validate checks what every test must have.
func validate(t *suiteTest) *suiteTest {
	if t.Err != nil {
		return t
	}
	exact := 0
	for _, e := range t.Expects {
		if e.Mode.exact() {
			exact++
		}
	}
	switch {
	case t.Name == "":
		t.Err = fmt.Errorf("no NAME")
	case t.Run == "" && t.Prog == "":
		t.Err = fmt.Errorf("neither RUN nor PROG")
	case t.Run != "" && t.Prog != "":
		t.Err = fmt.Errorf("both RUN and PROG")
	case len(t.Expects) == 0 && t.ReturnCode == 0:
		t.Err = fmt.Errorf("nothing expected")
	case exact > 0 && len(t.Expects) > 1:
		t.Err = fmt.Errorf("EXPECT_FILE or EXPECT_JSON with other expectations")
	case t.ReturnCode != 0 && t.WillFail:
		t.Err = fmt.Errorf("both WILL_FAIL and RETURN_CODE")
	case t.NewPIDNS && len(t.Befores) == 0:
		t.Err = fmt.Errorf("NEW_PIDNS without a BEFORE")
	}
	if t.Timeout == 0 {
		t.Timeout = defaultTimeout
	}
	return t
}
