package e2e

import (
	"fmt"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// Loops over a map that real traffic filled: the datagrams this test
// sends, by length, from several threads (so each CPU counts its share),
// counted by the script and then walked with for, counted with len(), and
// added up in a probe by reading the count aggregation.
func TestLoopOverTrafficMap(t *testing.T) {
	requireRoot(t)
	script := readyProbe + `
tracepoint:syscalls:sys_enter_sendto /pid == $1/ { @bytes[args->len] = count(); @all = count(); @big = max(args->len); }
tracepoint:syscalls:sys_enter_getsid /pid == $1 && args->pid == 424242/ {
  $n = 0; $total = 0;
  for ($kv : @bytes) {
    printf("len %d count %d\n", $kv.0, $kv.1);
    $n++;
    $total += $kv.1;
  }
  printf("keys %d len %d total %d all %d big %d\n", $n, len(@bytes), $total, @all, @big);
  exit();
}`
	tr := ntrace(t, script, strconv.Itoa(syscall.Getpid()))
	tr.waitReady()
	rx, _ := udpPair(t, "udp4", 0)
	sent := map[int]int{10: 37, 100: 211, 1000: 5}
	var plans [][]int // four threads' share of each length
	for size, n := range sent {
		for part := 0; part < 4; part++ {
			plans = append(plans, slices.Repeat([]int{size}, n/4+boolInt(part < n%4)))
		}
	}
	sendFromThreads(t, rx.LocalAddr().(*net.UDPAddr).Port, plans)
	syscall.RawSyscall(syscall.SYS_GETSID, 424242, 0, 0) // the script's cue; no such process
	tr.wait()
	out := tr.Stdout()
	total := 0
	for size, n := range sent {
		if want := fmt.Sprintf("len %d count %d\n", size, n); !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
		total += n
	}
	if want := fmt.Sprintf("keys 3 len 3 total %d all %d big 1000\n", total, total); !strings.Contains(out, want) {
		t.Errorf("output lacks %q", want)
	}
	if t.Failed() {
		t.Logf("stdout:\n%s\nstderr:\n%s", out, tr.Stderr())
	}
}

// sendFromThreads sends datagrams to 127.0.0.1:port from one goroutine
// and socket per plan, one datagram of each length the plan lists, and
// returns when all are sent.
func sendFromThreads(t *testing.T, port int, plans [][]int) {
	t.Helper()
	var wg sync.WaitGroup
	for _, plan := range plans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, 0)
			if err != nil {
				t.Error(err)
				return
			}
			defer syscall.Close(fd)
			to := &syscall.SockaddrInet4{Port: port, Addr: [4]byte{127, 0, 0, 1}}
			for _, size := range plan {
				if err := syscall.Sendto(fd, make([]byte, size), 0, to); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Ranges, while loops, break, continue, nested loops and return from
// inside a loop, each printing what the loop computes by construction.
func TestLoopSemantics(t *testing.T) {
	requireRoot(t)
	script := `BEGIN {
  $s = 0; for ($i : 1..101) { $s += $i; } printf("sum %d\n", $s);
  $o = 0; for ($i : 0..20) { if ($i % 2 == 0) { continue; } if ($i > 15) { break; } $o += $i; } printf("odd %d\n", $o);
  $w = 1; $k = 0; while ($w < 1000000) { $w *= 3; $k++; } printf("while %d %d\n", $w, $k);
  $nest = 0; for ($i : 0..10) { for ($j : 0..$i) { $nest++; } } printf("nested %d\n", $nest);
  $a = 5; for ($i : 0..$a) { $a--; } printf("bounds once %d\n", $a);
  for ($i : 3..3) { printf("empty range ran\n"); }
  for ($i : (-2)..1) { printf("neg %d\n", $i); }
  @m[1] = 10; @m[2] = 20; @m[3] = 30;
  $seen = 0; for ($kv : @m) { if ($kv.0 == 2) { continue; } $seen += $kv.1; } printf("skip %d\n", $seen);
  for ($kv : @m) { delete(@m, $kv.0); } printf("left %d\n", len(@m));
  for ($i : 0..5) { if ($i == 3) { printf("return at %d\n", $i); exit(); return; } }
  printf("not reached\n");
}`
	out, code := runTool(t, ntraceBin, "-e", script)
	if code != 0 {
		t.Fatalf("exit code %d:\n%s", code, out)
	}
	for _, want := range []string{
		"sum 5050\n", "odd 64\n", "while 1594323 13\n", "nested 45\n", "bounds once 0\n",
		"neg -2\nneg -1\nneg 0\n", "skip 40\n", "left 0\n", "return at 3\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	for _, bad := range []string{"not reached", "empty range ran", "neg 1\n"} {
		if strings.Contains(out, bad) {
			t.Errorf("output has %q", bad)
		}
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}

// while, break and continue are bpftrace 0.17's too: both tools run the
// same script over the same system calls, the test's getppid() calls
// (the first 40 of them), and print the same lines.
func TestWhileLikeBpftrace(t *testing.T) {
	requireRoot(t)
	bt := bpftrace017(t)
	script := `tracepoint:syscalls:sys_enter_getppid /pid == $1 && @calls < 40/ {
  @calls = @calls + 1;
  $i = 0; $bits = 0; $v = @calls;
  while ($v > 0) { $bits++; $v = $v >> 1; }
  while ($i < 100) { $i++; if ($i % 3 == 0) { continue; } if ($i > 20) { break; } @steps = @steps + 1; }
  printf("call %d bits %d\n", @calls, $bits);
  if (@calls == 40) { exit(); }
}`
	pid := strconv.Itoa(syscall.Getpid())
	outputs := map[string]string{}
	for _, tool := range []string{ntraceBin, bt} {
		args := []string{"-e", script, pid}
		if tool == ntraceBin {
			args = append(text017, args...)
		}
		tr := start(t, tool, args...)
		tr.waitLine(func(l string) bool { return l == "call 40 bits 6" }, func() { syscall.Getppid() })
		tr.wait()
		outputs[tool] = normalizeLines(tr.Stdout())
	}
	if outputs[ntraceBin] != outputs[bt] {
		t.Errorf("ntrace and bpftrace differ:\nntrace:\n%s\nbpftrace:\n%s", outputs[ntraceBin], outputs[bt])
	}
	if !strings.Contains(outputs[ntraceBin], "@steps: 560\n") {
		t.Errorf("want @steps: 560 (14 steps in each of 40 calls):\n%s", outputs[ntraceBin])
	}
}

// normalizeLines keeps a tracer's lines of output that the script printed,
// in order, without blank lines.
func normalizeLines(out string) string {
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if l != "" && !strings.HasPrefix(l, "Attached ") && !strings.HasPrefix(l, "Attaching ") { // ntrace's, bpftrace 0.17's
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n") + "\n"
}

// A loop the kernel's verifier would refuse is refused before anything
// loads, at its line: loops nested deeper than the verifier's eight
// frames.
func TestLoopTooDeepRefused(t *testing.T) {
	requireRoot(t)
	var b strings.Builder
	b.WriteString("BEGIN {\n")
	for i := 0; i < 8; i++ {
		fmt.Fprintf(&b, "for ($i%d : 0..2) {\n", i)
	}
	b.WriteString("@n = count();\n")
	b.WriteString(strings.Repeat("}\n", 8))
	b.WriteString("exit();\n}\n")
	out, code := runTool(t, ntraceBin, "-e", b.String())
	if code == 0 || !strings.Contains(out, "-e:9:1: error: loops nest more than 7 deep here") {
		t.Errorf("exit code %d, want an error at the eighth loop:\n%s", code, out)
	}
	if strings.Contains(out, "rejected") {
		t.Errorf("refused by the verifier, not before loading:\n%s", out)
	}
}
