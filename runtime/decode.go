package runtime

import (
	"bytes"
	"encoding/binary"

	"github.com/cilium/ebpf/btf"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime/format"
)

// decode reads a stored value of type t from b (which starts at the value).
// Integers are 64-bit words; strings end at their first NUL; stacks are
// looked up and symbolized.
func (s *session) decode(b []byte, t *lang.Type) format.Value {
	switch t.Kind {
	case lang.Int:
		w := binary.LittleEndian.Uint64(b)
		if t.Bool {
			return format.Value{Kind: format.Bool, U: w}
		}
		if en, ok := t.BTF.(*btf.Enum); ok {
			if name := enumName(en, w, t.Size); name != "" {
				return format.Value{Kind: format.String, S: name, Enum: true, I: int64(w)}
			}
		}
		if t.Signed {
			return format.Value{Kind: format.Int, I: int64(w)}
		}
		return format.Value{Kind: format.Uint, U: w}
	case lang.Pointer:
		return format.Value{Kind: format.Pointer, U: binary.LittleEndian.Uint64(b)}
	case lang.String:
		s := b[:min(len(b), t.Size)]
		if i := bytes.IndexByte(s, 0); i >= 0 {
			s = s[:i]
		}
		return format.Value{Kind: format.String, S: string(s)}
	case lang.Inet:
		return format.Value{Kind: format.String, S: formatInet(b)}
	case lang.Ksym:
		kernelSymbols.warnUnavailable(s.opts.Warn)
		return format.Value{Kind: format.String, S: kernelSymbols.symbolize(binary.LittleEndian.Uint64(b))}
	case lang.Stack:
		s.stacksOnce.Do(func() { s.stacks = newStackReader(s.coll, s.opts.Warn) })
		return s.stacks.value(binary.LittleEndian.Uint64(b), t.Stack)
	case lang.Buffer:
		n := min(int(binary.LittleEndian.Uint64(b)), t.Size, len(b)-8)
		raw := bytes.Clone(b[8 : 8+n])
		if t.Format == lang.MacFormat {
			return format.Value{Kind: format.String, S: formatMac(raw), Raw: raw}
		}
		return format.Value{Kind: format.String, S: format.Escape(string(raw)), Raw: raw}
	case lang.Usym, lang.Username, lang.Timestamp, lang.Errno, lang.Syscall, lang.CgroupPath:
		s.resolverOnce.Do(func() { s.resolver = newResolver() })
		return format.Value{Kind: format.String, S: s.resolver.resolve(b, t)}
	case lang.Tuple:
		v := format.Value{Kind: format.Tuple, Names: t.Names, Array: t.CArray}
		for i, off := range t.ElemOffsets() {
			v.Elems = append(v.Elems, s.decodeElem(b[off:], t.Elems[i]))
		}
		return v
	}
	return format.Value{Kind: format.String, S: "?"}
}

// decodeElem reads a tuple element of type t from b: an integer is
// t.Size bytes there, extended as its type says; the rest as decode reads
// them.
func (s *session) decodeElem(b []byte, t *lang.Type) format.Value {
	if t.Kind != lang.Int || t.Size >= 8 {
		return s.decode(b, t)
	}
	var word [8]byte
	copy(word[:], b[:t.Size])
	w := binary.LittleEndian.Uint64(word[:])
	if bits := uint(8 * t.Size); t.Signed && w&(1<<(bits-1)) != 0 {
		w |= ^uint64(0) << bits
	}
	binary.LittleEndian.PutUint64(word[:], w)
	return s.decode(word[:], t)
}

// decodeSlots decodes the values at slots.
func (s *session) decodeSlots(b []byte, slots []codegen.Slot) []format.Value {
	vals := make([]format.Value, len(slots))
	for i, slot := range slots {
		vals[i] = s.decode(b[slot.Offset:], slot.Type)
	}
	return vals
}

// enumName names an enum value, comparing size bytes of it.
func enumName(en *btf.Enum, v uint64, size int) string {
	if size < 8 {
		v &= 1<<(8*size) - 1
	}
	for _, ev := range en.Values {
		w := ev.Value
		if size < 8 {
			w &= 1<<(8*size) - 1
		}
		if w == v {
			return ev.Name
		}
	}
	return ""
}
