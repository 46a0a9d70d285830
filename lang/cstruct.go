package lang

import (
	"fmt"
	"strings"
	"sync"

	"github.com/cilium/ebpf/btf"
)

// C struct and union definitions written in a script (bpftrace scripts
// carry them) are laid out with C's rules and turned into BTF types. Where
// the kernel's BTF has a type of the same name, the kernel's layout wins
// and every member that sits elsewhere in the script's copy is reported:
// a hand-copied struct is usually stale.

// MaxStructSize is the largest struct or union a script may define, in
// bytes; each array dimension counts against it too. The largest struct
// in the 6.18 kernel's BTF (cpu_entry_area) is 236 KiB.
const MaxStructSize = 1 << 20

// cBasicType is the size and signedness of a C integer type name.
type cBasicType struct {
	size   int
	signed bool
}

// cBasicTypes are the sizes of the C and kernel integer type names a
// script's struct may use: these and intTypeNames. Built on first use,
// by the few scripts that declare structs, not at every start.
var cBasicTypes = sync.OnceValue(func() map[string]cBasicType {
	m := map[string]cBasicType{
		"char": {1, true}, "signed char": {1, true}, "unsigned char": {1, false}, "bool": {1, false}, "_Bool": {1, false},
		"short": {2, true}, "short int": {2, true}, "unsigned short": {2, false}, "unsigned short int": {2, false},
		"int": {4, true}, "signed": {4, true}, "signed int": {4, true}, "unsigned": {4, false}, "unsigned int": {4, false},
		"long": {8, true}, "long int": {8, true}, "unsigned long": {8, false}, "unsigned long int": {8, false},
		"long long": {8, true}, "unsigned long long": {8, false},
		"size_t": {8, false}, "ssize_t": {8, true}, "pid_t": {4, true}, "uid_t": {4, false}, "gid_t": {4, false},
		"__be16": {2, false}, "__be32": {4, false}, "__be64": {8, false},
		"__le16": {2, false}, "__le32": {4, false}, "__le64": {8, false},
	}
	for name, t := range intTypeNames {
		if _, ok := m[name]; !ok {
			m[name] = cBasicType{t.size, t.signed}
		}
	}
	return m
})

// declareStructs builds the script's struct types, in order, so each may
// use the ones before it.
func (c *checker) declareStructs(structs []*CStruct) {
	for _, cs := range structs {
		tag := "struct"
		if cs.Union {
			tag = "union"
		}
		key := tag + " " + cs.Name
		t, ok := c.layoutStruct(cs)
		if !ok {
			if c.badStructs == nil {
				c.badStructs = map[string]bool{}
			}
			c.badStructs[key] = true
			continue
		}
		if kt, err := c.env.BTF(); err == nil {
			if kernel, err := lookupTagged(kt, tag, cs.Name); err == nil {
				c.compareLayouts(cs, t, kernel)
				continue
			}
		}
		c.scriptTypes[key] = t
	}
}

// layoutStruct lays out a struct or union as a C compiler for x86-64
// would.
func (c *checker) layoutStruct(cs *CStruct) (btf.Type, bool) {
	var members []btf.Member
	off, size, align := 0, 0, 1
	for _, f := range cs.Fields {
		ft, fsize, falign, err := c.cFieldType(f)
		if err != nil {
			c.errorf(f.Pos, "%s.%s: %w", cs.Name, f.Name, err)
			return nil, false
		}
		if cs.Packed {
			falign = 1
		}
		if cs.Union {
			off = 0
		} else {
			off = (off + falign - 1) / falign * falign
		}
		members = append(members, btf.Member{Name: f.Name, Type: ft, Offset: btf.Bits(off * 8)})
		align = max(align, falign)
		if cs.Union {
			size = max(size, fsize)
		} else {
			off += fsize
			size = off
		}
		if size > MaxStructSize {
			c.errorf(f.Pos, "%s %s is more than %d bytes with member %s, the largest struct a script may define", tagName(cs), cs.Name, MaxStructSize, f.Name)
			return nil, false
		}
	}
	align = max(align, cs.Aligned)
	size = (size + align - 1) / align * align
	if cs.Union {
		return &btf.Union{Name: cs.Name, Size: uint32(size), Members: members}, true
	}
	return &btf.Struct{Name: cs.Name, Size: uint32(size), Members: members}, true
}

// cFieldType returns a member's BTF type, size and alignment.
func (c *checker) cFieldType(f *CField) (btf.Type, int, int, error) {
	var t btf.Type
	var size, align int
	switch {
	case f.Type.Ptr > 0:
		t, size, align = &btf.Pointer{Target: &btf.Void{}}, 8, 8
		if f.Type.Tag != "" {
			if target, err := c.lookupType(f.Type.Tag, f.Type.Name); err == nil {
				t = &btf.Pointer{Target: target}
			}
		}
	case f.Type.Tag == "struct" || f.Type.Tag == "union":
		target, err := c.lookupType(f.Type.Tag, f.Type.Name)
		if err != nil {
			return nil, 0, 0, err
		}
		n, err := btf.Sizeof(target)
		if err != nil {
			return nil, 0, 0, err
		}
		t, size, align = target, n, c.alignOf(f.Pos, target)
	case f.Type.Tag == "enum":
		t, size, align = &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}, 4, 4
	default:
		name := strings.TrimPrefix(strings.TrimPrefix(f.Type.Name, "const "), "volatile ")
		b, ok := cBasicTypes()[name]
		if !ok {
			// A kernel typedef, such as wait_queue_entry_t.
			td, err := c.kernelTypedef(name)
			if err != nil {
				return nil, 0, 0, err
			}
			n, err := btf.Sizeof(td)
			if err != nil {
				return nil, 0, 0, err
			}
			t, size, align = td, n, c.alignOf(f.Pos, td)
			break
		}
		enc := btf.Unsigned
		if b.signed {
			enc = btf.Signed
		}
		t, size, align = &btf.Int{Name: name, Size: uint32(b.size), Encoding: enc}, b.size, b.size
	}
	for i := len(f.Dims) - 1; i >= 0; i-- {
		if f.Dims[i] > 0 && size > MaxStructSize/f.Dims[i] {
			return nil, 0, 0, fmt.Errorf("the array is more than %d bytes, the largest struct a script may define", MaxStructSize)
		}
		t = &btf.Array{Index: &btf.Int{Name: "int", Size: 4}, Type: t, Nelems: uint32(f.Dims[i])}
		size *= f.Dims[i]
	}
	if size > MaxStructSize {
		return nil, 0, 0, fmt.Errorf("the member is %d bytes, more than %d, the largest struct a script may define", size, MaxStructSize)
	}
	return t, size, align, nil
}

// tagName is "struct" or "union", as cs was written.
func tagName(cs *CStruct) string {
	if cs.Union {
		return "union"
	}
	return "struct"
}

// alignOf is a BTF type's alignment: its largest member's, for a struct.
func (c *checker) alignOf(pos Pos, t btf.Type) int {
	switch u := btf.UnderlyingType(t).(type) {
	case *btf.Int:
		return int(u.Size)
	case *btf.Enum:
		return int(u.Size)
	case *btf.Pointer:
		return 8
	case *btf.Array:
		return c.alignOf(pos, u.Type)
	case *btf.Struct, *btf.Union:
		a := 1
		for _, m := range c.members(pos, u) {
			a = max(a, c.alignOf(pos, m.Type))
		}
		return a
	}
	return 1
}

// compareLayouts warns about every member of the script's struct that the
// kernel's type places elsewhere or does not have.
func (c *checker) compareLayouts(cs *CStruct, mine, kernel btf.Type) {
	for i, m := range c.members(cs.Pos, mine) {
		pos := cs.Fields[i].Pos
		km, off, ok := c.findMember(pos, kernel, m.Name)
		switch {
		case !ok:
			c.warnf(pos, "%s: the kernel's %s has no member %s (it has %s); the kernel's layout is used",
				btfName(kernel), btfName(kernel), m.Name, strings.Join(c.memberNames(pos, kernel), ", "))
		case off != int(m.Offset):
			c.warnf(pos, "%s.%s is at offset %d in this script but at %d in the kernel's BTF; the kernel's layout is used",
				btfName(kernel), m.Name, m.Offset/8, off/8)
		default:
			mineSize, _ := btf.Sizeof(m.Type)
			theirs, _ := btf.Sizeof(km.Type)
			if mineSize != theirs && km.BitfieldSize == 0 {
				c.warnf(pos, "%s.%s is %d bytes in this script but %d in the kernel's BTF; the kernel's layout is used",
					btfName(kernel), m.Name, mineSize, theirs)
			}
		}
	}
}

// lookupType finds a struct, union or enum: one the script defines, else
// the kernel's.
func (c *checker) lookupType(tag, name string) (btf.Type, error) {
	if t, ok := c.scriptTypes[tag+" "+name]; ok {
		return t, nil
	}
	if c.badStructs[tag+" "+name] {
		return nil, fmt.Errorf("%s %s: %w", tag, name, errReported)
	}
	kt, err := c.env.BTF()
	if err != nil {
		return nil, fmt.Errorf("%s %s: not defined in the script, and no kernel BTF: %w", tag, name, err)
	}
	t, err := lookupTagged(kt, tag, name)
	if err != nil {
		if mt, ok := c.moduleTagged(tag, name); ok {
			return mt, nil
		}
	}
	return t, err
}

// kernelTypedef finds a typedef by name in the kernel's BTF.
func (c *checker) kernelTypedef(name string) (btf.Type, error) {
	kt, err := c.env.BTF()
	if err != nil {
		return nil, fmt.Errorf("unknown type %q: not a C type, and without kernel BTF no kernel typedef: %w", name, err)
	}
	td, err := typedefByName(kt, name)
	if err != nil {
		if mt, ok := c.moduleTypedef(name); ok {
			return mt, nil
		}
		return nil, fmt.Errorf("unknown type %q: not a C type nor a kernel typedef", name)
	}
	return td, nil
}
