package main

import (
	"context"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Once tracing, the first stop signal makes the run's context done and
// nothing more; a second one stops -c's command, says why on stderr and
// forces the exit with status 1, without waiting for the run.
func TestStopperSignals(t *testing.T) {
	var mu sync.Mutex
	var stderr strings.Builder
	forced := make(chan int, 1)
	s := startStopper(context.Background(), &watchedWriter{}, &lockedBuilder{mu: &mu, b: &stderr}, func(sig syscall.Signal) { t.Errorf("died of %v while tracing", sig) })
	defer s.close()
	s.tracing()
	stopped := false
	s.beforeForce = func() { stopped = true }
	s.force = func(code int) { forced <- code }
	syscall.Kill(syscall.Getpid(), syscall.SIGHUP)
	select {
	case <-s.ctx.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("SIGHUP did not stop the run")
	}
	if s.signal() != syscall.SIGHUP {
		t.Errorf("signal() = %v", s.signal())
	}
	select {
	case code := <-forced:
		t.Fatalf("one signal forced an exit (%d)", code)
	case <-time.After(200 * time.Millisecond):
	}
	syscall.Kill(syscall.Getpid(), syscall.SIGTERM)
	select {
	case code := <-forced:
		mu.Lock()
		defer mu.Unlock()
		if code != exitFailed || !stopped || stderr.String() != "ntrace: SIGTERM again: exiting now, without the rest of the output (the probes are detached)\n" {
			t.Errorf("forced %d, command stopped %v, stderr %q", code, stopped, stderr.String())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a second signal did not force the exit")
	}
}

// A stop signal before the run is tracing (while the programs load) ends
// ntrace at once by that signal, without waiting for the load; the run,
// coming to the point where it would start the script, never goes on.
func TestStopperSignalWhileStarting(t *testing.T) {
	died := make(chan syscall.Signal, 1)
	s := startStopper(context.Background(), &watchedWriter{}, &strings.Builder{}, func(sig syscall.Signal) { died <- sig })
	defer s.close()
	syscall.Kill(syscall.Getpid(), syscall.SIGTERM)
	select {
	case sig := <-died:
		if sig != syscall.SIGTERM {
			t.Errorf("died of %v, want SIGTERM", sig)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("SIGTERM while starting did not end ntrace")
	}
	if s.ctx.Err() == nil {
		t.Error("the run's context is not done")
	}
	went := make(chan struct{})
	go func() { s.tracing(); close(went) }()
	select {
	case <-went:
		t.Error("the run went on to trace while ntrace was dying")
	case <-time.After(200 * time.Millisecond):
	}
}

// A write that does not return is seen as blocked, for as long as it
// has been; one that returned is not.
func TestWatchedWriter(t *testing.T) {
	release := make(chan struct{})
	w := &watchedWriter{w: blockingWriter(release)}
	if w.blockedFor() != 0 {
		t.Fatal("blocked before any write")
	}
	done := make(chan struct{})
	go func() { w.Write([]byte("x")); close(done) }()
	time.Sleep(50 * time.Millisecond)
	if d := w.blockedFor(); d < 40*time.Millisecond {
		t.Errorf("a write waiting 50 ms is blocked for %v", d)
	}
	close(release)
	<-done
	if w.blockedFor() != 0 {
		t.Error("blocked after the write returned")
	}
}

type blockingWriter chan struct{}

func (b blockingWriter) Write(p []byte) (int, error) { <-b; return len(p), nil }

type lockedBuilder struct {
	mu *sync.Mutex
	b  *strings.Builder
}

func (l *lockedBuilder) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}
