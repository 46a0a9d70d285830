// Package testenv gives tests a lang.Env that needs no kernel: tracepoint
// formats copied from a 6.18 kernel's tracefs into testdata, and kernel BTF
// from internal/btftest.
package testenv

import (
	"debug/elf"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/ntrace/ntrace/internal/binfile"
	"github.com/ntrace/ntrace/internal/btftest"
	"github.com/ntrace/ntrace/lang"
)

// Env is a lang.Env over files. Kernel names the BTF to use ("6.18", …);
// empty means no BTF. The BTF is read as ntrace reads a kernel's (package
// lazybtf), or with FullBTF decoded whole by cilium/ebpf: the reference
// the lazy reader is held to.
type Env struct {
	TB      testing.TB
	Kernel  string
	FullBTF bool
	// Modules makes the modules whose BTF internal/btftest keeps for
	// Kernel loaded (nf_tables on 6.1 and 6.12); without it, none are.
	Modules bool
}

// Env is a lang.ModuleEnv.
var _ lang.ModuleEnv = Env{}

// ModuleBTF implements lang.ModuleEnv.
func (e Env) ModuleBTF() ([]lang.KernelModule, error) {
	out := []lang.KernelModule{}
	if !e.Modules {
		return out, nil
	}
	for _, m := range btftest.Modules(e.Kernel) {
		kt, err := e.ModuleSpec(m)
		if err != nil {
			return nil, err
		}
		out = append(out, lang.KernelModule{Name: m, Types: kt})
	}
	return out, nil
}

// ModuleSpec implements lang.ModuleEnv.
func (e Env) ModuleSpec(module string) (lang.KernelTypes, error) {
	if !e.Modules || !slices.Contains(btftest.Modules(e.Kernel), module) {
		return nil, fmt.Errorf("no module %s loaded", module)
	}
	if e.FullBTF {
		return FullTypes(btftest.LoadModule(e.TB, e.Kernel, module)), nil
	}
	return btftest.LazyModule(e.TB, e.Kernel, module), nil
}

// SymbolModule implements lang.ModuleEnv, standing for kallsyms: a
// function of a loaded module is that module's.
func (e Env) SymbolModule(name string) (string, error) {
	mods, err := e.ModuleBTF()
	if err != nil {
		return "", err
	}
	for _, m := range mods {
		if _, err := m.Types.FuncByName(name); err == nil {
			return m.Name, nil
		}
	}
	return "", nil
}

// dir is testdata/tracepoints next to this file, wherever the test runs.
func dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "testdata", "tracepoints")
}

// TracepointFormat implements lang.Env.
func (e Env) TracepointFormat(group, name string) (*lang.TracepointFormat, error) {
	text, err := os.ReadFile(filepath.Join(dir(), group, name, "format"))
	if err != nil {
		return nil, fs.ErrNotExist
	}
	return lang.ParseTracepointFormat(group, name, string(text))
}

// Tracepoints implements lang.Env.
func (e Env) Tracepoints() ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir(), func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.Name() == "format" {
			parts := strings.Split(filepath.ToSlash(path), "/")
			out = append(out, parts[len(parts)-3]+":"+parts[len(parts)-2])
		}
		return err
	})
	sort.Strings(out)
	return out, err
}

// BTF implements lang.Env.
func (e Env) BTF() (lang.KernelTypes, error) {
	if e.Kernel == "" {
		return nil, lang.ErrNoBTF
	}
	if e.FullBTF {
		return FullTypes(btftest.Load(e.TB, e.Kernel)), nil
	}
	return btftest.Lazy(e.TB, e.Kernel), nil
}

// Symbols are the kernel symbols KernelSymbol knows, with made-up
// addresses. ntrace_nobtf_func stands for a function kallsyms has and BTF
// lacks.
var Symbols = map[string]uint64{
	"socket_file_ops":   0xffffffff82a3c4c0,
	"ntrace_nobtf_func": 0xffffffff81234560,
}

// KernelFunctions implements lang.FunctionLister: the functions in the
// kernel's BTF, standing for available_filter_functions.
func (e Env) KernelFunctions() ([]string, error) {
	kt, err := e.BTF()
	if err != nil {
		return nil, err
	}
	return kt.FuncNames()
}

// KernelSymbol implements lang.Env.
func (e Env) KernelSymbol(name string) (uint64, error) {
	if a, ok := Symbols[name]; ok {
		return a, nil
	}
	return 0, fmt.Errorf("no kernel symbol %s", name)
}

// FindBinary implements lang.BinaryEnv: user-space binaries are read from
// the file system, as the runtime reads them.
func (e Env) FindBinary(name string) (string, error) { return binfile.Find(name) }

// OpenELF implements lang.BinaryEnv.
func (e Env) OpenELF(path string) (*elf.File, error) { return binfile.Open(path) }

// FindLibrary implements lang.BinaryEnv.
func (e Env) FindLibrary(name string, pid int) (string, error) { return binfile.FindLibrary(name, pid) }
