package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// hideEnv names the directories the test binary, started as a helper in
// a mount namespace of its own, covers with empty read-only tmpfs mounts
// before it runs ntrace (its arguments).
const hideEnv = "NTRACE_E2E_HIDE"

// init runs before the tests: in the helper it hides the directories and
// becomes ntrace.
func init() {
	dirs := os.Getenv(hideEnv)
	if dirs == "" {
		return
	}
	for _, d := range strings.Split(dirs, ",") {
		if err := syscall.Mount("none", d, "tmpfs", syscall.MS_RDONLY, "size=4k"); err != nil {
			fmt.Fprintf(os.Stderr, "helper: hiding %s: %v\n", d, err)
			os.Exit(100)
		}
	}
	env := []string{}
	for _, e := range os.Environ() {
		if !strings.HasPrefix(e, hideEnv+"=") {
			env = append(env, e)
		}
	}
	err := syscall.Exec(os.Args[1], os.Args[1:], env)
	fmt.Fprintf(os.Stderr, "helper: exec %s: %v\n", os.Args[1], err)
	os.Exit(101)
}

// ntraceWithout runs ntrace with args where the directories hide are
// empty, in a mount namespace of its own (the test's mounts stay as they
// are), and returns its output and exit status.
func ntraceWithout(t *testing.T, hide []string, args ...string) (string, int) {
	t.Helper()
	requireRoot(t)
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(self, append([]string{ntraceBin}, args...)...)
	cmd.Env = append(os.Environ(), hideEnv+"="+strings.Join(hide, ","))
	// Go makes every mount in the new namespace private, so the tmpfs
	// mounts do not reach the test's namespace.
	cmd.SysProcAttr = &syscall.SysProcAttr{Unshareflags: syscall.CLONE_NEWNS}
	out, code := combinedOutput(t, cmd)
	if code >= 100 {
		t.Fatalf("the helper failed (%d): %s", code, out)
	}
	return out, code
}

// A script that needs kernel BTF on a kernel without it (here its
// /sys/kernel/btf hidden) fails with exit status 4, saying so and what to
// do; one that needs none runs.
func TestNoBTF(t *testing.T) {
	out, code := ntraceWithout(t, []string{"/sys/kernel/btf"}, "-e", `rawtracepoint:sched_switch { @ = count(); }`)
	want := "-e:1:1: error: rawtracepoint sched_switch needs kernel BTF: no kernel BTF available (this kernel has no /sys/kernel/btf/vmlinux: it needs CONFIG_DEBUG_INFO_BTF, or give a BTF file with --btf FILE)"
	if code != 4 || !strings.HasPrefix(out, want) {
		t.Errorf("exit status %d, output:\n%s\nwant status 4 and %q", code, out, want)
	}
	out, code = ntraceWithout(t, []string{"/sys/kernel/btf"}, "-e", `tracepoint:syscalls:sys_enter_getppid { @ = count(); } BEGIN { printf("began\n"); exit(); }`)
	if code != 0 || !strings.Contains(out, "began\n") {
		t.Errorf("a script without BTF types: exit status %d, output:\n%s", code, out)
	}
	// A --btf file that is not BTF is the same case.
	empty := filepath.Join(t.TempDir(), "empty.btf")
	os.WriteFile(empty, nil, 0o644)
	out, code = runTool(t, ntraceBin, "--btf", empty, "-e", `rawtracepoint:sched_switch { @ = count(); }`)
	if code != 4 || !strings.Contains(out, "no kernel BTF available: loading BTF from "+empty) {
		t.Errorf("--btf %s: exit status %d, output:\n%s", empty, code, out)
	}
}

// Without tracefs, and no place to mount it (here all of /sys/kernel is
// hidden), a script with tracepoints fails with exit status 5 and says
// what is missing.
func TestNoTracefs(t *testing.T) {
	out, code := ntraceWithout(t, []string{"/sys/kernel"}, "-e", `tracepoint:syscalls:sys_enter_getppid { @ = count(); }`)
	want := "-e:1:1: error: tracepoint syscalls:sys_enter_getppid: no tracefs: it is not mounted at /sys/kernel/tracing and mounting it there failed (no such file or directory); tracepoints need it"
	if code != 5 || !strings.Contains(out, want) {
		t.Errorf("exit status %d, output:\n%s\nwant status 5 and %q", code, out, want)
	}
}
