package lang

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/cilium/ebpf/btf"
)

// Info is what checking found out about a program, keyed by AST node as
// go/types does: every expression's type, every map's shape, every probe's
// concrete targets and variables.
type Info struct {
	Types   map[Expr]*Type
	Maps    map[string]*MapInfo
	Vars    map[*VarExpr]*Var
	Probes  []*ProbeInfo
	Formats map[*CallExpr]*Format
	// Consts holds the value of every expression that is a compile-time
	// constant: literals, parameters and arithmetic on them.
	Consts map[Expr]Const
	// Members says how each struct member access reads kernel memory.
	Members map[*FieldExpr]*MemberAccess
	// Offsets holds container_of's member offset, and the element size a
	// pointer arithmetic operation or pointer index scales by; for a
	// compound assignment to a pointer (p += n, p++), keyed by its target.
	Offsets map[Expr]int
	// RecordFields holds the element index of each access to a record's
	// field by name.
	RecordFields map[*FieldExpr]int
	// TupleIndexes holds the element index of each t[i] on a tuple, i a
	// constant, as t.i reads it.
	TupleIndexes map[*IndexExpr]int
	// Config is what the script's config block sets.
	Config Config
	// StructValues holds, for each struct or array in memory the script
	// stores (an expression of Kind Struct or Array), the record or tuple
	// it is kept as: its members or elements, laid out as in memory, read
	// whole.
	StructValues map[Expr]*Type
	// Getopts are the named options the script's getopt() calls take,
	// by name.
	Getopts map[string]Getopt
	// Warnings are problems that do not stop the script, such as a
	// struct copied into it that no longer matches the kernel's.
	Warnings ErrorList
	// Metrics are the script's metric declarations, checked, in the
	// order written.
	Metrics []*Metric
	// Left says, for each alternative of an either that cannot run on
	// this kernel, why: the errors checking it found. Probes holds none
	// of its probes.
	Left map[*Alternative]error
}

// Const is a compile-time constant: an integer, a string, or the bytes
// of a constant array (pton()'s address).
type Const struct {
	IsString bool
	Int      uint64
	Str      string
	Bytes    []byte
}

// MapInfo is the shape of one map, unified over every use in the script.
type MapInfo struct {
	Name  string
	Pos   Pos // first use
	Keys  []*Type
	Value *Type // for an aggregation, Kind Agg with the aggregation
	// Arg is the type of the value an aggregation takes (sum, min, hist…).
	Arg *Type
	// Lhist holds lhist's min, max and step.
	Lhist [3]int64
	// Kind and MaxEntries are what a declaration (let @m = lruhash(N))
	// asks for; DefaultMap and 0 for a map not declared.
	Kind       MapKind
	MaxEntries int
	// KeyExprs are the key expressions of the map's first assignment,
	// which name a metric's labels.
	KeyExprs []Expr
	assigned bool
}

// SortedMaps returns the maps in name order.
func (i *Info) SortedMaps() []*MapInfo {
	out := make([]*MapInfo, 0, len(i.Maps))
	for _, m := range i.Maps {
		out = append(out, m)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Name < out[b].Name })
	return out
}

// Var is a scratch variable of one probe.
type Var struct {
	Name string
	Pos  Pos
	Type *Type
	// Declared says a let declaration gave the type: assignments do not
	// widen it.
	Declared bool
	// pending marks a variable declared without a type or a value: its
	// first assignment gives its type (a read before then makes it an
	// integer).
	pending bool
}

// ProbeInfo is a probe with its attach points expanded.
type ProbeInfo struct {
	Probe   *Probe
	Targets []*Target
	Vars    []*Var
}

// Params are the values given with -D NAME=VALUE, and positional arguments.
type Params struct {
	Named      map[string]string
	Positional []string
	// PID is -p's process ID; it is ${PID} unless -D PID= says otherwise.
	PID int
	// CPID is the process -c's command runs in, which the cpid builtin
	// names; Command is that command line. Both are zero without -c.
	CPID    int
	Command string
	// CommandPID, when CPID is 0, gives CPID where it is used (and 0
	// when there is none): -c's command may still be starting while the
	// script is parsed and checked, and only a script that names cpid or
	// traces -c's process needs to wait for it.
	CommandPID func() int
	// ConfigEnv holds the config settings bpftrace's environment
	// variables give (see EnvConfig), which win over the script's config
	// block.
	ConfigEnv map[string]string
	// Options are the named options given after -- (--name=value),
	// which getopt() reads.
	Options []Option
	// Unsafe is --unsafe: builtins that act on the host beyond tracing it
	// (system(), signal()) are allowed.
	Unsafe bool
	// Unattachable, when set, says why this kernel can run no probe of
	// kind on function fn whatever its types (no kprobes and no fentry,
	// say), or nil where one may run. Check asks it about each probe on a
	// kernel function in an either's alternative, not optional, before
	// checking the alternative: one it says cannot attach is left out
	// unchecked (see LeftUnattachable), so that the runtime neither
	// compiles, loads nor reads tracepoint formats for it.
	Unattachable func(kind ProbeKind, fn string) error
}

const (
	defaultStrLen = 64   // bytes str() reads by default, as bpftrace
	maxStrLen     = 1024 // the most a string may hold, NUL included
)

type checker struct {
	env    Env
	params Params
	info   *Info
	errs   ErrorList
	// probe state
	probe *ProbeInfo
	// vars are the probe's variables that an assignment declared; scopes
	// are the blocks being checked, innermost last, with the variables
	// let and for declared in each.
	vars   map[string]*Var
	scopes []map[string]*Var
	loops  int     // loops around the statement being checked
	target *Target // the first target; args types come from it
	// inAggValue is set while checking the argument of an aggregation
	// function on the right of a map assignment.
	quiet bool // first pass: collect map shapes, report nothing
	// moduleBTF is the loaded modules' BTF, asked for on the first name
	// vmlinux lacks (see modules).
	moduleBTF []KernelModule
	// loadedModules are modules' BTF asked for one by one (for a
	// function's prototype), whose types members may meet.
	loadedModules []KernelTypes
	// scriptTypes are the structs the script defines that the kernel
	// lacks, by "struct name".
	scriptTypes map[string]btf.Type
	paramVals   map[string]*paramValue
	// unsetReported names the parameters already reported as not set.
	unsetReported map[string]bool
	targets       map[*AttachPoint][]*Target // expanded once, shared by the passes
	declared      map[string]*ParamDecl      // nil when the script declares none
	// argsField is set while `args` is checked as the operand of
	// args->argsField, so only that field's enum is named (see nameEnums).
	argsField string
	// unexpanded is set when an attach point could not be expanded (an
	// unknown tracepoint, no tracefs): its probe's body assigns maps that
	// then look never assigned, which is not worth saying too.
	unexpanded bool
	// badStructs are the script's structs that could not be laid out, by
	// "struct name": their uses are not reported again.
	badStructs map[string]bool
	// envReported holds the environment errors already reported (see
	// EnvironmentError).
	envReported map[string]bool
	// userEnums are the values of the enums the script defines, by name;
	// userEnumTypes the named enums themselves.
	userEnums     map[string]enumValue
	userEnumTypes map[string]*btf.Enum
}

// errReported marks an error already reported where it arose: errorf
// drops a message built from it.
var errReported = errors.New("already reported")

func (c *checker) warnf(p Pos, format string, args ...any) {
	if c.quiet {
		return
	}
	// An expression checked twice (a probe's body for each of its
	// kinds of attach point) warns once.
	msg := fmt.Errorf(format, args...).Error()
	for _, w := range c.info.Warnings {
		if w.Pos == p && w.Msg == msg {
			return
		}
	}
	c.info.Warnings.add(p, format, args...)
}

// checkProbes type-checks prog, as far as its probes go, against the
// kernel env describes.
func checkProbes(prog *Program, env Env, params Params) (*Info, error) {
	// Quiet passes learn every map's shape from its assignments, so a
	// probe may read a map that a later probe writes, and a map may be
	// computed from itself (@head = @head + 1). The first pass takes a
	// map it has not seen assigned yet to be an integer; the second starts
	// from what the first learnt.
	// Attach points are expanded once, by the pass that reports: with a
	// wildcard that is hundreds of tracepoint formats to read.
	cfg, err := ReadConfig(prog, params.ConfigEnv)
	if err != nil {
		return nil, err
	}
	if cfg.Missing == "warn" || cfg.Missing == "ignore" {
		for _, p := range prog.Probes {
			for _, ap := range p.Attach {
				ap.Optional = true
			}
		}
	}
	c := newChecker(env, params, cfg)
	for _, w := range cfg.Warnings {
		c.warnf(Pos{}, "%s", w)
	}
	c.expandAll(prog)
	var known map[string]*MapInfo
	sizes := treeSizes(prog)
	for pass := 0; pass < 2; pass++ {
		q := newChecker(env, params, cfg)
		q.quiet = true
		q.targets = c.targets
		q.presize(sizes)
		q.seedMaps(known)
		q.program(prog)
		known, sizes = q.info.Maps, infoSizes(q.info)
	}
	c.presize(sizes)
	c.seedMaps(known)
	c.program(prog)
	if err := c.errs.Err(); err != nil {
		return nil, err
	}
	return c.info, nil
}

// seedMaps starts a pass knowing the shapes of the maps an earlier pass
// saw assigned.
func (c *checker) seedMaps(maps map[string]*MapInfo) {
	for name, m := range maps {
		if m.assigned {
			c.info.Maps[name] = &MapInfo{Name: name, Pos: m.Pos, Keys: m.Keys, Value: m.Value, Arg: m.Arg, Lhist: m.Lhist, KeyExprs: m.KeyExprs, assigned: true}
		}
	}
}

func newChecker(env Env, params Params, cfg Config) *checker {
	return &checker{
		env:         env,
		params:      params,
		scriptTypes: map[string]btf.Type{},
		info: &Info{
			Types:        map[Expr]*Type{},
			Maps:         map[string]*MapInfo{},
			Vars:         map[*VarExpr]*Var{},
			Formats:      map[*CallExpr]*Format{},
			Consts:       map[Expr]Const{},
			Getopts:      map[string]Getopt{},
			StructValues: map[Expr]*Type{},
			Members:      map[*FieldExpr]*MemberAccess{},
			RecordFields: map[*FieldExpr]int{},
			TupleIndexes: map[*IndexExpr]int{},
			Offsets:      map[Expr]int{},
			Config:       cfg,
		},
	}
}

func (c *checker) errorf(p Pos, format string, args ...any) {
	for _, a := range args {
		if err, ok := a.(error); ok && errors.Is(err, errReported) {
			return
		}
	}
	if !c.quiet {
		c.errs.add(p, format, args...)
	}
}

func (c *checker) program(prog *Program) {
	c.declareParams(prog.Params)
	c.declareStructs(prog.Structs)
	c.declareEnums(prog.Enums)
	if len(prog.Probes) == 0 {
		c.errorf(Pos{Line: 1, Column: 1}, "script has no probes")
	}
	for _, p := range prog.Probes {
		pi := &ProbeInfo{Probe: p}
		for _, ap := range p.Attach {
			pi.Targets = append(pi.Targets, c.targets[ap]...)
		}
		c.checkProbe(pi)
		c.info.Probes = append(c.info.Probes, pi)
	}
	for _, m := range c.info.Maps {
		if !m.assigned && !c.unexpanded {
			c.errorf(m.Pos, "map %s is read but never assigned", m.Name)
		}
	}
	c.checkMetrics(prog.Metrics)
	c.declareMaps(prog.MapDecls)
	c.someAttached()
}

// someAttached reports a script none of whose probes (beyond BEGIN and
// END) can be attached: it would trace nothing.
func (c *checker) someAttached() {
	var skipped *Target
	for _, p := range c.info.Probes {
		for _, t := range p.Targets {
			switch {
			case t.Kind == BeginProbe || t.Kind == EndProbe:
			case t.Skip == "":
				return
			case skipped == nil:
				skipped = t
			}
		}
	}
	if skipped != nil {
		c.errorf(skipped.AP.Pos, "none of the script's probes can be attached (%s)", skipped.Skip)
	}
}

// expandAll expands every attach point into its concrete targets,
// reporting the ones that match nothing, after putting in the values of
// the parameters they name.
func (c *checker) expandAll(prog *Program) {
	c.targets = map[*AttachPoint][]*Target{}
	ps := c.scriptParams(prog)
	for _, p := range prog.Probes {
		c.expandProbe(p, ps)
	}
}

// expandProbe expands one probe's attach points. Scripts meant for
// several kernels list a function under each name it has had
// (kprobe:blk_account_io_start, kprobe:__blk_account_io_start): an attach
// point whose kernel function this kernel lacks is a warning, and is
// skipped, when another of the probe's attach points is attached, as in
// bpftrace; it is an error when none is.
func (c *checker) expandProbe(p *Probe, ps attachParams) {
	var missing []*AttachPoint
	var missingErrs []error
	attached := false
	for _, ap := range p.Attach {
		resolved, err := resolveAttach(ap, ps)
		if err != nil {
			c.unexpanded = true
			c.errs.add(ap.Pos, "%v", err)
			continue
		}
		if resolved == nil {
			continue // its parameters are empty: skipped by design
		}
		ts, err := c.expandAttach(resolved, len(p.Attach) > 1)
		if err != nil {
			missing, missingErrs = append(missing, ap), append(missingErrs, err)
			continue
		}
		c.targets[ap] = ts
		attached = attached || len(ts) > 0
	}
	for i, ap := range missing {
		if attached {
			c.info.Warnings.addErr(ap.Pos, fmt.Errorf("%s skipped: %w; the probe's other attach points are attached", ap.Raw, missingErrs[i]))
			continue
		}
		c.unexpanded = true
		c.errs.addErr(ap.Pos, missingErrs[i])
	}
}

func (c *checker) checkProbe(pi *ProbeInfo) {
	c.probe, c.vars, c.scopes, c.loops, c.target = pi, map[string]*Var{}, nil, 0, nil
	if len(pi.Targets) > 0 {
		c.target = pi.Targets[0]
	}
	if pi.Probe.Pred != nil {
		t := c.expr(pi.Probe.Pred)
		if t != nil && !t.IsInteger() {
			c.errorf(pi.Probe.Pred.Position(), "predicate must be an integer or a pointer, not %s", t)
		}
	}
	c.block(pi.Probe.Body)
}

// nameEnums gives tracepoint fields declared as a C enum the enum's BTF
// type, so their values print by name (SKB_DROP_REASON_NO_SOCKET) and
// compare with enum constants, and fields declared as pointers to a
// struct that struct as their pointee; without BTF they stay plain
// integers and pointers. It types the field only (every field when field
// is ""), and only when the script reads it: a script that never reads
// such a field does not load kernel BTF for it, which costs tens of
// milliseconds at start-up.
func (c *checker) nameEnums(t *Target, field string) {
	if t.Args == nil {
		return
	}
	for _, f := range t.Args.Fields {
		if field != "" && f.Name != field {
			continue
		}
		switch {
		case f.Enum != "" && f.Type.BTF == nil:
			kt, err := c.env.BTF()
			if err != nil {
				return
			}
			if en, err := lookupTagged(kt, "enum", f.Enum); err == nil {
				typ := *f.Type
				typ.BTF = en
				f.Type = &typ
			}
		case f.Pointee != "" && f.Type.Target == nil:
			// A pointer to a struct the format names: typed from BTF, so
			// that args->rqtp->tv_sec reads.
			tag, name, _ := strings.Cut(f.Pointee, " ")
			if st, err := c.lookupType(tag, name); err == nil {
				typ := *f.Type
				typ.Target = st
				f.Type = &typ
			}
		}
	}
}

func (c *checker) block(b *Block) {
	c.scopes = append(c.scopes, nil)
	for _, s := range b.Stmts {
		c.stmt(s)
	}
	c.scopes = c.scopes[:len(c.scopes)-1]
}

// lookupVar finds the variable name means here: the innermost declared
// one, else the probe's.
func (c *checker) lookupVar(name string) *Var {
	for i := len(c.scopes) - 1; i >= 0; i-- {
		if v := c.scopes[i][name]; v != nil {
			return v
		}
	}
	return c.vars[name]
}

// declare makes a new variable in the innermost block, hiding any of the
// same name outside it.
func (c *checker) declare(e *VarExpr, t *Type) *Var {
	v := &Var{Name: e.Name, Pos: e.Pos, Type: t}
	if len(c.scopes) == 0 {
		c.scopes = append(c.scopes, nil)
	}
	top := &c.scopes[len(c.scopes)-1]
	if *top == nil {
		*top = map[string]*Var{}
	}
	(*top)[e.Name] = v
	if t != nil {
		c.probe.Vars = append(c.probe.Vars, v)
		c.info.Vars[e] = v
		c.info.Types[e] = t
	}
	return v
}

func (c *checker) stmt(s Stmt) {
	switch s := s.(type) {
	case *ExprStmt:
		call, ok := s.X.(*CallExpr)
		if !ok {
			c.expr(s.X)
			if pure(s.X) {
				// bpftrace takes it (its tests do, to see the types
				// resolve): nothing to run, but likely a slip.
				c.warnf(Start(s.X), "expression has no effect; assign it or pass it to a function")
				return
			}
			c.errorf(Start(s.X), "expression has no effect; assign it or pass it to a function")
			return
		}
		t := c.expr(call)
		switch {
		case t == nil || t.Kind == Void:
		case call.Name == "delete":
			// Whether it deleted anything, which a statement may drop.
		case t.Kind == Agg:
			c.errorf(call.Pos, "%s() must be assigned to a map: @name = %s(…)", call.Name, call.Name)
		default:
			// A call made for its value (str(), ntop()…) does nothing
			// on its own.
			c.errorf(call.Pos, "%s() has no effect as a statement; assign it or pass it to a function", call.Name)
		}
	case *AssignStmt:
		c.assign(s)
	case *IncDecStmt:
		op := "+="
		if s.Op == "--" {
			op = "-="
		}
		c.assign(&AssignStmt{Pos: s.Pos, Target: s.Target, Op: op, Value: &IntLit{Pos: s.Pos, Value: 1}})
	case *IfStmt:
		if t := c.expr(s.Cond); t != nil && !t.IsInteger() {
			c.errorf(s.Cond.Position(), "condition must be an integer or a pointer, not %s", t)
		}
		c.block(s.Then)
		if s.Else != nil {
			c.stmt(s.Else)
		}
	case *Block:
		c.block(s)
	case *UnrollStmt:
		c.expr(s.Count)
		n, ok := c.constInt(s.Count)
		if !ok || n < 1 || n > 100 {
			c.errorf(s.Count.Position(), "unroll count must be a constant from 1 to 100")
		}
		c.block(s.Body)
	case *ReturnStmt:
		if s.Value != nil {
			c.expr(s.Value)
		}
	case *ForStmt:
		c.forStmt(s)
	case *WhileStmt:
		c.whileStmt(s)
	case *LetStmt:
		c.let(s)
	case *BreakStmt, *ContinueStmt:
		if c.loops == 0 {
			c.errorf(s.Position(), "%s outside a loop", map[bool]string{true: "break", false: "continue"}[isBreak(s)])
		}
	}
}

func isBreak(s Stmt) bool {
	_, ok := s.(*BreakStmt)
	return ok
}

func (c *checker) assign(s *AssignStmt) {
	if id, ok := s.Target.(*Ident); ok && id.Name == "_" {
		// _ = expr evaluates expr and drops its value, as in bpftrace.
		t := c.expr(s.Value)
		switch {
		case s.Op != "=":
			c.errorf(s.Pos, "_ takes only =: its value is dropped")
		case t != nil && (t.Kind == Void || t.Kind == Agg):
			c.errorf(s.Value.Position(), "_ = takes a value, not %s", t)
		}
		return
	}
	switch target := s.Target.(type) {
	case *VarExpr:
		var t *Type
		if s.Op == "=" {
			t = c.storedValue(s.Value, c.expr(s.Value))
		} else {
			t = c.binary(&BinaryExpr{Pos: s.opPos(), Op: strings.TrimSuffix(s.Op, "="), X: target, Y: s.Value})
			c.scaleCompound(s, c.info.Types[target])
		}
		if t != nil && (t.Kind == Void || t.Kind == Agg || t.Kind == Record || t.Kind == Struct || t.Kind == Array) {
			c.errorf(s.Value.Position(), "cannot assign %s to a variable; read its members instead", t)
			t = nil
		}
		if t == nil {
			// Declare the variable anyway, untyped, so that its uses do
			// not each report that it was never assigned.
			if c.lookupVar(target.Name) == nil {
				c.vars[target.Name] = &Var{Name: target.Name, Pos: target.Pos}
			}
			return
		}
		v := c.lookupVar(target.Name)
		if v != nil && v.Type == nil && !v.pending {
			return
		}
		switch {
		case v == nil:
			if s.Op != "=" {
				return // binary() already reported the undefined variable
			}
			v = &Var{Name: target.Name, Pos: target.Pos, Type: clone(t)}
			c.vars[target.Name] = v
			c.probe.Vars = append(c.probe.Vars, v)
		case v.pending:
			v.Type, v.pending = clone(t), false
			c.probe.Vars = append(c.probe.Vars, v)
		case !sameShape(v.Type, t):
			c.errorf(s.Value.Position(), "variable %s holds %s, cannot assign %s", target.Name, v.Type, t)
			return
		case v.Declared:
			if s.Op == "=" {
				c.checkFits(s.Value, t, v.Type)
			}
			if v.Type.Kind == String && t.Size > v.Type.Size {
				c.warnf(s.Value.Position(), "variable %s holds %s: the string is cut to %d bytes", target.Name, v.Type, v.Type.Size-1)
			}
		case s.Op != "=" && v.Type.Kind == Int && !v.Type.Bool:
			// x op= y and x++ store the 64-bit result in x's own type,
			// as in C: a uint8 at 255 plus 1 is 0, an int16 stays 2
			// bytes and signed.
			v.Type.User = v.Type.User || t.User
		default:
			unify(v.Type, t)
		}
		c.info.Vars[target] = v
		c.info.Types[target] = v.Type
	case *MapExpr:
		c.assignMap(s, target)
	default:
		c.expr(s.Target)
		c.errorf(s.Target.Position(), "cannot assign to this expression; only to a map or a $variable")
	}
}

func (c *checker) assignMap(s *AssignStmt, target *MapExpr) {
	keys := c.mapKeys(target)
	if len(target.Keys) > 0 && keys == nil {
		// A key is wrong: check the value, but do not guess the map's
		// shape from this use.
		if call, ok := s.Value.(*CallExpr); ok && aggFuncs[call.Name] != NoAgg {
			c.aggCall(call, aggFuncs[call.Name])
		} else {
			c.expr(s.Value)
		}
		return
	}
	var value *Type
	var arg *Type
	var lhist [3]int64
	if call, ok := s.Value.(*CallExpr); ok && s.Op == "=" && aggFuncs[call.Name] != NoAgg {
		agg := aggFuncs[call.Name]
		arg, lhist = c.aggCall(call, agg)
		value = &Type{Kind: Agg, Agg: agg}
		c.info.Types[call] = value
	} else {
		value = c.expr(s.Value)
		if s.Op == "=" {
			value = c.storedValue(s.Value, value)
		}
		if value == nil {
			return
		}
		if s.Op != "=" && !value.IsInteger() {
			c.errorf(s.Value.Position(), "%s needs an integer, not %s", s.Op, value)
			return
		}
		if value.Kind == Void || value.Kind == Record || value.Kind == Agg || value.Kind == Struct || value.Kind == Array {
			c.errorf(s.Value.Position(), "cannot store %s in a map", value)
			return
		}
	}
	m := c.info.Maps[target.Name]
	if m == nil || !m.assigned {
		if m == nil {
			m = &MapInfo{Name: target.Name, Pos: target.Pos}
			c.info.Maps[target.Name] = m
		}
		m.assigned, m.Keys, m.Value, m.Arg, m.Lhist = true, mapTypes(keys), mapType(value), mapTypeOrNil(arg), lhist
		m.KeyExprs = target.Keys
		c.useMap(m, target, keys)
		c.info.Types[target] = m.Value
		return
	}
	c.useMap(m, target, keys)
	c.info.Types[target] = m.Value
	if s.Op != "=" {
		c.scaleCompound(s, m.Value)
		c.warnSigns(&BinaryExpr{Pos: s.opPos(), Op: strings.TrimSuffix(s.Op, "="), X: target, Y: s.Value}, m.Value, value)
	}
	switch {
	case m.Value.Kind == Agg && value.Kind == Agg:
		if m.Value.Agg != value.Agg {
			c.errorf(s.Value.Position(), "map %s holds %s, cannot also hold %s", m.Name, m.Value, value)
			return
		}
		if m.Value.Agg == Lhist && m.Lhist != lhist {
			c.errorf(s.Value.Position(), "map %s is an lhist(%d, %d, %d), cannot use other bounds", m.Name, m.Lhist[0], m.Lhist[1], m.Lhist[2])
		}
		if arg != nil && m.Arg != nil {
			unify(m.Arg, arg)
		}
	case m.Value.Kind == Agg || value.Kind == Agg:
		c.errorf(s.Value.Position(), "map %s holds %s, cannot assign %s", m.Name, m.Value, value)
	case !sameShape(m.Value, value):
		c.errorf(s.Value.Position(), "map %s holds %s, cannot assign %s", m.Name, m.Value, value)
	default:
		unify(m.Value, value)
	}
}

// opPos is where a compound assignment's operator is, or the
// statement's start when it has none written (++ and --).
func (s *AssignStmt) opPos() Pos {
	if s.OpPos.Line == 0 {
		return s.Pos
	}
	return s.OpPos
}

// scaleCompound records the element size that p += n, p -= n, p++ and p--
// scale n by when the variable or map p holds a typed pointer, keyed by
// the statement's target: as in C, they move by whole elements.
func (c *checker) scaleCompound(s *AssignStmt, target *Type) {
	if target == nil || target.Kind != Pointer || target.Target == nil || (s.Op != "+=" && s.Op != "-=") {
		return
	}
	c.info.Offsets[s.Target] = targetSize(target)
}

// constInt returns the value of a constant integer expression.
func (c *checker) constInt(e Expr) (int64, bool) {
	k, ok := c.info.Consts[e]
	if !ok || k.IsString || k.Bytes != nil {
		return 0, false
	}
	return int64(k.Int), true
}

// describe names an expression for messages.
func describe(e Expr) string {
	switch e := e.(type) {
	case *ParamExpr:
		return fmt.Sprintf("parameter %s", e.Name)
	case *MapExpr:
		return "map " + e.Name
	case *VarExpr:
		return "variable " + e.Name
	case *Ident:
		return e.Name
	}
	return "expression"
}

// commandPID is Params.CPID, asked of CommandPID when it is not known yet.
func (p *Params) commandPID() int {
	if p.CPID == 0 && p.CommandPID != nil {
		return p.CommandPID()
	}
	return p.CPID
}
