package lang

import (
	"fmt"
	"sort"
	"strings"
)

// Option is one of the program's named options, given after -- on the
// command line as --name=value, or as --name alone (Bare), which getopt()
// reads.
type Option struct {
	Name  string
	Value string
	Bare  bool
}

// Getopt is a named option a getopt() call in the script takes: its name,
// the type its default gives it ("bool", "int" or "string") and its
// description, for the list --help prints.
type Getopt struct {
	Name, Type, Help string
	Pos              Pos
}

// checkGetopt: getopt("name"[, default[, "description"]]) is the value of
// the named option --name given after -- on the command line, typed as its
// default is (an integer, a bool or a string; without one a bool that is
// true when --name is given), or the default when it is not given. Its
// value is known before the program loads: a constant.
func checkGetopt(c *checker, e *CallExpr) *Type {
	for _, a := range e.Args {
		if c.expr(a) == nil {
			return nil
		}
	}
	name, ok := c.info.Consts[e.Args[0]]
	if !ok || !name.IsString || name.Str == "" {
		c.errorf(e.Args[0].Position(), "getopt() needs the option's name as a string literal")
		return nil
	}
	kind, t, def := "bool", BoolType(), Const{}
	if len(e.Args) > 1 {
		d, ok := c.info.Consts[e.Args[1]]
		dt := c.info.Types[e.Args[1]]
		switch {
		case !ok || d.Bytes != nil || dt == nil:
			c.errorf(e.Args[1].Position(), "getopt()'s default must be a constant: an integer, a bool or a string")
			return nil
		case d.IsString:
			kind, t = "string", dt
		case dt.Bool:
		default:
			kind, t = "int", Int64Type
		}
		def = d
	}
	help := ""
	if len(e.Args) > 2 {
		h, ok := c.info.Consts[e.Args[2]]
		if !ok || !h.IsString {
			c.errorf(e.Args[2].Position(), "getopt()'s description must be a string literal")
			return nil
		}
		help = h.Str
	}
	if prev, ok := c.info.Getopts[name.Str]; ok && prev.Type != kind {
		c.errorf(e.Pos, "getopt(%q) is typed %s here, %s at %s", name.Str, kind, prev.Type, prev.Pos)
		return nil
	}
	g := Getopt{Name: name.Str, Type: kind, Help: help, Pos: e.Pos}
	if prev, ok := c.info.Getopts[name.Str]; !ok || prev.Help == "" {
		c.info.Getopts[name.Str] = g
	}
	v := optValue{Const: def, negative: int64(def.Int) < 0}
	if opt, given := c.params.option(name.Str); given {
		var err error
		if v, err = optionValue(kind, opt); err != nil {
			c.errorf(e.Pos, "program command line option --%s: %v", name.Str, err)
			return nil
		}
	}
	if kind == "string" && len(v.Str)+1 > t.Size {
		t = StringType(min(len(v.Str)+1, maxStrLen))
		if len(v.Str)+1 > maxStrLen {
			c.errorf(e.Pos, "program command line option --%s is %d bytes; the most is %d", name.Str, len(v.Str), maxStrLen-1)
			return nil
		}
	}
	if kind == "int" && int64(v.Int) < 0 && !v.negative {
		t = Uint64Type // given as 2^63 or more
	}
	c.info.Consts[e] = v.Const
	return t
}

// option finds the named option given on the command line; the last one
// counts when it is given twice.
func (p Params) option(name string) (Option, bool) {
	for i := len(p.Options) - 1; i >= 0; i-- {
		if p.Options[i].Name == name {
			return p.Options[i], true
		}
	}
	return Option{}, false
}

// optValue is a getopt() value; negative says an integer was given as a
// negative number, where a word with the top bit set is otherwise 2^63 or
// more.
type optValue struct {
	Const
	negative bool
}

// optionValue reads an option's text as getopt()'s kind of value.
func optionValue(kind string, o Option) (optValue, error) {
	switch kind {
	case "bool":
		if o.Bare {
			return optValue{Const: Const{Int: 1}}, nil
		}
		switch strings.ToLower(o.Value) {
		case "true", "1":
			return optValue{Const: Const{Int: 1}}, nil
		case "false", "0":
			return optValue{}, nil
		}
		return optValue{}, fmt.Errorf("invalid bool (value: %s): want true, false, 1 or 0", o.Value)
	case "int":
		if o.Bare {
			return optValue{}, fmt.Errorf("needs a value: --%s=N", o.Name)
		}
		if n, ok := ParseIntParam(o.Value); ok {
			return optValue{Const: Const{Int: uint64(n)}, negative: n < 0}, nil
		}
		if u, err := parseInt(strings.ReplaceAll(o.Value, "_", "")); err == nil {
			return optValue{Const: Const{Int: u}}, nil // 2^63 and up
		}
		return optValue{}, fmt.Errorf("invalid integer (value: %s)", o.Value)
	}
	if o.Bare {
		return optValue{}, fmt.Errorf("needs a value: --%s=TEXT", o.Name)
	}
	return optValue{Const: Const{IsString: true, Str: o.Value}}, nil
}

// GetoptList is the named options the script's getopt() calls take, in
// the order of their names.
func (info *Info) GetoptList() []Getopt {
	list := make([]Getopt, 0, len(info.Getopts))
	for _, g := range info.Getopts {
		list = append(list, g)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name < list[j].Name })
	return list
}

// UnknownOptions returns the options given on the command line that no
// getopt() in the script takes.
func UnknownOptions(info *Info, p Params) []string {
	var unknown []string
	for _, o := range p.Options {
		if _, ok := info.Getopts[o.Name]; !ok {
			unknown = append(unknown, "--"+o.Name)
		}
	}
	return unknown
}
