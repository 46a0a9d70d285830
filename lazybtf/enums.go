package lazybtf

import (
	"fmt"

	"github.com/cilium/ebpf/btf"
)

// enumeratorIndex lists every enum value of a blob by the prefix word of
// its name, in the order of the enums' IDs and of the values in each: the
// first match is the one btf.Spec's iteration would meet first.
type enumeratorIndex struct {
	prefix []uint64
	enum   []btf.TypeID
	value  []uint16
}

// Enumerator finds the enum value called name: the enum it belongs to
// (the first in type ID order that has one of that name; for split BTF,
// only its own enums) and its value. The error wraps ErrNotFound when no
// enum has it.
func (s *Spec) Enumerator(name string) (*btf.Enum, uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.enumerators == nil {
		idx, err := s.indexEnumerators()
		if err != nil {
			return nil, 0, err
		}
		s.enumerators = idx
	}
	idx := s.enumerators
	want := nameWord(name)
	for i, p := range idx.prefix {
		if p != want {
			continue
		}
		t, err := s.typeByID(idx.enum[i])
		if err != nil {
			return nil, 0, err
		}
		en := t.(*btf.Enum)
		if v := en.Values[idx.value[i]]; v.Name == name {
			return en, v.Value, nil
		}
	}
	return nil, 0, fmt.Errorf("enum value %s: %w", name, ErrNotFound)
}

// indexEnumerators builds the enumerator index; s.mu is held.
func (s *Spec) indexEnumerators() (*enumeratorIndex, error) {
	idx := &enumeratorIndex{}
	for _, id := range s.enums {
		hdr, err := s.typeAt(id)
		if err != nil {
			return nil, err
		}
		info := le.Uint32(hdr[4:])
		kind, vlen := info>>24&0x1f, int(info&0xffff)
		if kind != kindEnum && kind != kindEnum64 {
			// Only an index read back can list another kind here:
			// its data is not values, and may be shorter.
			return nil, fmt.Errorf("type ID %d: listed as an enum, but of kind %d", id, kind)
		}
		stride := 8
		if kind == kindEnum64 {
			stride = 12
		}
		data := hdr[typeSize:]
		for i := range vlen {
			p, ok := s.prefixAt(le.Uint32(data[stride*i:]))
			if !ok {
				return nil, fmt.Errorf("type ID %d: value %d: name out of bounds", id, i)
			}
			idx.prefix = append(idx.prefix, p)
			idx.enum = append(idx.enum, id)
			idx.value = append(idx.value, uint16(i))
		}
	}
	return idx, nil
}
