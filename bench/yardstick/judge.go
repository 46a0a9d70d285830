package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// judgement is what a tool's output and exit say about one test.
type judgement struct {
	Pass   bool
	Reason string // why not, one line; empty on a pass
	// RunnerError is set when the runner could not judge (an expected
	// file missing, a regular expression Go cannot compile).
	RunnerError bool
}

// judge applies a test's rules to one run: exit status first (unless the
// run timed out), then every expectation. Output is everything the tool
// wrote to stdout and stderr, from the attach notice on when the test
// compares the whole output.
func judge(t *suiteTest, output string, exitCode int, timedOut bool, testsDir string) judgement {
	if !timedOut {
		switch {
		case exitCode != t.ReturnCode && !t.WillFail:
			return judgement{Reason: fmt.Sprintf("exit status %d, want %d", exitCode, t.ReturnCode)}
		case exitCode == 0 && t.WillFail:
			return judgement{Reason: "exit status 0, want a failure"}
		}
	}
	for _, e := range t.Expects {
		ok, err := meets(e, output, testsDir, t.LocalizeTS)
		if err != nil {
			return judgement{Reason: fmt.Sprintf("%s %s: %v", e.Mode, oneLine(e.Text, 60), err), RunnerError: true}
		}
		if !ok {
			return judgement{Reason: fmt.Sprintf("%s not met: %s", e.Mode, oneLine(e.Text, 80))}
		}
	}
	// A run that had to be stopped passes too when it met every
	// expectation before, as in the suite's engine.
	return judgement{Pass: true}
}

// meets reports whether output meets one expectation, with the suite's
// semantics: a text line matches a whole line, spaces around it aside;
// regular expressions search line-wise (multi-line mode); a file is
// compared with leading and trailing white space trimmed; JSON is
// compared as values (NDJSON line by line).
func meets(e expectation, output, testsDir string, localizeTS int) (bool, error) {
	switch e.Mode {
	case expectLine, expectNoLine:
		re := regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(e.Text) + `\s*$`)
		return re.MatchString(output) == (e.Mode == expectLine), nil
	case expectRegex, expectNoRegex:
		re, err := compilePythonRegex(e.Text)
		if err != nil {
			return false, err
		}
		return re.MatchString(output) == (e.Mode == expectRegex), nil
	case expectFile:
		want, err := os.ReadFile(filepath.Join(testsDir, e.Text))
		if err != nil {
			return false, err
		}
		text := strings.TrimSpace(string(want))
		if localizeTS >= 0 {
			text = strftime(text, time.Unix(int64(localizeTS), 0).Local())
		}
		return strings.TrimSpace(output) == text, nil
	case expectJSON:
		want, err := os.ReadFile(filepath.Join(testsDir, e.Text))
		if err != nil {
			return false, err
		}
		return sameJSON(output, string(want), strings.HasSuffix(e.Text, ".ndjson"))
	}
	return false, fmt.Errorf("unknown expectation")
}

// bigRepeatRE finds a one-character atom repeated more often than Go's
// regular expressions allow (1000).
var bigRepeatRE = regexp.MustCompile(`(\\?[^\\{}()\[\]])\{(\d{4,})\}`)

// compilePythonRegex compiles one of the suite's (Python) regular
// expressions with Go's, in multi-line mode as the suite searches. \Z is
// Go's \z; a repeat count over 1000 of one character (more than Go
// allows, even nested) is written out; lookarounds and back references have no Go
// equivalent and are an error.
func compilePythonRegex(s string) (*regexp.Regexp, error) {
	s = strings.ReplaceAll(s, `\Z`, `\z`)
	s = bigRepeatRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := bigRepeatRE.FindStringSubmatch(m)
		n, err := strconv.Atoi(sub[2])
		if err != nil || n <= 1000 {
			return m
		}
		return strings.Repeat(sub[1], n)
	})
	re, err := regexp.Compile(`(?m)` + s)
	if err != nil {
		return nil, fmt.Errorf("regular expression Go cannot compile: %w", err)
	}
	return re, nil
}

// sameJSON compares output with the expected JSON as values: one value
// on one line, or for NDJSON as many lines as expected, each the same
// value. Numbers compare by value (1 and 1.0 are equal, as in Python).
func sameJSON(output, want string, ndjson bool) (bool, error) {
	outLines := strings.Split(strings.TrimSpace(output), "\n")
	wantLines := []string{strings.TrimSpace(want)}
	if ndjson {
		wantLines = strings.Split(strings.TrimSpace(want), "\n")
	} else if len(outLines) != 1 {
		return false, nil
	}
	if len(outLines) != len(wantLines) {
		return false, nil
	}
	for i := range wantLines {
		w, err := decodeJSON(wantLines[i])
		if err != nil {
			return false, fmt.Errorf("the expected file: %w", err)
		}
		o, err := decodeJSON(outLines[i])
		if err != nil || !reflect.DeepEqual(o, w) {
			return false, nil
		}
	}
	return true, nil
}

// decodeJSON decodes one value with every number in a canonical exact
// form.
func decodeJSON(s string) (any, error) {
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, fmt.Errorf("more than one JSON value")
	}
	return canonicalNumbers(v), nil
}

func canonicalNumbers(v any) any {
	switch x := v.(type) {
	case json.Number:
		if r, ok := new(big.Rat).SetString(string(x)); ok {
			return r.RatString()
		}
		return string(x)
	case []any:
		for i := range x {
			x[i] = canonicalNumbers(x[i])
		}
	case map[string]any:
		for k := range x {
			x[k] = canonicalNumbers(x[k])
		}
	}
	return v
}

// strftime fills in the time directives of format (those the suite's
// expected files use and their close kin); others stay as written.
func strftime(format string, t time.Time) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' || i+1 == len(format) {
			b.WriteByte(format[i])
			continue
		}
		i++
		switch format[i] {
		case 'H':
			fmt.Fprintf(&b, "%02d", t.Hour())
		case 'M':
			fmt.Fprintf(&b, "%02d", t.Minute())
		case 'S':
			fmt.Fprintf(&b, "%02d", t.Second())
		case 'Y':
			fmt.Fprintf(&b, "%04d", t.Year())
		case 'y':
			fmt.Fprintf(&b, "%02d", t.Year()%100)
		case 'm':
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case 'd':
			fmt.Fprintf(&b, "%02d", t.Day())
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

// decodeOutput turns a tool's bytes into text as the suite's engine
// reads them: bytes that are not UTF-8 become \xNN, and \r\n and \r end
// lines as \n does.
func decodeOutput(b []byte) string {
	var s strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			fmt.Fprintf(&s, `\x%02x`, b[0])
		} else {
			s.Write(b[:n])
		}
		b = b[n:]
	}
	out := strings.ReplaceAll(s.String(), "\r\n", "\n")
	return strings.ReplaceAll(out, "\r", "\n")
}

// oneLine shortens s to one line of at most n bytes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		s = s[:n] + "…"
	}
	return s
}
