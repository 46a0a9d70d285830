package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/ntrace/ntrace/internal/clispec"
	"github.com/ntrace/ntrace/internal/recipes"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime"
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
// none (from lang's table of kinds), then the fixed words of a kind's
// forms (interval:s:, profile:hz:), else what "ntrace -l 'PREFIX*'"
// lists.
func completeProbes(prefix string) []string {
	kindName, _, hasKind := strings.Cut(prefix, ":")
	var out []string
	for _, k := range lang.Kinds() {
		if !hasKind {
			word := k.Name + ":"
			if k.Context == lang.RunOnce {
				word = k.Name // BEGIN and END take nothing after them
			}
			if strings.HasPrefix(word, prefix) {
				out = append(out, word)
			}
			continue
		}
		if k.Name == kindName {
			out = append(out, formWords(k)...)
		}
	}
	if !hasKind || len(out) > 0 {
		return out
	}
	var b strings.Builder
	if runtime.ListProbes(prefix+"*", runtime.ListOptions{}, &b) != nil {
		return nil
	}
	out = strings.Split(strings.TrimSpace(b.String()), "\n")
	sort.Strings(out)
	return out
}

// formWords are the words a kind's forms fix after its name, each with
// the kind before it: interval:s:, interval:ms:… A form whose next part is
// a placeholder in capitals (FUNCTION, EVENT) has none.
func formWords(k *lang.KindInfo) []string {
	var out []string
	for _, f := range k.Forms {
		parts := strings.Split(f, ":")
		if len(parts) < 3 || parts[1] == "" || strings.ToLower(parts[1]) != parts[1] {
			continue
		}
		word := parts[0] + ":" + parts[1] + ":"
		if !slices.Contains(out, word) {
			out = append(out, word)
		}
	}
	return out
}
