package lang

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// USDTNote is one USDT probe site, as a binary's .note.stapsdt section
// describes it (SystemTap's format, which <sys/sdt.h> writes): a provider
// and a name, the address of the instruction to probe, the semaphore a
// tracer raises to enable it (0: none), and the argument specifiers, one
// per argument, such as "-4@%edi" or "8@-16(%rbp)".
type USDTNote struct {
	Provider, Name string
	Addr           uint64 // the probed instruction's virtual address
	Offset         uint64 // its offset in the file, where a uprobe goes
	Semaphore      uint64 // the semaphore's virtual address, 0 when none
	SemaphoreOff   uint64 // the semaphore's offset in the file
	Args           string
}

// The note's owner and type (sys/sdt.h's _SDT_NOTE_NAME, _SDT_NOTE_TYPE).
const (
	sdtNoteOwner = "stapsdt"
	sdtNoteType  = 3
)

// ReadUSDTNotes reads the USDT probes of an ELF file: none when it has no
// .note.stapsdt section. The addresses are corrected for a binary whose
// sections moved after the notes were written (prelink), as the
// .stapsdt.base section tells.
func ReadUSDTNotes(f *elf.File, path string) ([]USDTNote, error) {
	sec := f.Section(".note.stapsdt")
	if sec == nil {
		return nil, nil
	}
	data, err := sec.Data()
	if err != nil {
		return nil, fmt.Errorf("reading the usdt notes of %s: %w", path, err)
	}
	var baseAddr uint64
	if b := f.Section(".stapsdt.base"); b != nil {
		baseAddr = b.Addr
	}
	wordSize := 8
	if f.Class == elf.ELFCLASS32 {
		wordSize = 4
	}
	bo := f.ByteOrder
	var out []USDTNote
	for len(data) >= 12 {
		nameSize, descSize, typ := bo.Uint32(data), bo.Uint32(data[4:]), bo.Uint32(data[8:])
		nameEnd := 12 + align4(uint64(nameSize))
		descEnd := nameEnd + align4(uint64(descSize))
		if descEnd > uint64(len(data)) || 12+uint64(nameSize) > nameEnd || nameEnd+uint64(descSize) > descEnd {
			return nil, fmt.Errorf("%s: a usdt note runs past the end of .note.stapsdt", path)
		}
		owner := string(bytes.TrimRight(data[12:12+nameSize], "\x00"))
		desc := data[nameEnd : nameEnd+uint64(descSize)]
		data = data[descEnd:]
		if owner != sdtNoteOwner || typ != sdtNoteType {
			continue
		}
		n, err := parseNoteDesc(desc, wordSize, bo)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if baseAddr != 0 && n.base != 0 {
			// The notes hold link-time addresses; prelink may have
			// moved the sections since, .stapsdt.base with them.
			n.Addr += baseAddr - n.base
			if n.Semaphore != 0 {
				n.Semaphore += baseAddr - n.base
			}
		}
		off, ok := loadedOffset(f, n.Addr, elf.PF_X)
		if !ok {
			return nil, fmt.Errorf("%s: usdt probe %s:%s at 0x%x is in no executable segment", path, n.Provider, n.Name, n.Addr)
		}
		n.Offset = off
		if n.Semaphore != 0 {
			if n.SemaphoreOff, ok = loadedOffset(f, n.Semaphore, 0); !ok {
				return nil, fmt.Errorf("%s: the semaphore of usdt probe %s:%s at 0x%x is in no loaded segment", path, n.Provider, n.Name, n.Semaphore)
			}
		}
		out = append(out, n.USDTNote)
	}
	return out, nil
}

// rawNote is a note as written, with the base address it was written
// against.
type rawNote struct {
	USDTNote
	base uint64
}

// parseNoteDesc decodes a note's descriptor: the probe's address, the
// .stapsdt.base address, the semaphore's address, then the provider, the
// name and the arguments as NUL-terminated strings.
func parseNoteDesc(desc []byte, wordSize int, bo binary.ByteOrder) (rawNote, error) {
	var n rawNote
	if len(desc) < 3*wordSize {
		return n, fmt.Errorf("a usdt note of %d bytes is too short", len(desc))
	}
	word := func(i int) uint64 {
		if wordSize == 4 {
			return uint64(bo.Uint32(desc[i*4:]))
		}
		return bo.Uint64(desc[i*8:])
	}
	n.Addr, n.base, n.Semaphore = word(0), word(1), word(2)
	strs := bytes.SplitN(desc[3*wordSize:], []byte{0}, 4)
	if len(strs) < 3 {
		return n, fmt.Errorf("a usdt note at 0x%x lacks its provider, name or arguments", n.Addr)
	}
	n.Provider, n.Name, n.Args = string(strs[0]), string(strs[1]), string(strs[2])
	return n, nil
}

func align4(n uint64) uint64 { return (n + 3) &^ 3 }

// loadedOffset converts a virtual address to its offset in the file, from
// the loadable segment that maps it (one with flags, when flags is not 0).
func loadedOffset(f *elf.File, addr uint64, flags elf.ProgFlag) (uint64, bool) {
	for _, p := range f.Progs {
		if p.Type == elf.PT_LOAD && p.Flags&flags == flags && p.Vaddr <= addr && addr < p.Vaddr+p.Filesz {
			return addr - p.Vaddr + p.Off, true
		}
	}
	return 0, false
}

// Reg is an x86-64 general-purpose register (or rip), as usdt argument
// specifiers name them; codegen knows where struct pt_regs keeps each.
type Reg uint8

// The registers.
const (
	RegAX Reg = iota + 1
	RegBX
	RegCX
	RegDX
	RegSI
	RegDI
	RegBP
	RegSP
	RegR8
	RegR9
	RegR10
	RegR11
	RegR12
	RegR13
	RegR14
	RegR15
	RegIP
)

// regView is how an assembler name sees a register: which one, how many
// of its bytes, from which byte (1 for %ah, %bh, %ch, %dh).
type regView struct {
	reg        Reg
	size, from int
}

// regNames are the AT&T names of the registers and their 32-, 16- and
// 8-bit parts, built when a usdt argument is first read: only usdt probes
// need them, and building them at init cost every run's start (69 keys,
// about a third of the package's init allocations).
var regNames = sync.OnceValue(func() map[string]regView {
	m := map[string]regView{"rip": {RegIP, 8, 0}}
	legacy := []struct {
		r              Reg
		q, d, w, b, hi string
	}{
		{RegAX, "rax", "eax", "ax", "al", "ah"},
		{RegBX, "rbx", "ebx", "bx", "bl", "bh"},
		{RegCX, "rcx", "ecx", "cx", "cl", "ch"},
		{RegDX, "rdx", "edx", "dx", "dl", "dh"},
		{RegSI, "rsi", "esi", "si", "sil", ""},
		{RegDI, "rdi", "edi", "di", "dil", ""},
		{RegBP, "rbp", "ebp", "bp", "bpl", ""},
		{RegSP, "rsp", "esp", "sp", "spl", ""},
	}
	for _, l := range legacy {
		m[l.q], m[l.d], m[l.w], m[l.b] = regView{l.r, 8, 0}, regView{l.r, 4, 0}, regView{l.r, 2, 0}, regView{l.r, 1, 0}
		if l.hi != "" {
			m[l.hi] = regView{l.r, 1, 1}
		}
	}
	for i := 8; i <= 15; i++ {
		r, n := RegR8+Reg(i-8), "r"+strconv.Itoa(i)
		m[n], m[n+"d"], m[n+"w"], m[n+"b"] = regView{r, 8, 0}, regView{r, 4, 0}, regView{r, 2, 0}, regView{r, 1, 0}
	}
	return m
})

// ArgLocKind says what sort of place a usdt argument is in.
type ArgLocKind uint8

// The argument places.
const (
	// ArgConst: a constant, Value ("$5").
	ArgConst ArgLocKind = iota + 1
	// ArgReg: in register Reg, Shift bytes up ("%edi", "%ah").
	ArgReg
	// ArgMem: in memory at register Reg plus Offset ("-16(%rbp)").
	ArgMem
	// ArgStatic: in memory at Offset, an address in the binary as linked,
	// which moves with where the binary is loaded ("counter(%rip)").
	ArgStatic
)

// ArgLoc is where a usdt argument is when its probe fires, as its
// specifier in the note says.
type ArgLoc struct {
	Kind   ArgLocKind
	Type   *Type // its size and signedness
	Reg    Reg
	Shift  int
	Offset int64
	Value  int64
	Spec   string // the specifier, as the note wrote it
}

// parseUSDTArgs decodes a note's argument specifiers (x86-64, AT&T
// syntax): "[-]SIZE@OPERAND" separated by spaces, the size in bytes and
// negative for a signed value; an operand is $constant, %register,
// offset(%register), or symbol+offset(%rip), whose address syms gives.
func parseUSDTArgs(specs string, syms func(name string) (uint64, bool)) ([]ArgLoc, error) {
	var out []ArgLoc
	for _, spec := range strings.Fields(specs) {
		a, err := parseUSDTArg(spec, syms)
		if err != nil {
			return nil, fmt.Errorf("argument %d (%q): %w", len(out), spec, err)
		}
		out = append(out, a)
	}
	return out, nil
}

func parseUSDTArg(spec string, syms func(string) (uint64, bool)) (ArgLoc, error) {
	a := ArgLoc{Spec: spec}
	size, signed, operand := 8, false, spec
	if sz, rest, ok := strings.Cut(spec, "@"); ok {
		n, err := strconv.Atoi(sz)
		if err != nil {
			return a, fmt.Errorf("bad size %q", sz)
		}
		if n < 0 {
			signed, n = true, -n
		}
		if n != 1 && n != 2 && n != 4 && n != 8 {
			return a, fmt.Errorf("a size of %d bytes", n)
		}
		size, operand = n, rest
	}
	a.Type = IntType(size, signed)
	switch {
	case strings.HasPrefix(operand, "$"):
		v, err := strconv.ParseInt(operand[1:], 0, 64)
		if err != nil {
			u, uerr := strconv.ParseUint(operand[1:], 0, 64)
			if uerr != nil {
				return a, fmt.Errorf("bad constant %q", operand)
			}
			v = int64(u)
		}
		a.Kind, a.Value = ArgConst, v
	case strings.HasPrefix(operand, "%"):
		v, ok := regNames()[operand[1:]]
		if !ok || v.reg == RegIP {
			return a, fmt.Errorf("unknown register %q", operand)
		}
		a.Kind, a.Reg, a.Shift = ArgReg, v.reg, v.from
	case strings.HasSuffix(operand, ")"):
		open := strings.IndexByte(operand, '(')
		if open < 0 {
			return a, fmt.Errorf("bad memory operand %q", operand)
		}
		disp, inner := operand[:open], operand[open+1:len(operand)-1]
		if strings.Contains(inner, ",") {
			return a, fmt.Errorf("an indexed memory operand, which ntrace does not read")
		}
		v, ok := regNames()[strings.TrimPrefix(inner, "%")]
		if !ok || !strings.HasPrefix(inner, "%") || v.size != 8 {
			return a, fmt.Errorf("unknown base register %q", inner)
		}
		if v.reg == RegIP {
			addr, err := staticAddress(disp, syms)
			if err != nil {
				return a, err
			}
			a.Kind, a.Offset = ArgStatic, int64(addr)
			break
		}
		off, err := parseDisplacement(disp)
		if err != nil {
			return a, err
		}
		a.Kind, a.Reg, a.Offset = ArgMem, v.reg, off
	default:
		return a, fmt.Errorf("unknown operand %q", operand)
	}
	return a, nil
}

// parseDisplacement reads a memory operand's offset: "", "-16", "0x10".
func parseDisplacement(s string) (int64, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(s, 0, 64)
	if err != nil {
		return 0, fmt.Errorf("bad offset %q", s)
	}
	return n, nil
}

// staticAddress resolves the displacement of a %rip-relative operand,
// "symbol", "symbol+8" or "symbol-8", to the address it names in the
// binary as linked. A bare number would be relative to an instruction
// the note does not describe.
func staticAddress(disp string, syms func(string) (uint64, bool)) (uint64, error) {
	name, off := disp, int64(0)
	if i := strings.LastIndexAny(disp, "+-"); i > 0 {
		n, err := strconv.ParseInt(disp[i:], 0, 64)
		if err != nil {
			return 0, fmt.Errorf("bad offset in %q", disp)
		}
		name, off = disp[:i], n
	}
	if name == "" || (name[0] >= '0' && name[0] <= '9') || name[0] == '-' {
		return 0, fmt.Errorf("a %%rip-relative operand without a symbol")
	}
	addr, ok := syms(name)
	if !ok {
		return 0, fmt.Errorf("symbol %s is not in the binary's symbol table", name)
	}
	return uint64(int64(addr) + off), nil
}

// dataSymbols returns a lookup of an ELF file's symbols by name, from its
// symbol tables, read on first use.
func dataSymbols(f *elf.File) func(string) (uint64, bool) {
	var m map[string]uint64
	return func(name string) (uint64, bool) {
		if m == nil {
			m = map[string]uint64{}
			syms, _ := f.Symbols()
			dyn, _ := f.DynamicSymbols()
			for _, s := range append(syms, dyn...) {
				if s.Section != elf.SHN_UNDEF && s.Value != 0 {
					if _, dup := m[s.Name]; !dup {
						m[s.Name] = s.Value
					}
				}
			}
		}
		a, ok := m[name]
		return a, ok
	}
}
