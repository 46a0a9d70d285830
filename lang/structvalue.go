package lang

import (
	"fmt"

	"github.com/cilium/ebpf/btf"
)

// A struct in memory that a script stores (in a variable, a map, a tuple,
// a key) is kept as a record of its members, as today's bpftrace keeps
// it, and prints as one: { .m = 2, .n = 3 }. The record is read from
// memory whole, so its layout must be the struct's: members that are
// integers, enums, pointers, char arrays (kept as strings), arrays and
// such structs, at the offsets C gives them. An array of integers,
// pointers or structs is kept as a tuple of its elements that prints as
// [1,2,3].

// structValue is the record a struct of type t is stored as, or why it
// cannot be.
func (c *checker) structValue(p Pos, t *Type) (*Type, error) {
	s, ok := btf.UnderlyingType(t.BTF).(*btf.Struct)
	if !ok {
		return nil, fmt.Errorf("a union cannot be stored; read its members instead")
	}
	rec := &Type{Kind: Tuple, User: t.User}
	var offsets []int
	for _, m := range c.members(p, s) {
		if m.Name == "" {
			return nil, fmt.Errorf("its anonymous member cannot be stored; read its members instead")
		}
		if m.BitfieldSize != 0 {
			return nil, fmt.Errorf("member %s is a bitfield", m.Name)
		}
		et, err := c.memberValue(p, m.Type, t.User)
		if err != nil {
			return nil, fmt.Errorf("member %s: %w", m.Name, err)
		}
		rec.Elems = append(rec.Elems, et)
		rec.Names = append(rec.Names, m.Name)
		offsets = append(offsets, int(m.Offset.Bytes()))
	}
	got, size := tupleLayout(rec.Elems)
	for i := range got {
		if got[i] != offsets[i] {
			return nil, fmt.Errorf("member %s is at offset %d, not %d where C would lay it out (a packed struct?)", rec.Names[i], offsets[i], got[i])
		}
	}
	if size != int(s.Size) {
		return nil, fmt.Errorf("it is %d bytes, not %d as C would lay it out (a packed struct?)", s.Size, size)
	}
	rec.Size = size
	return rec, nil
}

// memberValue is the type a struct member is stored as.
func (c *checker) memberValue(p Pos, bt btf.Type, user bool) (*Type, error) {
	switch u := btf.UnderlyingType(bt).(type) {
	case *btf.Int:
		if u.Encoding&btf.Bool != 0 {
			t := BoolType()
			t.Size = int(u.Size)
			return t, nil
		}
		return IntType(int(u.Size), u.Encoding&btf.Signed != 0), nil
	case *btf.Enum:
		return IntType(int(u.Size), u.Signed), nil
	case *btf.Pointer:
		return &Type{Kind: Pointer, Size: 8, Target: u.Target, User: user}, nil
	case *btf.Array:
		if e, ok := btf.UnderlyingType(u.Type).(*btf.Int); ok && e.Size == 1 && u.Nelems > 0 {
			return StringType(int(u.Nelems)), nil
		}
		if u.Nelems == 0 {
			return nil, fmt.Errorf("an array of no fixed length cannot be stored; read its elements instead")
		}
		et, err := c.memberValue(p, u.Type, user)
		if err != nil {
			return nil, err
		}
		return arrayValue(et, int(u.Nelems)), nil
	case *btf.Struct:
		return c.structValue(p, &Type{Kind: Struct, BTF: u, User: user})
	}
	return nil, fmt.Errorf("%s cannot be stored", btfName(bt))
}

// arrayValue is the tuple an array of n elements of type et is stored
// as: laid out as C lays out the array.
func arrayValue(et *Type, n int) *Type {
	elems := make([]*Type, n)
	for i := range elems {
		elems[i] = et
	}
	t := TupleType(elems...)
	t.CArray = true
	return t
}

// arrayValueOf is the tuple an array in memory of script type t is stored
// as, or why it cannot be.
func (c *checker) arrayValueOf(p Pos, t *Type) (*Type, error) {
	if t.Len <= 0 {
		return nil, fmt.Errorf("an array of no fixed length cannot be stored; read its elements instead")
	}
	var et *Type
	switch e := t.Elem; e.Kind {
	case Int, Pointer:
		et = e
	case Array:
		var err error
		if et, err = c.arrayValueOf(p, e); err != nil {
			return nil, err
		}
	case Struct:
		var err error
		if et, err = c.structValue(p, e); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("arrays of %s cannot be stored", e)
	}
	return arrayValue(et, t.Len), nil
}

// inMemory says whether e designates a value in kernel or user memory that
// can be copied whole: a struct member, a pointer's target.
func (c *checker) inMemory(e Expr) bool {
	switch e := e.(type) {
	case *FieldExpr:
		return c.info.Members[e] != nil
	case *UnaryExpr:
		return e.Op == "*"
	case *IndexExpr:
		return c.inMemory(e.X)
	}
	return false
}

// storedValue is the type the value of e, of type t, is kept as where the
// script stores it: a struct's record (noted in Info.StructValues), or t
// itself. It reports why a struct cannot be stored, and returns nil then.
func (c *checker) storedValue(e Expr, t *Type) *Type {
	if t == nil || (t.Kind != Struct && t.Kind != Array) || !c.inMemory(e) {
		return t
	}
	var rec *Type
	var err error
	if t.Kind == Array {
		rec, err = c.arrayValueOf(e.Position(), t)
	} else {
		rec, err = c.structValue(e.Position(), t)
	}
	if err != nil {
		c.errorf(e.Position(), "cannot store %s: %v", t, err)
		return nil
	}
	c.info.StructValues[e] = rec
	return rec
}
