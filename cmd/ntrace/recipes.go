package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/scripts"
)

// listRecipes prints each bundled recipe with the first line of its
// description.
func listRecipes(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, name := range scripts.Names() {
		src, _ := scripts.Lookup(name)
		prog, err := lang.Parse(name+".nt", src)
		if err != nil {
			return fmt.Errorf("recipe %s: %w", name, err)
		}
		first, _, _ := strings.Cut(prog.Description, "\n")
		first = strings.TrimPrefix(first, name+": ")
		fmt.Fprintf(tw, "%s\t%s\n", name, first)
	}
	return tw.Flush()
}

// scriptHelp answers "ntrace SCRIPT --help": the script's description and
// the parameters it takes. It reports false when args do not ask for it.
func scriptHelp(args []string) (string, bool) {
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
		return "", false
	}
	name, src, _, err := loadScript("", []string{script})
	if err != nil {
		return "", false
	}
	prog, err := lang.Parse(name, src)
	if err != nil {
		return lang.Render(name, src, err), true
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
	return b.String(), true
}
