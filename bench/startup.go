package main

import (
	"context"
	"fmt"
	"strconv"
	"time"
)

// startupCase is one script whose time to attach (or to exit) is measured.
type startupCase struct {
	Name   string
	Script string
	ToExit bool // measure launch → exit instead of launch → ready
}

var startupCases = []startupCase{
	{Name: "one probe: getppid count (+ready)", Script: withReady(`tracepoint:syscalls:sys_enter_getppid { @ = count(); }`)},
	{Name: "two probes: getppid + sock_recv_length (+ready)", Script: withReady(`tracepoint:syscalls:sys_enter_getppid { @ = count(); }
tracepoint:sock:sock_recv_length { @bytes = sum(args->ret); }`)},
	{Name: "BEGIN { exit(); } launch → exit", Script: `BEGIN { exit(); }`, ToExit: true},
}

// startupSample is one launch of one tool.
type startupSample struct {
	Millis float64 `json:"ms"`
	RSS    int64   `json:"max_rss_bytes"`
	SelfMs float64 `json:"self_reported_ms,omitempty"` // ntrace -v: "attached X ms after launch"
}

// StartupResult is the outcome of one startup case for both tools.
type StartupResult struct {
	Case     string          `json:"case"`
	Script   string          `json:"script"`
	NtraceMs float64         `json:"ntrace_median_ms"`
	BpfMs    float64         `json:"bpftrace_median_ms"`
	NtSelfMs float64         `json:"ntrace_median_self_reported_ms"`
	NtRSS    float64         `json:"ntrace_median_max_rss_bytes"`
	BpfRSS   float64         `json:"bpftrace_median_max_rss_bytes"`
	Ntrace   []startupSample `json:"ntrace_runs"`
	Bpf      []startupSample `json:"bpftrace_runs"`
}

// measureStartup runs every startup case runs times per tool, alternating
// which tool goes first in each round.
func (b *bench) measureStartup(ctx context.Context) ([]StartupResult, error) {
	var out []StartupResult
	for _, c := range startupCases {
		b.logf("startup: %s (%d runs each)", c.Name, b.cfg.runs)
		r, err := b.startupCase(ctx, c)
		if err != nil {
			return nil, fmt.Errorf("startup %q: %w", c.Name, err)
		}
		out = append(out, r)
	}
	return out, nil
}

func (b *bench) startupCase(ctx context.Context, c startupCase) (StartupResult, error) {
	r := StartupResult{Case: c.Name, Script: c.Script}
	for i := 0; i < b.cfg.runs; i++ {
		for _, name := range b.order(i%2 == 1) {
			s, err := b.startupOnce(ctx, name, c)
			if err != nil {
				return r, err
			}
			if name == ntraceName {
				r.Ntrace = append(r.Ntrace, s)
			} else {
				r.Bpf = append(r.Bpf, s)
			}
		}
	}
	r.NtraceMs, r.NtRSS = medians(r.Ntrace)
	var self []float64
	for _, s := range r.Ntrace {
		self = append(self, s.SelfMs)
	}
	r.NtSelfMs = median(self)
	r.BpfMs, r.BpfRSS = medians(r.Bpf)
	return r, nil
}

// startupOnce launches one tool on c and measures it.
func (b *bench) startupOnce(ctx context.Context, name string, c startupCase) (startupSample, error) {
	args := []string{"-e", c.Script}
	if name == ntraceName {
		args = append([]string{"-v"}, args...)
	}
	if !c.ToExit {
		args = append(args, strconv.Itoa(b.pid))
	}
	t, err := launch(ctx, name, b.binary(name), args...)
	if err != nil {
		return startupSample{}, err
	}
	defer t.kill()
	var d time.Duration
	if c.ToExit {
		err = t.wait(readyTimeout)
		d = t.endAt.Sub(t.start)
	} else {
		d, err = t.waitReady(ctx)
		if err == nil {
			err = t.stop()
		}
	}
	if err != nil {
		return startupSample{}, err
	}
	return startupSample{Millis: float64(d) / 1e6, RSS: t.maxRSS(), SelfMs: parseAttachedMs(t.stderr.String())}, nil
}

// medians returns the median time and the median peak RSS of samples.
func medians(ss []startupSample) (ms, rss float64) {
	var ts, rs []float64
	for _, s := range ss {
		ts = append(ts, s.Millis)
		rs = append(rs, float64(s.RSS))
	}
	return median(ts), median(rs)
}
