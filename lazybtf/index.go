package lazybtf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"slices"
	"unsafe"

	"github.com/cilium/ebpf/btf"
)

// An index is what scan makes of a blob — where each type starts, the
// name prefixes of its named types, functions' included, its enums and
// its decl tags — written out (MarshalIndex) so that a later process
// reading the same blob takes it back (LoadIndexed) instead of making the
// pass over the type headers and the functions' names again: on a kernel
// of 125,000 types, 2.7 ms of a cold start against well under one.
//
// The layout is the slices themselves, little-endian, each aligned to its
// element: read back from a mapped file they are used where they lie, not
// copied. A header leads:
//
//	magic     [8]byte  "ntbtfix2"
//	crc       uint32   CRC-32C of everything after the header
//	keyLen    uint32   how much of key is used
//	key       [64]byte the caller's name for the blob (see LoadIndexed)
//	typeLen, strLen, types, other, funcs, enums, declTags uint32
//	pad       uint32
//
// then other's prefixes and funcs' prefixes (uint64), the type offsets,
// other's IDs, funcs' IDs, the enums (uint32), the decl tags (pairs of
// uint32: target, tag), and other's and funcs' name tables (uint32, each
// of nameTableSize of its list).
const (
	indexMagic  = "ntbtfix2"
	maxKeyLen   = 64
	indexHeader = 8 + 4 + 4 + maxKeyLen + 8*4
)

// castagnoli is the CRC-32C table the index is checksummed with. It is
// asked for at each use, not kept in a package variable: hash/crc32 makes
// it once, on the first call, and making it (the SSE4.2 path's shift
// tables, over a megabyte of CRC work) took 0.12-0.15 ms, the largest
// package init of ntrace (GODEBUG=inittrace=1), when it ran at init in
// every process, also in the many runs that never read kernel BTF.
func castagnoli() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) }

// littleEndian is whether this machine stores words as the index does: it
// is read in place only where it does.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// MarshalIndex returns s's index (see the layout above), named by key: at
// most 64 bytes that name the blob s was read from, which LoadIndexed
// must be given again. Only a blob's own BTF has one, not split BTF.
func (s *Spec) MarshalIndex(key []byte) ([]byte, error) {
	if s.base != nil {
		return nil, errors.New("lazybtf: no index for split BTF")
	}
	if len(key) > maxKeyLen {
		return nil, fmt.Errorf("lazybtf: index key of %d bytes, over %d", len(key), maxKeyLen)
	}
	s.IndexFunctions()
	tagged := make([]btf.TypeID, 0, len(s.declTags))
	for target := range s.declTags {
		tagged = append(tagged, target)
	}
	slices.Sort(tagged)
	var tags []uint32
	for _, target := range tagged {
		for _, tag := range s.declTags[target] {
			tags = append(tags, uint32(target), uint32(tag))
		}
	}
	other, funcs := &s.names.other, &s.names.funcs
	var tables [2]nameTable
	for i, l := range []*prefixList{other, funcs} {
		t, err := s.makeNameTable(l)
		if err != nil {
			return nil, fmt.Errorf("lazybtf: making the index's name table: %w", err)
		}
		tables[i] = t
	}
	counts := []int{len(s.types), len(s.strs), len(s.offsets), len(other.id), len(funcs.id), len(s.enums), len(tags) / 2, 0}
	b := make([]byte, indexHeader, indexHeader+8*(len(other.id)+len(funcs.id))+4*(len(s.offsets)+len(other.id)+len(funcs.id)+len(s.enums)+len(tags)+len(tables[0])+len(tables[1])))
	copy(b, indexMagic)
	le.PutUint32(b[12:], uint32(len(key)))
	copy(b[16:], key)
	for i, n := range counts {
		le.PutUint32(b[16+maxKeyLen+4*i:], uint32(n))
	}
	for _, p := range [][]uint64{other.prefix, funcs.prefix} {
		for _, w := range p {
			b = le.AppendUint64(b, w)
		}
	}
	for _, ids := range [][]uint32{s.offsets, typeIDs(other.id), typeIDs(funcs.id), typeIDs(s.enums), tags, tables[0], tables[1]} {
		for _, v := range ids {
			b = le.AppendUint32(b, v)
		}
	}
	le.PutUint32(b[8:], crc32.Checksum(b[indexHeader:], castagnoli()))
	return b, nil
}

func typeIDs(ids []btf.TypeID) []uint32 {
	return unsafe.Slice((*uint32)(unsafe.SliceData(ids)), len(ids))
}

// errStaleIndex is LoadIndexed's answer for an index of another blob, or
// none at all: the caller reads the blob itself (Load).
var errStaleIndex = errors.New("lazybtf: index does not match the BTF")

// LoadIndexed is Load with the pass over the type headers replaced by
// index, made by MarshalIndex of the same blob under the same key. It
// refuses (with an error; Load is then the way) an index that is
// damaged, of another key, or whose offsets and names do not match raw's
// types where it checks them: spread over the blob, enough to tell
// another build's BTF, whose types move by the first one that differs.
// The key is what tells two blobs apart that match where it looks: the
// caller names the blob with it (a kernel by its build ID). raw and index
// are kept and must not change.
func LoadIndexed(raw, index, key []byte) (*Spec, error) {
	s, err := newSpec(raw, nil)
	if err != nil {
		return nil, err
	}
	if err := s.readIndex(index, key); err != nil {
		return nil, err
	}
	return s, nil
}

// readIndex takes the index made by scan from index.
func (s *Spec) readIndex(index, key []byte) error {
	if len(index) < indexHeader || string(index[:8]) != indexMagic || len(key) > maxKeyLen ||
		le.Uint32(index[12:]) != uint32(len(key)) || string(index[16:16+len(key)]) != string(key) {
		return errStaleIndex
	}
	var n [8]int
	for i := range n {
		n[i] = int(le.Uint32(index[16+maxKeyLen+4*i:]))
	}
	if n[0] != len(s.types) || n[1] != len(s.strs) {
		return errStaleIndex
	}
	types, other, funcs, enums, tags := n[2], n[3], n[4], n[5], n[6]
	if uint64(len(index)) != indexHeader+8*uint64(other+funcs)+4*(uint64(types+other+funcs+enums)+2*uint64(tags)+uint64(nameTableSize(other)+nameTableSize(funcs))) {
		return fmt.Errorf("%w: index truncated", errStaleIndex)
	}
	if crc32.Checksum(index[indexHeader:], castagnoli()) != le.Uint32(index[8:]) {
		return fmt.Errorf("%w: index damaged", errStaleIndex)
	}
	if littleEndian && uintptr(unsafe.Pointer(unsafe.SliceData(index)))%8 != 0 {
		index = append(make([]byte, 0, len(index)), index...) // aligned
	}
	at := indexHeader
	s.names.other.prefix = inPlace[uint64](index, &at, other)
	s.names.funcs.prefix = inPlace[uint64](index, &at, funcs)
	s.offsets = inPlace[uint32](index, &at, types)
	s.names.other.id = inPlace[btf.TypeID](index, &at, other)
	s.names.funcs.id = inPlace[btf.TypeID](index, &at, funcs)
	s.enums = inPlace[btf.TypeID](index, &at, enums)
	pairs := inPlace[btf.TypeID](index, &at, 2*tags)
	for i := 0; i < len(pairs); i += 2 {
		s.declTags[pairs[i]] = append(s.declTags[pairs[i]], pairs[i+1])
	}
	s.names.other.table = inPlace[uint32](index, &at, nameTableSize(other))
	s.names.funcs.table = inPlace[uint32](index, &at, nameTableSize(funcs))
	s.funcsIndexed.Do(func() {}) // funcs' prefixes came with the rest
	return s.checkIndex()
}

// inPlace returns the n words of index at *at, and moves *at past them:
// where they lie, on a little-endian machine (index is 8-byte aligned),
// else decoded.
func inPlace[T ~uint32 | ~uint64](index []byte, at *int, n int) []T {
	size := int(unsafe.Sizeof(T(0)))
	p := index[*at : *at+size*n]
	*at += size * n
	if littleEndian {
		return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(p))), n)
	}
	w := make([]T, n)
	for i := range w {
		if size == 8 {
			w[i] = T(le.Uint64(p[8*i:]))
		} else {
			w[i] = T(le.Uint32(p[4*i:]))
		}
	}
	return w
}

// indexChecks is how many places of the blob checkIndex compares.
const indexChecks = 64

// checkIndex compares an index read back with the blob's types: the
// lists' IDs in order and in range, and, at indexChecks places spread
// over the blob, a type's offset with the end of the one before (its
// header and data), and its name prefix in each list with its name.
func (s *Spec) checkIndex() error {
	n := len(s.offsets)
	if n == 0 {
		if len(s.types) != 0 {
			return errStaleIndex
		}
		return nil
	}
	end := btf.TypeID(n) + s.firstID
	// Every offset and ID, not only those checked against the blob
	// below: the lookups read a type's header by its offset, and an
	// offset by a listed ID, without bounds checks of their own.
	// Offsets that increase, the last with room for a header, are all
	// in bounds; IDs that increase from firstID up to below end, all in
	// range (~0.1 ms for a kernel's).
	if !increasing(s.offsets) || uint64(s.offsets[n-1])+typeSize > uint64(len(s.types)) {
		return fmt.Errorf("%w: type offsets out of order or bounds", errStaleIndex)
	}
	for _, l := range [][]btf.TypeID{s.names.other.id, s.names.funcs.id, s.enums} {
		if len(l) > 0 && (l[0] < s.firstID || l[len(l)-1] >= end || !increasing(l)) {
			return fmt.Errorf("%w: type ID out of range or order", errStaleIndex)
		}
	}
	for target, tags := range s.declTags {
		for _, tag := range tags {
			if target >= end || tag < s.firstID || tag >= end {
				return fmt.Errorf("%w: decl tag out of range", errStaleIndex)
			}
		}
	}
	if s.offsets[0] != 0 {
		return errStaleIndex
	}
	for k := range indexChecks {
		i := k * (n - 1) / (indexChecks - 1)
		next, ok := s.typeEnd(i)
		if !ok {
			return fmt.Errorf("%w: type %d out of bounds", errStaleIndex, s.firstID+btf.TypeID(i))
		}
		if i+1 < n && next != s.offsets[i+1] || i+1 == n && next != uint32(len(s.types)) {
			return fmt.Errorf("%w: type %d does not end where the next starts", errStaleIndex, s.firstID+btf.TypeID(i))
		}
		for _, l := range []*prefixList{&s.names.other, &s.names.funcs} {
			if len(l.id) == 0 {
				continue
			}
			j := k * (len(l.id) - 1) / (indexChecks - 1)
			if !sort32(l.id, j) {
				return fmt.Errorf("%w: type IDs out of order", errStaleIndex)
			}
			off := s.offsets[l.id[j]-s.firstID]
			if p, ok := s.prefixAt(le.Uint32(s.types[off:])); !ok || p != l.prefix[j] {
				return fmt.Errorf("%w: type %d is not called as the index says", errStaleIndex, l.id[j])
			}
		}
	}
	return nil
}

// increasing reports whether each of l is above the one before.
func increasing[T ~uint32](l []T) bool {
	for i := 1; i < len(l); i++ {
		if l[i] <= l[i-1] {
			return false
		}
	}
	return true
}

// sort32 reports whether ids is increasing around j.
func sort32(ids []btf.TypeID, j int) bool {
	return (j == 0 || ids[j-1] < ids[j]) && (j+1 == len(ids) || ids[j] < ids[j+1])
}

// typeEnd returns where type firstID+i ends, by its header; ok is false
// where that is outside the type section.
func (s *Spec) typeEnd(i int) (end uint32, ok bool) {
	off := uint64(s.offsets[i])
	if off+typeSize > uint64(len(s.types)) {
		return 0, false
	}
	info := le.Uint32(s.types[off+4:])
	size := kindSize[(info>>24)&0x1f]
	if size&known == 0 {
		return 0, false
	}
	e := off + typeSize + uint64(size&0xff+size>>8&0xff*(info&0xffff))
	return uint32(e), e <= uint64(len(s.types))
}

// typeAt returns type id's header and data. Where scan made the offsets,
// they are in bounds; where an index did, a blob that is not the one it
// was made of may say otherwise where checkIndex did not look, and the
// type is then an error rather than a read out of bounds.
func (s *Spec) typeAt(id btf.TypeID) ([]byte, error) {
	i := int(id - s.firstID)
	end, ok := s.typeEnd(i)
	if !ok {
		return nil, fmt.Errorf("lazybtf: type %d: unknown kind or data out of bounds", id)
	}
	return s.types[s.offsets[i]:end], nil
}
