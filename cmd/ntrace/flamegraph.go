package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/runtime"
)

// checkStackOutput refuses -f folded and --flamegraph for a script that
// has no map keyed by stacks, or one whose values do not add up, before
// anything is loaded.
func checkStackOutput(o options, out *codegen.Output) error {
	var flag string
	switch {
	case o.format == "folded":
		flag = "-f folded"
	case o.flameGraph != "":
		flag = "--flamegraph"
	default:
		return nil
	}
	if _, err := runtime.StackMaps(out); err != nil {
		return exitError{code: exitUsage, msg: "ntrace: " + flag + ": " + err.Error() + "\n"}
	}
	return nil
}

// flameGraphFile is --flamegraph's file, opened as -o's is, before the
// run, and written when it ends.
type flameGraphFile struct {
	f *os.File
	w *bufio.Writer
}

// openFlameGraph opens --flamegraph's file; nil when not asked for.
func openFlameGraph(path string) (*flameGraphFile, error) {
	if path == "" {
		return nil, nil
	}
	f, err := createOutput(path)
	if err != nil {
		return nil, exitError{code: exitFailed, msg: "ntrace: --flamegraph: " + err.Error() + "\n"}
	}
	return &flameGraphFile{f: f, w: bufio.NewWriter(f)}, nil
}

// close flushes and closes the file; closing it again does nothing.
func (g *flameGraphFile) close() error {
	if g == nil || g.f == nil {
		return nil
	}
	err := g.w.Flush()
	if cerr := g.f.Close(); err == nil {
		err = cerr
	}
	g.f = nil
	if err != nil {
		return fmt.Errorf("writing the flame graph: %w", err)
	}
	return nil
}

// flameGraphTitle heads the graph with the script and its parameters.
func flameGraphTitle(name string, pid int, defines []string) string {
	parts := []string{"ntrace", name}
	if pid != 0 {
		parts = append(parts, "-p", strconv.Itoa(pid))
	}
	for _, d := range defines {
		parts = append(parts, "-D", d)
	}
	return strings.Join(parts, " ")
}
