package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// totals are the counts the summary prints and results.json keeps.
type totals struct {
	Found       int            `json:"found"`
	Malformed   int            `json:"malformed"`
	OutOfScope  int            `json:"out_of_scope"`
	ScopeByKind map[string]int `json:"out_of_scope_by_reason"`
	Skipped     int            `json:"skipped"`
	SkipReasons map[string]int `json:"skipped_by_reason"`
	Fit         map[string]int `json:"fit"` // by group, and "all"
	// FitWillFail counts fitting tests that expect the tool to fail or
	// exit non-zero: mostly bpftrace's own error messages.
	FitWillFail int `json:"fit_will_fail"`
	// Pass[tool][group]; Status[tool][status].
	Pass   map[string]map[string]int `json:"pass"`
	Status map[string]map[string]int `json:"status"`
	// Both tools ran: how their verdicts pair up.
	BothPass     int                   `json:"both_pass"`
	OnlyBpftrace int                   `json:"only_bpftrace_passes"`
	OnlyNtrace   int                   `json:"only_ntrace_passes"`
	Neither      int                   `json:"neither_passes"`
	Files        []fileRow             `json:"files"`
	Blocking     map[string][]blockRow `json:"blocking"` // by tool, most frequent first
}

// fileRow is one suite file's counts.
type fileRow struct {
	File string         `json:"file"`
	Fit  int            `json:"fit"`
	Pass map[string]int `json:"pass"`
}

// blockRow is one category of failure for one tool.
type blockRow struct {
	Category string         `json:"category"`
	Count    int            `json:"count"`
	Files    map[string]int `json:"files"`
	Example  string         `json:"example"` // a test it blocks
}

// attachedLineRE matches an unmet expectation of the line bpftrace has
// printed since 0.18 where 0.17 printed "Attaching N probes...".
var attachedLineRE = regexp.MustCompile(`^EXPECT not met: Attached \d+ probes?$`)

// failureCategory is the key a failed run is ranked under: the category
// of the error the tool printed, or what went wrong with a program that
// ran.
func failureCategory(r toolRun) string {
	if c := category(r.Blocking); c != "" {
		return c
	}
	switch {
	case r.Status == "error":
		return "runner could not judge: " + r.Reason
	case r.Status == "timeout" && !r.Attached:
		return "(no error) never said it attached"
	case r.Status == "timeout":
		return "(no error) did not exit within TIMEOUT"
	case strings.HasPrefix(r.Reason, "exit status"):
		return "(no error) " + category(r.Reason)
	case attachedLineRE.MatchString(r.Reason):
		return "(no error) ran, but lacks (or miscounts) the line `Attached N probes`"
	}
	return "(no error) ran, but the output differs"
}

func count(tests []testResult, tools []tool) *totals {
	t := &totals{
		ScopeByKind: map[string]int{}, SkipReasons: map[string]int{}, Fit: map[string]int{},
		Pass: map[string]map[string]int{}, Status: map[string]map[string]int{},
		Blocking: map[string][]blockRow{},
	}
	files := map[string]*fileRow{}
	blocks := map[string]map[string]*blockRow{}
	for _, tl := range tools {
		t.Pass[tl.Name] = map[string]int{}
		t.Status[tl.Name] = map[string]int{}
		blocks[tl.Name] = map[string]*blockRow{}
	}
	for _, tr := range tests {
		t.Found++
		s := tr.Selection
		switch s.Class {
		case classMalformed:
			t.Malformed++
			continue
		case classScope:
			t.OutOfScope++
			t.ScopeByKind[s.Reason]++
			continue
		case classSkip:
			t.Skipped++
			t.SkipReasons[s.Reason]++
			continue
		}
		t.Fit[s.Group]++
		t.Fit["all"]++
		if tr.WillFail {
			t.FitWillFail++
		}
		fr := files[tr.File]
		if fr == nil {
			fr = &fileRow{File: tr.File, Pass: map[string]int{}}
			files[tr.File] = fr
		}
		fr.Fit++
		for _, tl := range tools {
			r, ok := tr.Runs[tl.Name]
			if !ok {
				continue
			}
			t.Status[tl.Name][r.Status]++
			if r.Status == "pass" {
				t.Pass[tl.Name][s.Group]++
				t.Pass[tl.Name]["all"]++
				fr.Pass[tl.Name]++
				continue
			}
			c := failureCategory(r)
			b := blocks[tl.Name][c]
			if b == nil {
				b = &blockRow{Category: c, Files: map[string]int{}, Example: tr.ID}
				blocks[tl.Name][c] = b
			}
			b.Count++
			b.Files[tr.File]++
		}
		bp, bok := tr.Runs[bpftraceName]
		np, nok := tr.Runs[ntraceName]
		if bok && nok {
			switch b, n := bp.Status == "pass", np.Status == "pass"; {
			case b && n:
				t.BothPass++
			case b:
				t.OnlyBpftrace++
			case n:
				t.OnlyNtrace++
			default:
				t.Neither++
			}
		}
	}
	for _, fr := range files {
		t.Files = append(t.Files, *fr)
	}
	sort.Slice(t.Files, func(i, j int) bool { return t.Files[i].File < t.Files[j].File })
	for name, m := range blocks {
		var rows []blockRow
		for _, b := range m {
			rows = append(rows, *b)
		}
		sort.Slice(rows, func(i, j int) bool {
			if rows[i].Count != rows[j].Count {
				return rows[i].Count > rows[j].Count
			}
			return rows[i].Category < rows[j].Category
		})
		t.Blocking[name] = rows
	}
	return t
}

// testLine is the one line (or one per tool) printed for a test.
func testLine(tr testResult, tools []tool) string {
	s := tr.Selection
	switch s.Class {
	case classFit:
	case classScope:
		return fmt.Sprintf("%-7s %s: %s", "out", tr.ID, s.Reason)
	default:
		return fmt.Sprintf("%-7s %s: %s", s.Class, tr.ID, s.Reason)
	}
	if len(tr.Runs) == 0 {
		return fmt.Sprintf("%-7s %s [%s: %s]", "fit", tr.ID, s.Group, strings.Join(s.Kinds, " "))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-7s %s [%s]", "run", tr.ID, s.Group)
	for _, tl := range tools {
		r := tr.Runs[tl.Name]
		fmt.Fprintf(&b, "\n    %-8s %-7s", tl.Name, r.Status)
		if r.Status != "pass" {
			why := r.Reason
			if r.Blocking != "" {
				why = oneLine(r.Blocking, 100) + " (" + r.Reason + ")"
			}
			fmt.Fprintf(&b, " %s", oneLine(why, 160))
		}
	}
	return b.String()
}

// printSummary prints the totals, the per-file table and the top
// blocking errors of each tool.
func printSummary(w io.Writer, res *results, top int) {
	t := res.Totals
	fmt.Fprintf(w, "\nbpftrace runtime suite at %s, ntrace at %s, kernel %s\n", res.SuiteCommit, res.NtraceCommit, res.Kernel)
	for _, tl := range res.Tools {
		fmt.Fprintf(w, "  %s: %s (%s)\n", tl.Name, tl.Path, tl.Version)
	}
	fmt.Fprintf(w, "\ntests found %d: fit %d (core %d, uprobe %d), out of scope %d, skipped %d, malformed %d\n",
		t.Found, t.Fit["all"], t.Fit[groupCore], t.Fit[groupUprobe], t.OutOfScope, t.Skipped, t.Malformed)
	fmt.Fprintf(w, "  of the fitting tests, %d expect the tool to fail or exit non-zero (WILL_FAIL, RETURN_CODE)\n", t.FitWillFail)
	for _, tl := range res.Tools {
		st := t.Status[tl.Name]
		fmt.Fprintf(w, "  %-8s passes %d of %d (core %d of %d, uprobe %d of %d); fail %d, timeout %d, runner error %d\n",
			tl.Name, t.Pass[tl.Name]["all"], t.Fit["all"], t.Pass[tl.Name][groupCore], t.Fit[groupCore],
			t.Pass[tl.Name][groupUprobe], t.Fit[groupUprobe], st["fail"], st["timeout"], st["error"])
	}
	if len(res.Tools) == 2 {
		fmt.Fprintf(w, "  both pass %d, only bpftrace %d, only ntrace %d, neither %d\n", t.BothPass, t.OnlyBpftrace, t.OnlyNtrace, t.Neither)
	}
	fmt.Fprintf(w, "\nout of scope, by reason:\n")
	printCounts(w, t.ScopeByKind, 15)
	fmt.Fprintf(w, "\nskipped, by reason:\n")
	printCounts(w, t.SkipReasons, 0)

	fmt.Fprintf(w, "\nper suite file (fit, then passes):\n  %-18s %5s", "file", "fit")
	for _, tl := range res.Tools {
		fmt.Fprintf(w, " %9s", tl.Name)
	}
	fmt.Fprintln(w)
	for _, f := range t.Files {
		fmt.Fprintf(w, "  %-18s %5d", f.File, f.Fit)
		for _, tl := range res.Tools {
			fmt.Fprintf(w, " %9d", f.Pass[tl.Name])
		}
		fmt.Fprintln(w)
	}
	for _, tl := range res.Tools {
		rows := t.Blocking[tl.Name]
		fmt.Fprintf(w, "\n%s: what stops it, top %d of %d categories (tests, files):\n", tl.Name, min(top, len(rows)), len(rows))
		for i, r := range rows {
			if i == top {
				break
			}
			fmt.Fprintf(w, "  %4d  %s  [%s]\n", r.Count, r.Category, fileCounts(r.Files, 4))
		}
	}
}

// printCounts prints a reason → count table, most frequent first; limit
// 0 prints all.
func printCounts(w io.Writer, m map[string]int, limit int) {
	type kv struct {
		k string
		v int
	}
	var rows []kv
	for k, v := range m {
		rows = append(rows, kv{k, v})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].v != rows[j].v {
			return rows[i].v > rows[j].v
		}
		return rows[i].k < rows[j].k
	})
	rest := 0
	for i, r := range rows {
		if limit > 0 && i >= limit {
			rest += r.v
			continue
		}
		fmt.Fprintf(w, "  %4d  %s\n", r.v, r.k)
	}
	if rest > 0 {
		fmt.Fprintf(w, "  %4d  (%d other reasons)\n", rest, len(rows)-limit)
	}
}

// fileCounts names the files a category occurs in, most first.
func fileCounts(m map[string]int, n int) string {
	var files []string
	for f := range m {
		files = append(files, f)
	}
	sort.Slice(files, func(i, j int) bool {
		if m[files[i]] != m[files[j]] {
			return m[files[i]] > m[files[j]]
		}
		return files[i] < files[j]
	})
	var parts []string
	for i, f := range files {
		if i == n {
			parts = append(parts, fmt.Sprintf("+%d files", len(files)-n))
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", f, m[f]))
	}
	return strings.Join(parts, ", ")
}

// writeJSON writes results.json into dir.
func writeJSON(dir string, res *results) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("writing results: %w", err)
	}
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return fmt.Errorf("writing results: %w", err)
	}
	path := filepath.Join(dir, "results.json")
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing results: %w", err)
	}
	return nil
}

// readJSON reads an earlier run's results and counts them again, finding
// each failed run's blocking error in its output with this runner's
// rules.
func readJSON(path string) (*results, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading results: %w", err)
	}
	var res results
	if err := json.Unmarshal(b, &res); err != nil {
		return nil, fmt.Errorf("reading results %s: %w", path, err)
	}
	var tools []tool
	for _, ti := range res.Tools {
		tools = append(tools, tool{Name: ti.Name, Path: ti.Path, Version: ti.Version})
	}
	for _, tr := range res.Tests {
		for name, r := range tr.Runs {
			if r.Status != "pass" && r.Output != "" {
				r.Blocking = blockingError(name, r.Output)
				tr.Runs[name] = r
			}
		}
	}
	res.Totals = count(res.Tests, tools)
	return &res, nil
}
