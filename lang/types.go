package lang

import (
	"fmt"
	"strings"

	"github.com/cilium/ebpf/btf"
)

// Kind is the class of a Type.
type Kind uint8

// The kinds of values a script handles.
const (
	Void    Kind = iota // no value: printf(), exit()
	Int                 // integer of Size bytes, Signed or not
	String              // NUL-terminated bytes, at most Size including the NUL
	Pointer             // kernel address; Target is the pointee's BTF type when known
	Array               // Len elements of Elem, inside a record
	Record              // named fields at fixed offsets: tracepoint args, kernel structs
	Tuple               // (a, b, …)
	Agg                 // an aggregation kept in a map: count(), hist(), …
	Struct              // a struct or union in kernel memory; BTF is its type
	Inet                // an IPv4 or IPv6 address from ntop(), printed as text
	Ksym                // a kernel address from ksym(), printed as its symbol
	Stack               // a kernel or user stack (kstack, ustack); Stack says which
	// The values below are kept as numbers and turned into text in user
	// space when printed, as bpftrace does; they can only be printed.
	Usym       // a user address from usym(), and its process: printed as its symbol
	Username   // a user id from username: printed as its name in /etc/passwd
	Timestamp  // nanoseconds since boot from strftime(): printed as a date, Format says how
	Errno      // an error number from strerror(): printed as its message
	Syscall    // a system call number from syscall_name(): printed as its name
	CgroupPath // a cgroup id from cgroup_path(): printed as its paths, Format filters the hierarchies
	Buffer     // bytes from buf(): a length word, then Size bytes; printed escaped (%r)
)

// AggKind says which aggregation a map holds.
type AggKind uint8

// The aggregations, as bpftrace names them.
const (
	NoAgg AggKind = iota
	Count
	Sum
	Avg
	Min
	Max
	Stats
	Hist
	Lhist
)

var aggNames = [...]string{"", "count", "sum", "avg", "min", "max", "stats", "hist", "lhist"}

func (a AggKind) String() string { return aggNames[a] }

// Type is the static type of an expression, variable or map part.
type Type struct {
	Kind   Kind
	Size   int  // bytes: Int 1..8, String capacity including the NUL
	Signed bool // Int only
	Elems  []*Type
	Fields []*Field
	Name   string    // Record: what it is, e.g. "tracepoint:sched:sched_switch args"
	Agg    AggKind   // Agg only
	Elem   *Type     // Array element type
	Len    int       // Array length
	Target btf.Type  // Pointer: pointee when known
	BTF    btf.Type  // Struct: the struct or union; Int: the enum it came from, if any
	Stack  StackSpec // Stack only
	// Names are a record's field names, one per element of its Tuple;
	// nil for a tuple.
	Names []string
	// CArray marks a Tuple that holds a C array's elements, copied from
	// memory: it prints as [1,2,3].
	CArray bool
	// Bool marks an Int that is true or false (1 or 0): it prints as a
	// word.
	Bool bool
	// Format is a Timestamp's strftime format, a CgroupPath's filter;
	// MacFormat for a Buffer that macaddr() made.
	Format string
	// User says the value is in user space's memory, or is an address
	// there: a pointer or an integer from a user-space source (uprobe
	// arguments and return values, syscall tracepoint arguments) or read
	// through one, a struct or array that lives there. Reads through it
	// use the user-memory helpers, as bpftrace's address spaces do.
	User bool
	// Kernel says kptr() marked the value as a kernel address: str() of it
	// reads kernel memory only, where an address of no known origin is
	// read with the helper that reads either.
	Kernel bool
}

// StackSpec says which stack a Stack value holds and how it prints.
type StackSpec struct {
	User  bool // ustack: the user-space stack of the current thread
	Depth int  // the most frames kept, 1..MaxStackDepth
	Perf  bool // printed as perf does (address, symbol) rather than bpftrace's way
	Raw   bool // printed as addresses alone, not symbolized (stack_mode raw)
}

// DefaultStackDepth is the depth of kstack and ustack without an explicit
// one, as in bpftrace.
const DefaultStackDepth = 127

// String renders the spec as a script would write it: kstack,
// ustack(perf), kstack(5).
func (s StackSpec) String() string {
	name := "kstack"
	if s.User {
		name = "ustack"
	}
	mode := ""
	switch {
	case s.Perf:
		mode = "perf"
	case s.Raw:
		mode = "raw"
	}
	switch {
	case mode != "" && s.Depth != DefaultStackDepth:
		return fmt.Sprintf("%s(%s, %d)", name, mode, s.Depth)
	case mode != "":
		return name + "(" + mode + ")"
	case s.Depth != DefaultStackDepth:
		return fmt.Sprintf("%s(%d)", name, s.Depth)
	}
	return name
}

// Field is one member of a Record.
type Field struct {
	Name   string
	Offset int
	Type   *Type
	// DataLoc marks a tracepoint __data_loc field: the u32 at Offset holds
	// the data's offset (low 16 bits) and length (high 16 bits) in the record.
	DataLoc bool
	// Enum names the C enum a tracepoint field is declared with, so that
	// its values can be named from the kernel's BTF.
	Enum string
	// Pointee is "struct NAME" (or union) when a tracepoint field is a
	// pointer to one, so that the pointer can be typed from BTF.
	Pointee string
}

// Predefined types.
var (
	VoidType   = &Type{Kind: Void}
	Int64Type  = &Type{Kind: Int, Size: 8, Signed: true}
	Uint64Type = &Type{Kind: Int, Size: 8}
	Uint32Type = &Type{Kind: Int, Size: 4}
	Int32Type  = &Type{Kind: Int, Size: 4, Signed: true}
)

// BoolType returns the type of true and false.
func BoolType() *Type { return &Type{Kind: Int, Size: 1, Bool: true} }

// IntType returns the integer type of size bytes and the given signedness.
func IntType(size int, signed bool) *Type {
	return &Type{Kind: Int, Size: size, Signed: signed}
}

// StringType returns a string type holding up to size-1 bytes.
func StringType(size int) *Type { return &Type{Kind: String, Size: size} }

// IsInteger reports whether values of t are integers in a register:
// integers and pointers.
func (t *Type) IsInteger() bool { return t.Kind == Int || t.Kind == Pointer }

// Field returns the record field called name, or nil.
func (t *Type) Field(name string) *Field {
	for _, f := range t.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// StorageSize is how many bytes a value of t takes in a map, an event or a
// scratch variable. Integers are always stored as 64-bit words, and strings
// and tuples padded to a multiple of 8 bytes, so that every stored value is
// made of aligned words and keys have one layout whatever the width a
// script gave. Inside a tuple, elements are laid out as C lays out a
// struct (see ElemOffsets).
func (t *Type) StorageSize() int {
	switch t.Kind {
	case Int, Pointer:
		return 8
	case String, Tuple:
		return (t.Size + 7) &^ 7
	case Array:
		return t.Len * t.Elem.StorageSize()
	case Inet:
		return 24 // family, then 16 bytes of address
	case Ksym, Stack, Username, Timestamp, Errno, Syscall, CgroupPath:
		return 8
	case Usym:
		return 16 // address, then process id
	case Buffer:
		return 8 + (t.Size+7)&^7 // length, then the bytes
	}
	return t.Size
}

// Storable reports whether values of t can be kept: in a variable, a map
// key or value, a tuple, an event.
func (t *Type) Storable() bool {
	switch t.Kind {
	case Int, Pointer, String, Tuple, Inet, Ksym, Stack, Usym, Username, Timestamp, Errno, Syscall, CgroupPath, Buffer:
		return true
	}
	return false
}

// WordLayout returns where each of parts goes when values of those types
// are stored one after another, each at an 8-byte boundary, as map keys
// and event records hold them, and the total size.
func WordLayout(parts []*Type) (offsets []int, size int) {
	for _, p := range parts {
		offsets = append(offsets, size)
		size += p.StorageSize()
	}
	return offsets, size
}

// ElemOffsets returns the offset of each element of a tuple. Tuples are
// laid out as C lays out a struct of their elements, as bpftrace does:
// an integer takes its own size and alignment, a string its size with no
// alignment, a nested tuple its own layout, the rest (pointers, ntop's
// addresses, ksym, stacks) 64-bit words. Size is the tuple's size so laid
// out, padded to its alignment (what sizeof gives).
func (t *Type) ElemOffsets() []int {
	offs, _ := tupleLayout(t.Elems)
	return offs
}

// tupleLayout lays out tuple elements as C lays out a struct's members.
func tupleLayout(elems []*Type) (offsets []int, size int) {
	align := 1
	for _, e := range elems {
		a := e.elemAlign()
		align = max(align, a)
		size = (size + a - 1) / a * a
		offsets = append(offsets, size)
		size += e.ElemSize()
	}
	size = (size + align - 1) / align * align
	return offsets, size
}

// ElemSize is how many bytes a value of t takes as a tuple element.
func (t *Type) ElemSize() int {
	switch t.Kind {
	case Int, String, Tuple:
		return t.Size
	}
	return t.StorageSize()
}

// elemAlign is the alignment of t as a tuple element.
func (t *Type) elemAlign() int {
	switch t.Kind {
	case Int:
		return t.Size
	case String:
		return 1
	case Tuple:
		a := 1
		for _, e := range t.Elems {
			a = max(a, e.elemAlign())
		}
		return a
	}
	return 8
}

// TupleType returns the tuple of the given element types.
func TupleType(elems ...*Type) *Type {
	t := &Type{Kind: Tuple, Elems: elems}
	_, t.Size = tupleLayout(elems)
	return t
}

// String renders the type for messages and dumps.
func (t *Type) String() string {
	if t == nil {
		return "<nil>"
	}
	switch t.Kind {
	case Void:
		return "void"
	case Int:
		if t.Bool {
			return "bool"
		}
		if t.Signed {
			return fmt.Sprintf("int%d", t.Size*8)
		}
		return fmt.Sprintf("uint%d", t.Size*8)
	case String:
		return fmt.Sprintf("string[%d]", t.Size)
	case Pointer:
		if t.Target != nil {
			return btfName(t.Target) + " *"
		}
		return "pointer"
	case Array:
		return fmt.Sprintf("%s[%d]", t.Elem, t.Len)
	case Record:
		return t.Name
	case Tuple:
		if t.CArray { // as C writes it: int32[2][3]
			dims, e := "", t
			for ; e.Kind == Tuple && e.CArray; e = e.Elems[0] {
				dims += fmt.Sprintf("[%d]", len(e.Elems))
			}
			return e.String() + dims
		}
		parts := make([]string, len(t.Elems))
		for i, e := range t.Elems {
			parts[i] = e.String()
			if t.Names != nil {
				parts[i] = t.Names[i] + " = " + parts[i]
			}
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case Agg:
		return t.Agg.String() + "()"
	case Struct:
		return btfName(t.BTF)
	case Inet:
		return "inet"
	case Ksym:
		return "ksym"
	case Stack:
		return t.Stack.String()
	case Usym:
		return "usym"
	case Username:
		return "username"
	case Timestamp:
		return "timestamp"
	case Errno:
		return "strerror"
	case Syscall:
		return "syscall_name"
	case CgroupPath:
		return "cgroup_path"
	case Buffer:
		if t.Format == MacFormat {
			return "macaddr"
		}
		return fmt.Sprintf("buffer[%d]", t.Size)
	}
	return "?"
}

func btfName(t btf.Type) string {
	switch t := t.(type) {
	case *btf.Struct:
		return "struct " + t.Name
	case *btf.Union:
		return "union " + t.Name
	case *btf.Pointer:
		return btfName(t.Target) + " *"
	case *btf.Void:
		return "void"
	case *btf.Const:
		return "const " + btfName(t.Type)
	case *btf.Volatile:
		return "volatile " + btfName(t.Type)
	case *btf.Restrict:
		return btfName(t.Type)
	case *btf.Enum:
		if t.Name != "" {
			return "enum " + t.Name
		}
	case *btf.FuncProto:
		return "function"
	case *btf.Array:
		return fmt.Sprintf("%s[%d]", btfName(t.Type), t.Nelems)
	}
	if t.TypeName() != "" {
		return t.TypeName()
	}
	return fmt.Sprintf("%T", t)
}

// sameShape reports whether values of a and b can be stored in one place: the
// same kind and, for tuples, the same shape element by element. Sizes may
// differ; unify then picks the wider.
func sameShape(a, b *Type) bool {
	if a.IsInteger() && b.IsInteger() {
		return true
	}
	if a.Kind != b.Kind {
		return false
	}
	switch a.Kind {
	case Tuple:
		if len(a.Elems) != len(b.Elems) || (a.Names == nil) != (b.Names == nil) || a.CArray != b.CArray {
			return false
		}
		for i := range a.Elems {
			if !sameShape(a.Elems[i], b.Elems[i]) || (a.Names != nil && a.Names[i] != b.Names[i]) {
				return false
			}
		}
	case Agg:
		return a.Agg == b.Agg
	case Record, Array, Struct:
		return a == b
	case Stack:
		// Each kind and depth of stack has its own stack map; the
		// printing mode is part of the value's type.
		return a.Stack == b.Stack
	case Timestamp, CgroupPath:
		return a.Format == b.Format
	}
	return true
}

// unify widens dst in place so that it can hold values of src too: the
// longer string, the wider integer. Both must have the same shape.
func unify(dst, src *Type) {
	switch {
	case dst.Kind == Int && src.Kind == Int:
		if src.Size > dst.Size {
			dst.Size = src.Size
		}
		dst.Signed = dst.Signed && src.Signed
		dst.User = dst.User || src.User
		dst.Bool = dst.Bool && src.Bool
	case dst.Kind == Pointer:
		dst.User = dst.User || src.User
	case dst.Kind == String || dst.Kind == Buffer:
		dst.Size = max(dst.Size, src.Size)
	case dst.Kind == Tuple:
		for i := range dst.Elems {
			unify(dst.Elems[i], src.Elems[i])
		}
		_, dst.Size = tupleLayout(dst.Elems)
	}
}

// inUser returns t, or a copy of it marked as living in (or pointing
// into) user memory when user is set.
func inUser(t *Type, user bool) *Type {
	if !user || t == nil || t.User {
		return t
	}
	c := *t
	c.User = true
	return &c
}

// clone returns a deep copy of t's tuple and scalar structure, so that a
// variable or map can widen its own type without touching an expression's.
// A variable's integer keeps its width, as in C (sizeof, bswap).
func clone(t *Type) *Type {
	c := *t
	if len(t.Elems) > 0 {
		c.Elems = make([]*Type, len(t.Elems))
		for i, e := range t.Elems {
			c.Elems[i] = clone(e)
		}
	}
	return &c
}

// mapType is clone for a map's key or value: an integer is widened to 64
// bits, keeping its signedness for printing, as bpftrace keeps map values
// (a tuple keeps its elements' widths).
func mapType(t *Type) *Type {
	c := clone(t)
	if c.Kind == Int {
		c.Size = 8
	}
	return c
}
