package main

import (
	"os"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// --version gives the Go version the binary was built with and the
// cilium/ebpf version go.mod requires, and the commit when set at build
// time.
func TestVersion(t *testing.T) {
	mod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*github.com/cilium/ebpf (v\S+)`).FindSubmatch(mod)
	if m == nil {
		t.Fatal("go.mod requires no cilium/ebpf")
	}
	var stdout, stderr strings.Builder
	if err := run(t.Context(), []string{"--version"}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	out := stdout.String()
	for _, want := range []string{"go:          " + runtime.Version() + " ", "cilium/ebpf: " + string(m[1]) + "\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("--version lacks %q:\n%s", want, out)
		}
	}
}
