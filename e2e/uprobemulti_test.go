package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/cilium/ebpf/features"
)

// multiHelperEnv asks this test binary, run again, for the helper of the
// uprobe_multi tests: it waits for a line on stdin, then for i = 1…n calls
// umTargetA(i) once, umTargetB(i) twice and umTargetC(i) three times, and
// prints the sum of what they returned.
const multiHelperEnv = "NTRACE_E2E_UPROBE_MULTI_CALLS"

// multiPattern matches the three functions, and no other.
const multiPattern = "*e2e.umTarget*"

//go:noinline
//go:nosplit
func umTargetA(i int) int { return i }

//go:noinline
//go:nosplit
func umTargetB(i int) int { return 100 * i }

//go:noinline
//go:nosplit
func umTargetC(i int) int { return 10000 * i }

func init() {
	helperMain(multiHelperEnv, func(i int) int {
		s := umTargetA(i)
		for range 2 {
			s += umTargetB(i)
		}
		for range 3 {
			s += umTargetC(i)
		}
		return s
	})
}

// haveUprobeMulti says why this kernel has no uprobe_multi links (Linux
// 6.6 and later), "" when it has them.
func haveUprobeMulti() string {
	if err := features.HaveBPFLinkUprobeMulti(); err != nil {
		return "this kernel has no uprobe_multi links (6.6 and later): " + err.Error()
	}
	return ""
}

// processLinks reads the kernel's record of the BPF links process pid
// holds (the link_type lines of its descriptors' fdinfo): how many of
// each type (recent kernels call a uprobe_multi link of return probes
// uretprobe_multi), and the uprobe_multi links' uprobe_cnt, which the
// kernel shows from 6.13 on.
func processLinks(t *testing.T, pid int) (types map[string]int, uprobeCounts []int) {
	t.Helper()
	dir := fmt.Sprintf("/proc/%d/fdinfo", pid)
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	types = map[string]int{}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			continue // closed since
		}
		info := map[string]string{}
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok {
				info[k] = strings.TrimSpace(v)
			}
		}
		lt, ok := info["link_type"]
		if !ok {
			continue
		}
		if lt == "perf" {
			lt += " " + info["event_type"] // uprobe, uretprobe, tracepoint, …
		}
		types[lt]++
		if cnt, ok := info["uprobe_cnt"]; ok { // from 6.13 on
			n, _ := strconv.Atoi(cnt)
			uprobeCounts = append(uprobeCounts, n)
		}
	}
	return types, uprobeCounts
}

// A wildcard uprobe and uretprobe over three functions of a Go binary,
// each called a known number of times, with -p restricting them to one of
// two processes running it: per function, the counts (by func and by
// probe) and the sum of the return values are what the helper did. Where
// the kernel has uprobe_multi, each probe attaches as one uprobe_multi
// link on the three functions, as -v says and the kernel's record of
// ntrace's links shows; elsewhere as one uprobe per function.
func TestUprobeMulti(t *testing.T) {
	requireRoot(t)
	bin := uprobeBinary(t)
	const n, other = 20, 30
	traced, untraced := startHelperWith(t, bin, multiHelperEnv, n), startHelperWith(t, bin, multiHelperEnv, other)
	pid := traced.cmd.Process.Pid
	tr := ntrace(t, readyProbe+`uprobe:`+bin+`:`+multiPattern+` { @c[func] = count(); @p[probe] = count(); @who[pid] = count(); }
uretprobe:`+bin+`:`+multiPattern+` { @r[func] = sum(retval); @rc[probe] = count(); }`, "-v", "-p", strconv.Itoa(pid), pidArg())
	tr.waitReady()
	types, counts := processLinks(t, tr.cmd.Process.Pid)
	got := traced.run(t)
	untraced.run(t)
	tr.stop()
	out, stderr := tr.Stdout(), tr.Stderr()
	sumN := n * (n + 1) / 2
	if want := sumN + 2*100*sumN + 3*10000*sumN; got != want {
		t.Fatalf("helper summed %d, want %d", got, want)
	}
	for _, f := range []struct {
		name       string
		calls, ret int
	}{{"umTargetA", n, sumN}, {"umTargetB", 2 * n, 2 * 100 * sumN}, {"umTargetC", 3 * n, 3 * 10000 * sumN}} {
		sym := "github.com/ntrace/ntrace/e2e." + f.name
		for _, line := range []string{
			fmt.Sprintf("@c[%s]: %d\n", sym, f.calls),
			fmt.Sprintf("@p[uprobe:%s:%s]: %d\n", bin, sym, f.calls),
			fmt.Sprintf("@r[%s]: %d\n", sym, f.ret),
			fmt.Sprintf("@rc[uretprobe:%s:%s]: %d\n", bin, sym, f.calls),
		} {
			if !strings.Contains(out, line) {
				t.Errorf("output lacks %q", line)
			}
		}
	}
	if line := fmt.Sprintf("@who[%d]: %d\n", pid, 6*n); !strings.Contains(out, line) || strings.Count(out, "@who[") != 1 {
		t.Errorf("output lacks %q, or counts another process", line)
	}
	for _, c := range []string{"@c[", "@p[", "@r[", "@rc["} {
		if k := strings.Count(out, c); k != 3 {
			t.Errorf("%d %s lines, want 3", k, c)
		}
	}
	why := haveUprobeMulti()
	if why != "" {
		for _, kind := range []string{"uprobe", "uretprobe"} {
			if k := strings.Count(stderr, fmt.Sprintf(": attached as %s in process %d only at file offset 0x", kind, pid)); k != 3 {
				t.Errorf("%d %ss attached in process %d only, want 3 (one per function, as this kernel has no uprobe_multi):\n%s", k, kind, pid, stderr)
			}
		}
	}
	t.Run("one uprobe_multi link each", func(t *testing.T) {
		if why != "" {
			t.Skip(why)
		}
		for _, kind := range []string{"uprobe", "uretprobe"} {
			how := fmt.Sprintf("ntrace: %s:%s:%s (3 functions): attached as %s_multi in process %d only (one program and one link for the functions the pattern matches): ", kind, bin, multiPattern, kind, pid)
			if !strings.Contains(stderr, how) {
				t.Errorf("stderr lacks %q:\n%s", how, stderr)
			}
		}
		if types["uprobe_multi"]+types["uretprobe_multi"] != 2 || types["perf uprobe"]+types["perf uretprobe"] != 0 || len(counts) != 0 && (len(counts) != 2 || counts[0] != 3 || counts[1] != 3) {
			t.Errorf("ntrace holds links %v, uprobe_multi ones on %v functions; want two uprobe_multi links (one for the uprobe, one for the uretprobe) on 3 functions each, and no uprobe perf links", types, counts)
		}
	})
	if t.Failed() {
		t.Logf("stdout:\n%s\nstderr:\n%s", out, stderr)
	}
}

// A wildcard uprobe and uretprobe on a shared library, libc, in a program
// that starts and joins a known number of threads: pthread_*join* as one
// uprobe_multi link each (where the kernel has it), counting as many
// pthread_join calls, each returning 0; and pthread_*?, which the kernel
// will not take as one uprobe_multi link (libc's pthread_spin_lock starts
// with an instruction uprobes cannot probe), attached as a uprobe per
// function instead, but for the ones refused, with pthread_create and
// pthread_join counted by name all the same.
func TestUprobeMultiSharedLibrary(t *testing.T) {
	requireRoot(t)
	libc := "/lib/x86_64-linux-gnu/libc.so.6"
	if _, err := os.Stat(libc); err != nil {
		t.Skipf("no %s here (the guests have no C library)", libc)
	}
	prog := cProgram(t, "threads")
	const n = 9
	tr := ntrace(t, `uprobe:libc:pthread_*join* /pid == cpid/ { @c[func] = count(); }
uretprobe:libc:pthread_*join* /pid == cpid/ { @r[func, retval] = count(); @rc[probe] = count(); }
uprobe:libc:pthread_*? /pid == cpid/ { @all[func] = count(); }`, "-v", "-c", prog+" "+strconv.Itoa(n))
	tr.wait()
	out, stderr := tr.Stdout(), tr.Stderr()
	for _, line := range []string{
		fmt.Sprintf("@c[pthread_join]: %d\n", n),
		fmt.Sprintf("@r[pthread_join, 0]: %d\n", n),
		fmt.Sprintf("@all[pthread_create]: %d\n", n),
		fmt.Sprintf("@all[pthread_join]: %d\n", n),
	} {
		if !strings.Contains(out, line) {
			t.Errorf("output lacks %q", line)
		}
	}
	if k := strings.Count(out, "@c["); k != 1 {
		t.Errorf("%d @c lines, want 1 (pthread_join)", k)
	}
	// probe names the library by the path ntrace found for libc.
	if m := regexp.MustCompile(`(?m)^@rc\[uretprobe:/\S*libc\.so\.6:pthread_join\]: (\d+)$`).FindStringSubmatch(out); m == nil || m[1] != strconv.Itoa(n) {
		t.Errorf("output lacks @rc[uretprobe:…libc.so.6:pthread_join]: %d", n)
	}
	if why := haveUprobeMulti(); why == "" {
		for _, kind := range []string{"uprobe", "uretprobe"} {
			how := regexp.MustCompile(`(?m)^ntrace: ` + kind + `:libc:pthread_\*join\* \(4 functions\): attached as ` + kind + `_multi \(one program and one link for the functions the pattern matches\): `)
			if !how.MatchString(stderr) {
				t.Errorf("stderr does not say %s:libc:pthread_*join* attached as %s_multi:\n%s", kind, kind, stderr)
			}
		}
		fallback := regexp.MustCompile(`(?m)^ntrace: uprobe:libc:pthread_\* \((\d+) functions\): attached as uprobe on (\d+) functions \(the kernel would not attach uprobe_multi to (\d+) functions of \S+libc.so.6: .*\): `).FindStringSubmatch(stderr)
		refused := strings.Count(stderr, "libc.so.6:pthread_spin_lock not attached: ")
		switch {
		case fallback == nil && strings.Contains(stderr, ": attached as uprobe_multi (") && refused == 0:
			t.Logf("this kernel probes every pthread_* function of libc: the fallback to uprobes was not tried")
		case fallback == nil || refused != 1:
			t.Errorf("stderr does not say pthread_*? fell back to uprobes, pthread_spin_lock not attached:\n%s", stderr)
		default:
			if got, _ := strconv.Atoi(fallback[2]); fallback[1] != fallback[3] || got+strings.Count(stderr, " not attached: ") != mustAtoi(fallback[1]) {
				t.Errorf("%s uprobes of %s functions attached, but %d said not attached", fallback[2], fallback[1], strings.Count(stderr, " not attached: "))
			}
		}
	}
	if t.Failed() {
		t.Logf("stdout:\n%s\nstderr:\n%s", out, stderr)
	}
}

func mustAtoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
