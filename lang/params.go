package lang

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Parameters: ${NAME} in a script takes the value of -D NAME=VALUE. A
// script may declare its parameters (param NAME TYPE = DEFAULT "help");
// then each value is checked against its type, defaults fill in what -D
// leaves out, and a -D the script does not take is an error. Values are
// folded into the program as constants, never spliced in as text.

// ParamTypes are the types a parameter may be declared with.
var ParamTypes = []string{"int", "duration", "string", "bool"}

// paramValue is a parameter's value after checking.
type paramValue struct {
	decl  *ParamDecl // nil when the script declares no parameters
	value string
	set   bool
}

// declareParams checks the declarations and the -D values against them.
func (c *checker) declareParams(decls []*ParamDecl) {
	c.paramVals = map[string]*paramValue{}
	if c.params.PID != 0 {
		c.paramVals["PID"] = &paramValue{value: strconv.Itoa(c.params.PID), set: true}
	}
	for name, v := range c.params.Named {
		c.paramVals[name] = &paramValue{value: v, set: true}
	}
	if len(decls) == 0 {
		return
	}
	declared := map[string]*ParamDecl{}
	for _, d := range decls {
		if declared[d.Name] != nil {
			c.errorf(d.Pos, "parameter %s is declared twice", d.Name)
			continue
		}
		declared[d.Name] = d
		if !validParamType(d.Type) {
			c.errorf(d.Pos, "parameter %s has type %q; the types are %s", d.Name, d.Type, strings.Join(ParamTypes, ", "))
			continue
		}
		if !c.checkRange(d) {
			continue
		}
		if d.HasDef {
			if _, err := d.convert(d.Default); err != nil {
				c.errorf(d.Pos, "default of %s: %v", d.Name, err)
			}
		}
		pv := c.paramVals[d.Name]
		switch {
		case pv != nil:
			pv.decl = d
			if _, err := d.convert(pv.value); err != nil {
				c.errorf(d.Pos, "-D %s=%s: %v", d.Name, pv.value, err)
			}
		case d.HasDef:
			c.paramVals[d.Name] = &paramValue{decl: d, value: d.Default}
		}
	}
	var unknown []string
	for name := range c.params.Named {
		if declared[name] == nil {
			unknown = append(unknown, name)
		}
	}
	sort.Strings(unknown)
	for _, name := range unknown {
		c.errorf(decls[0].Pos, "-D %s: this script takes no parameter %s (it takes %s)", name, name, declNames(decls))
	}
	c.declared = declared
}

func declNames(decls []*ParamDecl) string {
	names := make([]string, len(decls))
	for i, d := range decls {
		names[i] = d.Name
	}
	return strings.Join(names, ", ")
}

func validParamType(t string) bool {
	for _, p := range ParamTypes {
		if p == t {
			return true
		}
	}
	return false
}

// checkRange checks a declaration's range: only int and duration
// parameters take one, its bounds must be of the type, and MIN may not be
// above MAX.
func (c *checker) checkRange(d *ParamDecl) bool {
	if d.Range() == "" {
		return true
	}
	if d.Type != "int" && d.Type != "duration" {
		c.errorf(d.Pos, "parameter %s: only int and duration parameters take a range, not %s", d.Name, d.Type)
		return false
	}
	lo, hi := rangeBounds(d)
	var err error
	if d.Min != "" {
		if lo, err = convertParam(d.Type, d.Min); err != nil {
			c.errorf(d.Pos, "range of %s: %v", d.Name, err)
			return false
		}
	}
	if d.Max != "" {
		if hi, err = convertParam(d.Type, d.Max); err != nil {
			c.errorf(d.Pos, "range of %s: %v", d.Name, err)
			return false
		}
	}
	if int64(lo.Int) > int64(hi.Int) {
		c.errorf(d.Pos, "range of %s: %s is more than %s", d.Name, d.Min, d.Max)
		return false
	}
	return true
}

// rangeBounds are the least and greatest values of a declaration's type,
// before its range narrows them.
func rangeBounds(d *ParamDecl) (lo, hi Const) {
	lo, hi = Const{Int: 1 << 63}, Const{Int: 1<<63 - 1}
	if d.Type == "duration" {
		lo = Const{}
	}
	return lo, hi
}

// convert reads a value for the parameter d declares: its type's
// conversion, then its range.
func (d *ParamDecl) convert(v string) (Const, error) {
	k, err := convertParam(d.Type, v)
	if err != nil || d.Range() == "" {
		return k, err
	}
	lo, hi := rangeBounds(d)
	if d.Min != "" {
		lo, _ = convertParam(d.Type, d.Min) // checked by checkRange
	}
	if d.Max != "" {
		hi, _ = convertParam(d.Type, d.Max)
	}
	if int64(k.Int) < int64(lo.Int) || int64(k.Int) > int64(hi.Int) {
		return Const{}, fmt.Errorf("%s is out of %s's range, %s", v, d.Name, d.Range())
	}
	return k, nil
}

// convertParam reads a value as a parameter of type typ: the constant it
// folds to. An int is a 64-bit signed integer; a duration is at least 0.
func convertParam(typ, v string) (Const, error) {
	switch typ {
	case "int":
		n, err := strconv.ParseInt(strings.ReplaceAll(v, "_", ""), 0, 64)
		if errors.Is(err, strconv.ErrRange) {
			return Const{}, fmt.Errorf("%q is out of the range of a 64-bit integer", v)
		}
		if err != nil {
			return Const{}, fmt.Errorf("%q is not an integer", v)
		}
		return Const{Int: uint64(n)}, nil
	case "duration":
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			d, derr := time.ParseDuration(v)
			if derr != nil {
				return Const{}, fmt.Errorf("%q is not a duration (such as 250us, 10ms, 2s)", v)
			}
			n = int64(d)
		}
		if n < 0 {
			return Const{}, fmt.Errorf("%q is negative: a duration is 0 or more", v)
		}
		return Const{Int: uint64(n)}, nil
	case "bool":
		switch strings.ToLower(v) {
		case "true", "1", "yes", "on":
			return Const{Int: 1}, nil
		case "false", "0", "no", "off":
			return Const{Int: 0}, nil
		}
		return Const{}, fmt.Errorf("%q is not a boolean (true or false)", v)
	case "string":
		if len(v)+1 > maxStrLen {
			return Const{}, fmt.Errorf("the value is %d bytes; the most is %d", len(v), maxStrLen-1)
		}
		return Const{IsString: true, Str: v}, nil
	}
	return Const{}, fmt.Errorf("unknown parameter type %q", typ)
}

// param types ${NAME}: from its declaration when the script declares its
// parameters, else from the value (an integer, a duration, or a string).
func (c *checker) param(e *ParamExpr) *Type {
	pv := c.paramVals[e.Name]
	if c.declared != nil && c.declared[e.Name] == nil {
		c.errorf(e.Pos, "parameter %s is not declared; the script declares %s", e.Name, declNames(sortedDecls(c.declared)))
		return nil
	}
	if pv == nil {
		if c.unsetReported[e.Name] {
			return nil // said once, at its first use
		}
		if c.unsetReported == nil {
			c.unsetReported = map[string]bool{}
		}
		c.unsetReported[e.Name] = true
		if d := c.declared[e.Name]; d != nil {
			c.errorf(e.Pos, "parameter %s has no default: run with -D %s=VALUE (%s)", e.Name, e.Name, d.Help)
			return nil
		}
		c.errorf(e.Pos, "parameter %s is not set: run with -D %s=VALUE", e.Name, e.Name)
		return nil
	}
	if pv.decl == nil {
		return c.inferParam(e, pv.value)
	}
	k, err := pv.decl.convert(pv.value)
	if err != nil {
		return nil // reported at the declaration
	}
	c.info.Consts[e] = k
	if k.IsString {
		return StringType(len(k.Str) + 1)
	}
	return Int64Type
}

func sortedDecls(m map[string]*ParamDecl) []*ParamDecl {
	out := make([]*ParamDecl, 0, len(m))
	for _, d := range m {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Pos.Offset < out[j].Pos.Offset })
	return out
}
