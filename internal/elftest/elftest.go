// Package elftest writes small ELF executables for tests: the USDT notes,
// symbols and segments a test describes, so that the checker's and code
// generator's tests of user-space probes need no C compiler and see
// exactly the notes they are about.
package elftest

import (
	"bytes"
	"encoding/binary"
	"os"
	"testing"
)

// Where the file's parts are. The text segment maps file offsets 0x1000
// to 0x3000 at TextAddr, the data segment 0x3000 to 0x4000 at DataAddr.
const (
	TextAddr = 0x401000 // .text, where probe sites and functions go
	BaseAddr = 0x402000 // .stapsdt.base as the notes were written against it
	DataAddr = 0x404000 // .probes: semaphores and variables
	textOff  = 0x1000
	dataOff  = 0x3000
	notesOff = 0x4000
)

// Note is one USDT probe site: its instruction's address (in the text
// segment), its semaphore's (in the data segment, 0 for none) and its
// argument specifiers ("-4@%edi 8@%rax").
type Note struct {
	Provider, Name, Args string
	PC, Semaphore        uint64
}

// Sym is a symbol: a function in the text segment or a variable in the
// data segment.
type Sym struct {
	Name       string
	Addr, Size uint64
	Func       bool
}

// File describes an executable.
type File struct {
	Notes []Note
	Syms  []Sym
	// BaseShift puts .stapsdt.base this far past BaseAddr, as prelink
	// moving the sections after the notes were written would: the notes'
	// addresses are then off by as much.
	BaseShift uint64
}

// Write writes f to path, executable.
func (f File) Write(t testing.TB, path string) {
	t.Helper()
	if err := os.WriteFile(path, f.Bytes(), 0o755); err != nil {
		t.Fatal(err)
	}
}

// Bytes lays f out as an ELF64 little-endian x86-64 executable.
func (f File) Bytes() []byte {
	le := binary.LittleEndian
	// put appends v's bytes; a bytes.Buffer takes every write.
	put := func(b *bytes.Buffer, v any) { _ = binary.Write(b, le, v) }
	var notes bytes.Buffer
	for _, n := range f.Notes {
		var desc bytes.Buffer
		for _, w := range []uint64{n.PC, BaseAddr, n.Semaphore} {
			put(&desc, w)
		}
		desc.WriteString(n.Provider + "\x00" + n.Name + "\x00" + n.Args + "\x00")
		put(&notes, [3]uint32{8, uint32(desc.Len()), 3})
		notes.WriteString("stapsdt\x00")
		notes.Write(desc.Bytes())
		for notes.Len()%4 != 0 {
			notes.WriteByte(0)
		}
	}
	strtab, shstrtab := []byte{0}, []byte{0}
	name := func(tab *[]byte, s string) uint32 {
		off := uint32(len(*tab))
		*tab = append(append(*tab, s...), 0)
		return off
	}
	var symtab bytes.Buffer
	symtab.Write(make([]byte, 24)) // the null symbol
	for _, s := range f.Syms {
		typ, shndx := uint8(1), uint16(3) // STT_OBJECT in .probes
		if s.Func {
			typ, shndx = 2, 1 // STT_FUNC in .text
		}
		put(&symtab, struct {
			Name        uint32
			Info, Other uint8
			Shndx       uint16
			Value, Size uint64
		}{name(&strtab, s.Name), 1<<4 | typ, 0, shndx, s.Addr, s.Size})
	}
	type section struct {
		name                   string
		typ                    uint32
		flags, addr, off, size uint64
		link, info             uint32
		align, entsize         uint64
	}
	const alloc, write, exec = 2, 1, 4
	secs := []section{
		{},
		{".text", 1, alloc | exec, TextAddr, textOff, 0x1000, 0, 0, 16, 0},
		{".stapsdt.base", 1, alloc, BaseAddr + f.BaseShift, textOff + BaseAddr - TextAddr + f.BaseShift, 1, 0, 0, 1, 0},
		{".probes", 1, alloc | write, DataAddr, dataOff, 0x1000, 0, 0, 8, 0},
		{".note.stapsdt", 7, 0, 0, notesOff, uint64(notes.Len()), 0, 0, 4, 0},
	}
	secs = append(secs,
		section{name: ".symtab", typ: 2, link: 6, info: 1, align: 8, entsize: 24},
		section{name: ".strtab", typ: 3, align: 1},
		section{name: ".shstrtab", typ: 3, align: 1})
	names := make([]uint32, len(secs))
	for i, s := range secs {
		if s.name != "" {
			names[i] = name(&shstrtab, s.name)
		}
	}
	body := make([]byte, notesOff)
	body = append(body, notes.Bytes()...)
	for i, data := range [][]byte{symtab.Bytes(), strtab, shstrtab} {
		s := &secs[len(secs)-3+i]
		s.off, s.size = uint64(len(body)), uint64(len(data))
		body = append(body, data...)
	}
	for len(body)%8 != 0 {
		body = append(body, 0)
	}
	shoff := uint64(len(body))
	var out bytes.Buffer
	out.Write([]byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0})
	put(&out, struct {
		Type, Machine              uint16
		Version                    uint32
		Entry, Phoff, Shoff        uint64
		Flags                      uint32
		Ehsize, Phentsize, Phnum   uint16
		Shentsize, Shnum, Shstrndx uint16
	}{2, 62, 1, TextAddr, 0x40, shoff, 0, 64, 56, 2, 64, uint16(len(secs)), uint16(len(secs) - 1)})
	type phdr struct {
		Type, Flags                             uint32
		Off, Vaddr, Paddr, Filesz, Memsz, Align uint64
	}
	put(&out, phdr{1, 5, textOff, TextAddr, TextAddr, 0x2000, 0x2000, 0x1000}) // PT_LOAD R+X
	put(&out, phdr{1, 6, dataOff, DataAddr, DataAddr, 0x1000, 0x1000, 0x1000}) // PT_LOAD R+W
	copy(body, out.Bytes())
	for i, s := range secs {
		var sh bytes.Buffer
		put(&sh, struct {
			Name, Type             uint32
			Flags, Addr, Off, Size uint64
			Link, Info             uint32
			Align, Entsize         uint64
		}{names[i], s.typ, s.flags, s.addr, s.off, s.size, s.link, s.info, s.align, s.entsize})
		body = append(body, sh.Bytes()...)
	}
	return body
}
