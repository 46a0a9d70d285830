package lang_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ntrace/ntrace/internal/testenv"
	. "github.com/ntrace/ntrace/lang"
)

// seedScripts adds the bundled recipes and the golden scripts to a fuzz
// corpus.
func seedScripts(f *testing.F) {
	for _, pattern := range []string{"../scripts/*.nt", "../codegen/testdata/*.nt"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err == nil {
				f.Add(string(b))
			}
		}
	}
	f.Add(`BEGIN { $t = (1, "a"); printf("%d %s\n", $t.0, $t.1); @[comm, 1] = hist(-5); exit(); }`)
	f.Add("tracepoint:syscalls:sys_enter_* /pid == ${PID}/ { @x[args->__syscall_nr] = lhist(1, 0, 10, 2); }")
	f.Add("#include <sys/socket.h>\n#define N (1e3 + AF_INET)\n#if defined(N) && N > 2 || !BPFTRACE_HAVE_BTF\n#define M N\n#elif 1\n#else\n}\n#endif\n#undef N\nBEGIN { printf(\"%d %d %s\\n\", M, $#, str($3)); exit(); }")
	f.Add(`BEGIN { printf("%r %s %s %d\n", buf(kaddr("vfs_read"), 8), strftime("%H:%f", nsecs), usym(0), strncmp(comm, "a", 1)); join(0, ","); cat("/proc/%d/comm", pid); }`)
}

// errorsInside fails if an error points outside src.
func errorsInside(t *testing.T, src string, err error) {
	list, ok := err.(ErrorList)
	if !ok {
		t.Fatalf("error is %T, not an ErrorList: %v", err, err)
	}
	for _, e := range list {
		if e.Pos.Offset < 0 || e.Pos.Offset > len(src) || e.Pos.Line < 1 || e.Pos.Column < 1 {
			t.Fatalf("error position %+v outside the source (%d bytes): %s", e.Pos, len(src), e.Msg)
		}
	}
}

// FuzzParse: no input makes the parser panic, and every error it reports
// points inside the source.
func FuzzParse(f *testing.F) {
	seedScripts(f)
	f.Fuzz(func(t *testing.T, src string) {
		if _, err := Parse("fuzz.nt", src); err != nil {
			errorsInside(t, src, err)
			Render("fuzz.nt", src, err)
		}
	})
}

// FuzzCheck: whatever parses, the checker types or rejects without a panic,
// with errors inside the source.
func FuzzCheck(f *testing.F) {
	seedScripts(f)
	f.Fuzz(func(t *testing.T, src string) {
		prog, err := Parse("fuzz.nt", src)
		if err != nil {
			return
		}
		params := Params{Named: map[string]string{"PID": "1", "S": "str"}, Positional: []string{"5"}}
		if _, err := Check(prog, testenv.Env{TB: t, Kernel: "6.18"}, params); err != nil {
			errorsInside(t, src, err)
		}
	})
}
