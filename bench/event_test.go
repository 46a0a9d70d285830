package main

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// printfStream is what a tool prints in a printf run and what the test
// knows of it: events fired before the loop (other processes' getppid
// calls while it starts), in the loop, and after it (while the bench
// drains and stops the tool), of which some are lost and some vanish
// without a report.
type printfStream struct {
	tool                          string
	before, loop, after           int // events fired in each part of the run
	lostInLoop, vanished          int // of the loop's: reported lost, not reported at all
	readyLost                     int // the readiness probe's events lost in the loop
	lostReports                   []int
	stdout, stderr                string
	linesBeforeLoop, linesPrinted int
}

func (s *printfStream) build() {
	var out, errs strings.Builder
	if s.tool == bpftraceName {
		out.WriteString("Attaching 2 probes...\n")
	}
	line := func(i int) { fmt.Fprintf(&out, "%d getppid\n", 1000+i) }
	for i := 0; i < s.before; i++ {
		line(i)
	}
	out.WriteString("ready\n")
	s.linesBeforeLoop = s.before
	delivered := s.loop - s.lostInLoop - s.vanished
	for i := 0; i < delivered; i++ {
		line(i)
	}
	// The losses as each tool reports them: bpftrace on stdout as they
	// happen, ntrace on stderr as it runs and in all at exit.
	lost := s.lostInLoop
	for lost > 0 {
		n := min(lost, 7)
		lost -= n
		s.lostReports = append(s.lostReports, n)
		if s.tool == bpftraceName {
			fmt.Fprintf(&out, "Lost %d events\n", n)
		} else {
			fmt.Fprintf(&errs, "ntrace: warning: lost %d events in probe tracepoint:syscalls:sys_enter_getppid: ring buffer full, try --buffer-size\n", n)
		}
	}
	if s.tool == ntraceName && s.readyLost > 0 {
		fmt.Fprintf(&errs, "ntrace: warning: lost %d events in probe tracepoint:syscalls:sys_enter_getpid: ring buffer full, try --buffer-size\n", s.readyLost)
	}
	if s.tool == ntraceName && s.lostInLoop > 0 {
		fmt.Fprintf(&errs, "ntrace: warning: lost %d events in all in probe tracepoint:syscalls:sys_enter_getppid\n", s.lostInLoop)
	}
	if s.tool == ntraceName && s.readyLost > 0 {
		fmt.Fprintf(&errs, "ntrace: warning: lost %d events in all in probe tracepoint:syscalls:sys_enter_getpid\n", s.readyLost)
	}
	out.WriteString("\n")
	for i := 0; i < s.after; i++ {
		line(i)
	}
	s.linesPrinted = s.before + delivered + s.after
	s.stdout, s.stderr = out.String(), errs.String()
}

// run feeds the stream to a tool as its stdout and stderr, as launch
// does, and returns the tool once its stdout has ended.
func (s *printfStream) run(t *testing.T) *tool {
	t.Helper()
	tl := &tool{name: s.tool, ready: make(chan struct{}), outDone: make(chan struct{})}
	tl.stderr.Write([]byte(s.stderr))
	tl.readStdout(strings.NewReader(s.stdout))
	select {
	case <-tl.ready:
	default:
		t.Fatalf("%s: the ready line was not seen", s.tool)
	}
	return tl
}

// A printf run's fired, delivered and lost events are counted over the
// tool's whole run: events of other processes before and after the loop
// are in all three, so that nothing is unaccounted when nothing vanished;
// events that did vanish are unaccounted, exactly. The readiness probe's
// events, delivered or lost, are not the case's.
func TestDeliveryAccounting(t *testing.T) {
	for _, s := range []printfStream{
		{tool: ntraceName, before: 3, loop: 2000, after: 1, lostInLoop: 898},
		{tool: ntraceName, before: 27, loop: 2000, lostInLoop: 1316, readyLost: 17},
		{tool: bpftraceName, before: 2, loop: 2000, after: 44, lostInLoop: 1500},
		{tool: ntraceName, loop: 500},
		{tool: bpftraceName, loop: 500, after: 5, lostInLoop: 20, vanished: 3},
		{tool: ntraceName, before: 1, loop: 500, after: 2, lostInLoop: 30, vanished: 9},
	} {
		s.build()
		tl := s.run(t)
		tl.lastOut.Store(time.Now().UnixNano())
		fired := uint64(s.before + s.loop + s.after)
		var te toolEvents
		te.Events = uint64(s.loop) // the loop's window, for ns/event
		delivery(&te, tl, enterOnly, fired, int64(s.linesBeforeLoop), time.Now().Add(-time.Second))
		name := fmt.Sprintf("%s %+v", s.tool, s)
		if te.Delivered != int64(s.linesPrinted) {
			t.Errorf("%s: delivered %d, printed %d", name, te.Delivered, s.linesPrinted)
		}
		if te.Lost != int64(s.lostInLoop) {
			t.Errorf("%s: lost %d, reported %d (%v)", name, te.Lost, s.lostInLoop, s.lostReports)
		}
		if got := unaccounted(te); got != int64(s.vanished) {
			t.Errorf("%s: unaccounted %d, vanished %d", name, got, s.vanished)
		}
		inLoop := s.loop - s.lostInLoop - s.vanished + s.after
		if te.PerSec < 0.9*float64(inLoop) || te.PerSec > 1.1*float64(inLoop) {
			t.Errorf("%s: %.0f delivered/s over the second since the loop began, want the %d lines printed since", name, te.PerSec, inLoop)
		}
	}
}

// Results written before the whole run's count was recorded account over
// the loop's.
func TestUnaccountedOldResults(t *testing.T) {
	te := toolEvents{Events: 2_000_000, Delivered: 1_101_259, Lost: 898_741}
	if got := unaccounted(te); got != 0 {
		t.Errorf("unaccounted %d, want 0", got)
	}
	te.Fired = 2_000_044
	if got := unaccounted(te); got != 44 {
		t.Errorf("unaccounted %d, want 44", got)
	}
}
