package lang_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	. "github.com/ntrace/ntrace/lang"
)

// The hand-written parser against participle's, the oracle
// (grammar_oracle_test.go): the same parse tree, or an error at the same
// line and column with the same message.

// oracleScripts are the scripts of the repository: the recipes, the code
// generator's and the end-to-end tests' scripts, and the fuzz corpora.
func oracleScripts(t testing.TB) map[string]string {
	scripts := map[string]string{}
	for _, pattern := range []string{"../scripts/*.nt", "../codegen/testdata/*.nt", "../e2e/testdata/*.nt", "../e2e/testdata/*/*.nt", "../deploy/*.nt", "testdata/*.nt"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			scripts[p] = string(b)
		}
	}
	corpora, _ := filepath.Glob("testdata/fuzz/*/*")
	for _, p := range corpora {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if src, ok := corpusString(string(b)); ok {
			scripts[p] = src
		}
	}
	return scripts
}

// corpusString is the string a one-string fuzz corpus file holds.
func corpusString(file string) (string, bool) {
	lines := strings.SplitN(file, "\n", 3)
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "go test fuzz v1") {
		return "", false
	}
	arg, ok := strings.CutPrefix(strings.TrimSpace(lines[1]), "string(")
	if !ok {
		return "", false
	}
	src, err := strconv.Unquote(strings.TrimSuffix(arg, ")"))
	return src, err == nil
}

// TestParserOracleScripts: every script in the repository, and each of
// its mutations (a token deleted, or the script cut after a token), parses
// alike with both parsers.
func TestParserOracleScripts(t *testing.T) {
	scripts := oracleScripts(t)
	if len(scripts) < 20 {
		t.Fatalf("found %d scripts, want the repository's", len(scripts))
	}
	for path, src := range scripts {
		if err := ParsersAgree("t.nt", src); err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		ms := mutations(src)
		// participle takes milliseconds a long script: a few hundred of
		// each script's mutations, spread over it, are enough.
		step := max(1, len(ms)/300)
		for i := 0; i < len(ms); i += step {
			m := ms[i]
			if err := ParsersAgree("t.nt", m); err != nil {
				t.Errorf("%s mutation %d:\n%s\n%v", path, i, m, err)
				break
			}
		}
	}
}

// TestParserOracleForms: each of the parse goldens' forms and their
// mutations parses alike with both parsers.
func TestParserOracleForms(t *testing.T) {
	for i, src := range parseForms {
		if err := ParsersAgree("t.nt", src); err != nil {
			t.Errorf("form %d: %s\n%v", i, src, err)
		}
		for j, m := range mutations(src) {
			if err := ParsersAgree("t.nt", m); err != nil {
				t.Errorf("form %d mutation %d: %s\n%v", i, j, m, err)
			}
		}
	}
}

// FuzzParserOracle: whatever the input, both parsers agree.
func FuzzParserOracle(f *testing.F) {
	seedScripts(f)
	for _, src := range parseForms {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 4096 {
			return
		}
		if err := ParsersAgree("fuzz.nt", src); err != nil {
			t.Fatal(err)
		}
	})
}

// TestParserOracleTestStrings: every string in the tests of the packages
// that parse scripts (the scripts the checker's, the code generator's and
// the end-to-end tests run, and the mistakes they expect errors for)
// parses alike with both parsers.
func TestParserOracleTestStrings(t *testing.T) {
	var files []string
	for _, pattern := range []string{"*_test.go", "../codegen/*_test.go", "../e2e/*_test.go", "../cmd/ntrace/*_test.go", "../runtime/*_test.go"} {
		paths, _ := filepath.Glob(pattern)
		files = append(files, paths...)
	}
	n := 0
	fset := token.NewFileSet()
	for _, path := range files {
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(node ast.Node) bool {
			lit, ok := node.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			src, err := strconv.Unquote(lit.Value)
			if err != nil || len(src) < 3 || len(src) > 20000 || !strings.ContainsAny(src, "{:") {
				return true
			}
			n++
			if err := ParsersAgree("t.nt", src); err != nil {
				t.Errorf("%s: %q\n%v", fset.Position(lit.Pos()), src, err)
			}
			return true
		})
	}
	if n < 1000 {
		t.Fatalf("compared %d strings, want the tests' thousands", n)
	}
	t.Logf("%d strings", n)
}

// TestFastPathTakesRecipes: the bundled recipes, whose parse is most of
// start-up's, parse on the fast path rather than falling back to the
// exact parser (ParsersAgree checks the two agree).
func TestFastPathTakesRecipes(t *testing.T) {
	paths, _ := filepath.Glob("../scripts/*.nt")
	if len(paths) == 0 {
		t.Fatal("no recipes in ../scripts")
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !FastPathTaken(p, string(src)) {
			t.Errorf("%s: falls back to the exact parser", p)
		}
	}
}
