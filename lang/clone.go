package lang

// rewriter rewrites a statement or an expression node by node; expr may
// replace an expression (returning it and true) before it is rewritten.
// It copies every node it visits, since the checker and the code
// generator key what they learn by node and a macro's body is copied
// afresh for each call; with inPlace it changes the nodes it is given
// instead, for code that only it holds (a probe's own body), which need
// not cost a second tree.
type rewriter struct {
	expr    func(e Expr) (Expr, bool)
	inPlace bool
}

// fresh is the node to write n's rewritten form into: n itself in place,
// else a copy of it.
func fresh[T any](r *rewriter, n *T) *T {
	if r.inPlace {
		return n
	}
	c := *n
	return &c
}

func (r *rewriter) block(b *Block) *Block {
	if b == nil {
		return nil
	}
	out := fresh(r, b)
	out.Stmts = r.stmts(b.Stmts)
	return out
}

func (r *rewriter) stmts(ss []Stmt) []Stmt {
	if ss == nil {
		return nil
	}
	out := ss
	if !r.inPlace {
		out = make([]Stmt, len(ss))
	}
	for i, s := range ss {
		out[i] = r.stmt(s)
	}
	return out
}

func (r *rewriter) stmt(s Stmt) Stmt {
	switch s := s.(type) {
	case *ExprStmt:
		x := r.e(s.X)
		if r.inPlace && plainExprStmt(x) {
			s.X = x
			return s
		}
		return exprStmt(x)
	case *AssignStmt:
		out := fresh(r, s)
		out.Target, out.Value = r.e(s.Target), r.e(s.Value)
		return out
	case *IncDecStmt:
		out := fresh(r, s)
		out.Target = r.e(s.Target)
		return out
	case *IfStmt:
		out := fresh(r, s)
		out.Cond, out.Then = r.e(s.Cond), r.block(s.Then)
		if s.Else != nil {
			out.Else = r.stmt(s.Else)
		}
		return out
	case *UnrollStmt:
		out := fresh(r, s)
		out.Count, out.Body = r.e(s.Count), r.block(s.Body)
		return out
	case *ReturnStmt:
		out := fresh(r, s)
		out.Value = r.e(s.Value)
		return out
	case *BreakStmt:
		return fresh(r, s)
	case *ContinueStmt:
		return fresh(r, s)
	case *Block:
		return r.block(s)
	case *ForStmt:
		out := fresh(r, s)
		out.Var, out.Body = r.e(s.Var).(*VarExpr), r.block(s.Body)
		if s.Map != nil {
			if m, ok := r.e(s.Map).(*MapExpr); ok {
				out.Map = m
			}
		} else {
			out.From, out.To = r.e(s.From), r.e(s.To)
		}
		return out
	case *WhileStmt:
		out := fresh(r, s)
		out.Cond, out.Body = r.e(s.Cond), r.block(s.Body)
		return out
	case *LetStmt:
		out := fresh(r, s)
		out.Var = r.e(s.Var).(*VarExpr)
		if s.Value != nil {
			out.Value = r.e(s.Value)
		}
		if s.Type != nil {
			t := fresh(r, s.Type)
			if t.Typeof != nil {
				t.Typeof = r.e(t.Typeof)
			}
			out.Type = t
		}
		return out
	}
	return s
}

// e rewrites an expression; nil stays nil.
func (r *rewriter) e(e Expr) Expr {
	if e == nil {
		return nil
	}
	if r.expr != nil {
		if out, ok := r.expr(e); ok {
			return out
		}
	}
	switch e := e.(type) {
	case *IntLit:
		return fresh(r, e)
	case *StrLit:
		return fresh(r, e)
	case *ParamExpr:
		return fresh(r, e)
	case *PosParamExpr:
		return fresh(r, e)
	case *VarExpr:
		return fresh(r, e)
	case *Ident:
		return fresh(r, e)
	case *TypeExpr:
		return fresh(r, e)
	case *MapExpr:
		out := fresh(r, e)
		out.Keys = r.exprs(e.Keys)
		return out
	case *CallExpr:
		out := fresh(r, e)
		out.Args = r.exprs(e.Args)
		return out
	case *UnaryExpr:
		out := fresh(r, e)
		out.X = r.e(e.X)
		return out
	case *IncDecExpr:
		out := fresh(r, e)
		out.Target = r.e(e.Target)
		return out
	case *BinaryExpr:
		out := fresh(r, e)
		out.X, out.Y = r.e(e.X), r.e(e.Y)
		return out
	case *TernaryExpr:
		out := fresh(r, e)
		out.Cond, out.Then, out.Else = r.e(e.Cond), r.e(e.Then), r.e(e.Else)
		return out
	case *CastExpr:
		out := fresh(r, e)
		out.X = r.e(e.X)
		return out
	case *FieldExpr:
		out := fresh(r, e)
		out.X = r.e(e.X)
		return out
	case *TupleIndexExpr:
		out := fresh(r, e)
		out.X = r.e(e.X)
		return out
	case *IndexExpr:
		out := fresh(r, e)
		out.X, out.Index = r.e(e.X), r.e(e.Index)
		return out
	case *TupleExpr:
		out := fresh(r, e)
		out.Elems = r.exprs(e.Elems)
		return out
	case *RecordExpr:
		out := fresh(r, e)
		if !r.inPlace {
			out.Names = append([]string(nil), e.Names...)
		}
		out.Elems = r.exprs(e.Elems)
		return out
	case *BlockExpr:
		out := fresh(r, e)
		out.Stmts, out.Value = r.stmts(e.Stmts), r.e(e.Value)
		if !r.inPlace {
			out.Macro = "" // a copy is a block of the code it is copied into
		}
		return out
	}
	return e
}

func (r *rewriter) exprs(es []Expr) []Expr {
	if es == nil {
		return nil
	}
	out := es
	if !r.inPlace {
		out = make([]Expr, len(es))
	}
	for i, e := range es {
		out[i] = r.e(e)
	}
	return out
}
