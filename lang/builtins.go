package lang

import (
	"errors"
	"fmt"
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
	"numaid":  fixed(Uint32Type),
	"ncpus":   fixed(Uint64Type), // the CPUs per-CPU maps keep a value for
	// usermode is 1 when the probe fired in user-space code: uprobes,
	// usdt, BEGIN and END, and a sample (profile, interval…) that
	// interrupted user code; 0 in the kernel's own probes.
	"usermode": fixed(IntType(1, false)),
	// username is the current user id, printed as its name.
	"username": fixed(&Type{Kind: Username, Size: 8}),
	"probe": func(c *checker, e *Ident) *Type {
		n := len("BEGIN")
		for _, t := range c.probe.Targets {
			n = max(n, len(t.String()))
		}
		return StringType(min(n+1, maxStrLen))
	},
	"curtask": func(c *checker, e *Ident) *Type {
		kt, err := c.env.BTF()
		if err != nil {
			return &Type{Kind: Pointer, Size: 8}
		}
		task, err := lookupTagged(kt, "struct", "task_struct")
		if err != nil {
			return &Type{Kind: Pointer, Size: 8}
		}
		return &Type{Kind: Pointer, Size: 8, Target: task}
	},
	"kstack": (*checker).checkStackVar,
	"ustack": (*checker).checkStackVar,
	"args":   checkArgs,
	"true":   checkBool,
	"false":  checkBool,
	"retval": checkRetval,
	"func":   checkFunc,
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
	if e.Name == "cpid" {
		return c.cpid(e)
	}
	if t := c.enumConstant(e); t != nil {
		return t
	}
	if v, _, ok := headerConstant(e.Name); ok {
		c.info.Consts[e] = Const{Int: uint64(v)}
		return Int64Type
	}
	if bpftraceVars[e.Name] || strings.HasPrefix(e.Name, "sarg") {
		c.errorf(e.Pos, "builtin %s is not supported yet", e.Name)
		return nil
	}
	if _, err := c.env.BTF(); err != nil {
		c.errorf(e.Pos, "unknown identifier %s; it could name a kernel enum value, but: %w", e.Name, err)
		return nil
	}
	c.errorf(e.Pos, "unknown identifier %s", e.Name)
	return nil
}

// enumConstant resolves an identifier that names a kernel enum value, such
// as TCP_LISTEN or SKB_DROP_REASON_NO_SOCKET, to its value in this
// kernel's BTF (the values differ between kernels).
func (c *checker) enumConstant(e *Ident) *Type {
	if v, ok := c.userEnums[e.Name]; ok {
		c.info.Consts[e] = Const{Int: v.value}
		return &Type{Kind: Int, Size: 8, Signed: v.enum.Signed, BTF: v.enum}
	}
	kt, err := c.env.BTF()
	if err != nil {
		return nil
	}
	en, v, err := kt.Enumerator(e.Name)
	if err != nil {
		return nil
	}
	c.info.Consts[e] = Const{Int: v}
	return &Type{Kind: Int, Size: 8, Signed: en.Signed, BTF: en}
}

// argN types argN, from where the probe's kind says its arguments are:
// a raw tracepoint's Nth field, a function's Nth argument register (or
// fentry slot, typed from BTF when every target agrees on the type), a
// usdt probe's Nth argument as its site describes it.
func (c *checker) argN(e *Ident, n int) *Type {
	if c.target == nil {
		return nil // the probe has no targets: its attach points said why
	}
	k := c.target.Kind.Info()
	switch {
	case k.ArgN == FieldArgs:
		if n >= len(c.target.Args.Fields) {
			c.errorf(e.Pos, "%s out of range: %s takes %d arguments", e.Name, c.target, len(c.target.Args.Fields))
			return nil
		}
		return c.target.Args.Fields[n].Type
	case k.Return:
		c.errorf(e.Pos, "%s is not available in %s probes: the argument registers are gone when the function returns; save it in a map from a %s probe (or use args->name in fexit)", e.Name, k.Name, k.Entry)
		return nil
	case k.ArgN == NoArgN:
		c.errorf(e.Pos, "%s is only available in %s probes; tracepoints use args->field", e.Name, kindList(func(k *KindInfo) bool { return k.ArgN != NoArgN && !k.Return }))
		return nil
	}
	var typ *Type
	for i, t := range c.probe.Targets {
		count, tn := len(t.Slots), t.Slots
		if k.ArgN == LocatedArgs {
			count = len(t.ArgLocs)
		}
		if n >= count {
			c.errorf(e.Pos, "%s out of range: %s takes %d arguments", e.Name, t, count)
			return nil
		}
		var at *Type
		if k.ArgN == LocatedArgs {
			at = t.ArgLocs[n].Type
		} else {
			at = tn[n]
		}
		if i == 0 {
			typ = at
		} else if !sameType(at, typ) {
			typ = Uint64Type
		}
	}
	// A user-space function's arguments are addresses in its process.
	return inUser(typ, k.User)
}

// cpid is the process ID of -c's command, a constant.
func (c *checker) cpid(e *Ident) *Type {
	pid := c.params.commandPID()
	if pid == 0 {
		c.errorf(e.Pos, "cpid is the process of -c's command, and there is no -c")
		return nil
	}
	c.info.Consts[e] = Const{Int: uint64(pid)}
	return Uint32Type
}

// sameType reports whether two scalar types read the same: same kind,
// size, signedness and pointee.
func sameType(a, b *Type) bool {
	return a.Kind == b.Kind && a.Size == b.Size && a.Signed == b.Signed && a.Target == b.Target && a.BTF == b.BTF
}

// checkArgs types args: a tracepoint's record, or a kernel function's
// parameters from its BTF prototype.
func checkArgs(c *checker, e *Ident) *Type {
	if c.target == nil {
		return nil // the probe has no targets: its attach points said why
	}
	if c.target.Args == nil {
		switch {
		case c.target.Kind.IsKernelFunction():
			c.errorf(e.Pos, "args: kernel function %s has no BTF prototype; use arg0…arg5", c.target.Func)
		case c.target.Kind.IsUser():
			c.errorf(e.Pos, "args is not available in %s probes (a binary's functions have no BTF types); use arg0…arg5", c.target.Kind)
		default:
			c.errorf(e.Pos, "args is only available in %s probes", kindList(func(k *KindInfo) bool { return k.Args }))
		}
		return nil
	}
	for _, o := range c.probe.Targets[1:] {
		if o.Args == nil {
			c.errorf(e.Pos, "args: kernel function %s has no BTF prototype; use arg0…arg5", o.Func)
			return nil
		}
	}
	for _, t := range c.probe.Targets {
		c.nameEnums(t, c.argsField)
	}
	return c.target.Args
}

// checkRetval types retval from the function's BTF return type, or as a
// 64-bit integer when the targets disagree or BTF does not say.
func checkRetval(c *checker, e *Ident) *Type {
	if c.target == nil {
		return nil // the probe has no targets: its attach points said why
	}
	if !c.target.Kind.IsReturn() {
		c.errorf(e.Pos, "retval is only available in %s probes", kindList(func(k *KindInfo) bool { return k.Return }))
		return nil
	}
	t := c.target.Ret
	for _, o := range c.probe.Targets {
		if o.Ret == nil {
			c.errorf(e.Pos, "retval: %s returns void", o.Func)
			return nil
		}
		if !sameType(o.Ret, t) {
			t = Uint64Type
		}
	}
	return inUser(t, c.target.Kind.IsUser())
}

// checkFunc types func, the name of the probed function, as a string as
// long as the longest target's.
func checkFunc(c *checker, e *Ident) *Type {
	if c.target == nil {
		return nil // the probe has no targets: its attach points said why
	}
	if !c.target.Kind.Info().Func {
		c.errorf(e.Pos, "func is only available in %s probes", kindList(func(k *KindInfo) bool { return k.Func }))
		return nil
	}
	n := 1
	for _, t := range c.probe.Targets {
		n = max(n, len(t.Func))
	}
	return StringType(min(n+1, maxStrLen))
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
		"printf":  {1, 32, checkPrintf},
		"print":   {1, 3, checkPrint},
		"exit":    {0, 1, checkExit},
		"time":    {0, 1, checkTime},
		"delete":  {1, 2, checkDelete},
		"has_key": {2, 2, checkHasKey},
		"len":     {1, 1, checkLen},
		"nsecs":   {1, 1, checkNsecs},
		"clear":   {1, 1, checkWholeMap},
		"zero":    {1, 1, checkWholeMap},
		"str":     {1, 2, checkStr},
		"ntohs":   {1, 1, swapper(2)},
		"htons":   {1, 1, swapper(2)},
		"ntohl":   {1, 1, swapper(4)},
		"htonl":   {1, 1, swapper(4)},
		"bswap":   {1, 1, swapper(0)},

		"container_of": {3, 3, checkContainerOf},
		"sizeof":       {1, 1, checkSizeof},
		"offsetof":     {2, 2, checkOffsetof},
		"kaddr":        {1, 1, checkKaddr},
		"ksym":         {1, 1, printedAs(Ksym, 8)},
		"ntop":         {1, 2, checkNtop},
		"kstack":       {1, 2, (*checker).checkStackCall},
		"ustack":       {1, 2, (*checker).checkStackCall},
	}
	for _, more := range []map[string]funcSpec{textFuncs(), systemFuncs()} {
		for name, spec := range more {
			builtinFuncs[name] = spec
		}
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
		if bpftraceFuncs[e.Name] {
			c.errorf(e.Pos, "function %s() is not supported yet", e.Name)
		} else {
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

// checkExit: exit() stops tracing; exit(code) also makes code (0..255)
// ntrace's exit status, as in bpftrace.
func checkExit(c *checker, e *CallExpr) *Type {
	if len(e.Args) == 1 {
		t := c.expr(e.Args[0])
		if t == nil || !c.wantInt(e.Args[0], t, "exit()'s code") {
			return nil
		}
		if k, ok := c.info.Consts[e.Args[0]]; ok && k.Int > 255 {
			c.errorf(e.Args[0].Position(), "exit()'s code must be from 0 to 255, not %d", int64(k.Int))
			return nil
		}
	}
	return VoidType
}

func checkPrintf(c *checker, e *CallExpr) *Type {
	if be, ok := e.Args[0].(*BlockExpr); ok && len(be.Stmts) == 0 {
		e.Args[0] = be.Value // a macro that gives the format: printf(fmt())
	}
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
		case t.Kind == Void || t.Kind == Record || t.Kind == Agg || t.Kind == Array || t.Kind == Struct:
			c.errorf(a.Position(), "printf cannot print %s", t)
			good = false
		case !f.Verbs[i].accepts(t) && f.Verbs[i].Conv == 'r':
			c.errorf(a.Position(), "printf %%r needs a buf(), got %s", t)
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
	t := c.storedValue(e.Args[0], c.expr(e.Args[0]))
	if t == nil {
		return nil
	}
	if t.Kind == Void || t.Kind == Record || t.Kind == Array || t.Kind == Struct {
		c.errorf(e.Args[0].Position(), "print() cannot print %s", t)
		return nil
	}
	return VoidType
}

// neverAssigned reports a map used but never assigned, unless a probe
// that may assign it could not be checked.
func (c *checker) neverAssigned(m *MapExpr) {
	if !c.unexpanded {
		c.errorf(m.Pos, "map %s is never assigned", m.Name)
	}
}

// wholeMap checks a reference to a whole map, as clear(@m) takes.
func (c *checker) wholeMap(m *MapExpr) *MapInfo {
	mi := c.info.Maps[m.Name]
	if mi == nil || !mi.assigned {
		if !c.quiet && mi == nil {
			c.info.Maps[m.Name] = &MapInfo{Name: m.Name, Pos: m.Pos}
		}
		c.neverAssigned(m)
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
		lit, ok := e.Args[0].(*StrLit)
		if !ok {
			c.errorf(e.Args[0].Position(), "time()'s format must be a string literal")
			return nil
		}
		c.expr(lit)
		if err := checkStrftimeWidths(lit.Value); err != nil {
			c.errorf(lit.Pos, "time() format: %v", err)
			return nil
		}
	}
	return VoidType
}

// checkStrftimeWidths refuses a field width past MaxPrintfWidth in a
// strftime format ("%5000H"), as printf's are.
func checkStrftimeWidths(f string) error {
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(f) && strings.IndexByte("-_0^#", f[j]) >= 0 {
			j++
		}
		end, width := digits(f, j)
		if width > MaxPrintfWidth {
			return fmt.Errorf("width %s in %s is more than %d", f[j:end], conversionText(f, i), MaxPrintfWidth)
		}
		i = max(end-1, i)
		if i+1 < len(f) && f[i+1] == '%' && end == j {
			i++ // "%%"
		}
	}
	return nil
}

func checkDelete(c *checker, e *CallExpr) *Type {
	if len(e.Args) == 2 {
		mi := c.mapAndKey(e)
		if mi == nil {
			return nil
		}
		if mi.Value.Agg == Hist || mi.Value.Agg == Lhist {
			c.errorf(e.Pos, "delete() of one key of a %s map is not supported; clear(%s) empties it", mi.Value, mi.Name)
			return nil
		}
		return BoolType()
	}
	m, ok := e.Args[0].(*MapExpr)
	if !ok {
		c.errorf(e.Args[0].Position(), "delete() takes a map element, such as @name[key], or a map and a key: delete(@name, key)")
		return nil
	}
	keys := c.mapKeys(m)
	mi := c.info.Maps[m.Name]
	if mi == nil || !mi.assigned {
		c.neverAssigned(m)
		return nil
	}
	c.useMap(mi, m, keys)
	switch {
	case mi.Value.Agg == Hist || mi.Value.Agg == Lhist:
		c.errorf(e.Pos, "delete() of one key of a %s map is not supported; clear(%s) empties it", mi.Value, m.Name)
		return nil
	case len(m.Keys) == 0 && mi.Value.Kind == Agg:
		// A keyless aggregation lives in an array map's one slot.
		c.errorf(e.Pos, "delete(%s) of a keyless %s is not supported; zero(%s) sets it to 0", m.Name, mi.Value, m.Name)
		return nil
	}
	c.info.Types[m] = mi.Value
	return BoolType()
}

func checkStr(c *checker, e *CallExpr) *Type {
	if c.unsetPosParam(e.Args[0]) {
		// str($1) of a parameter not given is "", as in bpftrace.
		c.info.Consts[e] = Const{IsString: true}
		return StringType(1)
	}
	if p, ok := e.Args[0].(*PosParamExpr); ok && !p.Count && p.N >= 1 && len(e.Args) == 1 {
		// str($1) is the parameter as given, even when it reads as a
		// number ("1" is "1"), as in bpftrace.
		c.expr(p)
		v := c.params.Positional[p.N-1]
		if len(v)+1 > maxStrLen {
			c.errorf(p.Pos, "positional parameter $%d is %d bytes; the most is %d", p.N, len(v), maxStrLen-1)
			return nil
		}
		c.info.Consts[e] = Const{IsString: true, Str: v}
		return StringType(len(v) + 1)
	}
	t := c.expr(e.Args[0])
	if t == nil {
		return nil
	}
	size := defaultStrLen
	if c.info.Config.StrLen > 0 {
		size = c.info.Config.StrLen
	}
	if len(e.Args) == 2 {
		lt := c.expr(e.Args[1])
		n, ok := c.constInt(e.Args[1])
		switch {
		case lt == nil || !c.wantInt(e.Args[1], lt, "str()'s length"):
			return nil
		case !ok:
			// A length known at run time: at most that many bytes of
			// the default length's, as bpftrace reads them.
		case n < 1 || n >= maxStrLen:
			c.errorf(e.Args[1].Position(), "str()'s length must be from 1 to %d; read a longer string in pieces, e.g. str(p, %d) and str(p + %d, %d)", maxStrLen-1, maxStrLen-1, maxStrLen-1, maxStrLen-1)
			return nil
		default:
			size = int(n) + 1
		}
	}
	if t.Kind == String {
		if k, ok := c.info.Consts[e.Args[0]]; ok && k.IsString {
			// str() of a string constant ($1) is that string, as long
			// as the length allows.
			c.info.Consts[e] = Const{IsString: true, Str: k.Str[:min(len(k.Str), size-1)]}
		}
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
		if t == nil || !c.wantIntFor(e.Args[0], t, e.Name, "()") {
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
	case Hist:
		if len(e.Args) == 2 {
			// hist(n, k): 2^k buckets per power of two; k = 0, one
			// bucket per power of two, is hist(n).
			c.expr(e.Args[1])
			k, ok := c.constInt(e.Args[1])
			switch {
			case !ok || k < 0 || k > 5:
				c.errorf(e.Args[1].Position(), "hist()'s buckets per power of two must be a constant k from 0 to 5 (2^k buckets)")
				return nil, bounds
			case k > 0:
				c.errorf(e.Args[1].Position(), "hist(n, %d), %d buckets per power of two, is not supported yet; hist(n) has one", k, 1<<k)
				return nil, bounds
			}
			want = 2
		}
	}
	if len(e.Args) != want {
		c.errorf(e.Pos, "%s() takes %d arguments, got %d", e.Name, want, len(e.Args))
		return nil, bounds
	}
	if want == 0 {
		return nil, bounds
	}
	t := c.expr(e.Args[0])
	if t == nil || !c.wantIntFor(e.Args[0], t, e.Name, "()") {
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

// printedAs checks a function of one integer whose value prints as text
// user space makes of it, as a kind of size bytes: ksym(), usym(),
// strerror().
func printedAs(kind Kind, size int) func(c *checker, e *CallExpr) *Type {
	return func(c *checker, e *CallExpr) *Type {
		t := c.expr(e.Args[0])
		if t == nil || !c.wantIntFor(e.Args[0], t, e.Name, "()") {
			return nil
		}
		return &Type{Kind: kind, Size: size}
	}
}

// checkNtop: ntop(addr) or ntop(af, addr) formats an IPv4 or IPv6 address.
// The family comes from the address's type: a 4-byte integer or array, or
// struct in_addr, is IPv4; a 16-byte array or struct in6_addr is IPv6.
func checkNtop(c *checker, e *CallExpr) *Type {
	addr := e.Args[len(e.Args)-1]
	if len(e.Args) == 2 {
		at := c.expr(e.Args[0])
		if at == nil || !c.wantInt(e.Args[0], at, "ntop()'s address family") {
			return nil
		}
	}
	t := c.expr(addr)
	if t == nil {
		return nil
	}
	switch {
	case t.Kind == Int: // an integer is an IPv4 address, as in bpftrace
	case t.Kind == Array && t.Elem.Size == 1 && (t.Len == 4 || t.Len == 16):
	case t.Kind == Struct && (t.Size == 4 || t.Size == 16):
	default:
		c.errorf(addr.Position(), "ntop() needs a 4-byte IPv4 address or a 16-byte IPv6 one, not %s", t)
		return nil
	}
	return &Type{Kind: Inet, Size: 24}
}
