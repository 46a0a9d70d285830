package lang

import (
	"fmt"
	"strings"
)

// Macros are expanded right after parsing, as bpftrace does: each call
// is replaced by a copy of the macro's body, a block whose value is the
// body's last expression. A $variable parameter names the caller's
// variable, which the body may change; an @map parameter the caller's
// map; a bare name stands for the expression passed, evaluated where the
// body uses it. The body's other variables are its own (renamed so that
// no caller's variable can be hit), and it may use no map it is not
// passed. A macro without parameters may be called without parentheses.
//
// The same pass turns the call form of a builtin variable (nsecs(),
// comm()) and its __builtin_ name into the variable, and the task
// accessors (pcomm, ppid, leader_comm, leader_tid, alone or called with a
// task) into the fields of the task they read.

// maxMacroDepth is how deeply macro calls may nest.
const maxMacroDepth = 64

type macroExpander struct {
	macros map[string][]*Macro
	errs   *ErrorList
	calls  int      // calls expanded so far, which numbers their variables
	active []string // the macros being expanded, innermost last
}

// expandMacros expands every macro call in prog's probes.
func expandMacros(prog *Program, errs *ErrorList) {
	x := &macroExpander{macros: map[string][]*Macro{}, errs: errs}
	for _, m := range prog.Macros {
		for _, o := range x.macros[m.Name] {
			if len(o.Params) == len(m.Params) {
				errs.add(m.Pos, "macro %s with %d parameters is defined twice (first at %s)", m.Name, len(m.Params), o.Pos)
			}
		}
		seen := map[string]bool{}
		for _, p := range m.Params {
			if seen[p] {
				errs.add(m.Pos, "macro %s names parameter %s twice", m.Name, p)
			}
			seen[p] = true
		}
		x.macros[m.Name] = append(x.macros[m.Name], m)
	}
	r := x.caller()
	for _, p := range prog.Probes {
		if p.Pred != nil {
			p.Pred = r.e(p.Pred)
		}
		p.Body = r.block(p.Body)
	}
}

// caller is the rewriter of code outside any macro: calls are expanded,
// everything else left as it is, in place.
func (x *macroExpander) caller() *rewriter {
	r := &rewriter{inPlace: true}
	r.expr = func(e Expr) (Expr, bool) { return x.callSite(e, r) }
	return r
}

// find returns the macro name with n parameters, and whether one of that
// name exists with another number.
func (x *macroExpander) find(name string, n int) (*Macro, bool) {
	ms := x.macros[name]
	for _, m := range ms {
		if len(m.Params) == n {
			return m, true
		}
	}
	return nil, len(ms) > 0
}

// callSite expands e if it calls a macro (or names one without
// arguments), and rewrites a builtin variable's other spellings; args is
// the rewriter for the call's arguments, which belong to the code around
// the call.
func (x *macroExpander) callSite(e Expr, args *rewriter) (Expr, bool) {
	switch e := e.(type) {
	case *CallExpr:
		if m, _ := x.find(e.Name, len(e.Args)); m != nil {
			return x.expand(m, e.Pos, args.exprs(e.Args)), true
		}
		builtin := builtinFuncs[e.Name].check != nil || aggFuncs[e.Name] != NoAgg || (len(e.Args) == 0 && builtinVars[e.Name] != nil)
		if _, other := x.find(e.Name, len(e.Args)); other && !builtin {
			x.errs.add(e.Pos, "macro %s takes %s, not %d", e.Name, paramCounts(x.macros[e.Name]), len(e.Args))
			return &IntLit{Pos: e.Pos}, true
		}
		if len(e.Args) == 0 && builtinVars[e.Name] != nil {
			return &Ident{Pos: e.Pos, Name: e.Name}, true // nsecs() is nsecs
		}
		if path := taskAccessor(e.Name); path != nil && len(e.Args) <= 1 {
			var task Expr = &Ident{Pos: e.Pos, Name: "curtask"}
			if len(e.Args) == 1 {
				task = args.e(e.Args[0])
			}
			return taskField(task, path, e.Pos), true
		}
	case *Ident:
		if m, _ := x.find(e.Name, 0); m != nil {
			return x.expand(m, e.Pos, nil), true
		}
		if name, ok := strings.CutPrefix(e.Name, "__builtin_"); ok && builtinVars[name] != nil {
			return &Ident{Pos: e.Pos, Name: name}, true
		}
		if path := taskAccessor(e.Name); path != nil {
			return taskField(&Ident{Pos: e.Pos, Name: "curtask"}, path, e.Pos), true
		}
	}
	return nil, false
}

// taskAccessors are the names that read a task's parent or thread group
// leader, as bpftrace's: pcomm is the parent process's name, ppid its
// pid; leader_comm and leader_tid the thread group leader's name and
// thread id (the process's own, where pid is its thread group id). A
// static table rather than a map, which would be built at every start.
var taskAccessors = [...]struct {
	name string
	path [2]string
}{
	{"pcomm", [2]string{"real_parent", "comm"}},
	{"ppid", [2]string{"real_parent", "tgid"}},
	{"leader_comm", [2]string{"group_leader", "comm"}},
	{"leader_tid", [2]string{"group_leader", "pid"}},
}

// taskAccessor is the path of task_struct members name reads (see
// taskAccessors), nil when name is none of them.
func taskAccessor(name string) []string {
	for i := range taskAccessors {
		if a := &taskAccessors[i]; a.name == name {
			return a.path[:]
		}
	}
	return nil
}

// taskField is task->a->b… for the path of task_struct members.
func taskField(task Expr, path []string, at Pos) Expr {
	for _, name := range path {
		task = &FieldExpr{Pos: at, X: task, Name: name, Arrow: true}
	}
	return task
}

func paramCounts(ms []*Macro) string {
	var s []string
	for _, m := range ms {
		s = append(s, fmt.Sprint(len(m.Params)))
	}
	if len(s) == 1 && s[0] == "1" {
		return "1 argument"
	}
	return strings.Join(s, " or ") + " arguments"
}

// expand returns a call of m at pos with the (already expanded)
// arguments args: a copy of its body with the parameters bound.
func (x *macroExpander) expand(m *Macro, at Pos, args []Expr) Expr {
	for _, name := range x.active {
		if name == m.Name {
			x.errs.add(at, "macro %s calls itself (%s)", m.Name, strings.Join(append(x.active, m.Name), " → "))
			return &IntLit{Pos: at}
		}
	}
	if len(x.active) >= maxMacroDepth {
		x.errs.add(at, "macro calls nest more than %d deep", maxMacroDepth)
		return &IntLit{Pos: at}
	}
	x.calls++
	call := x.calls
	vars, maps, exprs := map[string]string{}, map[string]string{}, map[string]Expr{}
	bad := false
	for i, p := range m.Params {
		a := args[i]
		switch p[0] {
		case '$':
			v, ok := a.(*VarExpr)
			if !ok {
				x.errs.add(Start(a), "macro %s takes a $variable for %s, which it may change; this is %s", m.Name, p, what(a))
				bad = true
				continue
			}
			vars[p] = v.Name
		case '@':
			mp, ok := a.(*MapExpr)
			if !ok || len(mp.Keys) > 0 {
				x.errs.add(Start(a), "macro %s takes a whole map for %s, such as @name; this is %s", m.Name, p, what(a))
				bad = true
				continue
			}
			maps[p] = mp.Name
		default:
			exprs[p] = a
		}
	}
	if bad {
		return &IntLit{Pos: at} // said; the body would only repeat it
	}
	body := &rewriter{}
	copyArg := &rewriter{}
	body.expr = func(e Expr) (Expr, bool) {
		switch e := e.(type) {
		case *VarExpr:
			if name, ok := vars[e.Name]; ok {
				return &VarExpr{Pos: e.Pos, Name: name}, true
			}
			return &VarExpr{Pos: e.Pos, Name: fmt.Sprintf("%s (in macro %s, call %d)", e.Name, m.Name, call)}, true
		case *MapExpr:
			name, ok := maps[e.Name]
			if !ok {
				x.errs.add(e.Pos, "macro %s uses map %s, which is not passed to it: pass it as a parameter, as in macro %s(@m)", m.Name, e.Name, m.Name)
				name = e.Name
			}
			return &MapExpr{Pos: e.Pos, Name: name, Keys: body.exprs(e.Keys)}, true
		case *Ident:
			if a, ok := exprs[e.Name]; ok {
				return copyArg.e(a), true
			}
		case *TypeExpr:
			if a, ok := exprs[e.Type.Name]; ok && e.Type.Tag == "" {
				// typeof(T) passed for a type parameter.
				if t, ok := typeArgOf(a); ok {
					t.Ptr += e.Type.Ptr
					return &TypeExpr{Pos: e.Pos, Type: t}, true
				}
			}
		}
		return x.callSite(e, body)
	}
	x.active = append(x.active, m.Name)
	out := &BlockExpr{Pos: at, Stmts: body.stmts(m.Body.Stmts), Value: body.e(m.Value), Macro: m.Name}
	x.active = x.active[:len(x.active)-1]
	return out
}

// typeArgOf is the type a typeof(T) argument passes, as a type name.
func typeArgOf(e Expr) (TypeName, bool) {
	c, ok := e.(*CallExpr)
	if !ok || c.Name != "typeof" || len(c.Args) != 1 {
		return TypeName{}, false
	}
	switch a := c.Args[0].(type) {
	case *TypeExpr:
		return a.Type, true
	case *Ident:
		if _, ok := intTypeNames[a.Name]; ok {
			return TypeName{Pos: a.Pos, Name: a.Name}, true
		}
	}
	return TypeName{}, false
}

// what names an expression for a message about a macro's argument.
func what(e Expr) string {
	switch e := e.(type) {
	case *VarExpr:
		return "variable " + e.Name
	case *MapExpr:
		if len(e.Keys) > 0 {
			return "an element of map " + e.Name
		}
		return "map " + e.Name
	}
	return "an expression"
}
