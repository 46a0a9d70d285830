package lang

// The grammar of today's bpftrace additions to the language: the
// top-level config block, map declarations, macros and enums, and the
// loops, declarations and records inside probes. build_decl.go turns them
// into the AST.

// pConfig is the config block, or a config line of one setting, which
// set what flags would otherwise:
//
//	config = { max_map_keys = 10000; missing_probes = warn }
//	config metrics = ":9464";
type pConfig struct {
	Pos   position
	Items []*pConfigItem `parser:"'config' ( '=' '{' ( ';' | ',' )* ( @@ ( ';' | ',' )* )* '}'"`
	Line  *pConfigItem   `parser:"| @@ ) ';'?"`
}

// pConfigItem is one name = value in a config block.
type pConfigItem struct {
	Pos   position
	Name  string       `parser:"@Ident '='"`
	Value *pParamValue `parser:"@@"`
}

// pMapDecl declares a map's kind and size: let @m = lruhash(1000);
type pMapDecl struct {
	Pos  position
	Map  string         `parser:"'let' @Map '='"`
	Kind pLabelName     `parser:"@@"`
	Args []*pParamValue `parser:"'(' ( @@ ( ',' @@ )* )? ')' ';'?"`
}

// pMacro defines a macro: its parameters are $variables, @maps or names
// that stand for expressions.
type pMacro struct {
	Pos    position
	Name   string         `parser:"'macro' @Ident"`
	Params []*pMacroParam `parser:"( '(' ( @@ ( ',' @@ )* )? ')' )?"`
	Body   *pBlock        `parser:"@@"`
}

// pMacroParam is one of a macro's parameters.
type pMacroParam struct {
	Pos  position
	Name string `parser:"@( Var | Map | Ident )"`
}

// pEnum is a C enum written in a script: enum Name { A = 1, B, C };
type pEnum struct {
	Pos    position
	Name   string        `parser:"'enum' @Ident?"`
	Values []*pEnumValue `parser:"'{' ( @@ ','? )* '}' ';'?"`
}

// pEnumValue is one name of an enum, with its value when given.
type pEnumValue struct {
	Pos   position
	Name  string  `parser:"@Ident"`
	Neg   bool    `parser:"( '=' @'-'?"`
	Value *string `parser:"  @Int )?"`
}

// pFor is a loop over a map's elements or a range of integers, its head
// in parentheses or not:
//
//	for ($kv : @map) { … }    for $i : 0..10 { … }
type pFor struct {
	Pos   position
	Paren *pForHead `parser:"'for' ( '(' @@ ')'"`
	Bare  *pForHead `parser:"| @@ )"`
	Body  *pBlock   `parser:"@@"`
}

// pForHead is what a for loop runs over: $var : @map, or $var : a..b.
type pForHead struct {
	Var  string  `parser:"@Var ':'"`
	From *pUnary `parser:"( @@ '..'"`
	To   *pUnary `parser:"  @@"`
	Map  string  `parser:"| @Map )"`
}

// pWhile is a while loop. Like if's, its condition needs no
// parentheses: while $i < 10 { … }
type pWhile struct {
	Pos  position
	Cond *pExpr  `parser:"'while' @@"`
	Body *pBlock `parser:"@@"`
}

// pLet declares a $variable, with a type, a value, both or neither:
// let $x: uint32 = 5;
type pLet struct {
	Pos   position
	Var   string     `parser:"'let' @Var"`
	Type  *pDeclType `parser:"( ':' @@ )?"`
	Value *pExpr     `parser:"( '=' @@ )?"`
}

// pDeclType is the type of a declaration: a struct, union or enum by tag,
// or a type's name, then pointer stars and an array length or a string's
// size; or typeof(expression).
type pDeclType struct {
	Pos    position
	Typeof *pArg    `parser:"( 'typeof' '(' @@ ')'"`
	Tag    *typeTag `parser:"| @@?"`
	Name   string   `parser:"  @Ident )"`
	Stars  []string `parser:"@'*'*"`
	Len    *string  `parser:"( '[' @Int ']' )?"`
}

// pRecordField is name = value in a record: (a = 1, b = "x").
type pRecordField struct {
	Pos   position
	Name  string `parser:"@Ident '='"`
	Value *pExpr `parser:"@@"`
}

// pReturn is return, with a value that a probe ignores (today's bpftrace
// takes one).
type pReturn struct {
	Pos   position
	Value *pExpr `parser:"'return' @@?"`
}
