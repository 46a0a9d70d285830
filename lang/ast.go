package lang

import "fmt"

// Node is any piece of the AST; every node knows where it starts.
type Node interface {
	Position() Pos
}

// Program is a parsed script.
type Program struct {
	// Description is the script's leading comment block, without the
	// comment markers: what the script does, for "ntrace recipes" and
	// "ntrace SCRIPT --help".
	Description string
	Params      []*ParamDecl
	Structs     []*CStruct
	// Probes are all the script's probes in source order, those inside
	// an either's alternatives too (Probe.Alt says which).
	Probes []*Probe
	// Choices are the script's either statements.
	Choices []*Choice
	// Metrics are the script's metric declarations (metricdecl.go).
	Metrics []*MetricDecl
	// Config is the settings of the script's config block and config
	// lines, in order (config.go).
	Config []*ConfigItem
	// MapDecls declare maps' kinds and sizes (let @m = lruhash(N)).
	MapDecls []*MapDecl
	// Macros are the script's macros, by then expanded where they are
	// called (macro.go).
	Macros []*Macro
	// Enums are the C enums the script defines.
	Enums []*EnumDecl
}

// Choice is "either ( probes ) or ( probes ) …": alternative sets of
// probes, of which only the first that can run on this kernel attaches.
type Choice struct {
	Pos   Pos
	Index int // among the script's choices, from 0
	Alts  []*Alternative
}

// Alternative is one set of probes of a Choice.
type Alternative struct {
	Pos    Pos
	End    Pos // where the token after its closing parenthesis starts
	Index  int // among its choice's alternatives, from 0
	Choice *Choice
	Probes []*Probe
}

// Contains reports whether p falls inside the alternative's parentheses.
func (a *Alternative) Contains(p Pos) bool {
	return a.Pos.Offset <= p.Offset && p.Offset < a.End.Offset
}

// Name says which alternative a is for a person: "alternative 2 (line 30:
// tracepoint:sock:sk_data_ready and 3 more)".
func (a *Alternative) Name() string {
	first := ""
	if len(a.Probes) > 0 && len(a.Probes[0].Attach) > 0 {
		first = ": " + a.Probes[0].Attach[0].Raw
		if n := a.attachCount() - 1; n > 0 {
			first += fmt.Sprintf(" and %d more", n)
		}
	}
	return fmt.Sprintf("alternative %d (line %d%s)", a.Index+1, a.Pos.Line, first)
}

func (a *Alternative) attachCount() int {
	n := 0
	for _, p := range a.Probes {
		n += len(p.Attach)
	}
	return n
}

// ParamDecl declares a parameter a script takes: ${NAME} in the script,
// -D NAME=VALUE on the command line.
type ParamDecl struct {
	Pos     Pos
	Name    string
	Type    string // int, duration, string or bool
	Default string // as it would be written after -D NAME=; "" when required
	HasDef  bool
	Help    string
	// Min and Max bound the values an int or duration parameter takes,
	// as written ("1", "65535", "10ms"); "" when not bounded.
	Min, Max string
}

// Range is the declared range of the parameter's values as the script
// writes it ("1..65535", "0.."), or "" when it has none.
func (d *ParamDecl) Range() string {
	if d.Min == "" && d.Max == "" {
		return ""
	}
	return d.Min + ".." + d.Max
}

// CStruct is a C struct or union definition written in a script.
type CStruct struct {
	Pos    Pos
	Union  bool
	Name   string
	Fields []*CField
	// Packed is __attribute__((packed)): members at no alignment.
	// Aligned is __attribute__((aligned(N))): the struct's alignment at
	// least N (0 when not given).
	Packed  bool
	Aligned int
}

// CField is one member of a CStruct.
type CField struct {
	Pos  Pos
	Type TypeName
	Name string
	Dims []int
}

// Probe is one probe block: where it attaches, an optional predicate and
// its body.
type Probe struct {
	Pos    Pos
	Attach []*AttachPoint
	Pred   Expr // nil when there is no predicate
	Body   *Block
	// Alt is the alternative of an either the probe belongs to, nil for
	// a probe that always runs.
	Alt *Alternative
}

// AttachPoint is one "kind:target" of a probe as written. Kind is the
// probe kind as the user spelled it (short forms included); Parts are the
// colon-separated fields after it.
type AttachPoint struct {
	Pos      Pos
	Raw      string
	Kind     string
	Parts    []string
	Optional bool
}

// Block is a brace-delimited list of statements.
type Block struct {
	Pos   Pos
	Stmts []Stmt
}

// Stmt is a statement.
type Stmt interface {
	Node
	stmt()
}

// ExprStmt is an expression evaluated for its effect, usually a call.
type ExprStmt struct {
	X Expr
}

// AssignStmt is "target op value" where target is a map or a variable and
// op is "=" or a compound assignment such as "+=".
type AssignStmt struct {
	Pos    Pos
	Target Expr
	Op     string
	Value  Expr
	// OpPos is where Op is, when the script wrote it.
	OpPos Pos
}

// IncDecStmt is "target++" or "target--".
type IncDecStmt struct {
	Pos    Pos
	Target Expr
	Op     string
}

// IfStmt is "if (cond) then else". Else is nil, a *Block or an *IfStmt.
type IfStmt struct {
	Pos  Pos
	Cond Expr
	Then *Block
	Else Stmt
}

// UnrollStmt repeats its body Count times, unrolled at compile time.
type UnrollStmt struct {
	Pos   Pos
	Count Expr
	Body  *Block
}

// ReturnStmt ends the probe. Value, when written, is checked but not
// evaluated: a probe has no value to return.
type ReturnStmt struct {
	Pos   Pos
	Value Expr
}

// ForStmt runs Body once for each element of Map, with Var holding the
// element as (key, value), or once for each integer from From up to (not
// including) To, with Var holding it. From and To are evaluated once,
// before the first iteration.
type ForStmt struct {
	Pos      Pos
	Var      *VarExpr
	Map      *MapExpr // nil for a range
	From, To Expr
	Body     *Block
}

// WhileStmt runs Body while Cond holds.
type WhileStmt struct {
	Pos  Pos
	Cond Expr
	Body *Block
}

// LetStmt declares a $variable in the innermost block: with a type, a
// value, both, or neither (then it is a zero integer until assigned).
type LetStmt struct {
	Pos   Pos
	Var   *VarExpr
	Type  *DeclType // nil when not given
	Value Expr      // nil when not given
}

// DeclType is the type a let declaration gives: a type as written, or
// the type of an expression (typeof(x)), which is not evaluated.
type DeclType struct {
	Pos    Pos
	Type   TypeName
	Len    int  // an array's length, a string's size; 0 when not given
	Typeof Expr // non-nil for typeof(…)
}

// BreakStmt leaves the innermost loop.
type BreakStmt struct {
	Pos Pos
}

// ContinueStmt goes on with the innermost loop's next iteration.
type ContinueStmt struct {
	Pos Pos
}

func (s *ExprStmt) Position() Pos   { return s.X.Position() }
func (s *AssignStmt) Position() Pos { return s.Pos }
func (s *IncDecStmt) Position() Pos { return s.Pos }
func (s *IfStmt) Position() Pos     { return s.Pos }
func (s *UnrollStmt) Position() Pos { return s.Pos }
func (s *ReturnStmt) Position() Pos { return s.Pos }
func (s *ForStmt) Position() Pos    { return s.Pos }
func (s *WhileStmt) Position() Pos  { return s.Pos }
func (s *LetStmt) Position() Pos    { return s.Pos }
func (s *BreakStmt) Position() Pos  { return s.Pos }
func (s *ContinueStmt) Position() Pos {
	return s.Pos
}
func (b *Block) Position() Pos { return b.Pos }
func (*ForStmt) stmt()         {}
func (*WhileStmt) stmt()       {}
func (*LetStmt) stmt()         {}
func (*BreakStmt) stmt()       {}
func (*ContinueStmt) stmt()    {}
func (*ExprStmt) stmt()        {}
func (*AssignStmt) stmt()      {}
func (*IncDecStmt) stmt()      {}
func (*IfStmt) stmt()          {}
func (*UnrollStmt) stmt()      {}
func (*ReturnStmt) stmt()      {}
func (*Block) stmt()           {}

// Expr is an expression.
type Expr interface {
	Node
	expr()
}

// IntLit is an integer literal.
type IntLit struct {
	Pos   Pos
	Value uint64
}

// StrLit is a string literal, escapes already decoded.
type StrLit struct {
	Pos   Pos
	Value string
}

// ParamExpr is ${NAME}, replaced by the -D value at check time.
type ParamExpr struct {
	Pos  Pos
	Name string
}

// PosParamExpr is $1, $2, …: a positional argument after the script; or
// with Count, $#: how many there are.
type PosParamExpr struct {
	Pos   Pos
	N     int
	Count bool
}

// VarExpr is a scratch variable $name, local to one probe.
type VarExpr struct {
	Pos  Pos
	Name string
}

// MapExpr is @name or @name[k1, k2…].
type MapExpr struct {
	Pos  Pos
	Name string
	Keys []Expr
}

// Ident is a bare identifier: a builtin variable such as pid or args, or an
// enum constant.
type Ident struct {
	Pos  Pos
	Name string
}

// CallExpr is a call of a builtin function. A type argument (as in
// container_of or sizeof) is a *TypeExpr.
type CallExpr struct {
	Pos  Pos
	Name string
	Args []Expr
}

// UnaryExpr is op X: ! ~ - + * &.
type UnaryExpr struct {
	Pos Pos
	Op  string
	X   Expr
}

// IncDecExpr is ++X, --X, X++ or X-- used for its value: X, a $variable
// or a map element, goes up or down by one (a pointer by one element), and
// the expression is X's value after (prefix) or before (postfix), as in C.
// On a map element shared by the CPUs the change and the value read are
// one atomic instruction, so of many CPUs incrementing one element at
// once, each sees a different value. A statement of its own is an
// IncDecStmt.
type IncDecExpr struct {
	Pos    Pos
	Op     string // "++" or "--"
	Target Expr
	Post   bool
}

// BinaryExpr is X op Y for C's binary operators.
type BinaryExpr struct {
	Pos Pos
	Op  string
	X   Expr
	Y   Expr
}

// TernaryExpr is cond ? then : else.
type TernaryExpr struct {
	Pos  Pos
	Cond Expr
	Then Expr
	Else Expr
}

// CastExpr is (type)X.
type CastExpr struct {
	Pos  Pos
	Type TypeName
	X    Expr
}

// FieldExpr is X.name or X->name.
type FieldExpr struct {
	Pos   Pos
	X     Expr
	Name  string
	Arrow bool
}

// TupleIndexExpr is X.N on a tuple.
type TupleIndexExpr struct {
	Pos   Pos
	X     Expr
	Index int
}

// IndexExpr is X[i] on an array or pointer.
type IndexExpr struct {
	Pos   Pos
	X     Expr
	Index Expr
}

// TupleExpr is (a, b, …).
type TupleExpr struct {
	Pos   Pos
	Elems []Expr
}

// BlockExpr is { statements; value }: the statements run, then Value,
// the block's last statement when it is an expression that no ';'
// follows, gives the block's value. Value is nil when there is none. A
// macro called where an expression stands expands to one.
type BlockExpr struct {
	Pos   Pos
	Stmts []Stmt
	Value Expr
	// Macro names the macro whose call this block is, "" for a block
	// the script writes.
	Macro string
}

// RecordExpr is (name = value, …): a tuple whose elements have names.
type RecordExpr struct {
	Pos   Pos
	Names []string
	Elems []Expr
}

// TypeExpr is a type written where an expression stands, as the argument of
// sizeof, offsetof or container_of.
type TypeExpr struct {
	Pos  Pos
	Type TypeName
}

// TypeName is a type as written: "struct sock *", "uint32".
type TypeName struct {
	Pos  Pos
	Tag  string // "struct", "union", "enum", or "" for a basic type
	Name string
	Ptr  int // number of '*'
}

// String renders the type name as written.
func (t TypeName) String() string {
	s := t.Name
	if t.Tag != "" {
		s = t.Tag + " " + s
	}
	if t.Ptr > 0 {
		s += " "
		for i := 0; i < t.Ptr; i++ {
			s += "*"
		}
	}
	return s
}

func (e *IntLit) Position() Pos         { return e.Pos }
func (e *StrLit) Position() Pos         { return e.Pos }
func (e *ParamExpr) Position() Pos      { return e.Pos }
func (e *PosParamExpr) Position() Pos   { return e.Pos }
func (e *VarExpr) Position() Pos        { return e.Pos }
func (e *MapExpr) Position() Pos        { return e.Pos }
func (e *Ident) Position() Pos          { return e.Pos }
func (e *CallExpr) Position() Pos       { return e.Pos }
func (e *UnaryExpr) Position() Pos      { return e.Pos }
func (e *BinaryExpr) Position() Pos     { return e.Pos }
func (e *IncDecExpr) Position() Pos     { return e.Pos }
func (e *TernaryExpr) Position() Pos    { return e.Pos }
func (e *CastExpr) Position() Pos       { return e.Pos }
func (e *FieldExpr) Position() Pos      { return e.Pos }
func (e *TupleIndexExpr) Position() Pos { return e.Pos }
func (e *IndexExpr) Position() Pos      { return e.Pos }
func (e *TupleExpr) Position() Pos      { return e.Pos }
func (e *TypeExpr) Position() Pos       { return e.Pos }
func (e *BlockExpr) Position() Pos      { return e.Pos }
func (e *RecordExpr) Position() Pos     { return e.Pos }
func (*BlockExpr) expr()                {}
func (*RecordExpr) expr()               {}
func (*IntLit) expr()                   {}
func (*StrLit) expr()                   {}
func (*ParamExpr) expr()                {}
func (*PosParamExpr) expr()             {}
func (*VarExpr) expr()                  {}
func (*MapExpr) expr()                  {}
func (*Ident) expr()                    {}
func (*CallExpr) expr()                 {}
func (*UnaryExpr) expr()                {}
func (*BinaryExpr) expr()               {}
func (*IncDecExpr) expr()               {}
func (*TernaryExpr) expr()              {}
func (*CastExpr) expr()                 {}
func (*FieldExpr) expr()                {}
func (*TupleIndexExpr) expr()           {}
func (*IndexExpr) expr()                {}
func (*TupleExpr) expr()                {}
func (*TypeExpr) expr()                 {}

// Start returns where an expression begins in the source: for a binary
// operation that is its left operand, not the operator.
func Start(e Expr) Pos {
	switch e := e.(type) {
	case *BinaryExpr:
		return Start(e.X)
	case *TernaryExpr:
		return Start(e.Cond)
	case *FieldExpr:
		return Start(e.X)
	case *TupleIndexExpr:
		return Start(e.X)
	case *IndexExpr:
		return Start(e.X)
	case *IncDecExpr:
		if e.Post {
			return Start(e.Target)
		}
	}
	return e.Position()
}
