package clispec

import (
	"fmt"
	"io"
	"strings"
)

// Man is the prose of the program's man page; the commands and flags come
// from the Spec. Texts are paragraphs separated by blank lines; lines
// indented by four spaces are shown as they are (examples, tables).
type Man struct {
	Section     string // "8"
	Summary     string // the NAME line's, after "NAME \-"
	Description string
	Sections    []ManSection // after OPTIONS: FILES, EXAMPLES…
}

// ManSection is a section of a man page.
type ManSection struct {
	Title string // "RECIPES", "EXIT STATUS"
	Text  string
}

// WriteMan writes the man page in roff with the man macros, as man(1)
// reads it.
func (s *Spec) WriteMan(w io.Writer) error {
	var b strings.Builder
	upper := strings.ToUpper(s.Name)
	fmt.Fprintf(&b, ".\\\" %s(%s), written by \"%s __manpage\" from its flag table.\n", s.Name, s.Man.Section, s.Name)
	fmt.Fprintf(&b, ".TH %s %s \"\" \"%s\" \"%s\"\n", upper, s.Man.Section, s.Name, "System Administration")
	fmt.Fprintf(&b, ".SH NAME\n%s \\- %s\n", s.Name, roffText(s.Man.Summary))
	b.WriteString(".SH SYNOPSIS\n.nf\n")
	for _, l := range s.Synopsis {
		fmt.Fprintf(&b, "\\fB%s\\fR %s\n", s.Name, roffText(l))
	}
	b.WriteString(".fi\n.SH DESCRIPTION\n")
	writeRoffText(&b, s.Man.Description)
	b.WriteString(".SH COMMANDS\n")
	var cmds func(prefix string, cs []Command)
	cmds = func(prefix string, cs []Command) {
		for _, c := range cs {
			fmt.Fprintf(&b, ".TP\n\\fB%s %s\\fR %s\n", s.Name, roffText(prefix+c.Name), roffText(c.Args))
			writeRoffText(&b, c.Help)
			if len(c.Flags) > 0 && prefix != "" {
				b.WriteString(".RS\n")
				writeRoffFlags(&b, c.Flags)
				b.WriteString(".RE\n")
			}
			cmds(prefix+c.Name+" ", c.Commands)
		}
	}
	cmds("", s.Commands)
	b.WriteString(".SH OPTIONS\n")
	writeRoffFlags(&b, s.Flags)
	for _, sec := range s.Man.Sections {
		fmt.Fprintf(&b, ".SH %s\n", roffText(sec.Title))
		writeRoffText(&b, sec.Text)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeRoffFlags writes flags as a tagged list: the flag as typed with
// its value's placeholder, then its help.
func writeRoffFlags(b *strings.Builder, flags []Flag) {
	for _, f := range flags {
		var names []string
		for _, n := range f.Names() {
			names = append(names, `\fB`+roffText(n)+`\fR`)
		}
		head := strings.Join(names, ", ")
		if f.Arg != "" {
			head += ` \fI` + roffText(f.Arg) + `\fR`
		}
		fmt.Fprintf(b, ".TP\n%s\n", head)
		help := f.Help
		if f.Default != "" && f.HasValue() {
			help += " (default " + f.Default + ")"
		}
		writeRoffText(b, help)
	}
}

// writeRoffText writes paragraphs, and lines indented by four spaces as
// they are.
func writeRoffText(b *strings.Builder, text string) {
	paras := strings.Split(strings.TrimSpace(text), "\n\n")
	for i, p := range paras {
		if i > 0 {
			b.WriteString(".PP\n")
		}
		lines := strings.Split(p, "\n")
		for j := 0; j < len(lines); {
			if strings.HasPrefix(lines[j], "    ") {
				b.WriteString(".RS 4\n.nf\n")
				for ; j < len(lines) && strings.HasPrefix(lines[j], "    "); j++ {
					b.WriteString(roffLine(strings.TrimPrefix(lines[j], "    ")) + "\n")
				}
				b.WriteString(".fi\n.RE\n")
				continue
			}
			var words []string
			for ; j < len(lines) && !strings.HasPrefix(lines[j], "    "); j++ {
				words = append(words, lines[j])
			}
			b.WriteString(roffLine(strings.Join(strings.Fields(strings.Join(words, " ")), " ")) + "\n")
		}
	}
}

// roffText escapes text for roff: backslashes, and hyphens, which roff
// would otherwise set as hyphens, not the minus signs of flags.
func roffText(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	return strings.ReplaceAll(s, "-", `\-`)
}

// roffLine is roffText for a whole line, which may not start with a
// control character ('.' or '\”).
func roffLine(s string) string {
	s = roffText(s)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}
