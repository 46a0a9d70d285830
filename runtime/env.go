package runtime

import (
	"bufio"
	"debug/elf"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/internal/binfile"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/lazybtf"
)

// TracingDir is where tracefs is expected.
const TracingDir = "/sys/kernel/tracing"

// KernelEnv answers the checker's questions from the running kernel:
// tracepoint formats from tracefs, types from /sys/kernel/btf/vmlinux (or a
// BTF file given with --btf). It caches what it reads.
type KernelEnv struct {
	// BTFPath is a BTF file to use instead of the running kernel's.
	BTFPath string
	// BTFCacheDir is where the index of the running kernel's BTF is kept
	// between runs (see lazybtf.OpenKernelCached); empty for none.
	BTFCacheDir string

	btfOnce   sync.Once
	btfLoaded atomic.Bool // btfOnce has run: spec and btfErr are set
	spec      *lazybtf.Spec
	btfErr    error

	tpOnce sync.Once
	tps    []string
	tpErr  error

	modOnce  sync.Once
	mods     []lang.KernelModule
	modErr   error
	modMu    sync.Mutex
	modSpecs map[string]*lazybtf.Spec

	// formats caches tracepoint formats by "group:name", each read once
	// (see PrefetchFormats).
	formats sync.Map // string -> *formatEntry

	stackOnce sync.Once
	maxStack  int // see MaxStackDepth
}

// formatEntry is one tracepoint's format, read once.
type formatEntry struct {
	once sync.Once
	f    *lang.TracepointFormat
	err  error
}

// PrefetchFormats starts reading the formats of the tracepoints named, on
// another thread, so that the checker finds them read: a caller that knows
// them from the script's text calls it while the parser is being built.
// A name that is not a tracepoint costs a failed read and nothing else;
// the checker reports what is wrong when it looks the name up itself.
func (e *KernelEnv) PrefetchFormats(names [][2]string) {
	if len(names) == 0 {
		return
	}
	go func() {
		for _, gn := range names {
			_, _ = e.format(gn[0], gn[1]) // kept for Check, which reports the errors
		}
	}()
}

// PrefetchRawTracepoints reads, on the calling goroutine, the BTF that
// checking the raw tracepoints named will read: each one's btf_trace_
// typedef and __probestub_ function (finding the first of each family of
// names is most of the cost: see lazybtf), and the members of the structs
// its arguments point to, which a probe on it mostly reads. What it reads
// stays decoded in the kernel's Spec, where the checker finds it; a name
// that is no raw tracepoint costs the lookups and nothing else, the
// checker reporting what is wrong when it looks the name up itself.
func (e *KernelEnv) PrefetchRawTracepoints(names []string) {
	if len(names) == 0 {
		return
	}
	spec, err := e.KernelSpec()
	if err != nil {
		return
	}
	for _, name := range names {
		args, err := lang.RawTracepointArgs(spec, name)
		if err != nil {
			continue
		}
		for _, f := range args.Fields {
			if f.Type.Kind == lang.Pointer && f.Type.Target != nil {
				_, _, _ = spec.Members(f.Type.Target)
			}
		}
	}
}

// KernelEnv is the Env of the running kernel, modules included, and of
// the programs on its file systems and running on it.
var (
	_ lang.ModuleEnv  = (*KernelEnv)(nil)
	_ lang.BinaryEnv  = (*KernelEnv)(nil)
	_ lang.ProcessEnv = (*KernelEnv)(nil)
)

// KernelBTFDir is where the kernel publishes its BTF and its modules'.
const KernelBTFDir = "/sys/kernel/btf"

// ModuleBTF implements lang.ModuleEnv: the BTF of every loaded module in
// KernelBTFDir, split on top of the kernel's, in name order. With BTFPath
// set there are no modules: the file stands for a kernel elsewhere.
func (e *KernelEnv) ModuleBTF() ([]lang.KernelModule, error) {
	e.modOnce.Do(func() {
		if e.BTFPath != "" {
			return
		}
		entries, err := os.ReadDir(KernelBTFDir)
		if err != nil {
			e.modErr = fmt.Errorf("listing module BTF: %w", err)
			return
		}
		for _, ent := range entries {
			if ent.Name() == "vmlinux" {
				continue
			}
			spec, err := e.ModuleSpec(ent.Name())
			if err != nil {
				continue // a module unloaded meanwhile, or odd BTF: not ours to fail on
			}
			e.mods = append(e.mods, lang.KernelModule{Name: ent.Name(), Types: spec})
		}
	})
	return e.mods, e.modErr
}

// ModuleSpec implements lang.ModuleEnv: one module's BTF, loaded once.
func (e *KernelEnv) ModuleSpec(module string) (lang.KernelTypes, error) {
	spec, err := e.moduleSpec(module)
	if err != nil {
		return nil, err // a nil interface, not a nil *lazybtf.Spec in one
	}
	return spec, nil
}

func (e *KernelEnv) moduleSpec(module string) (*lazybtf.Spec, error) {
	if e.BTFPath != "" {
		return nil, fmt.Errorf("no module BTF with --btf")
	}
	if strings.ContainsAny(module, "/") || module == "." || module == ".." {
		return nil, fmt.Errorf("bad module name %q", module)
	}
	e.modMu.Lock()
	defer e.modMu.Unlock()
	if spec, ok := e.modSpecs[module]; ok {
		return spec, nil
	}
	base, err := e.KernelSpec()
	if err != nil {
		return nil, err
	}
	spec, err := lazybtf.Open(filepath.Join(KernelBTFDir, module), base)
	if err != nil {
		return nil, fmt.Errorf("loading BTF of module %s: %w", module, err)
	}
	if e.modSpecs == nil {
		e.modSpecs = map[string]*lazybtf.Spec{}
	}
	e.modSpecs[module] = spec
	return spec, nil
}

// BTF implements lang.Env: the kernel's BTF, read lazily (see package
// lazybtf).
func (e *KernelEnv) BTF() (lang.KernelTypes, error) {
	spec, err := e.KernelSpec()
	if err != nil {
		return nil, err // a nil interface, not a nil *lazybtf.Spec in one
	}
	return spec, nil
}

// RunningKernelSpec is the running kernel's BTF, whatever BTFPath says.
func (e *KernelEnv) RunningKernelSpec() (*lazybtf.Spec, error) {
	if e.BTFPath == "" {
		return e.KernelSpec()
	}
	return lazybtf.OpenKernel()
}

// KernelSpec is BTF's reader itself, for the runtime's own lookups.
func (e *KernelEnv) KernelSpec() (*lazybtf.Spec, error) {
	e.btfOnce.Do(func() {
		defer e.btfLoaded.Store(true)
		if e.BTFPath != "" {
			e.spec, e.btfErr = lazybtf.Open(e.BTFPath, nil)
			if e.btfErr != nil {
				e.btfErr = fmt.Errorf("%w: loading BTF from %s: %v", lang.ErrNoBTF, e.BTFPath, e.btfErr)
			}
			return
		}
		e.spec, e.btfErr = lazybtf.OpenKernelCached(e.BTFCacheDir)
		if e.btfErr != nil {
			e.btfErr = fmt.Errorf("%w (this kernel has no /sys/kernel/btf/vmlinux: it needs CONFIG_DEBUG_INFO_BTF, or give a BTF file with --btf FILE): %v", lang.ErrNoBTF, e.btfErr)
		}
	})
	return e.spec, e.btfErr
}

// SaveBTFIndex writes the index of the kernel's BTF to BTFCacheDir when
// it was read without one (see lazybtf.Spec.SaveIndex): for after
// start-up, as it takes a millisecond or two, once per kernel build.
func (e *KernelEnv) SaveBTFIndex() error {
	if e.BTFPath != "" || e.BTFCacheDir == "" {
		return nil
	}
	if !e.btfLoaded.Load() || e.spec == nil {
		return nil // not loaded by now (or not loaded at all): nothing to save
	}
	return e.spec.SaveIndex()
}

// BTFIndexNote says, for -v, whether the kernel's BTF was read through
// its index in BTFCacheDir, or will have one saved there; empty when the
// BTF was not read or there is no cache.
func (e *KernelEnv) BTFIndexNote() string {
	if !e.btfLoaded.Load() || e.spec == nil {
		return ""
	}
	switch path, read := e.spec.IndexFile(); {
	case path == "":
		return ""
	case read:
		return "kernel BTF: its index read from " + path
	default:
		return "kernel BTF: read whole, its index to be saved in " + path
	}
}

// IndexFunctions makes the index of kernel functions by name in the
// kernel's BTF (see lazybtf.Spec.IndexFunctions), loading the BTF first;
// a failure is left for the lookups to report.
func (e *KernelEnv) IndexFunctions() {
	if spec, err := e.KernelSpec(); err == nil {
		spec.IndexFunctions()
	}
}

// TracepointFormat implements lang.Env.
func (e *KernelEnv) TracepointFormat(group, name string) (*lang.TracepointFormat, error) {
	return e.format(group, name)
}

// format returns a tracepoint's format, reading it the first time.
func (e *KernelEnv) format(group, name string) (*lang.TracepointFormat, error) {
	v, _ := e.formats.LoadOrStore(group+":"+name, &formatEntry{})
	fe := v.(*formatEntry)
	fe.once.Do(func() { fe.f, fe.err = readFormat(group, name) })
	return fe.f, fe.err
}

// readFormat reads and parses a tracepoint's format file.
func readFormat(group, name string) (*lang.TracepointFormat, error) {
	if err := EnsureTracefs(); err != nil {
		return nil, err
	}
	if strings.ContainsAny(group+name, "/.") {
		return nil, fmt.Errorf("bad tracepoint name %s:%s", group, name)
	}
	text, err := readSmallFile(filepath.Join(TracingDir, "events", group, name, "format"))
	if err != nil {
		return nil, err
	}
	f, err := lang.ParseTracepointFormat(group, name, string(text))
	if err == nil && f.ID > 0 {
		tracepointIDs.Store(group+":"+name, uint64(f.ID))
	}
	return f, err
}

// Tracepoints implements lang.Env.
func (e *KernelEnv) Tracepoints() ([]string, error) {
	e.tpOnce.Do(func() {
		if err := EnsureTracefs(); err != nil {
			e.tpErr = err
			return
		}
		f, err := os.Open(filepath.Join(TracingDir, "available_events"))
		if err != nil {
			e.tpErr = err
			return
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if line := strings.TrimSpace(sc.Text()); line != "" {
				e.tps = append(e.tps, line)
			}
		}
		e.tpErr = sc.Err()
	})
	return e.tps, e.tpErr
}

var tracefsMu sync.Mutex

// EnsureTracefs mounts tracefs at TracingDir when it is not mounted yet.
func EnsureTracefs() error {
	tracefsMu.Lock()
	defer tracefsMu.Unlock()
	_, err := os.Stat(filepath.Join(TracingDir, "events"))
	switch {
	case err == nil:
		return nil
	case errors.Is(err, os.ErrPermission):
		// Mounted, but its directory (mode 0700 by default) is root's.
		return &tracefsError{fmt.Sprintf("tracefs at %s is readable only by root (%v): tracepoints need root, or CAP_DAC_READ_SEARCH", TracingDir, unix.EACCES)}
	}
	if err := unix.Mount("nodev", TracingDir, "tracefs", 0, ""); err != nil {
		return &tracefsError{fmt.Sprintf("no tracefs: it is not mounted at %s and mounting it there failed (%v); tracepoints need it: mount it with 'mount -t tracefs nodev %s' as root",
			TracingDir, err, TracingDir)}
	}
	return nil
}

// MaxStackDepth implements lang.StackLimiter: the kernel's
// kernel.perf_event_max_stack, or 0 (no limit known) when compiling
// against a BTF file for another machine or when it cannot be read. It is
// read once per KernelEnv: the checker asks at every stack a script takes.
func (e *KernelEnv) MaxStackDepth() int {
	e.stackOnce.Do(func() {
		if e.BTFPath == "" {
			e.maxStack = readMaxStackDepth()
		}
	})
	return e.maxStack
}

// readMaxStackDepth reads kernel.perf_event_max_stack, 0 when it cannot.
func readMaxStackDepth() int {
	b, err := os.ReadFile("/proc/sys/kernel/perf_event_max_stack")
	if err != nil {
		return 0
	}
	n, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		return 0
	}
	return n
}

// FindBinary implements lang.BinaryEnv.
func (e *KernelEnv) FindBinary(name string) (string, error) { return binfile.Find(name) }

// OpenELF implements lang.BinaryEnv.
func (e *KernelEnv) OpenELF(path string) (*elf.File, error) { return binfile.Open(path) }

// FindLibrary implements lang.BinaryEnv.
func (e *KernelEnv) FindLibrary(name string, pid int) (string, error) {
	return binfile.FindLibrary(name, pid)
}

// MappedBinaries implements lang.ProcessEnv: the files a process has
// mapped executable, from /proc/PID/maps, each as the process sees it
// (through /proc/PID/root, so a process in a container has its own).
func (e *KernelEnv) MappedBinaries(pid int) ([]string, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/maps", pid))
	if err != nil {
		return nil, fmt.Errorf("reading process %d's mappings: %w", pid, err)
	}
	var out []string
	seen := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		// "start-end perms offset dev inode path"
		f := strings.Fields(line)
		if len(f) < 6 || !strings.Contains(f[1], "x") || !strings.HasPrefix(f[5], "/") {
			continue
		}
		p := fmt.Sprintf("/proc/%d/root%s", pid, strings.Join(f[5:], " "))
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out, nil
}

// CgroupID implements lang.CgroupResolver: cgroupid()'s value, looked up
// on this machine.
func (e *KernelEnv) CgroupID(path string) (uint64, error) { return CgroupID(path) }
