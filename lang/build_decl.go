package lang

import (
	"math"
	"strconv"
)

// config builds the config block's settings.
func (b *builder) config(p *pConfig) []*ConfigItem {
	var items []*ConfigItem
	if p.Line != nil {
		p.Items = append(p.Items, p.Line)
	}
	for _, it := range p.Items {
		items = append(items, &ConfigItem{Pos: pos(it.Pos), Name: it.Name, Value: b.valueText(it.Value), ValuePos: pos(it.Value.Pos)})
	}
	return items
}

func (b *builder) mapDecl(p *pMapDecl) *MapDecl {
	d := &MapDecl{Pos: pos(p.Pos), Map: p.Map, Kind: p.Kind.Name, KindPos: pos(p.Kind.Pos)}
	for _, a := range p.Args {
		d.Args = append(d.Args, b.valueText(a))
		d.ArgsPos = append(d.ArgsPos, pos(a.Pos))
	}
	return d
}

func (b *builder) macro(p *pMacro) *Macro {
	m := &Macro{Pos: pos(p.Pos), Name: p.Name}
	for _, prm := range p.Params {
		m.Params = append(m.Params, prm.Name)
	}
	be := b.blockExpr(p.Body)
	m.Body = &Block{Pos: be.Pos, Stmts: be.Stmts}
	m.Value = be.Value
	return m
}

// enum builds an enum; a name without a value is one more than the one
// before it, the first 0, as in C.
func (b *builder) enum(p *pEnum) *EnumDecl {
	d := &EnumDecl{Pos: pos(p.Pos), Name: p.Name}
	next := int64(0)
	for _, v := range p.Values {
		if v.Value != nil {
			u, err := parseInt(*v.Value)
			switch {
			case err != nil || (!v.Neg && u > math.MaxInt64) || (v.Neg && u > 1<<63):
				b.errs.add(pos(v.Pos), "enum value %s does not fit in 64 bits", *v.Value)
			case v.Neg:
				next = -int64(u)
			default:
				next = int64(u)
			}
		}
		d.Values = append(d.Values, EnumItem{Pos: pos(v.Pos), Name: v.Name, Value: next})
		next++
	}
	return d
}

func (b *builder) forStmt(p *pFor) *ForStmt {
	h := p.Paren
	if h == nil {
		h = p.Bare
	}
	st := &ForStmt{Pos: pos(p.Pos), Var: &VarExpr{Pos: pos(p.Pos), Name: h.Var}, Body: b.block(p.Body)}
	if h.Map != "" {
		st.Map = &MapExpr{Pos: pos(p.Pos), Name: h.Map}
		return st
	}
	st.From, st.To = b.unary(h.From), b.unary(h.To)
	return st
}

func (b *builder) let(p *pLet) *LetStmt {
	st := &LetStmt{Pos: pos(p.Pos), Var: &VarExpr{Pos: pos(p.Pos), Name: p.Var}}
	if p.Value != nil {
		st.Value = b.expr(p.Value)
	}
	if t := p.Type; t != nil {
		dt := &DeclType{Pos: pos(t.Pos)}
		switch {
		case t.Typeof != nil && t.Typeof.Type != nil:
			dt.Type = typeName(t.Typeof.Type)
		case t.Typeof != nil:
			dt.Typeof = b.expr(t.Typeof.X)
		default:
			dt.Type = TypeName{Pos: pos(t.Pos), Name: t.Name, Ptr: len(t.Stars)}
			if t.Tag != nil {
				dt.Type.Tag = string(*t.Tag)
			}
		}
		if t.Len != nil {
			dt.Len = b.declLen(pos(t.Pos), *t.Len)
		}
		st.Type = dt
	}
	return st
}

// declLen is the length [text] a declaration at at gives an array or a
// string.
func (b *builder) declLen(at Pos, text string) int {
	n, err := strconv.Atoi(text)
	if err != nil || n < 1 || n > MaxStructSize {
		b.errs.add(at, "bad length [%s] in a declaration", text)
	}
	return n
}
