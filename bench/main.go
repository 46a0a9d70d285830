// Command bench compares ntrace with bpftrace and with the floor — what
// the machine does for the same work with nothing in the way — in one
// run, and reports each tool's figures with ntrace ÷ floor and
// ntrace ÷ bpftrace per row:
//
//   - startup: launch → all probes attached (median of runs in rounds
//     that run every tool once, in an order rotating from round to
//     round), and launch → exit for BEGIN { exit(); }, with each run's
//     peak RSS; the floors are a static cilium/ebpf loader and a C
//     program making the system calls itself (bench/floor);
//   - per-event cost of the BPF programs, exact, from the kernel's bpf_stats
//     (run_time_ns / run_cnt), with the tools attached to
//     sys_enter_getppid at once, in every attach order (geometric mean);
//     the floor is hand-written C built with clang -O2
//     (bench/floor/events.bpf.c), where the case has one;
//   - size on disk: ntrace static vs bpftrace plus its shared libraries;
//   - translated instructions per program for the bundled recipes and the
//     per-event scripts, and the instructions ntrace emits for each recipe
//     before (an earlier revision, built from git) and after;
//   - the udplat recipe's BPF time per datagram read, now and as it was
//     when it kept one FIFO per port (udplat.go), both run by ntrace.
//
// Run it as root from the repository root:
//
//	go run ./bench            # or: make bench
//
// It builds ntrace into bench/out, prints a table on stdout (progress on
// stderr) and writes the same figures, with every run's raw numbers, to
// bench/out/results.json. A full run takes about five minutes. Flags:
// -only size,startup,events,insns,udplat picks parts (-only solo adds every
// per-event case with each tool alone; by default only the printf floods
// run alone); -cases picks per-event cases by name; -runs, -n, -flood and
// -pairs size them; -ntrace runs a prebuilt binary; -baseline names the
// revision the instruction counts are compared with (-only insns runs just
// the instruction part, in seconds). -only metrics measures ntrace
// --metrics alone: scrapes of big maps, a real Prometheus's memory per
// series, series per recipe (about a minute).
//
// Programs are matched to the tool that attached them through the tool's
// own file descriptors (BPF_TASK_FD_QUERY), so programs other processes
// load meanwhile do not disturb the figures. bpf_stats is turned on with
// BPF_ENABLE_STATS, a reference the kernel drops when the bench exits,
// however it exits, so kernel.bpf_stats_enabled is never left changed.
// The tools run in their own process group, die with the bench
// (PR_SET_PDEATHSIG) and are killed on errors and timeouts. A bpftrace
// the bench did not start, seen running during the measurements, makes
// the run fail unreported: it slows every tool's start-up 10–60×.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// parts are the measurements -only can select; solo (each tool alone on
// the tracepoint) and metrics (what ntrace --metrics costs, see
// metrics.go) run only when asked for.
var parts = []string{"size", "startup", "events", "insns", "solo", "udplat", "metrics"}

const (
	ntraceName   = "ntrace"
	bpftraceName = "bpftrace"
)

type config struct {
	root     string // repository root
	out      string // output directory
	ntrace   string // prebuilt ntrace to run instead of building one
	bpftrace string
	only     string // comma-separated parts to run; empty for all
	cases    string // run only the per-event cases whose name contains this
	runs     int    // startup runs per tool and case
	events   int    // getppid calls per per-event run
	flood    int    // getppid calls per printf run
	pairs    int    // per-event runs per attach order (printf: 1)
	baseline string // revision whose emitted instructions are "before"; empty for none
}

// bench holds what every measurement needs.
type bench struct {
	cfg    config
	pid    int
	ntrace string // the ntrace binary that runs
	floors floorBins
	// others are the tracers the bench did not start that it saw
	// running during the measurements (otherTracers).
	others []string
	logf   func(format string, args ...any)
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintf(os.Stderr, "bench: %v\n", err)
		os.Exit(1)
	}
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.root, "root", ".", "ntrace repository root")
	fs.StringVar(&c.out, "out", "bench/out", "output `directory` (results.json, built binaries)")
	fs.StringVar(&c.ntrace, "ntrace", "", "run this ntrace `binary` instead of building one (sizes are then its own)")
	fs.StringVar(&c.bpftrace, "bpftrace", "/usr/bin/bpftrace", "bpftrace `binary`")
	fs.StringVar(&c.only, "only", "", "run only these `parts`, comma-separated: size,startup,events,insns,udplat")
	fs.StringVar(&c.cases, "cases", "", "run only the per-event cases whose name contains `TEXT` (e.g. printf)")
	fs.IntVar(&c.runs, "runs", 15, "startup runs per tool and case")
	fs.IntVar(&c.events, "n", 1_000_000, "getppid calls per per-event run of the map cases")
	fs.IntVar(&c.flood, "flood", 2_000_000, "getppid calls per per-event run of the printf case")
	fs.IntVar(&c.pairs, "pairs", 2, "per-event runs in each attach order of the tools (the printf case runs once in each)")
	fs.StringVar(&c.baseline, "baseline", defaultBaseline, "ntrace `revision` whose emitted instructions the insns part compares with (empty: none)")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if c.runs < 1 || c.events < 1 || c.flood < 1 || c.pairs < 1 {
		return c, errors.New("-runs, -n, -flood and -pairs must be positive")
	}
	for _, p := range strings.Split(c.only, ",") {
		if p != "" && !contains(parts, p) {
			return c, fmt.Errorf("-only: unknown part %q (have %s)", p, strings.Join(parts, ","))
		}
	}
	return c, nil
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	if os.Geteuid() != 0 {
		return errors.New("needs root (BPF, bpf_stats, tracefs)")
	}
	if err := os.MkdirAll(cfg.out, 0o755); err != nil {
		return err
	}
	start := time.Now()
	b := &bench{cfg: cfg, pid: os.Getpid(), logf: func(f string, a ...any) {
		fmt.Fprintf(stderr, "bench: %5.1fs "+f+"\n", append([]any{time.Since(start).Seconds()}, a...)...)
	}}
	res, err := b.measureAll(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("interrupted (%v)", err)
		}
		return err
	}
	res.Seconds = time.Since(start).Seconds()
	res.Missed = missedSIGINTs.Load()
	b.noteOthers()
	res.Host.OtherTracers = b.others
	path := filepath.Join(cfg.out, "results.json")
	if len(b.others) > 0 {
		// Its figures are kept for a look, but not reported as a result.
		if err := writeJSON(path, res); err != nil {
			return err
		}
		return fmt.Errorf("another tracer ran during the measurements (%s), which slows every tool's start-up 10–60×: this run is not reported (its figures are in %s)",
			strings.Join(b.others, ", "), path)
	}
	printTable(stdout, res)
	if err := writeJSON(path, res); err != nil {
		return err
	}
	b.logf("wrote %s in %.0f s", path, res.Seconds)
	return nil
}

// measureAll builds ntrace and takes every measurement in turn.
func (b *bench) measureAll(ctx context.Context) (*Results, error) {
	res := &Results{Host: hostInfo(ctx, b.cfg.bpftrace, b.cfg.root), Calls: b.cfg.events, Flood: b.cfg.flood, Runs: b.cfg.runs}
	stripped := ""
	if b.ntrace = b.cfg.ntrace; b.ntrace == "" {
		b.logf("building ntrace in %s", b.cfg.out)
		static, s, err := b.buildNtrace(ctx)
		if err != nil {
			return nil, err
		}
		b.ntrace, stripped = static, s
	}
	b.noteOthers()
	var err error
	if b.wants("startup") || b.wants("events") || b.wantsOnly("solo") {
		b.logf("building the floors in %s", filepath.Join(b.cfg.out, "floor"))
		if err = b.buildFloors(ctx); err != nil {
			return nil, fmt.Errorf("building the floors: %w", err)
		}
	}
	if b.wants("size") {
		if res.Size, err = b.measureSizes(ctx, b.ntrace, stripped); err != nil {
			return nil, err
		}
	}
	if b.wants("startup") {
		if res.Startup, err = b.measureStartup(ctx); err != nil {
			return nil, err
		}
		if res.Recipes, err = b.measureRecipeStarts(ctx); err != nil {
			return nil, err
		}
	}
	if b.wants("events") || b.wantsOnly("solo") || b.wants("udplat") {
		if err = b.withStats(ctx, res); err != nil {
			return nil, err
		}
	}
	if b.wants("insns") {
		if res.Insns, err = b.measureInsns(ctx, res.Events); err != nil {
			return nil, err
		}
		if res.BeforeAfter, err = b.compareBaseline(ctx, res.Insns); err != nil {
			return nil, err
		}
	}
	if b.wantsOnly("metrics") {
		if res.Metrics, err = b.measureMetrics(ctx); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// wants reports whether -only selects part, or there is no -only.
func (b *bench) wants(part string) bool {
	return b.cfg.only == "" || b.wantsOnly(part)
}

// wantsOnly reports whether -only names part.
func (b *bench) wantsOnly(part string) bool {
	return contains(strings.Split(b.cfg.only, ","), part)
}

// withStats measures per-event costs with bpf_stats on, and records the
// sysctl before, during and after.
func (b *bench) withStats(ctx context.Context, res *Results) (err error) {
	res.Host.StatsBefore, _ = statsSysctl()
	closeStats, err := enableStats()
	if err != nil {
		return err
	}
	defer func() {
		if cerr := closeStats(); err == nil && cerr != nil {
			err = cerr
		}
		res.Host.StatsAfter, _ = statsSysctl()
	}()
	res.Host.StatsDuring, _ = statsSysctl()
	if b.wants("events") {
		if res.Events, err = b.measureEvents(ctx); err != nil {
			return err
		}
	}
	if b.wants("udplat") {
		if res.Udplat, err = b.measureUdplat(ctx); err != nil {
			return err
		}
	}
	if !b.wants("events") && !b.wantsOnly("solo") {
		return nil
	}
	// With both attached, bpftrace's costly output paces the printf flood;
	// alone, each tool shows what its reader keeps up with.
	alone := b.printfCases()
	if b.wantsOnly("solo") {
		alone = b.eventCases()
	}
	res.Solo, err = b.measureSolo(ctx, alone)
	return err
}

// binary is the path each tool runs from.
func (b *bench) binary(name string) string {
	switch name {
	case ntraceName:
		return b.ntrace
	case floorName:
		return b.floors.events
	case goFloorName:
		return b.floors.goLoader
	case cFloorName:
		return b.floors.cLoader
	}
	return b.cfg.bpftrace
}
