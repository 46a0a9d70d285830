package lazybtf

import (
	"slices"

	"github.com/cilium/ebpf/btf"
)

// nameTable finds the types of a prefixList by name without scanning the
// list: an open-addressed hash table (linear probing, at most half full)
// of positions in the list, 1-based, 0 for an empty slot, with the FNV-1a
// hash of the whole name picking the first slot. A scan of a kernel's
// 60,000 other types' prefixes took 15-60 µs a name, and udplat's check
// looks up 17 names (0.3-0.7 ms of it); a family of names (btf_trace_*,
// __probestub_*) took 120-250 µs to gather the first time. Made only with
// an index (MarshalIndex, after the run is attached) and read back with
// it: a process that scans the blob itself keeps to the prefix scan,
// where making the table would cost more than its lookups save.
type nameTable []uint32

// nameTableSize is the size of the table of a list of n types: the least
// power of two at least twice n, 0 for none.
func nameTableSize(n int) int {
	if n == 0 {
		return 0
	}
	size := 1
	for size < 2*n {
		size <<= 1
	}
	return size
}

// FNV-1a, 32 bits: a name's hash, fixed because tables are kept in
// files.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func nameHash[T []byte | string](name T) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(name); i++ {
		h = (h ^ uint32(name[i])) * fnvPrime
	}
	return h
}

// makeNameTable makes l's table.
func (s *Spec) makeNameTable(l *prefixList) (nameTable, error) {
	t := make(nameTable, nameTableSize(len(l.id)))
	mask := uint32(len(t) - 1)
	for i, id := range l.id {
		name, err := s.strBytes(le.Uint32(s.types[s.offsets[id-s.firstID]:]))
		if err != nil {
			return nil, err
		}
		j := nameHash(name) & mask
		for t[j] != 0 {
			j = (j + 1) & mask
		}
		t[j] = uint32(i + 1)
	}
	return t, nil
}

// find appends to ids the IDs in l of types called name, in ID order. A
// table read from a damaged index can make it miss a type, never return
// one of another name, nor read out of bounds: each candidate's name is
// compared in full, and its position checked.
func (t nameTable) find(s *Spec, l *prefixList, name string, ids []btf.TypeID) []btf.TypeID {
	start := len(ids)
	mask := uint32(len(t) - 1)
	for j, n := nameHash(name)&mask, 0; n < len(t) && t[j] != 0; j, n = (j+1)&mask, n+1 {
		if p := int(t[j]) - 1; p < len(l.id) && s.nameIs(l.id[p], name) {
			ids = append(ids, l.id[p])
		}
	}
	slices.Sort(ids[start:])
	return ids
}
