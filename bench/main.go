// Command bench compares ntrace with bpftrace in one run and reports both
// tools' figures and the ratio ntrace/bpftrace:
//
//   - startup: launch → all probes attached (median of interleaved runs), and
//     launch → exit for BEGIN { exit(); }, with each run's peak RSS;
//   - per-event cost of the BPF programs, exact, from the kernel's bpf_stats
//     (run_time_ns / run_cnt), with both tools attached to
//     sys_enter_getppid at once, in both attach orders (geometric mean);
//   - size on disk: ntrace static vs bpftrace plus its shared libraries;
//   - translated instructions per program for the bundled recipes and the
//     per-event scripts.
//
// Run it as root from the repository root:
//
//	go run ./bench            # or: make bench
//
// It builds ntrace into bench/out, prints a table on stdout (progress on
// stderr) and writes the same figures to bench/out/results.json. A run
// takes about two minutes.
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
	"syscall"
	"time"
)

const (
	ntraceName   = "ntrace"
	bpftraceName = "bpftrace"
)

type config struct {
	root     string // repository root
	out      string // output directory
	ntrace   string // prebuilt ntrace to run instead of building one
	bpftrace string
	runs     int // startup runs per tool and case
	events   int // getppid calls per per-event run
}

// bench holds what every measurement needs.
type bench struct {
	cfg    config
	pid    int
	ntrace string // the ntrace binary that runs
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
	fs.IntVar(&c.runs, "runs", 15, "startup runs per tool and case")
	fs.IntVar(&c.events, "n", 2_000_000, "getppid calls per per-event run")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if c.runs < 1 || c.events < 1 {
		return c, errors.New("-runs and -n must be positive")
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
	b := &bench{cfg: cfg, pid: os.Getpid(), logf: func(f string, a ...any) {
		fmt.Fprintf(stderr, "bench: "+f+"\n", a...)
	}}
	start := time.Now()
	res, err := b.measureAll(ctx)
	if err != nil {
		return err
	}
	res.Seconds = time.Since(start).Seconds()
	printTable(stdout, res)
	path := filepath.Join(cfg.out, "results.json")
	if err := writeJSON(path, res); err != nil {
		return err
	}
	b.logf("wrote %s in %.0f s", path, res.Seconds)
	return nil
}

// measureAll builds ntrace and takes every measurement in turn.
func (b *bench) measureAll(ctx context.Context) (*Results, error) {
	res := &Results{Host: hostInfo(ctx, b.cfg.bpftrace), Calls: b.cfg.events, Runs: b.cfg.runs}
	stripped := ""
	if b.ntrace = b.cfg.ntrace; b.ntrace == "" {
		b.logf("building ntrace in %s", b.cfg.out)
		static, s, err := b.buildNtrace(ctx)
		if err != nil {
			return nil, err
		}
		b.ntrace, stripped = static, s
	}
	var err error
	if res.Size, err = b.measureSizes(ctx, b.ntrace, stripped); err != nil {
		return nil, err
	}
	if res.Startup, err = b.measureStartup(ctx); err != nil {
		return nil, err
	}
	if res.Events, err = b.withStats(ctx, res); err != nil {
		return nil, err
	}
	if res.Insns, err = b.measureInsns(ctx); err != nil {
		return nil, err
	}
	return res, nil
}

// withStats measures per-event costs with bpf_stats on, and records the
// sysctl before, during and after.
func (b *bench) withStats(ctx context.Context, res *Results) ([]EventResult, error) {
	res.Host.StatsBefore, _ = statsSysctl()
	closeStats, err := enableStats()
	if err != nil {
		return nil, err
	}
	res.Host.StatsDuring, _ = statsSysctl()
	events, err := b.measureEvents(ctx)
	if cerr := closeStats(); err == nil && cerr != nil {
		err = cerr
	}
	res.Host.StatsAfter, _ = statsSysctl()
	return events, err
}

// binary is the path each tool runs from.
func (b *bench) binary(name string) string {
	if name == ntraceName {
		return b.ntrace
	}
	return b.cfg.bpftrace
}

// order lists the tools, ntrace first unless bpfFirst.
func (b *bench) order(bpfFirst bool) []string {
	if bpfFirst {
		return []string{bpftraceName, ntraceName}
	}
	return []string{ntraceName, bpftraceName}
}
