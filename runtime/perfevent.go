package runtime

import (
	"fmt"
	"io"
	"runtime"
	"unsafe"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

func init() {
	attachers[lang.IntervalProbe] = attachInterval
	attachers[lang.ProfileProbe] = attachProfile
}

// attachInterval fires on one CPU every period, from a software cpu-clock
// perf event, as bpftrace does.
func attachInterval(_ *session, p *codegen.Program, prog *ebpf.Program) ([]io.Closer, string, error) {
	l, err := attachCPUClock(prog, 0, p.Target.Period, false)
	if err != nil {
		return nil, "", err
	}
	return []io.Closer{l}, "perf event (cpu-clock, CPU 0)", nil
}

// attachProfile samples every online CPU at the given frequency.
func attachProfile(_ *session, p *codegen.Program, prog *ebpf.Program) ([]io.Closer, string, error) {
	var links []io.Closer
	for cpu := 0; cpu < runtime.NumCPU(); cpu++ {
		l, err := attachCPUClock(prog, cpu, p.Target.Period, true)
		if err != nil {
			for _, l := range links {
				l.Close()
			}
			return nil, "", err
		}
		links = append(links, l)
	}
	return links, fmt.Sprintf("perf event (cpu-clock, %d CPUs)", len(links)), nil
}

// perfLink owns a perf event and the BPF link attached to it.
type perfLink struct {
	fd   int
	link link.Link
}

func (l *perfLink) Close() error {
	err := l.link.Close()
	unix.Close(l.fd)
	return err
}

// attachCPUClock opens a cpu-clock software event on cpu, sampling every
// period nanoseconds (or period times a second when freq), and attaches
// prog to it.
func attachCPUClock(prog *ebpf.Program, cpu int, period uint64, freq bool) (*perfLink, error) {
	attr := unix.PerfEventAttr{
		Type:   unix.PERF_TYPE_SOFTWARE,
		Config: unix.PERF_COUNT_SW_CPU_CLOCK,
		Size:   uint32(unsafe.Sizeof(unix.PerfEventAttr{})),
		Sample: period,
	}
	if freq {
		attr.Bits |= unix.PerfBitFreq
	}
	fd, err := unix.PerfEventOpen(&attr, -1, cpu, -1, unix.PERF_FLAG_FD_CLOEXEC)
	if err != nil {
		return nil, fmt.Errorf("opening a cpu-clock perf event on CPU %d: %w", cpu, err)
	}
	l, err := link.AttachRawLink(link.RawLinkOptions{Target: fd, Program: prog, Attach: ebpf.AttachPerfEvent})
	if err != nil {
		unix.Close(fd)
		return nil, fmt.Errorf("attaching to the perf event on CPU %d: %w", cpu, err)
	}
	return &perfLink{fd: fd, link: l}, nil
}
