package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	goruntime "runtime"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"
)

// command is -c's command, running under its keeper (see keeper.go).
type command struct {
	keeper  *exec.Cmd
	done    chan struct{} // closed when the keeper has exited
	stopped atomic.Bool   // ntrace asked it to stop
	ended   bool          // it ended by itself, before it was asked to stop; set before done closes
}

// startCommand runs -c's command under a keeper; exited is called when
// the command ends by itself (and the keeper has stopped whatever it
// left running).
func startCommand(line string, stdout, stderr io.Writer, exited func()) (*command, error) {
	// /proc/self/exe: this very binary, even if its file was replaced.
	k := exec.Command("/proc/self/exe", commandKeeperArg, line)
	k.Args[0] = "ntrace"
	k.Env = append(os.Environ(), keeperParentEnv+"="+strconv.Itoa(os.Getpid()))
	k.Stdout, k.Stderr = stdout, stderr
	k.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
	c := &command{keeper: k, done: make(chan struct{})}
	started := make(chan error)
	go func() {
		// The keeper's parent-death signal fires when the thread that
		// started it exits: keep that thread for as long as it runs.
		goruntime.LockOSThread()
		defer goruntime.UnlockOSThread()
		if err := k.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		_ = k.Wait() // how it ended is the command's own status, read meanwhile
		c.ended = !c.stopped.Load()
		close(c.done)
		if c.ended {
			exited()
		}
	}()
	if err := <-started; err != nil {
		return nil, fmt.Errorf("starting -c's command: %w", err)
	}
	return c, nil
}

// stop ends the command and everything it started, if it is still
// running, and waits for that (at most a few seconds).
func (c *command) stop() {
	if c == nil {
		return
	}
	c.stopped.Store(true)
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
	case code > 128:
		return fmt.Sprintf("-c's command was killed by signal %d (%s)", code-128, syscall.Signal(code-128)), nil
	}
	return fmt.Sprintf("-c's command exited with status %d", code), nil
}
