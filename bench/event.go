package main

import (
	"context"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// eventCase is one script whose BPF cost per event is measured on getppid.
type eventCase struct {
	Name    string
	Script  string
	Targets []string // tracepoints whose programs' costs are summed
	Printf  bool     // count delivered and lost events
	// NtraceArgs are extra ntrace options (bpftrace runs the script as it is).
	NtraceArgs []string
	// Floor names the programs of bench/floor/events.bpf.c that do the
	// same by hand; none for a case without a floor.
	Floor []string
}

var (
	enterOnly = []string{"sys_enter_getppid"}
	enterExit = []string{"sys_enter_getppid", "sys_exit_getppid"}
)

// printfCases are the cases that print per event.
func (b *bench) printfCases() []eventCase {
	var out []eventCase
	for _, c := range b.eventCases() {
		if c.Printf {
			out = append(out, c)
		}
	}
	return out
}

var eventCases = []eventCase{
	{Name: "@ = count()", Targets: enterOnly, Floor: []string{"count"},
		Script: `tracepoint:syscalls:sys_enter_getppid { @ = count(); }`},
	{Name: "@[comm] = count()", Targets: enterOnly, Floor: []string{"comm_count"},
		Script: `tracepoint:syscalls:sys_enter_getppid { @[comm] = count(); }`},
	{Name: "@[kstack] = count()", Targets: enterOnly, Floor: []string{"kstack_count"},
		Script: `tracepoint:syscalls:sys_enter_getppid { @[kstack] = count(); }`},
	{Name: "@ = hist(nsecs & 0xffff)", Targets: enterOnly, Floor: []string{"hist"},
		Script: `tracepoint:syscalls:sys_enter_getppid { @ = hist(nsecs & 0xffff); }`},
	{Name: "udplat: @start[tid] / hist(Δ) (enter+exit)", Targets: enterExit, Floor: []string{"udplat_enter", "udplat_exit"},
		Script: `tracepoint:syscalls:sys_enter_getppid { @start[tid] = nsecs; }
tracepoint:syscalls:sys_exit_getppid { $s = @start[tid]; if ($s) { @lat = hist(nsecs - $s); delete(@start[tid]); } }`},
	{Name: `printf("%d %s\n", tid, comm)`, Targets: enterOnly, Printf: true,
		Script: `tracepoint:syscalls:sys_enter_getppid { printf("%d %s\n", tid, comm); }`},
	// The same through ntrace's perf buffers, the fallback for kernels
	// without ring buffers, which bpftrace 0.17 always uses; 1 MiB per
	// CPU, as the ring buffer holds (the flood runs on one CPU).
	{Name: `printf("%d %s\n", tid, comm) [ntrace --perf-buffer, 1 MiB/CPU]`, Targets: enterOnly, Printf: true,
		NtraceArgs: []string{"--perf-buffer", "--buffer-size", "1048576"},
		Script:     `tracepoint:syscalls:sys_enter_getppid { printf("%d %s\n", tid, comm); }`},
}

// eventCases are the cases -cases selects: those whose name contains it.
func (b *bench) eventCases() []eventCase {
	var out []eventCase
	for _, c := range eventCases {
		if strings.Contains(c.Name, b.cfg.cases) {
			out = append(out, c)
		}
	}
	return out
}

// toolEvents is one tool's figures in one attach order.
type toolEvents struct {
	NsPerEvent float64 `json:"ns_per_event"`
	Events     uint64  `json:"events"` // run count of the first probe over the loop
	Programs   []*prog `json:"programs"`
	OwnInsns   int     `json:"ntrace_reported_insns,omitempty"` // ntrace -v
	// Fired, Delivered and Lost count a printf case's events over one
	// window, the tool's whole run: the runs of the first probe from its
	// load to the tool's exit (other processes' getppid calls fire it
	// too, before and after the loop), the event lines the tool printed,
	// and the events it reported lost.
	Fired     uint64  `json:"fired,omitempty"`
	Delivered int64   `json:"delivered,omitempty"`
	Lost      int64   `json:"lost,omitempty"`
	PerSec    float64 `json:"delivered_per_sec,omitempty"`
}

// eventOrder is one attach order of one case.
type eventOrder struct {
	First   string     `json:"attached_first"`
	Order   []string   `json:"attach_order"`
	LoopMs  float64    `json:"loop_ms"`
	Ntrace  toolEvents `json:"ntrace"`
	Bpf     toolEvents `json:"bpftrace"`
	Floor   toolEvents `json:"floor"`
	DrainMs float64    `json:"drain_ms,omitempty"`
}

// EventResult is one case: every attach order and the geometric means.
type EventResult struct {
	Case     string       `json:"case"`
	Script   string       `json:"script"`
	Calls    int          `json:"getppid_calls"`
	NtraceNs float64      `json:"ntrace_ns_per_event_geomean"`
	BpfNs    float64      `json:"bpftrace_ns_per_event_geomean"`
	FloorNs  float64      `json:"floor_ns_per_event_geomean,omitempty"`
	Orders   []eventOrder `json:"runs"`
}

// eventTools are the tools a case runs: ntrace, the floor when the case
// has one and it was built, bpftrace.
func (b *bench) eventTools(c eventCase) []string {
	tools := []string{ntraceName}
	if len(c.Floor) > 0 && b.floors.object != "" {
		tools = append(tools, floorName)
	}
	return append(tools, bpftraceName)
}

// measureEvents runs every case with its tools attached at once, in every
// attach order, cfg.pairs times each (once for printf, whose flood takes
// long), the orders interleaved.
func (b *bench) measureEvents(ctx context.Context) ([]EventResult, error) {
	var out []EventResult
	for _, c := range b.eventCases() {
		r := EventResult{Case: c.Name, Script: c.Script, Calls: b.calls(c)}
		reps := b.cfg.pairs
		if c.Printf {
			reps = 1
		}
		orders := permutations(b.eventTools(c))
		for i := 0; i < reps*len(orders); i++ {
			order := orders[i%len(orders)]
			b.logf("per-event: %s, order %s (%d/%d)", c.Name, strings.Join(order, ", "), i+1, reps*len(orders))
			o, err := b.eventRun(ctx, c, order)
			if err != nil {
				return nil, fmt.Errorf("per-event %q (%s first): %w", c.Name, order[0], err)
			}
			r.Orders = append(r.Orders, o)
		}
		r.NtraceNs = nsGeomean(r.Orders, ntraceName, "")
		r.BpfNs = nsGeomean(r.Orders, bpftraceName, "")
		r.FloorNs = nsGeomean(r.Orders, floorName, "")
		out = append(out, r)
	}
	return out, nil
}

// nsGeomean is the geometric mean of tool's ns/event over the runs in
// which first attached first, or over all runs if first is "". Both orders
// come equally often, so this is also the geomean of the orders' geomeans.
func nsGeomean(runs []eventOrder, tool, first string) float64 {
	var xs []float64
	for i := range runs {
		o := &runs[i]
		if first != "" && o.First != first {
			continue
		}
		if !contains(o.Order, tool) {
			continue
		}
		xs = append(xs, o.of(tool).NsPerEvent)
	}
	if len(xs) == 0 {
		return 0
	}
	return geomean(xs...)
}

// eventRun attaches the tools named, in that order, drives getppid, and
// reads each tool's program counters around the loop. A tool not named
// keeps zero figures.
func (b *bench) eventRun(ctx context.Context, c eventCase, names []string) (eventOrder, error) {
	o := eventOrder{First: names[0], Order: names}
	defer b.noteOthers()
	tools := map[string]*tool{}
	progs := map[string][]*prog{}
	defer func() {
		for _, t := range tools {
			t.kill()
		}
		for _, ps := range progs {
			closeProgs(ps)
		}
	}()
	for _, name := range names {
		t, ps, err := b.attach(ctx, name, c)
		if err != nil {
			return o, err
		}
		tools[name], progs[name] = t, ps
	}
	before, err := snapshotAll(progs)
	if err != nil {
		return o, err
	}
	lines0 := map[string]int64{}
	for name, t := range tools {
		lines0[name] = t.lines.Load()
	}
	loopStart := time.Now()
	getppidLoop(b.calls(c))
	o.LoopMs = float64(time.Since(loopStart)) / 1e6
	after, err := snapshotAll(progs)
	if err != nil {
		return o, err
	}
	if c.Printf {
		o.DrainMs = float64(drain(tools)) / 1e6
	}
	for _, name := range names {
		if err := tools[name].stop(); err != nil {
			return o, err
		}
		te := perEvent(progs[name], before[name], after[name])
		te.OwnInsns = ownInsns(tools[name].stderr.String())
		if c.Printf {
			// The tool has exited and detached its programs: their run
			// counts are final (the bench holds them open).
			final, err := snapshot(progs[name])
			if err != nil {
				return o, err
			}
			delivery(&te, tools[name], c.Targets, final[0].RunCount, lines0[name], loopStart)
		}
		*o.of(name) = te
	}
	return o, nil
}

// of is the tool's figures in o.
func (o *eventOrder) of(name string) *toolEvents {
	switch name {
	case ntraceName:
		return &o.Ntrace
	case floorName:
		return &o.Floor
	}
	return &o.Bpf
}

// calls is how many getppid calls a run of c makes.
func (b *bench) calls(c eventCase) int {
	if c.Printf {
		return b.cfg.flood
	}
	return b.cfg.events
}

// attach launches one tool on c, waits until it is ready, and opens the
// programs it attached to c's tracepoints.
func (b *bench) attach(ctx context.Context, name string, c eventCase) (*tool, []*prog, error) {
	args := []string{"-e", withReady(c.Script), strconv.Itoa(b.pid)}
	switch name {
	case ntraceName:
		args = append(append([]string{"-v"}, c.NtraceArgs...), args...) // -v for its instruction counts
	case floorName:
		args = b.floorArgs(name, c.Floor...)
	}
	t, err := launch(ctx, name, b.binary(name), args...)
	if err != nil {
		return nil, nil, err
	}
	if _, err := t.waitReady(ctx); err != nil {
		t.kill()
		return nil, nil, err
	}
	ps, err := attachedProgs(t.cmd.Process.Pid)
	if err != nil {
		t.kill()
		return nil, nil, err
	}
	ps = onTargets(ps, c.Targets)
	if len(ps) == 0 {
		t.kill()
		return nil, nil, fmt.Errorf("%s: %w", name, errNoProgs)
	}
	return t, ps, nil
}

func snapshotAll(progs map[string][]*prog) (map[string][]stats, error) {
	out := map[string][]stats{}
	for name, ps := range progs {
		s, err := snapshot(ps)
		if err != nil {
			return nil, err
		}
		out[name] = s
	}
	return out, nil
}

// getppidLoop calls getppid n times from one OS thread.
func getppidLoop(n int) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for i := 0; i < n; i++ {
		unix.Getppid()
	}
}

// perEvent sums, over the programs, run time per run between two snapshots.
func perEvent(ps []*prog, before, after []stats) toolEvents {
	te := toolEvents{Programs: ps}
	for i := range ps {
		runs := after[i].RunCount - before[i].RunCount
		if runs == 0 {
			continue
		}
		if i == 0 {
			te.Events = runs
		}
		te.NsPerEvent += float64(after[i].RunTimeNs-before[i].RunTimeNs) / float64(runs)
	}
	return te
}

// drain waits until neither tool has printed a line for quiet, at most
// drainMax, and returns how long that took.
func drain(tools map[string]*tool) time.Duration {
	const quiet, drainMax = 300 * time.Millisecond, 15 * time.Second
	start := time.Now()
	for time.Since(start) < drainMax {
		time.Sleep(50 * time.Millisecond)
		idle := true
		for _, t := range tools {
			if time.Since(time.Unix(0, t.lastOut.Load())) < quiet {
				idle = false
			}
		}
		if idle {
			break
		}
	}
	return time.Since(start)
}

// delivery fills in, for a tool that has exited, how many events fired
// (fired: the first probe's runs from its load to the tool's exit), how
// many reached the tool's stdout and how many it reported lost in the
// probes on targets, all over the tool's whole run, and the delivery rate
// from the start of the loop (when it had printed lines0 lines) to the
// last line.
func delivery(te *toolEvents, t *tool, targets []string, fired uint64, lines0 int64, loopStart time.Time) {
	te.Fired = fired
	te.Delivered = t.lines.Load()
	te.Lost = t.outLost.Load()
	if t.name == ntraceName {
		te.Lost += parseLost(t.stderr.String(), targets)
	}
	last := time.Unix(0, t.lastOut.Load())
	if d := last.Sub(loopStart); d > 0 {
		te.PerSec = float64(te.Delivered-lines0) / d.Seconds()
	}
}

// measureSolo runs cases with one tool attached at a time, cfg.pairs
// times each, alternating the tools; the printf case runs once each.
func (b *bench) measureSolo(ctx context.Context, cases []eventCase) ([]EventResult, error) {
	var out []EventResult
	for _, c := range cases {
		r := EventResult{Case: c.Name, Script: c.Script, Calls: b.calls(c)}
		reps := b.cfg.pairs
		if c.Printf {
			reps = 1
		}
		tools := b.eventTools(c)
		for i := 0; i < len(tools)*reps; i++ {
			name := tools[i%len(tools)]
			b.logf("per-event alone: %s, %s (%d/%d)", c.Name, name, i+1, len(tools)*reps)
			o, err := b.eventRun(ctx, c, []string{name})
			if err != nil {
				return nil, fmt.Errorf("per-event alone %q (%s): %w", c.Name, name, err)
			}
			r.Orders = append(r.Orders, o)
		}
		r.NtraceNs = nsGeomean(r.Orders, ntraceName, ntraceName)
		r.BpfNs = nsGeomean(r.Orders, bpftraceName, bpftraceName)
		r.FloorNs = nsGeomean(r.Orders, floorName, floorName)
		out = append(out, r)
	}
	return out, nil
}
