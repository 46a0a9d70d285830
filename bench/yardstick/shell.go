package main

import "strings"

// shellToken is one word of a shell command line, or an operator
// (| ; & < > ( ) unquoted) that ends a simple command.
type shellToken struct {
	Text string
	Op   bool
}

// shellWords splits a command line as a POSIX shell would split its
// words: single quotes keep everything, double quotes keep everything but
// \" \\ \$ \`, a backslash outside quotes escapes the next byte. It does
// not expand anything; it is only good for finding the words of the
// tool's invocation inside a test's RUN line.
func shellWords(line string) []shellToken {
	var (
		tokens []shellToken
		word   strings.Builder
		inWord bool
	)
	end := func() {
		if inWord {
			tokens = append(tokens, shellToken{Text: word.String()})
			word.Reset()
			inWord = false
		}
	}
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			end()
		case c == '\'':
			inWord = true
			j := strings.IndexByte(line[i+1:], '\'')
			if j < 0 {
				word.WriteString(line[i+1:])
				i = len(line)
				break
			}
			word.WriteString(line[i+1 : i+1+j])
			i += j + 1
		case c == '"':
			inWord = true
			for i++; i < len(line) && line[i] != '"'; i++ {
				if line[i] == '\\' && i+1 < len(line) && strings.IndexByte("\"\\$`", line[i+1]) >= 0 {
					i++
				}
				word.WriteByte(line[i])
			}
		case c == '\\':
			inWord = true
			if i+1 < len(line) {
				i++
				word.WriteByte(line[i])
			}
		case strings.IndexByte("|;&<>()", c) >= 0:
			end()
			tokens = append(tokens, shellToken{Text: string(c), Op: true})
		default:
			inWord = true
			word.WriteByte(c)
		}
	}
	end()
	return tokens
}

// shellQuote quotes s for a POSIX shell.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
