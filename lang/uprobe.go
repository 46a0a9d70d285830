package lang

import (
	"debug/elf"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Location is where in its binary a uprobe target is: its symbol, with
// "+offset" when it is inside the function.
func (t *Target) Location() string {
	if t.SymOffset != 0 {
		return fmt.Sprintf("%s+%d", t.Func, t.SymOffset)
	}
	return t.Func
}

// expandUprobe expands uprobe:/path:sym and uretprobe:/path:sym. The symbol
// may be a wildcard (over the names as the symbol table spells them, so
// C++ names are matched mangled: *FileEventImpl*assignEvents*), name+off,
// or a virtual address such as 0x401000. A path without a slash is a
// library (libc, libssl.so.3: see libpath.go) or a program on $PATH.
// Symbols come from the ELF symbol tables (.symtab and .dynsym); only
// functions defined in the file count. A function the binary does not
// have is a warning, and its target is checked but not attached. The
// binary is found and read through the Env (BinaryEnv). With -p, the
// probes fire in that process only.
func expandUprobe(c *checker, k *KindInfo, ap *AttachPoint) ([]*Target, error) {
	kn := k.Name
	if len(ap.Parts) != 2 || ap.Parts[0] == "" || ap.Parts[1] == "" {
		return nil, fmt.Errorf("%s probe needs a binary and a function: %s:/path/to/binary:function, got %s", kn, kn, ap.Raw)
	}
	bin, where := ap.Parts[0], ap.Parts[1]
	syms, bin, needed, err := c.funcSymbols(ap, bin)
	if err != nil {
		return nil, err
	}
	var ts []*Target
	switch {
	case where[0] >= '0' && where[0] <= '9':
		addr, err := strconv.ParseUint(where, 0, 64)
		if err != nil {
			return nil, fmt.Errorf("%s: bad address %s", ap.Raw, where)
		}
		t, err := syms.atAddress(addr)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ap.Raw, err)
		}
		ts = append(ts, t)
	case isUprobePattern(where):
		for _, s := range syms.funcs {
			if GlobMatch(where, s.Name) {
				ts = append(ts, &Target{Func: s.Name, Offset: s.Offset, Addr: s.Addr, Wildcard: true})
			}
		}
		if len(ts) == 0 {
			return nil, fmt.Errorf("no function in %s matches %s", bin, where)
		}
	default:
		name, off := where, uint64(0)
		if i := strings.LastIndexByte(where, '+'); i > 0 {
			n, err := strconv.ParseUint(where[i+1:], 0, 64)
			if err != nil {
				return nil, fmt.Errorf("%s: bad offset %s", ap.Raw, where[i+1:])
			}
			name, off = where[:i], n
		}
		s, ok := syms.byName(name)
		if !ok {
			if t := c.neededFunc(ap, name, off, needed); t != nil {
				ts = append(ts, t)
				break
			}
			// As in bpftrace, the rest of the script runs.
			c.warnf(ap.Pos, "%s: no function %s in %s: the probe is not attached (ntrace -l '%s:%s:*' lists them)", ap.Raw, name, bin, kn, bin)
			ts = append(ts, &Target{Func: name, Skip: "no function " + name + " in " + bin})
			break
		}
		if off != 0 && off >= s.Size {
			return nil, fmt.Errorf("%s: offset %d is past the end of %s (%d bytes)", ap.Raw, off, name, s.Size)
		}
		ts = append(ts, &Target{Func: name, Offset: s.Offset + off, Addr: s.Addr + off, SymOffset: off})
	}
	for _, t := range ts {
		if t.Path == "" {
			t.Path = bin
		}
		t.PID = c.params.PID
		for i := 0; i < maxArgSlots; i++ {
			t.Slots = append(t.Slots, Uint64Type)
		}
		if k.Return {
			t.Ret = Uint64Type
		}
	}
	return ts, nil
}

// binaryEnv is the checker's Env as a BinaryEnv, or an error saying that
// it cannot read binaries.
func (c *checker) binaryEnv(ap *AttachPoint) (BinaryEnv, error) {
	be, ok := c.env.(BinaryEnv)
	if !ok {
		return nil, fmt.Errorf("%s: this environment cannot read programs' binaries", ap.Raw)
	}
	return be, nil
}

// funcSymbols finds the binary an attach point names and reads its
// function symbols; it returns them, the binary's path, and the libraries
// it needs (DT_NEEDED), in the order the dynamic linker loads them.
func (c *checker) funcSymbols(ap *AttachPoint, name string) (*FuncSymbols, string, []string, error) {
	be, err := c.binaryEnv(ap)
	if err != nil {
		return nil, "", nil, err
	}
	name, err = libraryPath(name, c.params.PID, be)
	if err != nil {
		return nil, "", nil, fmt.Errorf("%s: %w", ap.Raw, err)
	}
	bin, err := be.FindBinary(name)
	if err != nil {
		return nil, "", nil, fmt.Errorf("%s: %w", ap.Raw, err)
	}
	f, err := be.OpenELF(bin)
	if err != nil {
		return nil, "", nil, err
	}
	defer f.Close()
	syms, err := ReadFuncSymbols(f, bin)
	if err != nil {
		return nil, "", nil, err
	}
	var needed []string
	if f.Type == elf.ET_DYN {
		needed, _ = f.ImportedLibraries() // none is no error: a stub without them
	}
	return syms, bin, needed, nil
}

// neededFunc finds a function a shared library does not define in the
// libraries it needs, as the dynamic linker would for a program linked
// against it: glibc 2.34 moved libpthread's functions into libc, and
// libpthread.so.0 is now a stub whose programs' pthread_create resolves
// to libc.so.6's, so uprobe:libpthread:pthread_create probes that one.
// It returns nil when none of them defines the function (or one cannot
// be read: the caller then warns that the function is missing).
func (c *checker) neededFunc(ap *AttachPoint, name string, off uint64, needed []string) *Target {
	for _, lib := range needed {
		syms, path, _, err := c.funcSymbols(ap, lib)
		if err != nil {
			continue
		}
		s, ok := syms.byName(name)
		if !ok || (off != 0 && off >= s.Size) {
			continue
		}
		return &Target{Func: name, Offset: s.Offset + off, Addr: s.Addr + off, SymOffset: off, Path: path}
	}
	return nil
}

// libraryPath finds the file a uprobe names as a library (libc,
// libssl.so.3) as the dynamic linker would; other names are returned as
// they are, for the Env to find.
func libraryPath(name string, pid int, be BinaryEnv) (string, error) {
	if strings.Contains(name, "/") || !isLibraryName(name) {
		return name, nil
	}
	lib, err := be.FindLibrary(name, pid)
	if err == nil {
		return lib, nil
	}
	if _, ferr := be.FindBinary(name); ferr == nil {
		return name, nil
	}
	return "", err
}

// isLibraryName reports whether a uprobe's binary is to be looked up as a
// library (Env.FindLibrary) rather than on $PATH.
func isLibraryName(s string) bool {
	return strings.HasPrefix(s, "lib") && !strings.ContainsAny(s, "/*")
}

// isUprobePattern reports whether a uprobe's symbol is a wildcard. A '?'
// at the end marks an optional probe and is gone by now; '[' and '?' are
// ordinary characters in some symbols, so only '*' makes a pattern.
func isUprobePattern(s string) bool { return strings.Contains(s, "*") }

// GlobMatch matches a symbol name against a uprobe pattern, in which '*'
// stands for any run of characters, '/' included (Go's symbols have
// slashes), and every other character for itself.
func GlobMatch(pattern, name string) bool {
	parts := strings.Split(pattern, "*")
	if len(parts) == 1 {
		return name == pattern
	}
	if !strings.HasPrefix(name, parts[0]) {
		return false
	}
	name = name[len(parts[0]):]
	last := parts[len(parts)-1]
	for _, p := range parts[1 : len(parts)-1] {
		i := strings.Index(name, p)
		if i < 0 {
			return false
		}
		name = name[i+len(p):]
	}
	return strings.HasSuffix(name, last) && len(name) >= len(last)
}

// FuncSymbol is a function defined in an ELF file.
type FuncSymbol struct {
	Name   string
	Addr   uint64 // virtual address
	Size   uint64
	Offset uint64 // file offset, which uprobes attach at
}

// FuncSymbols are an ELF file's function symbols, sorted by name.
type FuncSymbols struct {
	path  string
	funcs []FuncSymbol
	progs []*elf.Prog
}

// Funcs returns the symbols, sorted by name.
func (s *FuncSymbols) Funcs() []FuncSymbol { return s.funcs }

// ReadFuncSymbols reads the functions an ELF executable or shared object
// defines, from .symtab and .dynsym; path names the file in errors.
func ReadFuncSymbols(f *elf.File, path string) (*FuncSymbols, error) {
	if f.Type != elf.ET_EXEC && f.Type != elf.ET_DYN {
		return nil, fmt.Errorf("%s is not an executable or a shared object", path)
	}
	out := &FuncSymbols{path: path}
	for _, p := range f.Progs {
		if p.Type == elf.PT_LOAD && p.Flags&elf.PF_X != 0 {
			out.progs = append(out.progs, p)
		}
	}
	syms, err := f.Symbols()
	if err != nil && !errors.Is(err, elf.ErrNoSymbols) {
		return nil, fmt.Errorf("reading symbols of %s: %w", path, err)
	}
	dyn, err := f.DynamicSymbols()
	if err != nil && !errors.Is(err, elf.ErrNoSymbols) {
		return nil, fmt.Errorf("reading symbols of %s: %w", path, err)
	}
	seen := map[string]bool{}
	for _, s := range append(syms, dyn...) {
		if elf.ST_TYPE(s.Info) != elf.STT_FUNC || s.Value == 0 || s.Section == elf.SHN_UNDEF || seen[s.Name] {
			continue
		}
		off, ok := out.fileOffset(s.Value)
		if !ok {
			continue
		}
		seen[s.Name] = true
		out.funcs = append(out.funcs, FuncSymbol{Name: s.Name, Addr: s.Value, Size: s.Size, Offset: off})
	}
	sort.Slice(out.funcs, func(i, j int) bool { return out.funcs[i].Name < out.funcs[j].Name })
	return out, nil
}

// fileOffset converts a virtual address in an executable segment to its
// offset in the file.
func (s *FuncSymbols) fileOffset(addr uint64) (uint64, bool) {
	for _, p := range s.progs {
		if p.Vaddr <= addr && addr < p.Vaddr+p.Memsz {
			return addr - p.Vaddr + p.Off, true
		}
	}
	return 0, false
}

func (s *FuncSymbols) byName(name string) (FuncSymbol, bool) {
	i := sort.Search(len(s.funcs), func(i int) bool { return s.funcs[i].Name >= name })
	if i < len(s.funcs) && s.funcs[i].Name == name {
		return s.funcs[i], true
	}
	return FuncSymbol{}, false
}

// atAddress makes a target of a virtual address, named after the function
// that contains it when one does.
func (s *FuncSymbols) atAddress(addr uint64) (*Target, error) {
	off, ok := s.fileOffset(addr)
	if !ok {
		return nil, fmt.Errorf("address 0x%x is not in an executable segment of %s", addr, s.path)
	}
	for _, f := range s.funcs {
		if f.Addr <= addr && addr < f.Addr+max(f.Size, 1) {
			return &Target{Func: f.Name, Offset: off, Addr: addr, SymOffset: addr - f.Addr}, nil
		}
	}
	return &Target{Func: fmt.Sprintf("0x%x", addr), Offset: off, Addr: addr}, nil
}
