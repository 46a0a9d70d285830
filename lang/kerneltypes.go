package lang

import (
	"fmt"

	"github.com/cilium/ebpf/btf"
)

// KernelTypes is a kernel's BTF as the checker reads it: cilium/ebpf/btf
// types, found by name. An implementation may decode lazily (package
// lazybtf does): a struct or union it returns may come without its
// members until Members is asked for them, so the checker reads members
// only through Members, never from the struct's field.
type KernelTypes interface {
	// TypesByName returns the types called name other than functions, in
	// type ID order; the error wraps btf.ErrNotFound if there are none.
	TypesByName(name string) ([]btf.Type, error)
	// FuncByName returns the function called name; the error wraps
	// btf.ErrNotFound if there is none.
	FuncByName(name string) (*btf.Func, error)
	// Members returns the members of a struct or union (through typedefs
	// and qualifiers) that this KernelTypes returned; ok is false for any
	// other type.
	Members(t btf.Type) (members []btf.Member, ok bool, err error)
	// Enumerator returns the enum that has a value called name (the first
	// in type ID order) and that value; the error wraps btf.ErrNotFound if
	// no enum has one.
	Enumerator(name string) (*btf.Enum, uint64, error)
	// FuncNames and TypedefNames list the names of every function and
	// typedef, for wildcards.
	FuncNames() ([]string, error)
	TypedefNames() ([]string, error)
}

// typedefByName finds a typedef in kt.
func typedefByName(kt KernelTypes, name string) (*btf.Typedef, error) {
	types, err := kt.TypesByName(name)
	if err != nil {
		return nil, err
	}
	for _, t := range types {
		if td, ok := t.(*btf.Typedef); ok {
			return td, nil
		}
	}
	return nil, fmt.Errorf("typedef %s: %w", name, btf.ErrNotFound)
}

// members returns the members of struct or union t, from the BTF that t
// came from (the kernel's or a module's), or t's own for a struct the
// script defined; nil for other types. A BTF that cannot be decoded is
// reported at pos.
func (c *checker) members(pos Pos, t btf.Type) []btf.Member {
	var sources []KernelTypes
	if kt, err := c.env.BTF(); err == nil {
		sources = append(sources, kt)
	}
	for _, m := range c.moduleBTF {
		sources = append(sources, m.Types)
	}
	for _, kt := range append(sources, c.loadedModules...) {
		ms, ok, err := kt.Members(t)
		if err != nil {
			c.errorf(pos, "reading kernel BTF: %v", err)
			return nil
		}
		if ok {
			return ms
		}
	}
	// The script's own struct: complete as the checker built it. This
	// is the one place the checker reads a struct's members itself.
	switch u := btf.UnderlyingType(t).(type) {
	case *btf.Struct:
		return u.Members
	case *btf.Union:
		return u.Members
	}
	return nil
}
