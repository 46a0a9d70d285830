package e2e

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/link"
	"golang.org/x/sys/unix"
)

// fullPipe returns a pipe whose write end is full: a process writing to
// it blocks until the read end is read.
func fullPipe(t *testing.T) (r, w *os.File) {
	t.Helper()
	var p [2]int
	if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
		t.Fatal(err)
	}
	syscall.SetNonblock(p[1], true)
	chunk := make([]byte, 4096)
	for {
		if _, err := syscall.Write(p[1], chunk); err != nil {
			break
		}
	}
	syscall.SetNonblock(p[1], false)
	return os.NewFile(uintptr(p[0]), "r"), os.NewFile(uintptr(p[1]), "w")
}

// blockedWriting reports whether a thread of process pid sleeps writing
// to a full pipe, as the kernel says (wchan).
func blockedWriting(pid int) bool {
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/wchan", pid))
	for _, f := range tasks {
		if b, _ := os.ReadFile(f); strings.HasSuffix(string(b), "pipe_write") { // anon_pipe_write since 6.16
			return true
		}
	}
	return false
}

// bpftool runs bpftool, when it is installed, and returns its output.
func bpftool(t *testing.T, args ...string) (string, bool) {
	t.Helper()
	if _, err := exec.LookPath("bpftool"); err != nil {
		return "", false
	}
	out, err := exec.Command("bpftool", args...).CombinedOutput()
	if err != nil {
		t.Fatalf("bpftool %v: %v\n%s", args, err, out)
	}
	return string(out), true
}

// --dry-run loads and attaches every probe, then detaches them and exits
// 0 with nothing run: caught while attached (its "Attached" line blocks
// on a full stderr pipe), its program is attached to the tracepoint as
// bpftool sees it; once it exits, nothing of it is left in the kernel,
// and BEGIN, END and the maps never printed.
func TestDryRun(t *testing.T) {
	requireRoot(t)
	script := `tracepoint:syscalls:sys_enter_getppid { @n = count(); }
BEGIN { printf("begin ran\n"); }
END { printf("end ran\n"); }`
	r, w := fullPipe(t)
	defer r.Close()
	cmd := exec.Command(ntraceBin, "--dry-run", "-e", script)
	var stdout bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, w
	if err := startChild(cmd); err != nil {
		t.Fatal(err)
	}
	w.Close()
	pid := cmd.Process.Pid
	deadline := time.Now().Add(30 * time.Second)
	for !blockedWriting(pid) {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("ntrace --dry-run never wrote to stderr")
		}
		time.Sleep(5 * time.Millisecond)
	}
	progs, held := ownPrograms(t, pid), heldObjects(t, pid)
	if len(progs) != 3 {
		t.Errorf("while attached, ntrace has %d programs named as its own, want 3 (the probe, BEGIN, END)", len(progs))
	}
	if perf, ok := bpftool(t, "perf", "show"); ok {
		if !regexp.MustCompile(fmt.Sprintf(`(?m)^pid %d\s+fd \d+: prog_id \d+\s+tracepoint\s+sys_enter_getppid$`, pid)).MatchString(perf) {
			t.Errorf("bpftool perf show has no program of ntrace (pid %d) on sys_enter_getppid:\n%s", pid, perf)
		}
	}
	rest, _ := io.ReadAll(r) // ntrace goes on, and exits
	err := cmd.Wait()
	stderr := string(bytes.TrimLeft(rest, "\x00"))
	if err != nil || stdout.Len() != 0 || stderr != "Attached 1 probe\n" {
		t.Errorf("ntrace --dry-run: %v, stdout %q, stderr %q", err, stdout.String(), stderr)
	}
	if left := programsLeft(t, pid); len(left) > 0 {
		t.Errorf("programs %v of ntrace are loaded after its dry run", left)
	}
	if left := stillLoaded(held); len(left) > 0 {
		t.Errorf("left in the kernel after the dry run: %v", left)
	}
	if progs, ok := bpftool(t, "prog", "show"); ok && strings.Contains(progs, fmt.Sprintf(" name nt%d_p", pid)) {
		t.Errorf("bpftool prog show has ntrace's programs after its dry run:\n%s", progs)
	}
	if perf, ok := bpftool(t, "perf", "show"); ok && strings.Contains(perf, fmt.Sprintf("pid %d ", pid)) {
		t.Errorf("bpftool perf show has ntrace's attachments after its dry run:\n%s", perf)
	}
}

// A dry run with -c makes the command's process, held, so that the
// script's cpid is known and its probes attach as a run's would, but
// never lets the command run: the file it would make is never made, and
// nothing of it is left running.
func TestDryRunNeverRunsTheCommand(t *testing.T) {
	requireRoot(t)
	mark := filepath.Join(t.TempDir(), "ran")
	script := `tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { @n = count(); }`
	out, code := runTool(t, ntraceBin, "--dry-run", "-c", "touch "+mark, "-e", script)
	if code != 0 || out != "Attached 1 probe\n" {
		t.Errorf("ntrace --dry-run -c: exit %d\n%s", code, out)
	}
	time.Sleep(200 * time.Millisecond) // a command let run late would have made it by now
	if _, err := os.Stat(mark); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the dry run ran -c's command: %s exists (%v)", mark, err)
	}
	if procs, _ := exec.Command("pgrep", "-f", mark).Output(); len(procs) > 0 {
		t.Errorf("processes of -c's command are left after the dry run: %s", procs)
	}
}

// A dry run knows what "ntrace check" cannot: whether the kernel lets the
// probes load and attach. An fentry probe checks everywhere; its dry run
// fails where this kernel refuses fentry (the test tries it itself) and
// passes where it takes it.
func TestDryRunSaysWhatCheckCannot(t *testing.T) {
	requireRoot(t)
	script := `fentry:udp_sendmsg { @ = count(); }`
	if out, code := runTool(t, ntraceBin, "check", "-e", script); code != 0 {
		t.Fatalf("ntrace check: exit %d\n%s", code, out)
	}
	fentryWorks := tryFentry("udp_sendmsg") == nil
	out, code := runTool(t, ntraceBin, "--dry-run", "-e", script)
	switch {
	case fentryWorks && code != 0:
		t.Errorf("fentry works here, but the dry run failed (exit %d):\n%s", code, out)
	case !fentryWorks && (code != 1 || !strings.Contains(out, "fentry:udp_sendmsg")):
		t.Errorf("fentry is refused here (%v), but the dry run said (exit %d):\n%s", tryFentry("udp_sendmsg"), code, out)
	}
}

// tryFentry loads an fentry program on fn and attaches it, as the test's
// own check of what the kernel allows.
func tryFentry(fn string) error {
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{Type: ebpf.Tracing, AttachType: ebpf.AttachTraceFEntry, AttachTo: fn, License: "GPL",
		Instructions: asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()}})
	if err != nil {
		return err
	}
	defer prog.Close()
	l, err := link.AttachTracing(link.TracingOptions{Program: prog})
	if err != nil {
		return err
	}
	return l.Close()
}

// What each kernel of the rig offers, from the kernels' history and
// configuration: uprobe_multi came in 6.6; kprobe_multi needs
// CONFIG_FPROBE, which Debian's 6.12 sets and its 6.1 does not (see the
// config file in the rig's kernel cache); this project's 6.18 machine has
// no kprobes (CONFIG_KPROBES off) and refuses fentry and fexit; Debian's
// 6.1 and 6.12 have kprobes, fentry and fexit.
var kernelFeatures = map[string]map[string]bool{
	"6.18": {"ring buffer": true, "tracepoints": true, "tp_btf": true, "kprobes": false, "kprobe_multi": false, "fentry": false, "fexit": false,
		"uprobes": true, "uprobe_multi": true, "bpf_loop": true, "BPF cookies": true},
	"6.12": {"ring buffer": true, "tracepoints": true, "tp_btf": true, "kprobes": true, "kprobe_multi": true, "fentry": true, "fexit": true,
		"uprobes": true, "uprobe_multi": true, "bpf_loop": true, "BPF cookies": true},
	"6.1": {"ring buffer": true, "tracepoints": true, "tp_btf": true, "kprobes": true, "kprobe_multi": false, "fentry": true, "fexit": true,
		"uprobes": true, "uprobe_multi": false, "bpf_loop": true, "BPF cookies": true},
}

// kernelSeries is the kernel's "6.12": NTRACE_KERNEL in the VM rig, else
// from uname.
func kernelSeries() (series, release string) {
	var u unix.Utsname
	unix.Uname(&u)
	release = unix.ByteSliceToString(u.Release[:])
	if s := os.Getenv("NTRACE_KERNEL"); s != "" {
		return s, release
	}
	if m := regexp.MustCompile(`^(\d+\.\d+)`).FindString(release); m != "" {
		return m, release
	}
	return "", release
}

var infoFeature = regexp.MustCompile(`(?m)^  (\S+(?: \S+)?)\s+(yes|no: .*)$`)

// "ntrace info" says what the kernel is and offers, as the kernel itself
// says it: the release uname gives, BTF where the kernel exposes it,
// tracefs where /proc/mounts has it, and for each feature what the
// kernel's history and configuration say; kprobes and uprobes agree with
// tracefs's kprobe_events and uprobe_events. It leaves nothing loaded.
func TestInfo(t *testing.T) {
	requireRoot(t)
	series, release := kernelSeries()
	out, code := runTool(t, ntraceBin, "info")
	if code != 0 {
		t.Fatalf("ntrace info: exit %d\n%s", code, out)
	}
	if !strings.HasPrefix(out, "kernel:        "+release+" (") {
		t.Errorf("kernel line is not uname's %s:\n%s", release, out)
	}
	if _, err := os.Stat("/sys/kernel/btf/vmlinux"); err == nil && !strings.Contains(out, "\nBTF:           /sys/kernel/btf/vmlinux, ") {
		t.Errorf("BTF is at /sys/kernel/btf/vmlinux, info says:\n%s", out)
	}
	mounts, _ := os.ReadFile("/proc/mounts")
	if m := regexp.MustCompile(`(?m)^\S+ (\S+) tracefs `).FindSubmatch(mounts); m != nil {
		if !strings.Contains(out, "\ntracefs:       mounted at "+string(m[1])+"\n") && !strings.Contains(out, "\ntracefs:       mounted at /sys/kernel/tracing\n") {
			t.Errorf("tracefs is mounted at %s, info says:\n%s", m[1], out)
		}
	}
	got := map[string]bool{}
	for _, m := range infoFeature.FindAllStringSubmatch(out, -1) {
		got[m[1]] = m[2] == "yes"
	}
	want, known := kernelFeatures[series]
	if !known {
		t.Logf("kernel %s is not one of the rig's: its features are checked against tracefs only", series)
		want = map[string]bool{}
		for name := range kernelFeatures["6.12"] {
			if _, ok := got[name]; !ok {
				t.Errorf("info does not say whether %s works:\n%s", name, out)
			}
		}
	}
	for name, w := range want {
		if g, ok := got[name]; !ok || g != w {
			t.Errorf("kernel %s: %s works: %v, info says %v (listed: %v)\n%s", series, name, w, g, ok, out)
		}
	}
	for name, file := range map[string]string{"kprobes": "kprobe_events", "uprobes": "uprobe_events"} {
		_, err := os.Stat(filepath.Join("/sys/kernel/tracing", file))
		if has := err == nil; got[name] != has {
			t.Errorf("tracefs %s has %s: %v; info says %s works: %v", file, name, has, name, got[name])
		}
	}
	if progs, ok := bpftool(t, "prog", "show"); ok && strings.Contains(progs, "name ntrace_info") {
		t.Errorf("info left programs loaded:\n%s", progs)
	}
}

// "ntrace -l" with no pattern lists every probe: every tracepoint tracefs
// has (but ftrace's own events, which no program attaches to), BEGIN and
// END.
func TestListEveryProbe(t *testing.T) {
	requireRoot(t)
	cmd := exec.Command(ntraceBin, "-l")
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	err := startChild(cmd)
	if err == nil {
		err = cmd.Wait()
	}
	out := stdout.Bytes()
	if err != nil {
		t.Fatalf("ntrace -l: %v", err)
	}
	var listed []string
	for _, l := range strings.Split(string(out), "\n") {
		if tp, ok := strings.CutPrefix(l, "tracepoint:"); ok {
			listed = append(listed, tp)
		}
	}
	dirs, _ := filepath.Glob("/sys/kernel/tracing/events/*/*/format")
	var want []string
	for _, d := range dirs {
		parts := strings.Split(d, "/")
		if group := parts[len(parts)-3]; group != "ftrace" {
			want = append(want, group+":"+parts[len(parts)-2])
		}
	}
	sort.Strings(listed)
	sort.Strings(want)
	if strings.Join(listed, " ") != strings.Join(want, " ") {
		t.Errorf("ntrace -l lists %d tracepoints, tracefs has %d", len(listed), len(want))
	}
	for _, special := range []string{"\nBEGIN\n", "\nEND\n"} {
		// Whole lines, wherever they are in the listing: the first too.
		if !bytes.Contains(append([]byte("\n"), out...), []byte(special)) {
			t.Errorf("ntrace -l does not list %q", strings.TrimSpace(special))
		}
	}
}

// --version names the Go that built the binary, as its build information
// (go version -m) has it, and cilium/ebpf's version.
func TestVersion(t *testing.T) {
	out, code := runTool(t, ntraceBin, "--version")
	if code != 0 {
		t.Fatalf("ntrace --version: exit %d\n%s", code, out)
	}
	goVersion, err := exec.Command("go", "version", "-m", ntraceBin).Output()
	if errors.Is(err, exec.ErrNotFound) {
		t.Skip("no go toolchain here to read the binary's build information")
	}
	if err != nil {
		t.Fatal(err)
	}
	first := strings.Fields(strings.SplitN(string(goVersion), "\n", 2)[0])
	ebpfDep := regexp.MustCompile(`(?m)^\s+dep\s+github.com/cilium/ebpf\s+(\S+)`).FindSubmatch(goVersion)
	if len(first) < 2 || ebpfDep == nil {
		t.Fatalf("go version -m:\n%s", goVersion)
	}
	for _, want := range []string{"\ngo:          " + first[1] + " ", "\ncilium/ebpf: " + string(ebpfDep[1]) + "\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("--version lacks %q:\n%s", want, out)
		}
	}
}

// --probe-filter loads and attaches only the probes whose name matches,
// after wildcards expand; BEGIN and END still run. The test makes both
// getpid and getppid calls: only the kept probe counts them, and the
// Attached line counts what is attached. A pattern that matches none of
// the probes, or is no regular expression, is an error before anything
// loads.
func TestProbeFilter(t *testing.T) {
	requireRoot(t)
	worker := newEventThread()
	t.Cleanup(worker.close)
	tid := strconv.Itoa(worker.tid)
	tr := start(t, ntraceBin, "--probe-filter", `sys_enter_getpid$|getppid|interval`, "-e", readyProbe+
		`BEGIN { printf("begin\n"); } tracepoint:syscalls:sys_enter_getp* /tid == `+tid+`/ { @[probe] = count(); }
tracepoint:syscalls:sys_enter_gettid /tid == `+tid+`/ { @[probe] = count(); } interval:s:30 { exit(); } END { printf("end\n"); }`, pidArg())
	tr.waitReady()
	worker.do(func() {
		for range 3 {
			syscall.Getpid()
			syscall.Gettid()
		}
	})
	tr.stop()
	out := tr.Stdout()
	for _, want := range []string{"begin\n", "@[tracepoint:syscalls:sys_enter_getpid]: 3\n", "end\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "sys_enter_gettid") || strings.Contains(out, "getpgid") {
		t.Errorf("a probe the filter left out fired:\n%s", out)
	}
	// The readiness probe (getppid), BEGIN, of sys_enter_getp* getpid
	// and getppid, interval, END.
	if !strings.Contains(tr.Stderr(), "Attached 6 probes\n") {
		t.Errorf("stderr:\n%s", tr.Stderr())
	}

	for pattern, want := range map[string]string{
		"nomatch":  `ntrace: --probe-filter "nomatch" matches none of the script's probes: no probes to attach`,
		"[invalid": `ntrace: --probe-filter "[invalid": invalid regular expression`,
	} {
		out, code := runTool(t, ntraceBin, "--probe-filter", pattern, "-e", `BEGIN { printf("began\n"); } interval:ms:10 { exit(); }`)
		if code != 1 || !strings.Contains(out, want) || strings.Contains(out, "began") {
			t.Errorf("--probe-filter %s: exit %d:\n%s", pattern, code, out)
		}
	}
}

// exit(code) ends the run with that status, here a value the traced
// system call carried (getpriority's who); END still runs. ncpus is the
// number of CPUs the kernel says are possible; --cmd is -c's long name;
// --no-warnings silences the warning a full map gives.
func TestExitCodeAndSmallFlags(t *testing.T) {
	requireRoot(t)
	worker := newEventThread()
	t.Cleanup(worker.close)
	tr := start(t, ntraceBin, "-e", readyProbe+`tracepoint:syscalls:sys_enter_getpriority /tid == $2/ { exit(args->who); } END { printf("end %d\n", ncpus); }`,
		pidArg(), strconv.Itoa(worker.tid))
	tr.waitReady()
	worker.do(func() { syscall.Getpriority(syscall.PRIO_PROCESS, 42) })
	tr.wait()
	possible, err := os.ReadFile("/sys/devices/system/cpu/possible")
	if err != nil {
		t.Fatal(err)
	}
	ncpus := 0
	for _, r := range strings.Split(strings.TrimSpace(string(possible)), ",") {
		lo, hi, found := strings.Cut(r, "-")
		a, _ := strconv.Atoi(lo)
		b := a
		if found {
			b, _ = strconv.Atoi(hi)
		}
		ncpus += b - a + 1
	}
	if code := tr.cmd.ProcessState.ExitCode(); code != 42 || !strings.Contains(tr.Stdout(), fmt.Sprintf("end %d\n", ncpus)) {
		t.Errorf("exit status %d, want 42 and end %d:\n%s", code, ncpus, tr.Stdout())
	}

	out, code := runTool(t, ntraceBin, "--cmd", "echo from --cmd", "-e", `BEGIN { }`)
	if code != 0 || !strings.Contains(out, "from --cmd\n") {
		t.Errorf("--cmd: exit %d:\n%s", code, out)
	}
	full := `let @a = hash(1); BEGIN { @a[1] = 1; @a[2] = 2; exit(); }`
	if out, _ := runTool(t, ntraceBin, "-e", full); !strings.Contains(out, "warning: map @a is full") {
		t.Errorf("no warning of the full map:\n%s", out)
	}
	if out, code := runTool(t, ntraceBin, "--no-warnings", "-e", full); code != 0 || strings.Contains(out, "warning") || !strings.Contains(out, "@a[1]: 1") {
		t.Errorf("--no-warnings: exit %d:\n%s", code, out)
	}
}
