package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// testprogRE finds the suite's helper programs a test refers to:
// ./testprogs/NAME or testprogs/NAME.
var testprogRE = regexp.MustCompile(`(?:^|[\s'"=(:])(?:\./)?testprogs/([A-Za-z0-9_.+-]+)`)

// testprogsOf lists the helper programs a test's commands and program
// name, sorted.
func testprogsOf(t *suiteTest) []string {
	seen := map[string]bool{}
	texts := append([]string{t.Run, t.Prog, t.After, t.Setup, t.Cleanup}, t.Befores...)
	texts = append(texts, t.Requires...)
	for _, s := range texts {
		for _, m := range testprogRE.FindAllStringSubmatch(s, -1) {
			seen[m[1]] = true
		}
	}
	var out []string
	for name := range seen {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// testprogs builds the suite's helper programs from tests/testprogs with
// gcc (g++ for C++), as the suite's CMake file does — debug info, no
// optimisation, frame pointers; NAME-pie as a PIE, NAME not — into
// Dir/testprogs, once each. Programs the suite makes some other way
// (stripped copies, split DWARF, Go and Rust programs, archives) are not
// built: tests that need them are skipped with the reason.
type testprogs struct {
	Src string // the checkout's tests directory
	Dir string // the work directory: testprogs/ is built here

	mu     sync.Mutex
	built  map[string]error
	logged func(format string, args ...any)
}

// ensure builds a helper program unless it is there; the error says why
// it cannot be.
func (p *testprogs) ensure(name string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.built == nil {
		p.built = map[string]error{}
	}
	if err, ok := p.built[name]; ok {
		return err
	}
	err := p.build(name)
	p.built[name] = err
	return err
}

func (p *testprogs) build(name string) error {
	base, pie := strings.CutSuffix(name, "-pie")
	srcDir := filepath.Join(p.Src, "testprogs")
	compiler, src := "gcc", filepath.Join(srcDir, base+".c")
	if _, err := os.Stat(src); err != nil {
		compiler, src = "g++", filepath.Join(srcDir, base+".cpp")
		if _, err := os.Stat(src); err != nil {
			return fmt.Errorf("testprogs/%s is not built from a C or C++ file", name)
		}
	}
	out := filepath.Join(p.Dir, "testprogs", name)
	if fi, err := os.Stat(out); err == nil {
		if si, err := os.Stat(src); err == nil && !si.ModTime().After(fi.ModTime()) {
			return nil
		}
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	args := []string{"-g", "-O0", "-fno-omit-frame-pointer", "-mno-omit-leaf-frame-pointer"}
	if base == "uprobe_nofp" {
		// Built without frame pointers, to test DWARF unwinding.
		args = []string{"-g", "-O1", "-fomit-frame-pointer", "-fno-optimize-sibling-calls"}
	}
	if pie {
		args = append(args, "-fpie", "-pie")
	} else {
		args = append(args, "-no-pie")
	}
	args = append(args, "-I", filepath.Join(p.Src, "include"), "-o", out, src, "-lpthread")
	cmd := exec.Command(compiler, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if p.logged != nil {
		p.logged("building testprogs/%s", name)
	}
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		return fmt.Errorf("building testprogs/%s: %v: %s", name, err, msg)
	}
	return nil
}
