package e2e

import (
	"bufio"
	"debug/elf"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// dataSymbol returns a variable's address from a binary's symbol table.
func dataSymbol(t *testing.T, bin, name string) uint64 {
	t.Helper()
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	syms, _ := f.Symbols()
	for _, s := range syms {
		if s.Name == name && elf.ST_TYPE(s.Info) == elf.STT_OBJECT {
			return s.Value
		}
	}
	t.Fatalf("no variable %s in %s", name, bin)
	return 0
}

// Hardware watchpoints on a variable a program stores to N times: at its
// address in the binary under -c (the command held until the watchpoint
// is set), at the address a running program prints under -p; and on the
// heap int whose address a function takes as its second argument, set at
// the function's first call (watchpoint: stops the process until then, so
// no store is missed; asyncwatchpoint: does not, and may miss the first
// call's).
func TestWatchpoints(t *testing.T) {
	requireRoot(t)
	bin := cProgram(t, "watch")
	const n = 50
	t.Run("address -c", func(t *testing.T) {
		addr := dataSymbol(t, bin, "counter")
		tr := ntrace(t, fmt.Sprintf(`watchpoint:0x%x:4:w { @stores = count(); @mine[pid == cpid] = count(); }`, addr), "-c", fmt.Sprintf("%s global %d", bin, n))
		tr.wait()
		checkStores(t, tr.Stdout(), tr, n, n)
		if !strings.Contains(tr.Stdout(), fmt.Sprintf("@mine[1]: %d\n", n)) {
			t.Errorf("the watchpoint fired outside -c's process:\n%s", tr.Stdout())
		}
	})
	t.Run("address -p", func(t *testing.T) {
		cmd := exec.Command(bin, "global", strconv.Itoa(n), "wait")
		stdin, _ := cmd.StdinPipe()
		stdout, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
		r := bufio.NewReader(stdout)
		line, _ := r.ReadString('\n')
		addr, ok := strings.CutPrefix(strings.TrimSpace(line), "addr ")
		if !ok {
			t.Fatalf("the program printed %q", line)
		}
		tr := ntrace(t, readyProbe+`watchpoint:`+addr+`:4:rw { @stores = count(); }`, "-p", strconv.Itoa(cmd.Process.Pid), pidArg())
		tr.waitReady()
		io.WriteString(stdin, "go\n")
		rest, _ := io.ReadAll(r)
		cmd.Wait()
		tr.wait()
		checkStores(t, string(rest)+tr.Stdout(), tr, n, n)
	})
	t.Run("function argument", func(t *testing.T) {
		tr := ntrace(t, `watchpoint:increment+arg1:4:w { @at[ustack(1)] = count(); }`, "-c", fmt.Sprintf("%s func %d", bin, n), "-v")
		tr.wait()
		checkProgramStores(t, tr, bin, 2*n, 2*n)
		if !strings.Contains(tr.Stderr(), "the process stopped until it is set") || strings.Count(tr.Stderr(), ": watching 0x") != 1 {
			t.Errorf("stderr does not tell one watchpoint set at the first call:\n%s", tr.Stderr())
		}
	})
	t.Run("function argument async", func(t *testing.T) {
		// 2 ms between calls: time enough for the watchpoint to be set
		// before the second call.
		tr := ntrace(t, `asyncwatchpoint:increment+arg1:4:w { @at[ustack(1)] = count(); }`, "-c", fmt.Sprintf("%s func %d 2000", bin, n))
		tr.wait()
		checkProgramStores(t, tr, bin, 2*n-2, 2*n)
	})
}

// checkProgramStores checks the hits of a watchpoint on a function's
// argument, counted by the instruction after the store (@at[ustack(1)]):
// from lo to want of them in the program's own code. Under the qemu
// rig's emulated CPUs (TCG), the watchpoint also fires now and then at the
// out-of-line copy of the function's first instruction, a load, that the
// uprobe arming the watchpoint single-steps; this host's CPUs do not, and
// there such hits fail the test, in the rig they are only logged.
func checkProgramStores(t *testing.T, tr *tracer, bin string, lo, want int) {
	t.Helper()
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	text := f.Section(".text")
	f.Close()
	out := tr.Stdout()
	if !strings.Contains(out, fmt.Sprintf("stored %d\n", want)) {
		t.Fatalf("the program did not say it stored %d times:\nstdout:\n%s\nstderr:\n%s", want, out, tr.Stderr())
	}
	var inProgram, elsewhere int64
	for _, m := range regexp.MustCompile(`@at\[\n\s+0x([0-9a-f]+)\n\]: (\d+)`).FindAllStringSubmatch(out, -1) {
		addr, _ := strconv.ParseUint(m[1], 16, 64)
		n, _ := strconv.ParseInt(m[2], 10, 64)
		if addr >= text.Addr && addr < text.Addr+text.Size {
			inProgram += n
		} else {
			elsewhere += n
		}
	}
	if inProgram < int64(lo) || inProgram > int64(want) {
		t.Errorf("the watchpoint counted %d stores in the program's code, want %d to %d\nstdout:\n%s\nstderr:\n%s", inProgram, lo, want, out, tr.Stderr())
	}
	switch {
	case elsewhere > 0 && os.Getenv("NTRACE_VM") == "":
		t.Errorf("%d hits outside the program's code:\n%s", elsewhere, out)
	case elsewhere > 0:
		t.Logf("%d hits outside the program's code (the emulated CPU's single steps):\n%s", elsewhere, out)
	}
}

// checkStores checks that the program said (in out, with ntrace's output)
// it stored want times, and that the watchpoint counted from lo to want
// of them.
func checkStores(t *testing.T, out string, tr *tracer, lo, want int) {
	t.Helper()
	if !strings.Contains(out, fmt.Sprintf("stored %d\n", want)) {
		t.Fatalf("the program did not say it stored %d times:\nstdout:\n%s\nstderr:\n%s", want, out, tr.Stderr())
	}
	if got := parseScalar(t, out, "@stores"); got < int64(lo) || got > int64(want) {
		t.Errorf("the watchpoint counted %d stores, want %d to %d\nstderr:\n%s", got, lo, want, tr.Stderr())
	}
}

// A watchpoint on a kernel variable, jiffies, which the timer interrupt
// stores to: it fires, from the kernel's timer code, and no more often
// than a 1000 Hz tick would store it.
func TestKernelWatchpoint(t *testing.T) {
	requireRoot(t)
	b, err := os.ReadFile("/proc/kallsyms")
	if err != nil {
		t.Skip(err)
	}
	var addr string
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 3 && (f[2] == "jiffies_64" || f[2] == "jiffies") {
			addr = f[0]
		}
	}
	if addr == "" || strings.Trim(addr, "0") == "" {
		t.Skip("/proc/kallsyms has no address for jiffies: this kernel lists no variables there (CONFIG_KALLSYMS_ALL off); the qemu rig's kernels do")
	}
	const d = 500 * time.Millisecond
	tr := ntrace(t, `watchpoint:0x`+addr+`:8:w { @stores = count(); @[comm] = count(); }`)
	tr.waitAttached()
	time.Sleep(d)
	tr.stop()
	got := parseScalar(t, tr.Stdout(), "@stores")
	if got < 1 || got > int64(d/time.Millisecond)*2 {
		t.Errorf("jiffies stored %d times in %s\nstdout:\n%s\nstderr:\n%s", got, d, tr.Stdout(), tr.Stderr())
	}
}
