package main

import (
	"regexp"
	"strconv"
	"strings"
)

var (
	// ntrace: "-e:1:9: error: message", the source line, a caret.
	ntraceErrRE = regexp.MustCompile(`^\S*:(\d+):(\d+): error: (.*)$`)
	// ntrace's other errors, the flag package's, and Go's panics.
	ntraceCLIErrRE = regexp.MustCompile(`^(?:ntrace: (.*)|(flag provided but not defined: .*)|(invalid value .*)|(panic: .*))$`)
	// bpftrace: "stdin:1:9-14: ERROR: message", "ERROR: message", or
	// "FATAL: message" before it aborts.
	bpftraceErrRE = regexp.MustCompile(`^(?:\S+:\d+:[\d-]+: )?(?:ERROR|FATAL): (.*)$`)
)

// blockingError finds the first error a tool printed: what stopped it
// running the test at all, when something did. Warnings are not errors,
// nor is bpftrace 0.17's complaint that it cannot raise RLIMIT_MEMLOCK,
// which it prints on every run here and then works.
func blockingError(toolName, output string) string {
	lines := strings.Split(output, "\n")
	for i, line := range lines {
		if toolName == ntraceName {
			if m := ntraceErrRE.FindStringSubmatch(line); m != nil {
				msg := m[3]
				if strings.HasPrefix(msg, "unexpected token") && i+1 < len(lines) {
					// The caret under the source line marks the token; a
					// long line is shown cut ("...") so that the caret's
					// place, not the column, indexes it.
					col := m[2]
					if i+2 < len(lines) {
						if c := strings.IndexByte(lines[i+2], '^'); c >= 0 && strings.TrimSpace(lines[i+2]) == "^" {
							col = strconv.Itoa(c + 1)
						}
					}
					msg += " in `" + syntaxContext(lines[i+1], col) + "`"
				}
				return msg
			}
			if m := ntraceCLIErrRE.FindStringSubmatch(line); m != nil {
				msg := m[1] + m[2] + m[3] + m[4]
				if strings.HasPrefix(msg, "warning:") {
					continue
				}
				return msg
			}
			continue
		}
		if m := bpftraceErrRE.FindStringSubmatch(line); m != nil {
			if strings.Contains(m[1], "RLIMIT_MEMLOCK") {
				continue
			}
			return m[1]
		}
	}
	return ""
}

// syntaxContext is the source text a syntax error points into: from the
// start of its statement (after the last { } ; before the caret) to the
// end of the token at the caret, at most a few words.
func syntaxContext(source, col string) string {
	c := 0
	for _, ch := range col {
		c = c*10 + int(ch-'0')
	}
	if c < 1 || c > len(source)+1 {
		return strings.TrimSpace(source)
	}
	before := source[:c-1]
	if i := strings.LastIndexAny(before, "{};"); i >= 0 {
		// Inside the braces of a declaration (enum Foo { ONE = 1, …),
		// the declaration is the construct.
		if source[i] == '{' {
			head := source[:i]
			if j := strings.LastIndexAny(head, "{};"); j >= 0 {
				head = head[j+1:]
			}
			if w := leadWordRE.FindString(strings.TrimSpace(head)); w == "enum" || w == "struct" || w == "union" || w == "config" {
				return oneLine(strings.TrimSpace(head)+" { "+before[i+1:]+source[c-1:min(len(source), c)], 40)
			}
		}
		before = before[i+1:]
	}
	rest := source[c-1:]
	end := strings.IndexAny(rest, " \t{};(),")
	if end <= 0 {
		end = min(len(rest), 1)
	}
	return oneLine(before+rest[:end], 40)
}

var (
	numberRE       = regexp.MustCompile(`\b\d+\b`)
	syntaxErrRE    = regexp.MustCompile("^unexpected token (\"[^\"]*\")(?: \\(.*\\))? in `(.*)`$")
	invalidValueRE = regexp.MustCompile(`^invalid value "[^"]*" for flag (\S+?):`)
	unknownFlagRE  = regexp.MustCompile(`^flag provided but not defined: -*(\S+)$`)
	variableRE     = regexp.MustCompile(`([$@])[A-Za-z_][A-Za-z0-9_]*`)
	stringLitRE    = regexp.MustCompile(`"[^"]*"`)
	leadWordRE     = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*`)
)

// statementWords are keywords whose syntax errors group under the word
// alone: every `for` loop's, whatever follows.
var statementWords = map[string]bool{
	"macro": true, "fn": true, "enum": true, "struct": true, "union": true,
	"let": true, "config": true, "import": true, "for": true, "while": true,
	"unroll": true, "if": true, "else": true, "return": true, "break": true,
	"continue": true, "delete": true,
}

// category groups blocking errors that differ only in their particulars
// (numbers, names of variables, values given to flags), so that the
// breakdown ranks constructs rather than test cases. A syntax error
// becomes the construct it points into: "syntax: `for`", "syntax: attach
// point uprobe:./relative/path:…", "syntax: `print({`".
func category(msg string) string {
	if msg == "" {
		return ""
	}
	if m := syntaxErrRE.FindStringSubmatch(msg); m != nil {
		return "syntax: " + syntaxCategory(m[1], m[2])
	}
	if m := unknownFlagRE.FindStringSubmatch(msg); m != nil {
		return "unknown flag -" + m[1]
	}
	if m := invalidValueRE.FindStringSubmatch(msg); m != nil {
		return "invalid value for flag " + m[1]
	}
	if i := strings.Index(msg, "; "); i > 0 {
		msg = msg[:i] // a hint after the message
	}
	if i := strings.Index(msg, ", got "); i > 0 {
		msg = msg[:i] // what the script wrote
	}
	msg = numberRE.ReplaceAllString(msg, "N")
	return oneLine(msg, 100)
}

// syntaxCategory names the construct a syntax error points into, from
// the source text the error's caret ends (context) and the token there.
func syntaxCategory(token, context string) string {
	word := leadWordRE.FindString(context)
	rest := context[len(word):]
	switch {
	case statementWords[word]:
		return "`" + word + "`"
	case kindOf[word] != "" && strings.HasPrefix(rest, ":"):
		point := kindOf[word] + ":"
		target, _, _ := strings.Cut(rest[1:], ":")
		if strings.Contains(target, "/") && !strings.HasPrefix(target, "/") {
			point += "relative/path" // ./testprogs/x or testprogs/x
		}
		return "attach point " + point + "…"
	}
	context = variableRE.ReplaceAllString(context, "${1}x")
	context = stringLitRE.ReplaceAllString(context, `"…"`)
	context = numberRE.ReplaceAllString(context, "N")
	return "`" + context + "` at " + token
}
