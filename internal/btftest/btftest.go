// Package btftest gives tests the vmlinux BTF of the kernels ntrace is built and
// tested on, so that code which resolves kernel types (the checker, codegen) can be
// tested hermetically: no /sys, no root, the same answer on every machine.
//
// The blobs are raw .BTF sections, gzipped, embedded from testdata/:
//
//	linux-6.1.btf.gz   Debian bookworm linux-image-cloud-amd64 (6.1.0-57)
//	linux-6.12.btf.gz  Debian bookworm linux-image-6.12-cloud-amd64 (6.12.118)
//	linux-6.18.btf.gz  /sys/kernel/btf/vmlinux of the development host (6.18)
//	linux-6.1-nf_tables.btf.gz, linux-6.12-nf_tables.btf.gz
//	                   the nf_tables module's BTF from the same packages:
//	                   split BTF on top of that kernel's
//
// vm/extract-btf.sh regenerates them. The three kernels lay out several structs
// differently (see btftest_test.go for the facts the package pins down), which is
// what makes them useful: a test that passes against all three resolves offsets
// from BTF rather than hard-coding them.
package btftest

import (
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/ntrace/ntrace/lazybtf"
)

//go:embed testdata/*.btf.gz
var blobs embed.FS

// kernels lists the available kernels, oldest first.
var kernels = []string{"6.1", "6.12", "6.18"}

// entry caches one kernel's decompressed blob and parsed specs.
type entry struct {
	once sync.Once
	raw  []byte
	err  error

	specOnce sync.Once
	spec     *btf.Spec
	specErr  error

	lazyOnce sync.Once
	lazy     *lazybtf.Spec
	lazyErr  error
}

var cache = func() map[string]*entry {
	m := make(map[string]*entry, len(kernels))
	for _, k := range kernels {
		m[k] = new(entry)
	}
	return m
}()

// Kernels returns the kernel versions Load accepts, oldest first
// ("6.1", "6.12", "6.18"). The slice is a fresh copy.
func Kernels() []string {
	return append([]string(nil), kernels...)
}

// load decompresses the blob for kernel once per process.
func load(kernel string) (*entry, error) {
	e, ok := cache[kernel]
	if !ok {
		return nil, fmt.Errorf("btftest: unknown kernel %q (have %v)", kernel, kernels)
	}
	e.once.Do(func() { e.raw, e.err = readBlob(kernel) })
	return e, e.err
}

func readBlob(kernel string) ([]byte, error) {
	return readFile("testdata/linux-" + kernel + ".btf.gz")
}

// readFile decompresses one of the embedded blobs.
func readFile(name string) ([]byte, error) {
	f, err := blobs.Open(name)
	if err != nil {
		return nil, fmt.Errorf("btftest: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("btftest: %s: %w", name, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("btftest: decompress %s: %w", name, err)
	}
	return raw, nil
}

// Load returns the vmlinux BTF of kernel ("6.1", "6.12" or "6.18") decoded by
// cilium/ebpf, failing tb if the kernel is unknown or its blob does not parse.
// The spec is parsed once per process and shared by every caller: it is safe for concurrent lookups, but a
// caller that modifies the spec or the types it returns must work on
// spec.Copy() instead.
func Load(tb testing.TB, kernel string) *btf.Spec {
	tb.Helper()
	e, err := load(kernel)
	if err != nil {
		tb.Fatal(err)
	}
	e.specOnce.Do(func() {
		e.spec, e.specErr = btf.LoadSpecFromReader(bytes.NewReader(e.raw))
		if e.specErr != nil {
			e.specErr = fmt.Errorf("btftest: parse BTF of %s: %w", kernel, e.specErr)
		}
	})
	if e.specErr != nil {
		tb.Fatal(e.specErr)
	}
	return e.spec
}

// Lazy returns the vmlinux BTF of kernel read as ntrace reads a kernel's
// (package lazybtf), shared by every caller as Load's is.
func Lazy(tb testing.TB, kernel string) *lazybtf.Spec {
	tb.Helper()
	e, err := load(kernel)
	if err != nil {
		tb.Fatal(err)
	}
	e.lazyOnce.Do(func() { e.lazy, e.lazyErr = lazybtf.Load(e.raw, nil) })
	if e.lazyErr != nil {
		tb.Fatal(e.lazyErr)
	}
	return e.lazy
}

// modules lists the kernel modules whose BTF is kept, by kernel.
var modules = map[string][]string{"6.1": {"nf_tables"}, "6.12": {"nf_tables"}}

// Modules returns the modules whose BTF Module has for kernel.
func Modules(kernel string) []string {
	return append([]string(nil), modules[kernel]...)
}

// Module returns module's raw BTF on kernel: split BTF whose base is
// Raw(tb, kernel). Each call decompresses it afresh.
func Module(tb testing.TB, kernel, module string) []byte {
	tb.Helper()
	raw, err := readFile("testdata/linux-" + kernel + "-" + module + ".btf.gz")
	if err != nil {
		tb.Fatal(err)
	}
	return raw
}

// moduleSpecs caches the modules' specs by "kernel/module/lazy|full".
var moduleSpecs sync.Map

type moduleEntry struct {
	once sync.Once
	spec any
	err  error
}

func moduleSpec(tb testing.TB, kernel, module, how string, parse func(raw []byte) (any, error)) any {
	tb.Helper()
	v, _ := moduleSpecs.LoadOrStore(kernel+"/"+module+"/"+how, new(moduleEntry))
	e := v.(*moduleEntry)
	e.once.Do(func() {
		var raw []byte
		if raw, e.err = readFile("testdata/linux-" + kernel + "-" + module + ".btf.gz"); e.err == nil {
			e.spec, e.err = parse(raw)
		}
	})
	if e.err != nil {
		tb.Fatalf("btftest: module %s of %s: %v", module, kernel, e.err)
	}
	return e.spec
}

// LoadModule returns module's BTF on kernel decoded by cilium/ebpf, split
// on Load(tb, kernel); shared as Load's spec is.
func LoadModule(tb testing.TB, kernel, module string) *btf.Spec {
	tb.Helper()
	base := Load(tb, kernel)
	return moduleSpec(tb, kernel, module, "full", func(raw []byte) (any, error) {
		return btf.LoadSplitSpecFromReader(bytes.NewReader(raw), base)
	}).(*btf.Spec)
}

// LazyModule returns module's BTF on kernel read by lazybtf, split on
// Lazy(tb, kernel); shared as Lazy's spec is.
func LazyModule(tb testing.TB, kernel, module string) *lazybtf.Spec {
	tb.Helper()
	base := Lazy(tb, kernel)
	return moduleSpec(tb, kernel, module, "lazy", func(raw []byte) (any, error) {
		return lazybtf.Load(raw, base)
	}).(*lazybtf.Spec)
}

// Raw returns kernel's raw (uncompressed) BTF blob, shared by every
// caller: it must not be modified.
func Raw(tb testing.TB, kernel string) []byte {
	tb.Helper()
	e, err := load(kernel)
	if err != nil {
		tb.Fatal(err)
	}
	return e.raw
}

// WriteFile writes kernel's raw (uncompressed) BTF blob to a file in tb.TempDir()
// and returns its path, for code under test that takes a BTF file name (as
// `ntrace check --btf FILE` does).
func WriteFile(tb testing.TB, kernel string) string {
	tb.Helper()
	e, err := load(kernel)
	if err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(tb.TempDir(), "linux-"+kernel+".btf")
	if err := os.WriteFile(path, e.raw, 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}
