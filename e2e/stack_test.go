package e2e

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// The stack tests trace a helper process: this test binary run again
// with $NTRACE_E2E_STACK_CALLS set. It waits for a line on stdin, calls
// stackTarget that many times (each makes one getppid system call),
// prints "done", and stays alive until its stdin closes, so that its
// memory maps can be read when the stacks are printed.
const stackHelperEnv = "NTRACE_E2E_STACK_CALLS"

// stackSymbol is stackTarget's name in the symbol table.
const stackSymbol = "github.com/ntrace/ntrace/e2e.stackTarget"

// stackTarget calls getppid through stackLeaf. The kernel walks a user
// stack by frame pointers, starting at the system call instruction: in
// Go's assembly syscall stub, which keeps no frame of its own, so the
// first frame pointer is its caller's and that caller's own return
// address is never seen. stackLeaf (or syscall.Getppid inlined into it)
// is that caller; stackTarget shows.
//
//go:noinline
func stackTarget() int { return stackLeaf() + 1 }

//go:noinline
func stackLeaf() int { return syscall.Getppid() }

func init() {
	v := os.Getenv(stackHelperEnv)
	if v == "" {
		return
	}
	n, _ := strconv.Atoi(v)
	in := bufio.NewReader(os.Stdin)
	in.ReadString('\n')
	for i := 0; i < n; i++ {
		stackTarget()
	}
	fmt.Println("done")
	io.Copy(io.Discard, in)
	os.Exit(0)
}

// stackHelper is a running stack helper.
type stackHelper struct{ *helperProcess }

func startStackHelper(t *testing.T, bin string, calls int) *stackHelper {
	t.Helper()
	return &stackHelper{startHelperProcess(t, bin, fmt.Sprintf("%s=%d", stackHelperEnv, calls))}
}

// call lets the helper make its calls and waits until it made them.
func (h *stackHelper) call(t *testing.T) {
	t.Helper()
	io.WriteString(h.stdin, "go\n")
	if line, err := h.out.ReadString('\n'); err != nil || line != "done\n" {
		t.Fatalf("helper: %q, %v", line, err)
	}
}

// stackEntry is one "@name[<stack>]: count" entry of a map keyed by a stack.
type stackEntry struct {
	frames []string
	count  int
}

var stackEntryRE = regexp.MustCompile(`(?m)^(@\w*)\[\n((?:    .*\n)*)\]: (\d+)$`)

// parseStackMap returns the entries of map name in text output.
func parseStackMap(out, name string) []stackEntry {
	var es []stackEntry
	for _, m := range stackEntryRE.FindAllStringSubmatch(out, -1) {
		if m[1] != name {
			continue
		}
		var frames []string
		for _, f := range strings.Split(strings.TrimSuffix(m[2], "\n"), "\n") {
			frames = append(frames, strings.TrimPrefix(f, "    "))
		}
		n, _ := strconv.Atoi(m[3])
		es = append(es, stackEntry{frames, n})
	}
	return es
}

// hasFrame reports whether a frame of the stack is in function fn.
func hasFrame(frames []string, fn string) bool {
	for _, f := range frames {
		if strings.HasPrefix(f, fn+"+") {
			return true
		}
	}
	return false
}

// Kernel and user stacks of the getppid calls a helper makes: one stack
// each, counted exactly; the kernel one goes through the syscall entry
// (do_syscall_64), the user one through the helper's own function, read
// from its symbol table through its memory maps.
//
// The kernel stack is taken in a raw tracepoint: a syscall tracepoint
// (tracepoint:syscalls:*) hands BPF the registers the process entered the
// kernel with, which are user-mode, so kernels before the fix (6.1 among
// the ones tested) record no kernel stack there at all. That stack then
// prints as nothing, as in bpftrace, and is checked as such.
func TestStacks(t *testing.T) {
	requireRoot(t)
	bin := uprobeBinary(t) // a copy of this binary with its symbol table
	const n = 37
	h := startStackHelper(t, bin, n)
	tr := ntrace(t, readyProbe+`tracepoint:syscalls:sys_enter_getppid /pid == $2/ {
  @k[kstack] = count(); @u[ustack] = count(); @n = count();
  printf("first %s|%s|\n", kstack(2), ustack(perf, 4));
}
rawtracepoint:sys_enter /pid == $2 && arg1 == 110/ { @kr[kstack] = count(); }`, pidArg(), h.pid())
	tr.waitReady()
	h.call(t)
	tr.stop()
	out := tr.Stdout()
	defer func() {
		if t.Failed() {
			t.Logf("stdout:\n%s\nstderr:\n%s", out, tr.Stderr())
		}
	}()
	if got := parseScalar(t, out, "@n"); got != n {
		t.Fatalf("@n = %d, want %d", got, n)
	}
	kr := parseStackMap(out, "@kr")
	if len(kr) != 1 || kr[0].count != n || !hasFrame(kr[0].frames, "do_syscall_64") {
		t.Errorf("@kr = %+v, want one kernel stack through do_syscall_64 counted %d times", kr, n)
	}
	u := parseStackMap(out, "@u")
	if len(u) != 1 || u[0].count != n || !hasFrame(u[0].frames, stackSymbol) {
		t.Errorf("@u = %+v, want one user stack through %s counted %d times", u, stackSymbol, n)
	}
	// In the syscall tracepoint: the same kernel stack, or none.
	k := parseStackMap(out, "@k")
	empty := strings.Contains(out, fmt.Sprintf("\n@k[]: %d\n", n))
	switch {
	case empty && len(k) == 0:
		t.Logf("this kernel records no kernel stack in syscall tracepoints")
		if c := strings.Count(out, "first |\n"); c != n {
			t.Errorf("%d printf lines with an empty kernel stack, want %d", c, n)
		}
	case !empty && len(k) == 1 && k[0].count == n && hasFrame(k[0].frames, "do_syscall_64"):
		// printf of stacks: each frame on its own line indented by 8.
		if c := strings.Count(out, "first \n        "); c != n {
			t.Errorf("%d printf lines start with an indented kernel frame, want %d", c, n)
		}
	default:
		t.Errorf("@k = %+v, want one kernel stack through do_syscall_64 (or an empty one) counted %d times", k, n)
	}
	// perf mode: the address, symbol and module of each frame.
	perfFrame := regexp.MustCompile(`(?m)^\t[0-9a-f]+ [^ ]+\+\d+ \(` + regexp.QuoteMeta(bin) + `\)$`)
	if c := len(perfFrame.FindAllString(out, -1)); c < 2*n {
		t.Errorf("%d perf-mode user frames in %s, want at least %d", c, bin, 2*n)
	}
}

// The same kernel stacks, printed the same way as bpftrace 0.17 prints
// them, byte for byte, from both tools tracing the same system calls.
func TestSameStacksAsBpftrace(t *testing.T) {
	requireRoot(t)
	bpftrace, err := exec.LookPath("bpftrace")
	if err != nil {
		t.Skip("bpftrace is not installed (apt-get install bpftrace)")
	}
	bin := uprobeBinary(t)
	const n = 11
	h := startStackHelper(t, bin, n)
	script := readyProbe + `tracepoint:syscalls:sys_enter_getppid /pid == $2/ {
  @k[kstack] = count(); @k3[kstack(3)] = count(); @p[kstack(perf, 5)] = count();
  @u[ustack] = count(); @up[ustack(perf, 3)] = count(); @both[kstack(2), ustack(2)] = count();
}`
	bt := start(t, bpftrace, "-e", script, pidArg(), h.pid())
	nt := ntrace017(t, script, pidArg(), h.pid())
	bt.waitReady()
	nt.waitReady()
	h.call(t)
	bt.stopInsisting()
	nt.stop()
	want, got := mapSection(bt.Stdout()), mapSection(nt.Stdout())
	if len(parseStackMap(want, "@k")) != 1 {
		t.Fatalf("bpftrace printed no @k stack:\n%s\n%s", bt.Stdout(), bt.Stderr())
	}
	if got != want {
		t.Errorf("ntrace's stacks differ from bpftrace's\nntrace:\n%s\nbpftrace:\n%s", got, want)
	}
}

// -f json: a stack value is an array of frames, a stack key bpftrace's
// text; every line parses.
func TestStacksJSON(t *testing.T) {
	requireRoot(t)
	const n = 5
	h := startStackHelper(t, uprobeBinary(t), n)
	tr := ntrace(t, `tracepoint:syscalls:sys_enter_getpid /pid == $1/ { printf("ready\n"); }
rawtracepoint:sys_enter /pid == $2 && arg1 == 110/ { @k[kstack(12)] = count(); @v = kstack(12); }
tracepoint:syscalls:sys_enter_getppid /pid == $2/ { print((ustack(3), 1)); }`,
		"-f", "json", pidArg(), h.pid())
	tr.waitLine(func(l string) bool { return strings.Contains(l, `"ready\n"`) }, func() { syscall.Getpid() })
	h.call(t)
	tr.stop()
	var values, maps int
	for _, line := range strings.Split(strings.TrimSpace(tr.Stdout()), "\n") {
		var obj struct {
			Type string          `json:"type"`
			Data json.RawMessage `json:"data"`
		}
		if err := json.Unmarshal([]byte(line), &obj); err != nil {
			t.Fatalf("not JSON: %q: %v", line, err)
		}
		switch obj.Type {
		case "value":
			var v []json.RawMessage
			var frames []string
			if err := json.Unmarshal(obj.Data, &v); err != nil || len(v) != 2 || json.Unmarshal(v[0], &frames) != nil {
				t.Fatalf("print((ustack(3), 1)) = %s, want [[frames…],1]", obj.Data)
			}
			if len(frames) != 3 || !hasFrame(frames, stackSymbol) {
				t.Errorf("user frames %q, want 3 with %s", frames, stackSymbol)
			}
			values++
		case "map":
			var m map[string]json.RawMessage
			json.Unmarshal(obj.Data, &m)
			if raw, ok := m["@v"]; ok {
				var frames []string
				if err := json.Unmarshal(raw, &frames); err != nil || !hasFrame(frames, "do_syscall_64") {
					t.Errorf("@v = %s, want kernel frames with do_syscall_64", raw)
				}
				maps++
			}
			if raw, ok := m["@k"]; ok {
				var keyed map[string]int
				if err := json.Unmarshal(raw, &keyed); err != nil || len(keyed) != 1 {
					t.Fatalf("@k = %s", raw)
				}
				for k, c := range keyed {
					if c != n || !strings.HasPrefix(k, "\n    ") || !strings.Contains(k, "\n    do_syscall_64+") {
						t.Errorf("@k key %q count %d, want the text block counted %d", k, c, n)
					}
				}
				maps++
			}
		}
	}
	if values != n || maps != 2 {
		t.Errorf("%d values and %d stack maps, want %d and 2:\n%s", values, maps, n, tr.Stdout())
	}
}

// ksym() names kernel addresses at print time: one kaddr() resolved when
// compiling, five bytes into the function, and one the symbol table has
// nothing at, which prints in hex.
func TestKsym(t *testing.T) {
	tr := ntrace(t, `tracepoint:syscalls:sys_enter_getppid /pid == $1/ {
  printf("%s|%s\n", ksym(kaddr("do_syscall_64") + 5), ksym(0x10));
}`, pidArg())
	line := tr.waitLine(func(l string) bool { return strings.Contains(l, "|") }, func() { getppidOnThread(1) })
	tr.stop()
	if line != "do_syscall_64|0x10" {
		t.Errorf("printed %q, want %q\n%s", line, "do_syscall_64|0x10", tr.Stderr())
	}
}
