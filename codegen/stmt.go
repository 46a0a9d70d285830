package codegen

import (
	"strings"

	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

func (g *gen) block(b *lang.Block) {
	for _, s := range b.Stmts {
		g.stmt(s)
	}
}

// stmt emits one statement. Temporaries on the stack live until the
// statement ends.
func (g *gen) stmt(s lang.Stmt) {
	if g.doomed {
		return
	}
	stack, scratch := g.stack, g.scratch
	defer func() { g.stack, g.scratch = stack, scratch }()
	if _, block := s.(*lang.Block); !block {
		g.source = &Source{Pos: s.Position(), Unroll: g.inUnroll}
	}
	switch s := s.(type) {
	case *lang.ExprStmt:
		if call, ok := s.X.(*lang.CallExpr); ok {
			g.callStmt(call)
		} // else a value dropped, which the checker warned about: nothing to run

	case *lang.AssignStmt:
		g.assign(s.Target, s.Op, s.Value)
	case *lang.IncDecStmt:
		op := "+="
		if s.Op == "--" {
			op = "-="
		}
		g.compound(s.Target, op, func() *val { return g.constVal(1) })
	case *lang.IfStmt:
		if live, ok := g.constBranch(s); ok {
			// Only the branch taken is emitted, so a map only the other
			// uses is not made (-D STACKS=false and the like).
			if live != nil {
				g.stmt(live)
			}
			return
		}
		elseL, end := g.label(), g.label()
		g.jumpIfFalse(s.Cond, elseL)
		g.block(s.Then)
		if s.Else != nil {
			g.emit(asm.Ja.Label(end))
		}
		g.place(elseL)
		if s.Else != nil {
			g.stmt(s.Else)
			g.place(end)
		}
	case *lang.Block:
		g.block(s)
	case *lang.UnrollStmt:
		g.unroll(s, g.c.info.Consts[s.Count].Int)
	case *lang.ReturnStmt:
		g.emit(asm.Ja.Label(g.exit))
	case *lang.ForStmt:
		if s.Map != nil {
			g.forMap(s)
		} else {
			g.forRange(s)
		}
	case *lang.WhileStmt:
		g.whileLoop(s)
	case *lang.BreakStmt, *lang.ContinueStmt:
		g.breakLoop(s)
	case *lang.LetStmt:
		v := g.c.info.Vars[s.Var]
		if v == nil {
			return // declared, never given a type: never used
		}
		if s.Value != nil {
			g.store(s.Value, g.vars[v], v.Type)
		} else {
			g.zero(g.vars[v], v.Type.StorageSize())
		}
	}
}

// constBranch returns the branch an if with a constant condition takes
// (nil when that is a missing else), and whether the condition is
// constant.
func (g *gen) constBranch(s *lang.IfStmt) (lang.Stmt, bool) {
	switch {
	case g.constTrue(s.Cond):
		return s.Then, true
	case g.constFalse(s.Cond):
		return s.Else, true
	}
	return nil, false
}

// constFalse and constTrue say whether e is a constant zero or non-zero
// integer.
func (g *gen) constFalse(e lang.Expr) bool {
	k, ok := g.c.info.Consts[e]
	return ok && !k.IsString && k.Int == 0
}

func (g *gen) constTrue(e lang.Expr) bool {
	k, ok := g.c.info.Consts[e]
	return ok && !k.IsString && k.Int != 0
}

func (g *gen) assign(target lang.Expr, op string, value lang.Expr) {
	if id, ok := target.(*lang.Ident); ok && id.Name == "_" {
		// _ = value: evaluated for what it does, its value dropped.
		vt := g.typeOf(value)
		if vt.IsInteger() {
			g.release(g.intExpr(value))
			return
		}
		g.store(value, g.temp(vt, value.Position()), vt)
		return
	}
	if op != "=" {
		g.compound(target, op, func() *val { return g.intExpr(value) })
		return
	}
	switch t := target.(type) {
	case *lang.VarExpr:
		v := g.c.info.Vars[t]
		if !v.Type.IsInteger() && g.readsVar(value, v) {
			// A value built in memory is written part by part where it
			// goes: $t = ($t.1, $t.0) would read $t.0 after writing
			// its first element over it. Built aside, then copied.
			tmp := g.temp(v.Type, value.Position())
			g.store(value, tmp, v.Type)
			g.copyMem(g.vars[v], tmp, v.Type.StorageSize())
			return
		}
		g.store(value, g.vars[v], v.Type)
	case *lang.MapExpr:
		m := g.c.useMap(t.Name)
		if call, ok := value.(*lang.CallExpr); ok && m.Info.Value.Kind == lang.Agg {
			g.aggregate(m, t, call)
			return
		}
		g.mapStore(m, t, value)
	}
}

// readsVar reports whether e reads the variable v anywhere in it.
func (g *gen) readsVar(e lang.Expr, v *lang.Var) bool {
	found := false
	lang.Inspect(e, func(n lang.Node) bool {
		if x, ok := n.(*lang.VarExpr); ok && g.c.info.Vars[x] == v {
			found = true
		}
		return !found
	})
	return found
}

// compound emits "target op= value" for an integer variable or map, where
// value produces the right-hand side.
func (g *gen) compound(target lang.Expr, op string, value func() *val) {
	op = strings.TrimSuffix(op, "=")
	if size := g.c.info.Offsets[target]; size > 1 {
		// A pointer moves by whole elements.
		unscaled := value
		value = func() *val {
			v := unscaled()
			r := g.load(v, asm.R0)
			g.emit(asm.Mul.Imm(r, int32(size)))
			g.set(v, r)
			return v
		}
	}
	switch t := target.(type) {
	case *lang.VarExpr:
		v := g.c.info.Vars[t]
		dst := g.vars[v]
		x := g.newVal()
		r := g.load(x, asm.R1)
		g.emit(asm.LoadMem(r, dst.base, dst.off, asm.DWord))
		g.set(x, r)
		y := value()
		g.arith(op, x, y)
		g.release(y)
		r = g.load(x, asm.R1)
		if v.Type.Kind == lang.Int && !v.Type.Bool {
			// The result is a value of the variable's type: a uint8
			// at 255 plus 1 is 0, as in C.
			g.normalize(r, v.Type.Size, v.Type.Signed)
		}
		g.emit(asm.StoreMem(dst.base, dst.off, r, asm.DWord))
		g.release(x)
	case *lang.MapExpr:
		m := g.c.useMap(t.Name)
		g.mapUpdateInt(m, t, op, value())
	}
}

func (g *gen) typeOf(e lang.Expr) *lang.Type { return g.c.info.Types[e] }

// callStmt emits a call made for its effect.
func (g *gen) callStmt(call *lang.CallExpr) {
	switch call.Name {
	case "printf":
		g.printf(call)
	case "cat":
		g.valueEvent(&Event{Kind: CatEvent, Format: g.c.info.Formats[call]}, call.Args[1:])
	case "system":
		g.valueEvent(&Event{Kind: SystemEvent, Format: g.c.info.Formats[call]}, call.Args[1:])
	case "signal":
		g.signal(call)
	case "join":
		g.join(call)
	case "print":
		g.print(call)
	case "exit":
		g.exitFlag(call.Args)
		if !g.target.Kind.RunsOnce() {
			g.stopProbes()
			g.sendEvent(&Event{Kind: ExitEvent}, nil)
		}
		g.emit(asm.Ja.Label(g.exit))
	case "time":
		format := "%H:%M:%S\n"
		if len(call.Args) == 1 {
			format = call.Args[0].(*lang.StrLit).Value
		}
		g.sendEvent(&Event{Kind: TimeEvent, Time: format}, nil)
	case "clear", "zero":
		kind := ClearEvent
		if call.Name == "zero" {
			kind = ZeroEvent
		}
		g.sendEvent(&Event{Kind: kind, Map: g.c.useMap(call.Args[0].(*lang.MapExpr).Name)}, nil)
	case "delete":
		g.deleteElem(call)
	default:
		g.errorf(call.Pos, "%s() cannot be compiled as a statement", call.Name)
	}
}
