package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/ntrace/ntrace/internal/clispec"
	"github.com/ntrace/ntrace/internal/recipes"
)

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
	list       bool
	missing    string
	noFentry   bool
	help       bool
	version    bool
	dryRun     bool
	unsafe     bool
	noWarnings bool
	// probeFilter is --probe-filter: only probes whose name matches it
	// are loaded and attached (BEGIN and END always are).
	probeFilter string
	metrics     string
	// includes are --include's headers and -I's directories: accepted
	// and ignored, as a script's #include lines are (types come from
	// BTF, constants from ntrace's table).
	includes multiFlag
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// mainFlags is the one table of ntrace's flags, each bound to its field
// of o: the flag set parses them, and --help, the man page and the shell
// completions are written from it.
func mainFlags(o *options) []clispec.Flag {
	return []clispec.Flag{
		{Name: "e", Arg: "PROGRAM", Value: &o.program,
			Help: "run PROGRAM given on the command line"},
		{Name: "D", Arg: "NAME=VALUE", Value: &o.defines, Complete: clispec.CompleteParam,
			Help: "set the script parameter NAME to VALUE (repeatable)"},
		{Name: "p", Arg: "PID", Value: &o.pid, Complete: clispec.CompletePID,
			Help: "trace only PID (sets ${PID} too); the run ends when it exits"},
		{Name: "c", Alias: "cmd", Arg: "CMD", Value: &o.command, Complete: clispec.CompleteCommand,
			Help: "run CMD, trace while it runs, stop when it exits; it is started held, its pid (cpid) known to the script, and runs once the probes are attached"},
		{Name: "o", Arg: "FILE", Value: &o.output, Complete: clispec.CompleteFile,
			Help: "write output to FILE"},
		{Name: "f", Arg: "FORMAT", Value: &o.format, Default: "text", Values: []string{"text", "text-0.17", "json", "folded"}, Complete: clispec.CompleteValues,
			Help: "output format: text (as today's bpftrace), text-0.17 (as bpftrace 0.17 where the two differ: stats, pointers, histogram headers), json, or folded (maps keyed by stacks as folded stacks, the lines flame graph tools read)"},
		{Name: "v", Value: &o.verbose,
			Help: "say how each probe was attached, program sizes and start-up times"},
		{Name: "q", Value: &o.quiet,
			Help: "quiet: do not say how many probes were attached"},
		{Name: "l", Arg: "[PATTERN]", Value: &o.list, Complete: clispec.CompleteProbe,
			Help: "list the probes matching PATTERN, or every probe (with -v, their arguments; with -p, the usdt probes of what that process has mapped)"},
		{Name: "d", Arg: "STAGE", Value: &o.dump, Values: []string{"ast", "types", "asm", "verifier"}, Complete: clispec.CompleteValues,
			Help: "dump a stage: ast, types, asm, or verifier (its log when it rejects a program)"},
		{Name: "flamegraph", Arg: "FILE", Value: &o.flameGraph, Complete: clispec.CompleteFile,
			Help: "when the run ends, draw the maps keyed by stacks as a flame graph in FILE (an SVG)"},
		{Name: "btf", Arg: "FILE", Value: &o.btfPath, Complete: clispec.CompleteFile,
			Help: "use kernel types from BTF FILE instead of the running kernel's"},
		{Name: "buffer-size", Arg: "BYTES", Value: &o.bufferSize,
			Help: "event buffer size: the ring buffer's, a power of two (default 1 MiB); with --perf-buffer, each CPU's perf buffer's, rounded up to a power of two number of pages (default 256 KiB)"},
		{Name: "perf-buffer", Value: &o.perfBuffer,
			Help: "send events through per-CPU perf buffers instead of a BPF ring buffer (the default on kernels without ring buffers, before 5.8)"},
		{Name: "map-size", Arg: "N", Value: &o.mapSize, Default: "4096",
			Help: "the most keys each @map holds; updates past it are dropped and counted in a warning"},
		{Name: "missing", Arg: "ACTION", Value: &o.missing, Default: "error", Values: []string{"error", "warn"}, Complete: clispec.CompleteValues,
			Help: "a probe that cannot be attached is an error, or a warning (warn)"},
		{Name: "dry-run", Value: &o.dryRun,
			Help: "load and attach every probe, then detach them and exit 0: the proof that a script works on this kernel (BEGIN and END do not run, -c's command never runs)"},
		{Name: "unsafe", Value: &o.unsafe,
			Help: "allow system(), which runs a command on this host from the script, and signal(), which signals the traced process"},
		{Name: "no-warnings", Value: &o.noWarnings,
			Help: "print no warnings: neither the script's nor the run's (lost events, full maps)"},
		{Name: "probe-filter", Arg: "REGEX", Value: &o.probeFilter,
			Help: "load and attach only the probes whose name (such as interval:ms:200, tracepoint:syscalls:sys_enter_read) REGEX matches; BEGIN and END always run"},
		{Name: "no-fentry", Value: &o.noFentry,
			Help: "run kprobe: and kretprobe: as kprobes even where fentry and fexit would work"},
		{Name: "include", Arg: "FILE", Value: &o.includes, Complete: clispec.CompleteFile,
			Help: "accepted and ignored, as #include lines are: kernel types come from BTF, header constants from ntrace's table (repeatable)"},
		{Name: "I", Arg: "DIR", Value: &o.includes, Complete: clispec.CompleteFile,
			Help: "accepted and ignored, as --include is (repeatable)"},
		{Name: "metrics", Arg: "ADDR", Value: &o.metrics,
			Help: "serve the maps as Prometheus metrics on ADDR (such as :9464) at /metrics while tracing"},
		{Name: "help", Alias: "h", Value: &o.help,
			Help: "print this help; after a script or recipe, what it does and the parameters it takes"},
		{Name: "version", Value: &o.version,
			Help: "print ntrace's version and commit, and the Go and cilium/ebpf versions it was built with"},
	}
}

// cliSpec is ntrace's command line, for --help, the man page and the
// shell completions.
func cliSpec() *clispec.Spec {
	return &clispec.Spec{
		Name: "ntrace",
		Synopsis: []string{
			"[options] SCRIPT.nt|RECIPE [ARG...]",
			"[options] -e 'PROGRAM' [ARG...]",
			"-l [PATTERN]",
			"check [--btf FILE] [-D NAME=VALUE] SCRIPT.nt",
			"recipes [list | show NAME | install FILE|URL]",
			"info",
			"completion bash|zsh|fish",
		},
		Flags: mainFlags(&options{}),
		Commands: []clispec.Command{
			{Name: "check", Args: "[options] SCRIPT.nt|RECIPE", Complete: clispec.CompleteRecipe, Flags: mainFlags(&options{}),
				Help: "compile a script without loading it: no root needed, and with --btf FILE no kernel either"},
			{Name: "info",
				Help: "what this kernel offers: its release, BTF, tracefs, and which ways of tracing work here, each tried by loading and attaching a program"},
			{Name: "recipes", Args: "[list | show NAME | install FILE|URL]",
				Help: "list the recipes, show one, or install one",
				Commands: []clispec.Command{
					{Name: "list",
						Help: "list every recipe on the search path and the bundled ones, with where each comes from and what it does (the default)"},
					{Name: "show", Args: "NAME", Complete: clispec.CompleteRecipeName,
						Help: "print the source of the recipe that \"ntrace NAME\" runs, to copy and adapt"},
					{Name: "install", Args: "[options] FILE|URL", Complete: clispec.CompleteFile, Flags: installFlags(&installOptions{}),
						Help: "check that a script compiles on this kernel, then install it as a recipe in your own directory (" + userRecipeDirHelp + "), or with --system in " + recipes.SystemDir + "; a URL must be https"},
				}},
			{Name: "completion", Args: "bash|zsh|fish", Complete: clispec.CompleteValues, Values: []string{"bash", "zsh", "fish"},
				Help: "print the completion script for that shell: source <(ntrace completion bash)"},
		},
		Complete: clispec.CompleteRecipe,
		Callback: completeCommand,
		Man:      manPage(),
	}
}

// userRecipeDirHelp is how help names the user's recipe directory.
const userRecipeDirHelp = "$XDG_CONFIG_HOME/ntrace/recipes, by default ~/.config/ntrace/recipes"

// isCommand reports whether "ntrace NAME" is a command rather than a
// script or a recipe.
func isCommand(name string) bool {
	switch name {
	case commandKeeperArg, completeCommand, manPageCommand:
		return true
	}
	return cliSpec().Command(name) != nil
}

// writeCommandUsage writes the usage of the command at path.
func writeCommandUsage(w io.Writer, path ...string) {
	cliSpec().WriteCommandUsage(w, path...)
}

// newFlagSet makes the flag set of ntrace's flags, bound to o; on a bad
// flag it prints the usage to stderr. (-h and --help are a flag like the
// others: the caller prints the usage to stdout when asked.)
func newFlagSet(o *options, stderr io.Writer) *flag.FlagSet {
	return flagSetOf("ntrace", mainFlags(o), stderr, writeUsage)
}

// flagSetOf makes a flag set of flags; on a bad flag it prints usage to
// stderr.
func flagSetOf(name string, flags []clispec.Flag, stderr io.Writer, usage func(io.Writer)) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := clispec.Register(fs, flags); err != nil {
		panic(err) // the table itself is wrong: a test catches it
	}
	fs.Usage = func() { usage(stderr) }
	return fs
}

// writeUsage writes ntrace's usage: synopsis, commands, flags and exit
// statuses.
func writeUsage(w io.Writer) {
	cliSpec().WriteUsage(w)
	fmt.Fprint(w, exitStatusHelp)
}
