package scripts_test

import (
	"testing"

	"github.com/ntrace/ntrace/internal/testenv"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/scripts"
)

// Every bundled recipe type-checks against the BTF of each kernel the
// project supports, with its default parameters: a struct member renamed
// or moved between 6.1, 6.12 and 6.18 breaks this test, not a user's run.
// (Tracepoint layouts come from 6.18's tracefs for all three; the rig runs
// the recipes themselves on 6.1 and 6.12.)
func TestRecipesCheckOnEveryKernel(t *testing.T) {
	for _, name := range scripts.Names() {
		src, _ := scripts.Lookup(name)
		for _, kernel := range []string{"6.1", "6.12", "6.18"} {
			t.Run(name+"/"+kernel, func(t *testing.T) {
				prog, err := lang.Parse(name+".nt", src)
				if err != nil {
					t.Fatal(lang.Render(name+".nt", src, err))
				}
				env := testenv.Env{TB: t, Kernel: kernel}
				if _, err := lang.Check(prog, env, lang.Params{Named: map[string]string{}, PID: 1}); err != nil {
					t.Fatal(lang.Render(name+".nt", src, err))
				}
			})
		}
	}
}
