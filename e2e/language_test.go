package e2e

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/lang"
)

// The task states ntrace knows by name (TASK_RUNNING, …, from the kernel's
// own <linux/sched.h>, which no user header has) are the ones the running
// kernel's sched_switch tracepoint prints as R S D T t X Z P.
func TestTaskStatesMatchKernel(t *testing.T) {
	requireTracepoint(t, "sched", "sched_switch")
	text, err := os.ReadFile("/sys/kernel/tracing/events/sched/sched_switch/format")
	if err != nil {
		t.Skipf("reading sched_switch's format: %v", err)
	}
	letters := map[string]string{
		"S": "TASK_INTERRUPTIBLE", "D": "TASK_UNINTERRUPTIBLE", "T": "__TASK_STOPPED", "t": "__TASK_TRACED",
		"X": "EXIT_DEAD", "Z": "EXIT_ZOMBIE", "P": "TASK_PARKED",
	}
	table := lang.HeaderConstants()
	flags := regexp.MustCompile(`\{ (0x[0-9a-f]+), "([A-Za-z])" \}`).FindAllStringSubmatch(string(text), -1)
	seen := 0
	for _, f := range flags {
		name, ok := letters[f[2]]
		if !ok {
			continue
		}
		seen++
		v, _ := strconv.ParseInt(f[1], 0, 64)
		if table[name] != v {
			t.Errorf("%s (%s) is %#x in this kernel, %#x in ntrace's table", name, f[2], v, table[name])
		}
	}
	if seen != len(letters) {
		t.Errorf("found %d of the %d states in sched_switch's format:\n%s", seen, len(letters), text)
	}
	if !strings.Contains(string(text), `: "R"`) || table["TASK_RUNNING"] != 0 {
		t.Errorf("TASK_RUNNING is %d; the kernel prints R for a state of 0", table["TASK_RUNNING"])
	}
}

// Constants from C headers and the script's own #defines read as the
// kernel's values: the system calls the test makes carry them.
func TestHeaderConstantsOnSyscalls(t *testing.T) {
	requireRoot(t)
	worker := newEventThread()
	defer worker.close()
	tr := ntrace(t, readyProbe+`#include <sys/socket.h>
#include <errno.h>
#define MINE (tid == $2)
#define WANT_TYPE SOCK_DGRAM
tracepoint:syscalls:sys_enter_socket /MINE/ {
  printf("socket %d %d %d\n", args->family == AF_INET6, args->family == AF_INET, (args->type & 0xf) == WANT_TYPE);
}
tracepoint:syscalls:sys_exit_openat /MINE/ { printf("openat %d %d\n", args->ret == -ENOENT, args->ret); }
tracepoint:syscalls:sys_enter_kill /MINE/ { printf("kill %d %d\n", args->sig == SIGCONT, args->sig); }
`, pidArg(), strconv.Itoa(worker.tid))
	tr.waitReady()
	worker.do(func() {
		fd, err := unix.Socket(unix.AF_INET6, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
		if err == nil {
			unix.Close(fd)
		}
		unix.Open("/nonexistent/ntrace-test", unix.O_RDONLY, 0)
		unix.Kill(os.Getpid(), syscall.SIGCONT)
	})
	tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "kill ") }, nil)
	tr.stop()
	for _, want := range []string{"socket 1 0 1", "openat 1 -2", "kill 1 18"} {
		if !strings.Contains(tr.Stdout(), want+"\n") {
			t.Errorf("want %q in:\n%s", want, tr.Stdout())
		}
	}
}
