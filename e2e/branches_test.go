package e2e

import (
	"fmt"
	"os"
	"syscall"
	"testing"
)

// Nested unrolls around an if make the kernel's verifier hold one branch
// per if and per map update along its first path; past 8192 the load used
// to fail with a bare EFAULT ("hit verifier bug"). 4500 counted ifs now
// load and count what the test does; 8200 are refused before loading, at
// the unroll, with what to do.
func TestManyBranchesLoadOrAreRefused(t *testing.T) {
	const n = 7
	tr := ntrace(t, `tracepoint:syscalls:sys_enter_getppid /pid == $1/ {
  unroll(100) { unroll(45) { if (pid == $1) { @x = count(); } } }
}
tracepoint:syscalls:sys_enter_getpid /pid == $1/ { printf("ready\n"); }`, pidArg())
	tr.waitLine(func(l string) bool { return l == "ready" }, func() { syscall.Getpid() })
	getppidOnThread(n)
	tr.stop()
	out := tr.Stdout()
	if got := parseScalar(t, out, "@x"); got != n*4500 {
		t.Errorf("@x = %d, want %d\n%s", got, n*4500, out)
	}

	path := t.TempDir() + "/branches.nt"
	src := "tracepoint:syscalls:sys_enter_getppid {\n  unroll(100) { unroll(82) { if (pid == 5) { @x = count(); } } }\n}\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	got, code := runTool(t, ntraceBin, path)
	want := fmt.Sprintf(`%s:2:17: error: unroll(82) makes this probe hold more than 8192 branches in a row, the most the kernel's verifier follows: unroll fewer times or nest fewer unrolls
  unroll(100) { unroll(82) { if (pid == 5) { @x = count(); } } }
                ^
`, path)
	if code != 1 || got != want {
		t.Errorf("exit code %d, output:\n%q\nwant:\n%q", code, got, want)
	}
}
