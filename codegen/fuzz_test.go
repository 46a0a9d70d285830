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

// FuzzCompile: whatever the checker accepts, the code generator compiles
// or rejects with errors inside the source, without a panic, and every
// program it emits ends in an exit.
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
