package metrics

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/internal/promcheck"
	"github.com/ntrace/ntrace/internal/testenv"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/metrics/exposition"
	"github.com/ntrace/ntrace/runtime"
	"github.com/ntrace/ntrace/runtime/format"
)

// fakeSource serves map contents the test makes up, as the runtime would
// after reading them from the kernel.
type fakeSource struct {
	maps   map[string]*format.Map
	probes []runtime.ProbeHealth
	health []runtime.MapHealth
}

func (f *fakeSource) Read(m *codegen.Map) (*format.Map, error) {
	if fm := f.maps[m.Name]; fm != nil {
		return fm, nil
	}
	return &format.Map{Name: m.Name}, nil
}

func (f *fakeSource) Health() ([]runtime.ProbeHealth, []runtime.MapHealth, error) {
	return f.probes, f.health, nil
}

// compile checks and compiles src against the 6.18 test kernel.
func compile(t *testing.T, src string, params map[string]string) (*codegen.Output, *lang.Info) {
	t.Helper()
	prog, err := lang.Parse("test.nt", src)
	if err != nil {
		t.Fatal(lang.Render("test.nt", src, err))
	}
	info, err := lang.Check(prog, testenv.Env{TB: t, Kernel: "6.18"}, lang.Params{Named: params})
	if err != nil {
		t.Fatal(lang.Render("test.nt", src, err))
	}
	out, err := codegen.Compile(prog, info, codegen.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return out, info
}

// scrape serves the exporter over HTTP and returns the body (in the
// format accept asks for) and the families it was made of, by name.
func scrape(t *testing.T, e *Exporter, accept string) (string, map[string]exposition.Family) {
	t.Helper()
	_, body := get(t, e.Handler(t.Errorf), "Accept", accept)
	fams := map[string]exposition.Family{}
	for _, f := range e.gather(t.Errorf) {
		fams[f.Name] = f
	}
	return string(body), fams
}

// seriesLines renders a family's series as "labels value" lines, sorted,
// for comparing.
func seriesLines(f exposition.Family) []string {
	var out []string
	for _, m := range f.Metrics {
		var ls []string
		for _, l := range m.Labels {
			ls = append(ls, l.Name+"="+l.Value)
		}
		lbl := strings.Join(ls, ",")
		switch f.Type {
		case exposition.Summary:
			out = append(out, lbl+" count "+fmtFloat(float64(m.Count))+" sum "+fmtFloat(m.Sum))
		case exposition.Histogram:
			s := lbl + " count " + fmtFloat(float64(m.Count))
			for _, b := range m.Buckets {
				s += " " + fmtFloat(b.UpperBound) + ":" + fmtFloat(float64(b.Count))
			}
			out = append(out, s+" +Inf:"+fmtFloat(float64(m.Count)))
		default:
			out = append(out, lbl+" "+fmtFloat(m.Value))
		}
	}
	sort.Strings(out)
	return out
}

func fmtFloat(f float64) string {
	if math.IsInf(f, 1) {
		return "+Inf"
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func str(s string) format.Value { return format.Value{Kind: format.String, S: s} }
func u64(n uint64) format.Value { return format.Value{Kind: format.Uint, U: n} }
func i64(n int64) format.Value  { return format.Value{Kind: format.Int, I: n} }
func tuple(v ...format.Value) format.Value {
	return format.Value{Kind: format.Tuple, Elems: v}
}

func checkFamily(t *testing.T, fams map[string]exposition.Family, name string, typ exposition.Type, want ...string) {
	t.Helper()
	f, ok := fams[name]
	if !ok {
		t.Errorf("no metric %s; got %v", name, names(fams))
		return
	}
	if f.Type != typ {
		t.Errorf("%s is a %v, want %v", name, f.Type, typ)
	}
	if got := seriesLines(f); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n%s\nwant:\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func names(fams map[string]exposition.Family) []string {
	var out []string
	for n := range fams {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Without declarations every map is served, typed by its aggregation and
// labelled after its key expressions.
func TestInferredMetrics(t *testing.T) {
	src := `tracepoint:skb:kfree_skb {
  @drops[args->reason, ksym(args->location)] = count();
  @bytes[comm] = sum(args->protocol);
  @signed[comm] = sum((int64)pid - 5);
  @lo = min(nsecs);
  @avg[cpu] = avg(pid);
  @st[(pid, comm)] = stats(pid);
  $from = (pid, comm);
  @by[$from] = count();
  @stk[kstack, comm] = count();
  @plain[tid] = nsecs;
  @lin = lhist(pid, 0, 100, 10);
  @nokey = count();
}`
	out, info := compile(t, src, nil)
	e, err := New(out, info)
	if err != nil {
		t.Fatal(err)
	}
	src2 := &fakeSource{maps: map[string]*format.Map{
		"@drops": {Kind: format.Count, Entries: []format.Entry{
			{Key: []format.Value{str("SKB_DROP_REASON_NO_SOCKET"), str("__udp4_lib_rcv")}, Value: u64(3)},
			{Key: []format.Value{str("SKB_DROP_REASON_NETFILTER_DROP"), str("nft_do_chain")}, Value: u64(7)},
		}},
		"@bytes":  {Kind: format.Sum, Entries: []format.Entry{{Key: []format.Value{str("curl")}, Value: u64(1500)}}},
		"@signed": {Kind: format.Sum, Entries: []format.Entry{{Key: []format.Value{str("curl")}, Value: i64(-4)}}},
		"@lo":     {Kind: format.Min, Entries: []format.Entry{{Value: i64(42)}}},
		"@avg":    {Kind: format.Avg, Entries: []format.Entry{{Key: []format.Value{i64(1)}, Sum: 10, Count: 4}}},
		"@st":     {Kind: format.Stats, Entries: []format.Entry{{Key: []format.Value{tuple(i64(7), str("sh"))}, Sum: 10, Count: 4}}},
		"@by":     {Kind: format.Count, Entries: []format.Entry{{Key: []format.Value{tuple(i64(7), str("sh"))}, Value: u64(2)}}},
		"@stk": {Kind: format.Count, Entries: []format.Entry{
			{Key: []format.Value{{Kind: format.Stack, Frames: []format.Frame{{Text: "b+4"}, {Text: "a+1"}}}, str("sh")}, Value: u64(2)},
			{Key: []format.Value{{Kind: format.Stack, Frames: []format.Frame{{Text: "c+4"}}}, str("sh")}, Value: u64(3)},
		}},
		"@plain": {Kind: format.Plain, Entries: []format.Entry{{Key: []format.Value{i64(9)}, Value: i64(123)}}},
	}}
	e.SetSource(src2)
	body, fams := scrape(t, e, "")
	checkFamily(t, fams, "ntrace_drops_total", exposition.Counter,
		"location=__udp4_lib_rcv,reason=SKB_DROP_REASON_NO_SOCKET 3",
		"location=nft_do_chain,reason=SKB_DROP_REASON_NETFILTER_DROP 7")
	// A sum of unsigned values only grows; of signed ones it may fall.
	checkFamily(t, fams, "ntrace_bytes_total", exposition.Counter, "comm=curl 1500")
	checkFamily(t, fams, "ntrace_signed", exposition.Gauge, "comm=curl -4")
	checkFamily(t, fams, "ntrace_lo", exposition.Gauge, " 42")
	checkFamily(t, fams, "ntrace_avg", exposition.Gauge, "cpu=1 2.5")
	checkFamily(t, fams, "ntrace_st", exposition.Summary, "comm=sh,pid=7 count 4 sum 10")
	checkFamily(t, fams, "ntrace_by_total", exposition.Counter, "from_0=7,from_1=sh 2")
	// A stack is not a label unless declared one: its series add up.
	checkFamily(t, fams, "ntrace_stk_total", exposition.Counter, "comm=sh 5")
	checkFamily(t, fams, "ntrace_plain", exposition.Gauge, "tid=9 123")
	// A keyless count is 0 before its first event; a keyless histogram
	// has no buckets yet but +Inf.
	checkFamily(t, fams, "ntrace_nokey_total", exposition.Counter, " 0")
	checkFamily(t, fams, "ntrace_lin", exposition.Histogram, " count 0 +Inf:0")
	_ = body
}

// hist() buckets are [2^(k-2), 2^(k-1)) of integers, so each le is
// 2^(k-1)-1 exactly; with a unit, the bounds are scaled and stay exact
// decimals. Buckets are shown from the lowest to the highest any series
// used, the same for every series.
func TestHistogramBounds(t *testing.T) {
	src := `metric @h ntrace_wait_seconds(comm){port=${PORT}} us "waits";
tracepoint:skb:kfree_skb { @h[comm] = hist(nsecs / 1000); }`
	out, info := compile(t, src, map[string]string{"PORT": "53"})
	e, err := New(out, info)
	if err != nil {
		t.Fatal(err)
	}
	// Buckets: 0 negative, 1 zero, 2 [1,2), 3 [2,4) … 12 [1024,2048).
	a := make([]uint64, 13)
	a[3], a[12] = 5, 2 // [2,4) and [1024,2048)
	b := make([]uint64, 12)
	b[11] = 4 // [512,1024)
	src2 := &fakeSource{maps: map[string]*format.Map{"@h": {Kind: format.Hist, Entries: []format.Entry{
		{Key: []format.Value{str("a")}, Buckets: a},
		{Key: []format.Value{str("b")}, Buckets: b},
	}}}}
	e.SetSource(src2)
	body, fams := scrape(t, e, "")
	checkFamily(t, fams, "ntrace_wait_seconds", exposition.Histogram,
		"comm=a,port=53 count 7 0.000003:5 0.000007:5 0.000015:5 0.000031:5 0.000063:5 0.000127:5 0.000255:5 0.000511:5 0.001023:5 0.002047:7 +Inf:7",
		"comm=b,port=53 count 4 0.000003:0 0.000007:0 0.000015:0 0.000031:0 0.000063:0 0.000127:0 0.000255:0 0.000511:0 0.001023:4 0.002047:4 +Inf:4")
	if !strings.Contains(body, `ntrace_wait_seconds_bucket{comm="a",port="53",le="0.002047"} 7`) {
		t.Errorf("bounds not written as exact decimals:\n%s", body)
	}
	// bpftrace's hist() keeps no sum: it is unknown, not 0.
	if !strings.Contains(body, `ntrace_wait_seconds_sum{comm="a",port="53"} NaN`) {
		t.Errorf("sum not NaN:\n%s", body)
	}
	// Once a bucket has been shown, it stays.
	src2.maps["@h"] = &format.Map{Kind: format.Hist, Entries: []format.Entry{{Key: []format.Value{str("c")}, Buckets: []uint64{0, 1}}}}
	_, fams = scrape(t, e, "")
	checkFamily(t, fams, "ntrace_wait_seconds", exposition.Histogram,
		"comm=c,port=53 count 1 0:1 0.000001:1 0.000003:1 0.000007:1 0.000015:1 0.000031:1 0.000063:1 0.000127:1 0.000255:1 0.000511:1 0.001023:1 0.002047:1 +Inf:1")
}

// lhist(v, 0, 100, 10): bucket 0 below 0 (le -1), k in 1..10 [10(k-1),
// 10k) (le 10k-1), 11 from 100 up (only +Inf).
func TestLinearHistogramBounds(t *testing.T) {
	out, info := compile(t, `tracepoint:skb:kfree_skb { @l = lhist(pid, 0, 100, 10); }`, nil)
	e, err := New(out, info)
	if err != nil {
		t.Fatal(err)
	}
	buckets := make([]uint64, 12)
	buckets[0], buckets[1], buckets[5], buckets[11] = 1, 2, 3, 4
	e.SetSource(&fakeSource{maps: map[string]*format.Map{"@l": {Kind: format.Lhist, Lhist: [3]int64{0, 100, 10}, Entries: []format.Entry{{Buckets: buckets}}}}})
	_, fams := scrape(t, e, "")
	checkFamily(t, fams, "ntrace_l", exposition.Histogram,
		" count 10 -1:1 9:3 19:3 29:3 39:3 49:6 59:6 69:6 79:6 89:6 99:6 +Inf:10")
}

// A declaration can leave key parts out (_), which adds their series
// together as the aggregation does: counts add, minimums take the least.
func TestDroppedKeyParts(t *testing.T) {
	src := `metric @c ntrace_calls_total(_, comm) "calls";
metric @m ntrace_least(comm, _) "least";
tracepoint:skb:kfree_skb { @c[pid, comm] = count(); @m[comm, pid] = min(nsecs); }`
	out, info := compile(t, src, nil)
	e, err := New(out, info)
	if err != nil {
		t.Fatal(err)
	}
	e.SetSource(&fakeSource{maps: map[string]*format.Map{
		"@c": {Kind: format.Count, Entries: []format.Entry{
			{Key: []format.Value{i64(1), str("sh")}, Value: u64(2)},
			{Key: []format.Value{i64(2), str("sh")}, Value: u64(3)},
			{Key: []format.Value{i64(3), str("ls")}, Value: u64(1)},
		}},
		"@m": {Kind: format.Min, Entries: []format.Entry{
			{Key: []format.Value{str("sh"), i64(1)}, Value: i64(9)},
			{Key: []format.Value{str("sh"), i64(2)}, Value: i64(-3)},
		}},
	}})
	_, fams := scrape(t, e, "")
	checkFamily(t, fams, "ntrace_calls_total", exposition.Counter, "comm=ls 1", "comm=sh 5")
	checkFamily(t, fams, "ntrace_least", exposition.Gauge, "comm=sh -3")
}

// Label values from the kernel are escaped: control bytes, bytes that
// are not UTF-8 and runes that do not print as \xNN (as text output
// escapes them), then the text format's own escapes for quotes and
// backslashes. A declared stack label is the stack folded.
func TestLabelValues(t *testing.T) {
	src := `metric @c ntrace_calls_total(name, stack) "calls";
tracepoint:skb:kfree_skb { @c[comm, kstack] = count(); }`
	out, info := compile(t, src, nil)
	e, err := New(out, info)
	if err != nil {
		t.Fatal(err)
	}
	e.SetSource(&fakeSource{maps: map[string]*format.Map{"@c": {Kind: format.Count, Entries: []format.Entry{
		{Key: []format.Value{str("a\"b\\c\nd\xff\x1b[2J"), {Kind: format.Stack, Frames: []format.Frame{{Text: "leaf+12"}, {Text: "mid+3"}, {Text: "root+0"}}}}, Value: u64(1)},
	}}}})
	body, fams := scrape(t, e, "")
	checkFamily(t, fams, "ntrace_calls_total", exposition.Counter, `name=a"b\c\x0ad\xff\x1b[2J,stack=root;mid;leaf 1`)
	if !strings.Contains(body, `name="a\"b\\c\\x0ad\\xff\\x1b[2J"`) {
		t.Errorf("label value not escaped:\n%s", body)
	}
}

// Scrapers that ask for OpenMetrics get it; the rest the text format.
func TestOpenMetrics(t *testing.T) {
	e := dropsExporter(t)
	hdr, body := get(t, e.Handler(t.Errorf), "Accept", "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5")
	if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "application/openmetrics-text") {
		t.Errorf("content type %q", ct)
	}
	text := string(body)
	if !strings.HasSuffix(text, "# EOF\n") || !strings.Contains(text, "# TYPE ntrace_drops counter\n# HELP ntrace_drops map @drops (count())\nntrace_drops_total{comm=\"sh\"} 2") {
		t.Errorf("not OpenMetrics:\n%s", text)
	}
}

// ntrace's own counters: probes attached and how, events lost, updates
// dropped, runs the kernel skipped, and the kernel's run counts when
// bpf_stats is on.
func TestHealthMetrics(t *testing.T) {
	out, info := compile(t, `tracepoint:skb:kfree_skb { @drops[comm] = count(); } tracepoint:skb:kfree_skb { @x = count(); }`, nil)
	e, err := New(out, info)
	if err != nil {
		t.Fatal(err)
	}
	_, fams := scrape(t, e, "")
	_, build := fams["ntrace_build_info"]
	_, lost := fams["ntrace_events_lost_total"]
	if !build || lost {
		t.Errorf("before the maps exist: %v", names(fams))
	}
	e.SetSource(&fakeSource{
		probes: []runtime.ProbeHealth{
			{Probe: "tracepoint:skb:kfree_skb", Mechanism: "tracepoint", EventsLost: 3, Runs: 10, RunTime: 1500 * time.Microsecond, HasStats: true, RunsMissed: 7},
			{Probe: "tracepoint:skb:kfree_skb", Mechanism: ""},
			// A syscall dispatcher: its skipped runs, and nothing else.
			{Probe: "raw_syscalls:sys_enter dispatcher of the 40 syscall tracepoints of lines 3–5", RunsMissed: 2, Dispatcher: true},
		},
		health: []runtime.MapHealth{{Map: out.Maps[0], MaxEntries: 4096, DroppedFull: 36}},
	})
	_, fams = scrape(t, e, "")
	checkFamily(t, fams, "ntrace_probe_attached", exposition.Gauge,
		"mechanism=,probe=tracepoint:skb:kfree_skb #2 0", "mechanism=tracepoint,probe=tracepoint:skb:kfree_skb 1")
	checkFamily(t, fams, "ntrace_events_lost_total", exposition.Counter,
		"probe=tracepoint:skb:kfree_skb #2 0", "probe=tracepoint:skb:kfree_skb 3")
	checkFamily(t, fams, "ntrace_map_updates_dropped_total", exposition.Counter, "cause=full,map=@drops 36")
	checkFamily(t, fams, "ntrace_program_runs_total", exposition.Counter, "probe=tracepoint:skb:kfree_skb 10")
	checkFamily(t, fams, "ntrace_program_runs_missed_total", exposition.Counter,
		"probe=raw_syscalls:sys_enter dispatcher of the 40 syscall tracepoints of lines 3–5 2",
		"probe=tracepoint:skb:kfree_skb #2 0", "probe=tracepoint:skb:kfree_skb 7")
	checkFamily(t, fams, "ntrace_program_run_seconds_total", exposition.Counter, "probe=tracepoint:skb:kfree_skb 0.0015")
	checkFamily(t, fams, "ntrace_map_keys", exposition.Gauge, "map=@drops 0", "map=@x 0")
}

// Two maps whose metrics would share a name are an error naming both.
func TestNameClash(t *testing.T) {
	out, info := compile(t, `tracepoint:skb:kfree_skb { @a = count(); @a_total = count(); }`, nil)
	if _, err := New(out, info); err == nil || !strings.Contains(err.Error(), "@a_total") || !strings.Contains(err.Error(), "@a") {
		t.Errorf("err = %v", err)
	}
}

// promtool, Prometheus's own checker, accepts what is served.
func TestPromtoolAccepts(t *testing.T) {
	src := `metric @h ntrace_wait_seconds{port=${PORT}} us "waits";
metric @c ntrace_drops_total(reason, location) "drops";
metric @s ntrace_size_bytes(comm) "sizes";
metric @neg ntrace_offsets(comm) "signed";
metric @l ntrace_linear(comm) "linear";
tracepoint:skb:kfree_skb { @h = hist(nsecs); @c[args->reason, ksym(args->location)] = count(); @s[comm] = stats(pid);
  @neg[comm] = stats(pid - 100); @l[comm] = lhist(pid, 0, 10, 5); }`
	out, info := compile(t, src, map[string]string{"PORT": "9"})
	e, err := New(out, info)
	if err != nil {
		t.Fatal(err)
	}
	e.SetSource(&fakeSource{maps: map[string]*format.Map{
		"@h":   {Kind: format.Hist, Entries: []format.Entry{{Buckets: []uint64{0, 1, 2, 3}}}},
		"@c":   {Kind: format.Count, Entries: []format.Entry{{Key: []format.Value{str("X\"\\\n"), str("f")}, Value: u64(1)}}},
		"@s":   {Kind: format.Stats, Entries: []format.Entry{{Key: []format.Value{str("sh")}, Sum: 3, Count: 1}}},
		"@neg": {Kind: format.Stats, Entries: []format.Entry{{Key: []format.Value{str("sh")}, Sum: -97, Count: 1}}},
		"@l":   {Kind: format.Lhist, Lhist: [3]int64{0, 10, 5}, Entries: []format.Entry{{Key: []format.Value{str("sh")}, Buckets: []uint64{1, 2, 0, 3}}}},
	}})
	text, _ := scrape(t, e, "")
	promcheck.Text(t, text)
	om, _ := scrape(t, e, "application/openmetrics-text;version=1.0.0")
	promcheck.OpenMetrics(t, om)
}

func TestUpperBounds(t *testing.T) {
	h := &format.Map{Kind: format.Hist}
	for i, want := range map[int]float64{0: -1, 1: 0, 2: 1, 3: 3, 12: 2047, 65: math.Ldexp(1, 64) - 1} {
		if got := upperBound(h, i); got != want {
			t.Errorf("hist bucket %d: le %g, want %g", i, got, want)
		}
	}
}

// endedSource is a run whose maps are gone.
type endedSource struct{}

func (endedSource) Read(*codegen.Map) (*format.Map, error) { return nil, runtime.ErrRunEnded }
func (endedSource) Health() ([]runtime.ProbeHealth, []runtime.MapHealth, error) {
	return nil, nil, runtime.ErrRunEnded
}

// A scrape while ntrace exits gets what is left, not an error.
func TestScrapeAfterTheRun(t *testing.T) {
	out, info := compile(t, `tracepoint:skb:kfree_skb { @drops[comm] = count(); }`, nil)
	e, err := New(out, info)
	if err != nil {
		t.Fatal(err)
	}
	e.SetSource(endedSource{})
	_, body := get(t, e.Handler(func(format string, args ...any) { t.Errorf("logged: "+format, args...) }))
	if !strings.Contains(string(body), "ntrace_build_info") || strings.Contains(string(body), "ntrace_drops") {
		t.Errorf("served:\n%s", body)
	}
}

// A counter's name ends in _total in both formats, added where a
// declaration leaves it off; a metric declared in a unit of time is in
// seconds, which OpenMetrics says in # UNIT where the name ends so.
func TestCounterNamesAndUnits(t *testing.T) {
	src := `metric @c ntrace_calls(comm) "calls";
metric @w ntrace_wait_seconds_total us counter "time waited";
metric @l ntrace_latency us "latency";
tracepoint:skb:kfree_skb { @c[comm] = count(); @w = sum(nsecs / 1000); @l = hist(nsecs / 1000); }`
	out, info := compile(t, src, nil)
	e, err := New(out, info)
	if err != nil {
		t.Fatal(err)
	}
	e.SetSource(&fakeSource{maps: map[string]*format.Map{
		"@c": {Kind: format.Count, Entries: []format.Entry{{Key: []format.Value{str("sh")}, Value: u64(4)}}},
		"@w": {Kind: format.Sum, Entries: []format.Entry{{Value: u64(1500)}}},
		"@l": {Kind: format.Hist, Entries: []format.Entry{{Buckets: []uint64{0, 0, 1}}}},
	}})
	text, fams := scrape(t, e, "")
	checkFamily(t, fams, "ntrace_calls_total", exposition.Counter, "comm=sh 4")
	checkFamily(t, fams, "ntrace_wait_seconds_total", exposition.Counter, " 0.0015")
	om, _ := scrape(t, e, "application/openmetrics-text")
	for _, want := range []string{"\nntrace_calls_total{comm=\"sh\"} 4\n"} {
		if !strings.Contains(text, want) || !strings.Contains(om, want) {
			t.Errorf("%q not served in both formats:\n%s\n%s", want, text, om)
		}
	}
	if !strings.Contains(om, "# TYPE ntrace_wait_seconds counter\n# UNIT ntrace_wait_seconds seconds\n") ||
		!strings.Contains(om, "\nntrace_wait_seconds_total 0.0015\n") || strings.Contains(om, "UNIT ntrace_latency") || strings.Contains(text, "# UNIT") {
		t.Errorf("units:\n%s\n%s", text, om)
	}
}

// Names clash in either format: a gauge named as a counter's
// OpenMetrics family, a gauge named as a histogram's _count.
func TestOpenMetricsNameClash(t *testing.T) {
	for _, src := range []string{
		`metric @a ntrace_x_total "a"; metric @b ntrace_x gauge "b";
tracepoint:skb:kfree_skb { @a = count(); @b = sum(pid); }`,
		`metric @a ntrace_h "a"; metric @b ntrace_h_count "b";
tracepoint:skb:kfree_skb { @a = hist(pid); @b = min(pid); }`,
		`metric @a process_cpu_seconds "a";
tracepoint:skb:kfree_skb { @a = count(); }`,
	} {
		out, info := compile(t, src, nil)
		if _, err := New(out, info); err == nil || !strings.Contains(err.Error(), "clashes with") {
			t.Errorf("%s: err = %v", src, err)
		}
	}
}

// A constant label's value comes from the script or -D, which may hold
// any bytes: it is escaped as a key's strings are, and help text is made
// valid UTF-8, as both formats require.
func TestConstLabelBytes(t *testing.T) {
	src := "metric @c ntrace_c_total{dev=${DEV}} \"bad \xff help\";\ntracepoint:skb:kfree_skb { @c = count(); }"
	out, info := compile(t, src, map[string]string{"DEV": "eth\xff0\n"})
	e, err := New(out, info)
	if err != nil {
		t.Fatal(err)
	}
	e.SetSource(&fakeSource{})
	text, _ := scrape(t, e, "")
	if !strings.Contains(text, "# HELP ntrace_c_total bad \uFFFD help\n") || !strings.Contains(text, `ntrace_c_total{dev="eth\\xff0\\x0a"} 0`) {
		t.Errorf("served:\n%s", text)
	}
	promcheck.Text(t, text)
}
