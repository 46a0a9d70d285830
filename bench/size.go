package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// SizeResult compares what has to be on a host to run each tool.
type SizeResult struct {
	NtraceStatic   int64     `json:"ntrace_static_bytes"`
	NtraceStripped int64     `json:"ntrace_static_stripped_bytes"`
	NtraceLibs     int       `json:"ntrace_shared_libs"`
	BpfBinary      int64     `json:"bpftrace_binary_bytes"`
	BpfLibsBytes   int64     `json:"bpftrace_shared_libs_bytes"`
	BpfLibs        []libFile `json:"bpftrace_shared_libs"`
}

type libFile struct {
	Path  string `json:"path"` // after resolving symlinks
	Bytes int64  `json:"bytes"`
}

// buildNtrace builds the ntrace the bench runs (static, as make build does)
// and a stripped one, in the output directory.
func (b *bench) buildNtrace(ctx context.Context) (static, stripped string, err error) {
	static = filepath.Join(b.cfg.out, "ntrace")
	stripped = filepath.Join(b.cfg.out, "ntrace-stripped")
	builds := [][]string{
		{"build", "-o", static, "./cmd/ntrace"},
		{"build", "-ldflags=-s -w", "-o", stripped, "./cmd/ntrace"},
	}
	for _, args := range builds {
		cmd := exec.CommandContext(ctx, "go", args...)
		cmd.Dir = b.cfg.root
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			return "", "", fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	return static, stripped, nil
}

// measureSizes sizes both ntrace builds and bpftrace with its libraries.
func (b *bench) measureSizes(ctx context.Context, static, stripped string) (SizeResult, error) {
	var r SizeResult
	var err error
	if r.NtraceStatic, err = fileSize(static); err != nil {
		return r, err
	}
	if stripped != "" {
		if r.NtraceStripped, err = fileSize(stripped); err != nil {
			return r, err
		}
	}
	if libs, err := sharedLibs(ctx, static); err == nil {
		r.NtraceLibs = len(libs)
	}
	if r.BpfBinary, err = fileSize(b.cfg.bpftrace); err != nil {
		return r, err
	}
	if r.BpfLibs, err = sharedLibs(ctx, b.cfg.bpftrace); err != nil {
		return r, err
	}
	for _, l := range r.BpfLibs {
		r.BpfLibsBytes += l.Bytes
	}
	return r, nil
}

// sharedLibs lists the shared libraries ldd says bin loads, symlinks
// resolved, each once, largest first. A static binary has none.
func sharedLibs(ctx context.Context, bin string) ([]libFile, error) {
	out, err := exec.CommandContext(ctx, "ldd", bin).Output()
	if err != nil {
		if strings.Contains(string(out), "not a dynamic executable") || isExitErr(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("ldd %s: %w", bin, err)
	}
	seen := map[string]bool{}
	var libs []libFile
	for _, f := range parseLdd(string(out)) {
		real, err := filepath.EvalSymlinks(f)
		if err != nil || seen[real] {
			continue
		}
		seen[real] = true
		n, err := fileSize(real)
		if err != nil {
			return nil, err
		}
		libs = append(libs, libFile{Path: real, Bytes: n})
	}
	sort.Slice(libs, func(i, j int) bool { return libs[i].Bytes > libs[j].Bytes })
	return libs, nil
}

func isExitErr(err error) bool {
	_, ok := err.(*exec.ExitError)
	return ok
}

func fileSize(path string) (int64, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return 0, err
	}
	return fi.Size(), nil
}
