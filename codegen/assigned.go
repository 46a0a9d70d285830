package codegen

import "github.com/ntrace/ntrace/lang"

// setFirst finds the variables of a probe that need no zeroing at its
// start: each one's first statement, in a block that holds every use of
// it, is an assignment of a whole value (`$v = e`, e not reading $v)
// that writes every byte of its storage. Every path then writes it before
// it reads it: the uses come after the assignment in the same block, or
// inside statements that do; a loop's body, where the assignment is,
// writes it again each time round. Such variables are integers and
// tuples of integers (and tuples of those), whose store writes every
// word, element and gap; the others are zeroed at the start as before.
func (g *gen) setFirst(body *lang.Block) map[*lang.Var]bool {
	uses := map[*lang.Var]int{}
	count := func(n lang.Node, into map[*lang.Var]int) {
		lang.Inspect(n, func(n lang.Node) bool {
			if e, ok := n.(*lang.VarExpr); ok {
				if v := g.c.info.Vars[e]; v != nil {
					into[v]++
				}
			}
			return true
		})
	}
	count(body, uses)
	set := map[*lang.Var]bool{}
	lang.Inspect(body, func(n lang.Node) bool {
		b, ok := n.(*lang.Block)
		if !ok {
			return true
		}
		after := map[*lang.Var]int{} // uses in b.Stmts[i:]
		for i := len(b.Stmts) - 1; i >= 0; i-- {
			count(b.Stmts[i], after)
			s, ok := b.Stmts[i].(*lang.AssignStmt)
			if !ok || s.Op != "=" {
				continue
			}
			t, ok := s.Target.(*lang.VarExpr)
			v := g.c.info.Vars[t]
			if !ok || v == nil || after[v] != uses[v] || !wholeStore(v.Type) || !wholeStore(g.typeOf(s.Value)) {
				continue
			}
			inValue := map[*lang.Var]int{}
			count(s.Value, inValue)
			if inValue[v] == 0 {
				set[v] = true
			}
		}
		return true
	})
	return set
}

// wholeStore reports whether storing a value of type t writes every byte
// of its storage: an integer's word, or a tuple of such, its gaps and
// tail zeroed.
func wholeStore(t *lang.Type) bool {
	if t == nil {
		return false
	}
	switch t.Kind {
	case lang.Int, lang.Pointer:
		return true
	case lang.Tuple:
		for _, e := range t.Elems {
			if !wholeStore(e) {
				return false
			}
		}
		return true
	}
	return false
}
