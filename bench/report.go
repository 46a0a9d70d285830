package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"unicode/utf8"

	"golang.org/x/sys/unix"
)

// Results is everything one run measured; it is written as JSON as is.
type Results struct {
	Host    Host            `json:"host"`
	Runs    int             `json:"startup_runs"`
	Calls   int             `json:"getppid_calls"`
	Flood   int             `json:"getppid_calls_printf"`
	Seconds float64         `json:"seconds"`
	Missed  int64           `json:"stops_needing_a_second_sigint"`
	Size    SizeResult      `json:"size"`
	Startup []StartupResult `json:"startup"`
	// Recipes are the bundled recipes run by name, launch → attached.
	Recipes []RecipeStartResult `json:"recipe_startup,omitempty"`
	Events  []EventResult       `json:"per_event"`
	Solo    []EventResult       `json:"per_event_alone,omitempty"`
	Udplat  *UdplatResult       `json:"udplat_per_datagram,omitempty"`
	Insns   []InsnsResult       `json:"instructions"`
	// BeforeAfter is what ntrace emits for each recipe now and at the
	// baseline revision.
	BeforeAfter *BeforeAfter `json:"instructions_before_after,omitempty"`
	// Metrics is what ntrace --metrics costs (-only metrics).
	Metrics *MetricsResult `json:"metrics,omitempty"`
	Table   []Row          `json:"table"`
}

// Host describes the machine and the tools.
type Host struct {
	Kernel      string `json:"kernel"`
	CPU         string `json:"cpu"`
	CPUs        int    `json:"cpus"`
	Bpftrace    string `json:"bpftrace_version"`
	NtraceRev   string `json:"ntrace_git_rev"`
	Go          string `json:"go"`
	StatsBefore string `json:"bpf_stats_enabled_before"`
	StatsDuring string `json:"bpf_stats_enabled_during"`
	StatsAfter  string `json:"bpf_stats_enabled_after"`
	// OtherTracers are the tracers the bench did not start that ran
	// during the measurements; a run with any is not reported.
	OtherTracers []string `json:"other_tracers_seen,omitempty"`
}

// Row is one line of the table: the tools' figures, ntrace ÷ bpftrace
// and, where there is a floor, ntrace ÷ floor.
type Row struct {
	Section  string  `json:"section"`
	Name     string  `json:"name"`
	Unit     string  `json:"unit"`
	Ntrace   float64 `json:"ntrace"`
	Bpftrace float64 `json:"bpftrace"`
	Ratio    float64 `json:"ratio"`
	// Floor is the floor's figure: the cilium/ebpf loader's for
	// start-up, the clang -O2 C programs' per event.
	Floor      float64 `json:"floor,omitempty"`
	FloorRatio float64 `json:"ratio_to_floor,omitempty"`
	Note       string  `json:"note,omitempty"`
}

func hostInfo(ctx context.Context, bpftrace, root string) Host {
	h := Host{CPUs: runtime.NumCPU(), Go: runtime.Version()}
	var u unix.Utsname
	if unix.Uname(&u) == nil {
		h.Kernel = unix.ByteSliceToString(u.Release[:])
	}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		h.CPU = cpuModel(string(b))
	}
	if out, err := exec.CommandContext(ctx, bpftrace, "--version").Output(); err == nil {
		h.Bpftrace = strings.TrimSpace(string(out))
	}
	git := exec.CommandContext(ctx, "git", "describe", "--always", "--dirty")
	git.Dir = root
	if out, err := git.Output(); err == nil {
		h.NtraceRev = strings.TrimSpace(string(out))
	}
	return h
}

const mb = 1 << 20

// rows turns the results into table rows.
func rows(r *Results) []Row {
	var out []Row
	addFloor := func(sec, name, unit string, nt, fl, bt float64, note string) {
		out = append(out, Row{sec, name, unit, nt, bt, ratio(nt, bt), fl, ratio(nt, fl), note})
	}
	sec := fmt.Sprintf("Startup, launch → ready line (median of %d, rounds of every tool in rotating order; floor: cilium/ebpf loader)", r.Runs)
	for _, s := range r.Startup {
		note := ""
		if s.CFloorMs > 0 {
			note = fmt.Sprintf("C floor %.2f ms (ntrace ÷ it %.3g); ", s.CFloorMs, ratio(s.NtraceMs, s.CFloorMs))
		}
		if s.NtSelfMs > 0 {
			note += "ntrace -v: " + attachedNote(s.NtSelfMs, s.StageOrder, s.NtStages)
		}
		addFloor(sec, s.Case, "ms", s.NtraceMs, s.GoFloorMs, s.BpfMs, note)
	}
	sec = fmt.Sprintf("Recipes run by name, launch → ntrace -v's attached line (median of %d, recipes in rotating order; ntrace only)", r.Runs)
	for _, rc := range r.Recipes {
		name := "recipe " + rc.Args
		if rc.NotHere != "" {
			out = append(out, Row{Section: sec, Name: name, Unit: "ms", Note: "does not attach on this host: " + rc.NotHere})
			continue
		}
		note := attachedNote(rc.SelfMs, rc.Order, rc.Stages) + fmt.Sprintf("; peak RSS %.1f MB", rc.RSSBytes/mb)
		out = append(out, Row{Section: sec, Name: name, Unit: "ms", Ntrace: rc.Ms, Note: note})
	}
	sec = "Peak RSS (the tool's own VmHWM, median)"
	for _, s := range r.Startup {
		note := ""
		if s.CFloorRSS > 0 {
			note = fmt.Sprintf("C floor %.2f MB", s.CFloorRSS/mb)
		}
		addFloor(sec, s.Case, "MB", s.NtRSS/mb, s.GoFloorRSS/mb, s.BpfRSS/mb, note)
	}
	out = append(out, eventRows(r)...)
	out = append(out, udplatRows(r.Udplat)...)
	if r.Size.NtraceStatic > 0 {
		out = append(out, sizeRows(r.Size)...)
	}
	sec = "Translated instructions (xlated bytes / 8, all programs but the ready probe; floor: clang -O2 C)"
	for _, in := range r.Insns {
		note := fmt.Sprintf("ntrace -v %d; jited %d/%d B", in.NtraceOwn, in.NtraceJited, in.BpfJited)
		if in.FloorXlated > 0 {
			note += fmt.Sprintf(", floor %d B", in.FloorJited)
		}
		if in.NtraceErr != "" || in.BpfErr != "" {
			note = errNote(in)
		}
		addFloor(sec, in.Script, "insns", float64(in.NtraceXlated), float64(in.FloorXlated), float64(in.BpfXlated), note)
	}
	return out
}

// attachedNote is ntrace -v's main → attached time and its stages, in
// the order they ran: "main → attached 2.2 ms (setup 0.1, parse 0.1, …)".
func attachedNote(ms float64, order []string, stages map[string]float64) string {
	note := fmt.Sprintf("main → attached %.1f ms", ms)
	var parts []string
	for _, name := range order {
		if v, ok := stages[name]; ok {
			parts = append(parts, fmt.Sprintf("%s %.1f", name, v))
		}
	}
	if len(parts) > 0 {
		note += " (" + strings.Join(parts, ", ") + ")"
	}
	return note
}

// sizeRows compare the files each tool needs on a host.
func sizeRows(sz SizeResult) []Row {
	var out []Row
	add := func(sec, name, unit string, nt, bt float64, note string) {
		out = append(out, Row{Section: sec, Name: name, Unit: unit, Ntrace: nt, Bpftrace: bt, Ratio: ratio(nt, bt), Note: note})
	}
	sec := "Size on disk"
	add(sec, "binary (ntrace static, CGO_ENABLED=0)", "MB", float64(sz.NtraceStatic)/mb, float64(sz.BpfBinary)/mb, "")
	add(sec, "binary + shared libs", "MB", float64(sz.NtraceStatic)/mb, float64(sz.BpfBinary+sz.BpfLibsBytes)/mb,
		fmt.Sprintf("%d libs; largest %s", len(sz.BpfLibs), largestLib(sz.BpfLibs)))
	if sz.NtraceStripped > 0 {
		add(sec, "ntrace -ldflags='-s -w' vs binary + libs", "MB", float64(sz.NtraceStripped)/mb, float64(sz.BpfBinary+sz.BpfLibsBytes)/mb, "")
	}
	return out
}

// eventRows are the per-event sections, with delivery rows for printf.
func eventRows(r *Results) []Row {
	var out []Row
	sec := fmt.Sprintf("Per-event BPF cost, sys_enter_getppid × %d (printf: × %d), all attached at once (geomean over every attach order; floor: clang -O2 C)", r.Calls, r.Flood)
	for _, e := range r.Events {
		note := fmt.Sprintf("ntrace first %.0f, bpftrace first %.0f (%d runs)",
			nsGeomean(e.Orders, ntraceName, ntraceName), nsGeomean(e.Orders, bpftraceName, bpftraceName), len(e.Orders))
		out = append(out, Row{sec, e.Case, "ns/event", e.NtraceNs, e.BpfNs, ratio(e.NtraceNs, e.BpfNs), e.FloorNs, ratio(e.NtraceNs, e.FloorNs), note})
		for _, o := range e.Orders {
			out = append(out, deliveryRows(sec, "  printf, "+o.First+" first", o.Ntrace, o.Bpf)...)
		}
	}
	sec = fmt.Sprintf("Per-event BPF cost, each tool alone on sys_enter_getppid (geomean; printf × %d)", r.Flood)
	for _, e := range r.Solo {
		out = append(out, Row{sec, e.Case, "ns/event", e.NtraceNs, e.BpfNs, ratio(e.NtraceNs, e.BpfNs), e.FloorNs, ratio(e.NtraceNs, e.FloorNs), fmt.Sprintf("%d runs", len(e.Orders))})
		var nt, bt toolEvents
		for _, o := range e.Orders {
			if o.First == ntraceName {
				nt = o.Ntrace
			} else {
				bt = o.Bpf
			}
		}
		out = append(out, deliveryRows(sec, "  printf alone", nt, bt)...)
	}
	return out
}

// deliveryRows compare how many printf events reached each tool's stdout,
// for a case that printed any.
func deliveryRows(sec, name string, nt, bt toolEvents) []Row {
	if nt.Delivered == 0 && bt.Delivered == 0 && nt.Lost == 0 && bt.Lost == 0 {
		return nil
	}
	return []Row{
		{Section: sec, Name: name + ": delivered", Unit: "events/s", Ntrace: nt.PerSec, Bpftrace: bt.PerSec, Ratio: ratio(nt.PerSec, bt.PerSec)},
		{Section: sec, Name: name + ": delivered", Unit: "% of fired", Ntrace: pct(nt.Delivered, nt.fired()), Bpftrace: pct(bt.Delivered, bt.fired()),
			Ratio: ratio(pct(nt.Delivered, nt.fired()), pct(bt.Delivered, bt.fired())),
			Note: fmt.Sprintf("fired %d/%d; reported lost %d/%d; unaccounted %d/%d", nt.fired(), bt.fired(),
				nt.Lost, bt.Lost, unaccounted(nt), unaccounted(bt))},
	}
}

// fired is how many events the printf probe fired over the window in which
// its events were counted delivered or lost: the tool's whole run, or, in
// results written before Fired was recorded, the loop's.
func (te toolEvents) fired() uint64 {
	if te.Fired != 0 {
		return te.Fired
	}
	return te.Events
}

// unaccounted is how many fired events were neither delivered nor reported lost.
func unaccounted(te toolEvents) int64 {
	return int64(te.fired()) - te.Delivered - te.Lost
}

func pct(n int64, of uint64) float64 {
	if of == 0 {
		return 0
	}
	return 100 * float64(n) / float64(of)
}

func largestLib(libs []libFile) string {
	if len(libs) == 0 {
		return "-"
	}
	return fmt.Sprintf("%s %.0f MB", libs[0].Path, float64(libs[0].Bytes)/mb)
}

// errNote says which tool could not run a script, and why.
func errNote(in InsnsResult) string {
	var parts []string
	if in.NtraceErr != "" {
		parts = append(parts, "ntrace: "+firstLine(in.NtraceErr))
	}
	if in.BpfErr != "" {
		parts = append(parts, "bpftrace: "+firstLine(in.BpfErr))
	}
	return strings.Join(parts, "; ")
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 100 {
		s = s[:100] + "…"
	}
	return s
}

// printTable writes the host line and every row, grouped by section.
func printTable(w io.Writer, r *Results) {
	r.Table = rows(r)
	h := r.Host
	fmt.Fprintf(w, "ntrace %s vs %s — kernel %s, %s, %d CPUs\n", h.NtraceRev, h.Bpftrace, h.Kernel, h.CPU, h.CPUs)
	fmt.Fprintf(w, "bpf_stats on through BPF_ENABLE_STATS for the per-event part; kernel.bpf_stats_enabled before/during/after: %s/%s/%s\n",
		h.StatsBefore, h.StatsDuring, h.StatsAfter)
	fmt.Fprintf(w, "bpftrace stops that needed SIGINT again (sent every %v): %d\n", resendEvery, r.Missed)
	nameW, unitW := 0, 0
	for _, row := range r.Table {
		nameW = max(nameW, utf8.RuneCountInString(row.Name))
		unitW = max(unitW, len(row.Unit))
	}
	section := ""
	for _, row := range r.Table {
		if row.Section != section {
			section = row.Section
			fmt.Fprintf(w, "\n%s\n  %s %10s %10s %10s %8s %8s\n", section, pad("", nameW+unitW+1), "ntrace", "floor", "bpftrace", "÷floor", "÷bpftr")
		}
		fmt.Fprintf(w, "  %s %s %10s %10s %10s %8s %8s  %s\n", pad(row.Name, nameW), pad(row.Unit, unitW),
			num(row.Ntrace), num(row.Floor), num(row.Bpftrace), ratioText(row.FloorRatio), ratioText(row.Ratio), row.Note)
	}
	if r.BeforeAfter != nil {
		printBeforeAfter(w, r.BeforeAfter, h.NtraceRev)
	}
	if r.Metrics != nil {
		printMetrics(w, r.Metrics)
	}
}

// pad left-aligns s in width runes.
func pad(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-utf8.RuneCountInString(s)))
}

// ratioText formats a ratio to three significant digits, "-" for none.
func ratioText(r float64) string {
	if r == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3g", r)
}

// num formats a figure with precision to suit its size; 0 is "-", no figure.
func num(x float64) string {
	switch {
	case x == 0:
		return "-"
	case x >= 10000:
		return fmt.Sprintf("%.0f", x)
	case x >= 100:
		return fmt.Sprintf("%.1f", x)
	default:
		return fmt.Sprintf("%.2f", x)
	}
}

func writeJSON(path string, r *Results) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}
