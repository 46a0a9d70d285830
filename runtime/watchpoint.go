package runtime

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"unsafe"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

func init() {
	registerKind(lang.WatchpointProbe, kernelKind{attach: attachWatchpoint})
	registerKind(lang.AsyncWatchpointProbe, kernelKind{attach: attachWatchpoint})
}

// The hardware breakpoint types of perf_event_open(2) (HW_BREAKPOINT_*).
var breakpointTypes = map[string]uint32{"w": 2, "rw": 3, "x": 4}

// watchAttr is the perf event of a hardware watchpoint on length bytes at
// addr, firing on every access mode allows.
func watchAttr(addr uint64, length int, mode string) *unix.PerfEventAttr {
	return &unix.PerfEventAttr{
		Type:    lang.PerfTypeBreakpoint,
		Size:    uint32(unsafe.Sizeof(unix.PerfEventAttr{})),
		Sample:  1,
		Bp_type: breakpointTypes[mode],
		Ext1:    addr,
		Ext2:    uint64(length),
	}
}

// attachWatchpoint puts a hardware watchpoint on an address: in the
// target's process (its main thread, as perf events follow one thread),
// or on a kernel address on every CPU.
func attachWatchpoint(s *session, p *codegen.Program, prog *ebpf.Program) ([]io.Closer, string, error) {
	t := p.Target
	if t.Func != "" {
		return attachWatchArming(s, p)
	}
	attr := watchAttr(t.Watch, t.WatchLen, t.WatchMode)
	if t.PID == 0 {
		links, err := attachEveryCPU(prog, attr)
		if err != nil {
			return nil, "", explainWatchpoint(t, err)
		}
		return links, fmt.Sprintf("hardware breakpoint on kernel address 0x%x, %d CPUs", t.Watch, len(links)), nil
	}
	l, err := attachPerfEvent(prog, attr, t.PID, -1)
	if err != nil {
		return nil, "", explainWatchpoint(t, err)
	}
	return []io.Closer{l}, fmt.Sprintf("hardware breakpoint in process %d at 0x%x", t.PID, t.Watch), nil
}

// explainWatchpoint says why a watchpoint could not be set.
func explainWatchpoint(t *lang.Target, err error) error {
	switch {
	case errors.Is(err, unix.ENOSPC):
		return fmt.Errorf("no hardware debug register is free for %s (x86 has four, shared by every watchpoint on the CPU): %w", t, err)
	case errors.Is(err, unix.ESRCH):
		return fmt.Errorf("no process %d to watch: %w", t.PID, err)
	case errors.Is(err, unix.ENOENT), errors.Is(err, unix.EOPNOTSUPP):
		return fmt.Errorf("this kernel has no hardware breakpoints (CONFIG_HAVE_HW_BREAKPOINT): %w", err)
	case errors.Is(err, unix.EINVAL):
		return fmt.Errorf("the kernel refused %s (an address it will not watch, such as one in its own entry code?): %w", t, err)
	}
	return err
}

// attachWatchArming attaches, for a watchpoint on a function's argument,
// the uprobe that arms it (codegen's armWatchpoint); the watchpoints
// themselves are set as its events arrive (armWatch).
func attachWatchArming(s *session, p *codegen.Program) ([]io.Closer, string, error) {
	t := p.Target
	arm := s.coll.Programs[p.Name+codegen.ArmSuffix]
	if arm == nil {
		return nil, "", fmt.Errorf("%s: its arming program was not loaded", t)
	}
	l, err := uprobeAt(t, arm, false, 0)
	if err != nil {
		return nil, "", err
	}
	how := "hardware breakpoint"
	if t.Kind == lang.WatchpointProbe {
		how += ", the process stopped until it is set"
	}
	return []io.Closer{l}, fmt.Sprintf("%s in process %d at the address in arg%d of each call of %s (a uprobe at file offset 0x%x)", how, t.PID, t.Watch, t.Func, t.Offset), nil
}

// armWatch handles a WatchEvent: the watchpoint of p goes on the address
// it carries, in the target's process, unless one of p's is there
// already; then a process the arming program stopped (watchpoint:, not
// asyncwatchpoint:) runs on. A watchpoint that cannot be set (the CPU's
// four debug registers taken) is a warning: the run goes on without it.
func (s *session) armWatch(ev *codegen.Event, rec []byte) error {
	p := ev.Watch
	t := p.Target
	addr := binary.LittleEndian.Uint64(rec[ev.Args[0].Offset:])
	defer func() {
		if t.Kind == lang.WatchpointProbe {
			unix.Kill(t.PID, unix.SIGCONT)
		}
	}()
	if s.watched == nil {
		s.watched = map[*codegen.Program]map[uint64]bool{}
	}
	if s.watched[p] == nil {
		s.watched[p] = map[uint64]bool{}
	}
	if s.watched[p][addr] {
		return nil
	}
	s.watched[p][addr] = true
	if addr%uint64(t.WatchLen) != 0 {
		s.opts.Warn(fmt.Sprintf("%s: not watching 0x%x, which is not aligned to %d bytes", t, addr, t.WatchLen))
		return nil
	}
	l, err := attachPerfEvent(s.coll.Programs[p.Name], watchAttr(addr, t.WatchLen, t.WatchMode), t.PID, -1)
	if err != nil {
		s.opts.Warn(fmt.Sprintf("%s: not watching 0x%x: %v", t, addr, explainWatchpoint(t, err)))
		return nil
	}
	s.keep([]io.Closer{l})
	s.opts.Verbose(fmt.Sprintf("%s: watching 0x%x in process %d", t, addr, t.PID))
	return nil
}
