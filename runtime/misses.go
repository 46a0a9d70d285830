package runtime

import (
	"fmt"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime/format"
)

// Runs the kernel skipped. A BPF program does not run when another is
// already running on its CPU (kprobes and perf-event tracepoints through
// bpf_prog_active, fentry, fexit, tp_btf and raw tracepoints through the
// program's own active count): the kernel counts each such run in the
// program's recursion_misses (bpf_prog_info, 5.12 on; 0 before), whether
// bpf_stats is on or not. Nothing else tells: the probe's records are
// simply not there. missBase is each program's count when it was loaded,
// so that what is reported is this run's.

// programMisses is the kernel's recursion_misses of p's program and of
// the uprobe arming its watchpoint, if any; 0 for one the kernel cannot
// say.
func (s *session) programMisses(p *codegen.Program) uint64 {
	var n uint64
	for _, name := range []string{p.Name, p.Name + codegen.ArmSuffix} {
		if prog := s.coll.Programs[name]; prog != nil {
			if st, err := prog.Stats(); err == nil {
				n += st.RecursionMisses
			}
		}
	}
	return n
}

// snapshotMisses records each program's recursion_misses before any is
// attached.
func (s *session) snapshotMisses() {
	s.missBase = make([]uint64, len(s.out.Programs))
	for i, p := range s.out.Programs {
		s.missBase[i] = s.programMisses(p)
	}
}

// missedSince is how many of p's runs (the i-th program) the kernel
// skipped since snapshotMisses.
func (s *session) missedSince(i int, p *codegen.Program) uint64 {
	n := s.programMisses(p)
	if i < len(s.missBase) && n >= s.missBase[i] {
		n -= s.missBase[i]
	}
	return n
}

// probeMisses is the runs skipped of one attach point as the script
// writes it (a wildcard's programs added up).
type probeMisses struct {
	ap     *lang.AttachPoint
	missed uint64
}

// reportMissed warns about the runs the kernel skipped since the last
// report, per attach point in the script's order; at the end, once the
// probes are detached, it adds a total for each that had reports before.
// With -f json each report is also a "missed_runs" line.
func (s *session) reportMissed(final bool) {
	if s.coll == nil || s.missBase == nil {
		return
	}
	if s.missed == nil {
		s.missed = make([]uint64, len(s.out.Programs))
	}
	now := make([]uint64, len(s.out.Programs))
	since := make([]uint64, len(s.out.Programs))
	for i, p := range s.out.Programs {
		now[i] = s.missedSince(i, p)
		since[i] = now[i] - min(now[i], s.missed[i])
		s.missed[i] = now[i]
	}
	fresh := map[*lang.AttachPoint]uint64{}
	for _, m := range byAttachPoint(s.out.Programs, since) {
		fresh[m.ap] = m.missed
		s.opts.Warn(missedWarning(m.ap.Raw, m.ap.Pos.Line, m.missed, ""))
		if s.opts.JSON {
			fmt.Fprintf(s.opts.Out, "{\"type\": \"missed_runs\", \"data\": {\"probe\": %s, \"line\": %d, \"runs\": %d}}\n",
				format.JSONString(m.ap.Raw), m.ap.Pos.Line, m.missed)
		}
	}
	if !final {
		return
	}
	for _, m := range byAttachPoint(s.out.Programs, now) {
		if m.missed > fresh[m.ap] {
			s.opts.Warn(missedWarning(m.ap.Raw, m.ap.Pos.Line, m.missed, " in all"))
		}
	}
}

// byAttachPoint adds up missed, the runs skipped of each of progs, per
// attach point as the script writes it (a wildcard's programs together),
// in the programs' order, leaving out those with none.
func byAttachPoint(progs []*codegen.Program, missed []uint64) []probeMisses {
	var all []probeMisses
	at := map[*lang.AttachPoint]int{}
	for i, p := range progs {
		if i >= len(missed) || missed[i] == 0 || p.Target == nil || p.Target.AP == nil {
			continue
		}
		j, ok := at[p.Target.AP]
		if !ok {
			j = len(all)
			at[p.Target.AP] = j
			all = append(all, probeMisses{ap: p.Target.AP})
		}
		all[j].missed += missed[i]
	}
	return all
}

// missedWarning is the warning for a probe, as the script writes it at
// line, whose program the kernel skipped n times; all is " in all" for a
// run's total, "" otherwise.
func missedWarning(probe string, line int, n uint64, all string) string {
	times := "times"
	if n == 1 {
		times = "time"
	}
	return fmt.Sprintf("%s (line %d) did not run %d %s%s: the kernel skipped it while a BPF program was already running on its CPU",
		format.Safe(probe), line, n, times, all)
}
