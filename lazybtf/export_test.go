package lazybtf

import "github.com/cilium/ebpf/btf"

// LE is the byte order of BTF, for tests that edit a blob.
var LE = le

// TypeSize is the size of type id's header and data in s.
func TypeSize(s *Spec, id btf.TypeID) int {
	i := int(id - s.firstID)
	end, err := s.typeEnd(i)
	if err != nil {
		panic(err)
	}
	return int(end - s.offsets[i])
}
