package lang

import "github.com/cilium/ebpf/btf"

// The builtins that take a kernel type or a kernel symbol: sizeof(),
// offsetof(), container_of() and kaddr().

// typeArg resolves a call's type argument, such as "struct epitem".
func (c *checker) typeArg(e Expr) btf.Type {
	te, ok := e.(*TypeExpr)
	if !ok || te.Type.Tag == "" || te.Type.Ptr > 0 {
		c.errorf(e.Position(), "expected a struct or union type here, such as struct sock")
		return nil
	}
	t, err := c.lookupType(te.Type.Tag, te.Type.Name)
	if err != nil {
		c.errorf(te.Pos, "%w", err)
		return nil
	}
	return t
}

// memberPath reads a member designator: a name, or a.b.c for nested ones.
func memberPath(e Expr) ([]string, bool) {
	switch e := e.(type) {
	case *Ident:
		return []string{e.Name}, true
	case *FieldExpr:
		if e.Arrow {
			return nil, false
		}
		head, ok := memberPath(e.X)
		return append(head, e.Name), ok
	}
	return nil, false
}

// memberOffset is the byte offset of a (possibly nested) member of t.
func (c *checker) memberOffset(t btf.Type, e Expr) (int, bool) {
	path, ok := memberPath(e)
	if !ok {
		c.errorf(e.Position(), "expected a member name, such as wait or ffd.file")
		return 0, false
	}
	total := 0
	for _, name := range path {
		m, off, found := c.findMember(e.Position(), t, name)
		if !found {
			c.errorf(e.Position(), "%s has no member %q%s", btfName(t), name, suggest(name, c.memberNames(e.Position(), t)))
			return 0, false
		}
		if m.BitfieldSize != 0 || off%8 != 0 {
			c.errorf(e.Position(), "%s.%s is a bitfield", btfName(t), name)
			return 0, false
		}
		total += off / 8
		t = m.Type
	}
	return total, true
}

// checkContainerOf: container_of(ptr, struct T, member) is a struct T
// pointer to the struct whose member ptr points at.
func checkContainerOf(c *checker, e *CallExpr) *Type {
	pt := c.expr(e.Args[0])
	if pt == nil || !c.wantInt(e.Args[0], pt, "container_of()") {
		return nil
	}
	t := c.typeArg(e.Args[1])
	if t == nil {
		return nil
	}
	off, ok := c.memberOffset(t, e.Args[2])
	if !ok {
		return nil
	}
	c.info.Offsets[e] = off
	return &Type{Kind: Pointer, Size: 8, Target: t, User: pt.User}
}

func checkSizeof(c *checker, e *CallExpr) *Type {
	var size int
	if te, ok := e.Args[0].(*TypeExpr); ok && te.Type.Ptr == 0 && te.Type.Tag != "" {
		t := c.typeArg(te)
		if t == nil {
			return nil
		}
		size, _ = btf.Sizeof(t)
	} else if id, ok := e.Args[0].(*Ident); ok && intTypeNames[id.Name].size > 0 {
		size = intTypeNames[id.Name].size
	} else if te, ok := e.Args[0].(*TypeExpr); ok && te.Type.Ptr > 0 {
		size = 8
	} else if te, ok := e.Args[0].(*TypeExpr); ok && intTypeNames[te.Type.Name].size > 0 {
		size = intTypeNames[te.Type.Name].size // sizeof(uint8)
	} else {
		t := c.expr(e.Args[0])
		if t == nil {
			return nil
		}
		size = t.Size
		if t.Kind == Pointer {
			size = 8
		}
	}
	c.info.Consts[e] = Const{Int: uint64(size)}
	return Uint64Type
}

func checkOffsetof(c *checker, e *CallExpr) *Type {
	t := c.typeArg(e.Args[0])
	if t == nil {
		return nil
	}
	off, ok := c.memberOffset(t, e.Args[1])
	if !ok {
		return nil
	}
	c.info.Consts[e] = Const{Int: uint64(off)}
	return Uint64Type
}

// checkKaddr resolves a kernel symbol's address at compile time.
func checkKaddr(c *checker, e *CallExpr) *Type {
	lit, ok := e.Args[0].(*StrLit)
	if !ok {
		c.errorf(e.Args[0].Position(), "kaddr() takes a symbol name as a string literal")
		return nil
	}
	addr, err := c.env.KernelSymbol(lit.Value)
	if err != nil {
		c.errorf(lit.Pos, "kaddr(%q): %v", lit.Value, err)
		return nil
	}
	c.info.Consts[e] = Const{Int: addr}
	return Uint64Type
}
