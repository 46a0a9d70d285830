package lang_test

import (
	"testing"

	"github.com/ntrace/ntrace/internal/testenv"
	. "github.com/ntrace/ntrace/lang"
)

// checkSrc parses and checks src against the test environment, returning
// the rendered errors or "".
func checkSrc(t *testing.T, src string, params Params) (*Program, *Info, string) {
	t.Helper()
	prog, err := Parse("test.nt", src)
	if err != nil {
		return nil, nil, Render("test.nt", src, err)
	}
	info, err := Check(prog, testenv.Env{TB: t, Kernel: "6.18"}, params)
	if err != nil {
		return prog, nil, Render("test.nt", src, err)
	}
	return prog, info, ""
}
