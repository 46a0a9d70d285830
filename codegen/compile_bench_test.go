package codegen_test

import (
	"os"
	"testing"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/internal/testenv"
	"github.com/ntrace/ntrace/lang"
)

// frontRecipes are the recipes whose start-up issue 18 is about, with the
// parameters they are run with.
var frontRecipes = []struct {
	name   string
	params lang.Params
}{
	{"udplat", lang.Params{Named: map[string]string{"PORT": "53"}}},
	{"drop-packet", lang.Params{}},
	{"ep_poll_interact", lang.Params{Named: map[string]string{"PID": "1"}}},
}

// BenchmarkCheck checks each of frontRecipes against the 6.18 BTF and
// tracepoint formats in testdata: the check stage of ntrace -v's start-up,
// less reading the kernel's own.
func BenchmarkCheck(b *testing.B) {
	for _, r := range frontRecipes {
		src := readRecipe(b, r.name)
		b.Run(r.name, func(b *testing.B) {
			b.ReportAllocs()
			env := testenv.Env{TB: b, Kernel: "6.18"}
			for i := 0; i < b.N; i++ {
				prog, err := lang.Parse(r.name+".nt", src)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := lang.Check(prog, env, r.params); err != nil {
					b.Fatal(lang.Render(r.name, src, err))
				}
			}
		})
	}
}

// BenchmarkCompile compiles each of frontRecipes, checked once: the
// compile stage of ntrace -v's start-up.
func BenchmarkCompile(b *testing.B) {
	for _, r := range frontRecipes {
		src := readRecipe(b, r.name)
		b.Run(r.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				// Compile annotates the tree it is given: a fresh one each time.
				prog, err := lang.Parse(r.name+".nt", src)
				if err != nil {
					b.Fatal(err)
				}
				info, err := lang.Check(prog, testenv.Env{TB: b, Kernel: "6.18"}, r.params)
				if err != nil {
					b.Fatal(lang.Render(r.name, src, err))
				}
				b.StartTimer()
				if _, err := codegen.Compile(prog, info, codegen.Options{}); err != nil {
					b.Fatal(lang.Render(r.name, src, err))
				}
			}
		})
	}
}

func readRecipe(b *testing.B, name string) string {
	b.Helper()
	src, err := os.ReadFile("../scripts/" + name + ".nt")
	if err != nil {
		b.Fatal(err)
	}
	return string(src)
}
