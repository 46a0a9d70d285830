package lang

import (
	"errors"
	"strings"
)

// builtinVars types the builtin variables. Each entry returns the type, or
// nil after reporting why the variable cannot be used here.
var builtinVars = map[string]func(c *checker, e *Ident) *Type{
	"pid":     fixed(Uint32Type),
	"tid":     fixed(Uint32Type),
	"uid":     fixed(Uint32Type),
	"gid":     fixed(Uint32Type),
	"cpu":     fixed(Uint32Type),
	"comm":    fixed(StringType(16)),
	"nsecs":   fixed(Uint64Type),
	"elapsed": fixed(Uint64Type),
	"cgroup":  fixed(Uint64Type),
	"rand":    fixed(Uint32Type),
	"jiffies": fixed(Uint64Type),
	"probe": func(c *checker, e *Ident) *Type {
		n := len("BEGIN")
		for _, t := range c.probe.Targets {
			n = max(n, len(t.String()))
		}
		return StringType(n + 1)
	},
	"args": func(c *checker, e *Ident) *Type {
		if c.target == nil || c.target.Args == nil {
			c.errorf(e.Pos, "args is only available in tracepoint and rawtracepoint probes")
			return nil
		}
		return c.target.Args
	},
}

func fixed(t *Type) func(*checker, *Ident) *Type {
	return func(*checker, *Ident) *Type { return t }
}

func (c *checker) builtinVar(e *Ident) *Type {
	if f, ok := builtinVars[e.Name]; ok {
		return f(c, e)
	}
	if strings.HasPrefix(e.Name, "arg") {
		if n, err := atoiStrict(e.Name[3:]); err == nil {
			return c.argN(e, n)
		}
	}
	switch e.Name {
	case "retval", "func", "curtask", "kstack", "ustack", "username", "cpid", "sarg0":
		c.errorf(e.Pos, "builtin %s is not supported yet", e.Name)
		return nil
	}
	c.errorf(e.Pos, "unknown identifier %s", e.Name)
	return nil
}

// argN is argN in a raw tracepoint: the Nth 64-bit slot of the context.
func (c *checker) argN(e *Ident, n int) *Type {
	if c.target == nil || c.target.Kind != RawTracepointProbe {
		c.errorf(e.Pos, "%s is only available in rawtracepoint probes here; tracepoints use args->field", e.Name)
		return nil
	}
	if n >= len(c.target.Args.Fields) {
		c.errorf(e.Pos, "%s out of range: %s takes %d arguments", e.Name, c.target, len(c.target.Args.Fields))
		return nil
	}
	return c.target.Args.Fields[n].Type
}

func atoiStrict(s string) (int, error) {
	if s == "" || len(s) > 2 {
		return 0, errBadNumber
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, errBadNumber
		}
		n = n*10 + int(r-'0')
	}
	return n, nil
}

var errBadNumber = errors.New("not a number")

// aggFuncs names the aggregation functions and what they keep.
var aggFuncs = map[string]AggKind{
	"count": Count, "sum": Sum, "avg": Avg, "min": Min, "max": Max,
	"stats": Stats, "hist": Hist, "lhist": Lhist,
}

// funcSpec is one builtin function: how many arguments it takes and how
// its call is checked.
type funcSpec struct {
	minArgs, maxArgs int
	check            func(c *checker, call *CallExpr) *Type
}

var builtinFuncs map[string]funcSpec

func init() {
	builtinFuncs = map[string]funcSpec{
		"printf": {1, 32, checkPrintf},
		"print":  {1, 3, checkPrint},
		"exit":   {0, 0, voidCall},
		"time":   {0, 1, checkTime},
		"delete": {1, 1, checkDelete},
		"clear":  {1, 1, checkWholeMap},
		"zero":   {1, 1, checkWholeMap},
		"str":    {1, 2, checkStr},
		"ntohs":  {1, 1, swapper(2)},
		"htons":  {1, 1, swapper(2)},
		"ntohl":  {1, 1, swapper(4)},
		"htonl":  {1, 1, swapper(4)},
		"bswap":  {1, 1, swapper(0)},
	}
}

func (c *checker) call(e *CallExpr) *Type {
	if agg, ok := aggFuncs[e.Name]; ok {
		c.aggCall(e, agg)
		c.errorf(e.Pos, "%s() must be assigned to a map: @name = %s(…)", e.Name, e.Name)
		return nil
	}
	spec, ok := builtinFuncs[e.Name]
	if !ok {
		switch e.Name {
		case "ksym", "usym", "kaddr", "uaddr", "ntop", "kstack", "ustack", "sizeof", "offsetof",
			"container_of", "buf", "macaddr", "cgroupid", "reg", "system", "cat", "signal", "join", "override", "strncmp":
			c.errorf(e.Pos, "function %s() is not supported yet", e.Name)
		default:
			c.errorf(e.Pos, "unknown function %s()", e.Name)
		}
		return nil
	}
	if len(e.Args) < spec.minArgs || len(e.Args) > spec.maxArgs {
		want := itoa(spec.minArgs)
		if spec.maxArgs != spec.minArgs {
			want += " to " + itoa(spec.maxArgs)
		}
		c.errorf(e.Pos, "%s() takes %s arguments, got %d", e.Name, want, len(e.Args))
		return nil
	}
	return spec.check(c, e)
}

func voidCall(c *checker, e *CallExpr) *Type { return VoidType }

func checkPrintf(c *checker, e *CallExpr) *Type {
	lit, ok := e.Args[0].(*StrLit)
	if !ok {
		c.errorf(e.Args[0].Position(), "printf's format must be a string literal")
		return nil
	}
	c.expr(lit)
	f, err := ParseFormat(lit.Value)
	if err != nil {
		c.errorf(lit.Pos, "printf format: %v", err)
		return nil
	}
	args := e.Args[1:]
	if len(f.Verbs) != len(args) {
		c.errorf(e.Pos, "printf format has %d conversions but %d arguments follow", len(f.Verbs), len(args))
		return nil
	}
	good := true
	for i, a := range args {
		t := c.expr(a)
		if t == nil {
			good = false
			continue
		}
		switch {
		case t.Kind == Void || t.Kind == Record || t.Kind == Agg || t.Kind == Array:
			c.errorf(a.Position(), "printf cannot print %s", t)
			good = false
		case !f.Verbs[i].accepts(t):
			c.errorf(a.Position(), "printf %%%c needs an integer, got %s; use %%s", f.Verbs[i].Conv, t)
			good = false
		}
	}
	if !good {
		return nil
	}
	c.info.Formats[e] = f
	return VoidType
}

func checkPrint(c *checker, e *CallExpr) *Type {
	if m, ok := e.Args[0].(*MapExpr); ok && len(m.Keys) == 0 {
		if c.wholeMap(m) == nil {
			return nil
		}
		for _, a := range e.Args[1:] {
			c.expr(a)
			if _, ok := c.constInt(a); !ok {
				c.errorf(a.Position(), "print()'s top and divisor must be constant integers")
				return nil
			}
		}
		return VoidType
	}
	if len(e.Args) > 1 {
		c.errorf(e.Args[1].Position(), "print() of a value takes one argument")
		return nil
	}
	t := c.expr(e.Args[0])
	if t == nil {
		return nil
	}
	if t.Kind == Void || t.Kind == Record || t.Kind == Array {
		c.errorf(e.Args[0].Position(), "print() cannot print %s", t)
		return nil
	}
	return VoidType
}

// wholeMap checks a reference to a whole map, as clear(@m) takes.
func (c *checker) wholeMap(m *MapExpr) *MapInfo {
	mi := c.info.Maps[m.Name]
	if mi == nil || !mi.assigned {
		if !c.quiet && mi == nil {
			c.info.Maps[m.Name] = &MapInfo{Name: m.Name, Pos: m.Pos}
		}
		c.errorf(m.Pos, "map %s is never assigned", m.Name)
		return nil
	}
	c.info.Types[m] = mi.Value
	return mi
}

func checkWholeMap(c *checker, e *CallExpr) *Type {
	m, ok := e.Args[0].(*MapExpr)
	if !ok || len(m.Keys) > 0 {
		c.errorf(e.Args[0].Position(), "%s() takes a whole map, such as @name", e.Name)
		return nil
	}
	if c.wholeMap(m) == nil {
		return nil
	}
	return VoidType
}

func checkTime(c *checker, e *CallExpr) *Type {
	if len(e.Args) == 1 {
		if _, ok := e.Args[0].(*StrLit); !ok {
			c.errorf(e.Args[0].Position(), "time()'s format must be a string literal")
			return nil
		}
		c.expr(e.Args[0])
	}
	return VoidType
}

func checkDelete(c *checker, e *CallExpr) *Type {
	m, ok := e.Args[0].(*MapExpr)
	if !ok || len(m.Keys) == 0 {
		c.errorf(e.Args[0].Position(), "delete() takes a map element, such as @name[key]")
		return nil
	}
	keys := c.mapKeys(m)
	mi := c.info.Maps[m.Name]
	if mi == nil || !mi.assigned {
		c.errorf(m.Pos, "map %s is never assigned", m.Name)
		return nil
	}
	c.useMap(mi, m, keys)
	if mi.Value.Agg == Hist || mi.Value.Agg == Lhist {
		c.errorf(e.Pos, "delete() of one key of a %s map is not supported; clear(%s) empties it", mi.Value, m.Name)
		return nil
	}
	c.info.Types[m] = mi.Value
	return VoidType
}

func checkStr(c *checker, e *CallExpr) *Type {
	t := c.expr(e.Args[0])
	if t == nil {
		return nil
	}
	size := defaultStrLen
	if len(e.Args) == 2 {
		c.expr(e.Args[1])
		n, ok := c.constInt(e.Args[1])
		if !ok || n < 1 || n >= maxStrLen {
			c.errorf(e.Args[1].Position(), "str()'s length must be a constant from 1 to %d", maxStrLen-1)
			return nil
		}
		size = int(n) + 1
	}
	if t.Kind == String {
		return StringType(min(size, t.Size))
	}
	if !c.wantInt(e.Args[0], t, "str()") {
		return nil
	}
	return StringType(size)
}

// swapper checks a byte-order function that works on size bytes (0: the
// argument's own size).
func swapper(size int) func(c *checker, e *CallExpr) *Type {
	return func(c *checker, e *CallExpr) *Type {
		t := c.expr(e.Args[0])
		if t == nil || !c.wantInt(e.Args[0], t, e.Name+"()") {
			return nil
		}
		n := size
		if n == 0 {
			n = t.Size
		}
		return IntType(n, false)
	}
}

// aggCall checks the arguments of an aggregation function and returns the
// type of the value it aggregates and, for lhist, its bounds.
func (c *checker) aggCall(e *CallExpr, agg AggKind) (*Type, [3]int64) {
	var bounds [3]int64
	want := 1
	switch agg {
	case Count:
		want = 0
	case Lhist:
		want = 4
	}
	if len(e.Args) != want {
		c.errorf(e.Pos, "%s() takes %d arguments, got %d", e.Name, want, len(e.Args))
		return nil, bounds
	}
	if want == 0 {
		return nil, bounds
	}
	t := c.expr(e.Args[0])
	if t == nil || !c.wantInt(e.Args[0], t, e.Name+"()") {
		return nil, bounds
	}
	if agg == Lhist {
		for i, a := range e.Args[1:] {
			c.expr(a)
			n, ok := c.constInt(a)
			if !ok {
				c.errorf(a.Position(), "lhist()'s min, max and step must be constants")
				return nil, bounds
			}
			bounds[i] = n
		}
		switch {
		case bounds[0] < 0:
			c.errorf(e.Args[1].Position(), "lhist() min must not be negative")
		case bounds[1] <= bounds[0]:
			c.errorf(e.Args[2].Position(), "lhist() max must be greater than min")
		case bounds[2] <= 0:
			c.errorf(e.Args[3].Position(), "lhist() step must be positive")
		case (bounds[1]-bounds[0])/bounds[2] > 1000:
			c.errorf(e.Args[3].Position(), "lhist() would have %d buckets; the most is 1000", (bounds[1]-bounds[0])/bounds[2])
		}
	}
	return t, bounds
}
