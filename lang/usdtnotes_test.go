package lang

import (
	"bytes"
	"debug/elf"
	"fmt"
	"strings"
	"testing"

	"github.com/ntrace/ntrace/internal/elftest"
)

// Every operand form sys/sdt.h's argument specifiers take on x86-64, as
// gcc writes them at -O0 and -O2 (registers and their parts, memory at a
// register plus an offset, symbol(%rip), constants), and the ones ntrace
// refuses, each with its reason.
func TestParseUSDTArgs(t *testing.T) {
	syms := func(name string) (uint64, bool) {
		a, ok := map[string]uint64{"counter": 0x404010, "g8": 0x404020}[name]
		return a, ok
	}
	for spec, want := range map[string]string{
		"-4@%edi":           "reg int32 DI+0",
		"8@%rax":            "reg uint64 AX+0",
		"1@%sil":            "reg uint8 SI+0",
		"-1@%ah":            "reg int8 AX+1",
		"2@%r8w":            "reg uint16 R8+0",
		"-4@%r9d":           "reg int32 R9+0",
		"8@%r15":            "reg uint64 R15+0",
		"-8@-16(%rbp)":      "mem int64 BP-16",
		"4@(%rsp)":          "mem uint32 SP+0",
		"-2@0x10(%rdi)":     "mem int16 DI+16",
		"-4@$-42":           "const int32 -42",
		"8@$0x10":           "const uint64 16",
		"-1@g8(%rip)":       "static int8 0x404020",
		"8@counter+8(%rip)": "static uint64 0x404018",
		"4@counter-4(%rip)": "static uint32 0x40400c",
		"%rdx":              "reg uint64 DX+0",
	} {
		args, err := parseUSDTArgs(spec, syms)
		if err != nil || len(args) != 1 {
			t.Errorf("%s: %v", spec, err)
			continue
		}
		if got := describeArg(args[0]); got != want {
			t.Errorf("%s: %s, want %s", spec, got, want)
		}
	}
	for spec, want := range map[string]string{
		"3@%eax":            `argument 0 ("3@%eax"): a size of 3 bytes`,
		"x@%eax":            `argument 0 ("x@%eax"): bad size "x"`,
		"-4@%xyz":           `argument 0 ("-4@%xyz"): unknown register "%xyz"`,
		"8@%rip":            `argument 0 ("8@%rip"): unknown register "%rip"`,
		"8@(%rax,%rbx,8)":   `argument 0 ("8@(%rax,%rbx,8)"): an indexed memory operand, which ntrace does not read`,
		"8@nosuch(%rip)":    `argument 0 ("8@nosuch(%rip)"): symbol nosuch is not in the binary's symbol table`,
		"8@16(%rip)":        `argument 0 ("8@16(%rip)"): a %rip-relative operand without a symbol`,
		"4@(%eax)":          `argument 0 ("4@(%eax)"): unknown base register "%eax"`,
		"8@$x":              `argument 0 ("8@$x"): bad constant "$x"`,
		"-4@%edi 8@counter": `argument 1 ("8@counter"): unknown operand "counter"`,
	} {
		if _, err := parseUSDTArgs(spec, syms); err == nil || err.Error() != want {
			t.Errorf("%s: %v, want %s", spec, err, want)
		}
	}
}

func describeArg(a ArgLoc) string {
	regs := []string{"", "AX", "BX", "CX", "DX", "SI", "DI", "BP", "SP", "R8", "R9", "R10", "R11", "R12", "R13", "R14", "R15", "IP"}
	switch a.Kind {
	case ArgReg:
		return fmt.Sprintf("reg %s %s+%d", a.Type, regs[a.Reg], a.Shift)
	case ArgMem:
		return fmt.Sprintf("mem %s %s%+d", a.Type, regs[a.Reg], a.Offset)
	case ArgConst:
		return fmt.Sprintf("const %s %d", a.Type, a.Value)
	}
	return fmt.Sprintf("static %s 0x%x", a.Type, a.Offset)
}

// The notes of an executable: every one stapsdt owns, in order, with its
// instruction's and semaphore's file offsets; addresses corrected when
// .stapsdt.base moved after the notes were written (prelink).
func TestReadUSDTNotes(t *testing.T) {
	notes := []elftest.Note{
		{Provider: "app", Name: "start", Args: "-4@%edi", PC: elftest.TextAddr + 0x10, Semaphore: elftest.DataAddr + 2},
		{Provider: "app", Name: "stop", Args: "", PC: elftest.TextAddr + 0x20},
	}
	for _, shift := range []uint64{0, 0x100} {
		f, err := elf.NewFile(bytes.NewReader(elftest.File{Notes: notes, BaseShift: shift}.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		got, err := ReadUSDTNotes(f, "prog")
		if err != nil {
			t.Fatal(err)
		}
		want := []USDTNote{
			{Provider: "app", Name: "start", Addr: elftest.TextAddr + 0x10 + shift, Offset: 0x1010 + shift, Semaphore: elftest.DataAddr + 2 + shift, SemaphoreOff: 0x3002 + shift, Args: "-4@%edi"},
			{Provider: "app", Name: "stop", Addr: elftest.TextAddr + 0x20 + shift, Offset: 0x1020 + shift},
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("shift %#x:\n%+v\nwant\n%+v", shift, got, want)
		}
	}
	// A probe site outside the executable segment is an error naming it.
	f, _ := elf.NewFile(bytes.NewReader(elftest.File{Notes: []elftest.Note{{Provider: "app", Name: "bad", PC: elftest.DataAddr}}}.Bytes()))
	if _, err := ReadUSDTNotes(f, "prog"); err == nil || !strings.Contains(err.Error(), "usdt probe app:bad at 0x404000 is in no executable segment") {
		t.Errorf("a site in the data segment: %v", err)
	}
}
