package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Classes a test falls into before anything runs.
const (
	classFit       = "fit"       // runs here: judged for each tool
	classScope     = "scope"     // out of scope: probes this host cannot attach, or no program
	classSkip      = "skip"      // in scope, but this host or runner lacks what it requires
	classMalformed = "malformed" // its directives do not make sense
)

// Groups of fitting tests.
const (
	groupCore   = "core"   // BEGIN/END/interval/tracepoint/rawtracepoint/profile only
	groupUprobe = "uprobe" // with uprobes on test programs the runner builds
)

// selection is where a test stands before it runs, and why.
type selection struct {
	Class  string   `json:"class"`
	Group  string   `json:"group,omitempty"`
	Kinds  []string `json:"kinds,omitempty"`
	Reason string   `json:"reason,omitempty"`
}

// selector decides which tests fit this host.
type selector struct {
	host     host
	testsDir string // the work directory the tests run in
	suiteDir string // the checkout's tests directory
	progs    *testprogs
	env      func(string) string
}

// classify decides whether a test fits: its probes must all be kinds this
// host attaches (uprobes only on a test program the runner builds), and
// the host must have what it requires (architecture, kernel version,
// features, REQUIRES commands, helper programs).
func (s *selector) classify(t *suiteTest) selection {
	if t.Err != nil {
		return selection{Class: classMalformed, Reason: t.Err.Error()}
	}
	use, err := useOf(t, s.suiteDir)
	if err != nil {
		return selection{Class: classScope, Reason: err.Error()}
	}
	var points []attachPoint
	for _, p := range use.Programs {
		points = append(points, attachPoints(p)...)
	}
	for _, l := range use.Listings {
		points = append(points, listingPoints(l)...)
	}
	sel := selection{Kinds: kindsOf(points)}
	if use.Other != "" {
		sel.Class, sel.Reason = classScope, use.Other
		return sel
	}
	if len(points) == 0 {
		sel.Class, sel.Reason = classScope, "its program has no probe"
		return sel
	}
	sel.Group = groupCore
	var outside []string
	for _, p := range points {
		switch {
		case hostKinds[p.Kind]:
		case p.Kind == "uprobe" && s.buildsTarget(t, p):
			sel.Group = groupUprobe
		case p.Kind == "uprobe":
			outside = appendOnce(outside, "uprobe on "+orNone(p.target()))
		case p.Kind == "*":
			outside = appendOnce(outside, "listing every kind")
		default:
			outside = appendOnce(outside, p.Kind)
		}
	}
	if len(outside) > 0 {
		sel.Class, sel.Group, sel.Reason = classScope, "", "probes: "+strings.Join(outside, ", ")
		return sel
	}
	sel.Class = classSkip
	if !s.host.archAllows(t.Arch) {
		sel.Reason = "ARCH " + strings.Join(t.Arch, "|")
		return sel
	}
	if t.KernelMin != "" && !atLeast(s.host.Kernel, t.KernelMin) {
		sel.Reason = "MIN_KERNEL " + t.KernelMin
		return sel
	}
	if t.KernelMax != "" && compareVersions(s.host.Kernel, versionNumbers(t.KernelMax)) > 0 {
		sel.Reason = "MAX_KERNEL " + t.KernelMax
		return sel
	}
	if name, value, _ := strings.Cut(t.SkipIfEnv, "="); t.SkipIfEnv != "" && s.env(name) == value {
		sel.Reason = "SKIP_IF_ENV_HAS " + t.SkipIfEnv
		return sel
	}
	if killsByName(t.After) {
		sel.Reason = "its AFTER finds processes by name, which this runner does not run"
		return sel
	}
	if t.NewPIDNS {
		sel.Reason = "NEW_PIDNS: this runner does not make PID namespaces"
		return sel
	}
	missing, err := s.host.missingFeatures(t.Features)
	if err != nil {
		sel.Reason = "REQUIRES_FEATURE: " + err.Error()
		return sel
	}
	if len(missing) > 0 {
		sel.Reason = "host lacks feature " + strings.Join(missing, ", ")
		return sel
	}
	for _, name := range testprogsOf(t) {
		if err := s.progs.ensure(name); err != nil {
			sel.Reason = err.Error()
			return sel
		}
	}
	for _, req := range t.Requires {
		if !requirementHolds(req, s.testsDir) {
			sel.Reason = "REQUIRES " + req
			return sel
		}
	}
	sel.Class = classFit
	return sel
}

// buildsTarget reports whether a uprobe's target is one of the suite's
// test programs the runner can build: named in the attach point, or, when
// the attach point names none, the program the test runs with -c or
// BEFORE.
func (s *selector) buildsTarget(t *suiteTest, p attachPoint) bool {
	target := p.target()
	if target == "" {
		progs := testprogsOf(t)
		return len(progs) > 0 && s.progs.ensure(progs[0]) == nil && (strings.Contains(t.Run, " -c ") || strings.Contains(t.Run, "-p ") || strings.Contains(t.Run, "--pid ") || len(t.Befores) > 0)
	}
	name, ok := strings.CutPrefix(strings.TrimPrefix(target, "./"), "testprogs/")
	if !ok || strings.ContainsAny(name, "*?[/") {
		return false
	}
	return s.progs.ensure(name) == nil
}

func appendOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func orNone(s string) string {
	if s == "" {
		return "(no target)"
	}
	return s
}

// prepareWorkDir makes the directory the tests run in, as the suite's
// build tree has it: runtime/ (the checkout's tests/runtime) and
// testprogs/ (built on demand).
func prepareWorkDir(work, suiteTests string) error {
	if err := os.MkdirAll(filepath.Join(work, "testprogs"), 0o755); err != nil {
		return fmt.Errorf("making the work directory: %w", err)
	}
	link := filepath.Join(work, "runtime")
	target, err := filepath.Abs(filepath.Join(suiteTests, "runtime"))
	if err != nil {
		return err
	}
	if cur, err := os.Readlink(link); err == nil && cur == target {
		return nil
	}
	os.Remove(link)
	if err := os.Symlink(target, link); err != nil {
		return fmt.Errorf("making the work directory: %w", err)
	}
	return nil
}
