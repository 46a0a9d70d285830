package e2e

import (
	"context"
	"fmt"
	"net"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Today's bpftrace syntax, each construct printing what the script
// computes by construction: macros, records, enums, bools, durations,
// let declarations, block and if expressions, &$var, several begin and
// end blocks in order.
func TestTodaysSyntax(t *testing.T) {
	requireRoot(t)
	script := `enum Color { RED = 1, GREEN, BLUE = 10 };
macro inc($x) { $x += 1; $x }
macro add(a, b) { a + b }
macro put(@m, k) { @m[k] = k * 2; }
macro sq(x) { let $v = x; $v * $v }
macro fmt { "fmt %d\n" }
begin { printf("first begin\n"); }
begin {
  $a = 1; $b = inc($a); printf("inc %d %d\n", $a, $b);
  printf("add %d sq %d\n", add(2, 3), sq(add(1, 2)));
  put(@m, 4);
  $r = (name = "abc", n = 7, inner = (x = 1, y = 2));
  printf("record %s %d %d\n", $r.name, $r.n, $r.inner.y);
  print($r);
  printf("enum %d %s %s\n", GREEN, BLUE, (enum Color)1);
  print((true, false, (bool)5, (bool)0));
  printf("durations %lld %lld %lld\n", 10ms, 2s + 1us, 1m);
  let $u: uint8 = 255; $u += 1; printf("uint8 wraps %d\n", $u);
  let $z; printf("declared zero %d\n", $z);
  $blk = { let $t = 20; $t + 1 }; printf("block %d\n", $blk);
  $c = if ($blk > 5) { "big" } else { "small" }; printf("if %s\n", $c);
  $p = &$blk; printf("deref %d\n", *$p);
  printf(fmt, 3);
  exit();
}
end { printf("first end\n"); }
END { printf("second end\n"); }`
	out, code := runTool(t, ntraceBin, "-e", script)
	if code != 0 {
		t.Fatalf("exit code %d:\n%s", code, out)
	}
	for _, want := range []string{
		"first begin\n",
		"inc 2 2\n", "add 5 sq 9\n",
		"record abc 7 2\n", "{ .name = abc, .n = 7, .inner = { .x = 1, .y = 2 } }\n",
		"enum 2 BLUE RED\n",
		"(true, false, true, false)\n",
		fmt.Sprintf("durations %d %d %d\n", 10_000_000, 2_000_001_000, 60_000_000_000),
		"uint8 wraps 0\n", "declared zero 0\n", "block 21\n", "if big\n", "deref 21\n", "fmt 3\n",
		"first end\nsecond end\n",
		"@m[4]: 8\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if i, j := strings.Index(out, "first begin"), strings.Index(out, "inc 2 2"); i < 0 || j < i {
		t.Errorf("the begin blocks did not run in order")
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}

// Aggregations read in a probe add up their CPUs' values: the count,
// sum, minimum, maximum and average of the lengths of the datagrams the
// test sends from several threads, against what it sent. has_key and
// delete(@m, key) on a map the traffic filled.
func TestReadAggregations(t *testing.T) {
	requireRoot(t)
	script := readyProbe + `
tracepoint:syscalls:sys_enter_sendto /pid == $1/ {
  @n = count(); @sum = sum(args->len); @lo = min(args->len); @hi = max(args->len); @avg = avg(args->len);
  @seen[args->len] = 1;
}
tracepoint:syscalls:sys_enter_getsid /pid == $1 && args->pid == 424242/ {
  printf("count %d sum %d min %d max %d avg %d\n", @n, @sum, @lo, @hi, @avg);
  printf("has %d %d\n", has_key(@seen, 64), has_key(@seen, 65));
  delete(@seen, 64);
  printf("after delete %d len %d\n", has_key(@seen, 64), len(@seen));
  if (@n > 10) { printf("more than ten\n"); }
  exit();
}`
	tr := ntrace(t, script, strconv.Itoa(syscall.Getpid()))
	tr.waitReady()
	rx, _ := udpPair(t, "udp4", 0)
	lengths := []int{64, 100, 1200, 7, 300}
	plans := make([][]int, 4) // four threads, each its own order of the lengths
	n, sum := 0, 0
	for w := range plans {
		for i := 0; i < 25; i++ {
			size := lengths[(i+w)%len(lengths)]
			plans[w] = append(plans[w], size)
			n++
			sum += size
		}
	}
	sendFromThreads(t, rx.LocalAddr().(*net.UDPAddr).Port, plans)
	syscall.RawSyscall(syscall.SYS_GETSID, 424242, 0, 0) // the script's cue
	tr.wait()
	out := tr.Stdout()
	for _, want := range []string{
		fmt.Sprintf("count %d sum %d min 7 max 1200 avg %d\n", n, sum, sum/n),
		"has 1 0\n",
		fmt.Sprintf("after delete 0 len %d\n", len(lengths)-1),
		"more than ten\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("stdout:\n%s\nstderr:\n%s", out, tr.Stderr())
	}
}

// The config block sets what flags would, and a flag given on the
// command line wins; an unknown setting is an error at its line and
// column.
func TestConfigBlock(t *testing.T) {
	requireRoot(t)
	// max_map_keys: three keys fit, the fourth and fifth are dropped.
	full := `config = { max_map_keys = 3 }
BEGIN { @m[1] = 1; @m[2] = 2; @m[3] = 3; @m[4] = 4; @m[5] = 5; exit(); }`
	out, code := runTool(t, ntraceBin, "-e", full)
	if code != 0 || !strings.Contains(out, "map @m is full (3 entries): 2 updates dropped") {
		t.Errorf("max_map_keys = 3: exit %d:\n%s", code, out)
	}
	out, code = runTool(t, ntraceBin, "--map-size", "10", "-e", full)
	if code != 0 || strings.Contains(out, "full") || !strings.Contains(out, "@m[5]: 5") {
		t.Errorf("--map-size 10 over max_map_keys = 3: exit %d:\n%s", code, out)
	}
	// print_maps_on_exit = false: the maps stay unprinted.
	out, code = runTool(t, ntraceBin, "-e", `config = { print_maps_on_exit = false } BEGIN { @x = 5; printf("ran\n"); exit(); }`)
	if code != 0 || !strings.Contains(out, "ran\n") || strings.Contains(out, "@x") {
		t.Errorf("print_maps_on_exit = false: exit %d:\n%s", code, out)
	}
	// missing_probes = warn: a tracepoint that does not exist is a
	// warning and the rest runs.
	out, code = runTool(t, ntraceBin, "-e", `config = { missing_probes = warn }
tracepoint:syscalls:sys_enter_nonsense { exit(); }
BEGIN { printf("still ran\n"); exit(); }`)
	if code != 0 || !strings.Contains(out, "still ran\n") || !strings.Contains(out, "warning") {
		t.Errorf("missing_probes = warn: exit %d:\n%s", code, out)
	}
	out, code = runTool(t, ntraceBin, "-e", "config = { max_map_keys = 3;\n  colour = blue }\nBEGIN { exit(); }")
	if code == 0 || !strings.Contains(out, "-e:2:3: error: config colour: no such setting") {
		t.Errorf("unknown setting: exit %d:\n%s", code, out)
	}
}

// Map declarations: an LRU map makes room for new keys and never reports
// full; a hash map declared with a size reports full at that size
// whatever --map-size says.
func TestMapDeclarations(t *testing.T) {
	requireRoot(t)
	out, code := runTool(t, ntraceBin, "-e", `let @lru = lruhash(8);
BEGIN { for ($i : 0..100) { @lru[$i] = $i; } printf("len %d\n", len(@lru)); exit(); }`)
	if code != 0 || strings.Contains(out, "full") || strings.Contains(out, "dropped") {
		t.Errorf("lruhash: exit %d:\n%s", code, out)
	}
	if n := strings.Count(out, "@lru["); n < 1 || n > 8 {
		t.Errorf("lruhash(8) printed %d keys, want 1 to 8:\n%s", n, out)
	}
	if !strings.Contains(out, "@lru[99]: 99\n") {
		t.Errorf("lruhash(8) lost its newest key:\n%s", out)
	}
	out, code = runTool(t, ntraceBin, "--map-size", "1000", "-e", `let @h = hash(2);
BEGIN { @h[1] = 1; @h[2] = 2; @h[3] = 3; exit(); }`)
	if code != 0 || !strings.Contains(out, "map @h is full (2 entries): 1 updates dropped") {
		t.Errorf("hash(2): exit %d:\n%s", code, out)
	}
	// An aggregation in a declared hash map is one value the CPUs share,
	// which a probe reads as it is; min() needs a value per CPU.
	out, code = runTool(t, ntraceBin, "-e", `let @h = hash(100);
BEGIN { for ($i : 0..11) { @h[$i % 2] = count(); } printf("read %d %d\n", @h[0], @h[1]); exit(); }`)
	if code != 0 || !strings.Contains(out, "read 6 5\n") {
		t.Errorf("count() in hash(100): exit %d:\n%s", code, out)
	}
	out, code = runTool(t, ntraceBin, "-e", "let @h = hash(100);\nBEGIN { @h[1] = min(5); exit(); }")
	if code == 0 || !strings.Contains(out, "-e:2:17: error: @h is a hash map: min() needs a per-CPU one") {
		t.Errorf("min() in hash(100): exit %d:\n%s", code, out)
	}
	out, code = runTool(t, ntraceBin, "-e", `let @c = percpulruhash(4);
BEGIN { for ($i : 0..10) { @c[$i % 3] = count(); } exit(); }`)
	for k, n := range []int{4, 3, 3} {
		if want := fmt.Sprintf("@c[%d]: %d\n", k, n); !strings.Contains(out, want) {
			t.Errorf("percpulruhash: output lacks %q (exit %d):\n%s", want, code, out)
		}
	}
}

// --unsafe is accepted, as bpftrace's scripts and test suite pass it
// (-q is TestQuietFlag's).
func TestUnsafeAccepted(t *testing.T) {
	requireRoot(t)
	out, code := runTool(t, ntraceBin, "--unsafe", "-e", `interval:ms:50 { printf("hello\n"); exit(); }`)
	if code != 0 || !strings.Contains(out, "hello\n") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

// A uprobe's binary may be named relative to the directory ntrace runs
// in, with or without "./", as bpftrace's test suite names its programs
// (uprobe:testprogs/simple_struct:func): each form counts every call the
// helper that -c starts makes.
func TestRelativeUprobePaths(t *testing.T) {
	requireRoot(t)
	bin := uprobeBinary(t)
	dir := filepath.Dir(bin)
	rel := filepath.Join(filepath.Base(dir), filepath.Base(bin))
	const calls = 9
	for _, path := range []string{rel, "./" + rel} {
		script := `uprobe:` + path + `:*e2e.uprobeTarget { @calls = count(); }`
		helper := fmt.Sprintf("echo go | env %s=%d GOGC=off GODEBUG=asyncpreemptoff=1 %s", helperEnv, calls, path)
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		cmd := exec.CommandContext(ctx, ntraceBin, "-c", helper, "-e", script)
		cmd.Dir = filepath.Dir(dir)
		out, err := cmd.CombinedOutput()
		cancel()
		if err != nil || !strings.Contains(string(out), fmt.Sprintf("@calls: %d\n", calls)) {
			t.Errorf("uprobe:%s: %v\n%s", path, err, out)
		}
	}
}
