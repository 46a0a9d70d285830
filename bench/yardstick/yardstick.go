package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// yardstick holds one measurement's inputs.
type yardstick struct {
	cfg      config
	tests    []*suiteTest
	sel      *selector
	tools    []tool
	logf     func(format string, args ...any)
	results  results
	onlyExpr *regexp.Regexp
}

// results is everything a measurement found; it is written as JSON.
type results struct {
	Started      time.Time       `json:"started"`
	SuiteDir     string          `json:"suite_dir"`
	SuiteCommit  string          `json:"suite_commit"`
	NtraceCommit string          `json:"ntrace_commit"`
	Only         string          `json:"only,omitempty"`
	Kernel       string          `json:"kernel"`
	Features     map[string]bool `json:"host_features"`
	Tools        []toolInfo      `json:"tools"`
	Tests        []testResult    `json:"tests"`
	Totals       *totals         `json:"totals,omitempty"`
}

type toolInfo struct {
	Name    string `json:"name"`
	Path    string `json:"path"`
	Version string `json:"version"`
}

// testResult is one test: where it stands and, if it ran, each tool's run.
type testResult struct {
	ID        string             `json:"id"`
	File      string             `json:"file"`
	Name      string             `json:"name"`
	Line      int                `json:"line"`
	WillFail  bool               `json:"will_fail,omitempty"` // the test expects the tool to fail
	Selection selection          `json:"selection"`
	Runs      map[string]toolRun `json:"runs,omitempty"`
}

func newYardstick(cfg config, logf func(string, ...any)) (*yardstick, error) {
	testsDir := filepath.Join(cfg.suite, "tests")
	tests, err := readSuite(filepath.Join(testsDir, "runtime"))
	if err != nil {
		return nil, err
	}
	if len(tests) == 0 {
		return nil, fmt.Errorf("no tests under %s", filepath.Join(testsDir, "runtime"))
	}
	y := &yardstick{cfg: cfg, tests: tests, logf: logf}
	if cfg.only != "" {
		if y.onlyExpr, err = regexp.Compile(cfg.only); err != nil {
			return nil, fmt.Errorf("-only: %w", err)
		}
	}
	if err := prepareWorkDir(cfg.work, testsDir); err != nil {
		return nil, err
	}
	h := probeHost()
	y.sel = &selector{
		host:     h,
		testsDir: cfg.work,
		suiteDir: cfg.work,
		progs:    &testprogs{Src: testsDir, Dir: cfg.work, logged: logf},
		env:      os.Getenv,
	}
	y.results = results{
		Started:      time.Now(),
		SuiteDir:     cfg.suite,
		SuiteCommit:  gitDescribe(cfg.suite),
		NtraceCommit: gitDescribe("."),
		Only:         cfg.only,
		Kernel:       h.Release,
		Features:     h.Features,
	}
	if cfg.list {
		return y, nil
	}
	if cfg.tools != ntraceName {
		path, err := exec.LookPath(cfg.bpftrace)
		if err != nil {
			return nil, fmt.Errorf("finding bpftrace: %w", err)
		}
		t := newTool(bpftraceName, path)
		out, _ := exec.Command(path, "--version").Output()
		t.Version = strings.TrimSpace(string(out))
		y.tools = append(y.tools, t)
	}
	if cfg.tools != bpftraceName {
		path := cfg.ntrace
		if path == "" {
			if path, err = buildNtrace(cfg.out, logf); err != nil {
				return nil, err
			}
		}
		if path, err = filepath.Abs(path); err != nil {
			return nil, err
		}
		t := newTool(ntraceName, path)
		t.Version = y.results.NtraceCommit
		y.tools = append(y.tools, t)
	}
	for _, t := range y.tools {
		y.results.Tools = append(y.results.Tools, toolInfo{Name: t.Name, Path: t.Path, Version: t.Version})
	}
	return y, nil
}

// buildNtrace builds ntrace from the tree the runner runs in.
func buildNtrace(out string, logf func(string, ...any)) (string, error) {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return "", err
	}
	bin := filepath.Join(out, "ntrace")
	logf("building ntrace")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/ntrace")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building ntrace: %w: %s", err, out)
	}
	return bin, nil
}

// gitDescribe names the commit a directory is at ("abc1234", with
// "-dirty" when its tree has changes), or "" outside git.
func gitDescribe(dir string) string {
	out, err := exec.Command("git", "-C", dir, "describe", "--always", "--dirty", "--abbrev=12").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// measure classifies every test and runs those that fit with each tool,
// printing a line per test as it goes.
func (y *yardstick) measure(ctx context.Context, w io.Writer) (*results, error) {
	res := &y.results
	lock := &heavyLock{path: y.cfg.lock, hold: y.cfg.lockHold}
	defer lock.release()
	for _, t := range y.tests {
		if y.onlyExpr != nil && !y.onlyExpr.MatchString(t.ID()) {
			continue
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		tr := testResult{ID: t.ID(), File: t.File, Name: t.Name, Line: t.Line, Selection: y.sel.classify(t),
			WillFail: t.WillFail || t.ReturnCode != 0}
		if tr.Selection.Class == classFit && !y.cfg.list {
			tr.Runs = map[string]toolRun{}
			if err := lock.take(ctx); err != nil {
				return nil, err
			}
			for _, tl := range y.tools {
				tr.Runs[tl.Name] = runOne(ctx, t, tl, y.cfg.work)
			}
			lock.turn()
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
		}
		fmt.Fprintln(w, testLine(tr, y.tools))
		res.Tests = append(res.Tests, tr)
	}
	res.Totals = count(res.Tests, y.tools)
	return res, nil
}

// heavyLock is the machine's lock for heavy runs (flock on a file),
// held across tests for up to a while and then let go, so that other
// heavy runs take turns with a long measurement instead of waiting for
// all of it.
type heavyLock struct {
	path  string
	hold  time.Duration
	f     *os.File
	since time.Time
}

// take returns once the lock is held, taking it if it is not.
func (l *heavyLock) take(ctx context.Context) error {
	if l.path == "" || l.f != nil {
		return nil
	}
	f, err := os.OpenFile(l.path, os.O_RDWR|os.O_CREATE, 0o666)
	if err != nil {
		return fmt.Errorf("opening the lock: %w", err)
	}
	locked := make(chan error, 1)
	fd := int(f.Fd()) // read here: a cancelled wait closes f meanwhile
	go func() { locked <- unix.Flock(fd, unix.LOCK_EX) }()
	select {
	case err := <-locked:
		if err != nil {
			f.Close()
			return fmt.Errorf("taking the lock %s: %w", l.path, err)
		}
	case <-ctx.Done():
		f.Close() // the blocked flock ends with the process
		return ctx.Err()
	}
	l.f, l.since = f, time.Now()
	return nil
}

// turn lets the lock go if it has been held for its while.
func (l *heavyLock) turn() {
	if l.f != nil && time.Since(l.since) >= l.hold {
		l.release()
	}
}

func (l *heavyLock) release() {
	if l.f != nil {
		_ = unix.Flock(int(l.f.Fd()), unix.LOCK_UN) // closing unlocks anyway
		l.f.Close()
		l.f = nil
	}
}
