package metrics

import (
	"errors"
	"fmt"
	"net/http"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime"
	"github.com/ntrace/ntrace/runtime/format"
)

// Source is what the exporter reads at each scrape; runtime.Live is one.
type Source interface {
	Read(m *codegen.Map) (*format.Map, error)
	Health() ([]runtime.ProbeHealth, []runtime.MapHealth, error)
}

// Exporter serves a compiled script's maps, read at each scrape, and
// ntrace's own health as Prometheus metrics. It is a
// prometheus.Collector.
type Exporter struct {
	families []*family
	health   healthDescs
	reg      *prometheus.Registry

	mu  sync.Mutex
	src Source // nil until the run's maps exist
}

// New makes the exporter of a compiled script. A script that declares
// metrics (lang.Info.Metrics) serves those maps only; one that declares
// none serves every map that holds numbers or aggregations, named
// ntrace_<map>. It fails when two metrics would have one name.
func New(out *codegen.Output, info *lang.Info) (*Exporter, error) {
	e := &Exporter{health: newHealthDescs()}
	names := map[string]string{}
	for _, n := range healthNames {
		names[n] = "ntrace itself"
	}
	add := func(m *codegen.Map, decl *lang.Metric) error {
		f := newFamily(m, decl)
		for _, suffix := range []string{"", "_bucket", "_count", "_sum"} {
			if other, ok := names[f.name+suffix]; ok {
				return fmt.Errorf("metric %s of map %s clashes with %s's; name one of them with a metric declaration", f.name, m.Name, other)
			}
		}
		names[f.name] = "map " + m.Name
		e.families = append(e.families, f)
		return nil
	}
	byName := map[string]*codegen.Map{}
	for _, m := range out.Maps {
		byName[m.Name] = m
	}
	if len(info.Metrics) > 0 {
		for _, d := range info.Metrics {
			if m := byName[d.Map.Name]; m != nil {
				if err := add(m, d); err != nil {
					return nil, err
				}
			}
		}
	} else {
		for _, m := range out.Maps {
			if v := m.Info.Value; v.Kind == lang.Agg || v.IsInteger() {
				if err := add(m, nil); err != nil {
					return nil, err
				}
			}
		}
	}
	e.reg = prometheus.NewRegistry()
	if err := e.reg.Register(e); err != nil {
		return nil, fmt.Errorf("registering the script's metrics: %w", err)
	}
	if err := e.reg.Register(collectors.NewProcessCollector(collectors.ProcessCollectorOpts{})); err != nil {
		return nil, fmt.Errorf("registering the process metrics: %w", err)
	}
	return e, nil
}

// SetSource starts reading the run's maps: until then scrapes show only
// ntrace's build and process.
func (e *Exporter) SetSource(src Source) {
	e.mu.Lock()
	e.src = src
	e.mu.Unlock()
}

// Handler serves /metrics: the Prometheus text format, or OpenMetrics
// when the scraper's Accept header asks for it. errorf hears of maps that
// could not be read; the scrape still returns the rest.
func (e *Exporter) Handler(errorf func(format string, args ...any)) http.Handler {
	return promhttp.HandlerFor(e.reg, promhttp.HandlerOpts{
		EnableOpenMetrics: true,
		ErrorHandling:     promhttp.ContinueOnError,
		ErrorLog:          logFunc(errorf),
	})
}

// logFunc adapts a printf-like function to promhttp's Logger.
type logFunc func(format string, args ...any)

func (f logFunc) Println(v ...any) { f("%s", fmt.Sprint(v...)) }

// Describe sends nothing: the labels of a script's metrics are known, but
// which series exist is not until a scrape, so the exporter is an
// unchecked collector.
func (e *Exporter) Describe(chan<- *prometheus.Desc) {}

// Collect reads every served map and ntrace's counters.
func (e *Exporter) Collect(ch chan<- prometheus.Metric) {
	e.health.build(ch)
	e.mu.Lock()
	src := e.src
	e.mu.Unlock()
	if src == nil {
		return
	}
	for _, f := range e.families {
		fm, err := src.Read(f.m)
		if errors.Is(err, runtime.ErrRunEnded) {
			return // a scrape as ntrace exits: the maps are gone
		}
		if err != nil {
			ch <- prometheus.NewInvalidMetric(f.desc, fmt.Errorf("reading map %s: %w", f.m.Name, err))
			continue
		}
		f.collect(fm, ch)
		ch <- prometheus.MustNewConstMetric(e.health.mapKeys, prometheus.GaugeValue, float64(len(fm.Entries)), f.m.Name)
	}
	probes, maps, err := src.Health()
	if errors.Is(err, runtime.ErrRunEnded) {
		return
	}
	if err != nil {
		ch <- prometheus.NewInvalidMetric(e.health.lost, fmt.Errorf("reading ntrace's counters: %w", err))
		return
	}
	e.health.collect(ch, probes, maps)
}
