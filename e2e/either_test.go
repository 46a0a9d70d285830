package e2e

import (
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// An alternative whose first probes attach and whose last cannot is
// passed over, and its probes counted nothing even while they were
// attached (attaching the tracepoints a wildcard matches takes a good
// part of a second), though getppid ran all along; the next alternative
// runs, and -v says which was chosen and why the first was not.
// The interval, outside the either, attaches after it has chosen. The
// probe that cannot attach is a hardware event on a machine without a
// performance monitoring unit: that is found out only by attaching it (a
// probe on a kernel function where there are neither kprobes nor fentry
// is known before: TestEitherUnattachableLeftOut).
func TestEitherFirstThatAttaches(t *testing.T) {
	requireRoot(t)
	if _, err := os.Stat("/sys/bus/event_source/devices/cpu"); err == nil {
		t.Skip("needs a machine where a hardware event cannot attach, to fail an alternative part-way (this one has a performance monitoring unit)")
	}
	stop := getppidLoop()
	defer stop()
	script := `either (
  tracepoint:syscalls:sys_enter_getppid { @first = count(); }
  tracepoint:syscalls:sys_enter_getp* { @first = count(); }
  hardware:cpu-cycles:1000000 { @first = count(); }
) or (
  tracepoint:syscalls:sys_enter_getppid { @second = count(); }
)
interval:ms:300 { exit(); }`
	out, code := runTool(t, ntraceBin, "-v", "-e", script)
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	// The passed-over alternative's map is still the script's, and a
	// count nothing updated prints as 0, as in bpftrace.
	if !strings.Contains(out, "\n@first: 0\n") {
		t.Errorf("the alternative passed over counted events, or its map is missing:\n%s", out)
	}
	if !strings.Contains(out, "@second: ") {
		t.Errorf("the second alternative counted nothing:\n%s", out)
	}
	mustSay(t, out,
		"either at line 1: alternative 1 (line 1: tracepoint:syscalls:sys_enter_getppid and 2 more) passed over: hardware:cpu-cycles:1000000: ",
		"either at line 1: alternative 2 (line 5: tracepoint:syscalls:sys_enter_getppid) chosen: the first that attached")
	// The interval's 300 ms count from when the chosen alternative is in
	// place: timers attach last.
	chosen, timer := strings.Index(out, "alternative 2 (line 5: tracepoint:syscalls:sys_enter_getppid) chosen"), strings.Index(out, "interval:ms:300: attached as ")
	if timer < chosen {
		t.Errorf("the interval attached before the either's alternative was chosen:\n%s", out)
	}
}

// On a kernel with neither kprobes nor fentry, an alternative with a
// probe on a kernel function is passed over before it is checked: -v says
// why, as for one that fails to attach, nothing of it is loaded (its maps
// and its END are not made: "2 probes attached" counts the chosen
// alternative's tracepoint and the interval), and the next alternative
// runs.
func TestEitherUnattachableLeftOut(t *testing.T) {
	requireRoot(t)
	if kernelHasKprobes() {
		t.Skip("needs a kernel where a kprobe cannot attach (this one has kprobes)")
	}
	stop := getppidLoop()
	defer stop()
	script := `either (
  tracepoint:syscalls:sys_enter_getppid { @first = count(); }
  kprobe:vfs_read { @first = count(); }
  END { printf("end of the first\n"); }
) or (
  tracepoint:syscalls:sys_enter_getppid { @second = count(); }
)
interval:ms:100 { exit(); }`
	out, code := runTool(t, ntraceBin, "-v", "-e", script)
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	mustSay(t, out,
		"either at line 1: alternative 1 (line 1: tracepoint:syscalls:sys_enter_getppid and 2 more) passed over: kprobe:vfs_read: this kernel has no kprobes",
		"either at line 1: alternative 2 (line 5: tracepoint:syscalls:sys_enter_getppid) chosen: the first that attached",
		"ntrace: 2 probes attached ")
	if strings.Contains(out, "@first") || strings.Contains(out, "end of the first") {
		t.Errorf("the alternative passed over has a map or ran its END:\n%s", out)
	}
	if !strings.Contains(out, "@second: ") {
		t.Errorf("the second alternative counted nothing:\n%s", out)
	}
}

// getppidLoop calls getppid on a thread of its own until the function it
// returns is called.
func getppidLoop() (stop func()) {
	var done atomic.Bool
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		runtime.LockOSThread()
		// Unlocked at the end: a thread that ended with its goroutine
		// would take the tracers it started with it (Pdeathsig).
		defer runtime.UnlockOSThread()
		for !done.Load() {
			unix.Getppid()
		}
	}()
	return func() {
		done.Store(true)
		wg.Wait()
	}
}

// When no alternative can run, the error says why for each, and nothing
// stays attached.
func TestEitherNoneAttaches(t *testing.T) {
	requireRoot(t)
	if kernelHasKprobes() {
		t.Skip("needs a kernel where a kprobe cannot attach (this one has kprobes)")
	}
	script := `either (
  kprobe:vfs_read { @a = count(); }
) or (
  kretprobe:vfs_read { @b = count(); }
)`
	out, code := runTool(t, ntraceBin, "-e", script)
	if code != 1 {
		t.Fatalf("exit %d, want 1:\n%s", code, out)
	}
	mustSay(t, out,
		"none of the alternatives of the either at line 1 can run on this kernel: ",
		"alternative 1 (line 1: kprobe:vfs_read): kprobe:vfs_read: ",
		"; alternative 2 (line 3: kretprobe:vfs_read): kretprobe:vfs_read: ")
}

// An END inside an alternative runs only if that alternative was chosen.
func TestEitherEnd(t *testing.T) {
	requireRoot(t)
	script := `either (
  tracepoint:syscalls:sys_enter_nosuchcall { @a = count(); }
  END { printf("end of the first\n"); }
) or (
  tracepoint:syscalls:sys_enter_getppid { @b = count(); }
  END { printf("end of the second\n"); }
)
interval:ms:100 { exit(); }
END { printf("end of all\n"); }`
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				return
			case <-time.After(time.Millisecond):
				unix.Getppid()
			}
		}
	}()
	out, code := runTool(t, ntraceBin, "-e", script)
	close(done)
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	if strings.Contains(out, "end of the first") || !strings.Contains(out, "end of the second") || !strings.Contains(out, "end of all") {
		t.Errorf("ENDs run:\n%s", out)
	}
}

// mustSay fails the test for each of wants that out does not contain.
func mustSay(t *testing.T, out string, wants ...string) {
	t.Helper()
	for _, want := range wants {
		if !strings.Contains(out, want) {
			t.Errorf("output does not say %q:\n%s", want, out)
		}
	}
}
