package main

import (
	"bufio"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var (
	// ntrace: "lost N events in probe P: ring buffer full, …" per report,
	// and at exit "lost N events in all in probe P" per probe.
	ntraceLostRe    = regexp.MustCompile(`(?m)lost (\d+) events in probe (.+): (?:ring|perf) buffer full`)
	ntraceLostAllRe = regexp.MustCompile(`(?m)lost (\d+) events in all in probe (.+)$`)
	// bpftrace: "Lost N events" on stdout each time the perf buffer
	// reports a loss.
	bpftraceLostRe = regexp.MustCompile(`^Lost (\d+) events`)
	// bpftrace: "Attaching N probes..." on stdout as it starts.
	bpftraceAttachingRe = regexp.MustCompile(`^Attaching \d+ probes?\.\.\.$`)
	// ntrace -v: "ntrace: N probes attached X ms after main started".
	ntraceAttachedRe = regexp.MustCompile(`probes? attached ([0-9.]+) ms after main started`)
	// ntrace -v: "ntrace: PROBE: N instructions".
	ntraceInsnsRe = regexp.MustCompile(`(?m)^ntrace: (.+): (\d+) instructions$`)
)

// parseLost returns the number of events ntrace reported lost on stderr
// in the probes on targets (tracepoint names; all probes if none): its
// totals at exit win over its running reports when present. The bench's
// readiness probe on getpid is not one of a case's targets: it fires
// during a printf flood too (the Go runtime calls getpid to preempt the
// flooding thread) and its events are lost with the rest.
func parseLost(stderr string, targets []string) int64 {
	if all := sumLost(ntraceLostAllRe, stderr, targets); all > 0 {
		return all
	}
	return sumLost(ntraceLostRe, stderr, targets)
}

// sumLost adds up the counts re finds, of the probes on targets.
func sumLost(re *regexp.Regexp, stderr string, targets []string) int64 {
	var n int64
	for _, m := range re.FindAllStringSubmatch(stderr, -1) {
		probe := m[2]
		if len(targets) > 0 && !contains(targets, probe[strings.LastIndex(probe, ":")+1:]) {
			continue
		}
		if v, err := strconv.ParseInt(m[1], 10, 64); err == nil {
			n += v
		}
	}
	return n
}

func sumMatches(re *regexp.Regexp, s string) int64 {
	var n int64
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		v, err := strconv.ParseInt(m[1], 10, 64)
		if err == nil {
			n += v
		}
	}
	return n
}

// parseNtraceInsns reads ntrace -v's per-probe instruction counts.
func parseNtraceInsns(stderr string) map[string]int {
	out := map[string]int{}
	for _, m := range ntraceInsnsRe.FindAllStringSubmatch(stderr, -1) {
		n, err := strconv.Atoi(m[2])
		if err == nil {
			out[m[1]] += n
		}
	}
	return out
}

// ntraceStagesRe matches the stage list ntrace -v gives after its time to
// attach: "(setup 0.9, parse 4.6, … ms)".
var ntraceStagesRe = regexp.MustCompile(`after main started \(([^)]*) ms\)`)

// parseStages reads the time of each start-up stage ntrace -v reports, in
// ms by stage name, and the names in the order ntrace ran them; nil if
// absent.
func parseStages(stderr string) (map[string]float64, []string) {
	m := ntraceStagesRe.FindStringSubmatch(stderr)
	if m == nil {
		return nil, nil
	}
	out := map[string]float64{}
	var order []string
	for _, part := range strings.Split(m[1], ", ") {
		name, v, ok := strings.Cut(part, " ")
		ms, err := strconv.ParseFloat(v, 64)
		if !ok || err != nil {
			continue
		}
		out[name] = ms
		order = append(order, name)
	}
	return out, order
}

// parseAttachedMs reads ntrace -v's own time to attach, 0 if absent.
func parseAttachedMs(stderr string) float64 {
	m := ntraceAttachedRe.FindStringSubmatch(stderr)
	if m == nil {
		return 0
	}
	v, _ := strconv.ParseFloat(m[1], 64)
	return v
}

// parseLdd returns the files ldd says a binary loads, in order. Lines look
// like "libz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x…)",
// "/lib64/ld-linux-x86-64.so.2 (0x…)" or "linux-vdso.so.1 (0x…)" (no file).
func parseLdd(out string) []string {
	var files []string
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if _, after, ok := strings.Cut(line, "=>"); ok {
			line = strings.TrimSpace(after)
		}
		path, _, _ := strings.Cut(line, " (")
		path = strings.TrimSpace(path)
		if strings.HasPrefix(path, "/") {
			files = append(files, path)
		}
	}
	return files
}

// cpuModel returns the first "model name" in /proc/cpuinfo text.
func cpuModel(cpuinfo string) string {
	sc := bufio.NewScanner(strings.NewReader(cpuinfo))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

// median of xs (0 for none); xs is not modified.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m]
	}
	return (s[m-1] + s[m]) / 2
}

// geomean of positive xs (0 if any is not positive).
func geomean(xs ...float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	var sum float64
	for _, x := range xs {
		if x <= 0 {
			return 0
		}
		sum += math.Log(x)
	}
	return math.Exp(sum / float64(len(xs)))
}

// ratio is a/b, or 0 when b is 0.
func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}
