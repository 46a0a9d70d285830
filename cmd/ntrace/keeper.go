package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	goruntime "runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// -c's command runs under a keeper: ntrace itself, started again with
// commandKeeperArg, whose only job is to make sure that nothing the
// command starts outlives the run. A process group would not do: a
// command that calls setsid() or setpgid() leaves it, and when ntrace is
// killed with SIGKILL nothing of ntrace runs to kill the group. So:
//
//   - the keeper is a child subreaper (PR_SET_CHILD_SUBREAPER): whatever
//     the command starts, however it detaches, stays a descendant of the
//     keeper, where a walk of /proc finds it;
//   - it gets SIGTERM when ntrace dies, SIGKILL included
//     (PR_SET_PDEATHSIG), and SIGTERM is also how a living ntrace asks it
//     to stop the command;
//   - stopping is SIGTERM (and SIGCONT, for a stopped process) to every
//     descendant, then SIGKILL after commandGrace to any left, until
//     none is; the same happens when the shell exits by itself and left
//     something running, which would otherwise hold ntrace's output
//     open;
//   - it then exits with the shell's exit status (128+N for a signal),
//     which ntrace reads.
//
// The command starts held, as bpftrace's does: the keeper starts a shell
// that waits, before it runs anything of the command, for ntrace to write
// a line to a pipe (holdScript), and tells ntrace that shell's pid, which
// becomes cpid. ntrace attaches its probes knowing the process they are
// for, then releases it: the shell execs, in the same process, the
// command itself when it is a simple one (a program and its arguments,
// nothing for a shell to expand), else a shell to run the line. So a
// program run with -c is cpid, and uprobes and usdt probes see it from
// its first instruction. If ntrace never releases it (an error, a
// signal, ntrace killed), the pipe closes unwritten and the held shell
// exits without running anything.
//
// It ignores SIGINT, SIGHUP and SIGQUIT (a Ctrl-C in the terminal reaches
// the whole foreground process group): ntrace decides when the command
// stops.

const (
	// commandKeeperArg as ntrace's first argument makes it the keeper of
	// the command that follows; not for people to type.
	commandKeeperArg = "__keep-command"
	// keeperParentEnv holds the pid of the ntrace that started the keeper.
	keeperParentEnv = "NTRACE_KEEPER_PARENT"
	// holdScript is the held shell: it waits for a line on fd 3, the
	// release pipe, and exits if none comes; then it closes the pipe and
	// becomes the command: its arguments are the program and its
	// arguments, or /bin/sh -c and the line (see commandArgs).
	holdScript = `read -r _ <&3 || exit 125; exec 3<&-; exec "$@"`
	// The keeper's extra descriptors: the release pipe, which it hands on
	// to the held shell, and the pipe it reports the shell's pid on.
	keeperReleaseFD = 3
	keeperReportFD  = 4
	// commandGrace is how long the command's processes have to exit after
	// SIGTERM before they get SIGKILL.
	commandGrace = time.Second
)

// runKeeper is the keeper's whole life: start the shell, wait for it or
// for ntrace's word, stop everything it left, report its status.
func runKeeper(args []string, stderr io.Writer) error {
	parent, err := strconv.Atoi(os.Getenv(keeperParentEnv))
	if len(args) != 1 || err != nil {
		return exitError{code: exitUsage, msg: "ntrace: " + commandKeeperArg + " is for ntrace's own use\n"}
	}
	// The shell's parent-death signal follows the thread that started
	// it: this one, for as long as the keeper lives.
	goruntime.LockOSThread()
	signal.Ignore(syscall.SIGINT, syscall.SIGHUP, syscall.SIGQUIT)
	term := make(chan os.Signal, 1)
	signal.Notify(term, syscall.SIGTERM)
	if err := unix.Prctl(unix.PR_SET_PDEATHSIG, uintptr(syscall.SIGTERM), 0, 0, 0); err != nil {
		return keeperFailed(stderr, "setting the parent-death signal", err)
	}
	if os.Getppid() != parent {
		return exitError{code: 128 + int(syscall.SIGTERM)} // ntrace is gone already
	}
	if err := unix.Prctl(unix.PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0); err != nil {
		return keeperFailed(stderr, "becoming a subreaper", err)
	}
	release := os.NewFile(keeperReleaseFD, "release")
	report := os.NewFile(keeperReportFD, "report")
	sh := exec.Command("/bin/sh", append([]string{"-c", holdScript, "sh"}, commandArgs(args[0])...)...)
	sh.Stdout, sh.Stderr = os.Stdout, os.Stderr
	sh.ExtraFiles = []*os.File{release}
	sh.Env = withoutEnv(os.Environ(), keeperParentEnv)
	sh.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	err = sh.Start()
	release.Close() // the held shell's now: ntrace's end closing is its word
	if err != nil {
		report.Close()
		return keeperFailed(stderr, "starting /bin/sh", err)
	}
	fmt.Fprintf(report, "%d\n", sh.Process.Pid)
	report.Close()
	shell := reapChildren(sh.Process.Pid)
	code := 128 + int(syscall.SIGTERM)
	select {
	case ws := <-shell:
		code = ws.ExitStatus()
		if ws.Signaled() {
			code = 128 + int(ws.Signal())
		}
	case <-term:
	}
	stopDescendants(os.Getpid())
	return exitError{code: code}
}

// shellSpecial are the characters that make a command line more than a
// program and its arguments: quoting, expansions, redirections, several
// commands, assignments, comments.
const shellSpecial = "|&;<>()$`\\\"'*?[]#~=%{}!\n"

// commandArgs is how the held shell runs line: as the program and its
// arguments, split on blanks, when there is nothing in it for a shell to
// do and it names a program (a path, or one in $PATH); else with a shell,
// which also runs its builtins (exit 3).
func commandArgs(line string) []string {
	words := strings.Fields(line)
	if len(words) == 0 || strings.ContainsAny(line, shellSpecial) {
		return []string{"/bin/sh", "-c", line}
	}
	if !strings.Contains(words[0], "/") {
		if _, err := exec.LookPath(words[0]); err != nil {
			return []string{"/bin/sh", "-c", line}
		}
	}
	return words
}

func keeperFailed(stderr io.Writer, what string, err error) error {
	fmt.Fprintf(stderr, "ntrace: -c: %s: %v\n", what, err)
	return exitError{code: 127}
}

// reapChildren waits for every child the keeper has (the shell, and the
// orphans that the subreaper inherits), so none stays a zombie, and
// sends the shell's status on the channel it returns.
func reapChildren(shell int) <-chan unix.WaitStatus {
	status := make(chan unix.WaitStatus, 1)
	go func() {
		for {
			var ws unix.WaitStatus
			pid, err := unix.Wait4(-1, &ws, 0, nil)
			if errors.Is(err, unix.EINTR) {
				continue
			}
			if err != nil {
				return // ECHILD: no child left
			}
			if pid == shell {
				status <- ws
			}
		}
	}()
	return status
}

// stopDescendants ends every descendant of the process self: SIGTERM
// (with SIGCONT, so a stopped one can act on it), then after commandGrace
// SIGKILL, again and again until none is left.
func stopDescendants(self int) {
	signalDescendants(self, syscall.SIGTERM)
	signalDescendants(self, syscall.SIGCONT)
	deadline := time.Now().Add(commandGrace)
	for time.Now().Before(deadline) {
		if len(descendants(self)) == 0 {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	for range 500 {
		if signalDescendants(self, syscall.SIGKILL) == 0 {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// signalDescendants sends sig to every living descendant of self and
// returns how many there were. Each is signalled through a pidfd taken
// while it is still known to be a descendant, so a pid reused meanwhile
// by another process is never signalled.
func signalDescendants(self int, sig syscall.Signal) int {
	pids := descendants(self)
	for _, pid := range pids {
		fd, err := unix.PidfdOpen(pid, 0)
		if err != nil {
			if errors.Is(err, unix.ENOSYS) {
				unix.Kill(pid, sig) // before 5.3: no pidfds
			}
			continue
		}
		if isDescendant(pid, self) {
			unix.PidfdSendSignal(fd, sig, nil, 0)
		}
		unix.Close(fd)
	}
	return len(pids)
}

// descendants lists the living (not zombie) descendants of self, from
// /proc.
func descendants(self int) []int {
	children := map[int][]int{}
	alive := map[int]bool{}
	ents, _ := os.ReadDir("/proc")
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		ppid, state, ok := procStat(pid)
		if !ok {
			continue
		}
		children[ppid] = append(children[ppid], pid)
		alive[pid] = state != 'Z' && state != 'X'
	}
	var out []int
	queue := []int{self}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, c := range children[p] {
			if alive[c] {
				out = append(out, c)
			}
			queue = append(queue, c)
		}
	}
	return out
}

// isDescendant reports whether pid is, now, a descendant of self.
func isDescendant(pid, self int) bool {
	for range 4096 {
		ppid, _, ok := procStat(pid)
		switch {
		case !ok || ppid <= 1:
			return false
		case ppid == self:
			return true
		}
		pid = ppid
	}
	return false
}

// procStat reads a process's parent and state from /proc/PID/stat.
func procStat(pid int) (ppid int, state byte, ok bool) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, 0, false
	}
	// "pid (comm) S ppid ...": comm may hold spaces and parentheses.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, 0, false
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 2 || len(f[0]) != 1 {
		return 0, 0, false
	}
	ppid, err = strconv.Atoi(f[1])
	return ppid, f[0][0], err == nil
}

// withoutEnv returns env without the variable name.
func withoutEnv(env []string, name string) []string {
	out := env[:0:0]
	for _, e := range env {
		if !strings.HasPrefix(e, name+"=") {
			out = append(out, e)
		}
	}
	return out
}
