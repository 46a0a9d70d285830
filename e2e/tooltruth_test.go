package e2e

import (
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
	cmd := exec.Command(prog, strconv.Itoa(threads))
	out, err := cmd.Output()
	if err != nil || strings.TrimSpace(string(out)) != "threads "+strconv.Itoa(threads) {
		t.Fatalf("%s: %q, %v", prog, out, err)
	}
	pid := strconv.Itoa(cmd.Process.Pid)
	line := regexp.MustCompile(`^\d+\s+` + pid + `\s`)
	waitLines(t, n, line, threads)
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
