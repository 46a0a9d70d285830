package codegen_test

import (
	"strings"
	"testing"

	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/internal/testenv"
	"github.com/ntrace/ntrace/lang"
)

// Limits the code generator meets are errors at the script line that
// crossed them, with what to do: the kernel's instruction limit (nested
// unrolls) and the verifier's limit on branches held along one path.
func TestLimitErrors(t *testing.T) {
	ifs := strings.Repeat("if (nsecs == 5) { $x = 1; }\n", 8193)
	tests := []struct{ name, src, want string }{
		{"branches past the verifier's limit", "BEGIN { $x = 0; unroll(100) { unroll(90) { if (nsecs == 5) { $x = 1; } } } @ = $x; }", `
test.nt:1:31: error: unroll(90) makes this probe hold more than 8192 branches in a row, the most the kernel's verifier follows: unroll fewer times or nest fewer unrolls
`},
		{"branches past the verifier's limit without unroll", "BEGIN { $x = 0;\n" + ifs + "@ = $x; }", `
test.nt:8194:1: error: the program for BEGIN holds more than 8192 branches in a row by here, the most the kernel's verifier follows: split the probe into several
`},
		{"instructions past the kernel's limit", "BEGIN { unroll(100) { unroll(100) { unroll(100) { @x[nsecs] = 1; } } } }", `
test.nt:1:37: error: unroll(100) makes this probe more than 1000000 instructions, the most the kernel loads: unroll fewer times or nest fewer unrolls
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prog, info := checked(t, tt.src)
			_, err := codegen.Compile(prog, info, codegen.Options{})
			if err == nil {
				t.Fatal("compiled")
			}
			got := lang.Render("test.nt", tt.src, err)
			if first := strings.SplitAfter(got, "\n")[0]; first != strings.TrimPrefix(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant first line:\n%s", got, tt.want)
			}
		})
	}
}

// A jump reaches 32767 instructions; a predicate or an if around a big
// unroll jumps farther, and cilium would truncate the offset. Every jump
// of such a program is within reach, and the far ones reach their target
// through unconditional hops.
func TestFarJumpsReach(t *testing.T) {
	src := `tracepoint:syscalls:sys_enter_getppid /pid == 1/ {
  if (tid == 2) { unroll(100) { unroll(45) { if (pid == 5) { @x = count(); } } } }
  @y = count();
}`
	prog, info := checked(t, src)
	out, err := codegen.Compile(prog, info, codegen.Options{})
	if err != nil {
		t.Fatal(lang.Render("test.nt", src, err))
	}
	insns := out.Programs[0].Insns()
	off := map[string]int{}
	raw := make([]int, len(insns))
	n := 0
	for i, in := range insns {
		raw[i] = n
		if sym := in.Symbol(); sym != "" {
			off[sym] = i
		}
		n += int(in.Size() / asm.InstructionSize)
	}
	if n < 1<<16 {
		t.Fatalf("only %d instructions: no jump is far", n)
	}
	// land follows unconditional hops from instruction i.
	land := func(i int) int {
		for insns[i].OpCode.JumpOp() == asm.Ja && insns[i].OpCode.Class().IsJump() {
			i = off[insns[i].Reference()]
		}
		return i
	}
	far := 0
	for i, in := range insns {
		op := in.OpCode
		if !op.Class().IsJump() || op.JumpOp() == asm.Call || op.JumpOp() == asm.Exit {
			continue
		}
		t0 := off[in.Reference()]
		if d := raw[t0] - raw[i] - 1; d > 1<<15-1 || d < 0 {
			t.Fatalf("instruction %d jumps %d instructions to %s", raw[i], d, in.Reference())
		}
		if end := land(t0); raw[end]-raw[i] > 1<<15 {
			far++
		}
	}
	if far < 2 {
		t.Errorf("%d jumps reach far through hops, want the predicate's and the if's", far)
	}
}

// A value bigger than the scratch area (here a tuple of 4000 strings of a
// kilobyte each) is an error at the expression, found without emitting
// an instruction per 8 bytes of it: compiling it takes little memory,
// where it once took gigabytes for a 100 MB array before being refused.
func TestValueBiggerThanScratch(t *testing.T) {
	src := "struct big { char a[1000000]; };\nBEGIN { $p = (struct big *)0; @x = (" +
		strings.TrimSuffix(strings.Repeat("$p->a, ", 4000), ", ") + "); }"
	prog, info := checked(t, src)
	var err error
	allocs := testing.AllocsPerRun(1, func() {
		_, err = codegen.Compile(prog, info, codegen.Options{})
	})
	want := "test.nt:2:31: error: probe needs more than 32768 bytes of scratch memory here; use shorter strings or fewer keys\n"
	if got := lang.Render("test.nt", src, err); !strings.HasPrefix(got, want) {
		t.Errorf("got:\n%s\nwant it to start:\n%s", got, want)
	}
	if allocs > 20000 {
		t.Errorf("compiling took %.0f allocations", allocs)
	}
}

// checked parses and checks src against 6.18's BTF, failing the test on
// an error.
func checked(t *testing.T, src string) (*lang.Program, *lang.Info) {
	t.Helper()
	prog, err := lang.Parse("test.nt", src)
	if err != nil {
		t.Fatal(err)
	}
	info, err := lang.Check(prog, testenv.Env{TB: t, Kernel: "6.18"}, lang.Params{})
	if err != nil {
		t.Fatal(lang.Render("test.nt", src, err))
	}
	return prog, info
}
