package e2e

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// signalHelperEnv makes this test binary a signal helper: for each line
// "N MS" on its stdin it calls getsid N times, after each call waiting up
// to MS milliseconds for a SIGUSR1 (its handler counts them), and prints
// how many it got. Waiting after each call, where one sent during the call
// is already there, keeps two from merging into one pending signal.
const signalHelperEnv = "NTRACE_E2E_SIGNAL_HELPER"

func init() {
	if os.Getenv(signalHelperEnv) == "" {
		return
	}
	got := make(chan os.Signal, 64)
	signal.Notify(got, syscall.SIGUSR1)
	in := bufio.NewReader(os.Stdin)
	for {
		line, err := in.ReadString('\n')
		if err != nil {
			os.Exit(0)
		}
		var n, ms int
		fmt.Sscan(line, &n, &ms)
		count := 0
		for range n {
			unix.Getsid(0)
			select {
			case <-got:
				count++
			case <-time.After(time.Duration(ms) * time.Millisecond):
			}
		}
		// Any SIGUSR1 beyond one a call is counted too.
		for len(got) > 0 {
			<-got
			count++
		}
		fmt.Println(count)
	}
}

// signalHelper is a running signal helper.
type signalHelper struct{ *helperProcess }

func startSignalHelper(t *testing.T) *signalHelper {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return &signalHelper{startHelperProcess(t, self, signalHelperEnv+"=1")}
}

// calls has the helper call getsid n times and returns how many SIGUSR1s
// it caught, waiting up to wait after each call for one.
func (h *signalHelper) calls(t *testing.T, n int, wait time.Duration) int {
	t.Helper()
	fmt.Fprintf(h.stdin, "%d %d\n", n, wait.Milliseconds())
	line, err := h.out.ReadString('\n')
	if err != nil {
		t.Fatalf("signal helper: %q, %v", line, err)
	}
	got, err := strconv.Atoi(strings.TrimSpace(line))
	if err != nil {
		t.Fatalf("signal helper printed %q", line)
	}
	return got
}

// signal() sends the signal named to the process the probe fired in, and
// to no other: a helper process traced by pid catches one SIGUSR1 for each
// of its getsid calls, another (the same program, not traced) none;
// signal(9) ends a traced process, as the test's wait sees; with ntrace as
// with bpftrace 0.17 running the same scripts. A signal the kernel refuses
// to send is warned about, where bpftrace 0.17 says nothing: a number out
// of range that no literal showed (EINVAL), and any signal to a kernel
// thread (EPERM).
func TestSignal(t *testing.T) {
	requireRoot(t)
	tools := []struct{ name, bin string }{{"ntrace", ntraceBin}}
	if bt, err := bpftrace017Path(); err == nil {
		tools = append(tools, struct{ name, bin string }{"bpftrace", bt})
	} else {
		t.Logf("not comparing with bpftrace: %v", err)
	}
	for _, tool := range tools {
		stop := func(tr *tracer) {
			if tool.name == "bpftrace" {
				tr.stopInsisting()
			} else {
				tr.stop()
			}
		}
		const calls = 5
		traced, untraced := startSignalHelper(t), startSignalHelper(t)
		tr := start(t, tool.bin, "--unsafe", "-e", readyProbe+`tracepoint:syscalls:sys_enter_getsid /pid == $2/ { signal("SIGUSR1"); }`, pidArg(), traced.pid())
		tr.waitReady()
		got := traced.calls(t, calls, 10*time.Second)
		other := untraced.calls(t, calls, 200*time.Millisecond)
		stop(tr)
		if got != calls || other != 0 {
			t.Errorf("%s: the traced helper caught %d SIGUSR1s for %d calls (want %d), the untraced one %d (want 0)\nstdout:\n%s\nstderr:\n%s",
				tool.name, got, calls, calls, other, tr.Stdout(), tr.Stderr())
		}

		killed, spared := startSignalHelper(t), startSignalHelper(t)
		tr = start(t, tool.bin, "--unsafe", "-e", readyProbe+`tracepoint:syscalls:sys_enter_getsid /pid == $2/ { signal(9); }`, pidArg(), killed.pid())
		tr.waitReady()
		// One call, then the end of its input: a helper not killed exits 0.
		fmt.Fprintf(killed.stdin, "1 100\n")
		killed.stdin.Close()
		io.Copy(io.Discard, killed.out) // until it ends
		killed.cmd.Wait()
		if ws, ok := killed.cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
			t.Errorf("%s: signal(9): the traced helper ended with %v, want killed by SIGKILL", tool.name, killed.cmd.ProcessState)
		}
		if n := spared.calls(t, 2, 100*time.Millisecond); n != 0 || spared.cmd.ProcessState != nil {
			t.Errorf("%s: signal(9): the untraced helper caught %d SIGUSR1s, ended: %v", tool.name, n, spared.cmd.ProcessState)
		}
		stop(tr)
	}

	// A number the checker could not see: the kernel refuses 65 (EINVAL),
	// and the run says so, with how often at the end.
	refused := startSignalHelper(t)
	tr := start(t, ntraceBin, "--unsafe", "-e", readyProbe+"tracepoint:syscalls:sys_enter_getsid /pid == $2/ {\n  $s = 65; signal($s); }", pidArg(), refused.pid())
	tr.waitReady()
	if n := refused.calls(t, 3, 100*time.Millisecond); n != 0 {
		t.Errorf("signal(65) sent %d SIGUSR1s", n)
	}
	tr.stop()
	warning := "signal() at 3:12 was not sent: invalid argument: no such signal (signals are 1 to 64)"
	if !strings.Contains(tr.Stderr(), "warning: "+warning+"\n") || !strings.Contains(tr.Stderr(), warning+" (3 times in all)") {
		t.Errorf("signal(65): want the warning %q, then counted 3 times, in:\n%s", warning, tr.Stderr())
	}

	// The kernel sends no signal to a kernel thread (PF_KTHREAD,
	// 0x200000, in its task's flags): a switch away from one says so.
	tr = start(t, ntraceBin, "--unsafe", "-e", readyProbe+"tracepoint:sched:sched_switch /curtask->flags & 0x200000/ {\n  signal(\"SIGUSR2\"); printf(\"kthread %d\\n\", pid); }", pidArg())
	tr.waitReady()
	tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "kthread ") }, nil)
	tr.stop()
	if warning := "warning: signal() at 3:3 was not sent: operation not permitted: "; !strings.Contains(tr.Stderr(), warning) {
		t.Errorf("a kernel thread: want the warning %q in:\n%s", warning, tr.Stderr())
	}
}

// signal() from a probe on a kernel function, run as fentry and as a
// kprobe: the traced helper catches a SIGUSR1 for each getsid call, the
// untraced one none.
func TestSignalFromKernelFunction(t *testing.T) {
	requireRoot(t)
	if runtime.GOARCH != "amd64" {
		t.Skip("the probe is on x86-64's getsid entry, __x64_sys_getsid")
	}
	for _, m := range []struct {
		name    string
		require func(*testing.T)
		flags   []string
	}{
		{"fentry", requireFentry, nil},
		{"kprobe", requireKprobes, []string{"--no-fentry"}},
	} {
		t.Run(m.name, func(t *testing.T) {
			m.require(t)
			const calls = 3
			traced, untraced := startSignalHelper(t), startSignalHelper(t)
			args := append(append([]string{"--unsafe"}, m.flags...), "-e", readyProbe+`kprobe:__x64_sys_getsid /pid == $2/ { signal("usr1"); }`, pidArg(), traced.pid())
			tr := start(t, ntraceBin, args...)
			tr.waitReady()
			got := traced.calls(t, calls, 10*time.Second)
			other := untraced.calls(t, calls, 200*time.Millisecond)
			tr.stop()
			if got != calls || other != 0 {
				t.Errorf("the traced helper caught %d SIGUSR1s for %d calls, the untraced one %d (want 0)\nstderr:\n%s", got, calls, other, tr.Stderr())
			}
		})
	}
}
