package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"syscall"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime"
)

// trace is the pipeline's last stage: the compiled script loaded,
// attached and run until it is asked to stop, exits, or -c's command or
// -p's process ends; then END and the maps, and the run's exit status.
func trace(ctx context.Context, name, src string, info *lang.Info, out *codegen.Output, o *options, st *startup, e *early, stdout, stderr io.Writer) error {
	nameByProcess(out)
	if err := checkStackOutput(*o, out); err != nil {
		return err
	}
	if err := checkPrivileges(); err != nil {
		return err
	}
	// -p is a pid as the host numbers it. In a PID namespace of its own
	// ntrace cannot look it up (kill and pidfd_open read pids in ntrace's
	// namespace, where that number is another process or none): it takes
	// -p on trust there, and the run does not end with that process.
	pidns := runtime.DetectPIDNamespace()
	watchedPID := o.pid
	if pidns.Own {
		watchedPID = 0
	}
	if err := checkProcess(watchedPID); err != nil {
		return exitError{code: exitUsage, msg: "ntrace: " + err.Error() + "\n"}
	}
	if notice := pidns.Notice(); notice != "" {
		fmt.Fprintf(stderr, "ntrace: %s\n", notice)
	}
	w, closeOutput, err := openOutput(o.output, stdout, stderr)
	if err != nil {
		return err
	}
	defer closeOutput()
	watched := &watchedWriter{w: w}
	bw := bufio.NewWriter(watched)
	flameGraph, err := openFlameGraph(o.flameGraph)
	if err != nil {
		return err
	}
	defer flameGraph.close()

	stop := newStopper(ctx, watched, stderr)
	defer stop.close()
	ctx, cancel := context.WithCancel(stop.ctx)
	defer cancel()
	// With -p, tracing stops when that process exits, as with -c.
	var pidGone atomic.Bool
	defer watchProcess(watchedPID, func() { pidGone.Store(true); cancel() })()
	cmd := e.cmd
	stop.beforeForce = cmd.stop
	defer cmd.whenEnded(cancel)()
	var cmdErr error // -c's command could not be let run
	exitStatus := 0  // what exit(code) asked for
	ropts := runtime.Options{
		Out:         bw,
		Flush:       bw.Flush,
		JSON:        o.format == "json",
		Folded:      o.format == "folded",
		Style:       outputStyle(o.format),
		PID:         o.pid,
		MissingWarn: o.missing == "warn",
		NoPrintMaps: info.Config.NoPrintMaps,
		CatBytes:    info.Config.CatBytes,
		Ring:        e.ring,
		KernelBTF:   e.env.RunningKernelSpec,
		DryRun:      o.dryRun,
		// -c and -p say how long the run lasts, probes or not.
		StayWithoutProbes: o.command != "" || o.pid != 0,
		Warn: func(msg string) {
			if !o.noWarnings {
				fmt.Fprintf(stderr, "ntrace: warning: %s\n", msg)
			}
		},
		CommandStderr: stderr,
		Interrupted: func() string {
			if sig := stop.signal(); sig != nil {
				return signalName(sig)
			}
			return ""
		},
		ExitStatus: func(code int) { exitStatus = code },
		// Nothing runs or is attached for a command that could not be
		// started. Its keeper, ntrace started again, takes 3-8 ms to
		// report (see startCommand): waited for once the script is
		// loaded, the loading overlaps it (drop-packet's load stage
		// waited 3.6-7 ms for it here when waited for before).
		Ready: e.commandStarted,
		Stage: func(name string) {
			st.clock.done(name)
			if name == "load" {
				// Loaded; BEGIN is next (see stopper).
				stop.tracing()
			}
		},
		Attached: func() {
			st.attached()
			n := countAttached(out, o.dryRun)
			switch {
			case o.verbose:
				fmt.Fprintf(stderr, "ntrace: %d probes attached %s ms after main started (%s)\n", n, millis(st.clock.sinceStart()), st.clock)
			case !o.quiet:
				// Today's bpftrace's line; ntrace says it once attached,
				// where bpftrace 0.17 said "Attaching N probes..." before.
				fmt.Fprintf(stderr, "Attached %d %s\n", n, plural(n, "probe", "probes"))
			}
			if !o.quiet && o.format == "json" {
				// And in JSON, today's bpftrace's record of it, first
				// in the output.
				fmt.Fprintf(bw, "{\"type\": \"attached_probes\", \"count\": %d, \"data\": {\"probes\": %d}}\n", n, n)
			}
			if os.Getenv(notifyAttached) != "" {
				// bpftrace's test suite waits for this line on standard
				// output, -q, -o or not; what BEGIN printed follows it.
				_ = bw.Flush() // a failed write shows at the next one
				fmt.Fprintln(stdout, notifyAttached)
			}
		},
		// -c's command runs once what BEGIN printed is out; with
		// --dry-run it stays held, and closing the run ends it unrun.
		// The kernel BTF's index is saved then (not with --dry-run).
		Started: func() {
			if err := cmd.run(); err != nil {
				cmdErr = err
				cancel()
			}
			// Once per kernel build: the next run reads the index of
			// its BTF instead of scanning it (a cold start's 2-3 ms).
			// Failing costs only that.
			if err := e.env.SaveBTFIndex(); err != nil && o.verbose {
				fmt.Fprintf(stderr, "ntrace: %v\n", err)
			}
		},
	}
	if o.verbose {
		ropts.Verbose = func(msg string) { fmt.Fprintf(stderr, "ntrace: %s\n", msg) }
	}
	if flameGraph != nil {
		ropts.FlameGraph, ropts.FlameGraphTitle = flameGraph.w, flameGraphTitle(name, o.pid, o.defines)
	}
	ms, err := startMetrics(o.metrics, out, info, stderr)
	if err != nil {
		return exitError{code: exitFailed, msg: "ntrace: " + err.Error() + "\n"}
	}
	if ms != nil {
		defer ms.stop()
		ropts.Live = ms.live
	}
	err = explainRunError(name, src, o.dump, runtime.Run(ctx, out, ropts))
	cmd.stop()
	if err == nil && cmdErr != nil {
		err = exitError{code: exitFailed, msg: "ntrace: " + cmdErr.Error() + "\n"}
	}
	if cerr := flameGraph.close(); err == nil && cerr != nil {
		err = exitError{code: exitFailed, msg: "ntrace: " + cerr.Error() + "\n"}
	}
	if errors.Is(err, runtime.ErrStoppedEarly) {
		if sig, ok := stop.signal().(syscall.Signal); ok {
			return signalled{sig}
		}
		if pidGone.Load() {
			return exitError{code: exitFailed, msg: fmt.Sprintf("ntrace: process %d exited before tracing started\n", o.pid)}
		}
	}
	if err == nil && pidGone.Load() {
		fmt.Fprintf(stderr, "ntrace: process %d exited: tracing stopped\n", o.pid)
	}
	if err == nil && cmd.neverRan() && stop.signal() == nil && !o.dryRun {
		// The script ended before the probes were attached (exit() in
		// BEGIN): as in bpftrace, the command, there to be traced, is
		// not run untraced; but not silently.
		fmt.Fprintln(stderr, "ntrace: -c's command was not run: the script exited before tracing started (exit() in BEGIN)")
	}
	err = finishOutput(err, bw, w, cmd)
	if e, ok := err.(exitError); ok && e.code == exitOK && exitStatus != 0 {
		// A note about -c's command keeps the status exit() asked for.
		e.code = exitStatus
		return e
	}
	if err != nil || exitStatus == 0 {
		return err
	}
	return exitError{code: exitStatus}
}

// openOutput opens where the script's output goes (-o): standard output,
// standard error, or a file, which the function it returns closes.
func openOutput(path string, stdout, stderr io.Writer) (io.Writer, func(), error) {
	switch path {
	case "", "/dev/stdout", "-":
		return stdout, func() {}, nil
	case "/dev/stderr":
		return stderr, func() {}, nil
	}
	f, err := createOutput(path)
	if err != nil {
		return nil, nil, exitError{code: exitFailed, msg: "ntrace: " + err.Error() + "\n"}
	}
	return f, func() { f.Close() }, nil
}
