package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// On a stop, every probe stops at once, though detaching takes the kernel
// RCU grace periods: END runs, the maps print while that goes on, and
// nothing the probes do after END changes what printed. The test keeps
// making system calls through the whole stop, and the count END reads is
// the count the map prints: a probe still counting between the two would
// make them differ. Then, once ntrace has exited, nothing of it stays in
// the kernel.
func TestStopIsAtOnce(t *testing.T) {
	requireRoot(t)
	tr := ntrace(t, `tracepoint:syscalls:sys_enter_* /pid == $1/ { @n++; }
tracepoint:syscalls:sys_enter_getpid /pid == $1/ { printf("ready\n"); }
END { printf("end %d\n", @n); }`, pidArg())
	tr.waitLine(func(l string) bool { return l == "ready" }, func() { syscall.Getpid() })
	pid := tr.cmd.Process.Pid
	held := heldObjects(t, pid)
	var stop atomic.Bool
	done := make(chan struct{})
	go func() {
		defer close(done)
		for !stop.Load() {
			syscall.Getppid()
		}
	}()
	time.Sleep(100 * time.Millisecond)
	start := time.Now()
	tr.cmd.Process.Signal(syscall.SIGINT)
	var printed time.Duration
	tr.waitLine(func(l string) bool {
		if strings.HasPrefix(l, "@n: ") {
			printed = time.Since(start)
			return true
		}
		return false
	}, nil)
	tr.wait()
	exited := time.Since(start)
	stop.Store(true)
	<-done
	out := tr.Stdout()
	end := regexp.MustCompile(`(?m)^end (\d+)$`).FindStringSubmatch(out)
	final := regexp.MustCompile(`(?m)^@n: (\d+)$`).FindStringSubmatch(out)
	if end == nil || final == nil || end[1] != final[1] || end[1] == "0" {
		t.Errorf("END read %v, the map printed %v: want the same count, not 0\n%s", end, final, out)
	}
	if tr.err != nil {
		t.Errorf("ntrace exited with %v\n%s", tr.err, tr.Stderr())
	}
	if left := stillLoaded(held); len(left) > 0 {
		t.Errorf("still in the kernel after ntrace exited: %v", left)
	}
	t.Logf("SIGINT to the maps printed: %v; to ntrace's exit: %v (%d links)", printed.Round(time.Millisecond), exited.Round(time.Millisecond), len(held["link_id"]))
}

// ia32Program makes, once it reads a line, n ia32 getpid calls (int
// $0x80, number 20, which is x86-64's writev) where the kernel runs 32-bit
// system calls, then writes to the file argv[2] whether it could, and
// waits for its input to end.
const ia32Program = `#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static sigjmp_buf no_ia32;
static void segv(int sig) { siglongjmp(no_ia32, 1); }

int main(int argc, char **argv) {
	int n = atoi(argv[1]);
	char line[16];
	long self = getpid();
	if (!fgets(line, sizeof line, stdin))
		return 1;
	signal(SIGSEGV, segv);
	int ia32 = 0;
	if (!sigsetjmp(no_ia32, 1)) {
		for (int i = 0; i < n; i++) {
			long ret;
			__asm__ volatile("int $0x80" : "=a"(ret) : "a"(20L) : "memory");
			ia32 = ret == self;
		}
	}
	FILE *f = fopen(argv[2], "w");
	fprintf(f, "ia32 %d\n", ia32);
	fclose(f);
	while (fgets(line, sizeof line, stdin)) /* until the test ends */
		;
	return 0;
}
`

// A script with a probe on every system call's entry and return (720
// syscall tracepoints here, 696 on 6.1) counts each system call a process makes exactly
// as often as it made it, with its arguments and return values; when
// ntrace has exited, every program, map and link it held is gone from the
// kernel (ntrace runs a script's many syscall tracepoints from
// raw_syscalls' two, so that detaching them takes one tracepoint's grace
// periods, not 720's). Where the test can build a C program, a 32-bit
// system call is not taken for the 64-bit one of the same number: syscall
// tracepoints do not fire for them.
func TestManySyscallProbesDetach(t *testing.T) {
	requireRoot(t)
	const n = 1000
	sid, err := unix.Getsid(0) // before the probes: this one is not counted
	if err != nil {
		t.Fatal(err)
	}
	tr := ntrace(t, readyProbe+`tracepoint:syscalls:sys_enter_* /pid == $1 || comm == "ia32"/ { @enter[probe] = count(); }
tracepoint:syscalls:sys_exit_* /pid == $1 || comm == "ia32"/ { @exit[probe] = count(); @ret[probe] = sum(args->ret); }
tracepoint:syscalls:sys_enter_dup /pid == $1/ { @fildes = sum(args->fildes); }`, pidArg())
	tr.waitReady()
	held := heldObjects(t, tr.cmd.Process.Pid)
	events, err := os.ReadDir("/sys/kernel/tracing/events/syscalls")
	if err != nil {
		t.Fatal(err)
	}
	tracepoints := len(events) - 2 // less its "enable" and "filter"
	if len(held["prog_id"]) < tracepoints {
		t.Fatalf("ntrace holds %d programs for %d syscall tracepoints, want one per probe", len(held["prog_id"]), tracepoints)
	}
	for range n {
		unix.Getsid(0)
		unix.Syscall(unix.SYS_DUP, 12345, 0, 0)
	}
	ia32 := runIA32(t, n)
	time.Sleep(200 * time.Millisecond) // for the last events to be counted
	tr.stop()
	out := tr.Stdout()
	want := map[string]string{
		"@enter[tracepoint:syscalls:sys_enter_getsid]": fmt.Sprint(n),
		"@exit[tracepoint:syscalls:sys_exit_getsid]":   fmt.Sprint(n),
		"@ret[tracepoint:syscalls:sys_exit_getsid]":    fmt.Sprint(n * sid),
		"@enter[tracepoint:syscalls:sys_enter_dup]":    fmt.Sprint(n),
		"@exit[tracepoint:syscalls:sys_exit_dup]":      fmt.Sprint(n),
		"@ret[tracepoint:syscalls:sys_exit_dup]":       fmt.Sprint(-n * int(syscall.EBADF)),
		"@fildes":                                      fmt.Sprint(n * 12345),
	}
	for key, value := range want {
		if got := mapValue(out, key); got != value {
			t.Errorf("%s: %q, want %s", key, got, value)
		}
	}
	if ia32 && strings.Contains(out, "syscalls:sys_enter_writev]") {
		t.Errorf("writev's tracepoints fired for a 32-bit getpid (the same number):\n%s", out)
	}
	if left := stillLoaded(held); len(left) > 0 {
		t.Errorf("still in the kernel after ntrace exited: %v", left)
	}
	t.Logf("%d programs, %d maps, %d links held, all gone", len(held["prog_id"]), len(held["map_id"]), len(held["link_id"]))
}

// runIA32 runs ia32Program, named ia32, making n 32-bit getpid calls; it
// reports whether they ran (a kernel without 32-bit emulation, or no C
// compiler, says why not in the log).
func runIA32(t *testing.T, n int) bool {
	t.Helper()
	if _, err := exec.LookPath("cc"); err != nil {
		t.Log("no C compiler: the 32-bit system calls are not checked")
		return false
	}
	bin := filepath.Join(t.TempDir(), "ia32")
	if err := os.Rename(buildC(t, ia32Program), bin); err != nil {
		t.Fatal(err)
	}
	said := filepath.Join(t.TempDir(), "said")
	prog := startWaiting(t, bin, strconv.Itoa(n), said)
	fmt.Fprintln(prog.stdin, "go")
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		b, _ := os.ReadFile(said)
		if strings.HasSuffix(string(b), "\n") {
			if string(b) != "ia32 1\n" {
				t.Log("this kernel runs no 32-bit system calls: they are not checked")
			}
			return string(b) == "ia32 1\n"
		}
		if time.Now().After(deadline) {
			t.Fatal("the 32-bit program did not say it was done")
		}
	}
}

// mapValue is the value printed for key ("@m[k]") in text output, "" if
// none.
func mapValue(out, key string) string {
	for _, l := range strings.Split(out, "\n") {
		if v, ok := strings.CutPrefix(l, key+": "); ok {
			return v
		}
	}
	return ""
}
