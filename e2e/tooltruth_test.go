package e2e

import (
	"bufio"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// bpftrace's tools whose output is checked against what the test itself
// did, where bpftrace 0.17 cannot be the yardstick: it prints nothing
// (threadsnoop) or cannot run on the kernel at hand.

// threadsnoop probes uprobe:libpthread:pthread_create. Since glibc 2.34
// libpthread.so.0 is a stub and pthread_create is libc.so.6's, where
// the dynamic linker finds it for a program linked against libpthread;
// ntrace looks there too. bpftrace 0.17 attaches nothing to it (it says
// "Attaching 1 probe", BEGIN's, and prints no thread). Every thread the
// test's program starts is one line: its pid, its comm, and the thread's
// start function by name (usym).
func TestBpftraceToolThreadsnoop(t *testing.T) {
	requireRoot(t)
	tool := requireTool(t, "threadsnoop")
	prog := cProgram(t, "threads")
	n := start(t, ntraceBin, tool)
	n.waitAttached()
	const threads = 7
	// The program stays until its input closes: usym reads its mappings
	// when the line is printed, so it must still be there then.
	cmd := exec.Command(prog, strconv.Itoa(threads))
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := false
	t.Cleanup(func() {
		if !exited {
			stdin.Close()
			cmd.Wait()
		}
	})
	out, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || strings.TrimSpace(out) != "threads "+strconv.Itoa(threads) {
		t.Fatalf("%s: %q, %v", prog, out, err)
	}
	pid := strconv.Itoa(cmd.Process.Pid)
	line := regexp.MustCompile(`^\d+\s+` + pid + `\s`)
	waitLines(t, n, line, threads)
	stdin.Close()
	exited = true
	if err := cmd.Wait(); err != nil {
		t.Errorf("%s: %v", prog, err)
	}
	n.stop()
	got := toolLines(n.Stdout(), line, []int{0})
	if len(got) != threads {
		t.Fatalf("%d lines for pid %s, want %d:\n%s", len(got), pid, threads, n.Stdout())
	}
	for _, l := range got {
		if want := pid + " threads nt_thread_main"; l != want {
			t.Errorf("line %q, want %q (pid, comm, start function)", l, want)
		}
	}
}

// requireTool returns the path of one of bpftrace's tools, skipping the
// test when it is not installed.
func requireTool(t *testing.T, name string) string {
	t.Helper()
	path := "/usr/sbin/" + name + ".bt"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no %s (apt-get install bpftrace)", path)
	}
	return path
}

// loads reads the kernel's load averages from its variable avenrun
// (kaddr), which /proc/kallsyms lists only on kernels built with
// CONFIG_KALLSYMS_ALL (Debian's are; this host's 6.18 is not, and
// bpftrace 0.17 fails there too). The kernel's own record of the same
// variable is /proc/loadavg, which rounds it to hundredths where loads
// truncates to thousandths: each of the three must be within 0.01.
func TestBpftraceToolLoads(t *testing.T) {
	requireRoot(t)
	tool := requireTool(t, "loads")
	syms, err := os.ReadFile("/proc/kallsyms")
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m) [dDbB] avenrun$`).Match(syms) {
		t.Skip("/proc/kallsyms has no avenrun (a kernel without CONFIG_KALLSYMS_ALL): loads cannot find the load averages")
	}
	n := start(t, ntraceBin, tool)
	before := readLoadavg(t)
	line := n.waitLine(func(l string) bool { return strings.Contains(l, "load averages:") }, nil)
	after := readLoadavg(t)
	n.stop()
	f := strings.Fields(line[strings.Index(line, "load averages:")+len("load averages:"):])
	if len(f) != 3 {
		t.Fatalf("line %q: want three load averages", line)
	}
	for i, s := range f {
		got, err := strconv.ParseFloat(s, 64)
		if err != nil || !strings.Contains(s, ".") || len(s[strings.Index(s, ".")+1:]) != 3 {
			t.Fatalf("load average %q in %q: want d.ddd", s, line)
		}
		if diff(got, before[i]) > 0.01 && diff(got, after[i]) > 0.01 {
			t.Errorf("load average %d: loads says %s, /proc/loadavg %.2f (before) and %.2f (after)", i, s, before[i], after[i])
		}
	}
}

// readLoadavg returns /proc/loadavg's three load averages.
func readLoadavg(t *testing.T) [3]float64 {
	t.Helper()
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		t.Fatal(err)
	}
	var l [3]float64
	f := strings.Fields(string(b))
	for i := range l {
		if l[i], err = strconv.ParseFloat(f[i], 64); err != nil {
			t.Fatalf("/proc/loadavg: %q", b)
		}
	}
	return l
}

func diff(a, b float64) float64 {
	if a > b {
		return a - b
	}
	return b - a
}
