package runtime

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

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
	if final {
		for _, m := range byAttachPoint(s.out.Programs, now) {
			if m.missed > fresh[m.ap] {
				s.opts.Warn(missedWarning(m.ap.Raw, m.ap.Pos.Line, m.missed, " in all"))
			}
		}
	}
	s.reportDispatchMissed(final)
}

// reportDispatchMissed reports the runs the kernel skipped of the syscall
// dispatchers (syscalls.go) as reportMissed does a probe's. A skipped run
// of a dispatcher is a system call none of the probes it serves saw,
// whichever it was (one none of them traces, too): it cannot be told
// which, so the skips are reported against them all, as "up to".
func (s *session) reportDispatchMissed(final bool) {
	if s.dispatchMissed == nil {
		s.dispatchMissed = map[string]uint64{}
	}
	for _, ds := range s.syscalls.all() {
		now := ds.d.Misses()
		since := now - min(now, s.dispatchMissed[ds.d.dir])
		s.dispatchMissed[ds.d.dir] = now
		lines := probeLines(ds.served)
		if since > 0 {
			s.opts.Warn(dispatchMissedWarning(ds.d.dir, len(ds.served), lines, since, ""))
			if s.opts.JSON {
				fmt.Fprintf(s.opts.Out, "{\"type\": \"missed_runs\", \"data\": {\"dispatcher\": %s, \"probes\": %d, \"lines\": %s, \"runs\": %d}}\n",
					format.JSONString("raw_syscalls:"+ds.d.dir), len(ds.served), jsonInts(lines), since)
			}
		}
		if final && now > since {
			s.opts.Warn(dispatchMissedWarning(ds.d.dir, len(ds.served), lines, now, " in all"))
		}
	}
}

// probeLines is the lines of progs' attach points, each once, in order.
func probeLines(progs []*codegen.Program) []int {
	var lines []int
	for _, p := range progs {
		if p.Target != nil && p.Target.AP != nil {
			lines = append(lines, p.Target.AP.Pos.Line)
		}
	}
	slices.Sort(lines)
	return slices.Compact(lines)
}

// lineRanges writes sorted lines as "line 3" or "lines 2–5, 9".
func lineRanges(lines []int) string {
	var parts []string
	for i := 0; i < len(lines); {
		j := i
		for j+1 < len(lines) && lines[j+1] == lines[j]+1 {
			j++
		}
		if j > i {
			parts = append(parts, fmt.Sprintf("%d–%d", lines[i], lines[j]))
		} else {
			parts = append(parts, strconv.Itoa(lines[i]))
		}
		i = j + 1
	}
	if len(lines) == 1 {
		return "line " + parts[0]
	}
	return "lines " + strings.Join(parts, ", ")
}

// jsonInts is ns as a JSON array.
func jsonInts(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// dispatcherName names raw_syscalls:dir's dispatcher by the probes it
// serves (n programs, at lines): the probe label of its
// ntrace_program_runs_missed_total.
func dispatcherName(dir string, n int, lines []int) string {
	return fmt.Sprintf("raw_syscalls:%s dispatcher of the %d syscall tracepoints of %s", dir, n, lineRanges(lines))
}

// dispatchMissedWarning is the warning for raw_syscalls:dir's
// dispatcher, serving n syscall tracepoints at lines, which the kernel
// skipped m times; all is " in all" for a run's total, "" otherwise.
func dispatchMissedWarning(dir string, n int, lines []int, m uint64, all string) string {
	calls := "system calls"
	if m == 1 {
		calls = "system call"
	}
	return fmt.Sprintf("the %d syscall tracepoints of %s, run from raw_syscalls:%s, may have missed up to %d %s%s: the kernel skipped their dispatcher that often while a BPF program was already running on its CPU",
		n, lineRanges(lines), dir, m, calls, all)
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
