package e2e

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"unsafe"

	"golang.org/x/sys/unix"
)

// A struct read from memory and stored whole — in a map, as a key, in a
// tuple, in a variable — holds what the memory held: the timespec this
// test passes to nanosleep, read from its user memory.
func TestStructStoredWhole(t *testing.T) {
	requireRoot(t)
	requireTracepoint(t, "syscalls", "sys_enter_nanosleep")
	script := readyProbe + `tracepoint:syscalls:sys_enter_nanosleep /tid == $2/ {
  args->rqtp->tv_sec; $t = *args->rqtp; @last = $t; @seen[*args->rqtp, 1] = count(); print(($t, 7)); printf("nsec %d\n", $t.tv_nsec);
}`
	worker := newEventThread()
	defer worker.close()
	tr := ntrace(t, script, pidArg(), strconv.Itoa(worker.tid))
	tr.waitReady()
	naps := []int64{1_234_567, 2_000_001, 1_234_567}
	worker.do(func() {
		for _, n := range naps {
			ts := unix.NsecToTimespec(n)
			if err := unix.Nanosleep(&ts, nil); err != nil {
				t.Error(err)
			}
		}
	})
	tr.waitLine(func(l string) bool { return l == "nsec 1234567" }, nil)
	tr.stop()
	out := tr.Stdout()
	for _, want := range []string{
		"({ .tv_sec = 0, .tv_nsec = 1234567 }, 7)\n", "({ .tv_sec = 0, .tv_nsec = 2000001 }, 7)\n",
		"nsec 2000001\n",
		"@last: { .tv_sec = 0, .tv_nsec = 1234567 }\n",
		"@seen[{ .tv_sec = 0, .tv_nsec = 1234567 }, 1]: 2\n",
		"@seen[{ .tv_sec = 0, .tv_nsec = 2000001 }, 1]: 1\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q:\n%s", want, out)
		}
	}
	if !strings.Contains(tr.Stderr(), "warning: expression has no effect") {
		t.Errorf("no warning about the statement that only reads:\n%s", tr.Stderr())
	}
	if n := strings.Count(out, ", 7)\n"); n != len(naps) {
		t.Errorf("printed %d tuples, want %d:\n%s", n, len(naps), out)
	}
}

// An array in memory stored whole prints as [a,b]: the signal mask this
// test passes to rt_sigprocmask, read as a struct of two 32-bit words
// from its user memory, as a key, a member of a stored struct, and an
// element read back by index.
func TestArrayStoredWhole(t *testing.T) {
	requireRoot(t)
	requireTracepoint(t, "syscalls", "sys_enter_rt_sigprocmask")
	script := readyProbe + `struct mask { unsigned int w[2]; } struct half { unsigned short lo; unsigned short hi; } struct halves { struct half h[2]; }
struct pk { unsigned char a; unsigned int b; } __attribute__((packed))
struct nest { struct { unsigned short lo; unsigned short hi; } first; unsigned int second; }
tracepoint:syscalls:sys_enter_rt_sigprocmask /tid == $2 && args->nset != 0/ {
  $m = (struct mask *)args->nset; @words[$m->w] = count(); @whole = *$m; $w = $m->w; printf("low %d\n", $w[0]);
  $hs = (struct halves *)args->nset; @halves = $hs->h; printf("lo %d\n", $hs->h[0].lo);
  $pk = (struct pk *)args->nset; printf("packed %d %d\n", $pk->a, $pk->b);
  @nest = *(struct nest *)args->nset;
}`
	worker := newEventThread()
	defer worker.close()
	tr := ntrace(t, script, pidArg(), strconv.Itoa(worker.tid))
	tr.waitReady()
	const sigusr1, sigusr2 = 10, 12
	set := uint64(1<<(sigusr1-1) | 1<<(sigusr2-1))
	worker.do(func() {
		for i := 0; i < 3; i++ {
			// Unblocking signals that are not blocked changes nothing.
			if _, _, errno := unix.RawSyscall6(unix.SYS_RT_SIGPROCMASK, unix.SIG_UNBLOCK, uintptr(unsafe.Pointer(&set)), 0, 8, 0, 0); errno != 0 {
				t.Error(errno)
			}
		}
	})
	tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "low ") }, nil)
	tr.stop()
	out := tr.Stdout()
	low := strconv.FormatUint(set&0xffffffff, 10)
	for _, want := range []string{
		"low " + low + "\n",
		"@words[[" + low + ",0]]: 3\n",
		"@whole: { .w = [" + low + ",0] }\n",
		"lo " + low + "\n",
		// b is the mask's bytes 1 to 4, packed after a, its byte 0.
		fmt.Sprintf("packed %d %d\n", set&0xff, (set>>8)&0xffffffff),
		fmt.Sprintf("@nest: { .first = { .lo = %d, .hi = %d }, .second = %d }\n", set&0xffff, (set>>16)&0xffff, set>>32),
		"@halves: [{ .lo = " + low + ", .hi = 0 },{ .lo = 0, .hi = 0 }]\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q:\n%s", want, out)
		}
	}
}

// A cast to a pointer to pointers keeps every level: (struct two **)p
// read through twice reaches the struct this test's memory holds, passed
// as write()'s buffer (to a closed descriptor, so nothing is written).
func TestPointerToPointerCast(t *testing.T) {
	requireRoot(t)
	requireTracepoint(t, "syscalls", "sys_enter_write")
	type two struct{ a, b int32 }
	v := &two{a: 7, b: 123}
	pp := &v
	script := readyProbe + `struct two { int a; int b; }
tracepoint:syscalls:sys_enter_write /tid == $2 && args->fd == -1/ {
  $pp = (struct two **)args->buf; $w = (int32 **)args->buf;
  printf("two %d %d %d %d\n", (*$pp).a, (**$pp).b, (*$pp)->b, *(*$w + 1));
}`
	worker := newEventThread()
	defer worker.close()
	tr := ntrace(t, script, pidArg(), strconv.Itoa(worker.tid))
	tr.waitReady()
	worker.do(func() {
		// fd -1: EBADF, after the tracepoint has seen the arguments.
		_, _, _ = unix.RawSyscall(unix.SYS_WRITE, ^uintptr(0), uintptr(unsafe.Pointer(pp)), 8)
	})
	line := tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "two ") }, nil)
	tr.stop()
	runtime.KeepAlive(pp)
	if want := "two 7 123 123 123"; line != want {
		t.Errorf("got %q, want %q", line, want)
	}
}
