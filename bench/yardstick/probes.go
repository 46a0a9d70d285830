package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// toolPlaceholder stands for the tool under test in a RUN line.
const toolPlaceholder = "{{BPFTRACE}}"

// kindOf maps each probe kind's names and aliases to one name; the kinds
// a host like this one runs are hostKinds.
var kindOf = map[string]string{
	"BEGIN": "begin", "begin": "begin", "END": "end", "end": "end",
	"tracepoint": "tracepoint", "t": "tracepoint",
	"rawtracepoint": "rawtracepoint", "rt": "rawtracepoint",
	"interval": "interval", "i": "interval",
	"profile": "profile", "p": "profile",
	"uprobe": "uprobe", "u": "uprobe", "uretprobe": "uprobe", "ur": "uprobe",
	"kprobe": "kprobe", "k": "kprobe", "kretprobe": "kprobe", "kr": "kprobe",
	"fentry": "fentry", "f": "fentry", "fexit": "fentry", "fr": "fentry",
	"kfunc": "fentry", "kretfunc": "fentry",
	"usdt": "usdt", "U": "usdt",
	"software": "software", "s": "software",
	"hardware": "hardware", "h": "hardware",
	"watchpoint": "watchpoint", "w": "watchpoint",
	"asyncwatchpoint": "watchpoint", "aw": "watchpoint",
	"iter": "iter", "it": "iter",
}

// hostKinds are the probe kinds that attach on a kernel without kprobes
// and fentry; uprobes count too where their target is a test program the
// runner builds.
var hostKinds = map[string]bool{
	"begin": true, "end": true, "tracepoint": true, "rawtracepoint": true,
	"interval": true, "profile": true,
}

// declarationWords start top-level items of a program that are not probes.
var declarationWords = map[string]bool{
	"macro": true, "fn": true, "struct": true, "union": true, "enum": true,
	"config": true, "let": true, "import": true, "typedef": true,
}

// attachPoint is one attach point of a program or of a listing pattern.
type attachPoint struct {
	Kind string // canonical kind, or the word written there if unknown
	Text string // as written, up to any space or predicate
}

// target is the file an attach point of a uprobe names ("" if none).
func (a attachPoint) target() string {
	_, rest, _ := strings.Cut(a.Text, ":")
	if i := strings.IndexByte(rest, ':'); i >= 0 {
		rest = rest[:i]
	} else {
		return ""
	}
	target, _, _ := strings.Cut(rest, "@") // path@source.c:line
	return target
}

// invocation is one run of the tool in a test: its arguments as the
// shell would pass them.
type invocation struct{ Args []string }

// invocations finds every run of the tool in a RUN line, including those
// nested in a quoted `sh -c "…"` argument.
func invocations(run string) []invocation {
	var out []invocation
	tokens := shellWords(run)
	for i := 0; i < len(tokens); i++ {
		tk := tokens[i]
		if tk.Op || !strings.Contains(tk.Text, toolPlaceholder) {
			continue
		}
		if tk.Text != toolPlaceholder {
			out = append(out, invocations(tk.Text)...)
			continue
		}
		var inv invocation
		for i++; i < len(tokens) && !tokens[i].Op; i++ {
			inv.Args = append(inv.Args, tokens[i].Text)
		}
		out = append(out, inv)
	}
	return out
}

// toolUse is what a test asks of the tool: the programs it runs and the
// listing patterns it gives -l.
type toolUse struct {
	Programs []string
	Listings []string // "" is a listing of everything
	// Other says why some invocation cannot be classified: it runs the
	// tool without a program or listing (--version, a missing script),
	// or its program is made by the shell at run time.
	Other string
}

// flagsWithValue are bpftrace's flags that take the next word as value.
var flagsWithValue = map[string]bool{
	"-e": true, "-p": true, "--pid": true, "-c": true, "--cmd": true,
	"-o": true, "--output": true, "-f": true, "--format": true, "-B": true,
	"-I": true, "--include": true, "--mode": true, "--aot": true,
	"--debuginfo": true, "--probe-filter": true, "--dwarf-pid": true,
	"-d": true, "--btf": true,
}

// useOf reads what a test runs: a PROG's program, or for a RUN line each
// invocation's -e program, script file (read from testsDir) or -l
// pattern. Positional parameters ($1…) in a program become the
// invocation's arguments, as attach points may be built from them.
func useOf(t *suiteTest, testsDir string) (toolUse, error) {
	if t.Prog != "" {
		return toolUse{Programs: []string{t.Prog}}, nil
	}
	var u toolUse
	invs := invocations(t.Run)
	if len(invs) == 0 {
		return u, fmt.Errorf("the RUN line does not run %s", toolPlaceholder)
	}
	for _, inv := range invs {
		var (
			prog, script, pattern string
			list, havePattern     bool
			positional            []string
		)
		for i := 0; i < len(inv.Args); i++ {
			a := inv.Args[i]
			switch {
			case a == "-l" || a == "-lv" || a == "--list":
				list = true
			case a == "-ve" && i+1 < len(inv.Args):
				prog = inv.Args[i+1]
				i++
			case flagsWithValue[a] && i+1 < len(inv.Args):
				if a == "-e" {
					prog = inv.Args[i+1]
				}
				i++
			case strings.HasPrefix(a, "-"):
			case prog == "" && script == "" && strings.HasSuffix(a, ".bt"):
				script = a
			case list && !havePattern:
				pattern, havePattern = a, true
			default:
				positional = append(positional, a)
			}
		}
		if script != "" {
			b, err := os.ReadFile(filepath.Join(testsDir, script))
			if err != nil {
				u.Other = "runs a script that is not there"
				continue
			}
			prog = string(b)
		}
		switch {
		case strings.Contains(prog, "$(") || strings.Contains(prog, "`"):
			u.Other = "its program is made by the shell when it runs"
		case prog != "":
			for i := len(positional); i > 0; i-- {
				prog = strings.ReplaceAll(prog, "$"+strconv.Itoa(i), positional[i-1])
			}
			u.Programs = append(u.Programs, prog)
		case list:
			u.Listings = append(u.Listings, pattern)
		default:
			u.Other = "runs the tool without a program or probe listing"
		}
	}
	return u, nil
}

// listingPoints reads a -l pattern as attach points; an empty pattern or
// one whose kind is a wildcard lists every kind ("*").
func listingPoints(pattern string) []attachPoint {
	if pattern == "" {
		return []attachPoint{{Kind: "*", Text: ""}}
	}
	var out []attachPoint
	for _, p := range strings.Split(pattern, ",") {
		p = strings.TrimSpace(p)
		word := p
		if i := strings.IndexAny(p, ": "); i >= 0 {
			word = p[:i]
		}
		kind := word
		if k, ok := kindOf[word]; ok {
			kind = k
		} else if strings.ContainsAny(word, "*?[") {
			kind = "*"
		}
		out = append(out, attachPoint{Kind: kind, Text: p})
	}
	return out
}

var (
	identRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*`)
	// attributeRE matches what may follow a struct definition.
	attributeRE = regexp.MustCompile(`__attribute__\s*\(\([^()]*(\([^()]*\))?[^()]*\)\)`)
)

// attachPoints finds the attach points of a program in bpftrace's
// language, old or new, without parsing it: the text before each
// top-level `{` is a probe's header unless it starts a declaration
// (macro, fn, struct, config, let…). Comments, strings and preprocessor
// lines are skipped. A header is split at its top-level commas; the
// predicate (after the attach points) is left out.
func attachPoints(src string) []attachPoint {
	var (
		out    []attachPoint
		header strings.Builder
		depth  int
	)
	atLineStart := true
	for i := 0; i < len(src); i++ {
		c := src[i]
		lineStart := atLineStart
		atLineStart = c == '\n' || (atLineStart && (c == ' ' || c == '\t'))
		switch {
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				i = len(src)
			} else {
				i += j - 1
			}
			continue
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			j := strings.Index(src[i+2:], "*/")
			if j < 0 {
				i = len(src)
			} else {
				i += j + 3
			}
			continue
		case c == '#' && lineStart && depth == 0:
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				i = len(src)
			} else {
				i += j - 1
			}
			continue
		case c == '"':
			for i++; i < len(src) && src[i] != '"'; i++ {
				if src[i] == '\\' {
					i++
				}
			}
			continue
		}
		switch {
		case c == '{':
			if depth == 0 {
				out = append(out, headerPoints(header.String())...)
				header.Reset()
			}
			depth++
		case c == '}':
			if depth > 0 {
				depth--
			}
		case depth == 0 && c == ';':
			header.Reset()
		case depth == 0:
			header.WriteByte(c)
		}
	}
	return out
}

// headerPoints reads the attach points of one top-level header; a
// declaration has none.
func headerPoints(h string) []attachPoint {
	h = strings.TrimSpace(attributeRE.ReplaceAllString(h, ""))
	if h == "" || declarationWords[identRE.FindString(h)] {
		return nil
	}
	var out []attachPoint
	for _, piece := range splitTopLevel(h) {
		piece = strings.TrimSpace(piece)
		if piece == "" || piece[0] == '/' {
			break // the predicate
		}
		text := piece
		if i := strings.IndexAny(text, " \t\n"); i >= 0 {
			text = text[:i]
		}
		word := identRE.FindString(text)
		kind := word
		if k, ok := kindOf[word]; ok {
			kind = k
		}
		if kind == "" {
			kind = text
		}
		out = append(out, attachPoint{Kind: kind, Text: strings.TrimSuffix(text, "?")})
	}
	return out
}

// splitTopLevel splits at commas outside brackets.
func splitTopLevel(s string) []string {
	var (
		out   []string
		depth int
		start int
	)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// kindsOf lists the distinct kinds among attach points, sorted.
func kindsOf(points []attachPoint) []string {
	seen := map[string]bool{}
	var kinds []string
	for _, p := range points {
		if !seen[p.Kind] {
			seen[p.Kind] = true
			kinds = append(kinds, p.Kind)
		}
	}
	sort.Strings(kinds)
	return kinds
}
