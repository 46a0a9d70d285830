package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"
	"text/tabwriter"

	"github.com/ntrace/ntrace/internal/recipes"
	"github.com/ntrace/ntrace/lang"
)

// findScript finds the script arg names: the file at that path when
// there is one, else (when arg has no '/') the recipe called arg, with or
// without ".nt", on the recipe search path. It returns the name errors
// give the script, and its source. A recipe that shadows another is said
// on stderr; with verbose, which was run and why.
func findScript(arg string, stderr io.Writer, verbose bool) (name, src string, err error) {
	b, err := readScript(arg)
	if err == nil {
		if verbose {
			what := ""
			if r, _, err := recipes.SearchPath(os.Getenv).Find(strings.TrimSuffix(arg, recipes.Ext)); err == nil {
				what = fmt.Sprintf(", a file, not the recipe %s (%s)", r.Name, r.Origin())
			}
			fmt.Fprintf(stderr, "ntrace: running %s%s\n", arg, what)
		}
		return arg, string(b), nil
	}
	if !errors.Is(err, os.ErrNotExist) && !errors.Is(err, syscall.EISDIR) || strings.Contains(arg, "/") {
		return "", "", fmt.Errorf("reading script: %w", err)
	}
	path := recipes.SearchPath(os.Getenv)
	for _, n := range path.Notes {
		fmt.Fprintf(stderr, "ntrace: %s\n", n)
	}
	r, shadows, err := path.Find(strings.TrimSuffix(arg, recipes.Ext))
	if errors.Is(err, recipes.ErrNotFound) {
		return "", "", fmt.Errorf("no script file or recipe called %q (ntrace recipes lists the recipes)", arg)
	}
	if err != nil {
		return "", "", exitError{code: exitFailed, msg: "ntrace: " + err.Error() + "\n"}
	}
	if others := recipes.Shadowed(r, shadows); others != "" {
		fmt.Fprintf(stderr, "ntrace: the recipe %s from %s shadows another of that name (%s)\n", r.Name, r.Origin(), others)
	}
	if verbose {
		fmt.Fprintf(stderr, "ntrace: running the recipe %s (%s): there is no file %s here\n", r.Name, r.Origin(), arg)
	}
	return r.File(), r.Source, nil
}

// runRecipes is "ntrace recipes [list | show NAME | install ...]".
func runRecipes(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return writingTo(stdout, func(w io.Writer) error { return listRecipes(w, stderr) })
	}
	switch args[0] {
	case "list":
		if len(args) == 1 {
			return writingTo(stdout, func(w io.Writer) error { return listRecipes(w, stderr) })
		}
	case "show":
		if len(args) == 2 {
			return writingTo(stdout, func(w io.Writer) error { return showRecipe(args[1], w) })
		}
	case "install":
		return runInstall(args[1:], stdout, stderr)
	case "-h", "--help", "-help":
		return writingTo(stdout, func(w io.Writer) error { writeCommandUsage(w, "recipes"); return nil })
	}
	writeCommandUsage(stderr, "recipes")
	return exitError{code: exitUsage}
}

// listRecipes prints every recipe on the search path and the bundled
// ones, with where each comes from and the first line of its
// description; a recipe shadowed by one before it is marked so. A
// directory whose recipes are refused is said on stderr.
func listRecipes(w, stderr io.Writer) error {
	path := recipes.SearchPath(os.Getenv)
	for _, n := range path.Notes {
		fmt.Fprintf(stderr, "ntrace: %s\n", n)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "NAME\tORIGIN\tDESCRIPTION\n")
	var first recipes.Recipe // the first of a name: the one that runs
	for _, r := range path.All() {
		if r.Name == "" {
			fmt.Fprintf(stderr, "ntrace: %v\n", r.Err)
			continue
		}
		origin, desc := r.Origin(), ""
		switch {
		case r.Name != first.Name:
			first = r
		case r.Err == nil && first.Err == nil && r.Source == first.Source:
			origin += " (shadowed, the same script)"
		default:
			origin += " (shadowed)"
		}
		if r.Err != nil {
			desc = "refused: " + r.Err.Error()
		} else {
			desc = r.Description()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", r.Name, origin, desc)
	}
	return tw.Flush()
}

// showRecipe prints the source of the recipe called name, the one that
// "ntrace NAME" runs.
func showRecipe(name string, w io.Writer) error {
	r, _, err := recipes.SearchPath(os.Getenv).Find(strings.TrimSuffix(name, recipes.Ext))
	if errors.Is(err, recipes.ErrNotFound) {
		return exitError{code: exitUsage, msg: fmt.Sprintf("ntrace: no recipe called %q (ntrace recipes lists them)\n", name)}
	}
	if err != nil {
		return exitError{code: exitFailed, msg: "ntrace: " + err.Error() + "\n"}
	}
	_, err = io.WriteString(w, r.Source)
	return err
}

// scriptHelp answers "ntrace SCRIPT --help": the script's description and
// the parameters it takes. It reports false when args do not ask for it,
// and the error of a recipe that is refused.
func scriptHelp(args []string) (string, bool, error) {
	var script string
	help := false
	for _, a := range args {
		switch {
		case a == "--help" || a == "-help" || a == "-h":
			help = true
		case !strings.HasPrefix(a, "-") && script == "":
			script = a
		}
	}
	if !help || script == "" {
		return "", false, nil
	}
	name, src, _, err := loadScript("", []string{script}, io.Discard, false)
	if e, ok := err.(exitError); ok {
		return "", false, e
	}
	if err != nil {
		return "", false, nil
	}
	prog, err := lang.Parse(name, src)
	if err != nil {
		return lang.Render(name, src, err), true, nil
	}
	var b strings.Builder
	if prog.Description != "" {
		b.WriteString(prog.Description + "\n")
	}
	if len(prog.Params) > 0 {
		b.WriteString("\nparameters (-D NAME=VALUE):\n")
		tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
		for _, p := range prog.Params {
			def := "required"
			if p.HasDef {
				def = "default " + p.Default
				if p.Default == "" {
					def = `default ""` // an empty string, often: "off"
				}
			}
			typ := p.Type
			if r := p.Range(); r != "" {
				typ += " " + r
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", p.Name, typ, def, p.Help)
		}
		tw.Flush()
	}
	return b.String(), true, nil
}
