package lang

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// The grammar's hottest leaves are one token out of a set: an operator, a
// literal, a type keyword. Written as participle alternatives of literals,
// each costs the parser a branch per alternative tried, at every operand
// and after it; as participle.Parseable types they cost one map lookup or
// switch. Each matches a token by its value alone, as a literal in a
// grammar tag does, or by its type, as a token name does, and returns
// participle.NextMatch where none of its set stands.

// binOp is a binary operator, with where it stands.
type binOp struct {
	Pos lexer.Position
	Op  string
}

// binaryOps are the operators of binOp.
var binaryOps = map[string]bool{
	"||": true, "&&": true, "|": true, "^": true, "&": true, "==": true, "!=": true,
	"<=": true, ">=": true, "<": true, ">": true, "<<": true, ">>": true,
	"+": true, "-": true, "*": true, "/": true, "%": true,
}

func (o *binOp) Parse(lex *lexer.PeekingLexer) error {
	return matchOp(lex, binaryOps, &o.Pos, &o.Op, "")
}

// predOp is a binary operator in a predicate: any but "/", which closes
// the predicate.
type predOp binOp

func (o *predOp) Parse(lex *lexer.PeekingLexer) error {
	return matchOp(lex, binaryOps, &o.Pos, &o.Op, "/")
}

// unaryOp is a prefix operator, with where it stands.
type unaryOp struct {
	Pos lexer.Position
	Op  string
}

var unaryOps = map[string]bool{"!": true, "~": true, "-": true, "+": true, "*": true, "&": true, "++": true, "--": true}

func (o *unaryOp) Parse(lex *lexer.PeekingLexer) error {
	return matchOp(lex, unaryOps, &o.Pos, &o.Op, "")
}

// matchOp consumes the next token if its value is in set and is not
// except, and records it.
func matchOp(lex *lexer.PeekingLexer, set map[string]bool, pos *lexer.Position, op *string, except string) error {
	t := lex.Peek()
	if !set[t.Value] || t.Value == except {
		return participle.NextMatch
	}
	lex.Next()
	*pos, *op = t.Pos, t.Value
	return nil
}

// assignOp is an assignment operator: = or a compound one such as +=.
type assignOp string

var assignOps = map[string]bool{
	"=": true, "+=": true, "-=": true, "*=": true, "/=": true, "%=": true,
	"&=": true, "|=": true, "^=": true, "<<=": true, ">>=": true,
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

// suffixStart matches, without consuming it, the token a suffix starts
// with: "->", ".", "[", or a postfix "++" or "--". Where none stands it ends the list of suffixes
// before participle tries each kind; where one does it records where.
type suffixStart struct {
	Pos lexer.Position
}

func (s *suffixStart) Parse(lex *lexer.PeekingLexer) error {
	t := lex.Peek()
	switch t.Value {
	case "->", ".", "[", "++", "--":
		s.Pos = t.Pos
		return nil
	}
	return participle.NextMatch
}

// stmtKeyword matches, without consuming it, the keyword that starts an
// if, unroll, for, while, let or return statement.
type stmtKeyword struct{}

func (*stmtKeyword) Parse(lex *lexer.PeekingLexer) error {
	switch lex.Peek().Value {
	case "if", "unroll", "for", "while", "let", "return":
		return nil
	}
	return participle.NextMatch
}

// jump is a break or a continue statement's keyword.
type jump string

func (j *jump) Parse(lex *lexer.PeekingLexer) error {
	switch v := lex.Peek().Value; v {
	case "break", "continue":
		lex.Next()
		*j = jump(v)
		return nil
	}
	return participle.NextMatch
}

// callStart matches, without consuming them, a name and the "(" after
// it: where no "(" follows the name, the operand is no call, and
// participle need not build a pCall to find out. It fails there as pCall
// would, past the name and expecting "(", since participle may report
// that failure should the script turn out not to parse.
type callStart struct{}

func (*callStart) Parse(lex *lexer.PeekingLexer) error {
	if t := lex.Peek(); t.Type != tokIdent || keywords[t.Value] {
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

// atom is a one-token primary expression: an integer or string literal,
// ${NAME}, $N, a $variable, or a map that no "[" follows (one that does
// is left to pMapRef, which parses its keys).
type atom struct {
	Type  lexer.TokenType
	Value string
}

func (a *atom) Parse(lex *lexer.PeekingLexer) error {
	t := lex.Peek()
	switch t.Type {
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
		if u := lex.Peek(); u.Type == tokIdent && durationUnits[u.Value] != 0 && u.Pos.Offset == t.Pos.Offset+len(t.Value) && !isHexLiteral(t.Value) {
			lex.Next()
			a.Type, a.Value = t.Type, t.Value+u.Value
			return nil
		}
	case tokString, tokParam, tokPosParam, tokVar:
		lex.Next()
	default:
		return participle.NextMatch
	}
	a.Type, a.Value = t.Type, t.Value
	return nil
}

// durationUnits are the units a duration literal may have, in
// nanoseconds.
var durationUnits = map[string]uint64{
	"ns": 1, "us": 1e3, "ms": 1e6, "s": 1e9, "m": 60e9, "h": 3600e9, "d": 86400e9,
}

func isHexLiteral(s string) bool { return len(s) > 1 && (s[1] == 'x' || s[1] == 'X') }

// typeTag is the keyword of a tagged type: struct, union or enum.
type typeTag string

func (k *typeTag) Parse(lex *lexer.PeekingLexer) error {
	switch v := lex.Peek().Value; v {
	case "struct", "union", "enum":
		lex.Next()
		*k = typeTag(v)
		return nil
	}
	return participle.NextMatch
}

// basicType is the name of a basic type in a cast or a type argument.
type basicType string

var basicTypes = map[string]bool{
	"int8": true, "int16": true, "int32": true, "int64": true,
	"uint8": true, "uint16": true, "uint32": true, "uint64": true,
	"u8": true, "u16": true, "u32": true, "u64": true,
	"s8": true, "s16": true, "s32": true, "s64": true,
	"__u8": true, "__u16": true, "__u32": true, "__u64": true,
	"__s8": true, "__s16": true, "__s32": true, "__s64": true,
	"int8_t": true, "int16_t": true, "int32_t": true, "int64_t": true,
	"uint8_t": true, "uint16_t": true, "uint32_t": true, "uint64_t": true,
	"int": true, "long": true, "short": true, "char": true, "unsigned": true,
	"signed": true, "bool": true, "size_t": true, "void": true,
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

// name is an identifier standing as an operand: a builtin, an enum value,
// a macro called without arguments. The language's keywords are not
// names, so that a misplaced keyword ("else" without its "if") is an
// error where it stands rather than an operand.
type name string

// keywords are the words that start statements and declarations.
var keywords = map[string]bool{
	"if": true, "else": true, "for": true, "while": true, "unroll": true, "let": true,
	"return": true, "break": true, "continue": true, "macro": true, "config": true,
}

func (n *name) Parse(lex *lexer.PeekingLexer) error {
	t := lex.Peek()
	if t.Type != tokIdent || keywords[t.Value] {
		return participle.NextMatch
	}
	lex.Next()
	*n = name(t.Value)
	return nil
}
