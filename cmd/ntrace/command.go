package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	goruntime "runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// command is -c's command, running under its keeper (see keeper.go),
// held until release.
type command struct {
	keeper   *exec.Cmd
	reported chan struct{} // closed once the keeper is started and has reported pid, or failed to
	pid      int           // the held shell, which becomes the command: cpid; set before reported closes
	pidErr   error         // why there is no pid; set before reported closes
	mu       sync.Mutex    // guards release and released: stop may come from the stopper's goroutine
	release  *os.File      // the release pipe's end; nil once written or closed
	released bool          // let run: the release line was written
	done     chan struct{} // closed when the keeper has exited
	stopped  atomic.Bool   // ntrace asked it to stop
	ended    bool          // it ended by itself, before it was asked to stop; set before done closes
}

// startCommand starts -c's command under a keeper, held before it runs
// anything (see keeper.go), and returns at once: started waits for the
// held process and its pid, run lets it run. The keeper is this binary
// started again: starting it and its report take 3-8 ms, which the
// script's parsing, checking and compiling overlap rather than wait for.
func startCommand(line string, stdout, stderr io.Writer) (*command, error) {
	relR, relW, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("starting -c's command: %w", err)
	}
	repR, repW, err := os.Pipe()
	if err != nil {
		relR.Close()
		relW.Close()
		return nil, fmt.Errorf("starting -c's command: %w", err)
	}
	// /proc/self/exe: this very binary, even if its file was replaced.
	k := exec.Command("/proc/self/exe", commandKeeperArg, line)
	k.Args[0] = "ntrace"
	k.Env = append(os.Environ(), keeperParentEnv+"="+strconv.Itoa(os.Getpid()))
	k.Stdout, k.Stderr = stdout, stderr
	k.ExtraFiles = []*os.File{relR, repW} // keeperReleaseFD, keeperReportFD
	k.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
	c := &command{keeper: k, release: relW, done: make(chan struct{}), reported: make(chan struct{})}
	go func() {
		// The keeper's parent-death signal fires when the thread that
		// started it exits: keep that thread for as long as it runs.
		goruntime.LockOSThread()
		defer goruntime.UnlockOSThread()
		err := k.Start()
		relR.Close()
		repW.Close()
		if err != nil {
			repR.Close()
			c.pidErr = fmt.Errorf("starting -c's command: %w", err)
			close(c.reported)
			close(c.done)
			return
		}
		line, err := bufio.NewReader(repR).ReadString('\n')
		repR.Close()
		c.pid, _ = strconv.Atoi(strings.TrimSpace(line))
		if c.pid <= 0 {
			c.pid = 0
			c.pidErr = fmt.Errorf("starting -c's command: its keeper did not start it (%v)", err)
		}
		close(c.reported)
		_ = k.Wait() // how it ended is the command's own status, read meanwhile
		c.ended = !c.stopped.Load()
		close(c.done)
	}()
	return c, nil
}

// started waits until the command is held, ready to run, and returns its
// pid, or why it could not be started (the caller stops it then).
func (c *command) started() (int, error) {
	if c == nil {
		return 0, nil
	}
	<-c.reported
	return c.pid, c.pidErr
}

// whenEnded calls f once the command has ended by itself (and the keeper
// has stopped whatever it left running); the function it returns ends the
// watch.
func (c *command) whenEnded(f func()) (cancel func()) {
	if c == nil {
		return func() {}
	}
	quit := make(chan struct{})
	go func() {
		select {
		case <-c.done:
			if c.ended {
				f()
			}
		case <-quit:
		}
	}()
	return func() { close(quit) }
}

// run releases the held command: from here on it runs.
func (c *command) run() error {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.release == nil {
		return nil
	}
	_, err := io.WriteString(c.release, "run\n")
	c.release.Close()
	c.release = nil
	c.released = err == nil
	if err != nil {
		return fmt.Errorf("releasing -c's command: %w", err)
	}
	return nil
}

// neverRan reports whether there is a command and it was never let run.
func (c *command) neverRan() bool {
	if c == nil {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return !c.released
}

// stop ends the command and everything it started, if it is still
// running (or still held: then it never runs), and waits for that (at
// most a few seconds).
func (c *command) stop() {
	if c == nil {
		return
	}
	c.stopped.Store(true)
	c.mu.Lock()
	if c.release != nil {
		c.release.Close() // unwritten: the held shell exits
		c.release = nil
	}
	c.mu.Unlock()
	<-c.reported
	if c.keeper.Process == nil {
		return // the keeper never started
	}
	c.keeper.Process.Signal(syscall.SIGTERM)
	select {
	case <-c.done:
	case <-time.After(commandGrace + 5*time.Second):
		c.keeper.Process.Kill() // its own death signal goes to the shell
	}
}

// outcome says how the command ended when it ended by itself: nil when it
// succeeded or ntrace stopped it; an error when it could not be run (the
// shell's 126 and 127); otherwise a note about its exit status for
// stderr.
func (c *command) outcome() (note string, err error) {
	if c == nil {
		return "", nil
	}
	select {
	case <-c.done:
	default:
		return "", nil
	}
	if !c.ended {
		return "", nil // stopped as asked: its status says nothing
	}
	code := c.keeper.ProcessState.ExitCode()
	switch {
	case code == 0:
		return "", nil
	case code == 127:
		return "", errors.New("-c's command could not be run: not found (the shell's status 127)")
	case code == 126:
		return "", errors.New("-c's command could not be run: not executable (the shell's status 126)")
	case code > 128 && code < 128+65:
		return "-c's command was killed by " + killedBy(syscall.Signal(code-128)), nil
	}
	return fmt.Sprintf("-c's command exited with status %d", code), nil
}

// killedBy names a signal as a shell user knows it: SIGKILL, or signal 42.
func killedBy(sig syscall.Signal) string {
	if name := unix.SignalName(sig); name != "" {
		return name
	}
	return fmt.Sprintf("signal %d", int(sig))
}
