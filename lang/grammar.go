package lang

// The grammar below is the parse tree: the hand-written parser
// (parser.go) builds it, and build.go turns it into the AST in ast.go
// (fixing operator precedence and splitting attach points), which is what
// the checker and the code generator see. It is deliberately close to the
// token stream, which comes from the hand-written lexer in lexer.go.
//
// The struct tags state the grammar in participle's notation, and are
// the reference the hand-written parser follows, rule for rule: in tests
// participle builds its parser from them (grammar_oracle_test.go) and the
// two must agree on every tree and on where every error is
// (parser_oracle_test.go). The tags' shape was tuned to what participle's
// parsing cost when it parsed scripts at run time (one-token choices are
// leaves, in leaves.go; an operand is one struct with one choice of
// alternatives), and the error a parse reports follows from it:
// lang/testdata/parse/*.golden (parse_golden_test.go) pins both. Change a
// tag and the parser together.

type pProgram struct {
	Items []*pItem `parser:"@@*"`
}

type pItem struct {
	Param   *pParam   `parser:"@@"`
	Metric  *pMetric  `parser:"| @@"`
	Config  *pConfig  `parser:"| @@"`
	MapDecl *pMapDecl `parser:"| @@"`
	Macro   *pMacro   `parser:"| @@"`
	Enum    *pEnum    `parser:"| @@"`
	Struct  *pCStruct `parser:"| @@"`
	Either  *pEither  `parser:"| @@"`
	Probe   *pProbe   `parser:"| @@"`
}

// pEither states alternative sets of probes, of which the first that
// attaches runs:
//
//	either ( kprobe:f { … } kretprobe:f { … } ) or ( tracepoint:a:b { … } )
//
// Parentheses, not braces, hold each set: inside them the lexer stays in
// its Root state, where an attach point is one token. It must be tried
// before pProbe, whose attach point may be a bare name such as BEGIN.
type pEither struct {
	Pos  position
	Alts []*pAlt `parser:"'either' @@ ( 'or' @@ )*"`
}

// pAlt is one set of probes of an either.
type pAlt struct {
	Pos    position
	EndPos position
	Probes []*pProbe `parser:"'(' @@* ')'"`
}

// pParam declares a script parameter, with an optional range of the
// values it takes (MIN..MAX, or MIN.. for no upper bound):
//
//	param PORT int 1..65535 = 53 "destination UDP port to watch";
type pParam struct {
	Pos     position
	Name    string       `parser:"'param' @Ident"`
	Type    string       `parser:"@Ident"`
	Min     *pParamValue `parser:"( @@ '..'"`
	Max     *pParamValue `parser:"  @@? )?"`
	Default *pParamValue `parser:"( '=' @@ )?"`
	Help    *string      `parser:"@String? ';'?"`
}

// pParamValue is a parameter's default: a number with an optional unit
// (53, 10ms), a string, or true/false.
type pParamValue struct {
	Pos  position
	Neg  bool    `parser:"( @'-'?"`
	Int  *string `parser:"  @Int"`
	Unit *string `parser:"  @Ident? )"`
	Str  *string `parser:"| @String"`
	Word *string `parser:"| @Ident"`
}

// pCStruct is a C struct or union definition carried in a script.
type pCStruct struct {
	Pos    position
	Tag    string     `parser:"@('struct' | 'union')"`
	Name   string     `parser:"@Ident"`
	Fields []*pCField `parser:"'{' @@* ( '}' | RootClose )"`
	Attrs  []*pCAttr  `parser:"@@* ';'?"`
}

// pCBody is the members of a struct or union defined inside another's
// member declaration: struct { int x; int y; } bar;
type pCBody struct {
	Fields []*pCField `parser:"'{' @@* '}'"`
}

// pCAttr is an __attribute__((name)) or __attribute__((name(N))) after a
// struct's closing brace.
type pCAttr struct {
	Pos  position
	Name string  `parser:"'__attribute__' '(' '(' @Ident"`
	Arg  *string `parser:"( '(' @Int ')' )? ')' ')'"`
}

// pCField is one member declaration: the words and stars of its type, then
// its name, then array dimensions. The name is the last word when no star
// separates it ("unsigned long x").
type pCField struct {
	Pos   position
	Words []string `parser:"@Ident+"`
	Inner *pCBody  `parser:"@@?"`
	Stars []string `parser:"@'*'*"`
	Name  string   `parser:"@Ident?"`
	Dims  []string `parser:"( '[' @Int ']' )* ';'?"`
}

type pProbe struct {
	Pos    position
	Attach []*pAttach  `parser:"@@ ( ',' @@ )*"`
	Pred   *pPredicate `parser:"( '/' @@ '/' )?"`
	Body   *pBlock     `parser:"@@"`
}

type pAttach struct {
	Pos  position
	Text string `parser:"@( AttachPoint | Ident )"`
}

// pPredicate is an expression whose top-level binary operators exclude "/",
// which closes the predicate. Parenthesise a division inside a predicate.
// The else branch of a ?: is a predicate too: the "/" after it closes the
// predicate rather than dividing the branch by the probe's body.
type pPredicate struct {
	Head pUnary      `parser:"@@"`
	Ops  []predOp    `parser:"( @@"`
	Xs   []*pUnary   `parser:"  @@ )*"`
	Then *pExpr      `parser:"( '?' @@"`
	Else *pPredicate `parser:"  ':' @@ )?"`
}

type pBlock struct {
	Pos   position
	Stmts []*pStmt `parser:"'{' ';'* ( @@ ';'* )* '}'"`
}

// pStmt is a statement: if, unroll, a loop, a declaration, return, break,
// continue, or an expression, which an assignment may follow (a ++ or --
// after it is the expression's suffix).
// Semi records a ';' after it: the last statement of a block expression
// gives the block its value when no ';' follows it.
//
// Most statements are expressions; stmtKeyword lets those skip the six
// keyword statements' structs, which participle would otherwise allocate
// and try one by one before each of them. (Every field here costs the
// parser's build, which re-lexes each tag at each field boundary, so break
// and continue share one.)
type pStmt struct {
	Pos     position
	Keyword stmtKeyword `parser:"( @@"`
	If      *pIf        `parser:"  ( @@"`
	Unroll  *pUnroll    `parser:"  | @@"`
	For     *pFor       `parser:"  | @@"`
	While   *pWhile     `parser:"  | @@"`
	Let     *pLet       `parser:"  | @@"`
	Return  *pReturn    `parser:"  | @@ ) )"`
	Jump    jump        `parser:"| @@"`
	X       *pExpr      `parser:"| ( @@"`
	Assign  *pAssign    `parser:"    @@? )"`
	Semi    bool        `parser:"@';'?"`
}

type pIf struct {
	Pos    position
	Cond   *pExpr  `parser:"'if' @@"`
	Then   *pBlock `parser:"@@"`
	ElseIf *pIf    `parser:"( 'else' ( @@"`
	Else   *pBlock `parser:"| @@ ) )?"`
}

type pUnroll struct {
	Pos   position
	Count *pExpr  `parser:"'unroll' '(' @@ ')'"`
	Body  *pBlock `parser:"@@"`
}

type pAssign struct {
	Pos   position
	Op    assignOp `parser:"@@"`
	Value *pExpr   `parser:"@@"`
}

// pExpr is an expression: operands and the binary operators between them,
// as a flat list that build.go arranges by precedence, then an optional
// "? then : else".
type pExpr struct {
	Head pUnary    `parser:"@@"`
	Ops  []binOp   `parser:"( @@"`
	Xs   []*pUnary `parser:"  @@ )*"`
	Then *pExpr    `parser:"( '?' @@"`
	Else *pExpr    `parser:"  ':' @@ )?"`
}

// pUnary is an operand: a primary expression (a one-token atom, a call, a
// name, a map with its keys, or something in parentheses) or a prefix
// operator and its operand, then suffixes. A call and a name both start
// with a name, and must be tried in that order (callStart tells them
// apart before a pCall is built); the other alternatives
// start with tokens of their own, so their order does not change what
// parses, and the commonest come first. Calls and maps stay structs of
// their own: participle picks the error it reports by where structs fail,
// and a failed call should say what the call lacked. An operand after a
// prefix operator has taken all the suffixes that follow it, so none
// are left for the operator's.
type pUnary struct {
	Pos      position
	Atom     atom       `parser:"( @@"`
	CallAt   callStart  `parser:"| ( @@"`
	Call     pCall      `parser:"    @@ )"`
	Ident    name       `parser:"| @@"`
	Map      pMapRef    `parser:"| @@"`
	Paren    *pParen    `parser:"| @@"`
	Block    *pBlock    `parser:"| @@"`
	If       *pIf       `parser:"| @@"`
	Op       *unaryOp   `parser:"| @@"`
	X        *pUnary    `parser:"  @@ )"`
	Suffixes []*pSuffix `parser:"@@*"`
}

// pSuffix is a member access, an index, or a postfix ++ or -- after an
// operand. suffixStart
// lets the parser leave at once where no suffix follows.
type pSuffix struct {
	At     suffixStart `parser:"@@"`
	Arrow  string      `parser:"(  '->' @Ident"`
	Dot    string      `parser:"| '.' @( Ident | Int )"`
	Index  *pExpr      `parser:"| '[' @@ ']'"`
	IncDec string      `parser:"| @( '++' | '--' ) )"`
}

type pMapRef struct {
	Name string   `parser:"@Map"`
	Keys []*pExpr `parser:"( '[' @@ ( ',' @@ )* ']' )?"`
}

type pCall struct {
	Name name    `parser:"@@ '('"`
	Args []*pArg `parser:"( @@ ( ',' @@ )* )? ')'"`
}

// pArg is a call argument: an expression, or a type for container_of,
// sizeof and offsetof.
type pArg struct {
	Type *pTypeName `parser:"@@"`
	X    *pExpr     `parser:"| @@"`
}

// pParen is a cast, a record, a parenthesised expression or a tuple.
type pParen struct {
	Cast   *pTypeName      `parser:"'(' ( @@ ')'"`
	CastX  *pUnary         `parser:"@@"`
	Record []*pRecordField `parser:"| @@ ( ',' @@ )* ')'"`
	Elems  []*pExpr        `parser:"| @@ ( ',' @@ )* ')' )"`
}

// pTypeName is a type in a cast or a call argument: a struct, union or enum
// by tag, or one of the integer type names, then pointer stars.
type pTypeName struct {
	Pos   position
	Tag   *typeTag   `parser:"(  @@"`
	Name  string     `parser:"   @Ident"`
	Basic *basicType `parser:"| @@ )"`
	Stars []string   `parser:"@'*'*"`
}
