package lang

import (
	"fmt"
	"strconv"
	"strings"
)

// Dump renders a program's AST as an indented tree, one node a line, for
// "ntrace -d ast" and for tests. When info is non-nil each expression shows
// its checked type.
func Dump(prog *Program, info *Info) string {
	d := &dumper{info: info}
	for _, s := range prog.Structs {
		kind := "struct"
		if s.Union {
			kind = "union"
		}
		d.line(0, "%s %s", kind, s.Name)
		for _, f := range s.Fields {
			d.line(1, "%s %s%s", f.Type, f.Name, dims(f.Dims))
		}
	}
	for _, c := range prog.Config {
		d.line(0, "config %s = %s", c.Name, c.Value)
	}
	for _, m := range prog.MapDecls {
		d.line(0, "let %s = %s(%s)", m.Map, m.Kind, strings.Join(m.Args, ", "))
	}
	for _, e := range prog.Enums {
		d.line(0, "enum %s", e.Name)
		for _, v := range e.Values {
			d.line(1, "%s = %d", v.Name, v.Value)
		}
	}
	for _, p := range prog.Probes {
		names := make([]string, len(p.Attach))
		for i, a := range p.Attach {
			names[i] = a.Raw
		}
		d.line(0, "probe %s", strings.Join(names, ","))
		if p.Pred != nil {
			d.line(1, "predicate")
			d.expr(2, p.Pred)
		}
		d.block(1, p.Body)
	}
	return d.b.String()
}

func dims(ds []int) string {
	var s string
	for _, d := range ds {
		s += "[" + strconv.Itoa(d) + "]"
	}
	return s
}

type dumper struct {
	b    strings.Builder
	info *Info
}

func (d *dumper) line(depth int, format string, args ...any) {
	d.b.WriteString(strings.Repeat("  ", depth))
	fmt.Fprintf(&d.b, format, args...)
	d.b.WriteByte('\n')
}

func (d *dumper) block(depth int, b *Block) {
	for _, s := range b.Stmts {
		d.stmt(depth, s)
	}
}

func (d *dumper) stmt(depth int, s Stmt) {
	switch s := s.(type) {
	case *ExprStmt:
		d.expr(depth, s.X)
	case *AssignStmt:
		d.line(depth, "assign %s", s.Op)
		d.expr(depth+1, s.Target)
		d.expr(depth+1, s.Value)
	case *IncDecStmt:
		d.line(depth, "%s", s.Op)
		d.expr(depth+1, s.Target)
	case *IfStmt:
		d.line(depth, "if")
		d.expr(depth+1, s.Cond)
		d.line(depth, "then")
		d.block(depth+1, s.Then)
		if s.Else != nil {
			d.line(depth, "else")
			d.stmt(depth+1, s.Else)
		}
	case *Block:
		d.block(depth, s)
	case *UnrollStmt:
		d.line(depth, "unroll")
		d.expr(depth+1, s.Count)
		d.block(depth+1, s.Body)
	case *ReturnStmt:
		d.line(depth, "return")
	case *BreakStmt:
		d.line(depth, "break")
	case *ContinueStmt:
		d.line(depth, "continue")
	case *ForStmt:
		d.line(depth, "for %s", s.Var.Name)
		if s.Map != nil {
			d.expr(depth+1, s.Map)
		} else {
			d.expr(depth+1, s.From)
			d.expr(depth+1, s.To)
		}
		d.block(depth+1, s.Body)
	case *WhileStmt:
		d.line(depth, "while")
		d.expr(depth+1, s.Cond)
		d.block(depth+1, s.Body)
	case *LetStmt:
		switch {
		case s.Type != nil && s.Type.Typeof != nil:
			d.line(depth, "let %s typeof", s.Var.Name)
			d.expr(depth+2, s.Type.Typeof)
		case s.Type != nil && s.Type.Len > 0:
			d.line(depth, "let %s %s[%d]", s.Var.Name, s.Type.Type, s.Type.Len)
		case s.Type != nil:
			d.line(depth, "let %s %s", s.Var.Name, s.Type.Type)
		default:
			d.line(depth, "let %s", s.Var.Name)
		}
		if s.Value != nil {
			d.expr(depth+1, s.Value)
		}
	}
}

func (d *dumper) expr(depth int, e Expr) {
	typ := ""
	if d.info != nil {
		if t := d.info.Types[e]; t != nil {
			typ = " :: " + t.String()
		}
	}
	switch e := e.(type) {
	case *IntLit:
		d.line(depth, "int %d%s", e.Value, typ)
	case *StrLit:
		d.line(depth, "string %q%s", e.Value, typ)
	case *ParamExpr:
		d.line(depth, "param %s%s", e.Name, typ)
	case *PosParamExpr:
		if e.Count {
			d.line(depth, "$#%s", typ)
		} else {
			d.line(depth, "$%d%s", e.N, typ)
		}
	case *VarExpr:
		d.line(depth, "var %s%s", e.Name, typ)
	case *MapExpr:
		d.line(depth, "map %s%s", e.Name, typ)
		for _, k := range e.Keys {
			d.expr(depth+1, k)
		}
	case *Ident:
		d.line(depth, "builtin %s%s", e.Name, typ)
	case *CallExpr:
		d.line(depth, "call %s%s", e.Name, typ)
		for _, a := range e.Args {
			d.expr(depth+1, a)
		}
	case *UnaryExpr:
		d.line(depth, "unary %s%s", e.Op, typ)
		d.expr(depth+1, e.X)
	case *IncDecExpr:
		where := "prefix"
		if e.Post {
			where = "postfix"
		}
		d.line(depth, "%s %s%s", where, e.Op, typ)
		d.expr(depth+1, e.Target)
	case *BinaryExpr:
		d.line(depth, "binary %s%s", e.Op, typ)
		d.expr(depth+1, e.X)
		d.expr(depth+1, e.Y)
	case *TernaryExpr:
		d.line(depth, "?:%s", typ)
		d.expr(depth+1, e.Cond)
		d.expr(depth+1, e.Then)
		d.expr(depth+1, e.Else)
	case *CastExpr:
		d.line(depth, "cast (%s)%s", e.Type, typ)
		d.expr(depth+1, e.X)
	case *FieldExpr:
		op := "."
		if e.Arrow {
			op = "->"
		}
		d.line(depth, "field %s%s%s", op, e.Name, typ)
		d.expr(depth+1, e.X)
	case *TupleIndexExpr:
		d.line(depth, "tuple .%d%s", e.Index, typ)
		d.expr(depth+1, e.X)
	case *IndexExpr:
		d.line(depth, "index%s", typ)
		d.expr(depth+1, e.X)
		d.expr(depth+1, e.Index)
	case *TupleExpr:
		d.line(depth, "tuple%s", typ)
		for _, x := range e.Elems {
			d.expr(depth+1, x)
		}
	case *TypeExpr:
		d.line(depth, "type %s", e.Type)
	case *BlockExpr:
		d.line(depth, "block%s", typ)
		for _, st := range e.Stmts {
			d.stmt(depth+1, st)
		}
		if e.Value != nil {
			d.line(depth+1, "value")
			d.expr(depth+2, e.Value)
		}
	case *RecordExpr:
		d.line(depth, "record%s", typ)
		for i, x := range e.Elems {
			d.line(depth+1, "%s =", e.Names[i])
			d.expr(depth+2, x)
		}
	}
}
