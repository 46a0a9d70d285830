package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// How a run ends on a signal (the README's fault model):
//
//   - SIGINT, SIGTERM or SIGHUP asks the run to stop: the runtime
//     detaches every probe at once, whatever it is doing, then runs END
//     and prints the maps, and -c's command is stopped. Before the
//     programs are loaded (until tracing is called, just before BEGIN),
//     nothing of the script has run and ntrace dies of the signal at
//     once, as it would have a moment earlier, before it handled signals:
//     a load of many or big programs, seconds of the verifier's work, is
//     not waited for; the kernel frees what was loaded as ntrace's
//     descriptors close, and -c's keeper, which gets its parent-death
//     signal, ends the held command unrun.
//   - The output may be blocked (a reader that stopped reading): if a
//     write makes no progress for stalledOutput after the signal, or a
//     second signal comes, ntrace exits at once with status 1, saying so;
//     the probes are detached already, and the kernel would detach them
//     anyway as ntrace's descriptors close.

// stalledOutput is how long a write may stay blocked after a stop signal
// before ntrace gives up on its output.
const stalledOutput = 3 * time.Second

// stopper turns the stop signals into ctx being done, and forces an exit
// when stopping cleanly cannot finish.
type stopper struct {
	ctx    context.Context
	cancel context.CancelFunc
	sigs   chan os.Signal
	done   chan struct{}
	mu     sync.Mutex
	first  os.Signal
	// force ends the process at once (os.Exit in ntrace; tests replace
	// it); beforeForce runs first, to stop -c's command.
	force       func(code int)
	beforeForce func()
	// phase is where the run is: starting until tracing is called, then
	// tracing; dying once a signal came while starting.
	phase atomic.Int32
	// die ends the process by a signal (dieOf, but for tests).
	die func(sig syscall.Signal)
}

// The phases of a run, as the stopper sees them.
const (
	phaseStarting int32 = iota
	phaseTracing
	phaseDying
)

// newStopper starts handling the stop signals; out is the output whose
// writes it watches once a signal came, stderr where it says why it
// forces an exit.
func newStopper(parent context.Context, out *watchedWriter, stderr io.Writer) *stopper {
	return startStopper(parent, out, stderr, dieOf)
}

// startStopper is newStopper with die in place of dieOf (for tests).
func startStopper(parent context.Context, out *watchedWriter, stderr io.Writer, die func(syscall.Signal)) *stopper {
	s := &stopper{sigs: make(chan os.Signal, 2), done: make(chan struct{}), force: os.Exit, beforeForce: func() {}, die: die}
	s.ctx, s.cancel = context.WithCancel(parent)
	// A signal ignored when ntrace started (SIGHUP under nohup, SIGINT for
	// a background job of a script) stays ignored: Notify would undo that.
	for _, sig := range []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		if !signal.Ignored(sig) {
			signal.Notify(s.sigs, sig)
		}
	}
	go s.watch(out, stderr)
	return s
}

func (s *stopper) watch(out *watchedWriter, stderr io.Writer) {
	var sig os.Signal
	select {
	case sig = <-s.sigs:
	case <-s.done:
		return
	}
	s.mu.Lock()
	s.first = sig
	s.mu.Unlock()
	s.cancel()
	if n, ok := sig.(syscall.Signal); ok && s.phase.CompareAndSwap(phaseStarting, phaseDying) {
		s.die(n)
		return
	}
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case again := <-s.sigs:
			s.exitNow(stderr, fmt.Sprintf("ntrace: %s again: exiting now, without the rest of the output (the probes are detached)\n", signalName(again)))
			return
		case <-tick.C:
			if out.blockedFor() > stalledOutput {
				s.exitNow(stderr, fmt.Sprintf("ntrace: the output has been blocked for %s since %s: exiting without the rest of it (the probes are detached)\n", stalledOutput, signalName(sig)))
				return
			}
		case <-s.done:
			return
		}
	}
}

// exitNow stops -c's command and exits with status 1 after saying why on
// stderr, which may itself be blocked: the message is given a moment.
func (s *stopper) exitNow(stderr io.Writer, msg string) {
	s.beforeForce()
	written := make(chan struct{})
	go func() {
		_, _ = io.WriteString(stderr, msg) // nowhere else to say it
		close(written)
	}()
	select {
	case <-written:
	case <-time.After(100 * time.Millisecond):
	}
	s.force(exitFailed)
}

// tracing marks the end of the start-up: the programs are loaded and
// the script is about to run (BEGIN). From here on a stop signal ends
// the run cleanly (END, the maps); before, it ends ntrace at once. If a
// signal came first, ntrace is dying of it: tracing never returns.
func (s *stopper) tracing() {
	if s.phase.CompareAndSwap(phaseStarting, phaseTracing) || s.phase.Load() == phaseTracing {
		return
	}
	for {
		time.Sleep(time.Hour)
	}
}

// signal returns the first stop signal received, or nil.
func (s *stopper) signal() os.Signal {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.first
}

// close stops handling signals: from here on they act as they would
// without ntrace's handler.
func (s *stopper) close() {
	signal.Stop(s.sigs)
	close(s.done)
	s.cancel()
}

func signalName(sig os.Signal) string {
	if n, ok := sig.(syscall.Signal); ok {
		switch n {
		case syscall.SIGINT:
			return "SIGINT"
		case syscall.SIGTERM:
			return "SIGTERM"
		case syscall.SIGHUP:
			return "SIGHUP"
		}
	}
	return sig.String()
}

// watchedWriter is where the output goes, watched for a write that does
// not return: a reader that stopped reading.
type watchedWriter struct {
	w     io.Writer
	since atomic.Int64 // when the write under way began (unix ns); 0 when none is
}

func (w *watchedWriter) Write(p []byte) (int, error) {
	w.since.Store(time.Now().UnixNano())
	defer w.since.Store(0)
	return w.w.Write(p)
}

// blockedFor is how long the write under way has been waiting; 0 when
// there is none.
func (w *watchedWriter) blockedFor() time.Duration {
	t := w.since.Load()
	if t == 0 {
		return 0
	}
	return time.Since(time.Unix(0, t))
}

// signalled is the error that makes ntrace die of sig, as if it had not
// handled it: a run stopped before it started tracing.
type signalled struct{ sig syscall.Signal }

func (e signalled) Error() string { return "stopped by " + signalName(e.sig) }

// dieOf ends the process by sig, with the signal's default action; if
// that returns (the signal is blocked or ignored), it exits 128+sig, the
// status a shell shows for it.
func dieOf(sig syscall.Signal) {
	signal.Reset(sig)
	syscall.Kill(os.Getpid(), sig)
	time.Sleep(100 * time.Millisecond)
	os.Exit(128 + int(sig))
}
