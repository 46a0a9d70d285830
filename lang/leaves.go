package lang

// The grammar's leaves that are one token out of a set: an operator, a
// literal, a type keyword. In the grammar tags they are participle
// Parseables (their Parse methods are in grammar_oracle_test.go, with the
// participle parser they serve); the hand-written parser matches them
// itself (parse_expr.go, parse_stmt.go) with the sets below. Each matches
// a token by its value alone, as a literal in a grammar tag does, or by
// its type, as a token name does.

// binOp is a binary operator, with where it stands.
type binOp struct {
	Pos position
	Op  string
}

// binaryOps are the operators of binOp.
var binaryOps = map[string]bool{
	"||": true, "&&": true, "|": true, "^": true, "&": true, "==": true, "!=": true,
	"<=": true, ">=": true, "<": true, ">": true, "<<": true, ">>": true,
	"+": true, "-": true, "*": true, "/": true, "%": true,
}

// predOp is a binary operator in a predicate: any but "/", which closes
// the predicate.
type predOp binOp

// unaryOp is a prefix operator, with where it stands.
type unaryOp struct {
	Pos position
	Op  string
}

var unaryOps = map[string]bool{"!": true, "~": true, "-": true, "+": true, "*": true, "&": true, "++": true, "--": true}

// assignOp is an assignment operator: = or a compound one such as +=.
type assignOp string

var assignOps = map[string]bool{
	"=": true, "+=": true, "-=": true, "*=": true, "/=": true, "%=": true,
	"&=": true, "|=": true, "^=": true, "<<=": true, ">>=": true,
}

// suffixStart matches, without consuming it, the token a suffix starts
// with: "->", ".", "[", or a postfix "++" or "--". Where none stands it ends the list of suffixes
// before participle tries each kind; where one does it records where.
type suffixStart struct {
	Pos position
}

// stmtKeyword matches, without consuming it, the keyword that starts an
// if, unroll, for, while, let or return statement.
type stmtKeyword struct{}

// jump is a break or a continue statement's keyword.
type jump string

// callStart matches, without consuming them, a name and the "(" after
// it: where no "(" follows the name, the operand is no call, and
// participle need not build a pCall to find out. It fails there as pCall
// would, past the name and expecting "(", since participle may report
// that failure should the script turn out not to parse.
type callStart struct{}

// atom is a one-token primary expression: an integer or string literal,
// ${NAME}, $N, a $variable, or a map that no "[" follows (one that does
// is left to pMapRef, which parses its keys).
type atom struct {
	Type  tokenType
	Value string
}

// durationUnits are the units a duration literal may have, in
// nanoseconds.
var durationUnits = map[string]uint64{
	"ns": 1, "us": 1e3, "ms": 1e6, "s": 1e9, "m": 60e9, "h": 3600e9, "d": 86400e9,
}

func isHexLiteral(s string) bool { return len(s) > 1 && (s[1] == 'x' || s[1] == 'X') }

// typeTag is the keyword of a tagged type: struct, union or enum.
type typeTag string

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

// The sets above as switches, for the parser's hottest tests: a switch
// on a short string is a few comparisons where a map lookup hashes it.
// TestOperatorSwitches keeps each the same set as its map.

// precedenceOf is a binary operator's precedence in C, higher binding
// tighter, 0 for a string that is none.
func precedenceOf(op string) int {
	switch op {
	case "||":
		return 1
	case "&&":
		return 2
	case "|":
		return 3
	case "^":
		return 4
	case "&":
		return 5
	case "==", "!=":
		return 6
	case "<", "<=", ">", ">=":
		return 7
	case "<<", ">>":
		return 8
	case "+", "-":
		return 9
	case "*", "/", "%":
		return 10
	}
	return 0
}

// isBinaryOp reports whether v is in binaryOps.
func isBinaryOp(v string) bool { return precedenceOf(v) > 0 }

// isUnaryOp reports whether v is in unaryOps.
func isUnaryOp(v string) bool {
	switch v {
	case "!", "~", "-", "+", "*", "&", "++", "--":
		return true
	}
	return false
}

// isAssignOp reports whether v is in assignOps.
func isAssignOp(v string) bool {
	switch v {
	case "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=":
		return true
	}
	return false
}

// isKeyword reports whether v is in keywords.
func isKeyword(v string) bool {
	switch v {
	case "if", "else", "for", "while", "unroll", "let", "return", "break", "continue", "macro", "config":
		return true
	}
	return false
}
