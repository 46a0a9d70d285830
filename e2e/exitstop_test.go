package e2e

import (
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// exitAfterFirst prints the first getpriority call of the thread $2 and
// calls exit(): nothing more is printed, though the thread calls it four
// more times within microseconds, before user space could have read the
// exit event.
const exitAfterFirst = readyProbe + `tracepoint:syscalls:sys_enter_getpriority /tid == $2/ { printf("hit %d\n", args->who); exit(); }`

// exit() in a probe stops every probe at once, as bpftrace's does: a
// thread that calls the traced function five times back to back is
// printed once, by ntrace as by bpftrace 0.17 running the same script.
func TestExitStopsTheProbesAtOnce(t *testing.T) {
	requireRoot(t)
	bt := bpftrace017(t)
	for _, tool := range []struct{ name, bin string }{{"ntrace", ntraceBin}, {"bpftrace", bt}} {
		worker := newEventThread()
		tr := start(t, tool.bin, "-e", exitAfterFirst, pidArg(), strconv.Itoa(worker.tid))
		tr.waitReady()
		worker.do(func() {
			for who := 1; who <= 5; who++ {
				syscall.Getpriority(syscall.PRIO_PROCESS, who)
			}
		})
		tr.wait()
		worker.close()
		var hits []string
		for _, l := range strings.Split(tr.Stdout(), "\n") {
			if strings.HasPrefix(l, "hit ") {
				hits = append(hits, l)
			}
		}
		if len(hits) != 1 || hits[0] != "hit 1" {
			t.Errorf("%s printed %q for five calls after exit() in the first, want only \"hit 1\"\nstdout:\n%s\nstderr:\n%s", tool.name, hits, tr.Stdout(), tr.Stderr())
		}
	}
}

// An exit() whose event is lost to a full ring buffer still ends the run,
// with its status: the probe notes it beside the event, and stops every
// probe. Here the reader is busy in system("sleep 2") from the first call
// while 4096 bytes of ring fill within milliseconds, so the exit event of
// the 3000th call is lost; the thread then calls no more and stays, so
// nothing else would end the run. The probes stopped at the 3000th call:
// @n counts the calls up to it exactly, of the 6000 the thread made.
func TestLostExitEventStillEndsTheRun(t *testing.T) {
	requireRoot(t)
	worker := newEventThread()
	t.Cleanup(worker.close)
	script := readyProbe + `tracepoint:syscalls:sys_enter_getpriority /tid == $2/ {
  @n++;
  if (@n == 1) { system("sleep 2"); }
  printf("%d\n", @n);
  if (@n == 3000) { exit(5); }
}`
	tr := start(t, ntraceBin, "--unsafe", "--buffer-size", "4096", "-e", script, pidArg(), strconv.Itoa(worker.tid))
	tr.waitReady()
	worker.do(func() {
		for range 6000 {
			syscall.Getpriority(syscall.PRIO_PROCESS, 0)
		}
	})
	select {
	case <-tr.done:
	case <-time.After(20 * time.Second):
		tr.cmd.Process.Signal(syscall.SIGINT)
		tr.wait()
		t.Fatalf("the run did not end after exit(5), whose event was lost\nstdout:\n%s\nstderr:\n%s", tr.Stdout(), tr.Stderr())
	}
	if code := tr.cmd.ProcessState.ExitCode(); code != 5 {
		t.Errorf("exit status %d, want 5\nstderr:\n%s", code, tr.Stderr())
	}
	if !strings.Contains(tr.Stdout(), "@n: 3000\n") {
		t.Errorf("want @n: 3000, the calls up to exit():\n%s", mapSection(tr.Stdout()))
	}
	if strings.Contains(tr.Stdout(), "\n3000\n") || !strings.Contains(tr.Stderr(), "lost") {
		t.Errorf("want the exit()'s own event lost, and said so\nstderr:\n%s", tr.Stderr())
	}
}

// A ^C stops the run at once even when every event runs a command: the
// system() calls the probes had queued are not run but counted, and the
// count is said, while everything they printed is still printed and END
// runs. Before, ntrace ran each queued command first, and a ^C under
// load (tracepoint:sched:sched_switch { system(…) }, bpftrace's "sigint
// under heavy load") went on for minutes. Here a thread makes 100 calls
// at once, each queuing a printf and a command of a tenth of a second;
// the SIGINT comes as the first command has run. Every call's printf is
// printed, and the commands run plus those reported not run are the 100
// calls, the run having ended with the first few.
func TestInterruptSkipsQueuedCommands(t *testing.T) {
	requireRoot(t)
	worker := newEventThread()
	t.Cleanup(worker.close)
	const calls = 100
	script := readyProbe + `tracepoint:syscalls:sys_enter_getpriority /tid == $2/ {
  printf("queued %d\n", args->who); system("sleep 0.1; echo ran %d", args->who);
}
END { printf("end\n"); }`
	tr := start(t, ntraceBin, "--unsafe", "-e", script, pidArg(), strconv.Itoa(worker.tid))
	tr.waitReady()
	worker.do(func() {
		for who := 1; who <= calls; who++ {
			syscall.Getpriority(syscall.PRIO_PROCESS, who)
		}
	})
	tr.waitLine(func(l string) bool { return l == "ran 1" }, nil)
	tr.stop()
	out, errs := tr.Stdout(), tr.Stderr()
	queued, ran := 0, 0
	for _, l := range strings.Split(out, "\n") {
		switch {
		case l == "queued "+strconv.Itoa(queued+1):
			queued++
		case l == "ran "+strconv.Itoa(ran+1):
			ran++
		case strings.HasPrefix(l, "queued ") || strings.HasPrefix(l, "ran "):
			t.Errorf("%q out of order (after queued %d, ran %d)", l, queued, ran)
		}
	}
	skipped := -1
	for _, l := range strings.Split(errs, "\n") {
		if i := strings.Index(l, " system() calls were not run: the probes queued them before SIGINT stopped the run"); i >= 0 {
			skipped, _ = strconv.Atoi(l[strings.LastIndex(l[:i], " ")+1 : i])
		}
	}
	if queued != calls {
		t.Errorf("%d of the %d calls' printf printed, want all", queued, calls)
	}
	if skipped <= 0 || ran+skipped != calls {
		t.Errorf("%d commands ran and %d were reported not run, want %d in all, most not run", ran, skipped, calls)
	}
	if !strings.HasSuffix(strings.TrimRight(out, "\n"), "\nend") {
		t.Errorf("END's output is not last")
	}
	if t.Failed() {
		t.Logf("stdout:\n%s\nstderr:\n%s", out, errs)
	}
}
