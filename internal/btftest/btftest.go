// Package btftest gives tests the vmlinux BTF of the kernels ntrace is built and
// tested on, so that code which resolves kernel types (the checker, codegen) can be
// tested hermetically: no /sys, no root, the same answer on every machine.
//
// The blobs are raw .BTF sections, gzipped, embedded from testdata/:
//
//	linux-6.1.btf.gz   Debian bookworm linux-image-cloud-amd64 (6.1)
//	linux-6.12.btf.gz  Debian bookworm linux-image-6.12-cloud-amd64
//	linux-6.18.btf.gz  /sys/kernel/btf/vmlinux of the development host (6.18)
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
)

//go:embed testdata/*.btf.gz
var blobs embed.FS

// kernels lists the available kernels, oldest first.
var kernels = []string{"6.1", "6.12", "6.18"}

// entry caches one kernel's decompressed blob and parsed spec.
type entry struct {
	once sync.Once
	raw  []byte
	spec *btf.Spec
	err  error
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

// load decompresses and parses the blob for kernel once per process.
func load(kernel string) (*entry, error) {
	e, ok := cache[kernel]
	if !ok {
		return nil, fmt.Errorf("btftest: unknown kernel %q (have %v)", kernel, kernels)
	}
	e.once.Do(func() {
		e.raw, e.err = readBlob(kernel)
		if e.err != nil {
			return
		}
		e.spec, e.err = btf.LoadSpecFromReader(bytes.NewReader(e.raw))
		if e.err != nil {
			e.err = fmt.Errorf("btftest: parse BTF of %s: %w", kernel, e.err)
		}
	})
	return e, e.err
}

func readBlob(kernel string) ([]byte, error) {
	f, err := blobs.Open("testdata/linux-" + kernel + ".btf.gz")
	if err != nil {
		return nil, fmt.Errorf("btftest: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("btftest: %s: %w", kernel, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("btftest: decompress %s: %w", kernel, err)
	}
	return raw, nil
}

// Load returns the vmlinux BTF of kernel ("6.1", "6.12" or "6.18"), failing tb if
// the kernel is unknown or its blob does not parse. The spec is parsed once per
// process and shared by every caller: it is safe for concurrent lookups, but a
// caller that modifies the spec or the types it returns must work on
// spec.Copy() instead.
func Load(tb testing.TB, kernel string) *btf.Spec {
	tb.Helper()
	e, err := load(kernel)
	if err != nil {
		tb.Fatal(err)
	}
	return e.spec
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
