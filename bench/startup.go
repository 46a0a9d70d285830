package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/scripts"
)

// startupCase is one script whose time to attach (or to exit) is measured.
type startupCase struct {
	Name   string
	Script string
	ToExit bool // measure launch → exit instead of launch → ready
	// Floor is the mode the start-up floors run the case in: "ready"
	// (attach, print ready) or "load" (load, exit); none when empty.
	Floor string
	// Attached times ntrace from launch to -v's line that every probe
	// is attached, as the floors time theirs to the line they print
	// once attached, running the script as it is: no ready probe, so
	// that ntrace loads what the floor loads (one program, one map)
	// rather than a second program, its ring buffer and the event
	// that tells the bench. bpftrace, which says "Attaching" before it
	// attaches, has no such line and does not run it.
	Attached bool
}

var startupCases = []startupCase{
	{Name: "one probe: getppid count (+ready)", Floor: "ready", Script: withReady(`tracepoint:syscalls:sys_enter_getppid { @ = count(); }`)},
	{Name: "one probe as the floor: getppid count → attached", Floor: "ready", Attached: true, Script: `tracepoint:syscalls:sys_enter_getppid { @ = count(); }`},
	{Name: "two probes: getppid + sock_recv_length (+ready)", Script: withReady(`tracepoint:syscalls:sys_enter_getppid { @ = count(); }
tracepoint:sock:sock_recv_length { @bytes = sum(args->ret); }`)},
	{Name: "BEGIN { exit(); } launch → exit", Script: `BEGIN { exit(); }`, ToExit: true, Floor: "load"},
}

// startupSample is one launch of one tool.
type startupSample struct {
	Millis float64 `json:"ms"`
	RSS    int64   `json:"max_rss_bytes"`
	SelfMs float64 `json:"self_reported_ms,omitempty"` // ntrace -v: "attached X ms after main started"
	// Stages is ntrace -v's time per start-up stage, in ms.
	Stages map[string]float64 `json:"stages_ms,omitempty"`
	Order  []string           `json:"-"` // the stages in the order ntrace ran them
}

// StartupResult is the outcome of one startup case for every tool.
type StartupResult struct {
	Case     string  `json:"case"`
	Script   string  `json:"script"`
	NtraceMs float64 `json:"ntrace_median_ms"`
	BpfMs    float64 `json:"bpftrace_median_ms"`
	NtSelfMs float64 `json:"ntrace_median_self_reported_ms"`
	// NtStages is the median time of each ntrace start-up stage, in
	// ms; StageOrder names them in the order they run.
	NtStages   map[string]float64 `json:"ntrace_median_stage_ms,omitempty"`
	StageOrder []string           `json:"ntrace_stage_order,omitempty"`
	NtRSS      float64            `json:"ntrace_median_max_rss_bytes"`
	BpfRSS     float64            `json:"bpftrace_median_max_rss_bytes"`
	Ntrace     []startupSample    `json:"ntrace_runs"`
	Bpf        []startupSample    `json:"bpftrace_runs"`
	// The floors' medians and runs, for a case with a floor.
	GoFloorMs  float64         `json:"go_floor_median_ms,omitempty"`
	CFloorMs   float64         `json:"c_floor_median_ms,omitempty"`
	GoFloorRSS float64         `json:"go_floor_median_max_rss_bytes,omitempty"`
	CFloorRSS  float64         `json:"c_floor_median_max_rss_bytes,omitempty"`
	GoFloor    []startupSample `json:"go_floor_runs,omitempty"`
	CFloor     []startupSample `json:"c_floor_runs,omitempty"`
}

// measureStartup runs every startup case runs times per tool, in rounds
// that run each tool once, the order rotating from round to round.
func (b *bench) measureStartup(ctx context.Context) ([]StartupResult, error) {
	var out []StartupResult
	recipes, err := recipeStartupCases()
	if err != nil {
		return nil, err
	}
	for _, c := range append(startupCases, recipes...) {
		b.logf("startup: %s (%d runs each)", c.Name, b.cfg.runs)
		r, err := b.startupCase(ctx, c)
		if err != nil {
			return nil, fmt.Errorf("startup %q: %w", c.Name, err)
		}
		out = append(out, r)
	}
	return out, nil
}

func (b *bench) startupCase(ctx context.Context, c startupCase) (StartupResult, error) {
	r := StartupResult{Case: c.Name, Script: c.Script}
	tools := []string{ntraceName}
	if c.Floor != "" {
		tools = append(tools, b.startupFloors()...)
	}
	if !c.Attached {
		tools = append(tools, bpftraceName)
	}
	samples := map[string]*[]startupSample{ntraceName: &r.Ntrace, bpftraceName: &r.Bpf, goFloorName: &r.GoFloor, cFloorName: &r.CFloor}
	for i := 0; i < b.cfg.runs; i++ {
		for _, name := range rotation(tools, i) {
			s, err := b.startupOnce(ctx, name, c)
			if err != nil {
				return r, err
			}
			*samples[name] = append(*samples[name], s)
		}
		b.noteOthers()
	}
	r.GoFloorMs, r.GoFloorRSS = medians(r.GoFloor)
	r.CFloorMs, r.CFloorRSS = medians(r.CFloor)
	r.NtraceMs, r.NtRSS = medians(r.Ntrace)
	var self []float64
	for _, s := range r.Ntrace {
		self = append(self, s.SelfMs)
	}
	r.NtSelfMs = median(self)
	r.NtStages, r.StageOrder = stageMedians(r.Ntrace)
	r.BpfMs, r.BpfRSS = medians(r.Bpf)
	return r, nil
}

// peakEvery is how often a start-up run samples the tool's peak RSS: from
// launch for a run timed to exit, from ready on for the others.
const peakEvery = time.Millisecond

// minSampledLife is how long a run timed to exit must live for its
// sampled peak RSS to count: a run of a few sampling intervals may exit
// between two samples having touched most of its memory (the C floor's
// is over in about a millisecond).
const minSampledLife = 5 * peakEvery

// startupOnce launches one tool on c and measures it.
func (b *bench) startupOnce(ctx context.Context, name string, c startupCase) (startupSample, error) {
	args := []string{"-e", c.Script}
	if name == ntraceName {
		args = append([]string{"-v"}, args...)
	}
	if !c.ToExit {
		args = append(args, strconv.Itoa(b.pid))
	}
	if isFloor(name) {
		args = b.floorArgs(name, c.Floor)
	}
	if name == ntraceName && c.Attached {
		return b.attachedOnce(ctx, args)
	}
	t, err := launch(ctx, name, b.binary(name), args...)
	if err != nil {
		return startupSample{}, err
	}
	defer t.kill()
	var d time.Duration
	if c.ToExit {
		t.watchPeak(peakEvery)
		err = t.wait(readyTimeout)
		d = t.endAt.Sub(t.start)
	} else {
		d, err = t.waitReady(ctx)
		if err == nil {
			t.watchPeak(peakEvery)
			err = t.stop()
		}
	}
	if err != nil {
		return startupSample{}, err
	}
	rss := t.peakRSS()
	if c.ToExit && d < minSampledLife {
		rss = 0 // over before sampling could see its peak: unmeasured
	}
	stderr := t.stderr.String()
	stages, order := parseStages(stderr)
	return startupSample{Millis: float64(d) / 1e6, RSS: rss, SelfMs: parseAttachedMs(stderr), Stages: stages, Order: order}, nil
}

// stageMedians returns the median of each stage over samples, and the
// stages in the order ntrace ran them.
func stageMedians(ss []startupSample) (map[string]float64, []string) {
	if len(ss) == 0 || ss[0].Stages == nil {
		return nil, nil
	}
	byName := map[string][]float64{}
	for _, s := range ss {
		for name, ms := range s.Stages {
			byName[name] = append(byName[name], ms)
		}
	}
	out := map[string]float64{}
	for name, v := range byName {
		out[name] = median(v)
	}
	return out, ss[0].Order
}

// medians returns the median time and the median peak RSS of samples,
// of those whose RSS was measured.
func medians(ss []startupSample) (ms, rss float64) {
	var ts, rs []float64
	for _, s := range ss {
		ts = append(ts, s.Millis)
		if s.RSS > 0 {
			rs = append(rs, float64(s.RSS))
		}
	}
	return median(ts), median(rs)
}

// recipeStartupCases adds a case per bundled recipe: the recipe's own
// tracepoints (the probes both tools can attach on this host; kprobes are
// not available here), each counting, then the ready probe, which both
// tools attach last, so "ready" means every recipe probe is attached.
func recipeStartupCases() ([]startupCase, error) {
	var out []startupCase
	for _, name := range scripts.Names() {
		src, _ := scripts.Lookup(name)
		prog, err := lang.Parse(name+".nt", src)
		if err != nil {
			return nil, fmt.Errorf("recipe %s: %w", name, err)
		}
		var aps []string
		seen := map[string]bool{}
		for _, p := range prog.Probes {
			for _, ap := range p.Attach {
				if ap.Kind == "tracepoint" && !seen[ap.Raw] {
					seen[ap.Raw] = true
					aps = append(aps, ap.Raw)
				}
			}
		}
		if len(aps) == 0 {
			continue
		}
		out = append(out, startupCase{
			Name:   fmt.Sprintf("recipe %s: its %d tracepoints (+ready)", name, len(aps)),
			Script: withReady(strings.Join(aps, ",\n") + " { @[probe] = count(); }"),
		})
	}
	return out, nil
}
