package runtime

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/perf"
	"github.com/cilium/ebpf/ringbuf"
	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime/format"
)

// Options control a run.
type Options struct {
	// Out receives what the script prints: printf output and maps.
	Out io.Writer
	// JSON selects bpftrace's -f json output instead of text.
	JSON bool
	// Style chooses between today's bpftrace's text output (the zero
	// value) and bpftrace 0.17's where the two differ (-f text-0.17).
	Style format.Style
	// Folded writes the maps keyed by stacks as folded lines (-f folded;
	// see StackMaps), the others as text when they hold anything.
	Folded bool
	// FlameGraph, when set, receives a flame graph (an SVG) of the maps
	// keyed by stacks when the run ends, titled FlameGraphTitle.
	FlameGraph      io.Writer
	FlameGraphTitle string
	// Warn receives warnings such as lost events; nil discards them.
	Warn func(msg string)
	// Verbose receives -v details (mechanism per probe); nil discards them.
	Verbose func(msg string)
	// Attached is called once every probe is attached and BEGIN has run,
	// before what BEGIN printed is written to Out.
	Attached func()
	// Started, when set, is called after Attached, once what BEGIN printed
	// is written: -c's command starts here, so that what it prints comes
	// after BEGIN's output. Not with DryRun.
	Started func()
	// Ready, when set, is called once the maps and the main programs are
	// loaded (the alternatives' may still be loading, see preload.go),
	// before BEGIN runs or anything is attached: an error it returns ends
	// the run there, as Run's. What the caller waits for in it overlaps
	// the loading.
	Ready func() error
	// Stage, when set, is called as each start-up stage ends: "load"
	// (maps and the main programs in the kernel, events reader open,
	// Ready returned; the alternatives' programs go on loading), "begin"
	// (BEGIN run and its output decoded; it is printed once Attached
	// has been called), "attach".
	Stage func(name string)
	// Flush, when set, is called whenever the events waiting have all been
	// written to Out, so a buffered Out reaches its reader in batches
	// instead of a system call per event.
	Flush func() error
	// PID, when not 0, restricts uprobes to that process (-p).
	PID int
	// MissingWarn turns a probe that cannot be attached into a warning, as
	// if every probe were marked optional (--missing=warn).
	MissingWarn bool
	// Ring, when set, is an events ring buffer made ahead of time, used
	// in place of the script's own when it fits. The caller closes it.
	Ring *EventRing
	// NoPrintMaps leaves the maps unprinted when tracing ends (the
	// script's config print_maps_on_exit = false).
	NoPrintMaps bool
	// CatBytes is how much of a file cat() prints at most (the config
	// setting max_cat_bytes); 0 means lang.MaxCatBytes.
	CatBytes int
	// DryRun loads and attaches every probe, calls Attached, and detaches
	// them: BEGIN and END do not run and nothing is printed (--dry-run).
	DryRun bool
	// StayWithoutProbes keeps a run whose only probes are BEGIN and END
	// going until ctx is done (as -c and -p want). Without it such a run
	// ends as soon as BEGIN has run, as bpftrace's does.
	StayWithoutProbes bool
	// ExitStatus, when set, is told the status exit(code) asked for.
	ExitStatus func(code int)
	// CommandStderr receives what the commands system() runs write on
	// their stderr; nil discards it.
	CommandStderr io.Writer
	// Interrupted, when set, names the signal that stopped the run ("" if
	// none did). After a signal, the system() calls the probes queued
	// before it are not run but counted and reported: each is a command
	// ntrace would wait for, and a ^C under load (a system() per event)
	// would otherwise go on running them for minutes. What the probes
	// printed is still all printed, and END's system() calls run.
	Interrupted func() string
	// Live, when set, is called once the maps exist, before BEGIN runs,
	// with a reader of the maps and counters for other goroutines (a
	// metrics server); it stops working when Run returns.
	Live func(*Live)
	// KernelBTF, when set, is the running kernel's BTF as the checker
	// read it, where the targets of tracing programs (tp_btf, fentry,
	// fexit) are found; else Run opens it itself when it loads one.
	KernelBTF KernelBTF
}

// session is one run of a compiled script.
type session struct {
	out  *codegen.Output
	opts Options
	coll *ebpf.Collection
	rd   *ringbuf.Reader // the ring buffer's reader, or
	prd  *perf.Reader    // the perf buffers' (Output.PerfBuffer)
	// pending holds the records read from the perf buffers until they
	// can be handled in time order; seq numbers them as they arrive.
	pending    pendingEvents
	seq        uint64
	spare      [][]byte // buffers of handled records, for reuse
	kernelLost uint64   // samples the kernel reported lost (PERF_RECORD_LOST)
	// linksMu guards links and detached: a stop request detaches from
	// another goroutine (see watchStop) while this one may be blocked
	// writing output.
	linksMu  sync.Mutex
	links    []io.Closer
	detached bool // stop requested: attach nothing more
	// attachMu keeps attaches one at a time: an alternative's programs
	// are attached by the threads that load them (attachAlternative).
	attachMu sync.Mutex
	closing  *closing // the links being closed, once detach began
	syscalls syscallDispatchers
	exit     bool // an exit() event arrived
	// skipSystem makes system() events count in skippedSystem instead
	// of running (see Options.Interrupted).
	skipSystem    bool
	skippedSystem uint64
	lost          []uint64 // lost events per program, as last reported
	full          []uint64 // updates maps dropped, per map and cause, as last reported
	missBase      []uint64 // each program's recursion_misses once loaded (see misses.go)
	missed        []uint64 // runs skipped per program since then, as last reported
	// dispatchMissed is each syscall dispatcher's skipped runs as last
	// reported, by direction.
	dispatchMissed map[string]uint64
	// warned counts each warning event the programs sent, by event id:
	// the first is said at once, the count at exit.
	warned map[int]uint64
	// zeroed marks keyless aggregations that zero() emptied: they print
	// as 0, where an untouched one prints nothing.
	zeroed     map[*codegen.Map]bool
	stacks     *stackReader // made when the first stack is printed
	stacksOnce sync.Once
	// resolver turns usym, strftime, … into text; made when one is
	// first printed.
	resolver     *resolver
	resolverOnce sync.Once
	// mu guards what a metrics scrape (Live) reads while the event loop
	// runs: the maps' contents as clear() and zero() change them, zeroed,
	// attached, and closed, set when the maps are about to go.
	mu       sync.Mutex
	closed   bool
	attached []string // how each program was attached, "" if it was not
	// printfArgs holds each printf event's argument slots, by event id
	// (see printfSlots).
	printfArgs [][]codegen.Slot
	// loader loads the main programs and, on, the alternatives
	// preloaded (see preload.go), those not yet taken by attachChoices.
	loader    *programLoader
	preloaded map[*lang.Alternative]*loadBatch
	// watched holds the addresses each watchpoint on a function's
	// argument has been put on (see armWatch).
	watched map[*codegen.Program]map[uint64]bool
}

// ErrStoppedEarly is Run's answer when ctx was done before BEGIN ran:
// nothing of the script ran and nothing is attached.
var ErrStoppedEarly = errors.New("stopped before tracing started")

// Run loads and attaches a compiled script and prints what it produces
// until ctx is done or the script calls exit(); then it runs END, prints
// the maps and detaches everything, whatever went wrong on the way.
//
// ctx being done stops the run at any moment: before BEGIN has run,
// nothing more happens and Run returns ErrStoppedEarly; after it, no more
// probes are attached, the attached ones are detached at once (even while
// this goroutine is blocked writing output), Attached is not called if it
// was not yet, and END runs and the maps print as usual.
func Run(ctx context.Context, out *codegen.Output, opts Options) (err error) {
	if opts.Warn == nil {
		opts.Warn = func(string) {}
	}
	if opts.Verbose == nil {
		opts.Verbose = func(string) {}
	}
	if opts.Stage == nil {
		opts.Stage = func(string) {}
	}
	if opts.KernelBTF == nil {
		opts.KernelBTF = openKernelBTF
	}
	s := &session{out: out, opts: opts, lost: make([]uint64, len(out.Programs)), zeroed: map[*codegen.Map]bool{}, printfArgs: printfSlots(out.Events)}
	defer func() {
		if cerr := s.close(); err == nil {
			err = cerr
		}
	}()
	if err := s.load(); err != nil {
		return err
	}
	s.snapshotMisses()
	if err := s.openEvents(); err != nil {
		return err
	}
	if opts.Ready != nil {
		if err := opts.Ready(); err != nil {
			return err
		}
	}
	opts.Stage("load")
	if ctx.Err() != nil {
		return ErrStoppedEarly
	}
	stopWatch := s.watchStop(ctx)
	defer stopWatch()
	if opts.DryRun {
		return s.dryRun(ctx)
	}
	if opts.Live != nil {
		opts.Live(&Live{s: s})
	}

	// What BEGIN prints is held until the probes are attached and
	// Attached has said so: it comes after the attach notice, as in
	// bpftrace, where BEGIN's output is read once everything is attached.
	release := s.holdOutput()
	if err := s.runSpecial(lang.BeginProbe); err != nil {
		return errors.Join(err, release())
	}
	if err := s.drain(); err != nil {
		return errors.Join(err, release())
	}
	if err := s.takeExit(lang.BeginProbe); err != nil {
		return errors.Join(err, release())
	}
	opts.Stage("begin")
	if !s.exit && ctx.Err() == nil {
		if err := s.attachAll(); err != nil {
			return errors.Join(err, release())
		}
		opts.Stage("attach")
		attached := ctx.Err() == nil
		if opts.Attached != nil && attached {
			opts.Attached()
		}
		if err := release(); err != nil {
			return err
		}
		if opts.Started != nil && attached {
			opts.Started()
		}
		if s.hasProbes() || opts.StayWithoutProbes {
			if err := s.loop(ctx); err != nil {
				return err
			}
		}
	}
	if err := release(); err != nil {
		return err
	}
	return s.finish()
}

// holdOutput keeps what is written to Out in memory from now on. The
// function it returns writes what was kept to Out and flushes it, and
// writes to Out directly again; calls after the first do nothing.
func (s *session) holdOutput() func() error {
	out := s.opts.Out
	var held bytes.Buffer
	s.opts.Out = &held
	released := false
	return func() error {
		if released {
			return nil
		}
		released = true
		s.opts.Out = out
		if _, err := held.WriteTo(out); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		return s.flush()
	}
}

// dryRun attaches every probe, tells Attached, and detaches them all.
// What the programs send meanwhile is dropped with the ring buffer.
func (s *session) dryRun(ctx context.Context) error {
	if err := s.attachAll(); err != nil {
		return err
	}
	s.opts.Stage("attach")
	if s.opts.Attached != nil && ctx.Err() == nil {
		s.opts.Attached()
	}
	s.detach()
	return nil
}

// hasProbes reports whether the script has probes besides BEGIN and END:
// without them, nothing can happen after BEGIN.
func (s *session) hasProbes() bool {
	for _, p := range s.out.Programs {
		if p.Target.Kind != lang.BeginProbe && p.Target.Kind != lang.EndProbe {
			return true
		}
	}
	return false
}

// watchStop detaches every probe as soon as ctx is done, from a goroutine
// of its own, so that a stop request takes the probes off the kernel's
// hot paths even while the run is blocked writing to a stalled reader.
// The function it returns ends the watch.
func (s *session) watchStop(ctx context.Context) func() {
	done := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
			s.detach()
		case <-done:
		}
	}()
	return func() { close(done) }
}

// load creates the maps and loads the main programs, starting to load
// the alternatives' (see startLoad), explaining a verifier rejection.
func (s *session) load() error {
	if err := checkMemoryLimit(s.out); err != nil {
		return err
	}
	var replacements map[string]*ebpf.Map
	ring, rd := s.opts.Ring.take(s.out.Collection.Maps[codegen.EventsMap])
	if ring != nil {
		replacements = map[string]*ebpf.Map{codegen.EventsMap: ring}
		s.rd = rd
	}
	coll, err := s.startLoad(replacements)
	if err != nil {
		if rerr := explainResourceError(s.out, failedProgram(s.out, err), err); rerr != nil {
			return rerr
		}
		var verr *ebpf.VerifierError
		if errors.As(err, &verr) {
			return explainVerifierError(s.out, err)
		}
		if errors.Is(err, unix.EFAULT) {
			return explainBareFault(s.out, err)
		}
		if errors.Is(err, os.ErrPermission) {
			return fmt.Errorf("loading BPF programs: %w (ntrace needs root, or CAP_BPF, CAP_PERFMON and CAP_SYS_ADMIN)", err)
		}
		return fmt.Errorf("loading BPF programs: %w", err)
	}
	s.coll = coll
	for _, p := range s.out.Programs {
		s.opts.Verbose(fmt.Sprintf("%s: %d instructions", p.Target, len(p.Spec.Instructions)))
	}
	for _, m := range s.out.Maps {
		how := "allocated as keys arrive"
		if m.Decl.Prealloc {
			how = "preallocated"
		}
		s.opts.Verbose(fmt.Sprintf("%s: a %s map of %d keys, %s", m.Name, m.Decl.Kind, m.Spec.MaxEntries, how))
	}
	return nil
}

// openEvents opens the reader of the ring buffer or perf buffers, for a
// script that sends events.
func (s *session) openEvents() error {
	if s.coll.Maps[codegen.EventsMap] == nil {
		return nil // no program sends any
	}
	if s.out.PerfBuffer {
		return s.openPerfBuffers()
	}
	if s.rd != nil {
		return nil // made ahead of time, with the ring (Options.Ring)
	}
	rd, err := ringbuf.NewReader(s.coll.Maps[codegen.EventsMap])
	if err != nil {
		return fmt.Errorf("opening the event ring buffer: %w", err)
	}
	s.rd = rd
	return nil
}

// runSpecial runs the BEGIN or END programs once, from user space.
func (s *session) runSpecial(kind lang.ProbeKind) error {
	for _, p := range s.out.Programs {
		if p.Target.Kind != kind {
			continue
		}
		if _, err := s.coll.Programs[p.Name].Run(&ebpf.RunOptions{Context: make([]byte, 8)}); err != nil {
			return fmt.Errorf("running %s: %w", p.Target, err)
		}
	}
	return nil
}

// takeExit does what an exit event does (see handle) for the exit()
// BEGIN or END (kind) called, which they note in codegen.ExitMap
// instead. It comes once what they sent is handled, where their exit
// event would have come. The word stays: taken again after END,
// BEGIN's exit() does again what it did, as END's own would after it.
func (s *session) takeExit(kind lang.ProbeKind) error {
	if !slices.ContainsFunc(s.out.Programs, func(p *codegen.Program) bool { return p.Target.Kind == kind }) {
		return nil
	}
	_, err := s.takeExitWord()
	return err
}

// takeExitWord does what exit() noted in codegen.ExitMap asks, if it was
// called: the run ends, with its status if it gave one. It reports
// whether it was.
func (s *session) takeExitWord() (bool, error) {
	m := s.coll.Maps[codegen.ExitMap]
	if m == nil {
		return false, nil
	}
	var v uint64
	if err := m.Lookup(uint32(0), &v); err != nil {
		return false, fmt.Errorf("reading exit(): %w", err)
	}
	if v&codegen.ExitCalled == 0 {
		return false, nil
	}
	s.exit = true
	if v&codegen.ExitHasStatus != 0 && s.opts.ExitStatus != nil {
		s.opts.ExitStatus(int(uint8(v)))
	}
	return true, nil
}

// loop handles events until ctx is done or exit() is called, reporting
// lost events, refused updates and skipped runs at most once a second. Reads wait at most pollInterval, so a
// signal is noticed that quickly.
func (s *session) loop(ctx context.Context) error {
	if s.prd != nil {
		return s.perfLoop(func() bool { return ctx.Err() != nil || s.exit })
	}
	if s.rd == nil {
		return s.quietLoop(ctx)
	}
	defer s.rd.SetDeadline(time.Time{})
	var rec ringbuf.Record
	nextReport := time.Now().Add(time.Second)
	for ctx.Err() == nil && !s.exit {
		now := time.Now()
		if now.After(nextReport) {
			if err := s.everySecond(); err != nil {
				return err
			}
			nextReport = now.Add(time.Second)
		}
		s.rd.SetDeadline(now.Add(pollInterval))
		for ctx.Err() == nil && !s.exit {
			err := s.rd.ReadInto(&rec)
			if errors.Is(err, os.ErrDeadlineExceeded) {
				break
			}
			if err != nil {
				return fmt.Errorf("reading events: %w", err)
			}
			if err := s.handle(rec.RawSample); err != nil {
				return err
			}
			if s.rd.AvailableBytes() == 0 {
				if err := s.flush(); err != nil {
					return err
				}
			}
			if time.Since(now) > pollInterval {
				break
			}
		}
		if err := s.flush(); err != nil {
			return err
		}
	}
	return nil
}

// everySecond reports the events lost, the updates the maps refused and
// the runs the kernel skipped since the last report, and takes an
// exit() whose event was lost to a full buffer: its probe noted it in
// codegen.ExitMap too, and stopped every probe.
func (s *session) everySecond() error {
	s.reportLost(false)
	s.reportFull(false)
	s.reportMissed(false)
	if slices.ContainsFunc(s.out.Events, func(ev *codegen.Event) bool { return ev.Kind == codegen.ExitEvent }) {
		if _, err := s.takeExitWord(); err != nil {
			return err
		}
	}
	return nil
}

// quietLoop waits until ctx is done for a script that sends no events
// (so cannot call exit()), reporting the updates its maps refused and the
// runs the kernel skipped once a second.
func (s *session) quietLoop(ctx context.Context) error {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			s.reportFull(false)
			s.reportMissed(false)
		}
	}
}

// pollInterval bounds how long a signal, a pending loss report or an
// event submitted without a wakeup waits.
const pollInterval = 10 * time.Millisecond

// flush hands what was written so far to the reader.
func (s *session) flush() error {
	if s.opts.Flush == nil {
		return nil
	}
	if err := s.opts.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	return nil
}

// drain handles every event already in the ring buffer.
func (s *session) drain() error {
	if s.prd != nil {
		return s.perfDrain()
	}
	if s.rd == nil {
		return s.flush()
	}
	s.rd.SetDeadline(time.Now())
	defer s.rd.SetDeadline(time.Time{})
	for {
		rec, err := s.rd.Read()
		if errors.Is(err, os.ErrDeadlineExceeded) {
			return s.flush()
		}
		if err != nil {
			return fmt.Errorf("reading events: %w", err)
		}
		if err := s.handle(rec.RawSample); err != nil {
			return err
		}
	}
}

// finish stops the probes, runs END, prints what is left and the maps.
func (s *session) finish() error {
	s.detach()
	if err := s.drainStopped(); err != nil {
		return err
	}
	s.exit = false
	if err := s.runSpecial(lang.EndProbe); err != nil {
		return err
	}
	if err := s.drain(); err != nil {
		return err
	}
	if err := s.takeExit(lang.EndProbe); err != nil {
		return err
	}
	s.reportLost(true)
	s.reportFull(true)
	s.reportMissed(true)
	s.reportWarnings()
	if !s.opts.NoPrintMaps {
		if err := s.printAllMaps(); err != nil {
			return err
		}
	}
	// Now, not when the probes are all detached (see detach).
	return s.flush()
}

// detach stops every probe attached, keeps attachAll from attaching
// more, and detaches them. The probes stop at once: the stop flag
// (codegen.StopMap) makes their programs return as they start, and detach
// returns once the programs that started before it have ended. Detaching
// itself takes the kernel an RCU grace period or two per probe (tens of
// milliseconds here), one perf-event tracepoint at a time (which is why
// many syscall tracepoints run from one, see syscalls.go). That goes on
// in the background, while END runs and the maps print; close waits for
// it.
func (s *session) detach() {
	s.linksMu.Lock()
	if s.closing == nil {
		s.detached = true
		stopped := s.setStopFlag()
		s.closing = closeAll(s.links)
		s.links = nil
		if !stopped {
			// The programs may still run: wait until they are detached.
			s.closing.wait()
		}
	}
	c := s.closing
	s.linksMu.Unlock()
	c.waitQuiet()
}

// setStopFlag sets codegen.StopMap; it reports whether it could.
func (s *session) setStopFlag() bool {
	if s.coll == nil {
		return false
	}
	m := s.coll.Maps[codegen.StopMap]
	return m != nil && m.Update(uint32(0), uint64(1), ebpf.UpdateAny) == nil
}

// closing is links being closed in the background.
type closing struct {
	// quiet is closed once one link is closed (or there were none):
	// that took an RCU grace period, so every program that started
	// before the closing began has ended (BPF programs run inside RCU
	// read-side sections).
	quiet chan struct{}
	done  chan struct{}
}

func (c *closing) waitQuiet() { <-c.quiet }
func (c *closing) wait()      { <-c.done }

// closeAll closes links, several at a time, in the background. Closing a
// perf-event tracepoint waits for RCU grace periods under a kernel-wide
// lock: one after the other, 45 syscall tracepoints took 3.0 s to close
// here, 32 at a time 1.7 s (the BPF links' part overlaps, the
// tracepoints' does not); more at a time gains nothing.
func closeAll(links []io.Closer) *closing {
	c := &closing{quiet: make(chan struct{}), done: make(chan struct{})}
	if len(links) == 0 {
		close(c.quiet)
		close(c.done)
		return c
	}
	var wg sync.WaitGroup
	var quiet sync.Once
	next := make(chan io.Closer)
	for range min(len(links), 32) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for l := range next {
				l.Close()
				quiet.Do(func() { close(c.quiet) })
			}
		}()
	}
	go func() {
		for i := len(links) - 1; i >= 0; i-- {
			next <- links[i]
		}
		close(next)
		wg.Wait()
		close(c.done)
	}()
	return c
}

// keep adds links to the ones detach closes; it closes them instead and
// returns false when the run was asked to stop meanwhile.
func (s *session) keep(links []io.Closer) bool {
	s.linksMu.Lock()
	defer s.linksMu.Unlock()
	if s.detached {
		for _, l := range links {
			l.Close()
		}
		return false
	}
	s.links = append(s.links, links...)
	return true
}

// close releases everything the session holds, once every probe is
// detached.
func (s *session) close() error {
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
	s.detach()
	s.closing.wait()
	s.stopPreloads() // before the maps the loading threads bind close
	if s.rd != nil {
		s.rd.Close()
	}
	if s.prd != nil {
		s.prd.Close()
	}
	if s.coll != nil {
		s.coll.Close()
	}
	return nil
}

// reportLost warns about events lost since the last report, per program;
// at the end it adds a total for each probe that lost any. Through perf
// buffers, an event that found its buffer full is counted by its program
// (bpf_perf_event_output failed) and by the kernel, which reports it in a
// PERF_RECORD_LOST record once there is room again: the programs' counts
// are the ones reported, per probe, and the kernel's only where it
// reports more.
func (s *session) reportLost(final bool) {
	m := s.coll.Maps[codegen.LostMap]
	if m == nil {
		return // no program sends events
	}
	buffer := "ring buffer"
	if s.out.PerfBuffer {
		buffer = "perf buffer"
	}
	var counted uint64
	for i, p := range s.out.Programs {
		var perCPU []uint64
		if err := m.Lookup(uint32(p.Index), &perCPU); err != nil {
			continue
		}
		var total uint64
		for _, n := range perCPU {
			total += n
		}
		counted += total
		if total > s.lost[i] {
			s.warnLost(total-s.lost[i], p.Target.String(), buffer)
			s.lost[i] = total
		}
		if final && total > 0 {
			s.opts.Warn(fmt.Sprintf("lost %d events in all in probe %s", total, format.Safe(p.Target.String())))
		}
	}
	if s.out.PerfBuffer && final {
		s.opts.Verbose(fmt.Sprintf("the kernel reported %d events lost in the perf buffers (PERF_RECORD_LOST); the probes counted %d", s.kernelLost, counted))
		if s.kernelLost > counted {
			s.warnLost(s.kernelLost-counted, "(unknown)", buffer)
		}
	}
}

// warnLost reports n events lost in probe, on stderr and, with -f json,
// in the output too, where a JSON consumer counts them: in bpftrace's
// shape plus the probe.
func (s *session) warnLost(n uint64, probe, buffer string) {
	s.opts.Warn(fmt.Sprintf("lost %d events in probe %s: %s full, try --buffer-size", n, format.Safe(probe), buffer))
	if s.opts.JSON {
		fmt.Fprintf(s.opts.Out, "{\"type\": \"lost_events\", \"data\": {\"events\": %d, \"probe\": %s}}\n", n, format.JSONString(probe))
	}
}

// BEGIN and END run once, from Run; -l lists them by name.
func init() {
	for _, k := range []lang.ProbeKind{lang.BeginProbe, lang.EndProbe} {
		registerKind(k, kernelKind{list: listSpecial})
	}
}

// listSpecial lists BEGIN or END when the pattern matches it.
func listSpecial(l *listing, k *lang.KindInfo, rest string) error {
	if matcher(rest)(k.Name) {
		fmt.Fprintln(l.w, k.Name)
	}
	return nil
}
