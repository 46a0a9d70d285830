package lang

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The regular expressions the hand-written readers in formatline.go
// replaced: the oracle they are held to.
var (
	oracleFieldRE = regexp.MustCompile(`^\s*field:(.*?);\s*offset:(\d+);\s*size:(\d+);\s*signed:(\d+);`)
	oracleDeclRE  = regexp.MustCompile(`([A-Za-z_][A-Za-z0-9_]*)\s*(\[[^\]]*\])?\s*$`)
	oracleCharRE  = regexp.MustCompile(`\bchar\b`)
)

// checkFormatLine compares the hand-written readers with the oracle on
// one line.
func checkFormatLine(t *testing.T, line string) {
	t.Helper()
	got, ok := parseFormatField(line)
	m := oracleFieldRE.FindStringSubmatch(line)
	if ok != (m != nil) {
		t.Fatalf("parseFormatField(%q) ok = %v, the regexp says %v", line, ok, m != nil)
	}
	if ok && (got.decl != m[1] || got.offset != m[2] || got.size != m[3] || got.signed != m[4]) {
		t.Fatalf("parseFormatField(%q) = %+v, the regexp says %q", line, got, m[1:])
	}
	for _, decl := range []string{line, strings.TrimSpace(got.decl)} {
		name, ok := declName(decl)
		nm := oracleDeclRE.FindStringSubmatch(decl)
		if ok != (nm != nil) || ok && name != nm[1] {
			t.Fatalf("declName(%q) = %q, %v; the regexp says %q", decl, name, ok, nm)
		}
		if got, want := hasWord(decl, "char"), oracleCharRE.MatchString(decl); got != want {
			t.Fatalf("hasWord(%q, char) = %v, the regexp says %v", decl, got, want)
		}
	}
}

var formatLineSeeds = []string{
	"\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;",
	"\tfield:char comm[16];\toffset:8;\tsize:16;\tsigned:1;",
	"\tfield:__data_loc char[] name;\toffset:8;\tsize:4;\tsigned:1;",
	"\tfield:const char * filename;\toffset:24;\tsize:8;\tsigned:0;",
	"\tfield:enum skb_drop_reason reason;\toffset:36;\tsize:4;\tsigned:0;",
	"\tfield:u8 saddr_v6[16];\toffset:44;\tsize:16;\tsigned:0;",
	"field:int x;offset:1;size:4;signed:1;trailing",
	"field:a;b;offset:1;size:2;signed:0;",
	"field:a; offset:1; size:2; signed:;",
	"field:x[1]]; offset:1;size:2;signed:0;",
	"field:9abc; offset:1;size:2;signed:0;",
	"field:unsigned char; offset:1;size:2;signed:0;",
	"field:charx ychar; offset:1;size:2;signed:0;",
	"  field:; offset:1; size:2; signed:3;",
	"ID: 123", "format:", "print fmt: \"%d\", REC->x", "", "field:",
}

// Every format file of this machine's kernel and of the test data reads
// the same as with the regexps.
func TestFormatReadersMatchRegexps(t *testing.T) {
	for _, l := range formatLineSeeds {
		checkFormatLine(t, l)
	}
	var files []string
	for _, pattern := range []string{"/sys/kernel/tracing/events/*/*/format", "../internal/testenv/testdata/tracepoints/*/*/format"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no format files found, not even the test data's")
	}
	lines := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, l := range strings.Split(string(b), "\n") {
			checkFormatLine(t, l)
			lines++
		}
	}
	t.Logf("%d lines of %d format files", lines, len(files))
}

func FuzzFormatLine(f *testing.F) {
	for _, l := range formatLineSeeds {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, line string) { checkFormatLine(t, line) })
}
