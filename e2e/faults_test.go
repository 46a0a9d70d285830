package e2e

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// The fault model in the README, one test per guarantee: what ntrace
// does on a signal at any moment, on a blocked or closed output, a full
// disk, a -c command that cannot run or leaves processes behind, a traced
// process or uprobe target that vanishes, and too few file descriptors or
// too little memory.

// exitOf says how a finished command ended: "exit N" or "signal NAME".
func exitOf(ps *os.ProcessState) string {
	ws := ps.Sys().(syscall.WaitStatus)
	if ws.Signaled() {
		return "signal " + unix.SignalName(ws.Signal())
	}
	return fmt.Sprintf("exit %d", ws.ExitStatus())
}

// alive reports whether process pid exists and is not a zombie.
func alive(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	i := bytes.LastIndexByte(b, ')')
	return i >= 0 && i+2 < len(b) && b[i+2] != 'Z' && b[i+2] != 'X'
}

// waitGone waits up to d for every process in pids to be gone, and
// returns the ones still alive.
func waitGone(pids []int, d time.Duration) []int {
	deadline := time.Now().Add(d)
	for {
		var left []int
		for _, p := range pids {
			if alive(p) {
				left = append(left, p)
			}
		}
		if len(left) == 0 || time.Now().After(deadline) {
			return left
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// readPids reads the pids a -c command wrote to path, one a line.
func readPids(t *testing.T, path string) []int {
	t.Helper()
	b, _ := os.ReadFile(path)
	var pids []int
	for _, f := range strings.Fields(string(b)) {
		if n, err := strconv.Atoi(f); err == nil {
			pids = append(pids, n)
		}
	}
	return pids
}

// waitFor polls cond every few milliseconds for up to d.
func waitFor(d time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(2 * time.Millisecond)
	}
	return true
}

// A signal while the output is blocked (a reader that stopped reading,
// here a pipe nobody reads, filled) still detaches every probe at once;
// then ntrace waits for the output to move for 3 s, or until a second
// signal, and exits 1 saying it gave the rest up. Nothing stays loaded.
func TestStopWhileOutputBlocked(t *testing.T) {
	requireRoot(t)
	for _, second := range []bool{false, true} {
		t.Run(fmt.Sprintf("second signal %v", second), func(t *testing.T) {
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			cmd := exec.Command(ntraceBin, "-e", `tracepoint:syscalls:sys_enter_getppid /pid == $1/ {
  printf("%s %d a line long enough to fill the pipe soon ................................\n", comm, pid);
}`, pidArg())
			cmd.Stdout = w
			var stderr bytes.Buffer
			var mu sync.Mutex
			cmd.Stderr = &lockedWriter{mu: &mu, w: &stderr}
			errText := func() string {
				mu.Lock()
				defer mu.Unlock()
				return stderr.String()
			}
			if err := startChild(cmd); err != nil {
				t.Fatal(err)
			}
			w.Close()
			defer cmd.Process.Kill()
			pid := cmd.Process.Pid
			if !waitFor(30*time.Second, func() bool { return len(heldObjects(t, pid)["link_id"]) > 0 }) {
				t.Fatalf("ntrace attached nothing:\n%s", errText())
			}
			// Fill the pipe and ntrace's buffer: once what the pipe holds
			// stops growing while events keep coming, ntrace's write is
			// blocked (a pipe of 64 KiB takes somewhat less in 4 KiB writes).
			last, same := 0, 0
			full := waitFor(30*time.Second, func() bool {
				for range 200 {
					syscall.Getppid()
				}
				time.Sleep(5 * time.Millisecond)
				n, _ := unix.IoctlGetInt(int(r.Fd()), unix.TIOCINQ) // FIONREAD
				if n == last && n > 32<<10 {
					same++
				} else {
					last, same = n, 0
				}
				return same >= 5
			})
			if !full {
				t.Fatal("the pipe never filled")
			}
			held := heldObjects(t, pid)
			cmd.Process.Signal(syscall.SIGTERM)
			start := time.Now()
			if !waitFor(5*time.Second, func() bool { return len(heldObjects(t, pid)["link_id"]) == 0 }) {
				t.Errorf("5 s after SIGTERM the blocked ntrace still holds links %v", heldObjects(t, pid)["link_id"])
			}
			if !alive(pid) {
				t.Fatalf("ntrace exited before it could be seen to detach")
			}
			t.Logf("probes detached %v after SIGTERM, ntrace still blocked", time.Since(start).Round(time.Millisecond))
			want := "ntrace: the output has been blocked for 3s since SIGTERM: exiting without the rest of it (the probes are detached)\n"
			if second {
				cmd.Process.Signal(syscall.SIGINT)
				want = "ntrace: SIGINT again: exiting now, without the rest of the output (the probes are detached)\n"
			}
			done := make(chan struct{})
			go func() { cmd.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatalf("ntrace did not exit 10 s after SIGTERM\n%s", errText())
			}
			took := time.Since(start)
			if second && took > 2*time.Second || !second && (took < 2500*time.Millisecond || took > 6*time.Second) {
				t.Errorf("ntrace exited %v after SIGTERM", took)
			}
			if got := exitOf(cmd.ProcessState); got != "exit 1" || !strings.HasSuffix(stderr.String(), want) {
				t.Errorf("%s, stderr:\n%s\nwant exit 1 and %q", got, stderr.String(), want)
			}
			if left := stillLoaded(held); len(left) > 0 {
				t.Errorf("still in the kernel after ntrace exited: %v", left)
			}
		})
	}
}

// A signal at any moment leaves one of two states, whatever the moment:
// before BEGIN ran, ntrace dies of the signal and nothing of the script
// ran (no output, no -c command); after, END runs once, the maps print
// and ntrace exits 0, and -c's command started only if every probe was
// attached first. Nothing stays loaded, and -c's command does not outlive
// ntrace. The moments take SIGINT, SIGTERM and SIGHUP in turn.
func TestStopAtAnyMoment(t *testing.T) {
	requireRoot(t)
	dir := t.TempDir()
	states := map[string]int{}
	for i, delay := range []time.Duration{0, 5, 10, 15, 20, 25, 30, 40, 50, 60, 80, 100, 150, 200, 300, 1000} {
		delay *= time.Millisecond
		marker := filepath.Join(dir, fmt.Sprintf("started.%d", i))
		cmd := exec.Command(ntraceBin, "-c", "echo $$ > "+marker+"; exec sleep 60", "-e",
			`BEGIN { printf("began\n"); } tracepoint:syscalls:sys_enter_getppid { @n = count(); } END { printf("end\n"); }`)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := startChild(cmd); err != nil {
			t.Fatal(err)
		}
		exited := make(chan struct{})
		held := watchHeld(cmd.Process.Pid, exited)
		sig := stopSignals[i%len(stopSignals)]
		time.Sleep(delay)
		cmd.Process.Signal(sig)
		cmd.Wait()
		close(exited)
		how, out, errs := exitOf(cmd.ProcessState), stdout.String(), stderr.String()
		_, statErr := os.Stat(marker)
		started := statErr == nil
		attached := strings.Contains(errs, "Attached 3 probes\n") // BEGIN, the tracepoint, END
		switch {
		case how == "signal "+unix.SignalName(sig) && out == "" && !started:
			states["died of the signal before BEGIN"]++
		case how == "exit 0" && strings.HasPrefix(out, "began\n") && strings.Count(out, "end\n") == 1 && (attached || !started):
			// A signal right after the attach may stop -c's command
			// before its first line ran: attached, not started.
			states[fmt.Sprintf("ended as asked, -c started %v", started)]++
		default:
			t.Errorf("%v after %v: %s, -c started %v, stdout:\n%s\nstderr:\n%s", sig, delay, how, started, out, errs)
		}
		if left := programsLeft(t, cmd.Process.Pid); len(left) > 0 {
			t.Errorf("%v after %v: programs %v still loaded", sig, delay, left)
		}
		if left := stillLoaded(held()); len(left) > 0 {
			t.Errorf("%v after %v: still in the kernel after ntrace exited: %v", sig, delay, left)
		}
		if left := waitGone(readPids(t, marker), 3*time.Second); len(left) > 0 {
			t.Errorf("%v after %v: -c's command %v outlived ntrace", sig, delay, left)
		}
	}
	t.Logf("states: %v", states)
	if states["died of the signal before BEGIN"] == 0 || states["ended as asked, -c started true"] == 0 {
		t.Errorf("the sweep did not see both ends: %v", states)
	}
}

// stopSignals are the signals that ask a run to stop.
var stopSignals = []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP}

// A stop signal while ntrace starts: during parse and check (a script
// that takes the parser most of a second), while the programs load, and
// while the probes attach, for each of SIGINT, SIGTERM and SIGHUP. Before
// BEGIN has run nothing of the script runs: ntrace dies of the signal,
// prints nothing, and -c's command, started held before the script is
// parsed, never runs. While the probes attach, no more are attached,
// -c's command never runs, END runs and ntrace exits 0. Either way no
// program, map or link ntrace held at any moment stays in the kernel.
// Each moment is caught as it happens: -c's keeper appears before the
// parse, a program loading shows in ntrace's file descriptors, -v says
// each probe as it attaches and, only once every program is loaded, their
// sizes.
func TestStopWhileStarting(t *testing.T) {
	requireRoot(t)
	dir := t.TempDir()
	// Most of a second of parsing and checking, then a small program.
	var big strings.Builder
	big.WriteString("BEGIN {\n")
	for i := range 20000 {
		fmt.Fprintf(&big, "  $x%d = %d + 1 * 2 - 3;\n", i%50, i)
	}
	big.WriteString("  printf(\"began\\n\");\n}\nEND { printf(\"end\\n\"); }\n")
	bigScript := filepath.Join(dir, "big.nt")
	if err := os.WriteFile(bigScript, []byte(big.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, sig := range stopSignals {
		if signal.Ignored(sig) {
			t.Logf("%v is ignored in this test process, and would be in ntrace: not tried", sig)
			continue
		}
		name := unix.SignalName(sig)
		t.Run("check/"+name, func(t *testing.T) {
			marker := filepath.Join(dir, "check."+name)
			tr := start(t, ntraceBin, "-v", "-c", "touch "+marker, bigScript)
			pid := tr.cmd.Process.Pid
			held := watchHeld(pid, tr.done)
			// -c's keeper, and under it the held shell, start before the
			// script is parsed.
			var keeper, shell []int
			if !waitFor(60*time.Second, func() bool {
				keeper = childrenOf(pid)
				if len(keeper) == 1 {
					shell = childrenOf(keeper[0])
				}
				return len(shell) == 1
			}) {
				t.Fatalf("-c's held command did not appear:\n%s", tr.Stderr())
			}
			tr.cmd.Process.Signal(sig)
			tr.wait()
			checkDiedBeforeBegin(t, tr, sig, marker, held())
			if left := waitGone(append(keeper, shell...), 5*time.Second); len(left) > 0 {
				t.Errorf("-c's keeper and held shell %v outlived ntrace", left)
			}
		})
		t.Run("load/"+name, func(t *testing.T) {
			// 360-odd programs of a few thousand instructions each take
			// the verifier a second or more to load.
			marker := filepath.Join(dir, "load."+name)
			tr := start(t, ntraceBin, "-v", "-c", "touch "+marker, "-e", `BEGIN { printf("began\n"); } tracepoint:syscalls:sys_enter_* { unroll(50) { @n[comm] = count(); } } END { printf("end\n"); }`)
			pid := tr.cmd.Process.Pid
			held := watchHeld(pid, tr.done)
			// Two programs at once: the script's load is under way (what
			// starts up beside the parser loads one, alone).
			var atSignal map[string][]uint32
			if !waitFor(60*time.Second, func() bool {
				atSignal = heldObjects(t, pid)
				return len(atSignal["prog_id"]) >= 2
			}) {
				t.Fatalf("no program loaded:\n%s", tr.Stderr())
			}
			tr.cmd.Process.Signal(sig)
			tr.wait()
			// What ntrace held as the signal was sent, and at the moments
			// the watch caught (it may miss some: reading hundreds of
			// descriptors' fdinfo takes a while).
			checkDiedBeforeBegin(t, tr, sig, marker, mergeHeld(held(), atSignal))
		})
		t.Run("attach/"+name, func(t *testing.T) {
			marker := filepath.Join(dir, "attach."+name)
			cmd := exec.Command(ntraceBin, "-v", "-c", "touch "+marker, "-e",
				// Probes that attach one by one, each on a tracepoint of its own:
				// fewer than 32 syscall tracepoints of a direction (more would
				// run from one raw_syscalls tracepoint, attached in an instant).
				`BEGIN { printf("began\n"); } tracepoint:syscalls:sys_enter_[a-c]*, tracepoint:syscalls:sys_exit_[a-c]*, tracepoint:sched:*,
tracepoint:timer:*, tracepoint:irq:* { @n = count(); } END { printf("end\n"); }`)
			// The attach takes 30 ms or so: to send the signal while it is
			// under way whatever the machine's load, ntrace is held in it.
			// Its stderr is a pipe of one page that the test stops reading
			// at the first probe attached: the next lines (-v says each
			// probe as it attaches) fill it, and ntrace waits to write one,
			// mid-attach, until the signal has been sent.
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			if _, err := unix.FcntlInt(r.Fd(), unix.F_SETPIPE_SZ, 4096); err != nil {
				t.Fatal(err)
			}
			var stdout bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, w
			if err := startChild(cmd); err != nil {
				t.Fatal(err)
			}
			w.Close()
			defer cmd.Process.Kill()
			pid := cmd.Process.Pid
			exited := make(chan struct{})
			held := watchHeld(pid, exited)
			var errs strings.Builder
			// A byte at a time: a buffered reader would take up to a page
			// more of the pipe than the first line, and let ntrace attach
			// that much further before it is held (all of it, now and
			// then: the test then failed).
			b := make([]byte, 1)
			for !strings.Contains(errs.String(), ": attached as ") || !strings.HasSuffix(errs.String(), "\n") {
				if _, err := r.Read(b); err != nil {
					t.Fatalf("no probe attached: %v\n%s", err, errs.String())
				}
				errs.Write(b)
			}
			if !waitFor(10*time.Second, func() bool {
				n, _ := unix.IoctlGetInt(int(r.Fd()), unix.TIOCINQ) // FIONREAD
				return n > 4096-200
			}) {
				t.Logf("the pipe did not fill: the attach may end before the signal")
			}
			// Held in its write, ntrace attaches nothing until the pipe is
			// read. The pipe is read once ntrace has taken the signal,
			// which shows as its probes' descriptors closing: read at
			// once, it let the attach run on, and a machine busy
			// elsewhere let it finish before the signal was seen. Before
			// the signal, its descriptors stay as they are (it is held),
			// and the count is taken then: not as an attach opens one.
			open := openDescriptors(pid)
			waitFor(10*time.Second, func() bool {
				time.Sleep(50 * time.Millisecond)
				was := open
				open = openDescriptors(pid)
				return open == was
			})
			cmd.Process.Signal(sig)
			if !waitFor(10*time.Second, func() bool { return openDescriptors(pid) < open-1 }) {
				t.Logf("ntrace closed none of its %d descriptors within 10 s of %s", open, name)
			}
			rest, _ := io.ReadAll(r)
			errs.Write(rest)
			cmd.Wait()
			close(exited)
			n := strings.Count(errs.String(), ": attached as ")
			total := strings.Count(errs.String(), " instructions\n") - 2 // less BEGIN and END
			if got := exitOf(cmd.ProcessState); got != "exit 0" || !strings.HasPrefix(stdout.String(), "began\nend\n") {
				t.Errorf("%s, stdout:\n%s", got, stdout.String())
			}
			if n >= total || strings.Contains(errs.String(), "probes attached") {
				t.Errorf("%d of %d probes attached after %s during the attach:\n%s", n, total, name, errs.String())
			}
			if _, err := os.Stat(marker); err == nil {
				t.Errorf("-c's command was started after %s", name)
			}
			if left := programsLeft(t, pid); len(left) > 0 {
				t.Errorf("programs %v still loaded", left)
			}
			if left := stillLoaded(held()); len(left) > 0 {
				t.Errorf("still in the kernel after ntrace exited: %v", left)
			}
			t.Logf("%s came after %d of %d probes were attached", name, n, total)
		})
	}
}

// openDescriptors is how many file descriptors process pid has open.
func openDescriptors(pid int) int {
	ents, _ := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid))
	return len(ents)
}

// checkDiedBeforeBegin checks a run stopped by sig before BEGIN: dead of
// the signal, nothing printed but -v's lines from before the programs
// were loaded (their sizes come once all are), -c's command (which would
// have made marker) never run, nothing ntrace held left in the kernel.
func checkDiedBeforeBegin(t *testing.T, tr *tracer, sig syscall.Signal, marker string, held map[string][]uint32) {
	t.Helper()
	name := unix.SignalName(sig)
	if got := exitOf(tr.cmd.ProcessState); got != "signal "+name || tr.Stdout() != "" {
		t.Errorf("%s, stdout:\n%s\nstderr:\n%s\nwant death by %s and no output", got, tr.Stdout(), tr.Stderr(), name)
	}
	for _, l := range strings.Split(strings.TrimSuffix(tr.Stderr(), "\n"), "\n") {
		if l != "" && !strings.HasPrefix(l, "ntrace: running ") {
			t.Errorf("%s did not come before the programs were loaded, or ntrace said more: %q\nstderr:\n%s", name, l, tr.Stderr())
			break
		}
	}
	if _, err := os.Stat(marker); err == nil {
		t.Errorf("-c's command ran after %s", name)
	}
	if left := programsLeft(t, tr.cmd.Process.Pid); len(left) > 0 {
		t.Errorf("programs %v still loaded", left)
	}
	if left := stillLoaded(held); len(left) > 0 {
		t.Errorf("still in the kernel after ntrace died: %v", left)
	}
	t.Logf("ntrace held %d programs, %d maps and %d links before %s; none is left", len(held["prog_id"]), len(held["map_id"]), len(held["link_id"]), name)
}

// Output that cannot be written, to a full device or a full file system,
// makes ntrace exit 1 saying so, never exit 0 with the maps lost; the
// same for a listing or a compile-only run.
func TestOutputToFullDevice(t *testing.T) {
	requireRoot(t)
	script := `BEGIN { @x[1] = 1; @y = count(); exit(); }`
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full")
	}
	defer full.Close()
	cmd := exec.Command(ntraceBin, "-e", script)
	cmd.Stdout = full
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Run()
	if got := exitOf(cmd.ProcessState); got != "exit 1" || !strings.Contains(stderr.String(), "ntrace: writing output: write /dev/stdout: no space left on device\n") {
		t.Errorf("stdout /dev/full: %s, stderr:\n%s", got, stderr.String())
	}

	// So do listings and compile-only runs.
	for _, args := range [][]string{{"-l", "tracepoint:sched:*"}, {"recipes"}, {"check", "-d", "asm", "-e", script}} {
		cmd := exec.Command(ntraceBin, args...)
		cmd.Stdout = full
		cmd.Run()
		if got := exitOf(cmd.ProcessState); got != "exit 1" {
			t.Errorf("ntrace %v >/dev/full: %s", args, got)
		}
	}

	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=16k"); err != nil {
		t.Fatal(err)
	}
	defer syscall.Unmount(dir, 0)
	os.WriteFile(filepath.Join(dir, "filler"), make([]byte, 64<<10), 0o644) // fills it, short
	path := filepath.Join(dir, "out.txt")
	out, code := runTool(t, ntraceBin, "-o", path, "-e", script)
	want := "ntrace: writing output: write " + path + ": no space left on device\n"
	if code != 1 || !strings.Contains(out, want) {
		t.Errorf("-o on a full tmpfs: exit %d, output:\n%s\nwant %q", code, out, want)
	}
}

// When its standard output is closed (ntrace ... | head -1), ntrace ends
// at its next write as any filter does, killed by SIGPIPE; the kernel
// detaches its probes as its descriptors close, and its -c command goes
// with it.
func TestClosedOutput(t *testing.T) {
	requireRoot(t)
	pids := filepath.Join(t.TempDir(), "pids")
	cmd := exec.Command(ntraceBin, "-c", "echo $$ > "+pids+"; exec sleep 300", "-e", readyProbe, pidArg())
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = w
	if err := startChild(cmd); err != nil {
		t.Fatal(err)
	}
	w.Close()
	pid := cmd.Process.Pid
	line := make(chan string, 1)
	go func() {
		var b [6]byte
		n, _ := r.Read(b[:])
		line <- string(b[:n])
	}()
	var first string
	waitFor(30*time.Second, func() bool {
		syscall.Getppid()
		select {
		case first = <-line:
			return true
		default:
			return false
		}
	})
	if first != "ready\n" {
		t.Fatalf("first line %q", first)
	}
	held := heldObjects(t, pid)
	r.Close()
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	if !waitFor(20*time.Second, func() bool {
		syscall.Getppid()
		select {
		case <-done:
			return true
		default:
			return false
		}
	}) {
		cmd.Process.Kill()
		t.Fatal("ntrace went on writing to a closed pipe")
	}
	if got := exitOf(cmd.ProcessState); got != "signal SIGPIPE" {
		t.Errorf("ntrace ended with %s, want SIGPIPE", got)
	}
	if left := stillLoaded(held); len(left) > 0 {
		t.Errorf("still in the kernel: %v", left)
	}
	if left := waitGone(readPids(t, pids), 5*time.Second); len(left) > 0 {
		t.Errorf("-c's command %v outlived ntrace", left)
	}
}

// With -p, the run stops when that process exits, as with -c: END runs,
// the maps print, ntrace says why and exits 0. A -p of no process is
// refused before anything is loaded.
func TestTracedProcessExits(t *testing.T) {
	requireRoot(t)
	target := exec.Command("sleep", "1")
	if err := target.Start(); err != nil {
		t.Fatal(err)
	}
	go target.Wait()
	pid := strconv.Itoa(target.Process.Pid)
	out, code := runTool(t, ntraceBin, "-p", pid, "-e", `tracepoint:sched:sched_process_exit /pid == ${PID}/ { @exits = count(); } END { printf("end\n"); }`)
	want := "ntrace: process " + pid + " exited: tracing stopped\n"
	if code != 0 || !strings.Contains(out, want) || !strings.Contains(out, "end\n") || !strings.Contains(out, "@exits: 1\n") {
		t.Errorf("exit %d, output:\n%s\nwant %q", code, out, want)
	}
	out, code = runTool(t, ntraceBin, "-p", pid, "-e", `BEGIN { exit(); }`)
	if code != 2 || out != "ntrace: -p "+pid+": no such process\n" {
		t.Errorf("-p of a process gone: exit %d, output %q", code, out)
	}
}

// A uprobe's binary that does not exist is an error at the probe; one
// removed while it is traced goes on being traced (the kernel holds its
// inode) until the process running it exits, which with -p ends the run.
func TestVanishedUprobeTarget(t *testing.T) {
	requireRoot(t)
	out, code := runTool(t, ntraceBin, "-e", "BEGIN { exit(); }\nuprobe:/nonexistent/bin:main { @ = count(); }")
	if code != 1 || !strings.HasPrefix(out, "-e:2:1: error: ") || !strings.Contains(out, "/nonexistent/bin") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
	bin := filepath.Join(t.TempDir(), "target")
	data, err := os.ReadFile(uprobeBinary(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	const calls = 25
	h := exec.Command(bin)
	h.Env = append(os.Environ(), fmt.Sprintf("%s=%d", helperEnv, calls))
	stdin, _ := h.StdinPipe()
	var hout bytes.Buffer
	h.Stdout = &hout
	if err := startChild(h); err != nil {
		t.Fatal(err)
	}
	defer h.Process.Kill()
	pid := strconv.Itoa(h.Process.Pid)
	tr := ntrace(t, readyProbe+`uprobe:`+bin+`:*e2e.uprobeTarget { @calls = count(); }`, "-p", pid, pidArg())
	tr.waitReady()
	if err := os.Remove(bin); err != nil {
		t.Fatal(err)
	}
	stdin.Write([]byte("go\n"))
	go h.Wait()
	tr.wait()
	if got := exitOf(tr.cmd.ProcessState); got != "exit 0" || !strings.Contains(tr.Stdout(), fmt.Sprintf("@calls: %d\n", calls)) ||
		!strings.Contains(tr.Stderr(), "ntrace: process "+pid+" exited: tracing stopped\n") {
		t.Errorf("%s, stdout:\n%s\nstderr:\n%s", got, tr.Stdout(), tr.Stderr())
	}
}

// limitsEnv, set in the environment of this test binary run as a helper,
// makes it lower its open file limit ("nofile=N") or move into a memory
// cgroup ("cgroup=DIR") and then become ntrace (its arguments).
const limitsEnv = "NTRACE_E2E_LIMITS"

func init() {
	v := os.Getenv(limitsEnv)
	if v == "" {
		return
	}
	switch kind, arg, _ := strings.Cut(v, "="); kind {
	case "nofile":
		n, _ := strconv.ParseUint(arg, 10, 64)
		if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &syscall.Rlimit{Cur: n, Max: n}); err != nil {
			fmt.Fprintf(os.Stderr, "helper: %v\n", err)
			os.Exit(100)
		}
	case "cgroup":
		if err := os.WriteFile(filepath.Join(arg, "cgroup.procs"), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "helper: %v\n", err)
			os.Exit(100)
		}
	}
	env := withoutVar(os.Environ(), limitsEnv)
	err := syscall.Exec(os.Args[1], os.Args[1:], env)
	fmt.Fprintf(os.Stderr, "helper: exec %s: %v\n", os.Args[1], err)
	os.Exit(101)
}

func withoutVar(env []string, name string) []string {
	var out []string
	for _, e := range env {
		if !strings.HasPrefix(e, name+"=") {
			out = append(out, e)
		}
	}
	return out
}

// ntraceLimited runs ntrace with args under a limit (see limitsEnv) and
// returns its output and exit status.
func ntraceLimited(t *testing.T, limit string, args ...string) (string, int) {
	t.Helper()
	out, code := combinedOutput(t, limitedCommand(t, limit, args...))
	if code >= 100 {
		t.Fatalf("the helper failed (%d): %s", code, out)
	}
	return out, code
}

// limitedCommand is the command ntraceLimited runs.
func limitedCommand(t *testing.T, limit string, args ...string) *exec.Cmd {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(self, append([]string{ntraceBin}, args...)...)
	cmd.Env = append(os.Environ(), limitsEnv+"="+limit)
	return cmd
}

// More probes than file descriptors: an error at the probe that found
// none left, saying which limit and what to change (it once read as a
// verifier rejection with no reason and no line); nothing stays loaded.
func TestTooFewFileDescriptors(t *testing.T) {
	requireRoot(t)
	script := "BEGIN { printf(\"began\\n\"); }\ntracepoint:syscalls:sys_enter_[a-f]* { @n = count(); }"
	out, code := ntraceLimited(t, "nofile=40", "-e", script)
	want := "the open file limit (ulimit -n) is 40; raise the limit or trace fewer probes\ntracepoint:syscalls:sys_enter_[a-f]* { @n = count(); }\n^\n"
	if code != 1 || !strings.HasPrefix(out, "-e:2:1: error: the program for tracepoint:syscalls:sys_enter_") || !strings.HasSuffix(out, want) {
		t.Errorf("exit %d, output:\n%s\nwant -e:2:1 and %q", code, out, want)
	}
}

// A stop signal ignored when ntrace started (SIGHUP under nohup) stays
// ignored: ntrace goes on tracing through it, and still stops cleanly on
// another (the README's fault model).
func TestIgnoredSignalStaysIgnored(t *testing.T) {
	requireRoot(t)
	cmd := exec.Command("sh", "-c", `trap "" HUP; exec "$0" "$@"`, ntraceBin, "-e",
		`tracepoint:syscalls:sys_enter_getppid { @n = count(); } END { printf("end\n"); }`)
	tr := startTracerCommand(t, cmd)
	tr.waitAttached()
	if err := tr.cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	select {
	case <-tr.done:
		t.Fatalf("ntrace ended on a SIGHUP it was started ignoring: %s\nstdout:\n%s\nstderr:\n%s", exitOf(tr.cmd.ProcessState), tr.Stdout(), tr.Stderr())
	case <-time.After(500 * time.Millisecond):
	}
	tr.stop()
	if !strings.Contains(tr.Stdout(), "end\n") {
		t.Errorf("END did not run after the SIGINT:\n%s", tr.Stdout())
	}
}
