package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/ntrace/ntrace/codegen"
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
	args = splitBundledFlags(fs, args)
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" && !takesValue(fs, args[:consumed-1]) {
			// The flag package ate the -- that ends the flags:
			// everything after it is the script's.
			return append(positional, rest...), nil
		}
		args = rest
		if len(args) == 0 {
			return positional, nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// takesValue says whether the last of args is a flag that takes a value
// (-e, -D…) written without it, so that what follows is that value.
func takesValue(fs *flag.FlagSet, args []string) bool {
	if len(args) == 0 {
		return false
	}
	name, ok := strings.CutPrefix(args[len(args)-1], "-")
	if !ok || strings.Contains(name, "=") {
		return false
	}
	f := fs.Lookup(strings.TrimPrefix(name, "-"))
	if f == nil {
		return false
	}
	b, isSwitch := f.Value.(interface{ IsBoolFlag() bool })
	return !isSwitch || !b.IsBoolFlag()
}

// splitBundledFlags writes one-letter switches given together, as getopt
// (and so bpftrace) takes them, one by one: -lv is -l -v. Only an argument
// made of switches that take no value is split; the value of a flag that
// takes one, and everything after --, stay as they are.
func splitBundledFlags(fs *flag.FlagSet, args []string) []string {
	isSwitch := func(name string) bool {
		f := fs.Lookup(name)
		if f == nil {
			return false
		}
		b, ok := f.Value.(interface{ IsBoolFlag() bool })
		return ok && b.IsBoolFlag()
	}
	var out []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(out, args[i:]...)
		}
		letters, bundle := strings.CutPrefix(a, "-")
		bundle = bundle && len(letters) > 1 && !strings.HasPrefix(letters, "-") && !strings.Contains(letters, "=")
		for _, c := range letters {
			bundle = bundle && c < 0x80 && isSwitch(string(c))
		}
		if !bundle {
			out = append(out, a)
			name := strings.TrimLeft(a, "-")
			if f := fs.Lookup(name); f != nil && strings.HasPrefix(a, "-") && !strings.Contains(a, "=") && !isSwitch(name) && i+1 < len(args) {
				i++
				out = append(out, args[i]) // the flag's value, as it is
			}
			continue
		}
		for _, c := range letters {
			out = append(out, "-"+string(c))
		}
	}
	return out
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
		return writingTo(stdout, func(w io.Writer) error {
			return runtime.ListProbes(pattern, runtime.ListOptions{Verbose: o.verbose, PID: o.pid}, w)
		})
	}
	env := st.kernelEnv(&o, positional)
	name, src, positional, err := loadScript(o.program, positional, stderr, o.verbose)
	if e, ok := err.(exitError); ok {
		return e
	}
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
	params.Unsafe = o.unsafe
	early, err := st.overlap(&o, env, src, stdout, stderr)
	if err != nil {
		return exitError{code: exitFailed, msg: "ntrace: " + err.Error() + "\n"}
	}
	defer early.close()
	st.clock.done("setup")
	return early.commandFailed(runScript(ctx, name, src, &o, explicitFlags(fs), params, st, early, stdout, stderr))
}

// runScript is run's pipeline after the start-up: parse, check, compile
// and trace.
func runScript(ctx context.Context, name, src string, o *options, explicit map[string]bool, params lang.Params, st *startup, early *early, stdout, stderr io.Writer) error {
	params.ConfigEnv = envConfig(os.Environ(), explicit)
	prog, err := parse(name, src, explicit)
	if err != nil {
		return err
	}
	st.clock.done("parse")
	params.CommandPID, params.Command = early.commandPID, o.command
	params.Unattachable = unattachable(early.env, o.noFentry)
	info, err := check(name, src, prog, early.env, params, o.missing == "warn")
	if err != nil {
		return err
	}
	st.clock.done("check")
	if note := early.env.BTFIndexNote(); note != "" && o.verbose {
		fmt.Fprintf(stderr, "ntrace: %s\n", note)
	}
	if err := namedOptions(info, params); err != nil {
		return err
	}
	applyConfig(o, info.Config)
	if !o.noWarnings {
		printWarnings(stderr, name, src, info.Warnings)
	}
	copts := codegen.Options{
		StartTime:  runtime.MonotonicNow(),
		PerfBuffer: o.perfBuffer,
		BufferSize: uint32(o.bufferSize),
		MapEntries: uint32(o.mapSize),
		// Preallocated, the small maps would cost milliseconds to make.
		AllocOnDemand: runtime.HashMapsAllocOnDemand(),
		PossibleCPUs:  runtime.PossibleCPUs(),
		Features:      kernelFeatures(early.env, info, o.noFentry),
	}
	noRing := func() {
		copts.PerfBuffer = true
		if o.verbose {
			fmt.Fprintln(stderr, "ntrace: this kernel has no BPF ring buffer: events go through perf buffers")
		}
	}
	// Compiled for a ring buffer without waiting for the ring made
	// ahead (loading takes it), which a script that turns out to send no
	// events (a tracepoint counting, exit() in BEGIN) does not use: only
	// where the kernel has no ring buffers, as its release (5.8 on has
	// them: no waiting), else that ring or, when none was made, the
	// kernel tells, is a script that sends events compiled again.
	out, err := compile(name, src, prog, info, copts)
	if err == nil && !copts.PerfBuffer && out.Collection.Maps[codegen.EventsMap] != nil && !early.ringSupported() {
		noRing()
		out, err = compile(name, src, prog, info, copts)
	}
	if err != nil {
		return err
	}
	if !o.noWarnings {
		printWarnings(stderr, name, src, out.Warnings)
	}
	if err := filterProbes(out, o.probeFilter); err != nil {
		return exitError{code: exitFailed, msg: "ntrace: " + err.Error() + "\n"}
	}
	st.clock.done("compile")
	if err := writingTo(stdout, func(w io.Writer) error { return dump(o.dump, prog, info, out, w) }); err != nil {
		return err
	}
	return trace(ctx, name, src, info, out, o, st, early, stdout, stderr)
}

// filterProbes keeps, with --probe-filter, the probes whose name the
// pattern matches (anywhere in it, as a regular expression) and BEGIN and
// END; it is an error when the script has other probes and none matches.
func filterProbes(out *codegen.Output, pattern string) error {
	if pattern == "" {
		return nil
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		return fmt.Errorf("--probe-filter %q: invalid regular expression: %w", pattern, err)
	}
	had, matched := false, false
	out.KeepPrograms(func(p *codegen.Program) bool {
		if p.Target.Kind.RunsOnce() {
			return true
		}
		had = true
		if re.MatchString(p.Target.String()) {
			matched = true
			return true
		}
		return false
	})
	if had && !matched {
		return fmt.Errorf("--probe-filter %q matches none of the script's probes: no probes to attach", pattern)
	}
	return nil
}

// textBpftrace017 is -f's value for text as bpftrace 0.17 printed it,
// where today's bpftrace prints otherwise.
const textBpftrace017 = "text-0.17"

// checkOptions refuses flags that make no sense, alone or together.
func checkOptions(o *options) error {
	switch {
	case o.format != "text" && o.format != textBpftrace017 && o.format != "json" && o.format != "folded":
		return errors.New("-f takes text, text-0.17, json or folded")
	case o.missing != "error" && o.missing != "warn":
		return errors.New("--missing takes error or warn")
	case o.command != "" && o.pid != 0:
		return errors.New("-c and -p cannot go together: trace a command you start, or a process that runs")
	}
	return checkFlagRanges(o)
}

// parse is the pipeline's first stage: the script's text into its syntax
// tree, less the settings of its config block that explicit (the flags
// given) overrides.
func parse(name, src string, explicit map[string]bool) (*lang.Program, error) {
	prog, err := lang.Parse(name, src)
	if err != nil {
		return nil, exitError{code: exitFailed, msg: lang.Render(name, src, err)}
	}
	dropOverridden(prog, explicit)
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

// countAttached is the number of probes the "Attached N probes" line
// gives: every attach point in use (of an either, the one chosen) and,
// as today's bpftrace counts them, each BEGIN and END block that runs
// (not with --dry-run, where they do not).
func countAttached(out *codegen.Output, dryRun bool) int {
	n := 0
	for _, p := range out.Programs {
		alt := p.Probe.Probe.Alt
		if p.Target.Kind.RunsOnce() {
			if !dryRun {
				n++
			}
			continue
		}
		if alt == nil || out.Chosen[alt.Choice] == alt {
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

// listPattern is -l's pattern: the one argument after the flags, or none
// to list every probe.
func listPattern(positional []string) (string, error) {
	switch len(positional) {
	case 0:
		return "", nil
	case 1:
		return positional[0], nil
	}
	return "", fmt.Errorf("-l takes one pattern, not %d (quote a pattern with spaces or wildcards)", len(positional))
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

// parameters collects -D values, -p, positional arguments and the named
// options after --.
func parameters(defines []string, pid int, positional []string) (lang.Params, error) {
	p := lang.Params{Named: map[string]string{}, PID: pid}
	for _, a := range positional {
		// Only what follows -- can start with --: the flags before it
		// are ntrace's own. There, --name=value and --name are the
		// program's named options, which getopt() reads.
		name, ok := strings.CutPrefix(a, "--")
		if !ok || name == "" {
			p.Positional = append(p.Positional, a)
			continue
		}
		name, value, hasValue := strings.Cut(name, "=")
		p.Options = append(p.Options, lang.Option{Name: name, Value: value, Bare: !hasValue})
	}
	for _, d := range defines {
		name, value, ok := strings.Cut(d, "=")
		if !ok || name == "" {
			return p, fmt.Errorf("-D %s: want NAME=VALUE", d)
		}
		p.Named[name] = value
	}
	return p, nil
}

// namedOptions refuses named options after -- that no getopt() in the
// script takes, listing the ones it takes (which --help alone asks for).
func namedOptions(info *lang.Info, p lang.Params) error {
	unknown := lang.UnknownOptions(info, p)
	if len(unknown) == 0 {
		return nil
	}
	var b strings.Builder
	if len(unknown) > 1 || unknown[0] != "--help" {
		fmt.Fprintf(&b, "ntrace: unexpected program command line options: %s\n", strings.Join(unknown, " "))
	}
	list := info.GetoptList()
	if len(list) == 0 {
		b.WriteString("HINT: the program takes no named options: getopt() reads them\n")
		return exitError{code: exitUsage, msg: b.String()}
	}
	b.WriteString("HINT: expected program options:\n")
	for _, g := range list {
		fmt.Fprintf(&b, "  --%s", g.Name)
		if g.Help != "" {
			fmt.Fprintf(&b, ": %s", g.Help)
		}
		b.WriteString("\n")
	}
	return exitError{code: exitUsage, msg: b.String()}
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
