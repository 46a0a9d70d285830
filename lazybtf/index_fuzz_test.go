package lazybtf_test

import (
	"encoding/binary"
	"hash/crc32"
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/ntrace/ntrace/lazybtf"
)

// indexHeaderLen is the index's header, as index.go lays it out: magic,
// CRC, key length, key, eight counts.
const indexHeaderLen = 8 + 4 + 4 + 64 + 8*4

// smallBTF is a blob with a type of most kinds a kernel's has (not decl
// tags, which cilium/ebpf cannot build), named so that the lookups below
// find them: small enough for a fuzzer to mutate its index usefully.
func smallBTF(tb testing.TB) []byte {
	tb.Helper()
	u32 := &btf.Int{Name: "u32", Size: 4}
	s := &btf.Struct{Name: "sk", Size: 16}
	s.Members = []btf.Member{{Name: "a", Type: u32}, {Name: "next", Type: &btf.Pointer{Target: s}, Offset: 64}}
	enum := &btf.Enum{Name: "reason", Size: 4, Values: []btf.EnumValue{{Name: "R_ONE", Value: 1}, {Name: "R_TWO", Value: 2}}}
	fn := &btf.Func{Name: "f", Linkage: btf.GlobalFunc, Type: &btf.FuncProto{Return: u32, Params: []btf.FuncParam{{Name: "s", Type: &btf.Pointer{Target: s}}}}}
	td := &btf.Typedef{Name: "btf_trace_t", Type: &btf.Pointer{Target: fn.Type}}
	b, err := btf.NewBuilder([]btf.Type{s, enum, fn, td, &btf.Union{Name: "un", Size: 4, Members: []btf.Member{{Name: "x", Type: u32}}}}, nil)
	if err != nil {
		tb.Fatal(err)
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return raw
}

// Any index LoadIndexed takes for a blob, damaged but with its checksum
// made right again (as an index written on purpose would be), gives
// types or errors on every lookup, never a panic.
func FuzzLoadIndexed(f *testing.F) {
	raw := smallBTF(f)
	s, err := lazybtf.Load(raw, nil)
	if err != nil {
		f.Fatal(err)
	}
	key := []byte("k")
	index, err := s.MarshalIndex(key)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(index)
	table := crc32.MakeTable(crc32.Castagnoli)
	f.Fuzz(func(t *testing.T, index []byte) {
		if len(index) >= indexHeaderLen {
			binary.LittleEndian.PutUint32(index[8:], crc32.Checksum(index[indexHeaderLen:], table))
		}
		spec, err := lazybtf.LoadIndexed(raw, index, key)
		if err != nil {
			return
		}
		for id := spec.FirstID(); int(id) < int(spec.FirstID())+spec.Len(); id++ {
			if typ, err := spec.TypeByID(id); err == nil {
				_, _, _ = spec.Members(typ)
			}
		}
		for _, name := range []string{"sk", "reason", "un", "btf_trace_t", "u32", "nothing"} {
			if types, err := spec.AnyTypesByName(name); err == nil {
				for _, typ := range types {
					_, _, _ = spec.Members(typ)
				}
			}
		}
		_, _ = spec.FuncByName("f")
		_, _, _ = spec.Enumerator("R_TWO")
		_, _ = spec.FuncNames()
		_, _ = spec.TypedefNames()
	})
}
