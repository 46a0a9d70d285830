package lang

import (
	"fmt"
	"github.com/cilium/ebpf/btf"
	"strconv"
	"strings"
)

// TracepointField is one field of a tracepoint record as its tracefs format
// file describes it.
type TracepointField struct {
	Decl   string // the C declaration, e.g. "const char * filename"
	Name   string
	Offset int
	Size   int
	Signed bool
}

// TracepointFormat is a parsed tracefs format file.
type TracepointFormat struct {
	Group, Name string
	ID          int
	Fields      []TracepointField
}

// ParseTracepointFormat parses the text of
// /sys/kernel/tracing/events/<group>/<name>/format.
func ParseTracepointFormat(group, name, text string) (*TracepointFormat, error) {
	f := &TracepointFormat{Group: group, Name: name}
	for _, line := range strings.Split(text, "\n") {
		if id, ok := strings.CutPrefix(line, "ID: "); ok {
			f.ID, _ = strconv.Atoi(strings.TrimSpace(id))
			continue
		}
		fl, ok := parseFormatField(line)
		if !ok {
			continue
		}
		decl := strings.TrimSpace(fl.decl)
		fieldName, ok := declName(decl)
		if !ok {
			return nil, fmt.Errorf("tracepoint %s:%s: cannot read field declaration %q", group, name, decl)
		}
		off, _ := strconv.Atoi(fl.offset)
		size, _ := strconv.Atoi(fl.size)
		f.Fields = append(f.Fields, TracepointField{
			Decl: decl, Name: fieldName, Offset: off, Size: size, Signed: fl.signed == "1",
		})
	}
	if len(f.Fields) == 0 {
		return nil, fmt.Errorf("tracepoint %s:%s: format has no fields", group, name)
	}
	return f, nil
}

// ArgsType builds the Record type of a tracepoint's args, leaving out the
// common_* header fields as bpftrace does.
func (f *TracepointFormat) ArgsType() *Type {
	rec := &Type{Kind: Record, Name: fmt.Sprintf("tracepoint:%s:%s args", f.Group, f.Name)}
	for _, fld := range f.Fields {
		if strings.HasPrefix(fld.Name, "common_") {
			continue
		}
		field := tracepointField(fld)
		if f.Group == "syscalls" && field.Type.IsInteger() {
			// A system call's arguments are the process's: its
			// pointers point into user memory.
			field.Type.User = true
		}
		rec.Fields = append(rec.Fields, field)
		rec.Size = max(rec.Size, fld.Offset+fld.Size)
	}
	return rec
}

// tracepointField types one format field from its C declaration.
func tracepointField(f TracepointField) *Field {
	decl := f.Decl
	out := &Field{Name: f.Name, Offset: f.Offset}
	isChar := hasWord(decl, "char")
	switch {
	case strings.HasPrefix(decl, "__data_loc"):
		out.DataLoc = true
		out.Type = StringType(defaultStrLen)
		if !isChar {
			// A dynamic array of something other than chars: expose the
			// raw 32-bit locator.
			out.DataLoc = false
			out.Type = IntType(4, false)
		}
	case strings.Contains(decl, "["):
		if isChar && !strings.Contains(decl, "*") {
			out.Type = StringType(min(f.Size, maxStrLen)) // as kernelType
			break
		}
		elemSize := elemSizeOf(decl)
		if elemSize <= 0 || f.Size%elemSize != 0 {
			elemSize = 1
		}
		out.Type = &Type{Kind: Array, Elem: IntType(elemSize, f.Signed), Len: f.Size / elemSize, Size: f.Size}
	case strings.Count(decl, "*") >= 2:
		// An array of pointers, as execve's argv: indexing it reads a
		// pointer, char's a string.
		var inner btf.Type = &btf.Void{}
		if isChar {
			inner = &btf.Int{Name: "char", Size: 1, Encoding: btf.Signed | btf.Char}
		}
		for i := strings.Count(decl, "*"); i > 2; i-- {
			inner = &btf.Pointer{Target: inner}
		}
		out.Type = &Type{Kind: Pointer, Size: 8, Target: &btf.Pointer{Target: inner}}
	case strings.Contains(decl, "*"):
		out.Type = &Type{Kind: Pointer, Size: 8}
		out.Pointee = structPointee(decl)
	case f.Size == 1 || f.Size == 2 || f.Size == 4 || f.Size == 8:
		out.Type = IntType(f.Size, f.Signed)
		if rest, ok := strings.CutPrefix(decl, "enum "); ok {
			out.Enum, _, _ = strings.Cut(rest, " ")
		}
	default:
		out.Type = &Type{Kind: Array, Elem: IntType(1, false), Len: f.Size, Size: f.Size}
	}
	return out
}

// structPointee returns "struct NAME" (or "union NAME") when decl declares
// a pointer to one, as "const struct __kernel_timespec * rqtp" does.
func structPointee(decl string) string {
	words := strings.Fields(strings.ReplaceAll(decl, "*", " * "))
	if len(words) > 0 && words[0] == "const" {
		words = words[1:]
	}
	if len(words) != 4 || (words[0] != "struct" && words[0] != "union") || words[2] != "*" {
		return ""
	}
	return words[0] + " " + words[1]
}

// elemSizeOf guesses the element size of an array field from its C type.
func elemSizeOf(decl string) int {
	t := decl[:strings.Index(decl, "[")]
	switch {
	case strings.Contains(t, "long long"), strings.Contains(t, "64"):
		return 8
	case strings.Contains(t, "long"):
		return 8
	case strings.Contains(t, "short"), strings.Contains(t, "16"):
		return 2
	case strings.Contains(t, "char"), strings.Contains(t, "8"):
		return 1
	case strings.Contains(t, "int"), strings.Contains(t, "32"):
		return 4
	}
	return 1
}
