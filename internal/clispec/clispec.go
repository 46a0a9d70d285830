// Package clispec describes a command line once — its flags, commands and
// the words a shell can complete — and writes from that one description
// what people and shells read: the --help text, a man page, and bash, zsh
// and fish completion scripts. A flag added to the description shows up in
// all of them.
package clispec

import (
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Completion says how a shell completes a value or an argument.
type Completion int

// The kinds of completion.
const (
	CompleteNothing    Completion = iota // free text: no suggestion
	CompleteFile                         // a file name
	CompleteCommand                      // a shell command line
	CompletePID                          // a process ID
	CompleteValues                       // one of Flag.Values
	CompleteProbe                        // a probe name, as "ntrace -l" lists them
	CompleteRecipe                       // a recipe name, or a script file
	CompleteRecipeName                   // a recipe name only
	CompleteParam                        // NAME=, a parameter of the script on the line
)

// Flag is one command-line flag. Value points at the variable the flag
// sets: a *string, *int or *bool, or a flag.Value (a repeatable flag).
// A boolean flag may have an Arg ("[PATTERN]"): then it changes what the
// arguments after the flags are, and Complete says how they complete.
type Flag struct {
	Name     string     // without dashes: "e", "buffer-size"
	Alias    string     // another name for it ("h" for "help"), or ""
	Arg      string     // the value's placeholder ("FILE"); "" for a boolean flag
	Help     string     // what it does, in sentences; "\n" starts a new line in --help
	Default  string     // the value when the flag is not given, as typed
	Values   []string   // the values it takes, when they are a fixed few
	Complete Completion // how a shell completes its value
	Value    any
}

// HasValue reports whether the flag takes a value: whether the word
// after it is its value.
func (f Flag) HasValue() bool {
	_, isBool := f.Value.(*bool)
	return !isBool
}

// Dashed is the flag as people type it: -e, --buffer-size.
func (f Flag) Dashed() string { return dashed(f.Name) }

// Names are the flag's names as people type them, its alias first.
func (f Flag) Names() []string {
	if f.Alias == "" {
		return []string{dashed(f.Name)}
	}
	return []string{dashed(f.Alias), dashed(f.Name)}
}

func dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// Command is a subcommand: "ntrace check", "ntrace recipes install".
type Command struct {
	Name     string
	Args     string // the arguments after the name, for the synopsis
	Help     string
	Flags    []Flag
	Commands []Command  // its own subcommands
	Complete Completion // how its first argument is completed
	Values   []string   // the words its first argument takes (CompleteValues)
}

// Spec is a whole command line: the program's flags and commands.
type Spec struct {
	Name     string
	Synopsis []string // usage lines after the program's name
	Flags    []Flag
	Commands []Command
	// Complete is how the program's first argument after the flags is
	// completed (besides the commands' names).
	Complete Completion
	// Callback is the hidden command the completion scripts run to list
	// what only the program knows: "NAME CALLBACK recipes" prints the
	// recipe names, "CALLBACK probes PREFIX" the probes PREFIX starts
	// (kinds first), "CALLBACK params SCRIPT" the script's parameters
	// as NAME=, one a line.
	Callback string
	// Man is what the man page says besides the commands and flags.
	Man Man
}

// The callbacks' kinds, as the completion scripts ask for them.
const (
	CallbackRecipes = "recipes"
	CallbackProbes  = "probes"
	CallbackParams  = "params"
)

// context is where on the command line a completion is: the program
// itself or one of its commands, with the flags and arguments it takes.
type context struct {
	path     []string // command names after the program's
	flags    []Flag
	complete Completion
	values   []string // the first argument's words, for CompleteValues
	commands []string // its own commands' names
}

// contexts lists the program and every command, depth first.
func (s *Spec) contexts() []context {
	var out []context
	var walk func(path []string, flags []Flag, complete Completion, values []string, cmds []Command)
	walk = func(path []string, flags []Flag, complete Completion, values []string, cmds []Command) {
		c := context{path: path, flags: flags, complete: complete, values: values}
		for _, sub := range cmds {
			c.commands = append(c.commands, sub.Name)
		}
		out = append(out, c)
		for _, sub := range cmds {
			walk(append(append([]string{}, path...), sub.Name), sub.Flags, sub.Complete, sub.Values, sub.Commands)
		}
	}
	walk(nil, s.Flags, s.Complete, nil, s.Commands)
	return out
}

// transition is a word that takes a completion from one context into a
// command's: "recipes" then "install" goes from "recipes" to "recipes
// install". From the program itself (from ""), a command's name counts
// only as the first argument; after a script it is the script's.
type transition struct{ from, word, to string }

// transitions lists them all.
func (s *Spec) transitions() []transition {
	var out []transition
	for _, c := range s.contexts() {
		from := strings.Join(c.path, " ")
		for _, sub := range c.commands {
			out = append(out, transition{from, sub, strings.TrimSpace(from + " " + sub)})
		}
	}
	return out
}

// allFlags is every flag of every context, once per name: a name means
// one flag, with one way of completing its value, wherever it is used.
func (s *Spec) allFlags() []Flag {
	seen := map[string]bool{}
	var out []Flag
	for _, c := range s.contexts() {
		for _, f := range c.flags {
			if !seen[f.Name] {
				seen[f.Name] = true
				out = append(out, f)
			}
		}
	}
	return out
}

// Register defines flags on fs, each with its default, under its name
// and its alias.
func Register(fs *flag.FlagSet, flags []Flag) error {
	for _, f := range flags {
		for _, name := range []string{f.Name, f.Alias} {
			if name == "" {
				continue
			}
			var err error
			switch v := f.Value.(type) {
			case *string:
				fs.StringVar(v, name, f.Default, f.Help)
			case *bool:
				def := false
				if f.Default != "" {
					def, err = strconv.ParseBool(f.Default)
				}
				fs.BoolVar(v, name, def, f.Help)
			case *int:
				def := 0
				if f.Default != "" {
					def, err = strconv.Atoi(f.Default)
				}
				fs.IntVar(v, name, def, f.Help)
			case flag.Value:
				fs.Var(v, name, f.Help)
			default:
				return fmt.Errorf("flag %s: cannot set a %T", f.Name, f.Value)
			}
			if err != nil {
				return fmt.Errorf("flag %s: default %q: %w", f.Name, f.Default, err)
			}
		}
	}
	return nil
}

// helpColumn is where the help text starts in a --help listing, and
// helpWidth the width it is wrapped to.
const (
	helpColumn = 24
	helpWidth  = 79
)

// WriteFlags lists flags as --help shows them: each as it is typed, with
// its value's placeholder, and its help wrapped beside it.
func WriteFlags(w io.Writer, flags []Flag) {
	for _, f := range flags {
		head := strings.Join(f.Names(), ", ")
		if f.Arg != "" {
			head += " " + f.Arg
		}
		help := f.Help
		if f.Default != "" && f.Arg != "" {
			help += " (default " + f.Default + ")"
		}
		writeEntry(w, head, help)
	}
}

// writeEntry writes a flag or a command and its help, wrapped beside it
// (below it when the head is too long).
func writeEntry(w io.Writer, head, help string) {
	head = "  " + head
	lines := wrap(help, helpWidth-helpColumn)
	if len(head) >= helpColumn-1 {
		fmt.Fprintln(w, head)
	} else {
		fmt.Fprintf(w, "%-*s%s\n", helpColumn, head, lines[0])
		lines = lines[1:]
	}
	for _, l := range lines {
		fmt.Fprintf(w, "%*s%s\n", helpColumn, "", l)
	}
}

// WriteUsage writes the usage text: the synopsis, the commands and the
// flags.
func (s *Spec) WriteUsage(w io.Writer) {
	for i, l := range s.Synopsis {
		if i == 0 {
			fmt.Fprintf(w, "usage: %s %s\n", s.Name, l)
		} else {
			fmt.Fprintf(w, "       %s %s\n", s.Name, l)
		}
	}
	writeCommands(w, s.Commands)
	fmt.Fprintln(w, "\noptions:")
	WriteFlags(w, s.Flags)
}

// writeCommands lists commands with their arguments and help.
func writeCommands(w io.Writer, cmds []Command) {
	if len(cmds) == 0 {
		return
	}
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range cmds {
		head := c.Name
		if c.Args != "" {
			head += " " + c.Args
		}
		writeEntry(w, head, c.Help)
	}
}

// Command finds the command at path ("recipes", "install"), or nil.
func (s *Spec) Command(path ...string) *Command {
	cmds := s.Commands
	var c *Command
	for _, name := range path {
		c = nil
		for i := range cmds {
			if cmds[i].Name == name {
				c = &cmds[i]
			}
		}
		if c == nil {
			return nil
		}
		cmds = c.Commands
	}
	return c
}

// WriteCommandUsage writes the usage of the command at path: its
// synopsis, its own commands and its flags.
func (s *Spec) WriteCommandUsage(w io.Writer, path ...string) {
	c := s.Command(path...)
	if c == nil {
		return
	}
	prefix := s.Name + " " + strings.Join(path, " ")
	if len(c.Commands) == 0 {
		fmt.Fprintf(w, "%s\n\n", strings.TrimRight("usage: "+prefix+" "+c.Args, " "))
		for _, l := range wrap(c.Help, helpWidth) {
			fmt.Fprintln(w, l)
		}
	} else {
		for i, sub := range c.Commands {
			lead := "usage:"
			if i > 0 {
				lead = "      "
			}
			fmt.Fprintln(w, strings.TrimRight(strings.Join([]string{lead, prefix, sub.Name, sub.Args}, " "), " "))
		}
		writeCommands(w, c.Commands)
	}
	if len(c.Flags) > 0 {
		fmt.Fprintln(w, "\noptions:")
		WriteFlags(w, c.Flags)
	}
}

// wrap breaks text into lines of at most width bytes at spaces; a "\n" in
// text always breaks.
func wrap(text string, width int) []string {
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			switch {
			case line == "":
				line = word
			case len(line)+1+len(word) > width:
				lines = append(lines, line)
				line = word
			default:
				line += " " + word
			}
		}
		lines = append(lines, line)
	}
	return lines
}

// flagWords are the flags as typed that take a value (the next word is
// not an argument), and the boolean ones that change how the arguments
// complete (-l: they are probes).
func (s *Spec) flagWords() (valued, listing []string) {
	for _, f := range s.allFlags() {
		if f.HasValue() {
			valued = append(valued, f.Names()...)
		} else if f.Complete != CompleteNothing {
			listing = append(listing, f.Names()...)
		}
	}
	return valued, listing
}
