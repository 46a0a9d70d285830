package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseLost(t *testing.T) {
	tests := []struct {
		name, stderr string
		want         int64
	}{
		{"none", "ntrace: 2 probes attached 7.0 ms after main started\n", 0},
		{"running reports", "ntrace: warning: lost 10 events in probe tracepoint:a:b: ring buffer full, try --buffer-size\n" +
			"ntrace: warning: lost 5 events in probe tracepoint:a:b: ring buffer full, try --buffer-size\n", 15},
		{"total at exit wins", "ntrace: warning: lost 10 events in probe t:a:b: ring buffer full\n" +
			"ntrace: warning: lost 12 events in all in probe t:a:b\n" +
			"ntrace: warning: lost 3 events in all in probe t:c:d\n", 15},
		{"perf buffer", "ntrace: warning: lost 4 events in probe t:a:b: perf buffer full, try --buffer-size\n", 4},
	}
	for _, tt := range tests {
		if got := parseLost(tt.stderr, nil); got != tt.want {
			t.Errorf("%s: parseLost = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// Only the losses of a case's own probes count: the readiness probe on
// getpid loses events in a flood too.
func TestParseLostTargets(t *testing.T) {
	stderr := "ntrace: warning: lost 10 events in probe tracepoint:syscalls:sys_enter_getppid: ring buffer full, try --buffer-size\n" +
		"ntrace: warning: lost 2 events in probe tracepoint:syscalls:sys_enter_getpid: ring buffer full, try --buffer-size\n"
	final := stderr + "ntrace: warning: lost 10 events in all in probe tracepoint:syscalls:sys_enter_getppid\n" +
		"ntrace: warning: lost 2 events in all in probe tracepoint:syscalls:sys_enter_getpid\n"
	for _, tt := range []struct {
		stderr  string
		targets []string
		want    int64
	}{
		{stderr, []string{"sys_enter_getppid"}, 10},
		{final, []string{"sys_enter_getppid"}, 10},
		{final, []string{"sys_enter_getppid", "sys_enter_getpid"}, 12},
		{final, []string{"sys_exit_getppid"}, 0},
		{final, nil, 12},
	} {
		if got := parseLost(tt.stderr, tt.targets); got != tt.want {
			t.Errorf("parseLost(%v) = %d, want %d", tt.targets, got, tt.want)
		}
	}
}

func TestBpftraceLostLine(t *testing.T) {
	for line, want := range map[string]int64{"Lost 1234 events": 1234, "12345 bash": 0, "@: Lost 3 events": 0} {
		var got int64
		if bpftraceLostRe.MatchString(line) {
			got = sumMatches(bpftraceLostRe, line)
		}
		if got != want {
			t.Errorf("%q: got %d, want %d", line, got, want)
		}
	}
}

func TestParseNtraceInsns(t *testing.T) {
	stderr := "ntrace: tracepoint:syscalls:sys_enter_getppid: 12 instructions\n" +
		"ntrace: tracepoint:syscalls:sys_enter_getpid: 33 instructions\n" +
		"ntrace: tracepoint:syscalls:sys_enter_getppid: attached as perf-event tracepoint\n" +
		"ntrace: 2 probes attached 7.0 ms after main started\n"
	want := map[string]int{"tracepoint:syscalls:sys_enter_getppid": 12, "tracepoint:syscalls:sys_enter_getpid": 33}
	if got := parseNtraceInsns(stderr); !reflect.DeepEqual(got, want) {
		t.Errorf("parseNtraceInsns = %v, want %v", got, want)
	}
	if got := ownInsns(stderr); got != 12 {
		t.Errorf("ownInsns = %d, want 12 (the ready probe left out)", got)
	}
}

func TestParseLdd(t *testing.T) {
	out := "\tlinux-vdso.so.1 (0x00007ffd5f9f2000)\n" +
		"\tlibLLVM-14.so.1 => /lib/x86_64-linux-gnu/libLLVM-14.so.1 (0x00007f3c1a000000)\n" +
		"\tlibfoo.so => not found\n" +
		"\t/lib64/ld-linux-x86-64.so.2 (0x00007f3c2f5e1000)\n"
	want := []string{"/lib/x86_64-linux-gnu/libLLVM-14.so.1", "/lib64/ld-linux-x86-64.so.2"}
	if got := parseLdd(out); !reflect.DeepEqual(got, want) {
		t.Errorf("parseLdd = %q, want %q", got, want)
	}
	if got := parseLdd("\tnot a dynamic executable\n"); len(got) != 0 {
		t.Errorf("static binary: parseLdd = %q, want none", got)
	}
}

func TestCPUModel(t *testing.T) {
	info := "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\nprocessor\t: 1\nmodel name\t: AMD EPYC 7B13\n"
	if got := cpuModel(info); got != "AMD EPYC 7B13" {
		t.Errorf("cpuModel = %q", got)
	}
	if got := cpuModel(""); got != "unknown" {
		t.Errorf("cpuModel(empty) = %q", got)
	}
}

func TestMedianGeomeanRatio(t *testing.T) {
	if got := median([]float64{5, 1, 3}); got != 3 {
		t.Errorf("median odd = %v", got)
	}
	if got := median([]float64{4, 1, 3, 2}); got != 2.5 {
		t.Errorf("median even = %v", got)
	}
	if got := median(nil); got != 0 {
		t.Errorf("median empty = %v", got)
	}
	if got := geomean(2, 8); got < 3.999 || got > 4.001 {
		t.Errorf("geomean(2, 8) = %v", got)
	}
	if got := geomean(2, 0); got != 0 {
		t.Errorf("geomean with 0 = %v", got)
	}
	if got := ratio(1, 0); got != 0 {
		t.Errorf("ratio by 0 = %v", got)
	}
}

func TestWithReady(t *testing.T) {
	got := withReady("BEGIN { exit(); }\n\n")
	want := "BEGIN { exit(); }\n" + readyProbe + "\n"
	if got != want {
		t.Errorf("withReady = %q, want %q", got, want)
	}
}

func TestParseAttachedMs(t *testing.T) {
	if got := parseAttachedMs("ntrace: x: 12 instructions\nntrace: 2 probes attached 7.5 ms after main started\n"); got != 7.5 {
		t.Errorf("parseAttachedMs = %v, want 7.5", got)
	}
	if got := parseAttachedMs("Attaching 1 probe...\n"); got != 0 {
		t.Errorf("parseAttachedMs(none) = %v, want 0", got)
	}
}

func TestParseStages(t *testing.T) {
	got, order := parseStages("ntrace: 2 probes attached 9.6 ms after main started (setup 0.8, parse 5.5, attach 0.9 ms)\n")
	if len(got) != 3 || got["parse"] != 5.5 || got["setup"] != 0.8 || got["attach"] != 0.9 || strings.Join(order, " ") != "setup parse attach" {
		t.Errorf("parseStages = %v %v", got, order)
	}
	if got, _ := parseStages("ntrace: 2 probes attached 7.5 ms after main started\n"); got != nil {
		t.Errorf("parseStages(no stages) = %v, want nil", got)
	}
}
