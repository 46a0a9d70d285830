package lang_test

import (
	"fmt"
	"strings"
	"testing"

	. "github.com/ntrace/ntrace/lang"
)

// A metric declaration names the metric, its key's labels, constant
// labels (a parameter's value folded in), the unit and the kind.
func TestMetricDeclarations(t *testing.T) {
	src := `param PORT int = 53 "port";
param ON bool = true;
metric @h ntrace_wait_seconds{port=${PORT}, on=${ON}, site="a\"b"} us "waits";
metric @c ntrace_calls_total(who, _, frame) "calls";
metric @s ntrace_bytes_total(comm) counter;
config metrics = ":9464";
tracepoint:sched:sched_process_exec {
  @h = hist(nsecs / 1000);
  @c[comm, (pid, kstack)] = count();
  @s[comm] = sum(pid);
}`
	_, info, errs := checkSrc(t, src, Params{Named: map[string]string{"PORT": "0x35"}})
	if errs != "" {
		t.Fatal(errs)
	}
	var got []string
	for _, m := range info.Metrics {
		got = append(got, fmt.Sprintf("%s %s %q %v %g counter=%v gauge=%v %q", m.Map.Name, m.Name, m.Labels, m.Const, m.Scale, m.Counter, m.Gauge, m.Help))
	}
	want := []string{
		`@h ntrace_wait_seconds [] [{port 53} {on true} {site a"b}] 1e-06 counter=false gauge=false "waits"`,
		`@c ntrace_calls_total ["who" "" "frame"] [] 1 counter=false gauge=false "calls"`,
		`@s ntrace_bytes_total ["comm"] [] 1 counter=true gauge=false ""`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("metrics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if info.Config.Metrics != ":9464" {
		t.Errorf("config: %v", info.Config)
	}
	if n := len(KeyParts(info.Maps["@c"].Keys)); n != 3 {
		t.Errorf("@c has %d key parts, want 3 (a tuple's elements each count)", n)
	}
}

func TestMetricDeclarationErrors(t *testing.T) {
	probe := "\ntracepoint:sched:sched_process_exec { @c[comm, pid] = count(); @h = hist(1); @t = (1, 2); @st = stats(1); }"
	tests := []struct{ name, decl, want string }{
		{"no such map", `metric @nope x "y";`, `
test.nt:1:1: error: metric x: the script has no map @nope
metric @nope x "y";
^
`},
		{"bad name", `metric @c ntrace:x-y;`, `
test.nt:1:11: error: unexpected token "ntrace:x-y;" (expected a name)
metric @c ntrace:x-y;
          ^
`},
		{"reserved name", `metric @c __x;`, `
test.nt:1:1: error: "__x" is not a metric name: letters, digits and _, not starting with a digit or __
metric @c __x;
^
`},
		{"declared twice", "metric @c a;\nmetric @c b;", `
test.nt:2:1: error: map @c is declared as a metric twice
metric @c b;
^
`},
		{"label count", `metric @c a(x);`, `
test.nt:1:13: error: metric a names 1 labels; map @c has 2 key parts (string[16], uint64)
metric @c a(x);
            ^
`},
		{"duplicate label", `metric @c a(x, x);`, `
test.nt:1:16: error: metric a has two labels x
metric @c a(x, x);
               ^
`},
		{"reserved label", `metric @c a(__x, y);`, `
test.nt:1:13: error: "__x" is not a label name: letters, digits and _, not starting with a digit or __
metric @c a(__x, y);
            ^
`},
		{"le on a histogram", `metric @h a{le="1"};`, `
test.nt:1:13: error: a histogram's buckets are labelled le: name this label otherwise
metric @h a{le="1"};
            ^
`},
		{"const label clashes", `metric @c a(x, y){y="1"};`, `
test.nt:1:19: error: metric a has two labels y
metric @c a(x, y){y="1"};
                  ^
`},
		{"unit on count", `metric @c a us;`, `
test.nt:1:13: error: metric a counts events with count(): a unit does not apply
metric @c a us;
            ^
`},
		{"counter histogram", `metric @h a counter;`, `
test.nt:1:13: error: metric a holds hist(): it is served as a histogram, not a counter
metric @h a counter;
            ^
`},
		{"unknown word", `metric @st a minutes;`, `
test.nt:1:14: error: metric a: unknown word "minutes"; after the labels come a unit (ns, us, ms, s), counter or gauge, and the help
metric @st a minutes;
             ^
`},
		{"tuple value", `metric @t a;`, `
test.nt:1:1: error: map @t holds (int64, int64): only numbers and aggregations can be metrics
metric @t a;
^
`},
		{"unset parameter", `metric @c a{p=${NOPE}};`, `
test.nt:1:13: error: parameter NOPE is not set: run with -D NOPE=VALUE
metric @c a{p=${NOPE}};
            ^
`},
		{"unknown config", `config speed = 1;`, `
test.nt:1:8: error: config speed: no such setting; the settings are cache_user_symbols, cpp_demangle, lazy_symbolication, license, log_size, max_bpf_progs, max_cat_bytes, max_map_keys, max_probes, max_strlen, metrics, missing_probes, on_stack_limit, perf_rb_pages, print_maps_on_exit, show_debug_info, stack_mode, str_trunc_trailer, unstable_dw_ustack, unstable_import, unstable_macro, unstable_map_decl, unstable_tseries
config speed = 1;
       ^
`},
		{"config without port", `config metrics = "localhost";`, `
test.nt:1:18: error: config metrics: want an address with a port, such as ":9464", not "localhost"
config metrics = "localhost";
                 ^
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := tt.decl + probe
			_, _, got := checkSrc(t, src, Params{})
			if want := strings.TrimPrefix(tt.want, "\n"); got != want {
				t.Errorf("errors:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
