package lang

import (
	"fmt"
	"strings"
)

// The script lexer is written by hand: participle's regular-expression
// lexer tried each rule's pattern in turn at every token, which was a fifth
// of the time spent parsing a recipe. It has two states. At the top level of
// a script (Root) an attach point such as "tracepoint:syscalls:sys_enter_*"
// or "uprobe:/bin/bash:readline" is a single token, '#' starts a directive
// line and '}' is a RootClose; inside braces (Block) the same characters are
// ordinary operators, so "a ? b:c" lexes as an expression there. '{' enters
// Block and the '}' that matches it leaves it.
//
// It yields the tokens the rules below would, as participle's stateful
// lexer matched them (the first rule that matches wins; lexer_oracle_test.go
// keeps them, and FuzzLexer compares the two):
//
//	Root:  Comment Directive Whitespace AttachPoint RootClose, then Common
//	Block: Comment Whitespace, then Common
//	Comment     //[^\n]*|/\*(?s:.*?)\*/
//	Directive   #[^\n]*
//	Whitespace  \s+
//	AttachPoint (?:uprobe|uretprobe|u|ur|usdt|U):[^\s:,{/]*/(?:\$\{NAME\}|[^\s:,{])*:?(?:\$\{NAME\}|[^\s,{}/])*
//	            |[A-Za-z_][A-Za-z0-9_]*:(?:(?:\.\.?)?/(?:\$\{NAME\}|[^\s:,{])*:?)?(?:\$\{NAME\}|[^\s,{}/])*
//	RootClose   \}
//	Common: String "(?:\\.|[^"\\\n])*"  Param \$\{NAME\}  PosParam \$[0-9]+|\$#
//	        Var \$NAME  Map @[A-Za-z0-9_]*
//	        Int 0[xX][0-9a-fA-F_]+|[0-9][0-9_]*(?:[eE][0-9][0-9_]*)?
//	        Ident NAME  Open \{  Close \}  Op (the longest operator)
//
// where NAME is [A-Za-z_][A-Za-z0-9_]*.

// Token types. The numbers are the ones participle's stateful lexer gave
// the same rules, so that nothing downstream can tell the lexers apart.
const (
	tokComment tokenType = -24 - iota
	tokDirective
	tokWhitespace
	tokAttachPoint
	tokRootClose
	tokString
	tokParam
	tokPosParam
	tokVar
	tokMap
	tokInt
	tokIdent
	tokOpen
	tokClose
	tokOp
)

// scriptLexer is the lexer of the script language (and, in tests, the
// lexer.Definition participle's parser and the regexp lexer's oracle
// use: lexer_oracle_test.go). With
// maxNesting above zero it also refuses the first token that nests deeper
// than that (see nesting), so the parser never descends that far. With
// skipElided it leaves out the comments, directives and whitespace the
// parser skips, rather than have participle keep them all and step over
// each at every peek: they are most of a commented script's tokens.
type scriptLexer struct {
	maxNesting int
	skipElided bool
	// macros makes the lexer read #define lines and replace the names
	// they define (cpp.go); it implies skipElided.
	macros bool
}

// scanner returns a scanner of src.
func (d scriptLexer) scanner(filename, src string) *scanner {
	return &scanner{
		src:        src,
		filename:   filename,
		pos:        tokenPos{Line: 1, Column: 1},
		maxNesting: d.maxNesting,
		skipElided: d.skipElided || d.macros,
		useMacros:  d.macros,
	}
}

// scanner lexes one source.
type scanner struct {
	filename   string
	src        string
	pos        tokenPos // of the next token; pos.Offset indexes src
	blocks     int      // braces open: 0 is the Root state
	maxNesting int
	skipElided bool
	nest       nesting
	useMacros  bool
	macros     macroTable
	expanded   []token // what a macro stands for, not yet returned
}

// Next returns the next token, an EOF token at the end of the source (and
// after it), or an error at the first character no rule matches.
func (s *scanner) Next() (token, error) {
	var t token
	err := s.read(&t)
	return t, err
}

// read is Next, writing the token into *t: a token is several words,
// which lexScript has it write where the token is kept rather than copy
// them out through each caller.
func (s *scanner) read(t *token) error {
	for {
		if len(s.expanded) > 0 {
			*t = s.expanded[0]
			s.expanded = s.expanded[1:]
			return s.nested(t)
		}
		if err := s.lex(t); err != nil {
			return err
		}
		if s.useMacros {
			if t.Type == tokDirective {
				if err := s.directive(*t); err != nil {
					return err
				}
				if err := s.skipInactive(); err != nil {
					return err
				}
				continue
			}
			if t.EOF() && len(s.macros.conds) > 0 {
				return &lexError{Pos: s.macros.conds[len(s.macros.conds)-1].at, Msg: "#if without #endif"}
			}
			if t.Type == tokIdent {
				if toks, ok := s.expand(*t); ok {
					s.expanded = toks
					continue
				}
			}
		}
		if !s.skipElided || !elided(t.Type) {
			return s.nested(t)
		}
	}
}

// nested applies the nesting limit to a token the parser will see.
func (s *scanner) nested(tok *token) error {
	if s.maxNesting > 0 && !elided(tok.Type) {
		return s.nest.add(tok, s.maxNesting)
	}
	return nil
}

// next returns the next token, elided or not.
func (s *scanner) next() (token, error) {
	var t token
	err := s.lex(&t)
	return t, err
}

// lex lexes the next token, elided or not, into *t.
func (s *scanner) lex(t *token) error {
	rest := s.src[s.pos.Offset:]
	if rest == "" {
		*t = eofToken(s.pos)
		return nil
	}
	typ, n := s.scan(rest)
	if n == 0 {
		return &lexError{Msg: fmt.Sprintf("lexer: invalid input text %q", sample(rest)), Pos: s.pos}
	}
	*t = token{Type: typ, Value: rest[:n], Pos: s.pos}
	switch typ {
	case tokOpen:
		s.blocks++
	case tokClose:
		s.blocks--
	}
	switch typ {
	case tokComment, tokDirective, tokWhitespace, tokString, tokAttachPoint:
		// These may hold newlines or multi-byte characters.
		s.pos.advance(t.Value)
	default:
		s.pos.Offset += n
		s.pos.Column += n
	}
	return nil
}

// elided reports whether the parser skips tokens of type t.
func elided(t tokenType) bool {
	return t == tokComment || t == tokDirective || t == tokWhitespace
}

// sample is the start of the text that failed to lex, as the error shows
// it: 16 characters, then "..." if there is more. A byte that is not
// UTF-8 shows as U+FFFD.
func sample(rest string) string {
	const max = 16
	n := 0
	for i := range rest {
		if n == max {
			return string([]rune(rest[:i])) + "..."
		}
		n++
	}
	return string([]rune(rest))
}

// scan returns the type and length of the token at the start of rest, or a
// length of 0 if no rule matches there.
func (s *scanner) scan(rest string) (tokenType, int) {
	c := rest[0]
	root := s.blocks == 0
	if c == '/' && len(rest) > 1 {
		switch rest[1] {
		case '/':
			return tokComment, lineLen(rest)
		case '*':
			if end := strings.Index(rest[2:], "*/"); end >= 0 {
				return tokComment, end + 4
			}
			// An unclosed "/*" is the operators "/" and "*".
		}
	}
	switch {
	case c == '#':
		if root {
			return tokDirective, lineLen(rest)
		}
		return 0, 0
	case isSpace(c):
		n := 1
		for n < len(rest) && isSpace(rest[n]) {
			n++
		}
		return tokWhitespace, n
	case isNameStart(c):
		n := nameLen(rest)
		if root {
			if m := attachPointLen(rest, n); m > 0 {
				return tokAttachPoint, m
			}
		}
		return tokIdent, n
	case c == '}':
		if root {
			return tokRootClose, 1
		}
		return tokClose, 1
	case c == '{':
		return tokOpen, 1
	case c == '"':
		return tokString, stringLen(rest)
	case c == '$':
		if n := paramLen(rest); n > 0 {
			return tokParam, n
		}
		if n := digitsLen(rest[1:]); n > 0 {
			return tokPosParam, 1 + n
		}
		if len(rest) > 1 && rest[1] == '#' {
			return tokPosParam, 2 // $#, the number of positional parameters
		}
		if len(rest) > 1 && isNameStart(rest[1]) {
			return tokVar, 1 + nameLen(rest[1:])
		}
		return 0, 0
	case c == '@':
		n := 1
		for n < len(rest) && isNameChar(rest[n]) {
			n++
		}
		return tokMap, n
	case isDigit(c):
		return tokInt, intLen(rest)
	}
	return tokOp, opLen(rest)
}

// lineLen is the length of rest up to its first newline.
func lineLen(rest string) int {
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		return i
	}
	return len(rest)
}

// isSpace reports whether c is one of the regexp class \s: [\t\n\f\r ].
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func isDigit(c byte) bool     { return '0' <= c && c <= '9' }
func isNameStart(c byte) bool { return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isNameChar(c byte) bool  { return isNameStart(c) || isDigit(c) }
func isHexDigit(c byte) bool  { return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

// nameLen is the length of the name [A-Za-z_][A-Za-z0-9_]* that rest starts
// with; rest[0] is known to start one.
func nameLen(rest string) int {
	n := 1
	for n < len(rest) && isNameChar(rest[n]) {
		n++
	}
	return n
}

// digitsLen is the length of the run of decimal digits rest starts with.
func digitsLen(rest string) int {
	n := 0
	for n < len(rest) && isDigit(rest[n]) {
		n++
	}
	return n
}

// paramLen is the length of the ${NAME} that rest starts with, or 0.
func paramLen(rest string) int {
	if len(rest) < 4 || rest[0] != '$' || rest[1] != '{' || !isNameStart(rest[2]) {
		return 0
	}
	n := 2 + nameLen(rest[2:])
	if n < len(rest) && rest[n] == '}' {
		return n + 1
	}
	return 0
}

// intLen is the length of the number rest starts with: hexadecimal after
// 0x, else decimal with an optional exponent (1e6), all with '_'
// separators.
func intLen(rest string) int {
	if len(rest) > 2 && rest[0] == '0' && (rest[1] == 'x' || rest[1] == 'X') && (isHexDigit(rest[2]) || rest[2] == '_') {
		n := 3
		for n < len(rest) && (isHexDigit(rest[n]) || rest[n] == '_') {
			n++
		}
		return n
	}
	n := 1
	for n < len(rest) && (isDigit(rest[n]) || rest[n] == '_') {
		n++
	}
	if n+1 < len(rest) && (rest[n] == 'e' || rest[n] == 'E') && isDigit(rest[n+1]) {
		n += 2
		for n < len(rest) && (isDigit(rest[n]) || rest[n] == '_') {
			n++
		}
	}
	return n
}

// stringLen is the length of the double-quoted string rest starts with, or
// 0 if it is not closed on its line. A backslash escapes the character
// after it (not a newline).
func stringLen(rest string) int {
	for i := 1; i < len(rest); i++ {
		switch rest[i] {
		case '"':
			return i + 1
		case '\n':
			return 0
		case '\\':
			if i+1 == len(rest) || rest[i+1] == '\n' {
				return 0
			}
			i++ // A multi-byte character's other bytes are plain ones.
		}
	}
	return 0
}

// attachPointLen is the length of the attach point rest starts with, given
// that its first name is n bytes long, or 0 if no ':' follows the name:
//
//	NAME:  then optionally  /PATH, ./PATH or ../PATH  (no space ':' ',' '{'), then ':'
//	       (for a uprobe, usdt or their short forms, any PATH with a '/')
//	then the rest           (no space ',' '{' '}' '/')
//
// where ${NAME} may stand anywhere in PATH or the rest. Each part takes
// all it can, as the regexp's greedy loops did.
func attachPointLen(rest string, n int) int {
	if n >= len(rest) || rest[n] != ':' {
		return 0
	}
	i := n + 1
	if pathStartLen(rest[i:]) > 0 || (binaryKinds[rest[:n]] && relativePath(rest[i:])) {
		i = scanAttachPart(rest, i, func(c byte) bool {
			return isSpace(c) || c == ':' || c == ',' || c == '{'
		})
		if i < len(rest) && rest[i] == ':' {
			i++
		}
	}
	return scanAttachPart(rest, i, func(c byte) bool {
		return isSpace(c) || c == ',' || c == '{' || c == '}' || c == '/'
	})
}

// binaryKinds are the probe kinds whose first field is a binary's path,
// which may be relative without "./": uprobe:testprogs/prog:f.
var binaryKinds = map[string]bool{"uprobe": true, "uretprobe": true, "u": true, "ur": true, "usdt": true, "U": true}

// relativePath reports whether rest starts with a path that has a '/'
// after its first name (testprogs/prog:f).
func relativePath(rest string) bool {
	for i := 0; i < len(rest); i++ {
		switch c := rest[i]; {
		case c == '/':
			return true
		case isSpace(c) || c == ':' || c == ',' || c == '{':
			return false
		}
	}
	return false
}

// pathStartLen is the length of the "/", "./" or "../" that starts a
// path in an attach point (uprobe:/bin/bash:f, uprobe:./prog:f), or 0.
func pathStartLen(rest string) int {
	for _, p := range []string{"/", "./", "../"} {
		if strings.HasPrefix(rest, p) {
			return len(p)
		}
	}
	return 0
}

// scanAttachPart returns the index of the first byte at or after i that
// stops accepts (len(rest) if none), stepping over ${NAME} references
// whole: they may stand anywhere in an attach point's part.
func scanAttachPart(rest string, i int, stops func(byte) bool) int {
	for i < len(rest) {
		if m := paramLen(rest[i:]); m > 0 {
			i += m
			continue
		}
		if stops(rest[i]) {
			break
		}
		i++
	}
	return i
}

// opLen is the length of the longest operator rest starts with, or 0.
func opLen(rest string) int {
	c := rest[0]
	if len(rest) > 2 && (c == '<' || c == '>') && rest[1] == c && rest[2] == '=' {
		return 3 // <<= >>=
	}
	if len(rest) > 1 {
		d := rest[1]
		switch {
		case c == '-' && d == '>',
			(c == '+' || c == '-' || c == '&' || c == '|' || c == '<' || c == '>' || c == '.') && d == c, // ++ -- && || << >> ..
			strings.IndexByte("=!<>+-*/%&|^", c) >= 0 && d == '=':
			return 2
		}
	}
	if strings.IndexByte("-+*/%&|^!~<>=?:;,.()[]", c) >= 0 {
		return 1
	}
	return 0
}
