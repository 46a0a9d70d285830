package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// In a pod ntrace has a PID and a mount namespace of its own. These tests
// make them with unshare, and keep only the capabilities a pod would
// grant with setpriv: CAP_BPF, CAP_PERFMON and CAP_SYS_ADMIN, and
// CAP_SYSLOG to read kernel addresses from /proc/kallsyms (without it,
// unless kernel.perf_event_paranoid is 1 or less, the kernel shows them
// all as 0).

// reducedCaps is the setpriv prefix that runs a command with only the
// capabilities ntrace needs, and extra ones.
func reducedCaps(extra ...string) []string {
	set := "-all,+bpf,+perfmon,+sys_admin"
	for _, e := range extra {
		set += ",+" + e
	}
	return []string{"setpriv", "--bounding-set=" + set, "--"}
}

// requireTools skips a test where a tool it runs is missing, or is not
// util-linux's (busybox's unshare and setpriv, in the VM rig's guests,
// take other options).
func requireTools(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("needs %s", tool)
		}
		if tool != "unshare" && tool != "setpriv" {
			continue
		}
		if out, _ := exec.Command(tool, "--version").CombinedOutput(); !strings.Contains(string(out), "util-linux") {
			t.Skipf("needs util-linux's %s, not %q", tool, strings.TrimSpace(firstLineOf(string(out))))
		}
	}
}

func firstLineOf(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// The tests start unshare with --kill-child: a test that fails kills
// unshare (start's cleanup), and without it ntrace would outlive the test,
// holding its output pipe open (the cleanup would wait for ever) and
// anything else the test passed it, such as a lock the run holds.

// unsharedChild returns the pid of the process unshare --fork started,
// as the host numbers it.
func unsharedChild(t *testing.T, tr *tracer) int {
	t.Helper()
	pid := tr.cmd.Process.Pid
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", pid, pid))
		if f := strings.Fields(string(b)); len(f) > 0 {
			child, _ := strconv.Atoi(f[0])
			return child
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("unshare (pid %d) started no child", pid)
	return 0
}

// stopUnshared interrupts ntrace inside unshare as Ctrl-C would: unshare
// does not pass signals on, so the signal goes to its child.
func stopUnshared(t *testing.T, tr *tracer, child int) {
	t.Helper()
	syscall.Kill(child, syscall.SIGINT)
	tr.wait()
}

// nsScript reads the helper's getppid calls: its pid and, through BTF,
// its task's tgid; the kernel and user stacks of the calls; a count.
const nsScript = `tracepoint:syscalls:sys_enter_getppid /pid == ${PID}/ {
  printf("pid %d tgid %d\n", pid, curtask->tgid);
  @calls = count();
}
rawtracepoint:sys_enter /pid == ${PID} && arg1 == 110/ { @k[kstack] = count(); @u[ustack] = count(); }`

var nsLine = regexp.MustCompile(`^pid (\d+) tgid (\d+)$`)

// ntrace in a PID and mount namespace of its own, with /proc of that
// namespace and only CAP_BPF, CAP_PERFMON, CAP_SYS_ADMIN and CAP_SYSLOG,
// traces a process of the host by the host's pid (-p): it says that the
// pids are the host's, prints them, reads the process's task through
// BTF, names kernel frames, serves --metrics, and prints the user stack
// as addresses rather than name it from another process's /proc entry.
// Without CAP_SYSLOG it says why kernel frames are addresses.
func TestPIDNamespaceReducedCaps(t *testing.T) {
	requireRoot(t)
	requireTools(t, "unshare", "setpriv")
	const n = 9
	h := startStackHelper(t, uprobeBinary(t), n)
	args := append([]string{"--pid", "--fork", "--kill-child", "--mount", "--mount-proc"}, reducedCaps("syslog")...)
	args = append(args, ntraceBin, "-e", nsScript, "-p", h.pid(), "--metrics", "127.0.0.1:0")
	tr := start(t, "unshare", args...)
	child := unsharedChild(t, tr)
	tr.waitAttached()
	addr := tr.metricsAddr()
	h.call(t)
	waitMetric(t, addr, fmt.Sprintf("ntrace_calls_total %d", n))
	stopUnshared(t, tr, child)
	out := tr.Stdout()
	defer func() {
		if t.Failed() {
			t.Logf("stdout:\n%s\nstderr:\n%s", out, tr.Stderr())
		}
	}()
	if !strings.Contains(tr.Stderr(), "PID namespace of its own: the pids ntrace prints, ${PID} and -p are the host's") {
		t.Errorf("ntrace did not say whose pids it prints")
	}
	lines := 0
	for _, l := range strings.Split(out, "\n") {
		if m := nsLine.FindStringSubmatch(l); m != nil {
			lines++
			if m[1] != h.pid() || m[2] != h.pid() {
				t.Errorf("pid %s, tgid %s; the helper's host pid is %s", m[1], m[2], h.pid())
			}
		}
	}
	if lines != n {
		t.Errorf("%d getppid calls printed, want %d", lines, n)
	}
	if k := parseStackMap(out, "@k"); len(k) != 1 || k[0].count != n || !hasFrame(k[0].frames, "do_syscall_64") {
		t.Errorf("@k = %+v, want one kernel stack through do_syscall_64 counted %d times", k, n)
	}
	u := parseStackMap(out, "@u")
	if len(u) != 1 || u[0].count != n {
		t.Fatalf("@u = %+v, want one user stack counted %d times", u, n)
	}
	for _, f := range u[0].frames {
		if !strings.HasPrefix(f, "0x") {
			t.Errorf("user frame %q named from /proc/%s, which here is not the helper", f, h.pid())
		}
	}
	// A uprobe for -p's process would be attached to whatever process
	// this namespace calls by that number: ntrace refuses.
	args = append([]string{"--pid", "--fork", "--kill-child", "--mount", "--mount-proc"}, reducedCaps()...)
	bin := uprobeBinary(t)
	args = append(args, ntraceBin, "-e", fmt.Sprintf("uprobe:%s:0x%x { exit(); }", bin, symbolAddr(bin, stackSymbol)), "-p", h.pid())
	msg, code := runTool(t, "unshare", args...)
	if code != 1 || !strings.Contains(msg, "is a host pid, but ntrace runs in a PID namespace of its own") {
		t.Errorf("uprobe with -p in a PID namespace: exit %d\n%s", code, msg)
	}
	// BEGIN's kernel stack (the bpf() call that ran it), without CAP_SYSLOG.
	msg, code = runTool(t, "setpriv", "--bounding-set=-all,+bpf,+perfmon,+sys_admin", "--", ntraceBin, "-e", "BEGIN { @[kstack] = count(); exit(); }")
	if code != 0 || !strings.Contains(msg, "kernel frames and ksym() print as addresses: /proc/kallsyms shows no addresses to ntrace (grant it CAP_SYSLOG") {
		if !strings.Contains(msg, "do_syscall_64") { // perf_event_paranoid <= 1 shows them anyway
			t.Errorf("kernel stack without CAP_SYSLOG: exit %d\n%s", code, msg)
		}
	}
}

// A user stack of a process whose binary is only in its own mount
// namespace (a container's) is named through /proc/PID: ntrace, in the
// host's namespaces, cannot open the binary by its path.
func TestUserStackOtherMountNamespace(t *testing.T) {
	requireRoot(t)
	requireTools(t, "unshare")
	const n = 5
	bin := uprobeBinary(t)
	dir := filepath.Join(t.TempDir(), "container")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	helper := filepath.Join(dir, "helper")
	// A tmpfs over dir in a mount namespace of the helper's own: there
	// dir holds the helper's binary, here it stays empty.
	h := &stackHelper{startHelperCommand(t, exec.Command("unshare", "--mount", "--propagation", "private", "sh", "-c",
		fmt.Sprintf(`mount -t tmpfs none %s && cp %s %s && exec %s`, dir, bin, helper, helper)),
		fmt.Sprintf("%s=%d", stackHelperEnv, n))}
	tr := ntrace(t, readyProbe+`tracepoint:syscalls:sys_enter_getppid /pid == $2/ { @u[ustack] = count(); }`, pidArg(), h.pid())
	tr.waitReady()
	h.call(t)
	if _, err := os.Stat(helper); err == nil {
		t.Fatalf("%s is visible outside the helper's mount namespace", helper)
	}
	tr.stop()
	u := parseStackMap(tr.Stdout(), "@u")
	if len(u) != 1 || u[0].count != n || !hasFrame(u[0].frames, stackSymbol) {
		t.Errorf("@u = %+v, want one user stack through %s counted %d times\nstderr:\n%s", u, stackSymbol, n, tr.Stderr())
	}
}

// waitMetric waits up to 30 s for a line of /metrics at addr.
func waitMetric(t *testing.T, addr, line string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	var text string
	for time.Now().Before(deadline) {
		if text = scrapeText(t, addr); strings.Contains(text, "\n"+line+"\n") {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no line %q in /metrics after 30 s:\n%s", line, text)
}
