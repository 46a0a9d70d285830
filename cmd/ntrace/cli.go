package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime"
	"github.com/ntrace/ntrace/scripts"
)

// exitError ends ntrace with a given status after printing msg as it is.
type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string { return strings.TrimSpace(e.msg) }

// options are the command line flags.
type options struct {
	program    string
	verbose    bool
	quiet      bool
	dump       string
	output     string
	command    string
	pid        int
	defines    multiFlag
	format     string
	flameGraph string
	btfPath    string
	bufferSize int
	perfBuffer bool
	mapSize    int
	list       string
	missing    string
	noFentry   bool
	metrics    string
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

const usage = `usage: ntrace [options] SCRIPT.nt|RECIPE [ARG...]
       ntrace [options] -e 'PROGRAM' [ARG...]
       ntrace -l [PATTERN]
       ntrace check [--btf FILE] [-D NAME=VALUE] SCRIPT.nt
       ntrace recipes

options:
`

func newFlagSet(o *options, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("ntrace", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.program, "e", "", "run `PROGRAM` given on the command line")
	fs.BoolVar(&o.verbose, "v", false, "say how each probe was attached, and program sizes")
	fs.BoolVar(&o.quiet, "q", false, "quiet: do not say how many probes were attached")
	fs.StringVar(&o.dump, "d", "", "dump a stage: `ast`, types, asm, or verifier (its log when it rejects a program)")
	fs.StringVar(&o.output, "o", "", "write output to `FILE`")
	fs.StringVar(&o.command, "c", "", "run `CMD`, trace while it runs, stop when it exits")
	fs.IntVar(&o.pid, "p", 0, "trace only `PID` (sets ${PID} too)")
	fs.Var(&o.defines, "D", "set script parameter `NAME=VALUE` (repeatable)")
	fs.StringVar(&o.format, "f", "text", "output `format`: text, json, or folded (maps keyed by stacks as folded stacks,\nthe lines flame graph tools read)")
	fs.StringVar(&o.flameGraph, "flamegraph", "", "when the run ends, draw the maps keyed by stacks as a flame graph in `FILE` (an SVG)")
	fs.StringVar(&o.btfPath, "btf", "", "use kernel types from BTF `FILE` instead of the running kernel")
	fs.IntVar(&o.bufferSize, "buffer-size", 0, "event buffer size in `BYTES`: the ring buffer's, a power of two (default 1 MiB);\nwith --perf-buffer, each CPU's perf buffer's, rounded up to a power of two number of pages (default 256 KiB)")
	fs.BoolVar(&o.perfBuffer, "perf-buffer", false, "send events through per-CPU perf buffers instead of a BPF ring buffer\n(the default on kernels without ring buffers, before 5.8)")
	fs.IntVar(&o.mapSize, "map-size", 4096, "the most keys each @map holds; updates past it are dropped and counted in a warning")
	fs.StringVar(&o.list, "l", "", "list probes matching `PATTERN` (with -v, their arguments)")
	fs.StringVar(&o.missing, "missing", "error", "a probe that cannot be attached is an `error` or a warning (warn)")
	fs.BoolVar(&o.noFentry, "no-fentry", false, "run kprobe: and kretprobe: as kprobes even where fentry and fexit would work")
	fs.StringVar(&o.metrics, "metrics", "", "serve the maps as Prometheus metrics on `ADDR` (such as :9464) at /metrics while tracing")
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
		fmt.Fprint(stderr, exitStatusHelp)
	}
	return fs
}

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

// run is ntrace: after the subcommands and flags, a script goes through
// the pipeline Parse → Check → Compile → Run, while the start-up work that
// needs no script (see startup.go) overlaps the first stages.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == commandKeeperArg {
		return runKeeper(args[1:], stderr)
	}
	st := startUp()
	if len(args) > 0 {
		switch args[0] {
		case "check":
			return writingTo(stdout, func(w io.Writer) error { return runCheck(args[1:], w, stderr) })
		case "recipes":
			return writingTo(stdout, listRecipes)
		}
		if help, ok := scriptHelp(args); ok {
			return writingTo(stdout, func(w io.Writer) error {
				_, err := io.WriteString(w, help)
				return err
			})
		}
	}
	var o options
	fs := newFlagSet(&o, stderr)
	if len(args) > 0 && args[len(args)-1] == "-l" {
		args = append(args[:len(args)-1:len(args)-1], "-l", "*") // -l alone lists everything
	}
	positional, err := parseArgs(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return exitError{code: exitUsage}
	}
	if o.list != "" {
		return writingTo(stdout, func(w io.Writer) error {
			return runtime.ListProbes(o.list, runtime.ListOptions{Verbose: o.verbose, PID: o.pid}, w)
		})
	}
	name, src, positional, err := loadScript(o.program, positional)
	if err != nil {
		fs.Usage()
		return exitError{code: exitUsage, msg: "ntrace: " + err.Error() + "\n"}
	}
	if err := checkOptions(&o); err != nil {
		return exitError{code: exitUsage, msg: "ntrace: " + err.Error() + "\n"}
	}
	params, err := parameters(o.defines, o.pid, positional)
	if err != nil {
		return exitError{code: exitUsage, msg: "ntrace: " + err.Error() + "\n"}
	}
	early, err := st.overlap(&o, src, stdout, stderr)
	if err != nil {
		return exitError{code: exitFailed, msg: "ntrace: " + err.Error() + "\n"}
	}
	defer early.close()
	st.clock.done("setup")

	prog, err := parse(name, src)
	if err != nil {
		return err
	}
	st.clock.done("parse")
	params.CPID, params.Command = early.commandPID(), o.command
	info, err := check(name, src, prog, early.env, params, o.missing == "warn")
	if err != nil {
		return err
	}
	st.clock.done("check")
	fmt.Fprint(stderr, lang.RenderWarnings(name, src, info.Warnings))
	out, err := compile(name, src, prog, info, codegen.Options{
		StartTime:  runtime.MonotonicNow(),
		PerfBuffer: early.perfBuffer(o.perfBuffer, o.verbose, stderr),
		BufferSize: uint32(o.bufferSize),
		MapEntries: uint32(o.mapSize),
		// Preallocated, the small maps would cost milliseconds to make.
		AllocOnDemand: runtime.HashMapsAllocOnDemand(),
		PossibleCPUs:  runtime.PossibleCPUs(),
		Features:      kernelFeatures(info, o.noFentry),
	})
	if err != nil {
		return err
	}
	fmt.Fprint(stderr, lang.RenderWarnings(name, src, out.Warnings))
	st.clock.done("compile")
	if err := writingTo(stdout, func(w io.Writer) error { return dump(o.dump, prog, info, out, w) }); err != nil {
		return err
	}
	return trace(ctx, name, src, info, out, &o, st, early, stdout, stderr)
}

// checkOptions refuses flags that make no sense, alone or together.
func checkOptions(o *options) error {
	switch {
	case o.format != "text" && o.format != "json" && o.format != "folded":
		return errors.New("-f takes text, json or folded")
	case o.missing != "error" && o.missing != "warn":
		return errors.New("--missing takes error or warn")
	case o.command != "" && o.pid != 0:
		return errors.New("-c and -p cannot go together: trace a command you start, or a process that runs")
	}
	return checkFlagRanges(o)
}

// parse is the pipeline's first stage: the script's text into its syntax
// tree.
func parse(name, src string) (*lang.Program, error) {
	prog, err := lang.Parse(name, src)
	if err != nil {
		return nil, exitError{code: exitFailed, msg: lang.Render(name, src, err)}
	}
	return prog, nil
}

// check is the second: every expression typed against the kernel env
// describes, every attach point expanded. With optional, every probe is
// as if marked with '?' (--missing=warn). Its exit status says what the
// machine lacked, when the script failed for want of it.
func check(name, src string, prog *lang.Program, env lang.Env, params lang.Params, optional bool) (*lang.Info, error) {
	for _, p := range prog.Probes {
		for _, ap := range p.Attach {
			ap.Optional = ap.Optional || optional
		}
	}
	info, err := lang.Check(prog, env, params)
	if err != nil {
		return nil, checkError(err, lang.Render(name, src, err))
	}
	return info, nil
}

// compile is the third: BPF programs and maps for the kernel opts
// describes.
func compile(name, src string, prog *lang.Program, info *lang.Info, opts codegen.Options) (*codegen.Output, error) {
	out, err := codegen.Compile(prog, info, opts)
	if err != nil {
		return nil, exitError{code: exitFailed, msg: lang.Render(name, src, err)}
	}
	return out, nil
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
		if !p.Target.Kind.RunsOnce() && (alt == nil || out.Chosen[alt.Choice] == alt) {
			n++
		}
	}
	return n
}

// loadScript finds the script's source: -e, a file, or a bundled recipe.
func loadScript(program string, positional []string) (name, src string, rest []string, err error) {
	if program != "" {
		return "-e", program, positional, nil
	}
	if len(positional) == 0 {
		return "", "", nil, errors.New("no script given")
	}
	name, rest = positional[0], positional[1:]
	if b, err := readScript(name); err == nil {
		return name, string(b), rest, nil
	} else if !errors.Is(err, os.ErrNotExist) || strings.ContainsAny(name, "/.") {
		return "", "", nil, fmt.Errorf("reading script: %w", err)
	}
	if src, ok := scripts.Lookup(name); ok {
		return name + ".nt", src, rest, nil
	}
	return "", "", nil, fmt.Errorf("no script file or recipe called %q (ntrace recipes lists the recipes)", name)
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
