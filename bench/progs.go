package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"unsafe"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"
)

// prog is one BPF program a tool attached, found through the tool's own
// file descriptors, so that programs other processes load at the same time
// never get mixed in.
type prog struct {
	ID     uint32 `json:"id"`
	Name   string `json:"name"`
	Kind   string `json:"attach"` // tracepoint, raw_tracepoint, uprobe, …
	Target string `json:"target"` // tracepoint name, or uprobe file
	Xlated int    `json:"xlated_insns"`
	Jited  uint32 `json:"jited_bytes"`

	handle *ebpf.Program
}

// stats is a snapshot of a program's bpf_stats counters.
type stats struct {
	RunTimeNs uint64
	RunCount  uint64
}

// fdTypes names BPF_FD_TYPE_* values.
var fdTypes = map[uint32]string{
	unix.BPF_FD_TYPE_RAW_TRACEPOINT: "raw_tracepoint",
	unix.BPF_FD_TYPE_TRACEPOINT:     "tracepoint",
	unix.BPF_FD_TYPE_KPROBE:         "kprobe",
	unix.BPF_FD_TYPE_KRETPROBE:      "kretprobe",
	unix.BPF_FD_TYPE_UPROBE:         "uprobe",
	unix.BPF_FD_TYPE_URETPROBE:      "uretprobe",
}

// taskFDQuery is the BPF_TASK_FD_QUERY attribute.
type taskFDQuery struct {
	PID, FD, Flags, BufLen uint32
	Buf                    uint64
	ProgID, FDType         uint32
	ProbeOffset, ProbeAddr uint64
}

// queryFD asks the kernel which program the attachment fd of pid runs.
func queryFD(pid, fd int) (id uint32, kind, target string, err error) {
	buf := make([]byte, 512)
	attr := taskFDQuery{PID: uint32(pid), FD: uint32(fd), BufLen: uint32(len(buf)),
		Buf: uint64(uintptr(unsafe.Pointer(&buf[0])))}
	_, _, errno := unix.Syscall(unix.SYS_BPF, unix.BPF_TASK_FD_QUERY,
		uintptr(unsafe.Pointer(&attr)), unsafe.Sizeof(attr))
	runtime.KeepAlive(buf)
	if errno != 0 {
		return 0, "", "", errno
	}
	n := min(int(attr.BufLen), len(buf))
	target = strings.TrimRight(string(buf[:n]), "\x00")
	kind = fdTypes[attr.FDType]
	if kind == "" {
		kind = "type" + strconv.Itoa(int(attr.FDType))
	}
	return attr.ProgID, kind, target, nil
}

// attachedProgs lists the programs pid has attached, once each, opened so
// that their sizes and counters can be read. Close them with closeProgs.
func attachedProgs(pid int) ([]*prog, error) {
	dir := fmt.Sprintf("/proc/%d/fd", pid)
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	seen := map[uint32]bool{}
	var out []*prog
	for _, e := range ents {
		fd, err := strconv.Atoi(e.Name())
		if err != nil || !isAttachFD(filepath.Join(dir, e.Name())) {
			continue
		}
		id, kind, target, err := queryFD(pid, fd)
		if err != nil || seen[id] {
			continue
		}
		seen[id] = true
		p, err := openProg(id, kind, target)
		if err != nil {
			closeProgs(out)
			return nil, err
		}
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// isAttachFD reports whether an fd link names a perf event or a BPF link,
// the only kinds BPF_TASK_FD_QUERY answers for.
func isAttachFD(link string) bool {
	dest, err := os.Readlink(link)
	return err == nil && (strings.Contains(dest, "perf_event") || strings.Contains(dest, "bpf_link"))
}

// openProg opens program id and reads its sizes.
func openProg(id uint32, kind, target string) (*prog, error) {
	h, err := ebpf.NewProgramFromID(ebpf.ProgramID(id))
	if err != nil {
		return nil, fmt.Errorf("program %d: %w", id, err)
	}
	info, err := h.Info()
	if err != nil {
		h.Close()
		return nil, fmt.Errorf("program %d: %w", id, err)
	}
	p := &prog{ID: id, Name: info.Name, Kind: kind, Target: target, handle: h}
	if n, err := info.TranslatedSize(); err == nil {
		p.Xlated = n / 8
	}
	if n, err := info.JitedSize(); err == nil {
		p.Jited = n
	}
	return p, nil
}

// snapshot reads the counters of each program.
func snapshot(ps []*prog) ([]stats, error) {
	out := make([]stats, len(ps))
	for i, p := range ps {
		s, err := p.handle.Stats()
		if err != nil {
			return nil, fmt.Errorf("program %d stats: %w", p.ID, err)
		}
		out[i] = stats{RunTimeNs: uint64(s.Runtime.Nanoseconds()), RunCount: s.RunCount}
	}
	return out, nil
}

// closeProgs releases the handles attachedProgs opened.
func closeProgs(ps []*prog) {
	for _, p := range ps {
		p.handle.Close()
	}
}

// onTargets keeps the programs attached to one of targets, and closes the rest.
func onTargets(ps []*prog, targets []string) []*prog {
	var keep []*prog
	for _, p := range ps {
		if contains(targets, p.Target) {
			keep = append(keep, p)
		} else {
			p.handle.Close()
		}
	}
	return keep
}

// without drops the programs attached to target, and closes them.
func without(ps []*prog, target string) []*prog {
	var keep []*prog
	for _, p := range ps {
		if p.Target == target {
			p.handle.Close()
			continue
		}
		keep = append(keep, p)
	}
	return keep
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// enableStats turns on kernel.bpf_stats_enabled for as long as the returned
// closer is open. It uses BPF_ENABLE_STATS, a reference the kernel drops
// when the bench closes it or dies, so the setting is restored even if the
// bench is killed; the sysctl reads 1 meanwhile.
func enableStats() (func() error, error) {
	c, err := ebpf.EnableStats(uint32(unix.BPF_STATS_RUN_TIME))
	if err != nil {
		return nil, fmt.Errorf("enabling bpf_stats: %w", err)
	}
	return c.Close, nil
}

// statsSysctl reads kernel.bpf_stats_enabled.
func statsSysctl() (string, error) {
	b, err := os.ReadFile("/proc/sys/kernel/bpf_stats_enabled")
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(b)), nil
}

var errNoProgs = errors.New("no programs found on the measured tracepoints")
