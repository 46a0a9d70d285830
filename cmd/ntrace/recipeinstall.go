package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/ntrace/ntrace/internal/clispec"
	"github.com/ntrace/ntrace/internal/recipes"
	"github.com/ntrace/ntrace/runtime"
)

// installOptions are the flags of "ntrace recipes install".
type installOptions struct {
	system  bool
	force   bool
	name    string
	defines multiFlag
	pid     int
	help    bool
}

// installFlags is the table of install's flags, bound to o.
func installFlags(o *installOptions) []clispec.Flag {
	return []clispec.Flag{
		{Name: "system", Value: &o.system,
			Help: "install for every user of the host, in " + recipes.SystemDir + ", rather than in your own directory"},
		{Name: "force", Value: &o.force,
			Help: "replace a recipe of that name in that directory"},
		{Name: "name", Arg: "NAME", Value: &o.name,
			Help: "install it as NAME rather than under its file's name"},
		{Name: "D", Arg: "NAME=VALUE", Value: &o.defines, Complete: clispec.CompleteParam,
			Help: "a parameter value to check the script with, for a parameter without a default (repeatable)"},
		{Name: "p", Arg: "PID", Value: &o.pid, Complete: clispec.CompletePID,
			Help: "the ${PID} to check the script with"},
		{Name: "help", Alias: "h", Value: &o.help,
			Help: "print this help"},
	}
}

// runInstall is "ntrace recipes install [options] FILE|URL": the script
// is read or fetched, compiled against this kernel's BTF and tracepoints
// as "ntrace check" does, and only then written into the recipe
// directory. A script that does not compile installs nothing.
func runInstall(args []string, stdout, stderr io.Writer) error {
	var o installOptions
	usage := func(w io.Writer) { writeCommandUsage(w, "recipes", "install") }
	fs := flagSetOf("ntrace recipes install", installFlags(&o), stderr, usage)
	positional, err := parseArgs(fs, args)
	if err != nil {
		return exitError{code: exitUsage}
	}
	if o.help {
		return writingTo(stdout, func(w io.Writer) error { usage(w); return nil })
	}
	if len(positional) != 1 {
		fs.Usage()
		return exitError{code: exitUsage, msg: "ntrace: recipes install takes one FILE or URL\n"}
	}
	what := positional[0]
	var src []byte
	if recipes.IsURL(what) {
		src, err = recipes.Fetch(context.Background(), what)
	} else {
		src, err = readScript(what)
	}
	if err != nil {
		return exitError{code: exitFailed, msg: "ntrace: " + err.Error() + "\n"}
	}
	name := o.name
	if name == "" {
		name = recipes.NameOf(what)
	}
	if !recipes.ValidName(name) {
		return exitError{code: exitUsage, msg: fmt.Sprintf("ntrace: %q cannot name a recipe: use letters, digits, '_', '-' and '.' (or give --name)\n", name)}
	}
	if isCommand(name) {
		return exitError{code: exitUsage, msg: fmt.Sprintf("ntrace: a recipe called %q could not be run by name: \"ntrace %s\" is a command (give --name)\n", name, name)}
	}
	params, err := parameters(o.defines, o.pid, nil)
	if err != nil {
		return exitError{code: exitUsage, msg: "ntrace: " + err.Error() + "\n"}
	}
	if _, _, _, err := checkCompile(what, string(src), &runtime.KernelEnv{}, params, nil, stderr); err != nil {
		if e, ok := err.(exitError); ok {
			e.msg += "ntrace: " + what + " does not compile on this kernel: nothing installed\n"
			return e
		}
		return err
	}
	dir := recipes.SystemDir
	if !o.system {
		dir = recipes.UserDir(os.Getenv)
		if dir == "" {
			return exitError{code: exitFailed, msg: "ntrace: no home directory to install into (set HOME or XDG_CONFIG_HOME, or give --system)\n"}
		}
	}
	path, err := recipes.Install(dir, name, src, o.force)
	if err != nil {
		return exitError{code: exitFailed, msg: "ntrace: " + err.Error() + "\n"}
	}
	fmt.Fprintf(stdout, "installed %s: run it with \"ntrace %s\"\n", path, name)
	// Said now rather than at its first run: another recipe of that name
	// may come first on the search path, or this one may shadow another.
	r, shadows, err := recipes.SearchPath(os.Getenv).Find(name)
	switch {
	case err != nil:
		fmt.Fprintf(stderr, "ntrace: warning: it will not run: %v\n", err)
	case r.Origin() != dir:
		fmt.Fprintf(stderr, "ntrace: warning: \"ntrace %s\" runs the recipe in %s, which comes first on the search path\n", name, r.Origin())
	case recipes.Shadowed(r, shadows) != "":
		fmt.Fprintf(stderr, "ntrace: note: it shadows another recipe of that name (%s)\n", recipes.Shadowed(r, shadows))
	}
	return nil
}
