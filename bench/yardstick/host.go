package main

import (
	"errors"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/features"
	"golang.org/x/sys/unix"
)

// host is what the machine offers the tests: its kernel, its architecture
// and the features REQUIRES_FEATURE names.
type host struct {
	Kernel   []int // release numbers: 6, 18, 44
	Release  string
	Arch     string // as uname -m says: x86_64
	Endian   string // le or be
	Features map[string]bool
	// ToolFeatures are features of the tool rather than the kernel (DWARF
	// support, a symbolizer): they never skip a test, since whether the
	// tool has them is what the test measures.
	ToolFeatures map[string]bool
}

// toolFeatures are the REQUIRES_FEATURE names that describe the tool.
var toolFeatures = map[string]bool{
	"dwarf": true, "dwunwind": true, "blazesym": true, "libpath_resolv": true, "aot": true,
}

// probeHost reads the running kernel's version and probes the BPF features
// the suite's tests ask for, by loading small programs (needs root).
func probeHost() host {
	var u unix.Utsname
	_ = unix.Uname(&u) // cannot fail
	release := unix.ByteSliceToString(u.Release[:])
	h := host{
		Release:      release,
		Kernel:       versionNumbers(release),
		Arch:         unix.ByteSliceToString(u.Machine[:]),
		Endian:       "le",
		ToolFeatures: toolFeatures,
	}
	if runtime.GOARCH == "s390x" || runtime.GOARCH == "ppc64" || runtime.GOARCH == "mips" || runtime.GOARCH == "mips64" {
		h.Endian = "be"
	}
	helper := func(fn asm.BuiltinFunc) bool {
		return features.HaveProgramHelper(ebpf.Kprobe, fn) == nil
	}
	_, err := os.Stat("/sys/kernel/btf/vmlinux")
	btf := err == nil
	tracing := btf && fentryLoads()
	kprobes := kprobesAttach()
	h.Features = map[string]bool{
		"loop":               features.HaveBoundedLoops() == nil,
		"probe_read_kernel":  helper(asm.FnProbeReadKernel),
		"btf":                btf,
		"fentry":             tracing,
		"dpath":              tracing, // bpf_d_path is for tracing programs only
		"iter":               tracing,
		"skboutput":          tracing,
		"signal":             helper(asm.FnSendSignal),
		"kprobe_multi":       kprobes && features.HaveBPFLinkKprobeMulti() == nil,
		"kprobe_session":     kprobes && features.HaveBPFLinkKprobeMulti() == nil && atLeast(h.Kernel, "6.10"),
		"uprobe_multi":       features.HaveBPFLinkUprobeMulti() == nil,
		"get_tai_ns":         helper(asm.FnKtimeGetTaiNs),
		"get_func_ip":        helper(asm.FnGetFuncIp),
		"jiffies64":          helper(asm.FnJiffies64),
		"lookup_percpu_elem": helper(asm.FnMapLookupPercpuElem),
	}
	return h
}

// fentryLoads reports whether the kernel loads an fentry program (it
// answers EPERM on some kernels that have the program type).
func fentryLoads() bool {
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{
		Type:         ebpf.Tracing,
		AttachType:   ebpf.AttachTraceFEntry,
		AttachTo:     "do_nanosleep",
		Instructions: asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()},
		License:      "GPL",
	})
	if err != nil {
		return false
	}
	prog.Close()
	return true
}

// kprobesAttach reports whether the kernel has kprobes: the kprobe PMU or
// tracefs's kprobe_events.
func kprobesAttach() bool {
	for _, p := range []string{"/sys/bus/event_source/devices/kprobe", "/sys/kernel/tracing/kprobe_events", "/sys/kernel/debug/tracing/kprobe_events"} {
		if _, err := os.Stat(p); err == nil {
			return true
		}
	}
	return false
}

// versionNumbers reads the leading numbers of a version: "6.18.44-fc" is
// 6, 18, 44.
func versionNumbers(v string) []int {
	var out []int
	for _, part := range strings.Split(v, ".") {
		end := 0
		for end < len(part) && part[end] >= '0' && part[end] <= '9' {
			end++
		}
		if end == 0 {
			break
		}
		n, _ := strconv.Atoi(part[:end])
		out = append(out, n)
		if end < len(part) {
			break
		}
	}
	return out
}

// compareVersions orders two version number lists, missing numbers as 0.
func compareVersions(a, b []int) int {
	for i := 0; i < len(a) || i < len(b); i++ {
		x, y := 0, 0
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}

func atLeast(kernel []int, v string) bool { return compareVersions(kernel, versionNumbers(v)) >= 0 }

// archAllows applies an ARCH directive: any positive name must match the
// host, and no negated one may.
func (h host) archAllows(arch []string) bool {
	ids := map[string]bool{strings.ToLower(h.Arch): true, h.Endian: true}
	positive, match := false, false
	for _, a := range arch {
		if name, neg := strings.CutPrefix(a, "!"); neg {
			if ids[name] {
				return false
			}
			continue
		}
		positive = true
		match = match || ids[a]
	}
	return !positive || match
}

// missingFeatures lists the REQUIRES_FEATURE names the host lacks ("!f"
// for one it has but the test wants absent); tool features are left to
// the test.
func (h host) missingFeatures(want []string) ([]string, error) {
	var missing []string
	for _, f := range want {
		name, neg := strings.CutPrefix(f, "!")
		if h.ToolFeatures[name] {
			continue
		}
		have, known := h.Features[name]
		if !known {
			return nil, errors.New("unknown feature " + name)
		}
		if have == neg {
			missing = append(missing, f)
		}
	}
	return missing, nil
}

// requirementHolds runs a REQUIRES command in the tests directory.
func requirementHolds(cmd, dir string) bool {
	c := exec.Command("/bin/sh", "-c", cmd)
	c.Dir = dir
	return c.Run() == nil
}
