// Package promcheck has tests check a metrics exposition with parsers
// other people wrote from the formats' specifications: promtool, from
// Debian's prometheus package, and the OpenMetrics parser of Prometheus's
// Python client, from python3-prometheus-client (make deps installs
// both). A test on a machine without them skips, saying which is missing.
package promcheck

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Text checks an exposition in Prometheus's text format with promtool
// check metrics, which parses it as Prometheus does and lints it: any
// complaint fails the test.
func Text(t testing.TB, exposition string) {
	t.Helper()
	promtool := tool(t, "promtool", "prometheus")
	cmd := exec.Command(promtool, "check", "metrics")
	cmd.Stdin = strings.NewReader(exposition)
	if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("promtool check metrics: %v\n%s\nexposition:\n%s", err, out, exposition)
	}
}

// OpenMetrics checks an OpenMetrics exposition twice. Prometheus's own
// parser, through promtool's backfill (promtool tsdb create-blocks-from
// openmetrics, which wants a timestamp on every sample, so each sample
// line gets one), must read it all: as many samples as it has sample
// lines. The Python client's parser, which checks what Prometheus lets
// pass (no NaN or negative sums, counts and buckets, a histogram's _count
// only beside its _sum, increasing bounds, units that end the name, one
// exposition ending in # EOF), must accept it.
func OpenMetrics(t testing.TB, exposition string) {
	t.Helper()
	promtool := tool(t, "promtool", "prometheus")
	python := tool(t, "/usr/bin/python3", "python3-prometheus-client")
	dir := t.TempDir()
	var stamped strings.Builder
	samples := 0
	for _, l := range strings.SplitAfter(exposition, "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			l = strings.TrimSuffix(l, "\n") + " 1700000000\n"
			samples++
		}
		stamped.WriteString(l)
	}
	in := filepath.Join(dir, "exposition.om")
	if err := os.WriteFile(in, []byte(stamped.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(promtool, "tsdb", "create-blocks-from", "openmetrics", in, filepath.Join(dir, "blocks")).CombinedOutput()
	if err != nil {
		t.Errorf("promtool tsdb create-blocks-from openmetrics: %v\n%s\nexposition:\n%s", err, out, exposition)
	} else if n := blockSamples(string(out)); n != samples {
		t.Errorf("promtool read %d samples of the %d the exposition has:\n%s\nexposition:\n%s", n, samples, out, exposition)
	}

	cmd := exec.Command(python, "-c", `import sys
try:
    from prometheus_client.openmetrics.parser import text_string_to_metric_families
except ImportError:
    sys.exit(3)
for f in text_string_to_metric_families(sys.stdin.read()):
    pass
`)
	cmd.Stdin = strings.NewReader(exposition)
	out, err = cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 3 {
		t.Skip("python3-prometheus-client is not installed (make deps installs it)")
	}
	if err != nil {
		t.Errorf("the Python client's OpenMetrics parser refuses it: %v\n%s\nexposition:\n%s", err, out, exposition)
	}
}

// tool finds a program, or skips the test naming the Debian package that
// has it.
func tool(t testing.TB, name, pkg string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s is not installed (make deps installs Debian's %s)", name, pkg)
	}
	return path
}

var blockLine = regexp.MustCompile(`(?m)^[0-9A-Z]{26}\s+\d+\s+\d+\s+\S+\s+(\d+)\s`)

// blockSamples adds up the NUM SAMPLES column of promtool's table of the
// blocks it wrote.
func blockSamples(out string) int {
	n := 0
	for _, m := range blockLine.FindAllStringSubmatch(out, -1) {
		v, _ := strconv.Atoi(m[1])
		n += v
	}
	return n
}
