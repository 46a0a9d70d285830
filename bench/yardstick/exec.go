package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// attachTimeout is how long a tool may take to say its probes are
// attached, as in the suite's engine; the test's TIMEOUT starts then.
var attachTimeout = 10 * time.Second

// notifyLine is what bpftrace prints once its probes are attached when
// __BPFTRACE_NOTIFY_PROBES_ATTACHED is set.
const notifyLine = "__BPFTRACE_NOTIFY_PROBES_ATTACHED"

// tool is a tracer under test.
type tool struct {
	Name    string // ntrace or bpftrace
	Path    string
	Version string
	// attached recognises the line the tool prints once its probes are
	// attached: both print notifyLine on stdout when the environment asks
	// for it, after their own "Attached N probes" (bpftrace 0.17:
	// "Attaching N probes...") and before what BEGIN printed.
	attached *regexp.Regexp
	// jsonFlags are the flags that make the tool print JSON and nothing
	// else, for PROG tests that expect JSON.
	jsonFlags string
}

func newTool(name, path string) tool {
	t := tool{Name: name, Path: path, attached: regexp.MustCompile(`^` + notifyLine + `$`)}
	switch name {
	case ntraceName:
		t.jsonFlags = "-f json"
	default:
		t.jsonFlags = "-q -f json"
	}
	return t
}

// toolRun is one tool's run of one test.
type toolRun struct {
	Status   string  `json:"status"` // pass, fail, timeout or error (the runner could not judge)
	Reason   string  `json:"reason,omitempty"`
	Blocking string  `json:"blocking,omitempty"` // the tool's first error message, if it printed one
	Command  string  `json:"command"`
	ExitCode int     `json:"exit_code"`
	Attached bool    `json:"attached"`
	Seconds  float64 `json:"seconds"`
	Output   string  `json:"output,omitempty"` // up to maxOutput bytes
}

const maxOutput = 8 << 10

// command is the shell command that runs the test with tool: a PROG runs
// with -e; in a RUN line {{BPFTRACE}} is the tool and {{BEFORE_PID}} the
// first BEFORE's process.
func command(t *suiteTest, tl tool, beforePID int) string {
	if t.Prog != "" {
		flags := ""
		if len(t.Expects) > 0 && t.Expects[0].Mode == expectJSON {
			flags = tl.jsonFlags + " "
		}
		return tl.Path + " " + flags + "-e " + shellQuote(t.Prog)
	}
	cmd := strings.ReplaceAll(t.Run, toolPlaceholder, tl.Path)
	return strings.ReplaceAll(cmd, "{{BEFORE_PID}}", strconv.Itoa(beforePID))
}

// runOne runs a test with one tool in dir (the tests directory): SETUP,
// the BEFORE programs, the tool with AFTER started once it has attached,
// then CLEANUP; and judges what the tool printed.
func runOne(ctx context.Context, t *suiteTest, tl tool, dir string) toolRun {
	start := time.Now()
	r := toolRun{}
	finish := func() toolRun {
		r.Seconds = time.Since(start).Seconds()
		if len(r.Output) > maxOutput {
			r.Output = r.Output[:maxOutput] + "\n[… cut]"
		}
		return r
	}
	if t.Setup != "" {
		if out, err := shell(ctx, t.Setup, dir); err != nil {
			r.Status, r.Reason = "fail", "SETUP failed: "+oneLine(out, 80)
			return finish()
		}
	}
	var befores []*exec.Cmd
	defer func() {
		for _, b := range befores {
			stop(b, time.Second)
		}
	}()
	for _, b := range t.Befores {
		cmd, err := startBefore(b, dir, time.Duration(t.Timeout)*time.Second)
		if cmd != nil {
			befores = append(befores, cmd)
		}
		if err != nil {
			r.Status, r.Reason = "fail", err.Error()
			return finish()
		}
	}
	beforePID := 0
	if len(befores) > 0 {
		beforePID = befores[0].Process.Pid
	}
	r.Command = command(t, tl, beforePID)
	out, code, attached, timedOut, err := watch(ctx, t, tl, r.Command, dir)
	r.Output, r.ExitCode, r.Attached = out, code, attached
	if err != nil {
		r.Status, r.Reason = "error", err.Error()
		return finish()
	}
	if t.Cleanup != "" {
		if out, err := shell(ctx, t.Cleanup, dir); err != nil {
			r.Status, r.Reason = "fail", "CLEANUP failed: "+oneLine(out, 80)
			return finish()
		}
	}
	j := judge(t, out, code, timedOut, dir)
	switch {
	case j.Pass:
		r.Status = "pass"
	case j.RunnerError:
		r.Status, r.Reason = "error", j.Reason
	case timedOut:
		r.Status = "timeout"
		r.Reason = fmt.Sprintf("still running %ds after attaching; %s", t.Timeout, j.Reason)
		if !attached {
			r.Reason = fmt.Sprintf("never said it attached (%s); %s", attachTimeout, j.Reason)
		}
	default:
		r.Status, r.Reason = "fail", j.Reason
	}
	if r.Status != "pass" {
		r.Blocking = blockingError(tl.Name, out)
	}
	return finish()
}

// watch runs the tool's command and collects its output (stdout and
// stderr in one pipe, as the suite reads them). It allows attachTimeout
// until the tool says it attached, then the test's TIMEOUT; then the
// process group gets SIGTERM, and SIGKILL a second later.
func watch(ctx context.Context, t *suiteTest, tl tool, command, dir string) (output string, code int, attached, timedOut bool, err error) {
	pr, pw, err := os.Pipe()
	if err != nil {
		return "", 0, false, false, err
	}
	cmd := exec.Command("/bin/sh", "-c", command)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = pw, pw
	cmd.Env = append([]string{
		"PATH=" + os.Getenv("PATH"),
		"test=" + t.Name,
		"__BPFTRACE_NOTIFY_PROBES_ATTACHED=1",
		"__BPFTRACE_NOTIFY_AOT_PORTABILITY_DISABLED=1",
	}, t.Env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	err = cmd.Start()
	pw.Close()
	if err != nil {
		pr.Close()
		return "", 0, false, false, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	lines := make(chan []byte)
	go func() {
		defer close(lines)
		defer pr.Close()
		br := bufio.NewReader(pr)
		for {
			line, err := br.ReadBytes('\n')
			if len(line) > 0 {
				lines <- line
			}
			if err != nil {
				return
			}
		}
	}()
	var (
		buf   bytes.Buffer
		after *exec.Cmd
	)
	timer := time.NewTimer(attachTimeout)
	defer timer.Stop()
	done := false
	for !done {
		select {
		case line, ok := <-lines:
			if !ok {
				done = true
				break
			}
			notice := !attached && tl.attached.Match(bytes.TrimRight(line, "\n"))
			buf.Write(line)
			if notice {
				attached = true
				if t.hasExact() {
					buf.Reset() // compare only what comes after attaching
				}
				timer.Reset(time.Duration(t.Timeout) * time.Second)
				if t.After != "" {
					after = startShell(aimAtTool(t.After, toolPID(cmd.Process.Pid, tl.Path)), dir)
				}
			}
		case <-timer.C:
			timedOut = true
			done = true
		case <-ctx.Done():
			timedOut = true
			done = true
		}
	}
	// The output has ended; the tool may still be running (it closed
	// its output, or the timer went off): it gets what remains of the
	// timer to exit.
	var werr error
	exitedNow := false
	if !timedOut {
		select {
		case werr = <-exited:
			exitedNow = true
		case <-timer.C:
			timedOut = true
		case <-ctx.Done():
			timedOut = true
		}
	}
	if timedOut {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		drain := time.After(time.Second)
	collect:
		for {
			select {
			case line, ok := <-lines:
				if !ok {
					break collect
				}
				buf.Write(line)
			case <-drain:
				syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
				for line := range lines {
					buf.Write(line)
				}
				break collect
			}
		}
	}
	if !exitedNow {
		select {
		case werr = <-exited:
		case <-time.After(time.Second):
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			werr = <-exited
		}
	}
	syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) // anything it left behind
	if after != nil {
		stop(after, time.Second)
	}
	code = cmd.ProcessState.ExitCode()
	var ee *exec.ExitError
	if werr != nil && !errors.As(werr, &ee) {
		return decodeOutput(buf.Bytes()), code, attached, timedOut, werr
	}
	if ctx.Err() != nil {
		return decodeOutput(buf.Bytes()), code, attached, timedOut, ctx.Err()
	}
	return decodeOutput(buf.Bytes()), code, attached, timedOut, nil
}

var (
	pidofToolRE = regexp.MustCompile(`\$\(pidof bpftrace\)`)
	pkillToolRE = regexp.MustCompile(`\bpkill(?:\s+-(?:SIG)?([A-Z0-9]+))?\s+bpftrace\b`)
	byNameRE    = regexp.MustCompile(`\b(pkill|killall|pidof)\b`)
)

// aimAtTool rewrites an AFTER command that signals "bpftrace" by name
// (pkill -SIGINT bpftrace, kill -s USR1 $(pidof bpftrace)) to signal the
// tool under test by its process id: the runner never signals processes
// by name, which would reach other users' tracers on the machine.
func aimAtTool(after string, pid int) string {
	p := strconv.Itoa(pid)
	after = pidofToolRE.ReplaceAllString(after, p)
	return pkillToolRE.ReplaceAllStringFunc(after, func(m string) string {
		sig := pkillToolRE.FindStringSubmatch(m)[1]
		if sig == "" {
			sig = "TERM"
		}
		return "kill -s " + sig + " " + p
	})
}

// killsByName reports whether a command would still find processes by
// name after aimAtTool, which the runner does not allow.
func killsByName(after string) bool {
	return byNameRE.MatchString(aimAtTool(after, 1))
}

// toolPID finds the tool's process in the process group the runner
// started (the shell execs a lone command, so it is usually the group
// leader itself); the leader when none runs the tool's binary.
func toolPID(pgid int, path string) int {
	want, err := filepath.EvalSymlinks(path)
	if err != nil {
		return pgid
	}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		if g, err := syscall.Getpgid(pid); err != nil || g != pgid {
			continue
		}
		if exe, err := os.Readlink("/proc/" + e.Name() + "/exe"); err == nil && exe == want {
			return pid
		}
	}
	return pgid
}

// startBefore starts a BEFORE program (its words, no shell, as the suite
// does) in its own process group and waits until it runs as the program
// its last word names (its comm), for up to limit.
func startBefore(line, dir string, limit time.Duration) (*exec.Cmd, error) {
	words := strings.Fields(line)
	if len(words) == 0 {
		return nil, fmt.Errorf("empty BEFORE")
	}
	cmd := exec.Command(words[0], words[1:]...)
	cmd.Dir = dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("BEFORE %s: %w", line, err)
	}
	want := filepath.Base(words[len(words)-1])
	if len(want) > 15 {
		want = want[:15]
	}
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if commsUnder(cmd.Process.Pid)[want] {
			return cmd, nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return cmd, fmt.Errorf("BEFORE %s: no process %q after %s", line, want, limit)
}

// commsUnder lists the names (comm) of a process and its children.
func commsUnder(pid int) map[string]bool {
	comms := map[string]bool{}
	if b, err := os.ReadFile(fmt.Sprintf("/proc/%d/comm", pid)); err == nil {
		comms[strings.TrimSpace(string(b))] = true
	}
	children, _ := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", pid, pid))
	for _, c := range strings.Fields(string(children)) {
		if b, err := os.ReadFile("/proc/" + c + "/comm"); err == nil {
			comms[strings.TrimSpace(string(b))] = true
		}
	}
	return comms
}

// startShell starts an AFTER command in its own process group, its
// output discarded (the test judges the tool's output only).
func startShell(line, dir string) *exec.Cmd {
	cmd := exec.Command("/bin/sh", "-c", line)
	cmd.Dir = dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if cmd.Start() != nil {
		return nil
	}
	return cmd
}

// stop gives a process grace to exit on its own, then kills its group.
func stop(cmd *exec.Cmd, grace time.Duration) {
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	select {
	case <-exited:
	case <-time.After(grace):
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-exited
	}
	syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
}

// shell runs a SETUP, CLEANUP or REQUIRES command to its end.
func shell(ctx context.Context, line, dir string) (string, error) {
	cmd := exec.CommandContext(ctx, "/bin/sh", "-c", line)
	cmd.Dir = dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	out, err := cmd.CombinedOutput()
	return string(out), err
}
