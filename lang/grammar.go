package lang

import (
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// The grammar below is participle's parse tree. It is deliberately close to
// the token stream; build.go turns it into the AST in ast.go (fixing operator
// precedence and splitting attach points), which is what the checker and the
// code generator see. The tokens come from the hand-written lexer in
// lexer.go.

// Warm builds the parser in the background, so that a caller with other
// start-up work to do need not wait for it; Parse waits if it is not done.
func Warm() { go scriptParser() }

// scriptParser is built on first use rather than at package init: building
// it is most of the front end's start-up cost, and commands that parse no
// script (recipes, -l, --help) should not pay it.
var scriptParser = sync.OnceValue(buildParser)

// buildParser builds the script grammar's parser.
func buildParser() *participle.Parser[pProgram] {
	return participle.MustBuild[pProgram](
		participle.Lexer(scriptLexer{maxNesting: MaxNesting}),
		participle.Elide("Comment", "Directive", "Whitespace"),
		participle.UseLookahead(4),
	)
}

type pProgram struct {
	Items []*pItem `parser:"@@*"`
}

type pItem struct {
	Param  *pParam   `parser:"@@"`
	Struct *pCStruct `parser:"| @@"`
	Probe  *pProbe   `parser:"| @@"`
}

// pParam declares a script parameter:
//
//	param PORT int = 53 "destination UDP port to watch";
type pParam struct {
	Pos     lexer.Position
	Name    string       `parser:"'param' @Ident"`
	Type    string       `parser:"@Ident"`
	Default *pParamValue `parser:"( '=' @@ )?"`
	Help    *string      `parser:"@String? ';'?"`
}

// pParamValue is a parameter's default: a number with an optional unit
// (53, 10ms), a string, or true/false.
type pParamValue struct {
	Pos  lexer.Position
	Neg  bool    `parser:"( @'-'?"`
	Int  *string `parser:"  @Int"`
	Unit *string `parser:"  @Ident? )"`
	Str  *string `parser:"| @String"`
	Word *string `parser:"| @Ident"`
}

// pCStruct is a C struct or union definition carried in a script.
type pCStruct struct {
	Pos    lexer.Position
	Tag    string     `parser:"@('struct' | 'union')"`
	Name   string     `parser:"@Ident"`
	Fields []*pCField `parser:"'{' @@* ( '}' | RootClose ) ';'?"`
}

// pCField is one member declaration: the words and stars of its type, then
// its name, then array dimensions. The name is the last word when no star
// separates it ("unsigned long x").
type pCField struct {
	Pos   lexer.Position
	Words []string `parser:"@Ident+"`
	Stars []string `parser:"@'*'*"`
	Name  string   `parser:"@Ident?"`
	Dims  []string `parser:"( '[' @Int ']' )* ';'"`
}

type pProbe struct {
	Pos    lexer.Position
	Attach []*pAttach  `parser:"@@ ( ',' @@ )*"`
	Pred   *pPredicate `parser:"( '/' @@ '/' )?"`
	Body   *pBlock     `parser:"@@"`
}

type pAttach struct {
	Pos  lexer.Position
	Text string `parser:"@( AttachPoint | Ident )"`
}

// pPredicate is an expression whose top-level binary operators exclude "/",
// which closes the predicate. Parenthesise a division inside a predicate.
type pPredicate struct {
	Pos  lexer.Position
	Head *pUnary       `parser:"@@"`
	Ops  []*pPredOp    `parser:"@@*"`
	Tail *pTernaryTail `parser:"@@?"`
}

type pPredOp struct {
	Pos lexer.Position
	Op  string  `parser:"@( '||' | '&&' | '|' | '^' | '&' | '==' | '!=' | '<=' | '>=' | '<' | '>' | '<<' | '>>' | '+' | '-' | '*' | '%' )"`
	X   *pUnary `parser:"@@"`
}

type pBlock struct {
	Pos   lexer.Position
	Stmts []*pStmt `parser:"'{' ';'* ( @@ ';'* )* '}'"`
}

type pStmt struct {
	Pos    lexer.Position
	If     *pIf       `parser:"@@"`
	Unroll *pUnroll   `parser:"| @@"`
	Return bool       `parser:"| @'return'"`
	Expr   *pExprStmt `parser:"| @@"`
}

type pIf struct {
	Pos    lexer.Position
	Cond   *pExpr  `parser:"'if' '(' @@ ')'"`
	Then   *pBlock `parser:"@@"`
	ElseIf *pIf    `parser:"( 'else' ( @@"`
	Else   *pBlock `parser:"| @@ ) )?"`
}

type pUnroll struct {
	Pos   lexer.Position
	Count *pExpr  `parser:"'unroll' '(' @@ ')'"`
	Body  *pBlock `parser:"@@"`
}

type pExprStmt struct {
	Pos    lexer.Position
	X      *pExpr   `parser:"@@"`
	Assign *pAssign `parser:"( @@"`
	IncDec string   `parser:"| @( '++' | '--' ) )?"`
}

type pAssign struct {
	Pos   lexer.Position
	Op    string `parser:"@( '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' )"`
	Value *pExpr `parser:"@@"`
}

type pExpr struct {
	Pos  lexer.Position
	Head *pUnary       `parser:"@@"`
	Ops  []*pBinOp     `parser:"@@*"`
	Tail *pTernaryTail `parser:"@@?"`
}

type pBinOp struct {
	Pos lexer.Position
	Op  string  `parser:"@( '||' | '&&' | '|' | '^' | '&' | '==' | '!=' | '<=' | '>=' | '<' | '>' | '<<' | '>>' | '+' | '-' | '*' | '/' | '%' )"`
	X   *pUnary `parser:"@@"`
}

type pTernaryTail struct {
	Pos  lexer.Position
	Then *pExpr `parser:"'?' @@"`
	Else *pExpr `parser:"':' @@"`
}

type pUnary struct {
	Pos  lexer.Position
	Op   string    `parser:"(  @( '!' | '~' | '-' | '+' | '*' | '&' )"`
	X    *pUnary   `parser:"@@ )"`
	Post *pPostfix `parser:"| @@"`
}

type pPostfix struct {
	Pos lexer.Position
	X   *pPrimary  `parser:"@@"`
	Ops []*pSuffix `parser:"@@*"`
}

type pSuffix struct {
	Pos   lexer.Position
	Arrow string `parser:"(  '->' @Ident"`
	Dot   string `parser:"| '.' @( Ident | Int )"`
	Index *pExpr `parser:"| '[' @@ ']' )"`
}

type pPrimary struct {
	Pos      lexer.Position
	Int      *string  `parser:"@Int"`
	Str      *string  `parser:"| @String"`
	Param    *string  `parser:"| @Param"`
	PosParam *string  `parser:"| @PosParam"`
	Var      *string  `parser:"| @Var"`
	Map      *pMapRef `parser:"| @@"`
	Call     *pCall   `parser:"| @@"`
	Ident    *string  `parser:"| @Ident"`
	Paren    *pParen  `parser:"| @@"`
}

type pMapRef struct {
	Pos  lexer.Position
	Name string   `parser:"@Map"`
	Keys []*pExpr `parser:"( '[' @@ ( ',' @@ )* ']' )?"`
}

type pCall struct {
	Pos  lexer.Position
	Name string  `parser:"@Ident '('"`
	Args []*pArg `parser:"( @@ ( ',' @@ )* )? ')'"`
}

// pArg is a call argument: an expression, or a type for container_of,
// sizeof and offsetof.
type pArg struct {
	Pos  lexer.Position
	Type *pTypeName `parser:"@@"`
	X    *pExpr     `parser:"| @@"`
}

// pParen is a cast, a parenthesised expression or a tuple.
type pParen struct {
	Pos   lexer.Position
	Cast  *pTypeName `parser:"'(' ( @@ ')'"`
	CastX *pUnary    `parser:"@@"`
	Elems []*pExpr   `parser:"| @@ ( ',' @@ )* ')' )"`
}

// pTypeName is a type in a cast or a call argument: a struct, union or enum
// by tag, or one of the integer type names, then pointer stars.
type pTypeName struct {
	Pos   lexer.Position
	Tag   string   `parser:"(  @( 'struct' | 'union' | 'enum' )"`
	Name  string   `parser:"@Ident"`
	Basic string   `parser:"| @( 'int8' | 'int16' | 'int32' | 'int64' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'u8' | 'u16' | 'u32' | 'u64' | 's8' | 's16' | 's32' | 's64' | '__u8' | '__u16' | '__u32' | '__u64' | '__s8' | '__s16' | '__s32' | '__s64' | 'int' | 'long' | 'short' | 'char' | 'unsigned' | 'signed' | 'bool' | 'size_t' | 'void' ) )"`
	Stars []string `parser:"@'*'*"`
}
