package runtime

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"unsafe"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

func init() {
	registerKind(lang.IntervalProbe, kernelKind{attach: attachInterval, timer: true})
	registerKind(lang.ProfileProbe, kernelKind{attach: attachProfile, timer: true})
	registerKind(lang.SoftwareProbe, kernelKind{attach: attachCounter, list: listCounters})
	registerKind(lang.HardwareProbe, kernelKind{attach: attachCounter, list: listCounters})
}

// attachInterval fires on one CPU every period, from a software cpu-clock
// perf event, as bpftrace does.
func attachInterval(_ *session, p *codegen.Program, prog *ebpf.Program) ([]io.Closer, string, error) {
	l, err := attachPerfEvent(prog, perfAttr(p.Target, false), -1, 0)
	if err != nil {
		return nil, "", err
	}
	return []io.Closer{l}, "perf event (cpu-clock, CPU 0)", nil
}

// attachProfile samples every online CPU at the given frequency.
func attachProfile(_ *session, p *codegen.Program, prog *ebpf.Program) ([]io.Closer, string, error) {
	links, err := attachEveryCPU(prog, perfAttr(p.Target, true))
	if err != nil {
		return nil, "", err
	}
	return links, fmt.Sprintf("perf event (cpu-clock, %d CPUs)", len(links)), nil
}

// attachCounter samples a software or hardware event every Period events
// on every CPU, whichever process causes them, as bpftrace does.
func attachCounter(_ *session, p *codegen.Program, prog *ebpf.Program) ([]io.Closer, string, error) {
	t := p.Target
	links, err := attachEveryCPU(prog, perfAttr(t, false))
	if err != nil {
		if t.PerfType == lang.PerfTypeHardware && (errors.Is(err, unix.ENOENT) || errors.Is(err, unix.EOPNOTSUPP)) {
			return nil, "", fmt.Errorf("this machine has no performance counter for %s (%w): %s", t.Name, err, pmuNote())
		}
		return nil, "", err
	}
	return links, fmt.Sprintf("perf event (%s every %d, %d CPUs)", t.Name, t.Period, len(links)), nil
}

// pmuNote says whether the CPU's performance monitoring unit is there at
// all: a virtual machine often has none.
func pmuNote() string {
	if HavePMU() {
		return "the CPU's performance monitoring unit does not count it"
	}
	return "the kernel found no performance monitoring unit (usual in a virtual machine), so no hardware event can be counted here"
}

// HavePMU reports whether the kernel has a CPU performance monitoring
// unit, which hardware events need.
func HavePMU() bool {
	_, err := os.Stat("/sys/bus/event_source/devices/cpu")
	return err == nil
}

// perfAttr is the perf event a timer, software or hardware target
// samples: every Period events (or with freq, Period times a second).
func perfAttr(t *lang.Target, freq bool) *unix.PerfEventAttr {
	attr := &unix.PerfEventAttr{
		Type:   uint32(t.PerfType),
		Config: t.PerfConfig,
		Size:   uint32(unsafe.Sizeof(unix.PerfEventAttr{})),
		Sample: t.Period,
	}
	if freq {
		attr.Bits |= unix.PerfBitFreq
	}
	return attr
}

// attachEveryCPU opens attr on every CPU and attaches prog to each.
func attachEveryCPU(prog *ebpf.Program, attr *unix.PerfEventAttr) ([]io.Closer, error) {
	var links []io.Closer
	for cpu := 0; cpu < runtime.NumCPU(); cpu++ {
		l, err := attachPerfEvent(prog, attr, -1, cpu)
		if err != nil {
			closeAll(links)
			return nil, err
		}
		links = append(links, l)
	}
	return links, nil
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

// attachPerfEvent opens a perf event for process pid (-1: any) on cpu
// (-1: any) and attaches prog to it.
func attachPerfEvent(prog *ebpf.Program, attr *unix.PerfEventAttr, pid, cpu int) (*perfLink, error) {
	fd, err := unix.PerfEventOpen(attr, pid, cpu, -1, unix.PERF_FLAG_FD_CLOEXEC)
	if err != nil {
		where := fmt.Sprintf("CPU %d", cpu)
		if pid != -1 {
			where = fmt.Sprintf("process %d", pid)
		}
		return nil, fmt.Errorf("opening a perf event on %s: %w", where, err)
	}
	l, err := link.AttachRawLink(link.RawLinkOptions{Target: fd, Program: prog, Attach: ebpf.AttachPerfEvent})
	if err != nil {
		unix.Close(fd)
		return nil, fmt.Errorf("attaching to the perf event: %w", err)
	}
	return &perfLink{fd: fd, link: l}, nil
}

// listCounters lists a kind's software or hardware events (hardware ones
// only where the CPU has performance counters), with -v what a count of
// each counts and its default.
func listCounters(l *listing, k *lang.KindInfo, rest string) error {
	events := lang.SoftwareEvents
	if k.Kind == lang.HardwareProbe {
		if !HavePMU() {
			return errors.New(pmuNote())
		}
		events = lang.HardwareEvents
	}
	name, _, _ := strings.Cut(rest, ":")
	match := matcher(name)
	for _, e := range events {
		if !match(e.Name) && (e.Alias == "" || !match(e.Alias)) {
			continue
		}
		fmt.Fprintf(l.w, "%s:%s:\n", k.Name, e.Name)
		if l.opts.Verbose {
			unit := "events"
			if e.Unit != "" {
				unit = e.Unit
			}
			alias := ""
			if e.Alias != "" {
				alias = ", also " + e.Alias
			}
			fmt.Fprintf(l.w, "    one sample every COUNT %s (default %d)%s\n", unit, e.DefaultPeriod, alias)
		}
	}
	return nil
}
