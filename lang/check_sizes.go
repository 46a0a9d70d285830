package lang

// sideSizes are how many entries the checker's side tables that grow
// with a script's size hold (or are expected to).
type sideSizes struct{ types, consts, vars, members, offsets int }

// treeSizes expects the side tables' sizes from one walk of prog's
// probes, for the first pass, which has no earlier pass to go by: about
// an entry in Types for each expression, in Vars for each variable
// named, in Members for each field access, in Consts for each literal.
// Growing them entry by entry from empty, and rehashing at each
// doubling, cost the first pass more than the walk does.
func treeSizes(prog *Program) sideSizes {
	var n sideSizes
	count := func(x Node) bool {
		switch x.(type) {
		case *VarExpr:
			n.vars++
		case *FieldExpr:
			n.members++
		case *IntLit, *StrLit:
			n.consts++
		}
		if _, ok := x.(Expr); ok {
			n.types++
		}
		return true
	}
	for _, p := range prog.Probes {
		if p.Pred != nil {
			Inspect(p.Pred, count)
		}
		if p.Body != nil {
			Inspect(p.Body, count)
		}
	}
	return n
}

// infoSizes are the sizes of info's side tables, for the next pass.
func infoSizes(info *Info) sideSizes {
	return sideSizes{len(info.Types), len(info.Consts), len(info.Vars), len(info.Members), len(info.Offsets)}
}

// presize makes the side tables that grow with the script's size as
// large as sizes says, so that they are not grown, and rehashed, entry
// by entry three times over: most of what the check stage spent in map
// assignments.
func (c *checker) presize(sizes sideSizes) {
	c.info.Types = make(map[Expr]*Type, sizes.types)
	c.info.Consts = make(map[Expr]Const, sizes.consts)
	c.info.Vars = make(map[*VarExpr]*Var, sizes.vars)
	c.info.Members = make(map[*FieldExpr]*MemberAccess, sizes.members)
	c.info.Offsets = make(map[Expr]int, sizes.offsets)
}
