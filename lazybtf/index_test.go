package lazybtf_test

import (
	"bytes"
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/ntrace/ntrace/internal/btftest"
	"github.com/ntrace/ntrace/lazybtf"
)

// An index read back gives every type of each kernel's BTF as cilium
// decodes it, as a scan does: the same differential test, through
// MarshalIndex and LoadIndexed.
func TestIndexedAsCilium(t *testing.T) {
	for _, k := range btftest.Kernels() {
		t.Run(k, func(t *testing.T) {
			t.Parallel()
			raw := btftest.Raw(t, k)
			scanned, err := lazybtf.Load(raw, nil)
			if err != nil {
				t.Fatal(err)
			}
			key := []byte("kernel " + k)
			index, err := scanned.MarshalIndex(key)
			if err != nil {
				t.Fatal(err)
			}
			indexed, err := lazybtf.LoadIndexed(raw, index, key)
			if err != nil {
				t.Fatal(err)
			}
			again, err := indexed.MarshalIndex(key)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(again, index) {
				t.Error("the index read back does not make the same index")
			}
			compareAll(t, indexed, btftest.Load(t, k))
		})
	}
}

// An index is refused for another key, another blob, or any damage, and
// a refusal is an error, never a panic.
func TestIndexRefused(t *testing.T) {
	kernels := btftest.Kernels()
	raw := btftest.Raw(t, kernels[0])
	s, err := lazybtf.Load(raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	key := []byte("build id")
	index, err := s.MarshalIndex(key)
	if err != nil {
		t.Fatal(err)
	}
	refused := func(what string, raw, index, key []byte) {
		t.Helper()
		_, err := lazybtf.LoadIndexed(raw, index, key)
		t.Logf("%s: %v", what, err)
		if err == nil {
			t.Errorf("%s: index accepted", what)
		}
	}
	refused("another key", raw, index, []byte("build iD"))
	refused("a longer key", raw, index, []byte("build id2"))
	refused("no index", raw, nil, key)
	refused("truncated", raw, index[:len(index)-4], key)
	for _, k := range kernels[1:] {
		refused("kernel "+k+"'s BTF", btftest.Raw(t, k), index, key)
	}
	for _, at := range []int{0, 9, 20, 90, len(index) / 3, len(index) - 1} {
		bad := bytes.Clone(index)
		bad[at] ^= 0x10
		refused("damaged", raw, bad, key)
	}
	// The same sizes, another layout: the first type's header says it
	// has one more member, so it ends where the index says it does not.
	moved := bytes.Clone(raw)
	hdrLen, typeOff := lazybtf.LE.Uint32(moved[4:]), lazybtf.LE.Uint32(moved[8:])
	first := moved[hdrLen+typeOff:]
	lazybtf.LE.PutUint32(first[4:], lazybtf.LE.Uint32(first[4:])+1)
	refused("a type longer than indexed", moved, index, key)
	// The same layout, another name for the last type.
	renamed := bytes.Clone(raw)
	last := renamed[hdrLen+typeOff+lazybtf.LE.Uint32(renamed[12:])-uint32(lastTypeSize(t, s)):]
	lazybtf.LE.PutUint32(last, lazybtf.LE.Uint32(last)+1)
	refused("a type renamed", renamed, index, key)
	if _, err := s.MarshalIndex(make([]byte, 65)); err == nil {
		t.Error("a key of 65 bytes taken")
	}
}

// lastTypeSize is the size, header and data, of s's last type.
func lastTypeSize(t *testing.T, s *lazybtf.Spec) int {
	t.Helper()
	typ, err := s.TypeByID(s.FirstID() + btf.TypeID(s.Len()) - 1)
	if err != nil {
		t.Fatal(err)
	}
	if typ.TypeName() == "" {
		t.Fatalf("the last type, %v, has no name to change", typ)
	}
	return lazybtf.TypeSize(s, s.FirstID()+btf.TypeID(s.Len())-1)
}

// Split BTF has no index of its own.
func TestNoIndexForSplitBTF(t *testing.T) {
	k := btftest.Kernels()[0]
	mods := btftest.Modules(k)
	if len(mods) == 0 {
		t.Skip("no module BTF for", k)
	}
	mod := btftest.LazyModule(t, k, mods[0])
	if _, err := mod.MarshalIndex(nil); err == nil {
		t.Error("an index for split BTF")
	}
}

// A blob that is not the one its index was made of, where the index's
// spot checks do not look, gives errors for the types that moved, never
// a panic: here the member count of every struct near the end is raised
// past it, and every type is decoded. (Their members' garbage names fail
// first; typeAt's bounds check stands behind that.)
func TestIndexOfAnotherBlobNoPanic(t *testing.T) {
	k := btftest.Kernels()[0]
	raw := btftest.Raw(t, k)
	s, err := lazybtf.Load(raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	index, err := s.MarshalIndex(nil)
	if err != nil {
		t.Fatal(err)
	}
	bad := bytes.Clone(raw)
	hdrLen, typeOff := lazybtf.LE.Uint32(bad[4:]), lazybtf.LE.Uint32(bad[8:])
	types := bad[hdrLen+typeOff:][:lazybtf.LE.Uint32(bad[12:])]
	checked := map[btf.TypeID]bool{}
	for k := range 64 {
		checked[s.FirstID()+btf.TypeID(k*(s.Len()-1)/63)] = true
	}
	changed := 0
	for id := s.FirstID(); id < s.FirstID()+btf.TypeID(s.Len()); id++ {
		off := lazybtf.Offset(s, id)
		info := lazybtf.LE.Uint32(types[off+4:])
		if info>>24&0x1f != 4 || checked[id] || checked[id+1] || int(off)+12*0x10000 <= len(types) {
			continue
		}
		lazybtf.LE.PutUint32(types[off+4:], info|0xffff)
		changed++
	}
	moved, err := lazybtf.LoadIndexed(bad, index, nil)
	if err != nil {
		t.Fatalf("the spot checks were meant to miss it: %v", err)
	}
	failed := 0
	for id := moved.FirstID(); id < moved.FirstID()+btf.TypeID(moved.Len()); id++ {
		typ, err := moved.TypeByID(id)
		if err == nil {
			_, _, err = moved.Members(typ)
		}
		if err != nil {
			failed++
		}
	}
	if changed == 0 || failed < changed {
		t.Errorf("%d structs changed, %d types failed to decode", changed, failed)
	}
}
