package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// The fault model's rows for -c's command: what it starts stops with the
// run however the run ends, a command that cannot run or is killed from
// outside, and a script that ends before the command would run.

// -c's command and everything it starts (in the background, orphaned,
// in a session of its own with setsid) stop when the run ends: when
// ntrace is interrupted, when ntrace is killed with SIGKILL, and when the
// command's shell exits and leaves them running, which would otherwise
// keep ntrace's output open; ntrace's output then ends. However ntrace
// ends, SIGKILL included, none of its programs, maps or links stays in
// the kernel.
func TestCommandProcessesStop(t *testing.T) {
	requireRoot(t)
	dir := t.TempDir()
	for _, ending := range []string{"SIGINT", "SIGKILL", "shell exits"} {
		t.Run(ending, func(t *testing.T) {
			pids := filepath.Join(dir, strings.ReplaceAll(ending, " ", "_"))
			line := fmt.Sprintf(`sleep 300 & echo $! >> %[1]s; setsid sleep 300 & echo $! >> %[1]s; (sleep 300 & echo $! >> %[1]s); trap '' TERM; echo $$ >> %[1]s; echo all started >&2`, pids)
			// The shell that is to exit waits until the test has seen
			// everything running: once it exits, ntrace stops the rest
			// at once, sooner than the test could look (in the VM rig).
			goAhead := pids + ".go"
			if ending == "shell exits" {
				if err := syscall.Mkfifo(goAhead, 0o600); err != nil {
					t.Fatal(err)
				}
				line += "; read go < " + goAhead
			} else {
				line += "; sleep 300"
			}
			tr := start(t, ntraceBin, "-c", line, "-e", `tracepoint:syscalls:sys_enter_getppid { @n = count(); }`)
			if !waitFor(60*time.Second, func() bool { return strings.Contains(tr.Stderr(), "all started") }) {
				t.Fatalf("the command did not start:\n%s", tr.Stderr())
			}
			procs := readPids(t, pids)
			if len(procs) != 4 {
				t.Fatalf("the command wrote pids %v", procs)
			}
			for _, p := range procs {
				if !alive(p) {
					t.Fatalf("process %d of the command is not running: %v", p, procs)
				}
			}
			held := heldObjects(t, tr.cmd.Process.Pid)
			switch ending {
			case "SIGINT":
				tr.cmd.Process.Signal(syscall.SIGINT)
			case "SIGKILL":
				tr.cmd.Process.Kill()
			case "shell exits":
				// Not blocking: opening for writing fails until the shell
				// has the FIFO open to read, rather than hang if it never does.
				var f *os.File
				if !waitFor(30*time.Second, func() bool {
					var err error
					f, err = os.OpenFile(goAhead, os.O_WRONLY|syscall.O_NONBLOCK, 0)
					return err == nil
				}) {
					t.Fatalf("the command's shell did not come to wait for the go-ahead\nstderr:\n%s", tr.Stderr())
				}
				f.WriteString("\n")
				f.Close()
			}
			select {
			case <-tr.done: // its stdout ended: nothing holds it open
			case <-time.After(20 * time.Second):
				t.Fatalf("ntrace's output did not end 20 s after %s\nstderr:\n%s", ending, tr.Stderr())
			}
			checkNothingOutlived(t, procs, held)
			if ending == "shell exits" && exitOf(tr.cmd.ProcessState) != "exit 0" {
				t.Errorf("%s, stderr:\n%s", exitOf(tr.cmd.ProcessState), tr.Stderr())
			}
		})
	}
}

// checkNothingOutlived checks, once a run with -c has ended, that none
// of the command's processes (procs) and none of the BPF objects ntrace
// held is left; a process left is killed.
func checkNothingOutlived(t *testing.T, procs []int, held map[string][]uint32) {
	t.Helper()
	if left := waitGone(procs, 5*time.Second); len(left) > 0 {
		t.Errorf("processes %v of %v outlived the run", left, procs)
		for _, p := range left {
			syscall.Kill(p, syscall.SIGKILL)
		}
	}
	if left := stillLoaded(held); len(left) > 0 {
		t.Errorf("still in the kernel after ntrace ended: %v", left)
	}
}

// A -c command the shell cannot run is an error (exit 1) after the run;
// one that runs and fails is a note, and ntrace's status stays 0.
func TestCommandThatCannotRun(t *testing.T) {
	requireRoot(t)
	script := `BEGIN { printf("began\n"); } END { printf("end\n"); }`
	out, code := runTool(t, ntraceBin, "-c", "/nonexistent/command", "-e", script)
	if code != 1 || !strings.Contains(out, "ntrace: -c's command could not be run: not found (the shell's status 127)\n") || !strings.Contains(out, "end\n") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
	out, code = runTool(t, ntraceBin, "-c", "exit 3", "-e", script)
	if code != 0 || !strings.Contains(out, "ntrace: -c's command exited with status 3\n") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
}

// A -c command killed from outside (SIGKILL or SIGTERM to it, by an OOM
// killer or an operator) ends the run as its exiting would: END runs, the
// maps print, what it left running is stopped, nothing stays loaded, and
// ntrace exits 0 saying how the command ended.
func TestCommandKilledFromOutside(t *testing.T) {
	requireRoot(t)
	dir := t.TempDir()
	for _, sig := range []syscall.Signal{syscall.SIGKILL, syscall.SIGTERM} {
		name := unix.SignalName(sig)
		t.Run(name, func(t *testing.T) {
			pids := filepath.Join(dir, name)
			// The shell (cpid: the held shell becomes it) leaves a child
			// running in the background, and waits.
			line := fmt.Sprintf(`sleep 300 & echo $! >> %[1]s; echo $$ >> %[1]s; echo all started >&2; wait`, pids)
			tr := start(t, ntraceBin, "-c", line, "-e", `tracepoint:syscalls:sys_enter_getppid /pid == $1/ { @n = count(); } END { printf("end\n"); }`, pidArg())
			if !waitFor(60*time.Second, func() bool { return strings.Contains(tr.Stderr(), "all started") }) {
				t.Fatalf("the command did not start:\n%s", tr.Stderr())
			}
			procs := readPids(t, pids)
			if len(procs) != 2 {
				t.Fatalf("the command wrote pids %v", procs)
			}
			for range 3 {
				syscall.Getppid()
			}
			held := heldObjects(t, tr.cmd.Process.Pid)
			if err := syscall.Kill(procs[1], sig); err != nil {
				t.Fatal(err)
			}
			tr.wait()
			want := "ntrace: -c's command was killed by " + name + "\n"
			var calls int
			fmt.Sscanf(mapSection(tr.Stdout()), "@n: %d", &calls)
			if got := exitOf(tr.cmd.ProcessState); got != "exit 0" || !strings.HasSuffix(tr.Stderr(), want) ||
				!strings.HasPrefix(tr.Stdout(), "end\n") || calls < 3 {
				t.Errorf("%s, stdout:\n%s\nstderr:\n%s\nwant exit 0, END, the 3 calls or more in @n and %q", got, tr.Stdout(), tr.Stderr(), want)
			}
			checkNothingOutlived(t, procs, held)
		})
	}
}

// A script that exits in BEGIN with -c never runs the command, as in
// bpftrace (0.17 too): the command is there to be traced, and the
// probes were never attached. ntrace says so, and exits with the status
// exit() asked for; BEGIN's and END's output and the maps print as usual.
func TestCommandNotRunWhenBeginExits(t *testing.T) {
	requireRoot(t)
	dir := t.TempDir()
	for _, code := range []int{0, 3} {
		t.Run(fmt.Sprintf("exit(%d)", code), func(t *testing.T) {
			marker := filepath.Join(dir, fmt.Sprint(code))
			var out, errs bytes.Buffer
			cmd := exec.Command(ntraceBin, "-c", "touch "+marker, "-e",
				fmt.Sprintf(`BEGIN { @m = 7; printf("began\n"); exit(%d); } END { printf("end\n"); }`, code))
			cmd.Stdout, cmd.Stderr = &out, &errs
			if err := startChild(cmd); err != nil {
				t.Fatal(err)
			}
			cmd.Wait()
			want := "ntrace: -c's command was not run: the script exited before tracing started (exit() in BEGIN)\n"
			if got := exitOf(cmd.ProcessState); got != fmt.Sprintf("exit %d", code) || errs.String() != want ||
				out.String() != "began\nend\n\n\n@m: 7\n" {
				t.Errorf("%s, stdout %q, stderr %q; want exit %d and %q", got, out.String(), errs.String(), code, want)
			}
			if _, err := os.Stat(marker); err == nil {
				t.Errorf("-c's command ran")
			}
		})
	}
}
