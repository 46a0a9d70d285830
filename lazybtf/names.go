package lazybtf

import (
	"fmt"
	"math/bits"
	"slices"

	"github.com/cilium/ebpf/btf"
)

// nameIndex finds named types by name without hashing 100,000 names up
// front: it keeps each named type's ID and the first 8 bytes of its name
// (up to its NUL), and a lookup scans those words, comparing the whole
// name only where the first 8 bytes match. Functions, more than half of
// a kernel's named types and looked up only for probes on them, are kept
// apart from the rest, and their prefixes are made on the first lookup of
// one (funcPrefixes).
type nameIndex struct {
	other, funcs prefixList
}

// prefixList is a list of (name prefix, type ID), in ID order.
type prefixList struct {
	prefix []uint64
	id     []btf.TypeID
	// table finds a name at once, where the index brought one (see
	// nameTable); nil otherwise.
	table nameTable
	// families are, for each prefix that a name of 8 bytes or more was
	// looked up by, the types whose names start so: a script looks up a
	// family's names one after another (btf_trace_* and __probestub_*
	// for each raw tracepoint, which share their first 8 bytes with
	// every other tracepoint's), and a family is scanned for once and
	// then told apart by the next 8 bytes of each name. Made by find,
	// under Spec.foundMu.
	families map[uint64]*family
}

// family is the types of a prefixList whose names share a prefix, in ID
// order, with the next 8 bytes of each name (as prefixWord makes them).
type family struct {
	id   []btf.TypeID
	next []uint64
}

const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

// prefixWord is the first 8 bytes of b up to its first NUL, little-endian,
// zero beyond it.
func prefixWord(b []byte) uint64 {
	var w uint64
	if len(b) >= 8 {
		w = le.Uint64(b[:8])
	} else {
		for i := len(b) - 1; i >= 0; i-- {
			w = w<<8 | uint64(b[i])
		}
	}
	// The lowest zero byte is found exactly by this test; bytes above it
	// may be flagged wrongly, but they are cut off anyway.
	if z := (w - lowBits) &^ w & highBits; z != 0 {
		w &= 1<<(bits.TrailingZeros64(z)&^7) - 1
	}
	return w
}

// nameWord is prefixWord of a name without its NUL.
func nameWord(name string) uint64 {
	var w uint64
	for i := min(len(name), 8) - 1; i >= 0; i-- {
		w = w<<8 | uint64(name[i])
	}
	return w
}

// prefixAt returns prefixWord of the string at offset off.
func (s *Spec) prefixAt(off uint32) (uint64, bool) {
	if off < s.strBase {
		return s.base.prefixAt(off)
	}
	off -= s.strBase
	if off >= uint32(len(s.strs)) {
		return 0, false
	}
	return prefixWord(s.strs[off:]), true
}

// nameIs reports whether type id (of s) is called name.
func (s *Spec) nameIs(id btf.TypeID, name string) bool {
	return s.strIs(le.Uint32(s.types[s.offsets[id-s.firstID]:]), name)
}

// strIs reports whether the string at offset off is name. It compares
// name's bytes and the NUL after them, without looking for the string's
// end first: the names a lookup meets share their first 8 bytes with
// name, and thousands do for some (btf_trace_*, __probestub_*), where
// finding each one's end took most of a lookup.
func (s *Spec) strIs(off uint32, name string) bool {
	if off < s.strBase {
		return s.base.strIs(off, name)
	}
	o := uint64(off - s.strBase)
	end := o + uint64(len(name))
	return end < uint64(len(s.strs)) && s.strs[end] == 0 && string(s.strs[o:end]) == name
}

// find appends to ids the IDs in l of types called name.
func (l *prefixList) find(s *Spec, name string, ids []btf.TypeID) []btf.TypeID {
	if l.table != nil {
		return l.table.find(s, l, name, ids)
	}
	// A name shorter than 8 bytes is its word, NUL included: equal words
	// are equal names.
	want := nameWord(name)
	if len(name) < 8 {
		for i, p := range l.prefix {
			if p == want {
				ids = append(ids, l.id[i])
			}
		}
		return ids
	}
	// A longer one is looked for in its family, by the next 8 bytes:
	// under 16 bytes, equal words are equal names again; longer ones
	// are compared in full.
	f := l.family(s, want)
	next := nameWord(name[8:])
	for i, w := range f.next {
		if w == next && (len(name) < 16 || s.nameIs(f.id[i], name)) {
			ids = append(ids, f.id[i])
		}
	}
	return ids
}

// family returns the family of prefix want, scanning for it the first
// time. want holds no NUL (it is a name's first 8 bytes), so each of its
// names goes on past them, in bounds.
func (l *prefixList) family(s *Spec, want uint64) *family {
	if f := l.families[want]; f != nil {
		return f
	}
	f := &family{}
	for i, p := range l.prefix {
		if p != want {
			continue
		}
		id := l.id[i]
		off := s.offsets[id-s.firstID]
		w, _ := s.prefixAt(le.Uint32(s.types[off:]) + 8)
		f.id = append(f.id, id)
		f.next = append(f.next, w)
	}
	if l.families == nil {
		l.families = map[uint64]*family{}
	}
	l.families[want] = f
	return f
}

// IndexFunctions makes the index of functions by name now, as the first
// lookup of a function would: for a caller that will look functions up
// and has a thread to spare before it does.
func (s *Spec) IndexFunctions() { s.funcsIndexed.Do(s.funcPrefixes) }

// funcPrefixes makes the functions' name prefixes, which scan leaves to
// the first lookup of a function by name (once: see funcsIndexed).
func (s *Spec) funcPrefixes() {
	l := &s.names.funcs
	l.prefix = make([]uint64, len(l.id))
	for i, id := range l.id {
		off := s.offsets[id-s.firstID]
		l.prefix[i], _ = s.prefixAt(le.Uint32(s.types[off:])) // in bounds: scan checked
	}
}

// idsByName returns the IDs of the types called name in s (not its base,
// as cilium's split specs do not look there either), in ID order:
// functions if funcs, other types if other.
func (s *Spec) idsByName(name string, funcs, other bool) []btf.TypeID {
	if name == "" {
		return nil
	}
	var ids []btf.TypeID
	if other {
		ids = append(ids, s.found(&s.names.other, name)...)
	}
	if funcs {
		n := len(ids)
		ids = append(ids, s.found(&s.names.funcs, name)...)
		if n > 0 && len(ids) > n {
			slices.Sort(ids)
		}
	}
	return ids
}

// found is l.find of name, remembered: a checker asks for the same names
// again and again (each pass over a script, each cast to a struct), and
// each find scans tens of thousands of prefixes. The IDs it returns are
// shared: not to be changed.
func (s *Spec) found(l *prefixList, name string) []btf.TypeID {
	if l == &s.names.funcs {
		s.IndexFunctions()
	}
	s.foundMu.Lock()
	defer s.foundMu.Unlock()
	if s.foundNames == nil {
		s.foundNames = map[*prefixList]map[string][]btf.TypeID{}
	}
	byName := s.foundNames[l]
	if byName == nil {
		byName = map[string][]btf.TypeID{}
		s.foundNames[l] = byName
	}
	ids, ok := byName[name]
	if !ok {
		ids = l.find(s, name, nil)
		byName[name] = ids
	}
	return ids
}

// typesByID decodes the types ids, or fails wrapping ErrNotFound for none.
func (s *Spec) typesByID(name string, ids []btf.TypeID) ([]btf.Type, error) {
	if len(ids) == 0 {
		return nil, fmt.Errorf("%s: %w", name, ErrNotFound)
	}
	types := make([]btf.Type, 0, len(ids))
	for _, id := range ids {
		t, err := s.TypeByID(id)
		if err != nil {
			return nil, err
		}
		types = append(types, t)
	}
	return types, nil
}

// AnyTypesByName returns the types called name, in type ID order, as
// btf.Spec's method of the name means to; for split BTF, only its own
// types. The error wraps ErrNotFound when there are none.
func (s *Spec) AnyTypesByName(name string) ([]btf.Type, error) {
	return s.typesByID(name, s.idsByName(name, true, true))
}

// TypesByName is AnyTypesByName without functions, which it does not
// look through: over half of a kernel's named types are functions.
func (s *Spec) TypesByName(name string) ([]btf.Type, error) {
	return s.typesByID(name, s.idsByName(name, false, true))
}

// FuncByName returns the first function called name.
func (s *Spec) FuncByName(name string) (*btf.Func, error) {
	types, err := s.typesByID(name, s.idsByName(name, true, false))
	if err != nil {
		return nil, err
	}
	return types[0].(*btf.Func), nil
}

// FuncNames returns the names of every function in s (not its base), in
// type ID order.
func (s *Spec) FuncNames() ([]string, error) {
	out := make([]string, 0, len(s.names.funcs.id))
	for _, id := range s.names.funcs.id {
		off := s.offsets[id-s.firstID]
		n, err := s.str(le.Uint32(s.types[off:]))
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}

// TypedefNames returns the names of every typedef in s (not its base), in
// type ID order.
func (s *Spec) TypedefNames() ([]string, error) {
	var out []string
	for _, id := range s.names.other.id {
		off := s.offsets[id-s.firstID]
		if le.Uint32(s.types[off+4:])>>24&0x1f != kindTypedef {
			continue
		}
		n, err := s.str(le.Uint32(s.types[off:]))
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}
