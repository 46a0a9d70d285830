package e2e

import (
	"regexp"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// On a stop, every probe stops at once, though detaching the 361
// sys_enter_* tracepoints takes the kernel seconds (an RCU grace period or
// two each, one at a time): END runs, the maps print while that goes on,
// and nothing the probes do after END changes what printed. The test keeps
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
