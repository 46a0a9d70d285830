package metrics

import (
	"runtime/debug"
	"strconv"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/ntrace/ntrace/runtime"
)

// Version is ntrace's version as the build info metric shows it; the
// Makefile sets it from git (-ldflags -X), else the module's version.
var Version = ""

// healthDescs are the metrics of ntrace's own health.
type healthDescs struct {
	buildInfo, attached, lost, dropped, maxEntries, mapKeys, runs, runTime *prometheus.Desc
}

// healthNames are the names of those metrics, which no map may take.
var healthNames = []string{
	"ntrace_build_info", "ntrace_probe_attached", "ntrace_events_lost_total",
	"ntrace_map_updates_dropped_total", "ntrace_map_max_entries", "ntrace_map_keys",
	"ntrace_program_runs_total", "ntrace_program_run_seconds_total",
}

func newHealthDescs() healthDescs {
	return healthDescs{
		buildInfo:  prometheus.NewDesc(healthNames[0], "ntrace's version and the Go that built it; always 1.", []string{"version", "revision", "goversion"}, nil),
		attached:   prometheus.NewDesc(healthNames[1], "Whether each of the script's probes is attached (1) or not (0), and how: tracepoint, tp_btf, kprobe, fentry, kprobe_multi, uprobe, perf_event (BEGIN and END are special).", []string{"probe", "mechanism"}, nil),
		lost:       prometheus.NewDesc(healthNames[2], "Events a probe could not hand to ntrace because the event buffer was full (see --buffer-size).", []string{"probe"}, nil),
		dropped:    prometheus.NewDesc(healthNames[3], "Updates a map refused, by cause: full when the update would have added a key past the map's size (see --map-size).", []string{"map", "cause"}, nil),
		maxEntries: prometheus.NewDesc(healthNames[4], "The most entries each map holds in the kernel (--map-size; a histogram takes one per key and bucket).", []string{"map"}, nil),
		mapKeys:    prometheus.NewDesc(healthNames[5], "Keys each served map holds now (a histogram's keys, not its buckets).", []string{"map"}, nil),
		runs:       prometheus.NewDesc(healthNames[6], "Times each probe's BPF program ran while the kernel counted them (bpf_stats: sysctl kernel.bpf_stats_enabled=1).", []string{"probe"}, nil),
		runTime:    prometheus.NewDesc(healthNames[7], "Time each probe's BPF program ran for while the kernel counted it (bpf_stats: sysctl kernel.bpf_stats_enabled=1).", []string{"probe"}, nil),
	}
}

// build sends the build info metric.
func (h healthDescs) build(ch chan<- prometheus.Metric) {
	version, revision, goversion := Version, "", ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		goversion = bi.GoVersion
		if version == "" {
			version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				revision = s.Value
			}
		}
	}
	ch <- prometheus.MustNewConstMetric(h.buildInfo, prometheus.GaugeValue, 1, version, revision, goversion)
}

// collect sends the probes' and maps' counters.
func (h healthDescs) collect(ch chan<- prometheus.Metric, probes []runtime.ProbeHealth, maps []runtime.MapHealth) {
	seen := map[string]int{}
	for _, p := range probes {
		// Two probe blocks may hook one probe: number the later ones.
		name := p.Probe
		if seen[name]++; seen[name] > 1 {
			name += " #" + strconv.Itoa(seen[name])
		}
		attached := 0.0
		if p.Mechanism != "" {
			attached = 1
		}
		ch <- prometheus.MustNewConstMetric(h.attached, prometheus.GaugeValue, attached, name, p.Mechanism)
		ch <- prometheus.MustNewConstMetric(h.lost, prometheus.CounterValue, float64(p.EventsLost), name)
		if p.HasStats {
			ch <- prometheus.MustNewConstMetric(h.runs, prometheus.CounterValue, float64(p.Runs), name)
			ch <- prometheus.MustNewConstMetric(h.runTime, prometheus.CounterValue, p.RunTime.Seconds(), name)
		}
	}
	for _, m := range maps {
		ch <- prometheus.MustNewConstMetric(h.dropped, prometheus.CounterValue, float64(m.DroppedFull), m.Map.Name, "full")
		ch <- prometheus.MustNewConstMetric(h.maxEntries, prometheus.GaugeValue, float64(m.MaxEntries), m.Map.Name)
	}
}
