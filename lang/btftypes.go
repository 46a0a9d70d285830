package lang

import (
	"fmt"
	"sort"
	"strings"

	"github.com/cilium/ebpf/btf"
)

// MemberAccess is how a struct member is read: Offset bytes past the
// address the base expression designates (the pointer's target for ->, the
// struct's own address for .), and for a bitfield the bits within the
// bytes read.
type MemberAccess struct {
	Offset    int
	Size      int // bytes to read
	BitOffset int // bitfields: the member's lowest bit within the bytes read
	BitSize   int // 0 when not a bitfield
}

// lookupTagged finds "struct name", "union name" or "enum name" in kt.
func lookupTagged(kt KernelTypes, tag, name string) (btf.Type, error) {
	types, err := kt.TypesByName(name)
	if err != nil {
		return nil, fmt.Errorf("unknown type %s %s in kernel BTF", tag, name)
	}
	for _, t := range types {
		switch t.(type) {
		case *btf.Struct:
			if tag == "struct" {
				return t, nil
			}
		case *btf.Union:
			if tag == "union" {
				return t, nil
			}
		case *btf.Enum:
			if tag == "enum" {
				return t, nil
			}
		}
	}
	return nil, fmt.Errorf("unknown type %s %s in kernel BTF", tag, name)
}

// isComposite reports whether t is a struct or union.
func isComposite(t btf.Type) bool {
	switch btf.UnderlyingType(t).(type) {
	case *btf.Struct, *btf.Union:
		return true
	}
	return false
}

// findMember finds a member by name, looking through anonymous struct and
// union members as C does. It returns the member and its offset in bits
// from the start of t. A BTF that cannot be read is reported at pos.
func (c *checker) findMember(pos Pos, t btf.Type, name string) (btf.Member, int, bool) {
	for _, m := range c.members(pos, t) {
		if m.Name == name {
			return m, int(m.Offset), true
		}
		if m.Name == "" && isComposite(m.Type) {
			if inner, off, ok := c.findMember(pos, m.Type, name); ok {
				return inner, int(m.Offset) + off, true
			}
		}
	}
	return btf.Member{}, 0, false
}

// memberNames lists the names reachable in t, anonymous members' included.
func (c *checker) memberNames(pos Pos, t btf.Type) []string {
	var names []string
	for _, m := range c.members(pos, t) {
		if m.Name == "" && isComposite(m.Type) {
			names = append(names, c.memberNames(pos, m.Type)...)
		} else if m.Name != "" {
			names = append(names, m.Name)
		}
	}
	return names
}

// suggest returns up to three names closest to name by edit distance.
func suggest(name string, names []string) string {
	type scored struct {
		n string
		d int
	}
	var s []scored
	for _, n := range names {
		if d := editDistance(name, n); d <= max(2, len(name)/2) {
			s = append(s, scored{n, d})
		}
	}
	sort.SliceStable(s, func(i, j int) bool { return s[i].d < s[j].d })
	var out []string
	for i := 0; i < len(s) && i < 3; i++ {
		out = append(out, s[i].n)
	}
	if len(out) == 0 {
		return ""
	}
	return "; did you mean " + strings.Join(out, ", ") + "?"
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// kernelType is the script type of a value of BTF type t in kernel memory.
func kernelType(t btf.Type) (*Type, error) {
	switch u := btf.UnderlyingType(t).(type) {
	case *btf.Int:
		if u.Size > 8 {
			return nil, fmt.Errorf("%d-byte integers are not supported", u.Size)
		}
		return IntType(int(u.Size), u.Encoding == btf.Signed), nil
	case *btf.Enum:
		return &Type{Kind: Int, Size: int(u.Size), Signed: u.Signed, BTF: u}, nil
	case *btf.Pointer:
		return &Type{Kind: Pointer, Size: 8, Target: u.Target}, nil
	case *btf.Struct, *btf.Union:
		size, _ := btf.Sizeof(u)
		return &Type{Kind: Struct, Size: size, BTF: u}, nil
	case *btf.Array:
		elem, err := kernelType(u.Type)
		if err != nil {
			return nil, err
		}
		if elem.Kind == Int && elem.Size == 1 && isCharType(u.Type) {
			// char[N] holds up to N chars: a NUL ends them when there is
			// one, else the array's end does (the string's capacity has
			// room for the NUL added then). A longer char array reads as
			// its first maxStrLen-1 bytes, as str() reads at most that
			// many.
			return StringType(min(int(u.Nelems)+1, maxStrLen)), nil
		}
		if elem.Kind != Int && elem.Kind != Pointer && elem.Kind != Array && elem.Kind != Struct {
			return nil, fmt.Errorf("arrays of %s are not supported", elem)
		}
		return &Type{Kind: Array, Elem: elem, Len: int(u.Nelems), Size: int(u.Nelems) * elem.Size}, nil
	case *btf.Void:
		return nil, fmt.Errorf("void has no value")
	}
	return nil, fmt.Errorf("cannot read a %s", btfName(t))
}

// isCharType reports whether t is char (not u8 or __u8): char arrays read
// as strings, byte arrays as arrays.
func isCharType(t btf.Type) bool {
	for {
		switch u := t.(type) {
		case *btf.Int:
			return u.Name == "char" || u.Name == "signed char"
		case *btf.Const:
			t = u.Type
		case *btf.Volatile:
			t = u.Type
		default:
			return false
		}
	}
}

// access computes how to read member m found at bit offset off.
func access(m btf.Member, off int) (*MemberAccess, error) {
	if m.BitfieldSize == 0 {
		if off%8 != 0 {
			return nil, fmt.Errorf("member %s is not byte aligned", m.Name)
		}
		size, err := btf.Sizeof(m.Type)
		if err != nil {
			return nil, err
		}
		return &MemberAccess{Offset: off / 8, Size: size}, nil
	}
	bits := int(m.BitfieldSize)
	start := off / 8
	span := (off%8 + bits + 7) / 8
	size := 1
	for size < span {
		size *= 2
	}
	return &MemberAccess{Offset: start, Size: size, BitOffset: off % 8, BitSize: bits}, nil
}

// targetSize is the size of what a pointer points at, for pointer
// arithmetic: 1 for void and unknown types.
func targetSize(t *Type) int {
	if t.Target == nil {
		return 1
	}
	if _, ok := btf.UnderlyingType(t.Target).(*btf.Void); ok {
		return 1
	}
	n, err := btf.Sizeof(t.Target)
	if err != nil || n == 0 {
		return 1
	}
	return n
}
