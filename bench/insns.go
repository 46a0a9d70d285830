package main

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// InsnsResult compares the programs both tools load for one script, in
// translated instructions (xlated bytes / 8, as the kernel holds them
// after verification, so the two count alike) and JIT-ed bytes.
type InsnsResult struct {
	Script       string `json:"script"`
	NtraceXlated int    `json:"ntrace_xlated_insns"`
	NtraceOwn    int    `json:"ntrace_reported_insns"` // ntrace -v, before the verifier
	NtraceJited  uint32 `json:"ntrace_jited_bytes"`
	BpfXlated    int    `json:"bpftrace_xlated_insns"`
	// FloorXlated and FloorJited size the floor's hand-written C
	// programs for a per-event case that has them (from its runs).
	FloorXlated int     `json:"floor_xlated_insns,omitempty"`
	FloorJited  uint32  `json:"floor_jited_bytes,omitempty"`
	BpfJited    uint32  `json:"bpftrace_jited_bytes"`
	NtraceProgs []*prog `json:"ntrace_programs"`
	BpfProgs    []*prog `json:"bpftrace_programs"`
	NtraceErr   string  `json:"ntrace_error,omitempty"`
	BpfErr      string  `json:"bpftrace_error,omitempty"`
}

type namedScript struct{ name, text string }

// recipes are the bundled scripts/*.nt.
func (b *bench) recipes() ([]namedScript, error) {
	files, err := filepath.Glob(filepath.Join(b.cfg.root, "scripts", "*.nt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []namedScript
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		out = append(out, namedScript{name: "scripts/" + filepath.Base(f), text: string(src)})
	}
	return out, nil
}

// measureInsns loads every recipe in each tool in turn. A tool that cannot
// run a script (a recipe using an ntrace extension, say) is recorded, not
// fatal. The per-event cases' programs come from their first run in
// events, or are loaded the same way when the per-event part did not run.
func (b *bench) measureInsns(ctx context.Context, events []EventResult) ([]InsnsResult, error) {
	scripts, err := b.recipes()
	if err != nil {
		return nil, err
	}
	var out []InsnsResult
	for _, s := range scripts {
		out = append(out, b.insnsOf(ctx, s))
	}
	for _, c := range b.eventCases() {
		if r, ok := insnsFromEvents(c, events); ok {
			out = append(out, r)
			continue
		}
		if len(c.NtraceArgs) > 0 {
			continue // loaded only as the per-event part runs it
		}
		out = append(out, b.insnsOf(ctx, namedScript{name: c.Name, text: c.Script}))
	}
	return out, nil
}

// insnsOf loads s in each tool in turn and sizes what they attached.
func (b *bench) insnsOf(ctx context.Context, s namedScript) InsnsResult {
	b.logf("instructions: %s", s.name)
	r := InsnsResult{Script: s.name}
	nt, stderr, err := b.loadedProgs(ctx, ntraceName, s.text)
	if err != nil {
		r.NtraceErr = err.Error()
	}
	r.NtraceProgs, r.NtraceXlated, r.NtraceJited = nt, sumXlated(nt), sumJited(nt)
	r.NtraceOwn = ownInsns(stderr)
	bt, _, err := b.loadedProgs(ctx, bpftraceName, s.text)
	if err != nil {
		r.BpfErr = err.Error()
	}
	r.BpfProgs, r.BpfXlated, r.BpfJited = bt, sumXlated(bt), sumJited(bt)
	return r
}

// insnsFromEvents sizes c's programs as its first per-event run saw them.
func insnsFromEvents(c eventCase, events []EventResult) (InsnsResult, bool) {
	for _, e := range events {
		if e.Case != c.Name || len(e.Orders) == 0 {
			continue
		}
		nt, bt, fl := e.Orders[0].Ntrace, e.Orders[0].Bpf, e.Orders[0].Floor
		return InsnsResult{Script: c.Name,
			NtraceProgs: nt.Programs, NtraceXlated: sumXlated(nt.Programs), NtraceJited: sumJited(nt.Programs),
			NtraceOwn: nt.OwnInsns,
			BpfProgs:  bt.Programs, BpfXlated: sumXlated(bt.Programs), BpfJited: sumJited(bt.Programs),
			FloorXlated: sumXlated(fl.Programs), FloorJited: sumJited(fl.Programs),
		}, true
	}
	return InsnsResult{}, false
}

// loadedProgs runs script in one tool until it is ready and returns the
// programs it attached, the readiness probe's left out, and its stderr.
func (b *bench) loadedProgs(ctx context.Context, name, script string) ([]*prog, string, error) {
	args := []string{"-e", withReady(script), strconv.Itoa(b.pid)}
	if name == ntraceName {
		args = append([]string{"-v"}, args...)
	}
	t, err := launch(ctx, name, b.binary(name), args...)
	if err != nil {
		return nil, "", err
	}
	defer t.kill()
	if _, err := t.waitReady(ctx); err != nil {
		return nil, t.stderr.String(), err
	}
	ps, err := attachedProgs(t.cmd.Process.Pid)
	if err != nil {
		return nil, "", err
	}
	ps = without(ps, "sys_enter_getpid")
	closeProgs(ps)
	return ps, t.stderr.String(), t.stop()
}

// ownInsns totals ntrace -v's counts, the readiness probe's left out.
func ownInsns(stderr string) int {
	n := 0
	for probe, c := range parseNtraceInsns(stderr) {
		if !strings.HasSuffix(probe, "sys_enter_getpid") {
			n += c
		}
	}
	return n
}

func sumXlated(ps []*prog) int {
	n := 0
	for _, p := range ps {
		n += p.Xlated
	}
	return n
}

func sumJited(ps []*prog) uint32 {
	var n uint32
	for _, p := range ps {
		n += p.Jited
	}
	return n
}
