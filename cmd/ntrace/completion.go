package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/ntrace/ntrace/internal/clispec"
	"github.com/ntrace/ntrace/internal/recipes"
	"github.com/ntrace/ntrace/lang"
)

// The hidden commands: the completion scripts' callback, and the man
// page, which make install writes.
const (
	completeCommand = "__complete"
	manPageCommand  = "__manpage"
)

// runCompletion is "ntrace completion bash|zsh|fish": the completion
// script for that shell, written from the flag table.
func runCompletion(args []string, stdout, stderr io.Writer) error {
	spec := cliSpec()
	write := map[string]func(io.Writer) error{"bash": spec.WriteBash, "zsh": spec.WriteZsh, "fish": spec.WriteFish}
	if len(args) != 1 || write[args[0]] == nil {
		writeCommandUsage(stderr, "completion")
		return exitError{code: exitUsage}
	}
	return writingTo(stdout, write[args[0]])
}

// runManPage writes ntrace's man page.
func runManPage(stdout io.Writer) error {
	return writingTo(stdout, cliSpec().WriteMan)
}

// probeKinds are the probe kinds a completion offers before the word has
// a kind, and the words that follow interval: and profile:.
var (
	probeKinds = []string{"tracepoint:", "rawtracepoint:", "kprobe:", "kretprobe:", "fentry:", "fexit:",
		"uprobe:", "uretprobe:", "interval:", "profile:", "BEGIN", "END"}
	probeUnits = map[string][]string{
		"interval:": {"interval:s:", "interval:ms:", "interval:us:", "interval:hz:"},
		"profile:":  {"profile:hz:"},
	}
)

// runCallback answers a completion script's question (see
// clispec.Spec.Callback), one candidate a line. It prints nothing it
// cannot find out, and never fails: a completion must not print errors.
func runCallback(args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return nil
	}
	arg := ""
	if len(args) > 1 {
		arg = args[1]
	}
	var out []string
	switch args[0] {
	case clispec.CallbackRecipes:
		seen := map[string]bool{}
		for _, r := range recipes.SearchPath(os.Getenv).All() {
			if r.Err == nil && !seen[r.Name] {
				seen[r.Name] = true
				out = append(out, r.Name)
			}
		}
	case clispec.CallbackProbes:
		out = completeProbes(arg)
	case clispec.CallbackParams:
		if _, src, err := findScript(arg, io.Discard, false); err == nil {
			if prog, err := lang.Parse(arg, src); err == nil {
				for _, p := range prog.Params {
					out = append(out, p.Name+"=")
				}
			}
		}
	}
	return writingTo(stdout, func(w io.Writer) error {
		for _, o := range out {
			fmt.Fprintln(w, o)
		}
		return nil
	})
}

// completeProbes lists the probes prefix starts: the kinds while it has
// none, then what "ntrace -l 'PREFIX*'" lists.
func completeProbes(prefix string) []string {
	kind, _, hasKind := strings.Cut(prefix, ":")
	if !hasKind {
		var out []string
		for _, k := range probeKinds {
			if strings.HasPrefix(k, prefix) {
				out = append(out, k)
			}
		}
		return out
	}
	if units := probeUnits[kind+":"]; units != nil {
		return units
	}
	var b strings.Builder
	if listProbes(prefix+"*", false, &b) != nil {
		return nil
	}
	out := strings.Split(strings.TrimSpace(b.String()), "\n")
	sort.Strings(out)
	return out
}
