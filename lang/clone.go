package lang

// rewriter copies a statement or an expression node by node; expr may
// replace an expression (returning it and true) before it is copied. The
// checker and the code generator key what they learn by node, so a
// macro's body is copied afresh for each call.
type rewriter struct {
	expr func(e Expr) (Expr, bool)
}

func (r *rewriter) block(b *Block) *Block {
	if b == nil {
		return nil
	}
	return &Block{Pos: b.Pos, Stmts: r.stmts(b.Stmts)}
}

func (r *rewriter) stmts(ss []Stmt) []Stmt {
	if ss == nil {
		return nil
	}
	out := make([]Stmt, 0, len(ss))
	for _, s := range ss {
		out = append(out, r.stmt(s))
	}
	return out
}

func (r *rewriter) stmt(s Stmt) Stmt {
	switch s := s.(type) {
	case *ExprStmt:
		return exprStmt(r.e(s.X))
	case *AssignStmt:
		return &AssignStmt{Pos: s.Pos, Target: r.e(s.Target), Op: s.Op, Value: r.e(s.Value), OpPos: s.OpPos}
	case *IncDecStmt:
		return &IncDecStmt{Pos: s.Pos, Target: r.e(s.Target), Op: s.Op}
	case *IfStmt:
		out := &IfStmt{Pos: s.Pos, Cond: r.e(s.Cond), Then: r.block(s.Then)}
		if s.Else != nil {
			out.Else = r.stmt(s.Else)
		}
		return out
	case *UnrollStmt:
		return &UnrollStmt{Pos: s.Pos, Count: r.e(s.Count), Body: r.block(s.Body)}
	case *ReturnStmt:
		return &ReturnStmt{Pos: s.Pos, Value: r.e(s.Value)}
	case *BreakStmt:
		return &BreakStmt{Pos: s.Pos}
	case *ContinueStmt:
		return &ContinueStmt{Pos: s.Pos}
	case *Block:
		return r.block(s)
	case *ForStmt:
		out := &ForStmt{Pos: s.Pos, Var: r.e(s.Var).(*VarExpr), Body: r.block(s.Body)}
		if s.Map != nil {
			m, ok := r.e(s.Map).(*MapExpr)
			if !ok {
				m = s.Map
			}
			out.Map = m
		} else {
			out.From, out.To = r.e(s.From), r.e(s.To)
		}
		return out
	case *WhileStmt:
		return &WhileStmt{Pos: s.Pos, Cond: r.e(s.Cond), Body: r.block(s.Body)}
	case *LetStmt:
		out := &LetStmt{Pos: s.Pos, Var: r.e(s.Var).(*VarExpr)}
		if s.Value != nil {
			out.Value = r.e(s.Value)
		}
		if s.Type != nil {
			t := *s.Type
			if t.Typeof != nil {
				t.Typeof = r.e(t.Typeof)
			}
			out.Type = &t
		}
		return out
	}
	return s
}

// e copies an expression; nil stays nil.
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
		c := *e
		return &c
	case *StrLit:
		c := *e
		return &c
	case *ParamExpr:
		c := *e
		return &c
	case *PosParamExpr:
		c := *e
		return &c
	case *VarExpr:
		c := *e
		return &c
	case *Ident:
		c := *e
		return &c
	case *TypeExpr:
		c := *e
		return &c
	case *MapExpr:
		return &MapExpr{Pos: e.Pos, Name: e.Name, Keys: r.exprs(e.Keys)}
	case *CallExpr:
		return &CallExpr{Pos: e.Pos, Name: e.Name, Args: r.exprs(e.Args)}
	case *UnaryExpr:
		return &UnaryExpr{Pos: e.Pos, Op: e.Op, X: r.e(e.X)}
	case *IncDecExpr:
		return &IncDecExpr{Pos: e.Pos, Op: e.Op, Target: r.e(e.Target), Post: e.Post}
	case *BinaryExpr:
		return &BinaryExpr{Pos: e.Pos, Op: e.Op, X: r.e(e.X), Y: r.e(e.Y)}
	case *TernaryExpr:
		return &TernaryExpr{Pos: e.Pos, Cond: r.e(e.Cond), Then: r.e(e.Then), Else: r.e(e.Else)}
	case *CastExpr:
		return &CastExpr{Pos: e.Pos, Type: e.Type, X: r.e(e.X)}
	case *FieldExpr:
		return &FieldExpr{Pos: e.Pos, X: r.e(e.X), Name: e.Name, Arrow: e.Arrow}
	case *TupleIndexExpr:
		return &TupleIndexExpr{Pos: e.Pos, X: r.e(e.X), Index: e.Index}
	case *IndexExpr:
		return &IndexExpr{Pos: e.Pos, X: r.e(e.X), Index: r.e(e.Index)}
	case *TupleExpr:
		return &TupleExpr{Pos: e.Pos, Elems: r.exprs(e.Elems)}
	case *RecordExpr:
		return &RecordExpr{Pos: e.Pos, Names: append([]string(nil), e.Names...), Elems: r.exprs(e.Elems)}
	case *BlockExpr:
		return &BlockExpr{Pos: e.Pos, Stmts: r.stmts(e.Stmts), Value: r.e(e.Value)}
	}
	return e
}

func (r *rewriter) exprs(es []Expr) []Expr {
	if es == nil {
		return nil
	}
	out := make([]Expr, len(es))
	for i, e := range es {
		out[i] = r.e(e)
	}
	return out
}
