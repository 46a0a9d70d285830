package testenv

import (
	"fmt"
	"sync"

	"github.com/cilium/ebpf/btf"

	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/lazybtf"
)

// FullTypes is lang.KernelTypes over a btf.Spec decoded whole by
// cilium/ebpf: every lookup answers from an index of all the spec's
// types, built once by iterating them in ID order, which is what the lazy
// reader must agree with. (It does not use the spec's AnyTypesByName: in
// cilium/ebpf v0.22 that drops the type after each near-miss it filters
// out and cannot find names that start with ___.)
func FullTypes(spec *btf.Spec) lang.KernelTypes {
	fullMu.Lock()
	defer fullMu.Unlock()
	if ft, ok := fullTypes[spec]; ok {
		return ft
	}
	ft := &fullSpec{spec: spec, byName: map[string][]btf.Type{}, enumerators: map[string]enumerator{}}
	for t, err := range spec.All() {
		if err != nil {
			ft.err = err
			break
		}
		if n := t.TypeName(); n != "" {
			ft.byName[n] = append(ft.byName[n], t)
		}
		switch t := t.(type) {
		case *btf.Func:
			ft.funcs = append(ft.funcs, t.Name)
		case *btf.Typedef:
			ft.typedefs = append(ft.typedefs, t.Name)
		case *btf.Enum:
			for _, v := range t.Values {
				if _, dup := ft.enumerators[v.Name]; !dup {
					ft.enumerators[v.Name] = enumerator{t, v.Value}
				}
			}
		}
	}
	fullTypes[spec] = ft
	return ft
}

var (
	fullMu    sync.Mutex
	fullTypes = map[*btf.Spec]*fullSpec{}
)

type fullSpec struct {
	spec            *btf.Spec
	err             error
	byName          map[string][]btf.Type
	funcs, typedefs []string
	enumerators     map[string]enumerator
}

type enumerator struct {
	enum  *btf.Enum
	value uint64
}

func (f *fullSpec) TypesByName(name string) ([]btf.Type, error) {
	var out []btf.Type
	for _, t := range f.byName[name] {
		if _, fn := t.(*btf.Func); !fn {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: %w", name, btf.ErrNotFound)
	}
	return out, f.err
}

func (f *fullSpec) FuncByName(name string) (*btf.Func, error) {
	for _, t := range f.byName[name] {
		if fn, ok := t.(*btf.Func); ok {
			return fn, f.err
		}
	}
	return nil, fmt.Errorf("func %s: %w", name, btf.ErrNotFound)
}

func (f *fullSpec) Members(t btf.Type) ([]btf.Member, bool, error) {
	t = btf.UnderlyingType(t)
	if _, err := f.spec.TypeID(t); err != nil {
		return nil, false, nil
	}
	members, ok := lazybtf.MembersOf(t)
	return members, ok, nil
}

func (f *fullSpec) Enumerator(name string) (*btf.Enum, uint64, error) {
	if e, ok := f.enumerators[name]; ok {
		return e.enum, e.value, f.err
	}
	return nil, 0, fmt.Errorf("enum value %s: %w", name, btf.ErrNotFound)
}

func (f *fullSpec) FuncNames() ([]string, error)    { return f.funcs, f.err }
func (f *fullSpec) TypedefNames() ([]string, error) { return f.typedefs, f.err }
