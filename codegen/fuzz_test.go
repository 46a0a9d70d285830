package codegen_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/internal/testenv"
	"github.com/ntrace/ntrace/lang"
)

// rawString matches a Go raw string literal: where the end-to-end tests
// keep their scripts.
var rawString = regexp.MustCompile("`[^`]*`")

// seedCompile adds to a fuzz corpus the bundled recipes, the golden
// scripts and every script of the end-to-end tests that parses.
func seedCompile(f *testing.F) {
	for _, pattern := range []string{"../scripts/*.nt", "testdata/*.nt"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b))
			}
		}
	}
	tests, _ := filepath.Glob("../e2e/*_test.go")
	for _, p := range tests {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		for _, lit := range rawString.FindAllString(string(b), -1) {
			src := lit[1 : len(lit)-1]
			if _, err := lang.Parse("seed.nt", src); err == nil {
				f.Add(src)
			}
		}
	}
}

// codegenLimits are the errors the code generator may give a script the
// checker accepted: limits of the kernel's that only the emitted program
// shows (its size, its branches, its stack and scratch use) and arguments
// the chosen attach mechanism cannot read. Any other error is a script the
// checker should have refused, or one the code generator should compile.
var codegenLimits = regexp.MustCompile(`the most the kernel|the kernel loads|more than \d+ bytes|too big to lay out|cannot read arguments here|is passed on the stack`)

// FuzzCompile: what the checker accepts compiles. The code generator
// compiles every script the checker accepts, unless a kernel limit
// (codegenLimits) stops it, with that error inside the source; it never
// panics; and every program it emits ends in an exit.
func FuzzCompile(f *testing.F) {
	seedCompile(f)
	f.Fuzz(func(t *testing.T, src string) {
		prog, err := lang.Parse("fuzz.nt", src)
		if err != nil {
			return
		}
		params := lang.Params{Named: map[string]string{"PID": "1", "PORT": "53", "LAT": "1ms", "S": "str"}, Positional: []string{"5", "6"}}
		info, err := lang.Check(prog, testenv.Env{TB: t, Kernel: "6.18"}, params)
		if err != nil {
			return
		}
		out, err := codegen.Compile(prog, info, codegen.Options{
			Features: codegen.Features{Fentry: true, Kprobes: true, KprobeMulti: true},
		})
		if err != nil {
			list, ok := err.(lang.ErrorList)
			if !ok {
				t.Fatalf("error is %T, not an ErrorList: %v", err, err)
			}
			for _, e := range list {
				if e.Pos.Offset < 0 || e.Pos.Offset > len(src) || e.Pos.Line < 1 || e.Pos.Column < 1 {
					t.Fatalf("error position %+v outside the source (%d bytes): %s", e.Pos, len(src), e.Msg)
				}
				if !codegenLimits.MatchString(e.Msg) {
					t.Fatalf("the checker accepted what the code generator refuses:\n%s", lang.Render("fuzz.nt", src, list))
				}
			}
			return
		}
		for _, p := range out.Programs {
			insns := p.Spec.Instructions
			if len(insns) == 0 || insns[len(insns)-1].OpCode.JumpOp() != asm.Exit {
				t.Fatalf("program for %s does not end in an exit:\n%v", p.Target, insns)
			}
		}
	})
}

// FuzzCompile tells a kernel limit from a refusal the checker should
// have made: each of the code generator's limit errors passes, its other
// errors fail the fuzz target.
func TestCodegenLimitsClassified(t *testing.T) {
	for msg, limit := range map[string]bool{
		"unroll(100) makes this probe hold more than 64 branches in a row, the most the kernel's verifier follows: unroll fewer times": true,
		"the program for tracepoint:a:b is 1000001 instructions, more than the 1000000 the kernel loads: split the probe into several": true,
		"probe needs more than 512 bytes of BPF stack here; use shorter strings or fewer keys":                                         true,
		"probe needs more than 65536 bytes of scratch memory here; use shorter strings or fewer keys":                                  true,
		"the program for kretprobe:f is too big to lay out (x): split the probe into several":                                          true,
		"kretprobe:f cannot read arguments here: it runs as a kretprobe (x), which has lost them by the time the function returns":     true,
		"kprobe:f: argument slot 7 is passed on the stack, which a kprobe does not read (it runs as a kprobe: x)":                      true,
		"cannot compile this integer expression":        false,
		"cannot compile builtin kstack here":            false,
		"internal error: no register free for an event": false,
		"@m is a hash map: min() needs a per-CPU one":   false,
	} {
		if got := codegenLimits.MatchString(msg); got != limit {
			t.Errorf("%q: a kernel limit %v, want %v", msg, got, limit)
		}
	}
}
