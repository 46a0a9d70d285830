package metrics

import (
	"strconv"

	"github.com/ntrace/ntrace/internal/buildinfo"
	"github.com/ntrace/ntrace/metrics/exposition"
	"github.com/ntrace/ntrace/runtime"
)

// The metrics of ntrace's own health, which no map may take: static
// data, nothing to build at start, --metrics or not.
var (
	buildInfo  = exposition.Family{Name: "ntrace_build_info", Type: exposition.Gauge, Help: "ntrace's version and the Go that built it; always 1."}
	attached   = exposition.Family{Name: "ntrace_probe_attached", Type: exposition.Gauge, Help: "Whether each of the script's probes is attached (1) or not (0), and how: tracepoint, tp_btf, kprobe, fentry, kprobe_multi, uprobe, perf_event (BEGIN and END are special)."}
	lost       = exposition.Family{Name: "ntrace_events_lost_total", Type: exposition.Counter, Help: "Events a probe could not hand to ntrace because the event buffer was full (see --buffer-size)."}
	dropped    = exposition.Family{Name: "ntrace_map_updates_dropped_total", Type: exposition.Counter, Help: "Updates a map refused, by cause: full when the update would have added a key past the map's size (see --map-size)."}
	maxEntries = exposition.Family{Name: "ntrace_map_max_entries", Type: exposition.Gauge, Help: "The most entries each map holds in the kernel (--map-size; a histogram takes one per key and bucket)."}
	mapKeys    = exposition.Family{Name: "ntrace_map_keys", Type: exposition.Gauge, Help: "Keys each served map holds now (a histogram's keys, not its buckets)."}
	runs       = exposition.Family{Name: "ntrace_program_runs_total", Type: exposition.Counter, Help: "Times each probe's BPF program ran while the kernel counted them (bpf_stats: sysctl kernel.bpf_stats_enabled=1)."}
	missed     = exposition.Family{Name: "ntrace_program_runs_missed_total", Type: exposition.Counter, Help: "Times the kernel skipped each probe's BPF program because another BPF program was running on the CPU (recursion_misses; 0 before Linux 5.12): the probe saw nothing of those events. A syscall dispatcher's (which many syscall tracepoints run from) are system calls any of its probes may have missed."}
	runTime    = exposition.Family{Name: "ntrace_program_run_seconds_total", Type: exposition.Counter, Unit: "seconds", Help: "Time each probe's BPF program ran for while the kernel counted it (bpf_stats: sysctl kernel.bpf_stats_enabled=1)."}
)

// healthFamilies are the families above and the process's, for the
// exporter's name clash check.
var healthFamilies = []exposition.Family{buildInfo, attached, lost, dropped, maxEntries, mapKeys, runs, missed, runTime,
	cpuSeconds, residentMemory, openFDs, startTime}

// with is a family with series added.
func with(f exposition.Family, m ...exposition.Metric) exposition.Family {
	f.Metrics = append(f.Metrics, m...)
	return f
}

// labelled is a series with labels given as name, value pairs, which must
// come in name order.
func labelled(v float64, nameValues ...string) exposition.Metric {
	m := exposition.Metric{Value: v}
	for i := 0; i+1 < len(nameValues); i += 2 {
		m.Labels = append(m.Labels, exposition.Label{Name: nameValues[i], Value: nameValues[i+1]})
	}
	return m
}

// buildFamily is the build info metric.
func buildFamily() exposition.Family {
	in := buildinfo.Read()
	return with(buildInfo, labelled(1, "goversion", in.Go, "revision", in.Commit, "version", in.Version))
}

// healthOf is the probes' and maps' counters as families.
func healthOf(probes []runtime.ProbeHealth, maps []runtime.MapHealth) []exposition.Family {
	att, lo, ru, mi, rt := attached, lost, runs, missed, runTime
	seen := map[string]int{}
	for _, p := range probes {
		if p.Dispatcher {
			mi = with(mi, labelled(float64(p.RunsMissed), "probe", p.Probe))
			continue
		}
		// Two probe blocks may hook one probe: number the later ones.
		name := p.Probe
		if seen[name]++; seen[name] > 1 {
			name += " #" + strconv.Itoa(seen[name])
		}
		on := 0.0
		if p.Mechanism != "" {
			on = 1
		}
		att = with(att, labelled(on, "mechanism", p.Mechanism, "probe", name))
		lo = with(lo, labelled(float64(p.EventsLost), "probe", name))
		mi = with(mi, labelled(float64(p.RunsMissed), "probe", name))
		if p.HasStats {
			ru = with(ru, labelled(float64(p.Runs), "probe", name))
			rt = with(rt, labelled(p.RunTime.Seconds(), "probe", name))
		}
	}
	dr, me := dropped, maxEntries
	for _, m := range maps {
		dr = with(dr, labelled(float64(m.DroppedFull), "cause", "full", "map", m.Map.Name))
		me = with(me, labelled(float64(m.MaxEntries), "map", m.Map.Name))
	}
	return []exposition.Family{att, lo, ru, mi, rt, dr, me}
}
