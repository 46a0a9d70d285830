package lang

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// participle's parser, built from the grammar tags of grammar.go and
// grammar_decl.go, is the oracle the hand-written parser (parser.go) must
// agree with: the same parse tree for every script that parses, and for
// every script that does not, an error at the same line and column with
// the same message, but for the messages listed in oracleMessage. It
// lives here, in a test file, so that its reflection-built parser is not
// in the binary. The tests that compare the two are in
// parser_oracle_test.go.

// The script lexer as participle's lexer.Definition.

// tokenSymbols names the token types for the grammar's tags and Elide.
var tokenSymbols = map[string]lexer.TokenType{
	"EOF":         lexer.EOF,
	"Comment":     lexer.TokenType(tokComment),
	"Directive":   lexer.TokenType(tokDirective),
	"Whitespace":  lexer.TokenType(tokWhitespace),
	"AttachPoint": lexer.TokenType(tokAttachPoint),
	"RootClose":   lexer.TokenType(tokRootClose),
	"String":      lexer.TokenType(tokString),
	"Param":       lexer.TokenType(tokParam),
	"PosParam":    lexer.TokenType(tokPosParam),
	"Var":         lexer.TokenType(tokVar),
	"Map":         lexer.TokenType(tokMap),
	"Int":         lexer.TokenType(tokInt),
	"Ident":       lexer.TokenType(tokIdent),
	"Open":        lexer.TokenType(tokOpen),
	"Close":       lexer.TokenType(tokClose),
	"Op":          lexer.TokenType(tokOp),
}

// Symbols maps the token types' names to the types.
func (d scriptLexer) Symbols() map[string]lexer.TokenType { return tokenSymbols }

// Lex reads all of r and lexes it.
func (d scriptLexer) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexString(filename, string(b))
}

// LexString lexes src; participle's ParseString takes this path.
func (d scriptLexer) LexString(filename, src string) (lexer.Lexer, error) {
	return participleScanner{d.scanner(filename, src)}, nil
}

// participleScanner is a scanner as a participle lexer.Lexer.
type participleScanner struct{ s *scanner }

// Next returns the next token, or the lexer's error, in participle's types.
func (p participleScanner) Next() (lexer.Token, error) {
	t, err := p.s.Next()
	if err != nil {
		var lerr *lexError
		if errors.As(err, &lerr) {
			return lexer.Token{}, &lexer.Error{Pos: p.position(lerr.Pos), Msg: lerr.Msg}
		}
		return lexer.Token{}, err
	}
	return lexer.Token{Type: lexer.TokenType(t.Type), Value: t.Value, Pos: p.position(t.Pos)}, nil
}

// position is pos in participle's type, with the file's name.
func (p participleScanner) position(pos tokenPos) lexer.Position {
	return lexer.Position{Filename: p.s.filename, Offset: pos.Offset, Line: pos.Line, Column: pos.Column}
}

// oracleParser is built on first use.
var oracleParser = sync.OnceValue(buildOracleParser)

// buildOracleParser builds participle's parser of the script grammar.
func buildOracleParser() *participle.Parser[pProgram] {
	return participle.MustBuild[pProgram](
		participle.Lexer(scriptLexer{maxNesting: MaxNesting, skipElided: true, macros: true}),
		participle.UseLookahead(4),
	)
}

// oracleParse parses src with participle, turning its error into ours as
// Parse did when participle was its parser.
func oracleParse(filename, src string) (*pProgram, *Error) {
	tree, err := oracleParser().ParseString(filename, src)
	if err != nil {
		return nil, parseError(src, err)
	}
	dropAbandonedCasts(reflect.ValueOf(tree))
	return tree, nil
}

// dropAbandonedCasts clears, everywhere in a tree participle built, the
// type a parenthesis kept from a cast alternative it gave up: in
// `(int)++]` the cast's operand fails after `(int)` matched, participle
// goes on to read `(int)` as a parenthesised expression, and leaves Cast
// set beside Elems (a cast without its operand). The hand-written parser
// keeps nothing of an alternative it leaves, which is what the builder
// reads; the leftover is participle's, not the grammar's.
func dropAbandonedCasts(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return
		}
		if !v.CanInterface() {
			return // unexported: no part of the tree
		}
		if p, ok := v.Interface().(*pParen); ok && p.Cast != nil && p.CastX == nil {
			p.Cast = nil
		}
		dropAbandonedCasts(v.Elem())
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			dropAbandonedCasts(v.Field(i))
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			dropAbandonedCasts(v.Index(i))
		}
	}
}

// ParsersAgree parses src with both parsers and describes how they
// differ, or returns nil if they agree.
func ParsersAgree(filename, src string) error {
	if err := fastPathAgrees(filename, src); err != nil {
		return err
	}
	want, werr := oracleParse(filename, src)
	got, gerr := parseTree(filename, src)
	switch {
	case werr != nil && gerr != nil:
		if werr.Pos != gerr.Pos || oracleMessage(werr.Msg) != gerr.Msg {
			return fmt.Errorf("participle: %v: %s\nhand-written: %v: %s", werr.Pos, werr.Msg, gerr.Pos, gerr.Msg)
		}
		return nil
	case werr != nil:
		return fmt.Errorf("participle rejects it (%v: %s), the hand-written parser does not", werr.Pos, werr.Msg)
	case gerr != nil:
		return fmt.Errorf("the hand-written parser rejects it (%v: %s), participle does not", gerr.Pos, gerr.Msg)
	}
	if !reflect.DeepEqual(want, got) {
		return fmt.Errorf("parse trees differ:\nparticiple:   %s\nhand-written: %s", dumpTree(want), dumpTree(got))
	}
	return nil
}

// dumpTree renders a parse tree for a failure message.
func dumpTree(v any) string {
	var b strings.Builder
	dumpValue(&b, reflect.ValueOf(v))
	return b.String()
}

func dumpValue(b *strings.Builder, v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			b.WriteString("nil")
			return
		}
		b.WriteString("&")
		dumpValue(b, v.Elem())
	case reflect.Struct:
		if p, ok := v.Interface().(position); ok {
			fmt.Fprintf(b, "%d:%d", p.Line, p.Column)
			return
		}
		b.WriteString(v.Type().Name() + "{")
		for i := 0; i < v.NumField(); i++ {
			if v.Field(i).IsZero() {
				continue
			}
			fmt.Fprintf(b, "%s:", v.Type().Field(i).Name)
			dumpValue(b, v.Field(i))
			b.WriteString(" ")
		}
		b.WriteString("}")
	case reflect.Slice:
		if v.IsNil() {
			b.WriteString("nil")
			return
		}
		b.WriteString("[")
		for i := 0; i < v.Len(); i++ {
			dumpValue(b, v.Index(i))
			b.WriteString(" ")
		}
		b.WriteString("]")
	default:
		fmt.Fprintf(b, "%q", fmt.Sprint(v.Interface()))
	}
}

// oracleMessage is participle's message as the hand-written parser words
// it: the same but where participle named a part of its grammar rather
// than what a script's author would write.
func oracleMessage(msg string) string {
	head, want, ok := strings.Cut(msg, " (expected ")
	if !ok {
		return msg
	}
	if words, ok := renamedExpectations[strings.TrimSuffix(want, ")")]; ok {
		return head + " (expected " + words + ")"
	}
	return msg
}

// renamedExpectations are participle's words for what it expected that
// the hand-written parser says otherwise.
var renamedExpectations = map[string]string{
	"PPredicate":      expectPredicate,
	"(PIf":            expectElse,
	`(("("`:           expectFor,
	"PForHead":        expectForHead,
	"((an expression": expectForRange,
	"PDeclType":       expectDeclType,
	"(a name":         expectMember,
	"((a type":        expectParen,
	"PRecordField":    expectRecordField,
	"PConstLabel":     expectConstLabel,
	"(a string":       expectConstValue,
	"PLabelName":      expectLabel,
	`(("="`:           expectConfig,
	"PMacroParam":     expectMacroParam,
	`("}"`:            expectStructEnd,
}

// parseError converts participle's error into ours, keeping its position
// inside the source and rewording its messages for people who write
// scripts rather than grammars.
func parseError(src string, err error) *Error {
	var perr participle.Error
	if !errors.As(err, &perr) {
		return &Error{Pos: Pos{Line: 1, Column: 1}, Msg: err.Error()}
	}
	p := perr.Position()
	at := Pos{Offset: p.Offset, Line: p.Line, Column: p.Column}
	if at.Offset > len(src) || at.Line < 1 {
		at = endPos(src)
	}
	msg := perr.Message()
	msg = strings.Replace(msg, `unexpected token "<EOF>"`, "unexpected end of script", 1)
	if strings.HasPrefix(msg, `lexer: invalid input text "`) && at.Offset < len(src) {
		msg = unexpectedChar(src[at.Offset:])
	}
	return &Error{Pos: at, Msg: plainExpected(msg)}
}

// plainExpected rewrites participle's "(expected ...)" suffix, which spells
// out the rest of the grammar rule that failed (`")" PUnary`), as the first
// thing the rule wanted, in the words a script's author knows.
func plainExpected(msg string) string {
	head, want, ok := strings.Cut(msg, " (expected ")
	if !ok || !strings.HasSuffix(want, ")") {
		return msg
	}
	want = strings.TrimSuffix(want, ")")
	first := want
	if strings.HasPrefix(want, `"`) {
		if end := strings.Index(want[1:], `"`); end >= 0 {
			first = want[:end+2]
		}
	} else if sp := strings.IndexByte(want, ' '); sp >= 0 {
		first = want[:sp]
	}
	first = strings.TrimRight(first, "?*+")
	return head + " (expected " + grammarWords.Replace(first) + ")"
}

// grammarWords names the grammar's parts as participle calls them.
var grammarWords = strings.NewReplacer(
	"PBlock", `"{"`,
	"PAttach", "an attach point",
	"PExpr", "an expression",
	"PUnary", "an expression",
	"PStmt", "a statement",
	"PTypeName", "a type",
	"PParamValue", "a value",
	"PProbe", "a probe",
	"PAlt", `"(" and the alternative's probes`,
	"PItem", "a probe",
	"PCField", "a struct member",
	"PArg", "an argument",
	"<ident>", "a name",
	"<int>", "a number",
	"<string>", "a string",
	"<map>", "a map",
	"<var>", "a variable",
	"<attachpoint>", "an attach point",
)

// The grammar leaves as participle Parseables: see leaves.go.

// matchOp consumes the next token if its value is in set and is not
// except, and records it.
func matchOp(lex *lexer.PeekingLexer, set map[string]bool, pos *position, op *string, except string) error {
	t := lex.Peek()
	if !set[t.Value] || t.Value == except {
		return participle.NextMatch
	}
	lex.Next()
	*pos, *op = ownPosition(t.Pos), t.Value
	return nil
}

func (o *binOp) Parse(lex *lexer.PeekingLexer) error {
	return matchOp(lex, binaryOps, &o.Pos, &o.Op, "")
}

func (o *predOp) Parse(lex *lexer.PeekingLexer) error {
	return matchOp(lex, binaryOps, &o.Pos, &o.Op, "/")
}

func (o *unaryOp) Parse(lex *lexer.PeekingLexer) error {
	return matchOp(lex, unaryOps, &o.Pos, &o.Op, "")
}

func (o *assignOp) Parse(lex *lexer.PeekingLexer) error {
	v := lex.Peek().Value
	if !assignOps[v] {
		return participle.NextMatch
	}
	lex.Next()
	*o = assignOp(v)
	return nil
}

func (s *suffixStart) Parse(lex *lexer.PeekingLexer) error {
	t := lex.Peek()
	switch t.Value {
	case "->", ".", "[", "++", "--":
		s.Pos = ownPosition(t.Pos)
		return nil
	}
	return participle.NextMatch
}

func (*stmtKeyword) Parse(lex *lexer.PeekingLexer) error {
	switch lex.Peek().Value {
	case "if", "unroll", "for", "while", "let", "return":
		return nil
	}
	return participle.NextMatch
}

func (j *jump) Parse(lex *lexer.PeekingLexer) error {
	switch v := lex.Peek().Value; v {
	case "break", "continue":
		lex.Next()
		*j = jump(v)
		return nil
	}
	return participle.NextMatch
}

func (*callStart) Parse(lex *lexer.PeekingLexer) error {
	if t := lex.Peek(); tokenType(t.Type) != tokIdent || keywords[t.Value] {
		return participle.NextMatch
	}
	at := lex.MakeCheckpoint()
	lex.Next()
	if next := lex.Peek(); next.Value != "(" {
		return &participle.UnexpectedTokenError{Unexpected: *next, Expect: `"("`}
	}
	lex.LoadCheckpoint(at)
	return nil
}

func (a *atom) Parse(lex *lexer.PeekingLexer) error {
	t := lex.Peek()
	switch tokenType(t.Type) {
	case tokMap:
		at := lex.MakeCheckpoint()
		lex.Next()
		if lex.Peek().Value == "[" {
			lex.LoadCheckpoint(at)
			return participle.NextMatch
		}
	case tokInt:
		lex.Next()
		// A duration: a decimal number with a unit right after it
		// (10ms), which the lexer gives as a number and a name.
		if u := lex.Peek(); tokenType(u.Type) == tokIdent && durationUnits[u.Value] != 0 && u.Pos.Offset == t.Pos.Offset+len(t.Value) && !isHexLiteral(t.Value) {
			lex.Next()
			a.Type, a.Value = tokenType(t.Type), t.Value+u.Value
			return nil
		}
	case tokString, tokParam, tokPosParam, tokVar:
		lex.Next()
	default:
		return participle.NextMatch
	}
	a.Type, a.Value = tokenType(t.Type), t.Value
	return nil
}

func (k *typeTag) Parse(lex *lexer.PeekingLexer) error {
	switch v := lex.Peek().Value; v {
	case "struct", "union", "enum":
		lex.Next()
		*k = typeTag(v)
		return nil
	}
	return participle.NextMatch
}

func (k *basicType) Parse(lex *lexer.PeekingLexer) error {
	v := lex.Peek().Value
	if !basicTypes[v] {
		return participle.NextMatch
	}
	lex.Next()
	*k = basicType(v)
	return nil
}

func (n *name) Parse(lex *lexer.PeekingLexer) error {
	t := lex.Peek()
	if tokenType(t.Type) != tokIdent || keywords[t.Value] {
		return participle.NextMatch
	}
	lex.Next()
	*n = name(t.Value)
	return nil
}

// fastPathAgrees checks the parser's fast path (parse_fast.go) against
// the exact parser and the builder: where the fast path reads a script,
// the exact path must read it too, into the same program.
func fastPathAgrees(filename, src string) error {
	toks, lerr := lexTokens(filename, src)
	if lerr != nil {
		return nil
	}
	got, ok := fastParse(toks)
	if !ok {
		return nil
	}
	tree, perr := parseTokens(filename, src, toks)
	if perr != nil {
		return fmt.Errorf("the fast path reads it, the exact parser rejects it (%v: %s)", perr.Pos, perr.Msg)
	}
	b := &builder{}
	want := b.program(tree)
	if len(b.errs) > 0 {
		return fmt.Errorf("the fast path reads it, the builder rejects it: %v", b.errs)
	}
	if !reflect.DeepEqual(want, got) {
		return fmt.Errorf("the fast path's program differs:\nexact: %s\nfast:  %s", Dump(want, nil), Dump(got, nil))
	}
	return nil
}

// FastPathTaken reports whether Parse reads src on its fast path.
func FastPathTaken(filename, src string) bool {
	toks, err := lexTokens(filename, src)
	if err != nil {
		return false
	}
	_, ok := fastParse(toks)
	return ok
}

// ownPosition is a participle position as the parse tree holds one.
func ownPosition(p lexer.Position) position {
	return position(p)
}
