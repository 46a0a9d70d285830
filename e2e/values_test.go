package e2e

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Values issue 14 found silently wrong, each against what the script
// itself wrote (or, for sizeof of a tuple, what bpftrace 0.17 gives: C's
// struct layout).
func TestValuesNotSilentlyWrong(t *testing.T) {
	requireRoot(t)
	script := `BEGIN {
  $i = (uint32)0x12345678; $s = (uint16)0x1234;
  printf("bswap 0x%x 0x%x %d %d\n", bswap($i), bswap($s), sizeof($i), sizeof($s));
  $p = (int32 *)50; $p++; $q = (int64 *)1000; $q -= 3; $q--;
  @p = (int32 *)50; @p++; @p += 2; @q[1] = (uint16 *)10; @q[1]--;
  printf("ptr %lu %lu %lu %lu\n", $p, $q, @p, @q[1]);
  printf("tuple %d %d %d %d %d\n", sizeof(((int8)1, (int16)1, (int32)1)), sizeof(("abc", (int8)1)),
    sizeof((1, "abc")), sizeof((comm, (int8)1)), sizeof(("abc", ((int8)1, (int16)2))));
  $t = ((int8)-1, "ab", (int16)-300, ((uint8)255, "xyz"), (int32)-7);
  printf("elems %d %s %d %d %s %d\n", $t.0, $t.1, $t.2, $t.3.0, $t.3.1, $t.4);
  @t = $t; @tk[$t] = 1;
  @u[18446744073709551615] = 18446744073709551615;
  exit();
}`
	out, code := runTool(t, ntraceBin, "-e", script)
	if code != 0 {
		t.Fatalf("exit code %d:\n%s", code, out)
	}
	for _, want := range []string{
		"bswap 0x78563412 0x3412 4 2\n",
		fmt.Sprintf("ptr %d %d %d %d\n", 50+4, 1000-4*8, 50+3*4, 10-2),
		"tuple 8 5 16 17 8\n",
		"elems -1 ab -300 255 xyz -7\n",
		"@t: (-1, ab, -300, (255, xyz), -7)\n",
		// A map's keys are a tuple: @tk[$t] is @tk[-1, "ab", …].
		"@tk[-1, ab, -300, (255, xyz), -7]: 1\n",
		"@u[18446744073709551615]: 18446744073709551615\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}

// A system call's pointer arguments point into the calling process's
// memory: structs, integers and strings read through them are what the
// test passed, over IPv4 and IPv6.
func TestSyscallArgumentsInUserMemory(t *testing.T) {
	requireTracepoint(t, "syscalls", "sys_enter_clock_nanosleep")
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	script := readyProbe + `tracepoint:syscalls:sys_enter_clock_nanosleep /pid == $1/ {
  $t = (struct __kernel_timespec *)args->rqtp;
  printf("sleep %d %d\n", $t->tv_sec, $t->tv_nsec);
}
tracepoint:syscalls:sys_enter_connect /pid == $1/ {
  $sa = (struct sockaddr *)args->uservaddr;
  if ($sa->sa_family == 2) {
    $in = (struct sockaddr_in *)$sa;
    printf("connect4 %s %d\n", ntop($in->sin_addr.s_addr), bswap($in->sin_port));
  } else {
    $in6 = (struct sockaddr_in6 *)$sa;
    printf("connect6 %s %d\n", ntop($in6->sin6_addr.in6_u.u6_addr8), bswap($in6->sin6_port));
  }
}
tracepoint:syscalls:sys_enter_write /pid == $1 && args->fd == $2/ {
  printf("write %d %s 0x%x %c\n", args->count, str(args->buf, 8), *(uint32 *)args->buf, ((uint8 *)args->buf)[5]);
}
`
	tr := ntrace(t, script, pidArg(), strconv.Itoa(int(w.Fd())))
	tr.waitReady()
	// An absolute time long past: the call returns at once.
	unix.ClockNanosleep(unix.CLOCK_MONOTONIC, unix.TIMER_ABSTIME, &unix.Timespec{Sec: 1, Nsec: 250000000}, nil)
	for _, addr := range []string{"127.0.0.1:4242", "[::1]:4243"} {
		c, err := net.Dial("udp", addr)
		if err != nil {
			t.Fatal(err)
		}
		c.Close()
	}
	if _, err := w.Write([]byte("abcdefgh")); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"sleep 1 250000000",
		"connect4 127.0.0.1 4242",
		"connect6 ::1 4243",
		"write 8 abcdefgh 0x64636261 f",
	}
	tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "write") }, nil)
	tr.stop()
	for _, line := range want {
		if !strings.Contains(tr.Stdout(), line+"\n") {
			t.Errorf("output lacks %q", line)
		}
	}
	if t.Failed() {
		t.Logf("stdout:\n%s\nstderr:\n%s", tr.Stdout(), tr.Stderr())
	}
}

// userRecord is what userMemoryTarget's caller passes and gets back; its
// layout is C's for the script's struct rec.
type userRecord struct {
	a    int32
	b    int16
	name [10]byte
	c    int64
}

var userRecords = [2]userRecord{
	{a: -5, b: 300, name: [10]byte{'u', 's', 'e', 'r', '-', 'o', 'n', 'e'}, c: 1 << 40},
	{a: 7, b: -2, name: [10]byte{'t', 'w', 'o'}, c: -123456789},
}

// userMemoryEnv makes this test binary a helper that calls
// userMemoryTarget once, after a line on stdin.
const userMemoryEnv = "NTRACE_E2E_USER_MEMORY"

// userMemoryTarget gets a pointer in its fourth argument (DI, where arg0
// reads) and returns another (AX, where retval reads).
//
//go:noinline
func userMemoryTarget(a, b, c int, r *userRecord, e int) *userRecord {
	if r.a+int32(a+b+c+e) > 0 {
		return &userRecords[0]
	}
	return &userRecords[1]
}

func init() {
	if os.Getenv(userMemoryEnv) == "" {
		return
	}
	bufio.NewReader(os.Stdin).ReadString('\n')
	got := userMemoryTarget(0, 0, 0, &userRecords[0], 0)
	fmt.Println(unsafe.Pointer(got) == unsafe.Pointer(&userRecords[1]))
	os.Exit(0)
}

// A uprobe's arguments and a uretprobe's return value are addresses in
// the traced process: a struct the script declares, read through them,
// holds what the process put there.
func TestUprobeArgumentsInUserMemory(t *testing.T) {
	requireRoot(t)
	bin := uprobeBinary(t)
	h := exec.Command(bin)
	h.Env = append(os.Environ(), userMemoryEnv+"=1", "GOGC=off", "GODEBUG=asyncpreemptoff=1")
	stdin, err := h.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var hout strings.Builder
	h.Stdout = &hout
	if err := startChild(h); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Process.Kill(); h.Wait() })
	script := readyProbe + `struct rec { int a; short b; char name[10]; long c; }
uprobe:` + bin + `:*e2e.userMemoryTarget {
  $r = (struct rec *)arg0;
  printf("arg %d %d %s %ld %d\n", $r->a, $r->b, $r->name, $r->c, *(int8 *)arg0);
}
uretprobe:` + bin + `:*e2e.userMemoryTarget {
  printf("ret %d %s %d\n", ((struct rec *)retval)->a, ((struct rec *)retval)->name, *(int16 *)(retval + 4));
}
`
	tr := ntrace(t, script, "-p", strconv.Itoa(h.Process.Pid), pidArg())
	tr.waitReady()
	stdin.Write([]byte("go\n"))
	tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "ret") }, nil)
	tr.stop()
	if err := h.Wait(); err != nil || strings.TrimSpace(hout.String()) != "true" {
		t.Fatalf("helper: %v, printed %q, want true (it got the second record back)", err, hout.String())
	}
	one, two := userRecords[0], userRecords[1]
	for _, line := range []string{
		fmt.Sprintf("arg %d %d %s %d %d", one.a, one.b, "user-one", one.c, int8(one.a)),
		fmt.Sprintf("ret %d %s %d", two.a, "two", two.b),
	} {
		if !strings.Contains(tr.Stdout(), line+"\n") {
			t.Errorf("output lacks %q", line)
		}
	}
	if t.Failed() {
		t.Logf("stdout:\n%s\nstderr:\n%s", tr.Stdout(), tr.Stderr())
	}
}
