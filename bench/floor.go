package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// The floors ntrace is measured against, as tools the bench runs beside
// ntrace and bpftrace:
const (
	// floorName holds the per-event floor: the hand-written C programs
	// of bench/floor/events.bpf.c, built with clang -O2, attached by
	// bench/floor/events.
	floorName = "floor"
	// goFloorName and cFloorName are the start-up floors: the least a
	// static cilium/ebpf program (bench/floor/loader) and a C program
	// making the system calls itself (bench/floor/floor.c) do for one
	// probe.
	goFloorName = "go floor"
	cFloorName  = "C floor"
)

// floorBins are the floors built for this run; a path is empty when its
// compiler is missing (clang for events.o, a C compiler for floor-c), and
// that floor is left out.
type floorBins struct {
	events, object string // per-event loader and its clang-built object
	goLoader       string
	cLoader        string
}

// buildFloors builds the floors into cfg.out/floor.
func (b *bench) buildFloors(ctx context.Context) error {
	dir, err := filepath.Abs(filepath.Join(b.cfg.out, "floor"))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	run := func(env []string, name string, args ...string) error {
		cmd := exec.CommandContext(ctx, name, args...)
		cmd.Dir = b.cfg.root
		cmd.Env = append(os.Environ(), env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("%s %s: %w: %s", name, strings.Join(args, " "), err, out)
		}
		return nil
	}
	static := []string{"CGO_ENABLED=0"}
	f := &b.floors
	f.goLoader, f.events = filepath.Join(dir, "loader"), filepath.Join(dir, "events")
	if err := run(static, "go", "build", "-o", f.goLoader, "./bench/floor/loader"); err != nil {
		return err
	}
	if err := run(static, "go", "build", "-o", f.events, "./bench/floor/events"); err != nil {
		return err
	}
	if _, err := exec.LookPath("cc"); err == nil {
		f.cLoader = filepath.Join(dir, "floor-c")
		if err := run(nil, "cc", "-O2", "-static", "-o", f.cLoader, "bench/floor/floor.c"); err != nil {
			return err
		}
	} else {
		b.logf("no C compiler: the C start-up floor is left out")
	}
	if _, err := exec.LookPath("clang"); err != nil {
		b.logf("no clang (make deps installs it): the per-event floor is left out")
		return nil
	}
	f.object = filepath.Join(dir, "events.o")
	args := []string{"-O2", "-g", "-target", "bpf", "-c", "bench/floor/events.bpf.c", "-o", f.object}
	// The kernel headers' asm/ lives under the host's multiarch directory.
	if out, err := exec.CommandContext(ctx, "cc", "-print-multiarch").Output(); err == nil && len(strings.TrimSpace(string(out))) > 0 {
		args = append([]string{"-I", "/usr/include/" + strings.TrimSpace(string(out))}, args...)
	}
	return run(nil, "clang", args...)
}

// startupFloors are the start-up floors built, in the order they run.
func (b *bench) startupFloors() []string {
	var out []string
	if b.floors.goLoader != "" {
		out = append(out, goFloorName)
	}
	if b.floors.cLoader != "" {
		out = append(out, cFloorName)
	}
	return out
}

// floorArgs are the arguments a floor tool runs with: the start-up
// floors' mode ("ready" or "load"), or the per-event loader's object and
// programs.
func (b *bench) floorArgs(name string, modeOrProgs ...string) []string {
	if name == floorName {
		return append([]string{b.floors.object}, modeOrProgs...)
	}
	return modeOrProgs
}

// isFloor reports whether the tool is one of the floors.
func isFloor(name string) bool {
	return name == floorName || name == goFloorName || name == cFloorName
}

// rotations are the orders in which the tools run in round i: the list
// rotated by i, so that each tool runs first, and after each other one,
// equally often.
func rotation(tools []string, i int) []string {
	n := len(tools)
	out := make([]string, n)
	for j := range tools {
		out[j] = tools[(i+j)%n]
	}
	return out
}

// permutations are every order of tools.
func permutations(tools []string) [][]string {
	if len(tools) <= 1 {
		return [][]string{append([]string(nil), tools...)}
	}
	var out [][]string
	for i, first := range tools {
		rest := append(append([]string(nil), tools[:i]...), tools[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]string{first}, p...))
		}
	}
	return out
}

// otherTracers lists the bpftrace processes running now that the bench
// did not start: while one runs, the start-ups and exits of every tool
// here are 10–60× slower, and its programs share the CPUs.
func (b *bench) otherTracers() []string {
	ents, _ := os.ReadDir("/proc")
	var out []string
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		comm, err := os.ReadFile(filepath.Join("/proc", e.Name(), "comm"))
		if err != nil || strings.TrimSpace(string(comm)) != "bpftrace" {
			continue
		}
		parent := ppid(pid)
		if parent == b.pid {
			continue
		}
		cmd, _ := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		line := strings.TrimSpace(strings.ReplaceAll(string(cmd), "\x00", " "))
		if len(line) > 80 {
			line = line[:80] + "…"
		}
		out = append(out, fmt.Sprintf("bpftrace pid %d (parent %d: %q)", pid, parent, line))
	}
	return out
}

// noteOthers records the tracers otherTracers finds, once each.
func (b *bench) noteOthers() {
	for _, o := range b.otherTracers() {
		if !contains(b.others, o) {
			b.others = append(b.others, o)
			sort.Strings(b.others)
			b.logf("another tracer is running: %s; this run will not be reported", o)
		}
	}
}

// ppid is pid's parent, or 0.
func ppid(pid int) int {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// pid (comm) state ppid …; comm may hold spaces and parentheses.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 2 {
		return 0
	}
	p, _ := strconv.Atoi(f[1])
	return p
}
