package lang

// ConfigItem is one setting of the config block: name = value, the value
// as it would be written after -D NAME= (a number, a word or a string).
type ConfigItem struct {
	Pos   Pos
	Name  string
	Value string
	// ValuePos is where the value is written.
	ValuePos Pos
}

// MapDecl declares the kind and the size of a map: let @m = lruhash(100).
type MapDecl struct {
	Pos  Pos
	Map  string // "@m"
	Kind string // hash, lruhash, percpuhash, percpulruhash
	// KindPos is where the kind is written.
	KindPos Pos
	// Args are the declaration's arguments as written; a valid one has
	// one, the most keys the map holds.
	Args    []string
	ArgsPos []Pos
}

// Macro is a macro definition. A parameter is a $variable, which the
// macro may change, an @map, or a bare name, which stands for the
// expression the call passes.
type Macro struct {
	Pos    Pos
	Name   string
	Params []string
	Body   *Block
	// Value is the body's value: its last statement when that is an
	// expression without a ';' after it; nil when there is none.
	Value Expr
}

// EnumDecl is a C enum written in a script.
type EnumDecl struct {
	Pos    Pos
	Name   string // "" for an anonymous enum
	Values []EnumItem
}

// EnumItem is one name of an enum and its value.
type EnumItem struct {
	Pos   Pos
	Name  string
	Value int64
}
