package exposition

import (
	"bytes"
	"errors"
	"math"
	"testing"

	"github.com/ntrace/ntrace/internal/promcheck"
)

// render writes families in format f.
func render(t *testing.T, f Format, fams ...Family) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, f, fams); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// expect compares what families render to in both formats with the
// bytes the formats' specifications call for, written out by hand.
func expect(t *testing.T, fams []Family, text, om string) {
	t.Helper()
	if got := render(t, Text, fams...); got != text {
		t.Errorf("text format:\n%s\nwant:\n%s", got, text)
	}
	if got := render(t, OpenMetrics, fams...); got != om {
		t.Errorf("OpenMetrics:\n%s\nwant:\n%s", got, om)
	}
}

func TestGauge(t *testing.T) {
	expect(t, []Family{{
		Name: "ntrace_temperature", Help: "a gauge", Type: Gauge,
		Metrics: []Metric{
			{Value: 42},
			{Labels: []Label{{"cpu", "0"}, {"comm", "sh"}}, Value: -2.5},
			{Labels: []Label{{"cpu", "1"}}, Value: math.NaN()},
			{Labels: []Label{{"cpu", "2"}}, Value: math.Inf(1)},
			{Labels: []Label{{"cpu", "3"}}, Value: math.Inf(-1)},
			{Labels: []Label{{"cpu", "4"}}, Value: 1234567},
			{Labels: []Label{{"cpu", "5"}}, Value: 0.000001},
			{Labels: []Label{{"cpu", "6"}}, Value: 1e300},
			{Labels: []Label{{"cpu", "7"}}, Value: math.Copysign(0, -1)},
		},
	}},
		`# HELP ntrace_temperature a gauge
# TYPE ntrace_temperature gauge
ntrace_temperature 42
ntrace_temperature{cpu="0",comm="sh"} -2.5
ntrace_temperature{cpu="1"} NaN
ntrace_temperature{cpu="2"} +Inf
ntrace_temperature{cpu="3"} -Inf
ntrace_temperature{cpu="4"} 1234567
ntrace_temperature{cpu="5"} 1e-06
ntrace_temperature{cpu="6"} 1e+300
ntrace_temperature{cpu="7"} 0
`,
		`# TYPE ntrace_temperature gauge
# HELP ntrace_temperature a gauge
ntrace_temperature 42
ntrace_temperature{cpu="0",comm="sh"} -2.5
ntrace_temperature{cpu="1"} NaN
ntrace_temperature{cpu="2"} +Inf
ntrace_temperature{cpu="3"} -Inf
ntrace_temperature{cpu="4"} 1234567
ntrace_temperature{cpu="5"} 1e-06
ntrace_temperature{cpu="6"} 1e+300
ntrace_temperature{cpu="7"} 0
# EOF
`)
}

// A counter's family is named without _total in OpenMetrics; its sample
// has it in both. A counter named without _total gets it in OpenMetrics
// only, as the format wants.
func TestCounter(t *testing.T) {
	expect(t, []Family{
		{Name: "ntrace_drops_total", Help: "drops", Type: Counter, Metrics: []Metric{
			{Labels: []Label{{"reason", "NO_SOCKET"}}, Value: 3},
			{Labels: []Label{{"reason", "OTHER"}}, Value: 9007199254740992},
		}},
		{Name: "ntrace_cpu_seconds_total", Unit: "seconds", Type: Counter, Metrics: []Metric{{Value: 0.25}}},
		{Name: "odd", Type: Counter, Metrics: []Metric{{Value: 1}}},
	},
		`# HELP ntrace_drops_total drops
# TYPE ntrace_drops_total counter
ntrace_drops_total{reason="NO_SOCKET"} 3
ntrace_drops_total{reason="OTHER"} 9007199254740992
# TYPE ntrace_cpu_seconds_total counter
ntrace_cpu_seconds_total 0.25
# TYPE odd counter
odd 1
`,
		`# TYPE ntrace_drops counter
# HELP ntrace_drops drops
ntrace_drops_total{reason="NO_SOCKET"} 3
ntrace_drops_total{reason="OTHER"} 9007199254740992
# TYPE ntrace_cpu_seconds counter
# UNIT ntrace_cpu_seconds seconds
ntrace_cpu_seconds_total 0.25
# TYPE odd counter
odd_total 1
# EOF
`)
}

// Histograms: cumulative buckets in increasing le with +Inf last, then
// the sum and count. Text bounds are Go's shortest form, OpenMetrics'
// canonical (a whole number gets .0). OpenMetrics has no NaN sum, no sum
// beside a bucket below zero, and a _count only beside a _sum.
func TestHistogram(t *testing.T) {
	nan := math.NaN()
	fams := []Family{
		{Name: "ntrace_wait_seconds", Help: "waits", Unit: "seconds", Type: Histogram, Metrics: []Metric{
			{Labels: []Label{{"port", "53"}}, Count: 7, Sum: nan, Buckets: []Bucket{{0, 0}, {0.000001, 1}, {0.002047, 5}, {1, 6}, {1e6, 6}}},
			{Labels: []Label{{"port", "54"}}, Count: 0, Sum: nan, Buckets: []Bucket{{0, 0}, {0.000001, 0}, {0.002047, 0}, {1, 0}, {1e6, 0}}},
		}},
		{Name: "ntrace_sizes", Type: Histogram, Metrics: []Metric{
			{Count: 3, Sum: 120.5, Buckets: []Bucket{{63, 1}, {127, 2}}},
		}},
		{Name: "ntrace_signed", Type: Histogram, Metrics: []Metric{
			{Count: 2, Sum: 5, Buckets: []Bucket{{-1, 1}, {9, 1}}},
		}},
		{Name: "ntrace_empty", Type: Histogram, Metrics: []Metric{{Sum: nan}}},
	}
	expect(t, fams,
		`# HELP ntrace_wait_seconds waits
# TYPE ntrace_wait_seconds histogram
ntrace_wait_seconds_bucket{port="53",le="0"} 0
ntrace_wait_seconds_bucket{port="53",le="1e-06"} 1
ntrace_wait_seconds_bucket{port="53",le="0.002047"} 5
ntrace_wait_seconds_bucket{port="53",le="1"} 6
ntrace_wait_seconds_bucket{port="53",le="1e+06"} 6
ntrace_wait_seconds_bucket{port="53",le="+Inf"} 7
ntrace_wait_seconds_sum{port="53"} NaN
ntrace_wait_seconds_count{port="53"} 7
ntrace_wait_seconds_bucket{port="54",le="0"} 0
ntrace_wait_seconds_bucket{port="54",le="1e-06"} 0
ntrace_wait_seconds_bucket{port="54",le="0.002047"} 0
ntrace_wait_seconds_bucket{port="54",le="1"} 0
ntrace_wait_seconds_bucket{port="54",le="1e+06"} 0
ntrace_wait_seconds_bucket{port="54",le="+Inf"} 0
ntrace_wait_seconds_sum{port="54"} NaN
ntrace_wait_seconds_count{port="54"} 0
# TYPE ntrace_sizes histogram
ntrace_sizes_bucket{le="63"} 1
ntrace_sizes_bucket{le="127"} 2
ntrace_sizes_bucket{le="+Inf"} 3
ntrace_sizes_sum 120.5
ntrace_sizes_count 3
# TYPE ntrace_signed histogram
ntrace_signed_bucket{le="-1"} 1
ntrace_signed_bucket{le="9"} 1
ntrace_signed_bucket{le="+Inf"} 2
ntrace_signed_sum 5
ntrace_signed_count 2
# TYPE ntrace_empty histogram
ntrace_empty_bucket{le="+Inf"} 0
ntrace_empty_sum NaN
ntrace_empty_count 0
`,
		`# TYPE ntrace_wait_seconds histogram
# UNIT ntrace_wait_seconds seconds
# HELP ntrace_wait_seconds waits
ntrace_wait_seconds_bucket{port="53",le="0.0"} 0
ntrace_wait_seconds_bucket{port="53",le="1e-06"} 1
ntrace_wait_seconds_bucket{port="53",le="0.002047"} 5
ntrace_wait_seconds_bucket{port="53",le="1.0"} 6
ntrace_wait_seconds_bucket{port="53",le="1e+06"} 6
ntrace_wait_seconds_bucket{port="53",le="+Inf"} 7
ntrace_wait_seconds_bucket{port="54",le="0.0"} 0
ntrace_wait_seconds_bucket{port="54",le="1e-06"} 0
ntrace_wait_seconds_bucket{port="54",le="0.002047"} 0
ntrace_wait_seconds_bucket{port="54",le="1.0"} 0
ntrace_wait_seconds_bucket{port="54",le="1e+06"} 0
ntrace_wait_seconds_bucket{port="54",le="+Inf"} 0
# TYPE ntrace_sizes histogram
ntrace_sizes_bucket{le="63.0"} 1
ntrace_sizes_bucket{le="127.0"} 2
ntrace_sizes_bucket{le="+Inf"} 3
ntrace_sizes_count 3
ntrace_sizes_sum 120.5
# TYPE ntrace_signed histogram
ntrace_signed_bucket{le="-1.0"} 1
ntrace_signed_bucket{le="9.0"} 1
ntrace_signed_bucket{le="+Inf"} 2
# TYPE ntrace_empty histogram
ntrace_empty_bucket{le="+Inf"} 0
# EOF
`)
}

// Summaries are a count and a sum; OpenMetrics drops a sum that is NaN
// or negative (it is a counter there) and keeps the count.
func TestSummary(t *testing.T) {
	expect(t, []Family{{Name: "ntrace_size_bytes", Help: "sizes", Unit: "bytes", Type: Summary, Metrics: []Metric{
		{Labels: []Label{{"comm", "sh"}}, Count: 4, Sum: 10},
		{Labels: []Label{{"comm", "ls"}}, Count: 2, Sum: -6},
		{Labels: []Label{{"comm", "cat"}}, Count: 0, Sum: math.NaN()},
	}}},
		`# HELP ntrace_size_bytes sizes
# TYPE ntrace_size_bytes summary
ntrace_size_bytes_sum{comm="sh"} 10
ntrace_size_bytes_count{comm="sh"} 4
ntrace_size_bytes_sum{comm="ls"} -6
ntrace_size_bytes_count{comm="ls"} 2
ntrace_size_bytes_sum{comm="cat"} NaN
ntrace_size_bytes_count{comm="cat"} 0
`,
		`# TYPE ntrace_size_bytes summary
# UNIT ntrace_size_bytes bytes
# HELP ntrace_size_bytes sizes
ntrace_size_bytes_count{comm="sh"} 4
ntrace_size_bytes_sum{comm="sh"} 10
ntrace_size_bytes_count{comm="ls"} 2
ntrace_size_bytes_count{comm="cat"} 0
# EOF
`)
}

// Label values escape backslash, double quote and line feed in both
// formats; help text escapes backslash and line feed, and in OpenMetrics
// double quote too. Other bytes, UTF-8 and tabs among them, pass.
func TestEscaping(t *testing.T) {
	expect(t, []Family{{
		Name: "ntrace_calls_total", Help: "calls \"quoted\" to C:\\dir\nnext line", Type: Counter,
		Metrics: []Metric{{Labels: []Label{{"path", `C:\DIR\FILE.TXT`}, {"err", "Cannot find file:\n\"FILE.TXT\""}, {"name", "ünï\tcode"}}, Value: 1}},
	}},
		`# HELP ntrace_calls_total calls "quoted" to C:\\dir\nnext line
# TYPE ntrace_calls_total counter
ntrace_calls_total{path="C:\\DIR\\FILE.TXT",err="Cannot find file:\n\"FILE.TXT\"",name="ünï	code"} 1
`,
		`# TYPE ntrace_calls counter
# HELP ntrace_calls calls \"quoted\" to C:\\dir\nnext line
ntrace_calls_total{path="C:\\DIR\\FILE.TXT",err="Cannot find file:\n\"FILE.TXT\"",name="ünï	code"} 1
# EOF
`)
}

// A unit is shown only where it ends the family's name, and never in the
// text format, which has no unit; a family with no series is its
// metadata alone; no families are an empty text exposition, or # EOF.
func TestUnitsAndEmpty(t *testing.T) {
	expect(t, []Family{
		{Name: "ntrace_wait", Unit: "seconds", Type: Gauge},
		{Name: "ntrace_seconds_waited", Unit: "seconds", Type: Gauge},
	},
		"# TYPE ntrace_wait gauge\n# TYPE ntrace_seconds_waited gauge\n",
		"# TYPE ntrace_wait gauge\n# TYPE ntrace_seconds_waited gauge\n# EOF\n")
	expect(t, nil, "", "# EOF\n")
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("connection reset") }

func TestWriteError(t *testing.T) {
	fams := []Family{{Name: "g", Type: Gauge, Metrics: make([]Metric, 10000)}}
	if err := Write(failingWriter{}, OpenMetrics, fams); err == nil || err.Error() != "connection reset" {
		t.Errorf("err = %v", err)
	}
}

func TestNegotiate(t *testing.T) {
	for _, c := range []struct {
		accept string
		want   Format
	}{
		{"", Text},
		{"*/*", Text},
		{"text/plain", Text},
		{"text/plain;version=0.0.4", Text},
		// Prometheus 2.42's scrape.
		{"application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1", OpenMetrics},
		{"application/openmetrics-text", OpenMetrics},
		{"Application/OpenMetrics-Text; Version=\"1.0.0\"; charset=utf-8", OpenMetrics},
		// Only 1.0.0 is served: a scraper that wants 0.0.1 alone gets the
		// text format.
		{"application/openmetrics-text;version=0.0.1", Text},
		{"application/openmetrics-text;version=1.0.0;q=0.4,text/plain;q=0.5", Text},
		{"text/plain;q=0.5, application/openmetrics-text;q=0.9", OpenMetrics},
		{"application/openmetrics-text;q=0", Text},
		{"application/openmetrics-text;q=zero", Text},
		{"text/*;q=1, application/openmetrics-text", OpenMetrics},
		{"application/json", Text},
	} {
		if got := Negotiate(c.accept); got != c.want {
			t.Errorf("Accept %q: format %v, want %v", c.accept, got, c.want)
		}
	}
	if ct := OpenMetrics.ContentType(); ct != "application/openmetrics-text; version=1.0.0; charset=utf-8" {
		t.Errorf("OpenMetrics content type %q", ct)
	}
	if ct := Text.ContentType(); ct != "text/plain; version=0.0.4; charset=utf-8" {
		t.Errorf("text content type %q", ct)
	}
}

// The expositions this file expects, read by parsers written by others
// from the same specifications: promtool check metrics (Prometheus's
// text format linter) and the strict OpenMetrics parser of Prometheus's
// Python client, which checks what Prometheus's own parser lets pass
// (no NaN or negative counter-like samples, _count only beside _sum,
// bucket order, unit suffixes, # EOF).
func TestOthersParseIt(t *testing.T) {
	nan := math.NaN()
	fams := []Family{
		{Name: "ntrace_drops_total", Help: "drops \"of\" \\ packets\n", Type: Counter, Metrics: []Metric{{Labels: []Label{{"reason", "a\"b\\c\nd"}}, Value: 3}}},
		{Name: "ntrace_wait_seconds", Help: "waits", Unit: "seconds", Type: Histogram, Metrics: []Metric{
			{Labels: []Label{{"port", "53"}}, Count: 7, Sum: nan, Buckets: []Bucket{{0, 0}, {0.000001, 1}, {0.002047, 5}, {1, 6}}},
		}},
		{Name: "ntrace_signed", Help: "signed", Type: Histogram, Metrics: []Metric{{Count: 2, Sum: 5, Buckets: []Bucket{{-1, 1}, {9, 1}}}}},
		{Name: "ntrace_sizes", Help: "sizes", Type: Histogram, Metrics: []Metric{{Count: 3, Sum: 120.5, Buckets: []Bucket{{63, 1}, {127, 2}}}}},
		{Name: "ntrace_size_bytes", Help: "sizes", Unit: "bytes", Type: Summary, Metrics: []Metric{
			{Labels: []Label{{"comm", "sh"}}, Count: 4, Sum: 10}, {Labels: []Label{{"comm", "ls"}}, Count: 2, Sum: -6},
		}},
		{Name: "ntrace_avg", Help: "avg", Type: Gauge, Metrics: []Metric{{Value: nan}, {Labels: []Label{{"cpu", "1"}}, Value: -2.5}}},
	}
	promcheck.Text(t, render(t, Text, fams...))
	promcheck.OpenMetrics(t, render(t, OpenMetrics, fams...))
}
