package e2e

import (
	"bufio"
	"fmt"
	"io"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// usdtValues are the eight values testdata/cprog/usdt.c passes to
// ntest:sized and ntest:global in iteration i, as ntrace prints them with
// %ld and %lu: int8, uint8, int16, uint16, int32, uint32, int64, uint64.
func usdtValues(i int) string {
	return fmt.Sprintf("%d %d %d %d %d %d %d %d", -(i + 1), 200+i, -1000-i, 60000+i, -100000-i, uint32(4000000000+i), int64(-5000000000000)-int64(i), uint64(18000000000000000000)+uint64(i))
}

// USDT probes of a program built with <sys/sdt.h>, started by -c: every
// argument (sizes 1 to 8, signed and not, in registers and sub-registers,
// on the stack, at symbol(%rip) in a position-independent binary, a
// constant, an address read through) as the program passed it, in every
// iteration from the first (the command is held until the probes are
// attached); a probe written in two places; a wildcard over providers; a
// semaphore-guarded probe that fires only because ntrace raised its
// semaphore; cpid is the program's pid. Compiled optimized and not.
func TestUSDTArguments(t *testing.T) {
	requireRoot(t)
	const n = 5
	for _, variant := range []string{"usdt-pie", "usdt-O0"} {
		t.Run(variant, func(t *testing.T) {
			bin := cProgram(t, variant)
			// Untraced, the guarded probe's semaphore stays down.
			if out, err := exec.Command(bin, "2").CombinedOutput(); err != nil || string(out) != "guarded 0\n" {
				t.Fatalf("untraced: %v, output %q, want \"guarded 0\"", err, out)
			}
			u := "usdt:" + bin + ":"
			tr := ntrace(t, u+`ntest:sized, `+u+`ntest:global { printf("%s %ld %lu %ld %lu %ld %lu %ld %lu\n", probe, arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7); }
`+u+`ntest:stack { printf("stack %d %d %d\n", arg0, *(int32 *)arg1, arg2); }
`+u+`ntest:site { @site[arg0] = count(); }
`+u+`*:site { @anysite = count(); }
U:`+bin+`:guarded { @guarded = count(); @who[pid == cpid] = count(); }`, "-c", bin+" "+strconv.Itoa(n))
			tr.wait()
			out := tr.Stdout()
			var want []string
			for i := 0; i < n; i++ {
				want = append(want,
					fmt.Sprintf("usdt:%s:ntest:sized %s", bin, usdtValues(i)),
					fmt.Sprintf("usdt:%s:ntest:global %s", bin, usdtValues(i)),
					fmt.Sprintf("stack %d %d -42", -7*i, -7*i))
			}
			var got []string
			for _, l := range strings.Split(out, "\n") {
				if strings.HasPrefix(l, "usdt:") || strings.HasPrefix(l, "stack ") {
					got = append(got, l)
				}
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("probe lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if !strings.Contains(out, fmt.Sprintf("guarded %d\n", n)) {
				t.Errorf("the program did not find the guarded probe's semaphore raised in each iteration:\n%s", out)
			}
			for name, w := range map[string]int64{"@guarded": n, "@anysite": 3 * n} {
				if g := parseScalar(t, out, name); g != w {
					t.Errorf("%s = %d, want %d", name, g, w)
				}
			}
			for i := 0; i < n; i++ {
				for _, v := range []int{i, i + 1000} {
					if l := fmt.Sprintf("@site[%d]: 1\n", v); !strings.Contains(out, l) {
						t.Errorf("output lacks %q (both sites of ntest:site)", l)
					}
				}
			}
			if !strings.Contains(out, fmt.Sprintf("@who[1]: %d\n", n)) || strings.Contains(out, "@who[0]") {
				t.Errorf("the probes did not fire in cpid's process:\n%s", out)
			}
			if t.Failed() {
				t.Logf("stdout:\n%s\nstderr:\n%s", out, tr.Stderr())
			}
		})
	}
}

// startUSDTWaiting starts the usdt program to fire n times once it reads a
// line, and returns it, its stdin, and a function that waits for it to
// exit and returns what it printed after its pid.
func startUSDTWaiting(t *testing.T, bin string, n int) (*exec.Cmd, io.WriteCloser, func() string) {
	t.Helper()
	cmd := exec.Command(bin, strconv.Itoa(n), "wait")
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
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	r := bufio.NewReader(stdout)
	if line, err := r.ReadString('\n'); err != nil || line != fmt.Sprintf("pid %d\n", cmd.Process.Pid) {
		t.Fatalf("the program printed %q, %v", line, err)
	}
	return cmd, stdin, func() string {
		rest, _ := io.ReadAll(r)
		cmd.Wait()
		return string(rest)
	}
}

// With -p, usdt probes named without their binary are found in what the
// process has mapped, fire in that process only, and raise its semaphore
// only: a second process running the same binary is untouched.
func TestUSDTProcess(t *testing.T) {
	requireRoot(t)
	bin := cProgram(t, "usdt-pie")
	const n = 4
	traced, tin, tout := startUSDTWaiting(t, bin, n)
	_, oin, oout := startUSDTWaiting(t, bin, n)
	pid := strconv.Itoa(traced.Process.Pid)
	tr := ntrace(t, readyProbe+`usdt:ntest:sized { @args[arg0, arg7] = count(); @pids[pid] = count(); }
usdt::ntest:guarded { @guarded = count(); }`, "-p", pid, "-v", pidArg())
	tr.waitReady()
	io.WriteString(tin, "go\n")
	io.WriteString(oin, "go\n")
	tprinted, oprinted := tout(), oout()
	tr.wait() // -p's process exited
	out := tr.Stdout()
	for i := 0; i < n; i++ {
		if l := fmt.Sprintf("@args[%d, %d]: 1\n", -(i + 1), uint64(18000000000000000000)+uint64(i)); !strings.Contains(out, l) {
			t.Errorf("output lacks %q", l)
		}
	}
	if l := fmt.Sprintf("@pids[%s]: %d\n", pid, n); !strings.Contains(out, l) || strings.Count(out, "@pids[") != 1 {
		t.Errorf("output lacks %q, or counts another process", l)
	}
	if g := parseScalar(t, out, "@guarded"); g != n {
		t.Errorf("@guarded = %d, want %d", g, n)
	}
	if tprinted != fmt.Sprintf("guarded %d\n", n) || oprinted != "guarded 0\n" {
		t.Errorf("traced printed %q, the other %q: want the semaphore raised in the traced one only", tprinted, oprinted)
	}
	if how := "in process " + pid + " only at file offset 0x"; !strings.Contains(tr.Stderr(), how) || !strings.Contains(tr.Stderr(), "semaphore at file offset 0x") {
		t.Errorf("stderr lacks how the probes were attached:\n%s", tr.Stderr())
	}
	if t.Failed() {
		t.Logf("stdout:\n%s\nstderr:\n%s", out, tr.Stderr())
	}
}

// -l lists a binary's usdt probes, once per probe however many sites it
// has, and with -v each site's argument specifiers; a probe name that two
// providers have is an error at the probe, naming both.
func TestUSDTListAndAmbiguity(t *testing.T) {
	requireRoot(t)
	bin := cProgram(t, "usdt-pie")
	out, code := runTool(t, ntraceBin, "-l", "usdt:"+bin)
	var want string
	for _, p := range []string{"ntest:site", "ntest:sized", "ntest:global", "ntest:stack", "other:site", "ntest:guarded"} {
		want += "usdt:" + bin + ":" + p + "\n"
	}
	if code != 0 || sortedLines(out) != sortedLines(want) {
		t.Errorf("-l: exit %d, output:\n%s\nwant (in any order):\n%s", code, out, want)
	}
	out, code = runTool(t, ntraceBin, "-l", "usdt:"+bin+":ntest:site", "-v")
	if code != 0 || strings.Count(out, "    at 0x") != 2 || !strings.Contains(out, "-4@") {
		t.Errorf("-lv of a probe with two sites: exit %d, output:\n%s", code, out)
	}
	out, code = runTool(t, ntraceBin, "-e", "usdt:"+bin+":site { @ = count(); }")
	wantErr := fmt.Sprintf("-e:1:1: error: usdt:%s:site: providers ntest, other all have a probe site; name the one you mean (usdt:BINARY:ntest:site) or use * for all\n", bin)
	if code != 1 || !strings.HasPrefix(out, wantErr) {
		t.Errorf("ambiguous probe: exit %d, output:\n%s\nwant:\n%s", code, out, wantErr)
	}
}

// sortedLines sorts the lines of s, for comparing listings in any order.
func sortedLines(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
