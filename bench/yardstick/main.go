// Command yardstick runs bpftrace's own runtime test suite (tests/runtime
// in bpftrace's repository) against ntrace and bpftrace on this host, and
// counts what each passes, judged on each program's own output.
//
// The tests are bpftrace's and are not in this repository: -suite names a
// checkout of bpftrace (`make yardstick` clones one at a pinned commit
// into ~/.cache/ntrace-yardstick). Each test file under tests/runtime is
// read in the suite's small language (NAME, RUN or PROG, EXPECT…,
// REQUIRES…, BEFORE, AFTER, TIMEOUT, WILL_FAIL…).
//
// Only the part that fits a host like this one runs: tests whose probes
// are all BEGIN/END, interval, tracepoint, rawtracepoint or profile (the
// "core" group), or uprobes on the suite's test programs, which the
// runner builds with gcc (the "uprobe" group); of those, tests whose
// REQUIRES, REQUIRES_FEATURE, ARCH or kernel bounds this host does not
// meet are skipped with the reason. Every other test is out of scope,
// with the probe kinds that put it there.
//
// Each fitting test runs with bpftrace, then ntrace: {{BPFTRACE}} in a
// RUN line becomes the tool, a PROG runs with -e, BEFORE programs start
// first, AFTER once the tool says its probes are attached, and the tool
// gets 10 s to attach and then the test's TIMEOUT (5 s by default) before
// it is stopped. The verdict comes from the tool's exit status and its
// output (stdout and stderr) against the test's expectations. Tests run
// holding /tmp/ntrace-heavy.lock, which the runner lets go between tests
// every ten minutes so that other heavy runs on the machine take turns.
//
// Run it as root from the repository root:
//
//	go run ./bench/yardstick -suite ~/.cache/ntrace-yardstick/bpftrace
//
// It prints one line per test, totals, a breakdown per suite file and the
// errors that blocked ntrace most often, and writes every run (command,
// exit status, output) to bench/out/yardstick/results.json. Flags: -only
// REGEX (tests whose file.name matches), -tool ntrace|bpftrace|both,
// -ntrace and -bpftrace (binaries; ntrace is built from this tree by
// default), -list (classify without running), -report FILE (summarize an earlier
// run's results.json again), -out, -work, -lock, -lock-hold, -top.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"
)

const (
	ntraceName   = "ntrace"
	bpftraceName = "bpftrace"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "yardstick:", err)
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// config is what the flags set.
type config struct {
	suite    string // bpftrace checkout
	only     string
	tools    string
	ntrace   string
	bpftrace string
	out      string
	work     string
	lock     string
	lockHold time.Duration
	list     bool
	top      int
	report   string // results.json of an earlier run to summarize again
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	home, _ := os.UserHomeDir()
	fs := flag.NewFlagSet("yardstick", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.suite, "suite", "", "a checkout of bpftrace's repository (its tests/runtime is the suite)")
	fs.StringVar(&c.only, "only", "", "run only tests whose file.name matches `REGEX`")
	fs.StringVar(&c.tools, "tool", "both", "the tools to run: ntrace, bpftrace or both")
	fs.StringVar(&c.ntrace, "ntrace", "", "the ntrace `binary` to run (default: build it from this tree)")
	fs.StringVar(&c.bpftrace, "bpftrace", "bpftrace", "the bpftrace `binary` to run")
	fs.StringVar(&c.out, "out", "bench/out/yardstick", "where results.json (and a built ntrace) go")
	fs.StringVar(&c.work, "work", home+"/.cache/ntrace-yardstick/work", "where the tests run and their helper programs are built")
	fs.StringVar(&c.lock, "lock", "/tmp/ntrace-heavy.lock", "file to flock while tests run (empty: none)")
	fs.DurationVar(&c.lockHold, "lock-hold", 10*time.Minute, "let the lock go between tests after holding it this long, so other heavy runs get turns")
	fs.BoolVar(&c.list, "list", false, "classify the tests and print why each is in or out, without running any")
	fs.IntVar(&c.top, "top", 25, "how many blocking errors to rank")
	fs.StringVar(&c.report, "report", "", "summarize an earlier run's results.json `FILE` again, running nothing")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if c.suite == "" && c.report == "" {
		return c, errors.New("-suite is required: a checkout of bpftrace (make yardstick fetches one)")
	}
	switch c.tools {
	case "both", ntraceName, bpftraceName:
	default:
		return c, fmt.Errorf("-tool %q: want ntrace, bpftrace or both", c.tools)
	}
	return c, nil
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	if cfg.report != "" {
		res, err := readJSON(cfg.report)
		if err != nil {
			return err
		}
		printSummary(stdout, res, cfg.top)
		return nil
	}
	logf := func(format string, args ...any) { fmt.Fprintf(stderr, format+"\n", args...) }
	y, err := newYardstick(cfg, logf)
	if err != nil {
		return err
	}
	res, err := y.measure(ctx, stdout)
	if err != nil {
		return err
	}
	printSummary(stdout, res, cfg.top)
	return writeJSON(cfg.out, res)
}
