package lazybtf_test

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/ntrace/ntrace/internal/btftest"
	"github.com/ntrace/ntrace/lazybtf"
)

// ids gives a type's ID on each side, for comparing references.
type ids struct {
	lazy *lazybtf.Spec
	full *btf.Spec
}

func (x ids) same(a, b btf.Type) error {
	ia, err := x.lazy.TypeID(a)
	if err != nil {
		return fmt.Errorf("lazy: %w", err)
	}
	ib, err := x.full.TypeID(b)
	if err != nil {
		return fmt.Errorf("cilium: %w", err)
	}
	if ia != ib {
		return fmt.Errorf("refers to type %d, cilium to %d", ia, ib)
	}
	return nil
}

// compare compares type a, decoded by lazybtf, with b, decoded by
// cilium: every field, and every reference by type ID.
func compare(x ids, a, b btf.Type) error {
	if fmt.Sprintf("%T", a) != fmt.Sprintf("%T", b) {
		return fmt.Errorf("%T, cilium %T", a, b)
	}
	if a.TypeName() != b.TypeName() {
		return fmt.Errorf("named %q, cilium %q", a.TypeName(), b.TypeName())
	}
	switch a := a.(type) {
	case *btf.Int:
		if b := b.(*btf.Int); *a != *b {
			return fmt.Errorf("%+v, cilium %+v", a, b)
		}
	case *btf.Float:
		if b := b.(*btf.Float); *a != *b {
			return fmt.Errorf("%+v, cilium %+v", a, b)
		}
	case *btf.Fwd:
		if b := b.(*btf.Fwd); *a != *b {
			return fmt.Errorf("%+v, cilium %+v", a, b)
		}
	case *btf.Enum:
		b := b.(*btf.Enum)
		if a.Size != b.Size || a.Signed != b.Signed || !slices.Equal(a.Values, b.Values) {
			return fmt.Errorf("%+v, cilium %+v", a, b)
		}
	case *btf.Pointer:
		return x.same(a.Target, b.(*btf.Pointer).Target)
	case *btf.Array:
		b := b.(*btf.Array)
		if a.Nelems != b.Nelems {
			return fmt.Errorf("%d elements, cilium %d", a.Nelems, b.Nelems)
		}
		if err := x.same(a.Index, b.Index); err != nil {
			return err
		}
		return x.same(a.Type, b.Type)
	case *btf.Struct:
		b := b.(*btf.Struct)
		if a.Size != b.Size || !slices.Equal(a.Tags, b.Tags) {
			return fmt.Errorf("size %d tags %v, cilium %d %v", a.Size, a.Tags, b.Size, b.Tags)
		}
		return compareMembers(x, a, b.Members)
	case *btf.Union:
		b := b.(*btf.Union)
		if a.Size != b.Size || !slices.Equal(a.Tags, b.Tags) {
			return fmt.Errorf("size %d tags %v, cilium %d %v", a.Size, a.Tags, b.Size, b.Tags)
		}
		return compareMembers(x, a, b.Members)
	case *btf.Typedef:
		b := b.(*btf.Typedef)
		if !slices.Equal(a.Tags, b.Tags) {
			return fmt.Errorf("tags %v, cilium %v", a.Tags, b.Tags)
		}
		return x.same(a.Type, b.Type)
	case *btf.Volatile:
		return x.same(a.Type, b.(*btf.Volatile).Type)
	case *btf.Const:
		return x.same(a.Type, b.(*btf.Const).Type)
	case *btf.Restrict:
		return x.same(a.Type, b.(*btf.Restrict).Type)
	case *btf.TypeTag:
		b := b.(*btf.TypeTag)
		if a.Value != b.Value {
			return fmt.Errorf("tag %q, cilium %q", a.Value, b.Value)
		}
		return x.same(a.Type, b.Type)
	case *btf.Func:
		b := b.(*btf.Func)
		if a.Linkage != b.Linkage || !slices.Equal(a.Tags, b.Tags) || !slices.EqualFunc(a.ParamTags, b.ParamTags, slices.Equal) {
			return fmt.Errorf("%v %v %v, cilium %v %v %v", a.Linkage, a.Tags, a.ParamTags, b.Linkage, b.Tags, b.ParamTags)
		}
		return x.same(a.Type, b.Type)
	case *btf.FuncProto:
		b := b.(*btf.FuncProto)
		if len(a.Params) != len(b.Params) {
			return fmt.Errorf("%d params, cilium %d", len(a.Params), len(b.Params))
		}
		for i := range a.Params {
			if a.Params[i].Name != b.Params[i].Name {
				return fmt.Errorf("param %d %q, cilium %q", i, a.Params[i].Name, b.Params[i].Name)
			}
			if err := x.same(a.Params[i].Type, b.Params[i].Type); err != nil {
				return fmt.Errorf("param %d: %w", i, err)
			}
		}
		return x.same(a.Return, b.Return)
	case *btf.Var:
		b := b.(*btf.Var)
		if a.Linkage != b.Linkage || !slices.Equal(a.Tags, b.Tags) {
			return fmt.Errorf("%v %v, cilium %v %v", a.Linkage, a.Tags, b.Linkage, b.Tags)
		}
		return x.same(a.Type, b.Type)
	case *btf.Datasec:
		b := b.(*btf.Datasec)
		if a.Size != b.Size || len(a.Vars) != len(b.Vars) {
			return fmt.Errorf("size %d %d vars, cilium %d %d", a.Size, len(a.Vars), b.Size, len(b.Vars))
		}
		for i := range a.Vars {
			if a.Vars[i].Offset != b.Vars[i].Offset || a.Vars[i].Size != b.Vars[i].Size {
				return fmt.Errorf("var %d: %+v, cilium %+v", i, a.Vars[i], b.Vars[i])
			}
			if err := x.same(a.Vars[i].Type, b.Vars[i].Type); err != nil {
				return fmt.Errorf("var %d: %w", i, err)
			}
		}
	default:
		return fmt.Errorf("no comparison for %T", a)
	}
	return nil
}

func compareMembers(x ids, a btf.Type, want []btf.Member) error {
	got, ok, err := x.lazy.Members(a)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("Members: not lazybtf's type")
	}
	if len(got) != len(want) {
		return fmt.Errorf("%d members, cilium %d", len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.Name != w.Name || g.Offset != w.Offset || g.BitfieldSize != w.BitfieldSize || !slices.Equal(g.Tags, w.Tags) {
			return fmt.Errorf("member %d: %s at %d (%d bits) %v, cilium %s at %d (%d bits) %v",
				i, g.Name, g.Offset, g.BitfieldSize, g.Tags, w.Name, w.Offset, w.BitfieldSize, w.Tags)
		}
		if err := x.same(g.Type, w.Type); err != nil {
			return fmt.Errorf("member %s: %w", g.Name, err)
		}
	}
	return nil
}

// TestEveryTypeAsCilium decodes every type of each kernel's BTF with
// lazybtf and with cilium/ebpf and compares them field by field, and
// looks every named type up by name both ways.
func TestEveryTypeAsCilium(t *testing.T) {
	for _, k := range btftest.Kernels() {
		t.Run(k, func(t *testing.T) {
			t.Parallel()
			raw := btftest.Raw(t, k)
			lazy, err := lazybtf.Load(raw, nil)
			if err != nil {
				t.Fatal(err)
			}
			full := btftest.Load(t, k)
			compareAll(t, lazy, full)
		})
	}
}

func compareAll(t *testing.T, lazy *lazybtf.Spec, full *btf.Spec) {
	t.Helper()
	x := ids{lazy, full}
	first := lazy.FirstID()
	// names lists, for each name, the IDs cilium decodes with it: the
	// truth AnyTypesByName must match. (cilium's own AnyTypesByName is
	// not: in v0.22 it skips the type after each near-miss it drops, and
	// cannot find names starting with ___.)
	n, names, failures := 0, map[string][]btf.TypeID{}, 0
	funcs := map[btf.TypeID]bool{}
	// enumerators holds each enum value name's first enum and value.
	type enumerator struct {
		id    btf.TypeID
		value uint64
	}
	enumerators := map[string]enumerator{}
	for id := first; ; id++ {
		want, err := full.TypeByID(id)
		if errors.Is(err, btf.ErrNotFound) {
			break
		}
		if err != nil {
			t.Fatalf("cilium: type %d: %v", id, err)
		}
		n++
		got, err := lazy.TypeByID(id)
		if fmt.Sprintf("%T", want) == "*btf.declTag" {
			if err == nil {
				t.Errorf("type %d is a decl tag: lazybtf returned %v", id, got)
			}
			continue
		}
		if err != nil {
			t.Fatalf("type %d (%v): %v", id, want, err)
		}
		if err := compare(x, got, want); err != nil {
			t.Errorf("type %d (%v): %v", id, want, err)
			if failures++; failures > 20 {
				t.Fatal("too many differences")
			}
		}
		if name := want.TypeName(); name != "" {
			names[name] = append(names[name], id)
		}
		switch w := want.(type) {
		case *btf.Func:
			funcs[id] = true
		case *btf.Enum:
			for _, v := range w.Values {
				if _, dup := enumerators[v.Name]; !dup {
					enumerators[v.Name] = enumerator{id, v.Value}
				}
			}
		}
	}
	if n != lazy.Len() {
		t.Errorf("cilium has %d types, lazybtf %d", n, lazy.Len())
	}
	checked := 0
	for name, want := range names {
		if !lookUp(name) {
			continue
		}
		checked++
		types, err := lazy.AnyTypesByName(name)
		if err != nil {
			t.Errorf("AnyTypesByName(%q): %v", name, err)
			continue
		}
		var got []btf.TypeID
		for _, typ := range types {
			id, err := lazy.TypeID(typ)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, id)
		}
		if !slices.Equal(got, want) {
			t.Errorf("AnyTypesByName(%q): types %v, cilium decodes %v with that name", name, got, want)
		}
		var wantTypes []btf.TypeID
		var wantFunc btf.TypeID
		for _, id := range want {
			if !funcs[id] {
				wantTypes = append(wantTypes, id)
			} else if wantFunc == 0 {
				wantFunc = id
			}
		}
		types, err = lazy.TypesByName(name)
		if got := typeIDs(t, lazy, types); !slices.Equal(got, wantTypes) || (err != nil) != (len(wantTypes) == 0) {
			t.Errorf("TypesByName(%q): types %v (%v), want %v", name, got, err, wantTypes)
		}
		fn, err := lazy.FuncByName(name)
		if got := typeIDs(t, lazy, []btf.Type{fn}); wantFunc != 0 && (err != nil || got[0] != wantFunc) || wantFunc == 0 && err == nil {
			t.Errorf("FuncByName(%q): %v (%v), want type %d", name, got, err, wantFunc)
		}
	}
	for name, want := range enumerators {
		en, v, err := lazy.Enumerator(name)
		if err != nil {
			t.Errorf("Enumerator(%q): %v", name, err)
			continue
		}
		if got := typeIDs(t, lazy, []btf.Type{en}); got[0] != want.id || v != want.value {
			t.Errorf("Enumerator(%q) = type %d value %d, want type %d value %d", name, got[0], v, want.id, want.value)
		}
	}
	if _, _, err := lazy.Enumerator("NO_SUCH_ENUM_VALUE_AT_ALL"); !errors.Is(err, btf.ErrNotFound) {
		t.Errorf("Enumerator of a name no enum has: %v", err)
	}
	for _, name := range []string{"", "no_such_type_at_all", "sk_buf", "sk_buff_", "sk_buff\x00"} {
		if types, err := lazy.AnyTypesByName(name); !errors.Is(err, btf.ErrNotFound) {
			t.Errorf("AnyTypesByName(%q) = %v, %v; want ErrNotFound", name, types, err)
		}
	}
	t.Logf("%d types, %d of %d names, %d enum values compared", n, checked, len(names), len(enumerators))
}

// namesUnderRace are names looked up under the race detector whatever
// the sample: the structs the recipes read, a func, names several types
// share, and names with the prefixes cilium's own lookup stumbles on.
var namesUnderRace = map[string]bool{
	"sk_buff": true, "sock": true, "udp_sock": true, "task_struct": true, "epitem": true,
	"eppoll_entry": true, "inet_sock": true, "sk_buff_head": true, "tcp_sock": true,
	"kfree_skb": true, "skb_drop_reason": true, "list_head": true, "u32": true,
	"file": true, "path": true,
}

// lookUp says whether compareAll looks name up by name. Every name is,
// except under the race detector, where the lookups of 70,000 names take
// minutes: there every 61st name (by a hash of it, the same on every
// run), and namesUnderRace, are. Every type is compared field by field
// either way; make unit runs the full lookups without the race detector.
func lookUp(name string) bool {
	if !raceDetector || namesUnderRace[name] {
		return true
	}
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(name); i++ {
		h = (h ^ uint32(name[i])) * 16777619
	}
	return h%61 == 0
}

// typeIDs returns the IDs of types lazy returned; 0 for a nil one.
func typeIDs(t *testing.T, lazy *lazybtf.Spec, types []btf.Type) []btf.TypeID {
	t.Helper()
	var ids []btf.TypeID
	for _, typ := range types {
		if typ == nil || typ == (*btf.Func)(nil) {
			ids = append(ids, 0)
			continue
		}
		id, err := lazy.TypeID(typ)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

// TestModuleTypesAsCilium does the same for the modules' BTF kept for
// each kernel: split BTF, whose types refer to the kernel's, read by a
// scan or through an index.
func TestModuleTypesAsCilium(t *testing.T) {
	for _, k := range btftest.Kernels() {
		for _, mod := range btftest.Modules(k) {
			t.Run(k+"/"+mod, func(t *testing.T) {
				t.Parallel()
				raw := btftest.Module(t, k, mod)
				scanned, err := lazybtf.Load(btftest.Raw(t, k), nil)
				if err != nil {
					t.Fatal(err)
				}
				// On a kernel's BTF read through its index, too.
				index, err := scanned.MarshalIndex(nil)
				if err != nil {
					t.Fatal(err)
				}
				indexed, err := lazybtf.LoadIndexed(btftest.Raw(t, k), index, nil)
				if err != nil {
					t.Fatal(err)
				}
				full, err := btf.LoadSplitSpecFromReader(bytes.NewReader(raw), btftest.Load(t, k))
				if err != nil {
					t.Fatal(err)
				}
				for _, base := range []*lazybtf.Spec{scanned, indexed} {
					lazy, err := lazybtf.Load(raw, base)
					if err != nil {
						t.Fatal(err)
					}
					if lazy.FirstID() == 1 || lazy.Base() != base {
						t.Fatalf("split BTF starts at type %d, base %p", lazy.FirstID(), lazy.Base())
					}
					compareAll(t, lazy, full)
				}
			})
		}
	}
}

// Functions are found by name the same whether their index is made ahead
// (IndexFunctions, on another goroutine, while other types are looked
// up) or by their first lookup.
func TestIndexFunctionsAhead(t *testing.T) {
	k := btftest.Kernels()[0]
	raw := btftest.Raw(t, k)
	lazyFirst, err := lazybtf.Load(raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	ahead, err := lazybtf.Load(raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		ahead.IndexFunctions()
	}()
	if _, err := ahead.TypesByName("sk_buff"); err != nil {
		t.Errorf("sk_buff while functions are indexed: %v", err)
	}
	<-done
	for _, name := range []string{"vfs_read", "tcp_v4_connect", "__probestub_kfree_skb", "no_such_function"} {
		a, errA := ahead.FuncByName(name)
		b, errB := lazyFirst.FuncByName(name)
		if (errA == nil) != (errB == nil) || errA == nil && a.Name != b.Name {
			t.Errorf("FuncByName(%q): indexed ahead %v, %v; on first lookup %v, %v", name, a, errA, b, errB)
		}
		if name != "no_such_function" && name != "__probestub_kfree_skb" && errA != nil {
			t.Errorf("FuncByName(%q): %v", name, errA)
		}
	}
}
