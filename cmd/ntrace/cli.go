package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"syscall"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/internal/prefault"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime"
)

// exitError ends ntrace with a given status after printing msg as it is.
type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string { return strings.TrimSpace(e.msg) }

// parseArgs parses flags that may come before or after the script name.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		if args[0] == "--" {
			return append(positional, args[1:]...), nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == commandKeeperArg {
		return runKeeper(args[1:], stderr)
	}
	clock := newStageClock() // for -v; the process's own start-up comes before this
	// A run allocates a few MB before its first event; fault those pages
	// in at once rather than one by one (see package prefault).
	prefault.Heap(2 << 20)
	// Most of what start-up allocates dies young (the parser's tables, BTF
	// decoding); collecting a quarter as often until the probes are
	// attached cut a fifth of the CPU time of a BTF-typed run.
	gcPercent := debug.SetGCPercent(400)
	// Build the parser and probe the kernel side by side: neither needs
	// the other, and each takes a few milliseconds.
	lang.Warm()
	if len(args) > 0 {
		switch args[0] {
		case "check":
			return writingTo(stdout, func(w io.Writer) error { return runCheck(args[1:], w, stderr) })
		case "recipes":
			return runRecipes(args[1:], stdout, stderr)
		case "info":
			return runInfo(args[1:], stdout, stderr)
		case "completion":
			return runCompletion(args[1:], stdout, stderr)
		case completeCommand:
			return runCallback(args[1:], stdout)
		case manPageCommand:
			return runManPage(stdout)
		}
		if help, ok, err := scriptHelp(args); err != nil {
			return err
		} else if ok {
			return writingTo(stdout, func(w io.Writer) error {
				_, err := io.WriteString(w, help)
				return err
			})
		}
	}
	var o options
	fs := newFlagSet(&o, stderr)
	positional, err := parseArgs(fs, args)
	if err != nil {
		return exitError{code: exitUsage}
	}
	if o.help {
		return writingTo(stdout, func(w io.Writer) error { writeUsage(w); return nil })
	}
	if o.version {
		return writingTo(stdout, func(w io.Writer) error { writeVersion(w); return nil })
	}
	if o.list {
		pattern, err := listPattern(positional)
		if err != nil {
			return exitError{code: exitUsage, msg: "ntrace: " + err.Error() + "\n"}
		}
		return writingTo(stdout, func(w io.Writer) error { return listProbes(pattern, o.verbose, w) })
	}
	name, src, positional, err := loadScript(o.program, positional, stderr, o.verbose)
	if e, ok := err.(exitError); ok {
		return e
	}
	if err != nil {
		fs.Usage()
		return exitError{code: exitUsage, msg: "ntrace: " + err.Error() + "\n"}
	}
	if o.format != "text" && o.format != "json" && o.format != "folded" {
		return exitError{code: exitUsage, msg: "ntrace: -f takes text, json or folded\n"}
	}
	if o.missing != "error" && o.missing != "warn" {
		return exitError{code: exitUsage, msg: "ntrace: --missing takes error or warn\n"}
	}
	if err := checkFlagRanges(&o); err != nil {
		return exitError{code: exitUsage, msg: "ntrace: " + err.Error() + "\n"}
	}
	if lang.MayLoadKprobeType(src) {
		runtime.Warm()
	}
	var ring *runtime.EventRing
	if !o.perfBuffer && lang.MaySendEvents(src) {
		// Made while the script is parsed; it also tells whether the
		// kernel has ring buffers at all.
		ring = runtime.StartEventRing(uint32(o.bufferSize))
		defer ring.Close()
	}
	env := &runtime.KernelEnv{BTFPath: o.btfPath}
	if lang.MayNeedBTF(src) {
		// Load it while the parser is being built; Check waits for it,
		// and reports what went wrong.
		go func() { _, _ = env.BTF() }()
	}
	env.PrefetchFormats(lang.TracepointsNamed(src))
	params, err := parameters(o.defines, o.pid, positional)
	if err != nil {
		return exitError{code: exitUsage, msg: "ntrace: " + err.Error() + "\n"}
	}
	clock.done("setup")
	explicit := explicitFlags(fs)
	prog, info, err := compileFront(name, src, env, params, o.missing == "warn", explicit, clock)
	if err != nil {
		return err
	}
	applyConfig(&o, info.Config)
	fmt.Fprint(stderr, lang.RenderWarnings(name, src, info.Warnings))
	copts := codegen.Options{
		StartTime:  runtime.MonotonicNow(),
		PerfBuffer: o.perfBuffer,
		BufferSize: uint32(o.bufferSize),
		MapEntries: uint32(o.mapSize),
		// Preallocated, the small maps would cost milliseconds to make.
		AllocOnDemand: runtime.HashMapsAllocOnDemand(),
		PossibleCPUs:  runtime.PossibleCPUs(),
		Features:      kernelFeatures(env, info, o.noFentry),
	}
	noRing := func() {
		copts.PerfBuffer = true
		if o.verbose {
			fmt.Fprintln(stderr, "ntrace: this kernel has no BPF ring buffer: events go through perf buffers")
		}
	}
	if !copts.PerfBuffer && ring != nil && !ring.Supported() {
		noRing()
	}
	out, err := codegen.Compile(prog, info, copts)
	if err == nil && !copts.PerfBuffer && ring == nil && out.Collection.Maps[codegen.EventsMap] != nil && !runtime.HaveRingBuffer() {
		// The script sends events after all, and no ring was made
		// ahead to find out whether the kernel has ring buffers.
		noRing()
		out, err = codegen.Compile(prog, info, copts)
	}
	if err != nil {
		return exitError{code: exitFailed, msg: lang.Render(name, src, err)}
	}
	fmt.Fprint(stderr, lang.RenderWarnings(name, src, out.Warnings))
	clock.done("compile")
	if err := writingTo(stdout, func(w io.Writer) error { return dump(o.dump, prog, info, out, w) }); err != nil {
		return err
	}
	nameByProcess(out)
	if err := checkStackOutput(o, out); err != nil {
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

	w := stdout
	switch o.output {
	case "", "/dev/stdout", "-":
	case "/dev/stderr":
		w = stderr
	default:
		f, err := createOutput(o.output)
		if err != nil {
			return exitError{code: exitFailed, msg: "ntrace: " + err.Error() + "\n"}
		}
		defer f.Close()
		w = f
	}
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
	// -c's command, once started; the stopper may stop it from its own
	// goroutine.
	var cmd atomic.Pointer[command]
	var cmdErr error // -c's command could not be started
	stop.beforeForce = func() { cmd.Load().stop() }
	ropts := runtime.Options{
		Out:         bw,
		Flush:       bw.Flush,
		JSON:        o.format == "json",
		Folded:      o.format == "folded",
		PID:         o.pid,
		MissingWarn: o.missing == "warn",
		NoPrintMaps: info.Config.NoPrintMaps,
		Ring:        ring,
		DryRun:      o.dryRun,
		// -c and -p say how long the run lasts, probes or not.
		StayWithoutProbes: o.command != "" || o.pid != 0,
		Warn:              func(msg string) { fmt.Fprintf(stderr, "ntrace: warning: %s\n", msg) },
		Stage:             clock.done,
		Attached: func() {
			debug.SetGCPercent(gcPercent)
			switch {
			case o.verbose:
				fmt.Fprintf(stderr, "ntrace: %d probes attached %s ms after main started (%s)\n", countAttached(out), millis(clock.sinceStart()), clock)
			case !o.quiet:
				fmt.Fprintf(stderr, "Attaching %d %s...\n", countAttached(out), plural(countAttached(out), "probe", "probes"))
			}
			if os.Getenv(notifyAttached) != "" {
				// bpftrace's test suite waits for this line, -q or not.
				fmt.Fprintln(bw, notifyAttached)
				bw.Flush()
			}
			if o.command != "" && !o.dryRun {
				c, err := startCommand(o.command, stdout, stderr, cancel)
				if err != nil {
					cmdErr = err
					cancel()
				}
				cmd.Store(c)
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
	cmd.Load().stop()
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
	return finishOutput(err, bw, w, cmd.Load())
}

// writingTo runs f with a writer to w that remembers the first error
// writing to it, which then is f's: a listing or a dump that could not be
// written (a full disk, /dev/full) is never an exit 0.
func writingTo(w io.Writer, f func(io.Writer) error) error {
	ew := &errWriter{w: w}
	if err := f(ew); err != nil {
		return err
	}
	if ew.err != nil {
		return exitError{code: exitFailed, msg: fmt.Sprintf("ntrace: writing output: %v\n", ew.err)}
	}
	return nil
}

// errWriter writes to w until a write fails, and keeps that error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

// finishOutput ends a run: what it wrote reaches its file or the error
// writing it is the run's, since output that is lost is never an exit 0;
// and -c's command's end is told.
func finishOutput(runErr error, bw *bufio.Writer, w io.Writer, cmd *command) error {
	err := bw.Flush()
	if f, ok := w.(*os.File); ok && f != os.Stdout && f != os.Stderr {
		// Close reports what a file system could not write before.
		if cerr := f.Close(); err == nil && !errors.Is(cerr, os.ErrClosed) {
			err = cerr
		}
	}
	if runErr != nil {
		return runErr
	}
	if err != nil {
		return exitError{code: exitFailed, msg: fmt.Sprintf("ntrace: writing output: %v\n", err)}
	}
	note, cerr := cmd.outcome()
	if cerr != nil {
		return exitError{code: exitFailed, msg: "ntrace: " + cerr.Error() + "\n"}
	}
	if note != "" {
		return exitError{code: exitOK, msg: "ntrace: " + note + "\n"}
	}
	return nil
}

func countAttached(out *codegen.Output) int {
	n := 0
	for _, p := range out.Programs {
		alt := p.Probe.Probe.Alt
		if p.Target.Kind != lang.BeginProbe && p.Target.Kind != lang.EndProbe && (alt == nil || out.Chosen[alt.Choice] == alt) {
			n++
		}
	}
	return n
}

// loadScript finds the script's source: -e, a file, or a recipe found on
// the recipe search path (see findScript). It says on stderr what it
// must (a recipe shadowing another), and with verbose which was run.
func loadScript(program string, positional []string, stderr io.Writer, verbose bool) (name, src string, rest []string, err error) {
	if program != "" {
		return "-e", program, positional, nil
	}
	if len(positional) == 0 {
		return "", "", nil, errors.New("no script given")
	}
	name, src, err = findScript(positional[0], stderr, verbose)
	return name, src, positional[1:], err
}

// readScript reads a script file, at most one byte more than
// lang.MaxScriptSize: enough for the parser to refuse a longer one, and
// a bound on what /dev/zero or a huge file can cost.
func readScript(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, lang.MaxScriptSize+1))
}

// parameters collects -D values, -p and positional arguments.
func parameters(defines []string, pid int, positional []string) (lang.Params, error) {
	p := lang.Params{Named: map[string]string{}, Positional: positional, PID: pid}
	for _, d := range defines {
		name, value, ok := strings.Cut(d, "=")
		if !ok || name == "" {
			return p, fmt.Errorf("-D %s: want NAME=VALUE", d)
		}
		p.Named[name] = value
	}
	return p, nil
}

// notifyAttached names the environment variable under which bpftrace
// (and ntrace) print the line of the same name once the probes are
// attached, for bpftrace's runtime test suite.
const notifyAttached = "__BPFTRACE_NOTIFY_PROBES_ATTACHED"

// compileFront parses and checks a script, rendering errors for a person.
// With optional, every probe is as if marked with '?' (--missing=warn).
// The stages are timed on clock when it is not nil.
func compileFront(name, src string, env lang.Env, params lang.Params, optional bool, explicit map[string]bool, clock *stageClock) (*lang.Program, *lang.Info, error) {
	prog, err := lang.Parse(name, src)
	if err != nil {
		return nil, nil, exitError{code: exitFailed, msg: lang.Render(name, src, err)}
	}
	dropOverridden(prog, explicit)
	if clock != nil {
		clock.done("parse")
	}
	for _, p := range prog.Probes {
		for _, ap := range p.Attach {
			ap.Optional = ap.Optional || optional
		}
	}
	info, err := lang.Check(prog, env, params)
	if err != nil {
		return nil, nil, frontEndError(env, lang.Render(name, src, err))
	}
	if clock != nil {
		clock.done("check")
	}
	return prog, info, nil
}

func dump(what string, prog *lang.Program, info *lang.Info, out *codegen.Output, w io.Writer) error {
	switch what {
	case "", "verifier":
	case "ast":
		fmt.Fprint(w, lang.Dump(prog, nil))
	case "types":
		fmt.Fprint(w, lang.Dump(prog, info))
	case "asm":
		for _, p := range out.Programs {
			fmt.Fprintf(w, "%s (%s, %d instructions):\n%v\n", p.Target, p.Spec.Type, len(p.Spec.Instructions), p.Spec.Instructions)
		}
	default:
		return exitError{code: exitUsage, msg: "ntrace: -d takes ast, types, asm or verifier\n"}
	}
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
