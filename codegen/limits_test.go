package codegen_test

import (
	"strings"
	"testing"

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
			prog, err := lang.Parse("test.nt", tt.src)
			if err != nil {
				t.Fatal(err)
			}
			info, err := lang.Check(prog, testenv.Env{TB: t, Kernel: "6.18"}, lang.Params{})
			if err != nil {
				t.Fatal(lang.Render("test.nt", tt.src, err))
			}
			_, err = codegen.Compile(prog, info, codegen.Options{})
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
