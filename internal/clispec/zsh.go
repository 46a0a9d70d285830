package clispec

import (
	"fmt"
	"io"
	"strings"
)

// WriteZsh writes a zsh completion script for the program: install it as
// _NAME in a directory of $fpath, or source it after compinit. Flags are
// offered with their help; what only the program knows it asks the
// program for through the Callback command.
func (s *Spec) WriteZsh(w io.Writer) error {
	fn := "_" + shellName(s.Name)
	var b strings.Builder
	fmt.Fprintf(&b, "#compdef %s\n# zsh completion for %s, written by \"%s completion zsh\" from its flag table.\n\n", s.Name, s.Name, s.Name)
	fmt.Fprintf(&b, "%s_call() {\n\tcommand \"${words[1]}\" %s \"$@\" 2>/dev/null\n}\n\n", fn, s.Callback)
	fmt.Fprintf(&b, "%s() {\n", fn)
	b.WriteString(`	local cur=${words[CURRENT]} prev=${words[CURRENT-1]}
	local ctx= script= list=0 i w
	local -a found
	for ((i = 2; i < CURRENT; i++)); do
		w=${words[i]}
		case $w in
`)
	valued, listing := s.flagWords()
	if len(valued) > 0 {
		fmt.Fprintf(&b, "\t\t(%s) ((i++)) ;;\n", strings.Join(valued, "|"))
	}
	if len(listing) > 0 {
		fmt.Fprintf(&b, "\t\t(%s) list=1 ;;\n", strings.Join(listing, "|"))
	}
	b.WriteString("\t\t(-*) ;;\n\t\t(*)\n\t\t\tcase \"$ctx/$w\" in\n")
	for _, tr := range s.transitions() {
		if tr.from == "" {
			fmt.Fprintf(&b, "\t\t\t(/%s) [[ -z $script ]] && ctx=%s || script=${script:-$w} ;;\n", tr.word, tr.to)
		} else {
			fmt.Fprintf(&b, "\t\t\t(%s) ctx=%s ;;\n", zshQuote(tr.from+"/"+tr.word), zshQuote(tr.to))
		}
	}
	b.WriteString("\t\t\t(*) script=${script:-$w} ;;\n\t\t\tesac ;;\n\t\tesac\n\tdone\n\tcase $prev in\n")
	for _, f := range s.allFlags() {
		if f.HasValue() {
			fmt.Fprintf(&b, "\t(%s)\n\t\t%s\n\t\treturn ;;\n", strings.Join(f.Names(), "|"), zshComplete(fn, f.Complete, f.Values))
		}
	}
	b.WriteString("\tesac\n\tif [[ $cur == -* ]]; then\n\t\tlocal -a flags\n\t\tcase $ctx in\n")
	for _, c := range s.contexts() {
		var specs []string
		for _, f := range c.flags {
			for _, n := range f.Names() {
				specs = append(specs, zshQuote(n+":"+firstSentence(f.Help)))
			}
		}
		fmt.Fprintf(&b, "\t\t(%s) flags=(\n\t\t\t%s\n\t\t) ;;\n", zshQuote(strings.Join(c.path, " ")), strings.Join(specs, "\n\t\t\t"))
	}
	b.WriteString("\t\tesac\n\t\t_describe -t options option flags\n\t\treturn\n\tfi\n\tcase $ctx in\n")
	for _, c := range s.contexts() {
		fmt.Fprintf(&b, "\t(%s)\n", zshQuote(strings.Join(c.path, " ")))
		switch {
		case len(c.path) == 0:
			fmt.Fprintf(&b, "\t\tif ((list)); then\n\t\t\t%s\n", zshComplete(fn, CompleteProbe, nil))
			fmt.Fprintf(&b, "\t\telif [[ -z $script ]]; then\n\t\t\tcompadd -- %s\n\t\t\t%s\n\t\tfi ;;\n", strings.Join(c.commands, " "), zshComplete(fn, c.complete, nil))
		case len(c.commands) > 0:
			fmt.Fprintf(&b, "\t\t[[ -z $script ]] && compadd -- %s ;;\n", strings.Join(c.commands, " "))
		default:
			fmt.Fprintf(&b, "\t\t[[ -z $script ]] && { %s; } ;;\n", zshComplete(fn, c.complete, c.values))
		}
	}
	b.WriteString("\tesac\n}\n\n")
	// Sourced rather than autoloaded: register the function.
	fmt.Fprintf(&b, "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then\n\t%s \"$@\"\nelse\n\tcompdef %s %s\nfi\n", fn, fn, s.Name)
	_, err := io.WriteString(w, b.String())
	return err
}

// zshComplete is the zsh code that offers the candidates of a completion.
func zshComplete(fn string, c Completion, values []string) string {
	switch c {
	case CompleteFile:
		return "_files"
	case CompleteCommand:
		return "_command_names -e"
	case CompletePID:
		return "_pids"
	case CompleteValues:
		return "compadd -- " + strings.Join(values, " ")
	case CompleteProbe:
		// A kind ("tracepoint:") takes no space after it.
		return fmt.Sprintf(`found=(${(f)"$(%s_call %s "$cur")"}); compadd -S '' -- ${(M)found:#*:}; compadd -- ${found:#*:}`, fn, CallbackProbes)
	case CompleteRecipe:
		return fmt.Sprintf(`compadd -- ${(f)"$(%s_call %s)"}; _files -g '*.nt'`, fn, CallbackRecipes)
	case CompleteRecipeName:
		return fmt.Sprintf(`compadd -- ${(f)"$(%s_call %s)"}`, fn, CallbackRecipes)
	case CompleteParam:
		return fmt.Sprintf(`[[ -n $script ]] && compadd -S '' -- ${(f)"$(%s_call %s "$script")"}`, fn, CallbackParams)
	}
	return ":"
}

// zshQuote quotes s for zsh (and any POSIX shell) in single quotes.
func zshQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// firstSentence is help's first sentence or clause, for a shell's short
// description of a flag.
func firstSentence(help string) string {
	help = strings.Join(strings.Fields(help), " ")
	if i := strings.IndexAny(help, ";("); i > 0 {
		help = strings.TrimSpace(help[:i])
	}
	return help
}
