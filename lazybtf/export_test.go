package lazybtf

import "github.com/cilium/ebpf/btf"

// LE is the byte order of BTF, for tests that edit a blob.
var LE = le

// TypeSize is the size of type id's header and data in s.
func TypeSize(s *Spec, id btf.TypeID) int {
	i := int(id - s.firstID)
	end, ok := s.typeEnd(i)
	if !ok {
		panic("type out of bounds")
	}
	return int(end - s.offsets[i])
}

// Offset is where type id starts in s's type section.
func Offset(s *Spec, id btf.TypeID) uint32 { return s.offsets[id-s.firstID] }
