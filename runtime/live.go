package runtime

import (
	"errors"
	"os"
	"strings"
	"time"

	"github.com/cilium/ebpf"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime/format"
)

// Live reads a running script's maps and ntrace's own counters from any
// goroutine while Run runs (Options.Live hands it out): what a metrics
// scrape needs. Reading never changes a map. Once Run has returned, every
// read fails.
type Live struct {
	s *session
}

// ErrRunEnded is what a read returns once the run's maps are gone.
var ErrRunEnded = errors.New("the run has ended")

// Maps returns the script's compiled maps, in name order: what Read
// reads.
func (l *Live) Maps() []*codegen.Map { return l.s.out.Maps }

// Read reads one of the script's maps as it is now, merged across CPUs.
func (l *Live) Read(m *codegen.Map) (*format.Map, error) { return l.s.readMap(m) }

// ProbeHealth is what ntrace knows of one of the script's programs.
type ProbeHealth struct {
	Probe string // the probe as -v names it: "tracepoint:skb:kfree_skb"
	// Mechanism is how it was attached (tracepoint, tp_btf, kprobe,
	// fentry, kprobe_multi, uprobe, perf_event…), "" while it is not.
	// BEGIN and END are "special".
	Mechanism string
	// EventsLost counts events the program could not hand to user space
	// (the buffer was full).
	EventsLost uint64
	// Runs and RunTime are the kernel's counts (bpf_stats); HasStats is
	// false while the kernel has counted nothing: bpf_stats is off (the
	// sysctl kernel.bpf_stats_enabled, or a BPF_ENABLE_STATS reference,
	// which the sysctl does not show) and has been since the load.
	Runs     uint64
	RunTime  time.Duration
	HasStats bool
	// RunsMissed counts the runs the kernel skipped during this run
	// because another BPF program was running on the CPU
	// (recursion_misses; 0 on kernels before 5.12), bpf_stats or not.
	RunsMissed uint64
	// Dispatcher marks, after the script's probes, a syscall dispatcher
	// (the program many syscall tracepoints run from): Probe names it
	// and the probes it serves, and RunsMissed, its skipped runs, are
	// system calls any of them may have missed. Nothing else is set.
	Dispatcher bool
}

// MapHealth is what ntrace knows of one of the script's maps beyond its
// contents.
type MapHealth struct {
	Map        *codegen.Map
	MaxEntries uint32
	// DroppedFull counts updates the map refused because it was full.
	DroppedFull uint64
}

// Health reads ntrace's own counters: per program, events lost and (with
// bpf_stats) runs, and runs the kernel skipped, then the runs skipped of
// each syscall dispatcher; per map, updates dropped.
func (l *Live) Health() ([]ProbeHealth, []MapHealth, error) {
	s := l.s
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, nil, ErrRunEnded
	}
	stats := bpfStatsEnabled()
	probes := make([]ProbeHealth, len(s.out.Programs))
	lost := s.coll.Maps[codegen.LostMap]
	for i, p := range s.out.Programs {
		ph := ProbeHealth{Probe: probeName(p)}
		switch {
		case p.Target.Kind.RunsOnce():
			if s.alternativeAttached(p.Probe.Probe.Alt) {
				ph.Mechanism = "special"
			}
		case i < len(s.attached):
			ph.Mechanism = mechanismOf(s.attached[i])
		}
		ph.EventsLost = sumPerCPU(lost, uint32(p.Index))
		ph.RunsMissed = s.missedSince(i, p)
		if prog := s.coll.Programs[p.Name]; prog != nil {
			if st, err := prog.Stats(); err == nil {
				ph.Runs, ph.RunTime = st.RunCount, st.Runtime
				ph.HasStats = stats || st.RunCount > 0 || st.Runtime > 0
			}
		}
		probes[i] = ph
	}
	for _, ds := range s.syscalls.all() {
		probes = append(probes, ProbeHealth{
			Probe:      dispatcherName(ds.d.dir, len(ds.served), probeLines(ds.served)),
			RunsMissed: ds.d.Misses(),
			Dispatcher: true,
		})
	}
	full := dropWords(s.coll.Maps[codegen.FullMap])
	maps := make([]MapHealth, len(s.out.Maps))
	for i, m := range s.out.Maps {
		maps[i] = MapHealth{Map: m, MaxEntries: m.Spec.MaxEntries}
		maps[i].DroppedFull = droppedFull(full, m.Index)
	}
	return probes, maps, nil
}

// alternativeAttached says whether the alternative of an either that a
// probe is in (nil for one outside any) is the one attached: a BEGIN or
// END of another does nothing. s.mu is held.
func (s *session) alternativeAttached(alt *lang.Alternative) bool {
	if alt == nil {
		return true
	}
	for i, p := range s.out.Programs {
		if p.Probe.Probe.Alt == alt && i < len(s.attached) && s.attached[i] != "" {
			return true
		}
	}
	return false
}

// sumPerCPU adds up slot i of a per-CPU counter array; 0 when m is nil (a
// script whose programs never count there has no such map) or the slot
// cannot be read.
func sumPerCPU(m *ebpf.Map, i uint32) uint64 {
	var perCPU []uint64
	if m == nil || m.Lookup(i, &perCPU) != nil {
		return 0
	}
	var total uint64
	for _, n := range perCPU {
		total += n
	}
	return total
}

// mechanismOf shortens what an attacher said it did to the mechanism's
// name: "perf-event tracepoint" is a tracepoint, "kprobe (fentry is
// unavailable…)" a kprobe.
func mechanismOf(how string) string {
	switch {
	case how == "":
		return ""
	case strings.HasPrefix(how, "perf-event tracepoint"):
		return "tracepoint"
	case strings.HasPrefix(how, "perf event"):
		return "perf_event"
	}
	if i := strings.IndexAny(how, " ("); i > 0 {
		return how[:i]
	}
	return how
}

// bpfStatsEnabled says whether the kernel counts each BPF program's runs
// and run time (sysctl kernel.bpf_stats_enabled).
func bpfStatsEnabled() bool {
	b, err := os.ReadFile("/proc/sys/kernel/bpf_stats_enabled")
	return err == nil && strings.TrimSpace(string(b)) == "1"
}
