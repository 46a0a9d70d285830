package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// printf events arrive in order, one line per datagram, with the values
// the kernel saw; strings come from a __data_loc field (the device name).
func TestPrintfEvents(t *testing.T) {
	requireTracepoint(t, "sock", "sock_recv_length")
	tr := ntrace(t, readyProbe+`tracepoint:sock:sock_recv_length /pid == $1 && args->protocol == 17 && args->ret > 0/ {
  printf("recv %-6d|%5s|%x\n", args->ret, "ab", args->ret);
}
tracepoint:net:netif_receive_skb /args->len == 1262/ { printf("dev %s\n", args->name); }`, pidArg())
	tr.waitReady()
	sizes := []int{10, 1234, 300}
	udpExchange(t, sizes)
	tr.stop()
	var got []string
	for _, l := range strings.Split(tr.Stdout(), "\n") {
		if strings.HasPrefix(l, "recv ") || strings.HasPrefix(l, "dev ") {
			got = append(got, l)
		}
	}
	// 1234 bytes of payload are 1262 bytes on the wire (IPv4 20 + UDP 8).
	want := []string{
		fmt.Sprintf("recv %-6d|%5s|%x", 10, "ab", 10),
		"dev lo",
		fmt.Sprintf("recv %-6d|%5s|%x", 1234, "ab", 1234),
		fmt.Sprintf("recv %-6d|%5s|%x", 300, "ab", 300),
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// interval probes fire on their own; exit() ends the run, END runs and the
// maps print once.
func TestIntervalExitEnd(t *testing.T) {
	requireRoot(t)
	out, code := runTool(t, ntraceBin, "-e", `interval:ms:50 { @ticks++; if (@ticks >= 3) { exit(); } } END { printf("end %d\n", @ticks); }`)
	if code != 0 {
		t.Fatalf("exit code %d:\n%s", code, out)
	}
	if !strings.Contains(out, "end 3\n") || strings.Count(out, "@ticks: 3\n") != 1 {
		t.Errorf("output:\n%s", out)
	}
}

// BEGIN runs before anything else; scratch variables, ternaries, tuples,
// string comparison, casts and integer semantics all compile and compute
// what bpftrace 0.17 does (e2e/differential_signs_test.go compares).
func TestLanguageSemantics(t *testing.T) {
	requireRoot(t)
	script := `BEGIN {
  $a = -7; $b = 2;
  printf("div %d %d %d %d\n", $a / $b, $a % $b, 7 / $b, (uint8)257);
  printf("shift %d %d\n", $a >> 1, (uint64)$a >> 60);
  $s = "hello";
  printf("cmp %d %d %d\n", $s == "hello", $s == "hell", $s != "x");
  $t = (1, "two", 3);
  printf("tuple %d %s %d\n", $t.0, $t.1, $t.2);
  printf("tern %s %d\n", $b > 1 ? "big" : "small", $b < 1 ? 10 : 20);
  printf("logic %d %d %d\n", $a < 0 && $b > 0, 0 || $b == 3, !$b);
  @m["k"] = 5; @m["k"] += 10; @m["j"]--;
  printf("map %d %d %d\n", @m["k"], @m["j"], @m["absent"]);
  if ($a < 0) { printf("if-then\n"); } else { printf("if-else\n"); }
  if ($a < 0 && ($b > 5 || !$b)) { printf("cond-1 wrong\n"); } else { printf("cond-1 ok\n"); }
  if ($a > 5 || (uint64)$a > 5) { printf("cond-2 ok\n"); }
  if (!($a == -7) || 0) { printf("cond-3 wrong\n"); } else if ($b != 2 && 1) { printf("cond-4 wrong\n"); } else { printf("cond-4 ok\n"); }
  unroll(3) { $b = $b * 2; }
  printf("unroll %d\n", $b);
  printf("swap %x %x\n", ntohs(0x1234), bswap((uint32)0x11223344));
  exit();
}`
	out, code := runTool(t, ntraceBin, "-e", script)
	if code != 0 {
		t.Fatalf("exit code %d:\n%s", code, out)
	}
	for _, want := range []string{
		// As bpftrace 0.17 divides: unsigned, -7 / 2 is 2^63-4, whose
		// low 32 bits %d shows; (uint8)257 wraps to 1.
		"div -4 1 3 1\n",
		"shift -4 15\n", // logical shifts: 2^63-4 again, and 15
		"cmp 1 0 1\n",
		"tuple 1 two 3\n",
		"tern big 20\n",
		"logic 1 0 0\n",
		"map 15 -1 0\n",
		"if-then\n",
		"cond-1 ok\n",
		"cond-2 ok\n", // -7 as an unsigned 64-bit value is greater than 5
		"cond-4 ok\n",
		"unroll 16\n",
		"swap 3412 44332211\n",
		"@m[j]: -1\n",
		"@m[k]: 15\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(out, "wrong") {
		t.Errorf("a condition took the wrong branch")
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}

// Raw tracepoints' arguments are typed from BTF: the raw_syscalls
// sys_enter tracepoint gets (regs, id). (arg1 rather than args->id:
// kernels before 6.4 do not name raw tracepoint arguments.) A program that
// reads nothing through them attaches as a plain raw tracepoint, which
// the verifier loads without looking its target up in vmlinux BTF.
func TestRawTracepoint(t *testing.T) {
	const n = 321
	tr := ntrace(t, `rawtracepoint:sys_enter /pid == $1 && arg1 == 110/ { @getppid = count(); }
tracepoint:syscalls:sys_enter_getpid /pid == $1/ { printf("ready\n"); }`, pidArg(), "-v")
	tr.waitLine(func(l string) bool { return l == "ready" }, func() { syscall.Getpid() })
	getppidOnThread(n)
	tr.stop()
	if got := parseScalar(t, tr.Stdout(), "@getppid"); got != n {
		t.Errorf("@getppid = %d, want %d", got, n)
	}
	if !strings.Contains(tr.Stderr(), "rawtracepoint:sys_enter: attached as raw_tracepoint") {
		t.Errorf("-v did not say how the raw tracepoint attached:\n%s", tr.Stderr())
	}
}

// -c runs a command, traces while it runs and stops when it exits.
func TestCommandFlag(t *testing.T) {
	requireRoot(t)
	out, code := runTool(t, ntraceBin, "-c", "/bin/true", "-e",
		`tracepoint:sched:sched_process_exec /str(args->filename) == "/bin/true"/ { @execs[comm] = count(); }`)
	if code != 0 || !strings.Contains(out, "@execs[true]: 1\n") {
		t.Errorf("exit code %d, output:\n%s", code, out)
	}
}

// -D parameters are typed values folded into the program; a bad value is
// an error naming the parameter.
func TestParameters(t *testing.T) {
	requireRoot(t)
	out, code := runTool(t, ntraceBin, "-D", "N=41", "-D", "WHO=ntrace", "-e", `BEGIN { printf("%d %s\n", ${N} + 1, "${WHO}"); printf("%s\n", ${WHO}); exit(); }`)
	if code != 0 || !strings.Contains(out, "42 ${WHO}\nntrace\n") {
		t.Errorf("exit code %d, output:\n%s", code, out)
	}
	out, code = runTool(t, ntraceBin, "-D", "N=abc", "-e", `BEGIN { @ = ${N} + 1; exit(); }`)
	want := `-e:1:13: error: parameter N="abc": expected an integer or a duration (like 10ms)`
	if code != 1 || !strings.Contains(out, want) {
		t.Errorf("exit code %d, output:\n%s\nwant %s", code, out, want)
	}
}

// Errors in a script point at the line and column, and nothing runs.
func TestScriptErrors(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/bad.nt"
	src := "tracepoint:syscalls:sys_enter_getppid {\n  @x = count();\n  printf(\"%d\\n\", args->nosuch);\n}\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	requireRoot(t)
	out, code := runTool(t, ntraceBin, path)
	want := path + `:3:22: error: tracepoint:syscalls:sys_enter_getppid args has no field "nosuch"; it has __syscall_nr
  printf("%d\n", args->nosuch);
                     ^
`
	if code != 1 || out != want {
		t.Errorf("exit code %d, output:\n%q\nwant:\n%q", code, out, want)
	}
}

// Without the capabilities tracing needs, ntrace says which are missing
// and exits 3 before touching the kernel.
func TestWithoutPrivileges(t *testing.T) {
	requireRoot(t)
	cmd := exec.Command(ntraceBin, "-e", "BEGIN { exit(); }")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, code := combinedOutput(t, cmd)
	want := "ntrace: tracing needs root, or the capabilities CAP_BPF, CAP_PERFMON and CAP_SYS_ADMIN (missing: CAP_SYS_ADMIN, CAP_PERFMON, CAP_BPF)\n"
	if code != 3 || out != want {
		t.Errorf("exit code %d, output %q, want %q", code, out, want)
	}
}
