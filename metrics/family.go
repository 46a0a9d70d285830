package metrics

import (
	"math"
	"strings"
	"sync"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime/format"
)

// kind is how a map is served.
type kind uint8

const (
	counter kind = iota + 1
	gauge
	histogram
	summary // stats(): a count and a sum, no quantiles
)

// family is one map served as one metric family.
type family struct {
	m    *codegen.Map
	name string
	kind kind
	desc *prometheus.Desc
	// keep lists, for each variable label in order, the key part it
	// takes its value from; parts not listed are added together.
	keep  []int
	scale float64

	// The buckets a histogram family shows, the same for all its series:
	// from the lowest to the highest bucket any series has ever used, so
	// that series can be added up by le and a bucket, once shown, stays.
	mu       sync.Mutex
	low, top int // bucket indexes; top < low while none is known
}

// newFamily makes the family of map m: from its declaration when it has
// one (decl not nil), else named after the map with labels named from
// its key expressions.
func newFamily(m *codegen.Map, decl *lang.Metric) *family {
	f := &family{m: m, scale: 1, low: 1, top: 0}
	f.kind = kindOf(m.Info, decl)
	help := "map " + m.Name + " (" + aggName(m.Info) + ")"
	var labels []string
	var constLabels prometheus.Labels
	if decl != nil {
		f.name, f.scale = decl.Name, decl.Scale
		if decl.Help != "" {
			help = decl.Help
		}
		labels = decl.Labels
		constLabels = prometheus.Labels{}
		var reserved []string
		for _, c := range decl.Const {
			constLabels[c.Name] = c.Value
			reserved = append(reserved, c.Name)
		}
		if labels == nil {
			labels = inferLabels(m.Info, reserved...)
		}
	} else {
		f.name = defaultName(m.Name, f.kind == counter)
		labels = inferLabels(m.Info)
	}
	var names []string
	for i, l := range labels {
		if l != "" {
			f.keep = append(f.keep, i)
			names = append(names, l)
		}
	}
	f.desc = prometheus.NewDesc(f.name, help, names, constLabels)
	return f
}

// kindOf chooses how a map is served: count() and sums of unsigned
// values (or declared counter) only grow, so are counters; hist() and
// lhist() are histograms; stats() a summary; the rest gauges.
func kindOf(m *lang.MapInfo, decl *lang.Metric) kind {
	declared := func(k kind) kind {
		switch {
		case decl != nil && decl.Counter:
			return counter
		case decl != nil && decl.Gauge:
			return gauge
		}
		return k
	}
	if m.Value.Kind != lang.Agg {
		return declared(gauge)
	}
	switch m.Value.Agg {
	case lang.Count:
		return declared(counter)
	case lang.Sum:
		if m.Arg != nil && !m.Arg.Signed {
			return declared(counter)
		}
		return declared(gauge)
	case lang.Hist, lang.Lhist:
		return histogram
	case lang.Stats:
		return summary
	}
	return gauge
}

func aggName(m *lang.MapInfo) string {
	if m.Value.Kind == lang.Agg {
		return m.Value.Agg.String() + "()"
	}
	return "a value"
}

// series is one label set's value, added up over the key parts that are
// not labels: num for counts, sums, minimums, maximums and plain values;
// sum and count for avg and stats; buckets for histograms.
type series struct {
	labels  []string
	num     float64
	sum     int64
	count   uint64
	buckets []uint64
	set     bool
}

// collect turns a map's contents into metrics.
func (f *family) collect(fm *format.Map, ch chan<- prometheus.Metric) {
	groups := map[string]*series{}
	var order []*series
	for _, e := range fm.Entries {
		parts := flatten(e.Key)
		labels := make([]string, len(f.keep))
		for i, k := range f.keep {
			if k < len(parts) {
				labels[i] = labelValue(parts[k])
			}
		}
		id := strings.Join(labels, "\xff")
		s := groups[id]
		if s == nil {
			s = &series{labels: labels}
			groups[id] = s
			order = append(order, s)
		}
		s.add(fm.Kind, e)
	}
	if len(order) == 0 && f.m.Keyless && (f.kind == counter || f.kind == histogram || f.kind == summary) {
		// A map without keys holds one count from the start: 0 until
		// the first event, which is what a counter says.
		order = append(order, &series{})
	}
	if f.kind == histogram {
		f.widen(order)
	}
	for _, s := range order {
		ch <- f.metric(fm, s)
	}
}

// add adds entry e into s, as the map's aggregation combines values.
func (s *series) add(kind format.AggKind, e format.Entry) {
	n := number(e.Value)
	first := !s.set
	s.set = true
	switch kind {
	case format.Min:
		if first || n < s.num {
			s.num = n
		}
	case format.Max:
		if first || n > s.num {
			s.num = n
		}
	case format.Avg, format.Stats:
		s.sum += e.Sum
		s.count += e.Count
	case format.Hist, format.Lhist:
		for len(s.buckets) < len(e.Buckets) {
			s.buckets = append(s.buckets, 0)
		}
		for i, c := range e.Buckets {
			s.buckets[i] += c
		}
	default: // count, sum, plain values
		s.num += n
	}
}

// metric is one series as a Prometheus metric.
func (f *family) metric(fm *format.Map, s *series) prometheus.Metric {
	var m prometheus.Metric
	var err error
	switch f.kind {
	case histogram:
		count, buckets := f.cumulative(fm, s.buckets)
		// bpftrace's hist() and lhist() keep no sum: it is unknown.
		m, err = prometheus.NewConstHistogram(f.desc, count, math.NaN(), buckets, s.labels...)
	case summary:
		m, err = prometheus.NewConstSummary(f.desc, s.count, f.scaled(float64(s.sum)), nil, s.labels...)
	case counter:
		m, err = prometheus.NewConstMetric(f.desc, prometheus.CounterValue, f.scaled(s.value(fm.Kind)), s.labels...)
	default:
		m, err = prometheus.NewConstMetric(f.desc, prometheus.GaugeValue, f.scaled(s.value(fm.Kind)), s.labels...)
	}
	if err != nil {
		return prometheus.NewInvalidMetric(f.desc, err)
	}
	return m
}

// scaled converts x from the map's unit to the metric's. Going from a
// smaller unit it divides, by 1e3, 1e6 or 1e9 exactly, so that 2047 us is
// 0.002047 s and not the nearest float to 2047 times 1e-6.
func (f *family) scaled(x float64) float64 {
	if f.scale < 1 {
		return x / math.Round(1/f.scale)
	}
	return x * f.scale
}

// value is a counter's or gauge's number.
func (s *series) value(kind format.AggKind) float64 {
	if kind == format.Avg {
		if s.count == 0 {
			return math.NaN()
		}
		return float64(s.sum) / float64(s.count)
	}
	return s.num
}

// number is an integer value as a float.
func number(v format.Value) float64 {
	switch v.Kind {
	case format.Uint, format.Pointer:
		return float64(v.U)
	case format.Int:
		return float64(v.I)
	}
	return math.NaN()
}
