// Package exposition writes metric families in the two text formats
// Prometheus scrapes: its own text format, version 0.0.4, and
// OpenMetrics 1.0.0. It holds no registry and reads nothing: the caller
// builds the families at each scrape and Write renders them.
//
// The formats differ where a scraper would notice: OpenMetrics names a
// counter's family without the _total its sample carries, gives units in
// # UNIT lines, escapes double quotes in help text, writes le bounds in
// their canonical form (1.0, not 1), forbids a NaN or negative sum and
// a histogram _count without a _sum, and ends with # EOF.
package exposition

import (
	"bufio"
	"io"
	"math"
	"strconv"
	"strings"
)

// Type is a metric family's type.
type Type uint8

// The types ntrace serves.
const (
	Gauge Type = iota + 1
	Counter
	Histogram
	// Summary is a count and a sum, without quantiles.
	Summary
)

func (t Type) String() string {
	switch t {
	case Gauge:
		return "gauge"
	case Counter:
		return "counter"
	case Histogram:
		return "histogram"
	case Summary:
		return "summary"
	}
	return "unknown"
}

// Family is a metric family: a name, its metadata and its series.
type Family struct {
	// Name is the family's name as the text format has it: a counter's
	// ends in _total, which OpenMetrics moves from the family's name to
	// its sample's.
	Name string
	Help string
	// Unit is the family's unit ("seconds", "bytes"), "" when it has
	// none. OpenMetrics shows it only where it ends the family's name
	// (after an underscore), as the format requires.
	Unit    string
	Type    Type
	Metrics []Metric
}

// Label is one label of a series. Its name is a valid label name and its
// value valid UTF-8, as both formats require; Write escapes the value.
type Label struct{ Name, Value string }

// Metric is one series of a family: its labels and, by the family's
// type, a value (gauges and counters) or a count, a sum and buckets
// (histograms and summaries).
type Metric struct {
	Labels []Label
	Value  float64
	Count  uint64
	// Sum is NaN when it is unknown: the text format shows it so,
	// OpenMetrics leaves it (and a histogram's _count) out.
	Sum float64
	// Buckets are a histogram's bounds in increasing order with the
	// count of observations at or below each; the +Inf bucket is not
	// among them: it is Count.
	Buckets []Bucket
}

// Bucket is a histogram bucket: its upper bound (le) and the count of
// observations at or below it.
type Bucket struct {
	UpperBound float64
	Count      uint64
}

// Write writes families in format f. The families' names must be
// distinct, as must each family's label sets; Write keeps their order.
func Write(w io.Writer, f Format, families []Family) error {
	bw := bufio.NewWriterSize(w, 32<<10)
	e := encoder{w: bw, om: f == OpenMetrics}
	for i := range families {
		e.family(&families[i])
		if e.err != nil {
			return e.err
		}
	}
	if e.om {
		e.write("# EOF\n")
	}
	if e.err != nil {
		return e.err
	}
	return bw.Flush()
}

// encoder writes one exposition, remembering the first error.
type encoder struct {
	w   *bufio.Writer
	om  bool
	buf []byte
	err error
}

func (e *encoder) write(s string) {
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

func (e *encoder) flushLine() {
	if e.err == nil {
		_, e.err = e.w.Write(e.buf)
	}
	e.buf = e.buf[:0]
}

// family writes a family's metadata and samples.
func (e *encoder) family(f *Family) {
	name := f.Name
	sample := name // the name of a counter's or gauge's sample
	if e.om && f.Type == Counter {
		name = strings.TrimSuffix(name, "_total")
		sample = name + "_total"
	}
	if e.om {
		e.meta("TYPE", name, f.Type.String())
		if f.Unit != "" && strings.HasSuffix(name, "_"+f.Unit) {
			e.meta("UNIT", name, f.Unit)
		}
		if f.Help != "" {
			e.meta("HELP", name, escapeHelp(f.Help, true))
		}
	} else {
		if f.Help != "" {
			e.meta("HELP", name, escapeHelp(f.Help, false))
		}
		e.meta("TYPE", name, f.Type.String())
	}
	for i := range f.Metrics {
		m := &f.Metrics[i]
		switch f.Type {
		case Histogram:
			e.histogram(name, m)
		case Summary:
			e.summary(name, m)
		default:
			e.buf = e.sampleStart(e.buf, sample, m.Labels, "", "")
			e.buf = appendValue(e.buf, m.Value)
			e.buf = append(e.buf, '\n')
			e.flushLine()
		}
	}
}

// meta writes a # HELP, # TYPE or # UNIT line.
func (e *encoder) meta(kind, name, text string) {
	e.buf = append(e.buf, "# "...)
	e.buf = append(e.buf, kind...)
	e.buf = append(e.buf, ' ')
	e.buf = append(e.buf, name...)
	e.buf = append(e.buf, ' ')
	e.buf = append(e.buf, text...)
	e.buf = append(e.buf, '\n')
	e.flushLine()
}

// histogram writes a histogram's buckets, then its sum and count: in
// OpenMetrics only when the sum is known and may be given (not NaN, not
// negative, no bucket bound below zero), as the format ties the count to
// the sum.
func (e *encoder) histogram(name string, m *Metric) {
	negative := false
	for _, b := range m.Buckets {
		e.bucket(name, m.Labels, e.bound(b.UpperBound), b.Count)
		negative = negative || b.UpperBound < 0
	}
	e.bucket(name, m.Labels, "+Inf", m.Count)
	if e.om && (math.IsNaN(m.Sum) || m.Sum < 0 || negative) {
		return
	}
	e.sumAndCount(name, m)
}

// summary writes a summary's count and sum; OpenMetrics has no NaN or
// negative sum, so there an unknown or negative one is left out.
func (e *encoder) summary(name string, m *Metric) {
	if e.om && (math.IsNaN(m.Sum) || m.Sum < 0) {
		e.buf = e.sampleStart(e.buf, name+"_count", m.Labels, "", "")
		e.buf = strconv.AppendUint(e.buf, m.Count, 10)
		e.buf = append(e.buf, '\n')
		e.flushLine()
		return
	}
	e.sumAndCount(name, m)
}

// sumAndCount writes name_sum and name_count: in the text format's order
// (sum first, as its specification shows it) or OpenMetrics' (count
// first, as its examples do).
func (e *encoder) sumAndCount(name string, m *Metric) {
	sum := func() {
		e.buf = e.sampleStart(e.buf, name+"_sum", m.Labels, "", "")
		e.buf = appendValue(e.buf, m.Sum)
		e.buf = append(e.buf, '\n')
		e.flushLine()
	}
	count := func() {
		e.buf = e.sampleStart(e.buf, name+"_count", m.Labels, "", "")
		e.buf = strconv.AppendUint(e.buf, m.Count, 10)
		e.buf = append(e.buf, '\n')
		e.flushLine()
	}
	if e.om {
		count()
		sum()
		return
	}
	sum()
	count()
}

func (e *encoder) bucket(name string, labels []Label, le string, count uint64) {
	e.buf = e.sampleStart(e.buf, name+"_bucket", labels, "le", le)
	e.buf = strconv.AppendUint(e.buf, count, 10)
	e.buf = append(e.buf, '\n')
	e.flushLine()
}

// bound is a bucket's le: Go's shortest rendering in the text format; in
// OpenMetrics its canonical form, which is the same with .0 added to a
// whole number (1.0, 1023.0, but 1e+06).
func (e *encoder) bound(le float64) string {
	if math.IsInf(le, 1) {
		return "+Inf"
	}
	s := strconv.FormatFloat(le, 'g', -1, 64)
	if e.om && !strings.ContainsAny(s, ".eIN") {
		s += ".0"
	}
	return s
}

// sampleStart appends a sample's name and labels, with one more label
// (le) when extra is not "", and the space before its value.
func (e *encoder) sampleStart(b []byte, name string, labels []Label, extra, extraValue string) []byte {
	b = append(b, name...)
	if len(labels) > 0 || extra != "" {
		b = append(b, '{')
		for i, l := range labels {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendLabel(b, l.Name, l.Value)
		}
		if extra != "" {
			if len(labels) > 0 {
				b = append(b, ',')
			}
			b = appendLabel(b, extra, extraValue)
		}
		b = append(b, '}')
	}
	return append(b, ' ')
}

// appendLabel appends name="value", the value escaped as both formats
// escape it: backslash, double quote and line feed.
func appendLabel(b []byte, name, value string) []byte {
	b = append(b, name...)
	b = append(b, '=', '"')
	for i := 0; i < len(value); i++ {
		switch c := value[i]; c {
		case '\\':
			b = append(b, '\\', '\\')
		case '"':
			b = append(b, '\\', '"')
		case '\n':
			b = append(b, '\\', 'n')
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}

// escapeHelp escapes help text: backslash and line feed in the text
// format, and double quote too in OpenMetrics.
func escapeHelp(s string, quote bool) string {
	if !strings.ContainsAny(s, "\\\n\"") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '"' && quote:
			b.WriteString(`\"`)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// appendValue appends a sample's value: NaN, +Inf and -Inf by name, a
// whole number as an integer (1234567, not 1.234567e+06), anything else
// in Go's shortest form that reads back the same (0.0015, 1e-07).
func appendValue(b []byte, v float64) []byte {
	switch {
	case math.IsNaN(v):
		return append(b, "NaN"...)
	case math.IsInf(v, 1):
		return append(b, "+Inf"...)
	case math.IsInf(v, -1):
		return append(b, "-Inf"...)
	case v == 0:
		return append(b, '0') // and not -0
	case v == math.Trunc(v) && math.Abs(v) < 1e19: // counts up to 2^63
		return strconv.AppendFloat(b, v, 'f', -1, 64)
	}
	return strconv.AppendFloat(b, v, 'g', -1, 64)
}
