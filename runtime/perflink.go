package runtime

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"
)

// attachPerfTracepoint opens a perf event on a tracepoint and runs prog
// on it: through a BPF link (Linux 5.15 and later), or else through the
// perf event's ioctls. It makes the link itself, straight away, where
// cilium/ebpf's link.Tracepoint first probes for perf links (a program
// load and a link attempt made to fail) and AttachRawLink for links at
// all (another): three system calls a run would spend to learn what the
// one that matters says anyway.
func attachPerfTracepoint(group, name string, prog *ebpf.Program) (io.Closer, error) {
	id, err := tracepointID(group, name)
	if err != nil {
		return nil, err
	}
	attr := unix.PerfEventAttr{
		Type:        unix.PERF_TYPE_TRACEPOINT,
		Config:      id,
		Sample_type: unix.PERF_SAMPLE_RAW,
		Sample:      1,
		Wakeup:      1,
	}
	fd, err := unix.PerfEventOpen(&attr, -1, 0, -1, unix.PERF_FLAG_FD_CLOEXEC)
	if err != nil {
		return nil, fmt.Errorf("opening a perf event on tracepoint %s:%s: %w", group, name, err)
	}
	lfd, err := createPerfLink(prog.FD(), fd)
	if err == nil {
		return perfEventLink{lfd, fd}, nil
	}
	if !errors.Is(err, unix.EINVAL) {
		unix.Close(fd)
		return nil, fmt.Errorf("attaching to tracepoint %s:%s: %w", group, name, err)
	}
	// No perf links in this kernel (they came in 5.15).
	if err := unix.IoctlSetInt(fd, unix.PERF_EVENT_IOC_SET_BPF, prog.FD()); err != nil {
		unix.Close(fd)
		return nil, fmt.Errorf("attaching to tracepoint %s:%s: %w", group, name, err)
	}
	if err := unix.IoctlSetInt(fd, unix.PERF_EVENT_IOC_ENABLE, 0); err != nil {
		unix.Close(fd)
		return nil, fmt.Errorf("enabling tracepoint %s:%s: %w", group, name, err)
	}
	return perfEventFD(fd), nil
}

// tracepointIDs holds the IDs of the tracepoints whose formats this
// process read (readFormat), by "group:name": a format starts with its
// tracepoint's ID, and a script's tracepoints have had their formats read
// by the checker, so attaching them reads no id file (a system call or
// three a probe).
var tracepointIDs sync.Map // string -> uint64

// tracepointID is a tracepoint's ID, from its format when that was read,
// else read from tracefs.
func tracepointID(group, name string) (uint64, error) {
	if strings.ContainsAny(group+name, "/") || group == ".." || name == ".." {
		return 0, fmt.Errorf("bad tracepoint name %s:%s", group, name)
	}
	if id, ok := tracepointIDs.Load(group + ":" + name); ok {
		return id.(uint64), nil
	}
	b, err := os.ReadFile(filepath.Join(TracingDir, "events", group, name, "id"))
	if err != nil {
		return 0, fmt.Errorf("tracepoint %s:%s: %w", group, name, err)
	}
	id, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("tracepoint %s:%s: bad id %q", group, name, b)
	}
	return id, nil
}

// linkCreateAttr is union bpf_attr as BPF_LINK_CREATE reads it for a
// perf event (include/uapi/linux/bpf.h).
type linkCreateAttr struct {
	progFD     uint32
	targetFD   uint32
	attachType uint32
	flags      uint32
	bpfCookie  uint64
}

// createPerfLink links program progFD to perf event eventFD
// (BPF_LINK_CREATE, BPF_PERF_EVENT) and returns the link's descriptor.
// Kernels without perf links answer EINVAL.
func createPerfLink(progFD, eventFD int) (int, error) {
	attr := linkCreateAttr{progFD: uint32(progFD), targetFD: uint32(eventFD), attachType: unix.BPF_PERF_EVENT}
	fd, _, errno := unix.Syscall(unix.SYS_BPF, unix.BPF_LINK_CREATE, uintptr(unsafe.Pointer(&attr)), unsafe.Sizeof(attr))
	if errno != 0 {
		return -1, errno
	}
	return int(fd), nil // the kernel opens BPF descriptors O_CLOEXEC
}

// perfEventLink is a BPF link to a perf event and the event's file.
type perfEventLink struct {
	link, event int
}

func (l perfEventLink) Close() error {
	err := unix.Close(l.link)
	unix.Close(l.event)
	return err
}

// perfEventFD is a perf event with a program set by ioctl: closing it
// detaches the program.
type perfEventFD int

func (fd perfEventFD) Close() error { return unix.Close(int(fd)) }
