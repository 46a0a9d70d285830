package e2e

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/lang"
)

// The task states ntrace knows by name (TASK_RUNNING, …, from the kernel's
// own <linux/sched.h>, which no user header has) are the ones the running
// kernel's sched_switch tracepoint prints as R S D T t X Z P.
func TestTaskStatesMatchKernel(t *testing.T) {
	requireTracepoint(t, "sched", "sched_switch")
	text, err := os.ReadFile("/sys/kernel/tracing/events/sched/sched_switch/format")
	if err != nil {
		t.Skipf("reading sched_switch's format: %v", err)
	}
	letters := map[string]string{
		"S": "TASK_INTERRUPTIBLE", "D": "TASK_UNINTERRUPTIBLE", "T": "__TASK_STOPPED", "t": "__TASK_TRACED",
		"X": "EXIT_DEAD", "Z": "EXIT_ZOMBIE", "P": "TASK_PARKED",
	}
	table := lang.HeaderConstants()
	flags := regexp.MustCompile(`\{ (0x[0-9a-f]+), "([A-Za-z])" \}`).FindAllStringSubmatch(string(text), -1)
	seen := 0
	for _, f := range flags {
		name, ok := letters[f[2]]
		if !ok {
			continue
		}
		seen++
		v, _ := strconv.ParseInt(f[1], 0, 64)
		if table[name] != v {
			t.Errorf("%s (%s) is %#x in this kernel, %#x in ntrace's table", name, f[2], v, table[name])
		}
	}
	if seen != len(letters) {
		t.Errorf("found %d of the %d states in sched_switch's format:\n%s", seen, len(letters), text)
	}
	if !strings.Contains(string(text), `: "R"`) || table["TASK_RUNNING"] != 0 {
		t.Errorf("TASK_RUNNING is %d; the kernel prints R for a state of 0", table["TASK_RUNNING"])
	}
}

// Constants from C headers and the script's own #defines read as the
// kernel's values: the system calls the test makes carry them.
func TestHeaderConstantsOnSyscalls(t *testing.T) {
	requireRoot(t)
	worker := newEventThread()
	defer worker.close()
	tr := ntrace(t, readyProbe+`#include <sys/socket.h>
#include <errno.h>
#define MINE (tid == $2)
#define WANT_TYPE SOCK_DGRAM
tracepoint:syscalls:sys_enter_socket /MINE/ {
  printf("socket %d %d %d\n", args->family == AF_INET6, args->family == AF_INET, (args->type & 0xf) == WANT_TYPE);
}
tracepoint:syscalls:sys_exit_openat /MINE/ { printf("openat %d %d\n", args->ret == -ENOENT, args->ret); }
tracepoint:syscalls:sys_enter_kill /MINE/ { printf("kill %d %d\n", args->sig == SIGCONT, args->sig); }
`, pidArg(), strconv.Itoa(worker.tid))
	tr.waitReady()
	worker.do(func() {
		fd, err := unix.Socket(unix.AF_INET6, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
		if err == nil {
			unix.Close(fd)
		}
		unix.Open("/nonexistent/ntrace-test", unix.O_RDONLY, 0)
		unix.Kill(os.Getpid(), syscall.SIGCONT)
	})
	tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "kill ") }, nil)
	tr.stop()
	for _, want := range []string{"socket 1 0 1", "openat 1 -2", "kill 1 18"} {
		if !strings.Contains(tr.Stdout(), want+"\n") {
			t.Errorf("want %q in:\n%s", want, tr.Stdout())
		}
	}
}

// buildC compiles a C program for a test, skipping the test where there
// is no C compiler (the qemu guests have none).
func buildC(t *testing.T, src string) string {
	t.Helper()
	cc, err := exec.LookPath("cc")
	if err != nil {
		t.Skip("no C compiler to build the traced program (apt-get install gcc)")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "p.c")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "p")
	if out, err := exec.Command(cc, "-O1", "-o", bin, path).CombinedOutput(); err != nil {
		t.Fatalf("building: %v\n%s", err, out)
	}
	return bin
}

// waitingProgram is a program that waits for a line on stdin before it
// does what a test traces.
type waitingProgram struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	out   strings.Builder
}

// startWaiting starts bin with args; the test's end stops it.
func startWaiting(t *testing.T, bin string, args ...string) *waitingProgram {
	t.Helper()
	p := &waitingProgram{cmd: exec.Command(bin, args...)}
	p.stdin, _ = p.cmd.StdinPipe()
	p.cmd.Stdout = &p.out
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.stdin.Close(); p.cmd.Wait() })
	return p
}

func (p *waitingProgram) pid() int { return p.cmd.Process.Pid }

// start lets the program go.
func (p *waitingProgram) start() { io.WriteString(p.stdin, "go\n") }

// run lets the program go (if start did not), closes its stdin, waits for
// it to exit and returns what it printed.
func (p *waitingProgram) run(t *testing.T) string {
	t.Helper()
	p.start()
	p.stdin.Close()
	if err := p.cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	return p.out.String()
}

// strtolProgram calls libc's strtol("123") as many times as its argument
// says once a line arrives on stdin, through a pointer so that the
// compiler cannot do it itself, and prints the sum.
const strtolProgram = `#include <stdio.h>
#include <stdlib.h>
long (*volatile conv)(const char *, char **, int) = strtol;
int main(int argc, char **argv) {
	char line[16];
	int n = (int)conv(argv[1], 0, 10);
	long sum = 0;
	if (!fgets(line, sizeof line, stdin)) return 1;
	for (int i = 0; i < n; i++) sum += conv("123", 0, 10);
	printf("%ld\n", sum);
	return 0;
}
`

// mappedLibc is the path of the C library process pid has mapped, as its
// /proc/PID/maps names it, waiting for the dynamic linker to map it.
func mappedLibc(t *testing.T, pid int) string {
	t.Helper()
	for i := 0; i < 500; i++ {
		maps, _ := os.ReadFile(fmt.Sprintf("/proc/%d/maps", pid))
		if m := regexp.MustCompile(`\s(/\S*/libc\.so\.6)\n`).FindSubmatch(maps); m != nil {
			return string(m[1])
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("process %d maps no libc.so.6", pid)
	return ""
}

// uprobe:libc:f attaches to the C library the dynamic linker would load,
// named by its soname or by its short name, or the one the process maps
// with -p; a function the library lacks is a warning and the rest runs.
func TestUprobeLibraryNames(t *testing.T) {
	requireRoot(t)
	bin := buildC(t, strtolProgram)
	libc := ""
	if out, err := exec.Command("ldd", bin).Output(); err == nil {
		if m := regexp.MustCompile(`libc\.so\.6 => (\S+)`).FindSubmatch(out); m != nil {
			libc = string(m[1])
		}
	}
	if libc == "" {
		t.Skip("ldd does not say which libc the program loads")
	}
	script := readyProbe + `uprobe:libc:strtol /pid == $2/ { @calls = count(); @probe[probe] = count(); }
uretprobe:libc.so.6:strtol /pid == $2/ { @sum = sum(retval); }
uprobe:libc:ntrace_no_such_function { @never = count(); }
`
	for _, withP := range []bool{false, true} {
		t.Run(map[bool]string{false: "cache", true: "-p"}[withP], func(t *testing.T) {
			p := startWaiting(t, bin, "40")
			pid := strconv.Itoa(p.pid())
			args := []string{pidArg(), pid}
			lib := libc
			if withP {
				args = append([]string{"-p", pid}, args...)
				lib = mappedLibc(t, p.pid())
			}
			tr := start(t, ntraceBin, append([]string{"-e", script}, args...)...)
			tr.waitReady()
			out := p.run(t)
			if withP {
				tr.wait() // -p's process exited
			} else {
				tr.stop()
			}
			got := mapSection(tr.Stdout())
			for _, want := range []string{"@calls: 40", fmt.Sprintf("@probe[uprobe:%s:strtol]: 40", lib), fmt.Sprintf("@sum: %d", 40*123), "@never: 0"} {
				if !strings.Contains(got, want+"\n") {
					t.Errorf("want %q in the maps:\n%s", want, got)
				}
			}
			if out != fmt.Sprintf("%d\n", 40*123) {
				t.Errorf("the program printed %q", out)
			}
			if w := "warning: uprobe:libc:ntrace_no_such_function: no function ntrace_no_such_function in " + lib + ":"; !strings.Contains(tr.Stderr(), w) {
				t.Errorf("stderr lacks %q:\n%s", w, tr.Stderr())
			}
		})
	}
}

// A script whose only probes are BEGIN and END ends by itself once BEGIN
// has run, running END, as current bpftrace does; with -c it lasts as the
// command does.
func TestBeginEndOnlyEndsByItself(t *testing.T) {
	requireRoot(t)
	script := `BEGIN { printf("begin\n"); @n = count(); } END { printf("end\n"); }`
	started := time.Now()
	out, code := runTool(t, ntraceBin, "-e", script)
	if code != 0 || !strings.HasPrefix(out, "Attached 2 probes\nbegin\n") || !strings.Contains(out, "\nend\n\n\n@n: 1\n") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
	if took := time.Since(started); took > 10*time.Second {
		t.Errorf("took %v to end", took)
	}
	started = time.Now()
	out, code = runTool(t, ntraceBin, "-c", "sleep 0.5", "-e", script)
	if took := time.Since(started); code != 0 || took < 500*time.Millisecond || !strings.Contains(out, "end\n") {
		t.Errorf("with -c 'sleep 0.5': exit %d after %v, output:\n%s", code, took, out)
	}
}

// What BEGIN prints comes after "Attached N probes" (ntrace runs
// BEGIN before it attaches the other probes, and holds BEGIN's output until
// they are): a printf without a newline in BEGIN and the rest of its line
// from END stay one line on a terminal that shows stdout and stderr
// together, as bpftrace 0.17 prints them; -c's command starts after it.
// bpftrace's test suite's notice comes between the two, on stdout, even
// with -o.
func TestBeginOutputAfterAttaching(t *testing.T) {
	requireRoot(t)
	script := `BEGIN { printf("begin"); } interval:ms:50 { exit(); } END { printf("-end\n"); }`
	check := func(tool, out string) {
		t.Helper()
		attaching := regexp.MustCompile(`(?m)^Attach(ed \d+ probes?|ing \d+ probes?\.\.\.)$`).FindStringIndex(out)
		begin := strings.Index(out, "\nbegin-end\n")
		if attaching == nil || begin < attaching[1] {
			t.Errorf("%s: want the Attached (0.17: Attaching) line, then a line begin-end:\n%s", tool, out)
		}
	}
	out, code := runTool(t, ntraceBin, "-e", script)
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	check("ntrace", out)
	if bt, err := exec.LookPath("bpftrace"); err == nil {
		out, _ := runTool(t, bt, "-e", script)
		check("bpftrace", out)
	}

	// -c's command starts once BEGIN's output is out.
	out, code = runTool(t, ntraceBin, "-c", "echo from the command", "-e", `BEGIN { printf("begin\n"); } END { printf("end\n"); }`)
	if want := "Attached 2 probes\nbegin\nfrom the command\nend\n"; code != 0 || !strings.HasPrefix(out, want) {
		t.Errorf("with -c: exit %d, want %q first:\n%s", code, want, out)
	}

	file := filepath.Join(t.TempDir(), "out")
	cmd := exec.Command(ntraceBin, "-q", "-o", file, "-e", script)
	cmd.Env = append(os.Environ(), "__BPFTRACE_NOTIFY_PROBES_ATTACHED=1")
	out, code = combinedOutput(t, cmd)
	written, err := os.ReadFile(file)
	if code != 0 || err != nil || out != "__BPFTRACE_NOTIFY_PROBES_ATTACHED\n" || !strings.HasPrefix(string(written), "begin-end\n") {
		t.Errorf("with -o: exit %d, stdout and stderr %q, the file %q (%v)", code, out, written, err)
	}
}

// str($1) is the parameter as given, a number too ("1" stays "1"), and
// compares as that string; str() of a parameter not given is "". bpftrace
// 0.17 prints the same line.
func TestStrOfPositionalParameter(t *testing.T) {
	requireRoot(t)
	script := `BEGIN { printf("-%s-%s-%d-%d-%d-%d\n", str($1), str($2), str($1) == "1", str($2) == "abc", str($3) == "", str($1) == str($2)); exit(); }`
	const want = "-1-abc-1-1-1-0\n"
	out, code := runTool(t, ntraceBin, "-q", "-e", script, "1", "abc")
	if code != 0 || !strings.HasPrefix(out, want) {
		t.Errorf("ntrace: exit %d, want %q first:\n%s", code, want, out)
	}
	if bt, err := exec.LookPath("bpftrace"); err == nil {
		if out, _ := runTool(t, bt, "-e", script, "1", "abc"); !strings.Contains(out, "\n"+want) {
			t.Errorf("bpftrace, want %q:\n%s", want, out)
		}
	}
}

// -q leaves out "Attached N probes"; with bpftrace's test suite's
// __BPFTRACE_NOTIFY_PROBES_ATTACHED set, the line of that name says the
// probes are attached, on stdout, -q or not.
func TestQuietFlag(t *testing.T) {
	requireRoot(t)
	script := `interval:ms:50 { printf("tick\n"); exit(); }`
	cmd := exec.Command(ntraceBin, "-q", "-e", script)
	cmd.Env = append(os.Environ(), "__BPFTRACE_NOTIFY_PROBES_ATTACHED=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || !strings.HasPrefix(string(out), "__BPFTRACE_NOTIFY_PROBES_ATTACHED\ntick\n") || stderr.String() != "" {
		t.Errorf("%v\nstdout:\n%s\nstderr:\n%s", err, out, stderr.String())
	}
	if out, _ := runTool(t, ntraceBin, "-e", script); !strings.Contains(out, "Attached 1 probe\n") || strings.Contains(out, "__BPFTRACE") {
		t.Errorf("without -q:\n%s", out)
	}
}
