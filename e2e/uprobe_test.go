package e2e

import (
	"bufio"
	"debug/elf"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The uprobe tests trace uprobeTarget in a helper process: this test
// binary run again with $NTRACE_E2E_UPROBE_CALLS set. The helper waits for
// a line on stdin, then calls uprobeTarget(0, 0, 0, i, 7) for i = 1…calls
// and prints the sum of what it returned.
//
// Go passes integer arguments in AX, BX, CX, DI, SI, …, so the fourth and
// fifth arguments are in the registers where the C calling convention
// puts the first two, which arg0 and arg1 read; the result comes back in
// AX, which retval reads.
const helperEnv = "NTRACE_E2E_UPROBE_CALLS"

// uprobeSymbol is uprobeTarget's name in the symbol table.
const uprobeSymbol = "github.com/ntrace/ntrace/e2e.uprobeTarget"

//go:noinline
//go:nosplit
func uprobeTarget(a, b, c, d, e int) int { return a + b + c + d*1000 + e }

func init() {
	helperMain(helperEnv, func(i int) int { return uprobeTarget(0, 0, 0, i, 7) })
}

// helperMain is a helper process's main when the environment variable env
// asks for one: it waits for a line on stdin, then calls calls(i) for
// i = 1…$env, prints the sum of what it returned and exits.
func helperMain(env string, calls func(i int) int) {
	v := os.Getenv(env)
	if v == "" {
		return
	}
	n, _ := strconv.Atoi(v)
	bufio.NewReader(os.Stdin).ReadString('\n')
	s := 0
	for i := 1; i <= n; i++ {
		s += calls(i)
	}
	fmt.Println(s)
	os.Exit(0)
}

// uprobeBinary returns a copy of this test binary with its symbol table:
// this binary itself when it has one (as `go test -c` and the VM rig build
// it), else one built with `go test -c` (`go test` strips the binary it
// runs).
func uprobeBinary(t *testing.T) string {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	if symbolAddr(self, uprobeSymbol) != 0 {
		return self
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("this test binary has no symbol table and there is no go command to build one that has")
	}
	bin := filepath.Join(t.TempDir(), "e2e.test")
	build := exec.Command(goBin, "test", "-c", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building a test binary with symbols: %v\n%s", err, out)
	}
	if symbolAddr(bin, uprobeSymbol) == 0 {
		t.Fatalf("no %s in %s", uprobeSymbol, bin)
	}
	return bin
}

// symbolAddr returns a function symbol's virtual address, or 0.
func symbolAddr(path, name string) uint64 {
	f, err := elf.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	syms, _ := f.Symbols()
	for _, s := range syms {
		if s.Name == name && elf.ST_TYPE(s.Info) == elf.STT_FUNC {
			return s.Value
		}
	}
	return 0
}

// helper is a running helper process.
type helper struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	out   strings.Builder
}

// startHelper starts bin as a helper that will make calls calls.
func startHelper(t *testing.T, bin string, calls int) *helper {
	t.Helper()
	return startHelperWith(t, bin, helperEnv, calls)
}

// startHelperWith starts bin as the helper that the environment variable
// env asks for, to make calls calls (see helperEnv, multiHelperEnv).
func startHelperWith(t *testing.T, bin, env string, calls int) *helper {
	t.Helper()
	h := &helper{cmd: exec.Command(bin)}
	// No garbage collection and no asynchronous preemption: nothing walks
	// the helper's stack while a uretprobe has its return address.
	h.cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%d", env, calls), "GOGC=off", "GODEBUG=asyncpreemptoff=1")
	h.cmd.Stdout = &h.out
	var err error
	if h.stdin, err = h.cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if err := startChild(h.cmd); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.cmd.Process.Kill(); h.cmd.Wait() })
	return h
}

// run lets the helper make its calls and waits for it; it returns the sum
// the helper printed.
func (h *helper) run(t *testing.T) int {
	t.Helper()
	io.WriteString(h.stdin, "go\n")
	if err := h.cmd.Wait(); err != nil {
		t.Fatalf("helper: %v", err)
	}
	n, err := strconv.Atoi(strings.TrimSpace(h.out.String()))
	if err != nil {
		t.Fatalf("helper printed %q", h.out.String())
	}
	return n
}

// Uprobes on a function of a Go binary, found by a wildcard over its
// symbol table: counts, arguments, return values and func exactly, with
// -p restricting the probes to one of two processes running the binary; an
// address probe at the function's first instruction fires as often; and
// -l lists the function.
func TestUprobes(t *testing.T) {
	requireRoot(t)
	bin := uprobeBinary(t)
	t.Run("args retval pid", func(t *testing.T) {
		const n, other = 25, 40
		traced, untraced := startHelper(t, bin, n), startHelper(t, bin, other)
		pid := strconv.Itoa(traced.cmd.Process.Pid)
		tr := ntrace(t, readyProbe+`uprobe:`+bin+`:*e2e.uprobeTarget { @calls = count(); @args[arg0, arg1] = count(); @f[func] = count(); @who[pid] = count(); }
ur:`+bin+`:*e2e.uprobeTarget { @ret = sum(retval); @rets = count(); }`, "-v", "-p", pid, pidArg())
		tr.waitReady()
		got := traced.run(t)
		untraced.run(t)
		tr.stop()
		out := tr.Stdout()
		want := 0
		for i := 1; i <= n; i++ {
			want += i*1000 + 7
			if line := fmt.Sprintf("@args[%d, 7]: 1\n", i); !strings.Contains(out, line) {
				t.Errorf("output lacks %q", line)
			}
		}
		if got != want {
			t.Fatalf("helper summed %d, want %d", got, want)
		}
		for name, w := range map[string]int{"@calls": n, "@rets": n, "@ret": want} {
			if g := parseScalar(t, out, name); g != int64(w) {
				t.Errorf("%s = %d, want %d", name, g, w)
			}
		}
		for _, line := range []string{fmt.Sprintf("@f[%s]: %d\n", uprobeSymbol, n), fmt.Sprintf("@who[%s]: %d\n", pid, n)} {
			if !strings.Contains(out, line) {
				t.Errorf("output lacks %q", line)
			}
		}
		if c := strings.Count(out, "@args["); c != n {
			t.Errorf("%d @args lines, want %d", c, n)
		}
		how := fmt.Sprintf("ntrace: uprobe:%s:%s: attached as uprobe in process %s only at file offset 0x", bin, uprobeSymbol, pid)
		if !strings.Contains(tr.Stderr(), how) {
			t.Errorf("stderr lacks %q:\n%s", how, tr.Stderr())
		}
		if t.Failed() {
			t.Logf("stdout:\n%s\nstderr:\n%s", out, tr.Stderr())
		}
	})
	t.Run("address", func(t *testing.T) {
		const n = 12
		h := startHelper(t, bin, n)
		addr := symbolAddr(bin, uprobeSymbol)
		tr := ntrace(t, readyProbe+fmt.Sprintf(`uprobe:%s:0x%x { @[probe] = count(); }`, bin, addr), "-p", strconv.Itoa(h.cmd.Process.Pid), pidArg())
		tr.waitReady()
		h.run(t)
		tr.stop()
		want := fmt.Sprintf("@[uprobe:%s:%s]: %d\n", bin, uprobeSymbol, n)
		if !strings.Contains(tr.Stdout(), want) {
			t.Errorf("output lacks %q:\n%s", want, tr.Stdout())
		}
	})
	t.Run("proc root", func(t *testing.T) {
		// A binary seen through a process's root directory, as for a
		// process in a container.
		const n = 7
		h := startHelper(t, bin, n)
		pid := strconv.Itoa(h.cmd.Process.Pid)
		path := "/proc/" + pid + "/root" + bin
		tr := ntrace(t, readyProbe+`uprobe:`+path+`:*e2e.uprobeTarget { @calls = count(); }`, "-p", pid, pidArg())
		tr.waitReady()
		h.run(t)
		tr.stop()
		if got := parseScalar(t, tr.Stdout(), "@calls"); got != n {
			t.Errorf("@calls = %d, want %d", got, n)
		}
	})
	t.Run("list", func(t *testing.T) {
		out, code := runTool(t, ntraceBin, "-l", "uprobe:"+bin+":*e2e.uprobeTarget")
		if want := fmt.Sprintf("uprobe:%s:%s\n", bin, uprobeSymbol); code != 0 || out != want {
			t.Errorf("exit %d, output %q, want %q", code, out, want)
		}
	})
}
