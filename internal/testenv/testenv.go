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
	"sort"
	"strings"
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/ntrace/ntrace/internal/binfile"
	"github.com/ntrace/ntrace/internal/btftest"
	"github.com/ntrace/ntrace/lang"
)

// Env is a lang.Env over files. Kernel names the BTF to use ("6.18", …);
// empty means no BTF.
type Env struct {
	TB     testing.TB
	Kernel string
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
func (e Env) BTF() (*btf.Spec, error) {
	if e.Kernel == "" {
		return nil, lang.ErrNoBTF
	}
	return btftest.Load(e.TB, e.Kernel), nil
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
	spec, err := e.BTF()
	if err != nil {
		return nil, err
	}
	var out []string
	for t, err := range spec.All() {
		if err != nil {
			return nil, err
		}
		if fn, ok := t.(*btf.Func); ok {
			out = append(out, fn.Name)
		}
	}
	return out, nil
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
