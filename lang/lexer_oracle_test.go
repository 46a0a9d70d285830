package lang

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
)

// regexpLexer is the script lexer as participle's stateful lexer ran it
// from regular expressions, before lexer.go replaced it: the oracle that
// the hand-written one must agree with, token for token and error for
// error. Keep these rules as they were, changed only as the language is
// (1e6 literals, $# and relative uprobe paths since).
func regexpLexer() *lexer.StatefulDefinition {
	return lexer.MustStateful(lexer.Rules{
		"Root": {
			{Name: "Comment", Pattern: `//[^\n]*|/\*(?s:.*?)\*/`},
			{Name: "Directive", Pattern: `#[^\n]*`},
			{Name: "Whitespace", Pattern: `\s+`},
			// ${NAME} may stand for any field of an attach point (attachparams.go).
			{Name: "AttachPoint", Pattern: `(?:uprobe|uretprobe|u|ur|usdt|U):[^\s:,{/]*/(?:\$\{[A-Za-z_][A-Za-z0-9_]*\}|[^\s:,{])*:?(?:\$\{[A-Za-z_][A-Za-z0-9_]*\}|[^\s,{}/])*|[A-Za-z_][A-Za-z0-9_]*:(?:(?:\.\.?)?/(?:\$\{[A-Za-z_][A-Za-z0-9_]*\}|[^\s:,{])*:?)?(?:\$\{[A-Za-z_][A-Za-z0-9_]*\}|[^\s,{}/])*`},
			{Name: "RootClose", Pattern: `\}`},
			lexer.Include("Common"),
		},
		"Block": {
			{Name: "Comment", Pattern: `//[^\n]*|/\*(?s:.*?)\*/`},
			{Name: "Whitespace", Pattern: `\s+`},
			lexer.Include("Common"),
		},
		"Common": {
			{Name: "String", Pattern: `"(?:\\.|[^"\\\n])*"`},
			{Name: "Param", Pattern: `\$\{[A-Za-z_][A-Za-z0-9_]*\}`},
			{Name: "PosParam", Pattern: `\$[0-9]+|\$#`},
			{Name: "Var", Pattern: `\$[A-Za-z_][A-Za-z0-9_]*`},
			{Name: "Map", Pattern: `@[A-Za-z0-9_]*`},
			{Name: "Int", Pattern: `0[xX][0-9a-fA-F_]+|[0-9][0-9_]*(?:[eE][0-9][0-9_]*)?`},
			{Name: "Ident", Pattern: `[A-Za-z_][A-Za-z0-9_]*`},
			{Name: "Open", Pattern: `\{`, Action: lexer.Push("Block")},
			{Name: "Close", Pattern: `\}`, Action: lexer.Pop()},
			{Name: "Op", Pattern: `<<=|>>=|->|\+\+|--|\.\.|&&|\|\||==|!=|<=|>=|<<|>>|\+=|-=|\*=|/=|%=|&=|\|=|\^=|[-+*/%&|^!~<>=?:;,.()\[\]]`},
		},
	})
}

// oracle is built once: compiling its regexps is slow.
var oracle = regexpLexer()

// lexAll lexes src to the end or the first error.
func lexAll(def lexer.Definition, src string) ([]lexer.Token, error) {
	lex, err := def.Lex("t.nt", strings.NewReader(src))
	if err != nil {
		return nil, err
	}
	var toks []lexer.Token
	for {
		tok, err := lex.Next()
		if err != nil {
			return toks, err
		}
		toks = append(toks, tok)
		if tok.EOF() {
			return toks, nil
		}
	}
}

// oracleNesting applies the nesting limit as the parser used to, in a
// second pass over the oracle's tokens: the tokens up to the first that
// nests too deep, and the error there.
func oracleNesting(toks []lexer.Token, lexErr error, limit int) ([]lexer.Token, error) {
	depth, run := 0, 0
	for i, tok := range toks {
		if elided(tokenType(tok.Type)) || tok.EOF() {
			continue
		}
		switch tok.Value {
		case "(", "[", "{", "?":
			depth++
		case ")", "]", "}", ":":
			depth = max(depth-1, 0)
		}
		if isPrefixOp(token{Type: tokenType(tok.Type), Value: tok.Value}) {
			run++
		} else {
			run = 0
		}
		if depth+run > limit {
			return toks[:i], &lexer.Error{Pos: tok.Pos, Msg: fmt.Sprintf("nested more than %d levels deep (brackets, ?: and prefix operators): write it in steps, with $variables", limit)}
		}
	}
	return toks, lexErr
}

// sameLexing fails t unless the hand-written lexer, with each nesting
// limit given (0 for none), yields for src the tokens the oracle yields,
// types, values and positions, and stops with the same error at the same
// place; and, skipping elided tokens, yields the same less those.
func sameLexing(t *testing.T, src string, limits ...int) {
	t.Helper()
	oracleToks, oracleErr := lexAll(oracle, src)
	for _, limit := range limits {
		want, wantErr := oracleToks, oracleErr
		if limit > 0 {
			want, wantErr = oracleNesting(want, wantErr, limit)
		}
		var kept []lexer.Token
		for _, tok := range want {
			if !elided(tokenType(tok.Type)) {
				kept = append(kept, tok)
			}
		}
		for _, skip := range []bool{false, true} {
			want := want
			if skip {
				want = kept
			}
			got, gotErr := lexAll(scriptLexer{maxNesting: limit, skipElided: skip}, src)
			for i := 0; i < len(want) || i < len(got); i++ {
				if i >= len(want) || i >= len(got) || want[i] != got[i] {
					t.Fatalf("%q (limit %d, skip elided %v): token %d differs:\n got %s\nwant %s", src, limit, skip, i, tokenAt(got, i), tokenAt(want, i))
				}
			}
			if errorText(gotErr) != errorText(wantErr) {
				t.Fatalf("%q (limit %d, skip elided %v): error differs:\n got %s\nwant %s", src, limit, skip, errorText(gotErr), errorText(wantErr))
			}
		}
	}
}

func tokenAt(toks []lexer.Token, i int) string {
	if i >= len(toks) {
		return "nothing"
	}
	tok := toks[i]
	return fmt.Sprintf("%s %q at %#v", lexer.SymbolsByRune(oracle)[tok.Type], tok.Value, tok.Pos)
}

// errorText shows an error with its message and position.
func errorText(err error) string {
	if err == nil {
		return "none"
	}
	var lerr *lexer.Error
	if !errors.As(err, &lerr) {
		return fmt.Sprintf("%T %v", err, err)
	}
	return fmt.Sprintf("%q at %#v", lerr.Msg, lerr.Pos)
}

// The token types have the names and numbers the oracle gave them.
func TestLexerSymbols(t *testing.T) {
	if got, want := (scriptLexer{}).Symbols(), oracle.Symbols(); !reflect.DeepEqual(got, want) {
		t.Fatalf("symbols %v, want %v", got, want)
	}
}

// lexerCases are the corners of the rules: each state, each rule's edges,
// the inputs no rule matches, and text that is not UTF-8.
var lexerCases = []string{
	"",
	"BEGIN { exit(); }",
	"tracepoint:syscalls:sys_enter_* /pid == 1/ { @[comm] = count(); }",
	"uprobe:/bin/bash:readline,u:/lib/x.so:f { }",
	"uprobe:/a/${DIR}/b:${FN}x,tracepoint:${A}:b${B}c { $x = ${P}; }",
	"uprobe:/a/${}:f k:${9}:${A x:$:${ y:/${A}{",
	"a:/b:c:d/e f: g:/ h:/:/ i:} j:, k:{ l:/x,y m:/x}y:z}",
	"uprobe:./t/p:f u:../p:g ur:t/p:h usdt:t/x:p:q U:t:x uprobe:lib:f uprobex:t/p k:f/pid/ u:${D}/b:f uprobe:a{b/c",
	"{ 0..5 $a..$b ... a.0.1 1..}",
	"k:f\n\t k:é/ü k:/é:ü",
	"a ? b:c; { a ? b:c : d }",
	"} } { } } { { a } }",
	"#include <x.h>\n{ #x }",
	"// c\n/* a\n b */ /**/ /*/ x */ /* open",
	"{ /* open",
	"{ x / y /= 2 */ 3 }",
	"\"s\" \"a\\\"b\" \"\\\n\" \"open \"nl\n\" \"\\",
	"{ \"é\\é\" \"\\\xff\" }",
	"{ $ $1 $12x $a1 $_ ${A} ${A ${1} $@ }",
	"{ @ @a @1 @_x @[1] }",
	"{ 0 0x 0xg 0x_ 0X1f_ff 1_000 0_x1 09 1.5 }",
	"{ a<<=b>>=c->d++--&&||==!=<=>=<<>>+=-=*=/=%=&=|=^= - + * / % & | ^ ! ~ < > = ? : ; , . ( ) [ ] }",
	"{ <<< >>> --- +++ ->- !== === }",
	"{ x \v y }",
	"{ x ` y }",
	"{ 'c' }",
	"{ x \\ y }",
	"{ \x00 }",
	"\xff\xfe",
	"{ é }",
	"{ abcdefghijklmnopqrstuvwxyz # }",
	"{ #0123456789abcdefghijklmnop }",
	"{ #é\xffé\xffé\xffé\xffé\xffé\xffé\xffé\xffé\xffé\xff }",
	"\f\r\n\t x\r\n  y",
	"BEGIN\n{\n\t$x = 1;\n}\n\n",
	"struct s { int a; } BEGIN { }",
	"param PORT int = 53 \"port\";",
}

// TestLexerMatchesOracle: the hand-written lexer lexes every case as the
// regexp rules did, with and without a (small) nesting limit.
func TestLexerMatchesOracle(t *testing.T) {
	for _, src := range append(lexerCases, lexerSeeds(t)...) {
		sameLexing(t, src, 0, 2, MaxNesting)
	}
}

// FuzzLexer: for any input, the hand-written lexer yields the oracle's
// tokens (type, value, position) or fails where and as it fails, and
// applies the nesting limit where the parser's second pass did.
func FuzzLexer(f *testing.F) {
	for _, src := range append(lexerCases, lexerSeeds(f)...) {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		sameLexing(t, src, 0, 3)
	})
}

// lexerSeeds are the bundled recipes, the golden scripts, the fuzz
// corpus's scripts and the string literals of the lang and e2e tests that
// look like scripts or parts of them.
func lexerSeeds(tb testing.TB) []string {
	var seeds []string
	for _, pattern := range []string{"../scripts/*.nt", "../codegen/testdata/*.nt"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				tb.Fatal(err)
			}
			seeds = append(seeds, string(b))
		}
	}
	corpus, _ := filepath.Glob("testdata/fuzz/*/*")
	for _, p := range corpus {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if lit, ok := strings.CutPrefix(line, "string("); ok {
				if s, err := strconv.Unquote(strings.TrimSuffix(lit, ")")); err == nil {
					seeds = append(seeds, s)
				}
			}
		}
	}
	tests, _ := filepath.Glob("*_test.go")
	e2e, _ := filepath.Glob("../e2e/*_test.go")
	fset := gotoken.NewFileSet()
	for _, p := range append(tests, e2e...) {
		file, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			tb.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == gotoken.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil && strings.ContainsAny(s, "{}:;") {
					seeds = append(seeds, s)
				}
			}
			return true
		})
	}
	return seeds
}
