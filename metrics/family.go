package metrics

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/metrics/exposition"
	"github.com/ntrace/ntrace/runtime/format"
)

// The types a map is served as.
const (
	counter   = exposition.Counter
	gauge     = exposition.Gauge
	histogram = exposition.Histogram
	summary   = exposition.Summary // stats(): a count and a sum, no quantiles
)

// family is one map served as one metric family.
type family struct {
	m                *codegen.Map
	name, help, unit string
	kind             exposition.Type
	// keep lists, for each variable label in order, the key part it
	// takes its value from; parts not listed are added together.
	keep []int
	// labels are the names of a series' labels, the variable ones and
	// the declaration's constant ones, sorted by name; from says where
	// each takes its value: i >= 0 from variable label i, else from
	// constant label -i-1.
	labels []string
	from   []int
	consts []string
	scale  float64

	// The buckets a histogram family shows, the same for all its series:
	// from the lowest to the highest bucket any series has ever used, so
	// that series can be added up by le and a bucket, once shown, stays.
	mu       sync.Mutex
	low, top int // bucket indexes; top < low while none is known
}

// newFamily makes the family of map m: from its declaration when it has
// one (decl not nil), else named after the map with labels named from
// its key expressions. A counter's name ends in _total, added where the
// declaration leaves it off, so that both formats name its series alike.
func newFamily(m *codegen.Map, decl *lang.Metric) *family {
	f := &family{m: m, scale: 1, low: 1, top: 0}
	f.kind = kindOf(m.Info, decl)
	f.help = "map " + m.Name + " (" + aggName(m.Info) + ")"
	var labels []string
	var constNames []string
	if decl != nil {
		f.name, f.scale = decl.Name, decl.Scale
		if decl.Help != "" {
			f.help = strings.ToValidUTF8(decl.Help, "\uFFFD")
		}
		labels = decl.Labels
		for _, c := range decl.Const {
			// A -D value may be any bytes; a label value is UTF-8.
			constNames = append(constNames, c.Name)
			f.consts = append(f.consts, format.Safe(c.Value))
		}
		if labels == nil {
			labels = inferLabels(m.Info, constNames...)
		}
		if f.kind == counter && !strings.HasSuffix(f.name, "_total") {
			f.name += "_total"
		}
		if declaredTimeUnit(decl) && strings.HasSuffix(strings.TrimSuffix(f.name, "_total"), "_seconds") {
			f.unit = "seconds"
		}
	} else {
		f.name = defaultName(m.Name, f.kind == counter)
		labels = inferLabels(m.Info)
	}
	for i, l := range labels {
		if l != "" {
			f.labels, f.from = append(f.labels, l), append(f.from, len(f.keep))
			f.keep = append(f.keep, i)
		}
	}
	for i, l := range constNames {
		f.labels, f.from = append(f.labels, l), append(f.from, -i-1)
	}
	sort.Sort(byLabelName{f})
	return f
}

// byLabelName sorts a family's labels by name.
type byLabelName struct{ f *family }

func (s byLabelName) Len() int           { return len(s.f.labels) }
func (s byLabelName) Less(i, j int) bool { return s.f.labels[i] < s.f.labels[j] }
func (s byLabelName) Swap(i, j int) {
	s.f.labels[i], s.f.labels[j] = s.f.labels[j], s.f.labels[i]
	s.f.from[i], s.f.from[j] = s.f.from[j], s.f.from[i]
}

// declaredTimeUnit says whether a declaration gives a unit of time, which
// the metric is then served in seconds of.
func declaredTimeUnit(decl *lang.Metric) bool {
	for _, w := range decl.Decl.Words {
		if lang.MetricUnits[w] != 0 {
			return true
		}
	}
	return false
}

// kindOf chooses how a map is served: count() and sums of unsigned
// values (or declared counter) only grow, so are counters; hist() and
// lhist() are histograms; stats() a summary; the rest gauges.
func kindOf(m *lang.MapInfo, decl *lang.Metric) exposition.Type {
	declared := func(k exposition.Type) exposition.Type {
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

// collect turns a map's contents into the family's series, sorted by
// their labels.
func (f *family) collect(fm *format.Map) []exposition.Metric {
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
	out := make([]exposition.Metric, len(order))
	for i, s := range order {
		out[i] = f.metric(fm, s)
	}
	slices.SortFunc(out, func(a, b exposition.Metric) int {
		for i := range a.Labels {
			if c := strings.Compare(a.Labels[i].Value, b.Labels[i].Value); c != 0 {
				return c
			}
		}
		return 0
	})
	return out
}

// family is the family with its series.
func (f *family) family(metrics []exposition.Metric) exposition.Family {
	return exposition.Family{Name: f.name, Help: f.help, Unit: f.unit, Type: f.kind, Metrics: metrics}
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

// metric is one series as a metric: its labels in name order, and its
// value, or its count, sum and buckets.
func (f *family) metric(fm *format.Map, s *series) exposition.Metric {
	m := exposition.Metric{Labels: make([]exposition.Label, len(f.labels))}
	for i, name := range f.labels {
		m.Labels[i].Name = name
		if j := f.from[i]; j >= 0 {
			m.Labels[i].Value = s.labels[j]
		} else {
			m.Labels[i].Value = f.consts[-j-1]
		}
	}
	switch f.kind {
	case histogram:
		m.Count, m.Buckets = f.cumulative(fm, s.buckets)
		// bpftrace's hist() and lhist() keep no sum: it is unknown.
		m.Sum = math.NaN()
	case summary:
		m.Count, m.Sum = s.count, f.scaled(float64(s.sum))
	default:
		m.Value = f.scaled(s.value(fm.Kind))
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
