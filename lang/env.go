package lang

import (
	"debug/elf"
	"errors"
)

// Env is what the checker needs to know about the kernel a script will run
// on. The runtime implements it over tracefs and /sys/kernel/btf; tests
// implement it over files. What some probe kinds need beyond it, an Env
// offers through the optional interfaces below; the checker asks for them
// with a type assertion and says what is missing when an Env lacks one.
type Env interface {
	// TracepointFormat returns the record layout of a tracepoint.
	TracepointFormat(group, name string) (*TracepointFormat, error)
	// Tracepoints lists every tracepoint as "group:name".
	Tracepoints() ([]string, error)
	// BTF returns the kernel's type information.
	BTF() (KernelTypes, error)
	// KernelSymbol returns the address of a kernel symbol (kallsyms).
	KernelSymbol(name string) (uint64, error)
}

// ErrNoBTF is returned by an Env that has no kernel BTF to offer. A check
// that failed for want of BTF has it in its error's chain (errors.Is).
var ErrNoBTF = errors.New("no kernel BTF available")

// EnvironmentError is implemented by an Env's errors about the machine
// rather than the script, such as tracefs being unavailable: the checker
// reports one at the first attach point it stops, not at every one.
type EnvironmentError interface {
	error
	Environment()
}

// FunctionLister is an Env that lists the kernel functions that can be
// traced (the kernel's available_filter_functions). Wildcard kprobes
// match against it; an Env without it has them match the functions in
// kernel BTF instead.
type FunctionLister interface {
	KernelFunctions() ([]string, error)
}

// KernelModule is the BTF of one loaded kernel module: split BTF whose
// base is the kernel's own.
type KernelModule struct {
	Name  string
	Types KernelTypes
}

// ModuleEnv is an Env that can also search loaded kernel modules' BTF,
// for the types and functions of code built as modules (nf_tables on
// Debian's kernels, for instance), which vmlinux's BTF does not have.
type ModuleEnv interface {
	Env
	// ModuleBTF returns the BTF of the loaded modules that have it.
	ModuleBTF() ([]KernelModule, error)
	// ModuleSpec returns one loaded module's BTF.
	ModuleSpec(module string) (KernelTypes, error)
	// SymbolModule returns the module a kernel symbol belongs to, ""
	// for the kernel itself (kallsyms says).
	SymbolModule(name string) (string, error)
}

// StackLimiter is an Env that knows the deepest stack the kernel records
// (sysctl kernel.perf_event_max_stack). An Env without it allows
// MaxStackDepth.
type StackLimiter interface {
	MaxStackDepth() int
}

// BinaryEnv is an Env that reads the files of user-space programs:
// uprobe, uretprobe and usdt probes find their binary and read its ELF
// symbols and notes through it, so the checker itself never opens a
// file. An Env without it refuses those probes.
type BinaryEnv interface {
	// FindBinary resolves the binary a probe names: a path as it is, a
	// name without a slash as a shell would find it ($PATH).
	FindBinary(name string) (string, error)
	// OpenELF opens a binary's ELF file; the caller closes it.
	OpenELF(path string) (*elf.File, error)
	// FindLibrary resolves a library a probe names without a path
	// (libc, libssl.so.3) as the dynamic linker would; pid, when not 0,
	// is the traced process, whose own mapping of it comes first.
	FindLibrary(name string, pid int) (string, error)
}

// ProcessEnv is an Env that can say which binaries a running process
// has mapped: usdt probes named without a binary, under -p, look for
// their notes in each of them.
type ProcessEnv interface {
	MappedBinaries(pid int) ([]string, error)
}
