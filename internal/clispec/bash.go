package clispec

import (
	"fmt"
	"io"
	"strings"
)

// WriteBash writes a bash completion script for the program: source it,
// or install it as bash-completion's completions/NAME. It needs nothing
// but bash; what only the program knows (recipes, probes, a script's
// parameters) it asks the program for through the Callback command.
func (s *Spec) WriteBash(w io.Writer) error {
	fn := "_" + shellName(s.Name)
	var b strings.Builder
	fmt.Fprintf(&b, "# bash completion for %s, written by \"%s completion bash\" from its flag table.\n", s.Name, s.Name)
	fmt.Fprintf(&b, "%s() {\n", fn)
	// The words so far, split on blanks only: bash's own split breaks
	// probe names at ':' (COMP_WORDBREAKS), and a probe is one word.
	b.WriteString(`	local line=${COMP_LINE:0:COMP_POINT}
	local -a words
	read -ra words <<<"$line"
	local cur=
	if [[ $line != *[[:space:]] && ${#words[@]} -gt 1 ]]; then
		cur=${words[${#words[@]}-1]}
		unset 'words[${#words[@]}-1]'
	fi
	local prev=${words[${#words[@]}-1]}
	local ctx= script= list=0 i w
	for ((i = 1; i < ${#words[@]}; i++)); do
		w=${words[i]}
		case $w in
`)
	valued, listing := s.flagWords()
	if len(valued) > 0 {
		fmt.Fprintf(&b, "\t\t%s) ((i++)) ;;\n", strings.Join(valued, "|"))
	}
	if len(listing) > 0 {
		fmt.Fprintf(&b, "\t\t%s) list=1 ;;\n", strings.Join(listing, "|"))
	}
	b.WriteString("\t\t-*) ;;\n\t\t*)\n\t\t\tcase \"$ctx/$w\" in\n")
	for _, tr := range s.transitions() {
		if tr.from == "" {
			fmt.Fprintf(&b, "\t\t\t/%s) [[ -z $script ]] && ctx=%s || script=${script:-$w} ;;\n", tr.word, tr.to)
		} else {
			fmt.Fprintf(&b, "\t\t\t%q) ctx=%q ;;\n", tr.from+"/"+tr.word, tr.to)
		}
	}
	b.WriteString("\t\t\t*) script=${script:-$w} ;;\n\t\t\tesac ;;\n\t\tesac\n\tdone\n")
	b.WriteString("\tCOMPREPLY=()\n\tcase $prev in\n")
	for _, f := range s.allFlags() {
		if !f.HasValue() {
			continue
		}
		fmt.Fprintf(&b, "\t%s)\n\t\t%s\n\t\treturn ;;\n", strings.Join(f.Names(), "|"), bashComplete(s, fn, f.Complete, f.Values))
	}
	b.WriteString("\tesac\n\tif [[ $cur == -* ]]; then\n\t\tcase $ctx in\n")
	for _, c := range s.contexts() {
		var names []string
		for _, f := range c.flags {
			names = append(names, f.Names()...)
		}
		fmt.Fprintf(&b, "\t\t%q) COMPREPLY=($(compgen -W %q -- \"$cur\")) ;;\n", strings.Join(c.path, " "), strings.Join(names, " "))
	}
	b.WriteString("\t\tesac\n\t\treturn\n\tfi\n\tcase $ctx in\n")
	for _, c := range s.contexts() {
		fmt.Fprintf(&b, "\t%q)\n", strings.Join(c.path, " "))
		switch {
		case len(c.path) == 0:
			fmt.Fprintf(&b, "\t\tif ((list)); then\n\t\t\t%s\n", bashComplete(s, fn, CompleteProbe, nil))
			fmt.Fprintf(&b, "\t\telif [[ -z $script ]]; then\n\t\t\tCOMPREPLY=($(compgen -W %q -- \"$cur\"))\n\t\t\t%s\n\t\tfi ;;\n",
				strings.Join(c.commands, " "), strings.Replace(bashComplete(s, fn, c.complete, nil), "COMPREPLY=(", "COMPREPLY+=(", 1))
		case len(c.commands) > 0:
			fmt.Fprintf(&b, "\t\t[[ -z $script ]] && COMPREPLY=($(compgen -W %q -- \"$cur\")) ;;\n", strings.Join(c.commands, " "))
		default:
			fmt.Fprintf(&b, "\t\t[[ -z $script ]] && { %s; } ;;\n", bashComplete(s, fn, c.complete, c.values))
		}
	}
	b.WriteString("\tesac\n}\n")
	// The program is asked as it was typed (./bin/ntrace, or from PATH).
	fmt.Fprintf(&b, "%s_call() {\n\tlocal IFS=$'\\n'\n\tCOMPREPLY+=($(compgen -W \"$(command \"${words[0]}\" %s \"$@\" 2>/dev/null)\" -- \"$cur\"))\n}\n", fn, s.Callback)
	// bash replaces only what follows the last ':' of the word: the
	// candidates lose what the word has up to there.
	fmt.Fprintf(&b, `%s_colon() {
	if [[ $cur == *:* && $COMP_WORDBREAKS == *:* ]]; then
		local prefix=${cur%%"${cur##*:}"}
		COMPREPLY=("${COMPREPLY[@]#"$prefix"}")
	fi
}
`, fn)
	fmt.Fprintf(&b, "complete -F %s %s\n", fn, s.Name)
	_, err := io.WriteString(w, b.String())
	return err
}

// bashComplete is the bash code that fills COMPREPLY for a completion.
func bashComplete(s *Spec, fn string, c Completion, values []string) string {
	switch c {
	case CompleteFile:
		return `compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur"))`
	case CompleteCommand:
		return `COMPREPLY=($(compgen -c -- "$cur"))`
	case CompletePID:
		return `COMPREPLY=($(compgen -W "$(cd /proc && echo [0-9]*)" -- "$cur"))`
	case CompleteValues:
		return fmt.Sprintf(`COMPREPLY=($(compgen -W %q -- "$cur"))`, strings.Join(values, " "))
	case CompleteProbe:
		// No space after a kind ("tracepoint:"): the name comes next.
		return fmt.Sprintf(`%s_call %s "$cur"; [[ ${COMPREPLY[*]} == *: ]] && compopt -o nospace 2>/dev/null; %s_colon`, fn, CallbackProbes, fn)
	case CompleteRecipe:
		return fmt.Sprintf(`compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -X '!*.nt' -- "$cur") $(compgen -d -- "$cur")); %s_call %s`, fn, CallbackRecipes)
	case CompleteRecipeName:
		return fmt.Sprintf(`%s_call %s`, fn, CallbackRecipes)
	case CompleteParam:
		return fmt.Sprintf(`[[ -n $script ]] && %s_call %s "$script"; compopt -o nospace 2>/dev/null`, fn, CallbackParams)
	}
	return ":"
}

// shellName is name as a shell function's name can hold it.
func shellName(name string) string {
	return strings.Map(func(r rune) rune {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_' {
			return r
		}
		return '_'
	}, name)
}
