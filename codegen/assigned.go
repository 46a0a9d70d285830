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
//
// The answer depends on the body alone: it is found once for all the
// targets of a probe and all the passes over each (compiler.setFirst).
func (g *gen) setFirst(body *lang.Block) map[*lang.Var]bool {
	if set, ok := g.c.setFirst[body]; ok {
		return set
	}
	set := g.c.findSetFirst(body)
	g.c.setFirst[body] = set
	return set
}

// findSetFirst is setFirst in one walk of the body. The walk numbers the
// nodes depth first, so that the nodes inside any one are a range of
// numbers and a block's statements from the i-th on are the range from
// that statement's number to the block's end; each variable's uses are
// the numbers of its VarExprs, in order.
func (c *compiler) findSetFirst(body *lang.Block) map[*lang.Var]bool {
	w := &useWalk{info: c.info, uses: map[*lang.Var][]int{}}
	w.visitFunc = w.visit
	w.block(body)
	set := map[*lang.Var]bool{}
	for _, a := range w.assigns {
		uses := w.uses[a.v]
		if uses[0] < a.start || uses[len(uses)-1] >= a.blockEnd {
			continue // a use before it, or outside its block
		}
		// Its value does not read the variable: the one use inside the
		// statement is its target.
		inside := 0
		for _, u := range uses {
			if u >= a.start && u < a.end {
				inside++
			}
		}
		if inside == 1 {
			set[a.v] = true
		}
	}
	return set
}

// useWalk numbers the nodes of a probe's body for findSetFirst.
type useWalk struct {
	info      *lang.Info
	next      int                  // the number of the next node
	uses      map[*lang.Var][]int  // each variable's VarExprs
	assigns   []wholeAssign        // candidate `$v = e` statements
	visitFunc func(lang.Node) bool // visit, made once
}

// wholeAssign is a statement `$v = e` of a block whose store writes every
// byte of $v; [start, end) are the numbers of the nodes inside it, and
// blockEnd is one past the last number inside its block.
type wholeAssign struct {
	v                    *lang.Var
	start, end, blockEnd int
}

// visit is lang.Inspect's callback: it numbers each node as Inspect goes
// but a block, which block numbers, for where its statements end.
func (w *useWalk) visit(n lang.Node) bool {
	if b, ok := n.(*lang.Block); ok {
		w.block(b)
		return false
	}
	i := w.next
	w.next++
	if e, ok := n.(*lang.VarExpr); ok {
		if v := w.info.Vars[e]; v != nil {
			w.uses[v] = append(w.uses[v], i)
		}
	}
	return true
}

// block numbers b and the nodes inside it, and notes its statements that
// assign a whole value to a variable.
func (w *useWalk) block(b *lang.Block) {
	w.next++
	first := len(w.assigns)
	for _, s := range b.Stmts {
		start := w.next
		lang.Inspect(s, w.visitFunc)
		if a, ok := s.(*lang.AssignStmt); ok {
			w.candidate(a, start)
		}
	}
	for i := first; i < len(w.assigns); i++ {
		if w.assigns[i].blockEnd == 0 {
			w.assigns[i].blockEnd = w.next
		}
	}
}

// candidate notes s, numbered from start to the last number given, if it
// assigns a whole value to a variable.
func (w *useWalk) candidate(s *lang.AssignStmt, start int) {
	t, ok := s.Target.(*lang.VarExpr)
	if !ok || s.Op != "=" {
		return
	}
	v := w.info.Vars[t]
	if v == nil || !wholeStore(v.Type) || !wholeStore(w.info.Types[s.Value]) {
		return
	}
	w.assigns = append(w.assigns, wholeAssign{v: v, start: start, end: w.next})
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
