package lang

// Inspect calls f for n and every statement and expression inside it,
// depth first, as go/ast.Inspect does; when f returns false the nodes
// inside n are skipped.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	each := func(ns ...Node) {
		for _, c := range ns {
			if c != nil {
				Inspect(c, f)
			}
		}
	}
	switch n := n.(type) {
	case *Block:
		for _, s := range n.Stmts {
			Inspect(s, f)
		}
	case *ExprStmt:
		each(n.X)
	case *AssignStmt:
		each(n.Target, n.Value)
	case *IncDecStmt:
		each(n.Target)
	case *IfStmt:
		each(n.Cond, n.Then)
		if n.Else != nil {
			each(n.Else)
		}
	case *UnrollStmt:
		each(n.Count, n.Body)
	case *ForStmt:
		each(n.Var)
		if n.Map != nil {
			each(n.Map)
		} else {
			each(n.From, n.To)
		}
		each(n.Body)
	case *WhileStmt:
		each(n.Cond, n.Body)
	case *ReturnStmt:
		if n.Value != nil {
			each(n.Value)
		}
	case *LetStmt:
		each(n.Var)
		if n.Value != nil {
			each(n.Value)
		}
	case *MapExpr:
		for _, k := range n.Keys {
			each(k)
		}
	case *CallExpr:
		for _, a := range n.Args {
			each(a)
		}
	case *UnaryExpr:
		each(n.X)
	case *IncDecExpr:
		each(n.Target)
	case *BinaryExpr:
		each(n.X, n.Y)
	case *TernaryExpr:
		each(n.Cond, n.Then, n.Else)
	case *CastExpr:
		each(n.X)
	case *FieldExpr:
		each(n.X)
	case *TupleIndexExpr:
		each(n.X)
	case *IndexExpr:
		each(n.X, n.Index)
	case *TupleExpr:
		for _, x := range n.Elems {
			each(x)
		}
	case *RecordExpr:
		for _, x := range n.Elems {
			each(x)
		}
	case *BlockExpr:
		for _, s := range n.Stmts {
			Inspect(s, f)
		}
		if n.Value != nil {
			each(n.Value)
		}
	}
}
