// Package testenv gives tests a lang.Env that needs no kernel: tracepoint
// formats copied from a 6.18 kernel's tracefs into testdata, and kernel BTF
// from internal/btftest.
package testenv

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/cilium/ebpf/btf"

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
// addresses.
var Symbols = map[string]uint64{
	"socket_file_ops": 0xffffffff82a3c4c0,
}

// KernelSymbol implements lang.Env.
func (e Env) KernelSymbol(name string) (uint64, error) {
	if a, ok := Symbols[name]; ok {
		return a, nil
	}
	return 0, fmt.Errorf("no kernel symbol %s", name)
}
