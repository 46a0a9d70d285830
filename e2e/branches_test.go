package e2e

import (
	"fmt"
	"os"
	"syscall"
	"testing"
)

// Nested unrolls around an if make the kernel's verifier hold one branch
// per if (and per map update) along its first path, and make the
// predicate's jump to the end longer than a BPF jump reaches. Past 8192
// held branches the load used to fail with a bare EFAULT ("hit verifier
// bug"); past 32767 instructions the predicate's jump was truncated and
// the verifier refused an unrelated line. Such programs now load and count
// what the test does, or are refused before loading, at the unroll.
func TestManyBranchesLoadOrAreRefused(t *testing.T) {
	const n = 7
	count := func(t *testing.T, body string, perCall int64) {
		tr := ntrace(t, `tracepoint:syscalls:sys_enter_getppid /pid == $1/ {
  `+body+`
}
tracepoint:syscalls:sys_enter_getpid /pid == $1/ { printf("ready\n"); }`, pidArg())
		tr.waitLine(func(l string) bool { return l == "ready" }, func() { syscall.Getpid() })
		getppidOnThread(n)
		tr.stop()
		out := tr.Stdout()
		if got := parseScalar(t, out, "@x"); got != n*perCall {
			t.Errorf("@x = %d, want %d\n%s", got, n*perCall, out)
		}
	}
	// 8000 held branches, 80k instructions behind the predicate.
	t.Run("ifs", func(t *testing.T) {
		count(t, `$x = 0; unroll(100) { unroll(80) { if (pid == $1) { $x = $x + 1; } } } @x = sum($x);`, 8000)
	})
	// The reported script: 4500 counts held two branches each.
	t.Run("counts", func(t *testing.T) {
		if os.Getenv("NTRACE_VM") != "" {
			t.Skip("kernels from 6.10 inline per-CPU array lookups, and the verifier patches each of the 4500 in O(program size): 9 s of CPU on the host, minutes under the rig's emulation")
		}
		count(t, `unroll(100) { unroll(45) { if (pid == $1) { @x = count(); } } }`, 4500)
	})

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
