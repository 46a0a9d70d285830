package main

import (
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/ntrace/ntrace/internal/prefault"
	"github.com/ntrace/ntrace/internal/recipes"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime"
	"github.com/ntrace/ntrace/scripts"
)

// startup is the work that makes the path to the first event short: what
// needs no script starts at once (startUp), what needs only the script's
// text and the flags starts before the script is parsed (overlap), so
// that it runs beside the parser and the checker instead of after them.
type startup struct {
	clock     *stageClock // for -v; the process's own start-up comes before this
	gcPercent int         // the GC setting to go back to once attached
}

// startUp starts what needs nothing: the collector slowed down.
func startUp() *startup {
	st := &startup{clock: newStageClock()}
	// Most of what start-up allocates dies young (parse trees, BTF
	// decoding); collecting a quarter as often until the probes are
	// attached cut a fifth of the CPU time of a BTF-typed run.
	st.gcPercent = debug.SetGCPercent(400)
	return st
}

// attached ends the start-up: the collector back to its setting.
func (st *startup) attached() { debug.SetGCPercent(st.gcPercent) }

// kernelEnv is the running kernel's Env for the script about to be read,
// which starts loading kernel BTF at once when the arguments alone tell
// that the script will read it: -e's program, or the bundled recipe of
// the name given, which a file or a user's recipe of that name would
// replace (the guess is then wrong, which costs time, never correctness).
// Reading a recipe, through the directories of the search path, takes
// 0.2-0.5 ms, which the load overlaps rather than follows.
func (st *startup) kernelEnv(o *options, positional []string) *runtime.KernelEnv {
	env := &runtime.KernelEnv{BTFPath: o.btfPath, BTFCacheDir: btfCacheDir(os.Getenv, os.Geteuid())}
	guess := o.program
	if guess == "" && len(positional) > 0 {
		guess, _ = scripts.Lookup(strings.TrimSuffix(positional[0], recipes.Ext))
	}
	if lang.MayNeedBTF(guess) {
		go func() { _, _ = env.BTF() }() // an error is the checker's to report
	}
	return env
}

// early is what overlap started for one script.
type early struct {
	env  *runtime.KernelEnv
	ring *runtime.EventRing // nil with --perf-buffer, or for a script that sends no events
	cmd  *command           // -c's command, held; nil without -c
}

// overlap starts, for a script about to be parsed, what it will need:
// kernel BTF and what the checker will ask of it (askKernel), the heap
// faulted in when the script reads kernel BTF, the once-per-process work
// of loading its first program (runtime.Warm), the event ring buffer
// (which also tells whether the kernel has ring buffers), the formats of
// the tracepoints it names, and -c's command, started held so that its
// pid (cpid) is known to the checker and the probes are attached before
// it runs.
func (st *startup) overlap(o *options, env *runtime.KernelEnv, src string, stdout, stderr io.Writer) (*early, error) {
	e := &early{env: env}
	needBTF := lang.MayNeedBTF(src)
	if needBTF || lang.MayHookKernelFunctions(src) {
		// First, so that it is the first goroutine the other CPU takes
		// up: the checker's first question waits for it, while the
		// rest below is needed only from compiling on. Started after
		// them it began 1-2.5 ms late, behind the heap's populating
		// and runtime.Warm's program load.
		go askKernel(e.env, o, src)
	}
	if needBTF {
		// Decoding kernel BTF allocates a few MB before the first event;
		// fault those pages in at once rather than one by one (see
		// package prefault), on a thread of its own: populating 2 MiB
		// takes the kernel about a millisecond of CPU, which the main
		// goroutine need not wait for. A script that reads no BTF
		// touches a few dozen fresh heap pages (one probe with
		// BEGIN { exit(); }: 564 faults without, 542 with), too few to
		// pay for populating 512.
		go prefault.Heap(2 << 20)
	}
	runtime.Warm(lang.MayLoadKprobeType(src), lang.MayRunOnce(src))
	if !o.perfBuffer && lang.MaySendEvents(src) {
		e.ring = runtime.StartEventRing(uint32(o.bufferSize))
	}
	e.env.PrefetchFormats(lang.TracepointsNamed(src))
	if o.command != "" {
		c, err := startCommand(o.command, stdout, stderr)
		if err != nil {
			e.close()
			return nil, err
		}
		e.cmd = c
	}
	return e, nil
}

// ringSupported reports whether the kernel has BPF ring buffers: from
// 5.8 on the release says so, and the ring made ahead is left to be
// made while the run gets ready to load (loading waits for it); on older
// kernels the ring made ahead tells, once made; without one, the kernel
// is asked.
func (e *early) ringSupported() bool {
	if runtime.RingBufferByRelease() {
		return true
	}
	if e.ring != nil {
		return e.ring.Supported()
	}
	return runtime.HaveRingBuffer()
}

// commandPID is -c's command's process, 0 without -c or when it could
// not be started (commandFailed says why); it waits for the keeper's
// report, so the checker calls it only for a script that names cpid or
// traces -c's process (see lang.Params.CommandPID).
func (e *early) commandPID() int {
	pid, _ := e.cmd.started()
	return pid
}

// commandFailed is err, or, when -c's command could not be started, why:
// that comes first, as when it was waited for before the script was
// parsed (an error in the script may follow from a missing cpid).
func (e *early) commandFailed(err error) error {
	if err == nil {
		return nil
	}
	if cerr := e.commandStarted(); cerr != nil {
		return cerr
	}
	return err
}

// commandStarted waits for -c's command to be held, ready to run, and
// says why it is not.
func (e *early) commandStarted() error {
	if _, err := e.cmd.started(); err != nil {
		return exitError{code: exitFailed, msg: "ntrace: " + err.Error() + "\n"}
	}
	return nil
}

// close releases what overlap made; -c's command, if it was never let
// run, never runs.
func (e *early) close() {
	e.cmd.stop()
	e.ring.Close()
}

// askKernel asks the running kernel, beside the parser, what checking src
// will ask it, in the order the checker asks: its BTF, loaded (the
// checker waits for it, and reports what went wrong); how the kernel lets
// probes on functions attach (the checker asks it first, of an either's
// alternatives, and the compiler of every probe on a function), which
// makes the index of BTF's functions; that index, for a script that will
// look functions up; and the BTF of the raw tracepoints the text names.
// Each answer is cached where the checker finds it, so what the guesses
// from the text get wrong costs time, never correctness.
func askKernel(env *runtime.KernelEnv, o *options, src string) {
	_, _ = env.BTF() // an error is the checker's to report
	if lang.MayHookKernelFunctions(src) && o.btfPath == "" {
		_ = detectFeatures(env, o.noFentry)
	}
	if mayHaveWildcardUprobe(src) {
		_ = runtime.HaveUprobeMulti() // kernelFeatures asks
	}
	if lang.MayLookUpFunctions(src) {
		env.IndexFunctions()
	}
	env.PrefetchRawTracepoints(lang.RawTracepointsNamed(src))
}

// mayHaveWildcardUprobe guesses from a script's text whether it has a
// wildcard uprobe or uretprobe, whose compiling asks whether the kernel
// has uprobe_multi links: a wildcard and a uprobe's name or alias.
func mayHaveWildcardUprobe(src string) bool {
	return strings.Contains(src, "*") && (strings.Contains(src, "uprobe:") || strings.Contains(src, "uretprobe:") || strings.Contains(src, "u:") || strings.Contains(src, "ur:"))
}

// btfCacheEnv names the directory where the index of the kernel's BTF is
// kept between runs, or "off" for none.
const btfCacheEnv = "NTRACE_BTF_CACHE"

// systemCacheDir is root's BTF cache: root's HOME may be a user's, under
// sudo, and no user's directory is root's to write in.
const systemCacheDir = "/var/cache/ntrace"

// btfCacheDir is where the index of the running kernel's BTF is kept
// (runtime.KernelEnv.BTFCacheDir): NTRACE_BTF_CACHE, an absolute path,
// else /var/cache/ntrace for root and the user's cache directory
// ($XDG_CACHE_HOME or ~/.cache, then ntrace) for anyone else; empty (no
// cache) for "off", a relative path, or no home.
func btfCacheDir(getenv func(string) string, euid int) string {
	switch dir := getenv(btfCacheEnv); {
	case dir == "off":
		return ""
	case dir != "":
		if !filepath.IsAbs(dir) {
			return ""
		}
		return dir
	}
	if euid == 0 {
		return systemCacheDir
	}
	if dir := getenv("XDG_CACHE_HOME"); filepath.IsAbs(dir) {
		return filepath.Join(dir, "ntrace")
	}
	if home := getenv("HOME"); filepath.IsAbs(home) {
		return filepath.Join(home, ".cache", "ntrace")
	}
	return ""
}
