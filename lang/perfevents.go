package lang

import (
	"errors"
	"fmt"
	"path"
	"strconv"
	"strings"
)

// perf_event_open(2)'s event types.
const (
	PerfTypeHardware   = 0 // PERF_TYPE_HARDWARE
	PerfTypeSoftware   = 1 // PERF_TYPE_SOFTWARE
	PerfTypeBreakpoint = 5 // PERF_TYPE_BREAKPOINT
)

// perfCPUClock is PERF_COUNT_SW_CPU_CLOCK, which interval and profile
// probes sample.
const perfCPUClock = 0

// PerfCounter is one of the events software: and hardware: probes count:
// its names, its perf_event_open(2) config, and the count a probe that
// gives none samples every (bpftrace's).
type PerfCounter struct {
	Name          string
	Alias         string
	Config        uint64
	DefaultPeriod uint64
	// Unit is what a count counts, when it is not events: "ns".
	Unit string
}

// SoftwareEvents are the kernel's software events (PERF_TYPE_SOFTWARE).
var SoftwareEvents = []PerfCounter{
	{Name: "cpu-clock", Alias: "cpu", Config: 0, DefaultPeriod: 1_000_000, Unit: "ns"},
	{Name: "task-clock", Config: 1, DefaultPeriod: 1_000_000, Unit: "ns"},
	{Name: "page-faults", Alias: "faults", Config: 2, DefaultPeriod: 100},
	{Name: "context-switches", Alias: "cs", Config: 3, DefaultPeriod: 1000},
	{Name: "cpu-migrations", Config: 4, DefaultPeriod: 1},
	{Name: "minor-faults", Config: 5, DefaultPeriod: 100},
	{Name: "major-faults", Config: 6, DefaultPeriod: 1},
	{Name: "alignment-faults", Config: 7, DefaultPeriod: 1},
	{Name: "emulation-faults", Config: 8, DefaultPeriod: 1},
	{Name: "dummy", Config: 9, DefaultPeriod: 1},
	{Name: "bpf-output", Config: 10, DefaultPeriod: 1},
	{Name: "cgroup-switches", Config: 11, DefaultPeriod: 1000},
}

// HardwareEvents are the generic hardware events (PERF_TYPE_HARDWARE),
// which the CPU's performance counters count: a machine without them (a
// virtual machine that does not pass them through) has none.
var HardwareEvents = []PerfCounter{
	{Name: "cpu-cycles", Alias: "cycles", Config: 0, DefaultPeriod: 1_000_000},
	{Name: "instructions", Config: 1, DefaultPeriod: 1_000_000},
	{Name: "cache-references", Config: 2, DefaultPeriod: 1_000_000},
	{Name: "cache-misses", Config: 3, DefaultPeriod: 1_000_000},
	{Name: "branch-instructions", Alias: "branches", Config: 4, DefaultPeriod: 100_000},
	{Name: "branch-misses", Config: 5, DefaultPeriod: 100_000},
	{Name: "bus-cycles", Config: 6, DefaultPeriod: 100_000},
	{Name: "frontend-stalls", Config: 7, DefaultPeriod: 1_000_000},
	{Name: "backend-stalls", Config: 8, DefaultPeriod: 1_000_000},
	{Name: "ref-cycles", Config: 9, DefaultPeriod: 1_000_000},
}

var intervalUnits = map[string]uint64{"s": 1e9, "ms": 1e6, "us": 1e3, "ns": 1, "hz": 0}

// The periods an interval or profile probe may have: the kernel runs a
// cpu-clock perf event at most every 10 µs (a shorter period silently
// becomes 10 µs) and refuses a period of 2^63 ns or more; it samples at
// most kernel.perf_event_max_sample_rate times a second, 100000 unless
// lowered.
const (
	MinIntervalPeriod = 10_000    // the shortest interval period, in ns
	MaxIntervalPeriod = 1<<63 - 1 // the longest interval period, in ns
	MaxProbeHz        = 100_000   // the most interval:hz and profile:hz fire a second
)

func expandInterval(c *checker, k *KindInfo, ap *AttachPoint) ([]*Target, error) {
	if len(ap.Parts) == 1 {
		// interval:1s, interval:500ms, or a count of nanoseconds.
		num, unit, ok := splitDuration(ap.Parts[0])
		if !ok {
			num, unit = ap.Parts[0], "ns"
		}
		ap = &AttachPoint{Pos: ap.Pos, Raw: ap.Raw, Kind: ap.Kind, Parts: []string{unit, num}, Optional: ap.Optional}
		if _, known := intervalUnits[unit]; !known {
			// m, h and d: count in seconds.
			n, err := strconv.ParseUint(num, 10, 64)
			if err != nil || n > MaxIntervalPeriod/durationUnits[unit] {
				return nil, fmt.Errorf("interval probe wants a period such as interval:1s or interval:100ms, got %s", ap.Raw)
			}
			ap.Parts = []string{"s", strconv.FormatUint(n*durationUnits[unit]/1e9, 10)}
		}
	}
	if len(ap.Parts) != 2 {
		return nil, fmt.Errorf("interval probe needs a period: interval:1s, interval:ms:100, got %s", ap.Raw)
	}
	unit, ok := intervalUnits[ap.Parts[0]]
	n, err := strconv.ParseUint(ap.Parts[1], 10, 64)
	if !ok || (err != nil && !errors.Is(err, strconv.ErrRange)) || n == 0 {
		return nil, fmt.Errorf("interval probe wants s, ms, us, ns or hz and a positive count, got %s", ap.Raw)
	}
	if unit == 0 {
		if err != nil || n > MaxProbeHz {
			return nil, fmt.Errorf("%s fires more than %d times a second, the most a timer can: the shortest period is 10 µs", ap.Raw, MaxProbeHz)
		}
		return cpuClock(1e9 / n), nil
	}
	if err != nil || n > MaxIntervalPeriod/unit {
		return nil, fmt.Errorf("%s is longer than the longest period the kernel takes, 2^63 ns (about 292 years)", ap.Raw)
	}
	if n*unit < MinIntervalPeriod {
		return nil, fmt.Errorf("%s is shorter than 10 µs, the shortest period a timer has (the kernel would make it 10 µs)", ap.Raw)
	}
	return cpuClock(unit * n), nil
}

func expandProfile(c *checker, k *KindInfo, ap *AttachPoint) ([]*Target, error) {
	if len(ap.Parts) != 2 || ap.Parts[0] != "hz" {
		return nil, fmt.Errorf("profile probe needs a frequency: profile:hz:99, got %s", ap.Raw)
	}
	n, err := strconv.ParseUint(ap.Parts[1], 10, 64)
	if (err != nil && !errors.Is(err, strconv.ErrRange)) || n == 0 {
		return nil, fmt.Errorf("profile probe wants a positive frequency, got %s", ap.Raw)
	}
	if err != nil || n > MaxProbeHz {
		return nil, fmt.Errorf("%s samples more than %d times a second, the most the kernel allows (kernel.perf_event_max_sample_rate)", ap.Raw, MaxProbeHz)
	}
	return cpuClock(n), nil
}

// cpuClock is the target of a timer: the cpu-clock software event,
// sampled every period (interval: nanoseconds; profile: times a second).
func cpuClock(period uint64) []*Target {
	return []*Target{{Period: period, PerfType: PerfTypeSoftware, PerfConfig: perfCPUClock}}
}

// expandPerfCounter expands software:EVENT:COUNT and hardware:EVENT:COUNT
// (COUNT may be left out, or empty, for the event's default): a target
// per event the name (or a wildcard) matches, sampled every COUNT events.
func expandPerfCounter(c *checker, k *KindInfo, ap *AttachPoint) ([]*Target, error) {
	events, typ := SoftwareEvents, uint64(PerfTypeSoftware)
	if k.Kind == HardwareProbe {
		events, typ = HardwareEvents, PerfTypeHardware
	}
	if len(ap.Parts) < 1 || len(ap.Parts) > 2 || ap.Parts[0] == "" {
		return nil, fmt.Errorf("%s probe needs an event and a count: %s:EVENT:COUNT, got %s (ntrace -l '%s:*' lists the events)", k.Name, k.Name, ap.Raw, k.Name)
	}
	name := ap.Parts[0]
	var count uint64
	if len(ap.Parts) == 2 && ap.Parts[1] != "" {
		n, err := strconv.ParseUint(ap.Parts[1], 0, 64)
		switch {
		case errors.Is(err, strconv.ErrRange) || (err == nil && n > maxPerfPeriod):
			return nil, fmt.Errorf("%s: a count is at most 2^63-1, the most the kernel takes", ap.Raw)
		case err != nil || n == 0:
			return nil, fmt.Errorf("%s: the count is how many events make a sample, a positive integer; got %q", ap.Raw, ap.Parts[1])
		}
		count = n
	}
	var ts []*Target
	for _, e := range events {
		if !matchEvent(name, e) {
			continue
		}
		period := count
		if period == 0 {
			period = e.DefaultPeriod
		}
		if e.Unit == "ns" && period < MinIntervalPeriod {
			return nil, fmt.Errorf("%s samples every %d ns, more often than every 10 µs, the shortest period the kernel's clock events have (it would make it 10 µs)", ap.Raw, period)
		}
		ts = append(ts, &Target{Name: eventName(name, e), Period: period, PerfType: typ, PerfConfig: e.Config, Wildcard: name != e.Name && name != e.Alias})
	}
	if len(ts) == 0 {
		var names []string
		for _, e := range events {
			names = append(names, e.Name)
		}
		return nil, fmt.Errorf("unknown %s event %q in %s; there are %s", k.Name, name, ap.Raw, strings.Join(names, ", "))
	}
	return ts, nil
}

// maxPerfPeriod is the longest sample period the kernel takes: it refuses
// one with the top bit set.
const maxPerfPeriod = 1<<63 - 1

// matchEvent reports whether a script's event name (or wildcard) names e.
func matchEvent(name string, e PerfCounter) bool {
	if name == e.Name || (e.Alias != "" && name == e.Alias) {
		return true
	}
	ok, _ := path.Match(name, e.Name)
	return ok && strings.ContainsAny(name, "*?[")
}

// eventName is how a target names its event: as the script wrote it, an
// alias included (as bpftrace's probe builtin has it), or the event's
// name when a wildcard matched it.
func eventName(written string, e PerfCounter) string {
	if strings.ContainsAny(written, "*?[") {
		return e.Name
	}
	return written
}

// perfCounterName is a software or hardware target's name: the event, and
// its count when the script gave one, as bpftrace names them.
func perfCounterName(t *Target) string {
	n := t.Kind.String() + ":" + t.Name
	if t.AP != nil && len(t.AP.Parts) == 2 && t.AP.Parts[1] != "" {
		n += ":" + strconv.FormatUint(t.Period, 10)
	}
	return n
}
