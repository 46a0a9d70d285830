package clispec

import (
	"fmt"
	"io"
	"strings"
)

// WriteFish writes a fish completion script for the program: install it
// as completions/NAME.fish, or source it. Flags are offered with their
// help; what only the program knows it asks the program for through the
// Callback command.
func (s *Spec) WriteFish(w io.Writer) error {
	fn := "__fish_" + shellName(s.Name)
	var b strings.Builder
	fmt.Fprintf(&b, "# fish completion for %s, written by \"%s completion fish\" from its flag table.\n\n", s.Name, s.Name)
	// The state of the line so far: the command context, the script
	// (first argument) and whether a listing flag was given.
	fmt.Fprintf(&b, "function %s_state\n\tset -l words (commandline -opc)\n\tset -l ctx ''\n\tset -l script ''\n\tset -l list 0\n", fn)
	b.WriteString("\tset -l i 2\n\twhile test $i -le (count $words)\n\t\tset -l w $words[$i]\n\t\tswitch $w\n")
	valued, listing := s.flagWords()
	if len(valued) > 0 {
		fmt.Fprintf(&b, "\t\t\tcase %s\n\t\t\t\tset i (math $i + 1)\n", strings.Join(valued, " "))
	}
	if len(listing) > 0 {
		fmt.Fprintf(&b, "\t\t\tcase %s\n\t\t\t\tset list 1\n", strings.Join(listing, " "))
	}
	b.WriteString("\t\t\tcase '-*'\n\t\t\tcase '*'\n\t\t\t\tswitch \"$ctx/$w\"\n")
	for _, tr := range s.transitions() {
		if tr.from == "" {
			fmt.Fprintf(&b, "\t\t\t\t\tcase /%s\n\t\t\t\t\t\ttest -z \"$script\"; and set ctx %s\n", tr.word, tr.to)
		} else {
			fmt.Fprintf(&b, "\t\t\t\t\tcase %s\n\t\t\t\t\t\tset ctx %s\n", zshQuote(tr.from+"/"+tr.word), zshQuote(tr.to))
		}
	}
	b.WriteString("\t\t\t\t\tcase '*'\n\t\t\t\t\t\ttest -z \"$script\"; and set script $w\n\t\t\t\tend\n\t\tend\n\t\tset i (math $i + 1)\n\tend\n")
	b.WriteString("\tprintf '%s\\n' \"$ctx\" \"$script\" $list\nend\n\n")
	fmt.Fprintf(&b, "function %s_in\n\tset -l st (%s_state)\n\ttest \"$st[1]\" = \"$argv[1]\"\nend\n\n", fn, fn)
	fmt.Fprintf(&b, "function %s_arg\n\tset -l st (%s_state)\n\ttest \"$st[1]\" = \"$argv[1]\" -a -z \"$st[2]\" -a \"$st[3]\" = 0\nend\n\n", fn, fn)
	fmt.Fprintf(&b, "function %s_listing\n\tset -l st (%s_state)\n\ttest -z \"$st[1]\" -a \"$st[3]\" = 1\nend\n\n", fn, fn)
	fmt.Fprintf(&b, "function %s_script\n\tset -l st (%s_state)\n\techo $st[2]\nend\n\n", fn, fn)
	fmt.Fprintf(&b, "function %s_call\n\tset -l words (commandline -opc)\n\tcommand $words[1] %s $argv 2>/dev/null\nend\n\n", fn, s.Callback)
	fmt.Fprintf(&b, "complete -c %s -f\n", s.Name)
	for _, c := range s.contexts() {
		cond := fmt.Sprintf("-n %s", zshQuote(fn+"_in "+zshQuote(strings.Join(c.path, " "))))
		for _, f := range c.flags {
			line := fmt.Sprintf("complete -c %s %s", s.Name, cond)
			for _, n := range append([]string{f.Name}, f.Alias) {
				switch {
				case n == "":
				case len(n) == 1:
					line += " -s " + n
				default:
					line += " -l " + n
				}
			}
			if f.HasValue() {
				line += " " + fishComplete(fn, f.Complete, f.Values)
			}
			line += " -d " + zshQuote(firstSentence(f.Help))
			b.WriteString(line + "\n")
		}
		argCond := fmt.Sprintf("-n %s", zshQuote(fn+"_arg "+zshQuote(strings.Join(c.path, " "))))
		if len(c.commands) > 0 {
			fmt.Fprintf(&b, "complete -c %s %s -a %s\n", s.Name, argCond, zshQuote(strings.Join(c.commands, " ")))
		}
		if c.complete != CompleteNothing {
			fmt.Fprintf(&b, "complete -c %s %s %s\n", s.Name, argCond, fishComplete(fn, c.complete, c.values))
		}
	}
	fmt.Fprintf(&b, "complete -c %s -n %s %s\n", s.Name, fn+"_listing", fishComplete(fn, CompleteProbe, nil))
	_, err := io.WriteString(w, b.String())
	return err
}

// fishComplete is the fish complete options that offer the candidates of
// a completion.
func fishComplete(fn string, c Completion, values []string) string {
	switch c {
	case CompleteFile:
		return "-r -F"
	case CompleteCommand:
		return "-x -a '(__fish_complete_command)'"
	case CompletePID:
		return "-x -a '(__fish_complete_pids)'"
	case CompleteValues:
		return "-x -a " + zshQuote(strings.Join(values, " "))
	case CompleteProbe:
		return fmt.Sprintf("-x -a '(%s_call %s (commandline -ct))'", fn, CallbackProbes)
	case CompleteRecipe:
		return fmt.Sprintf("-x -a '(%s_call %s) (__fish_complete_suffix .nt)'", fn, CallbackRecipes)
	case CompleteRecipeName:
		return fmt.Sprintf("-x -a '(%s_call %s)'", fn, CallbackRecipes)
	case CompleteParam:
		return fmt.Sprintf("-x -a '(%s_call %s (%s_script))'", fn, CallbackParams, fn)
	}
	return "-x"
}
