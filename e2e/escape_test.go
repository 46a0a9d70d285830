package e2e

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// A string from the kernel prints with its control bytes escaped, in
// printf's %s and as a map key: here the name of a thread of the test,
// set with prctl(PR_SET_NAME) to one holding SOH, ESC, a newline and
// UTF-8 text, read by the probe as comm.
func TestKernelStringsEscaped(t *testing.T) {
	const name = "ab\x01c\x1b[1m\né" // 12 bytes: comm holds 15
	const want = `ab\x01c\x1b[1m\x0aé`
	tidc, stopc := make(chan int), make(chan struct{})
	defer close(stopc)
	go func() {
		// The thread is named and then thrown away: the goroutine ends
		// locked to it. If it is the main thread, which Go keeps, its
		// name is put back first: other tests read /proc/self/comm.
		runtime.LockOSThread()
		old, _ := os.ReadFile("/proc/thread-self/comm")
		setName := func(s string) {
			buf := append([]byte(s), 0)
			if err := unix.Prctl(unix.PR_SET_NAME, uintptr(unsafe.Pointer(&buf[0])), 0, 0, 0); err != nil {
				t.Error(err)
			}
		}
		setName(name)
		tidc <- unix.Gettid()
		for {
			select {
			case <-stopc:
				setName(strings.TrimSuffix(string(old), "\n"))
				return
			case <-time.After(10 * time.Millisecond):
				syscall.Getppid()
			}
		}
	}()
	tid := <-tidc
	tr := ntrace(t, `tracepoint:syscalls:sys_enter_getppid /tid == $1/ { printf("comm=%s|\n", comm); @names[comm] = count(); exit(); }`, strconv.Itoa(tid))
	line := tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "comm=") }, nil)
	tr.wait()
	if line != "comm="+want+"|" {
		t.Errorf("printf printed %q, want %q", line, "comm="+want+"|")
	}
	if !strings.Contains(tr.Stdout(), "@names["+want+"]: ") {
		t.Errorf("the map key is not escaped as %q:\n%s", want, tr.Stdout())
	}
	if strings.ContainsAny(tr.Stdout(), "\x01\x1b") {
		t.Errorf("raw control bytes in the output: %q", tr.Stdout())
	}
}
