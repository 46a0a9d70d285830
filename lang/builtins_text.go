package lang

// Builtin functions on strings and bytes, and the ones that print text of
// their own: strncmp, strcontains, strlen, buf, join, cat, system,
// strerror, strftime.

import "strings"

// MaxJoinArgs and MaxJoinArgLen bound what join() reads, as bpftrace 0.17
// does: the first 16 strings of the array, each to 1023 bytes.
const (
	MaxJoinArgs   = 16
	MaxJoinArgLen = 1024
)

// MaxCatBytes is how much of a file cat() prints, as bpftrace's default.
const MaxCatBytes = 10240

// DefaultBufLen is how many bytes buf() reads when its length is not a
// constant, as bpftrace's default string length.
const DefaultBufLen = defaultStrLen

func textFuncs() map[string]funcSpec {
	return map[string]funcSpec{
		"strncmp":     {3, 3, checkStrncmp},
		"strcontains": {2, 2, checkStrcontains},
		"strlen":      {1, 1, checkStrlen},
		"macaddr":     {1, 1, checkMacaddr},
		"buf":         {1, 2, checkBuf},
		"join":        {1, 2, checkJoin},
		"cat":         {1, 32, checkCat},
		"system":      {1, 32, checkSystem},
		// strerror(errno) prints as the C library's message for it.
		"strerror": {1, 1, printedAs(Errno, 8)},
		// syscall_name(nr) prints as the system call's name (read).
		"syscall_name": {1, 1, printedAs(Syscall, 8)},
		"strftime":     {2, 2, checkStrftime},
		"getopt":       {1, 3, checkGetopt},
	}
}

// wantString checks that e is a string and returns its type.
func (c *checker) wantString(e Expr, what string) *Type {
	t := c.expr(e)
	if t == nil {
		return nil
	}
	if t.Kind != String {
		c.errorf(e.Position(), "%s needs a string, not %s", what, t)
		return nil
	}
	return t
}

// checkStrncmp: strncmp(s1, s2, n) is 0 when the strings' first n bytes
// (up to a NUL) are the same, 1 when they differ.
func checkStrncmp(c *checker, e *CallExpr) *Type {
	a, b := c.wantString(e.Args[0], "strncmp()"), c.wantString(e.Args[1], "strncmp()")
	c.expr(e.Args[2])
	n, ok := c.constInt(e.Args[2])
	if a == nil || b == nil {
		return nil
	}
	if !ok || n < 0 {
		c.errorf(e.Args[2].Position(), "strncmp()'s length must be a constant integer, 0 or more")
		return nil
	}
	return Int64Type
}

// checkStrcontains: strcontains(haystack, needle) is true when needle is
// in haystack (an empty needle is in every string), else false; a bool,
// as in bpftrace's stdlib, so print() says true or false.
func checkStrcontains(c *checker, e *CallExpr) *Type {
	if c.wantString(e.Args[0], "strcontains()") == nil || c.wantString(e.Args[1], "strcontains()") == nil {
		return nil
	}
	return BoolType()
}

// checkStrlen: strlen(s) is how many bytes the string s holds before its
// NUL (a uint64, as in bpftrace); of a pointer, write strlen(str(p)).
func checkStrlen(c *checker, e *CallExpr) *Type {
	if c.wantString(e.Args[0], "strlen()") == nil {
		return nil
	}
	if k, ok := c.info.Consts[e.Args[0]]; ok && k.IsString {
		n := len(k.Str)
		if i := strings.IndexByte(k.Str, 0); i >= 0 {
			n = i
		}
		c.info.Consts[e] = Const{Int: uint64(n)}
	}
	return Uint64Type
}

// MacFormat marks the Buffer macaddr() makes: its 6 bytes print as a MAC
// address, 00:1a:2b:3c:4d:5e.
const MacFormat = "mac"

// checkMacaddr: macaddr(a) is the first 6 bytes of a char or byte array
// of at least 6 (a struct's member, where it lies), or at address a,
// printed as a MAC address.
func checkMacaddr(c *checker, e *CallExpr) *Type {
	t := c.expr(e.Args[0])
	if t == nil {
		return nil
	}
	switch {
	case t.Kind == Array && t.Len*t.Elem.Size < 6, t.Kind == String && t.Size-1 < 6:
		c.errorf(e.Args[0].Position(), "macaddr() reads 6 bytes; %s holds fewer", t)
		return nil
	case t.Kind != Array && t.Kind != String && !c.wantInt(e.Args[0], t, "macaddr()"):
		return nil
	}
	return &Type{Kind: Buffer, Size: 6, Format: MacFormat}
}

// checkBuf: buf(p, n) is n bytes at address p, or of a string, or buf(a)
// the bytes of an array; printed with %r, non-printable bytes as \xNN. A
// length that is not a constant reads at most DefaultBufLen bytes.
func checkBuf(c *checker, e *CallExpr) *Type {
	t := c.expr(e.Args[0])
	if t == nil {
		return nil
	}
	size := DefaultBufLen
	switch {
	case len(e.Args) == 1 && t.Kind == Array:
		size = t.Len * t.Elem.Size
	case len(e.Args) == 1:
		c.errorf(e.Pos, "buf() of %s needs a length: buf(p, n)", t)
		return nil
	case t.Kind != Array && t.Kind != String && !c.wantInt(e.Args[0], t, "buf()"):
		return nil
	default:
		lt := c.expr(e.Args[1])
		if lt == nil || !c.wantInt(e.Args[1], lt, "buf()'s length") {
			return nil
		}
		if n, ok := c.constInt(e.Args[1]); ok {
			size = int(n)
			if n < 0 || n >= maxStrLen {
				c.errorf(e.Args[1].Position(), "buf()'s length must be from 0 to %d", maxStrLen-1)
				return nil
			}
		}
		switch t.Kind {
		case Array:
			size = min(size, t.Len*t.Elem.Size)
		case String:
			size = min(size, t.Size)
		}
	}
	if size >= maxStrLen {
		c.errorf(e.Pos, "buf() of %d bytes; the most is %d", size, maxStrLen-1)
		return nil
	}
	return &Type{Kind: Buffer, Size: size}
}

// checkJoin: join(argv[, sep]) prints the strings of a NULL-terminated
// array of string pointers (the first MaxJoinArgs), separated by sep (a
// space by default), on a line of their own.
func checkJoin(c *checker, e *CallExpr) *Type {
	t := c.expr(e.Args[0])
	if t == nil || !c.wantInt(e.Args[0], t, "join()") {
		return nil
	}
	if len(e.Args) == 2 {
		if _, ok := e.Args[1].(*StrLit); !ok {
			c.errorf(e.Args[1].Position(), "join()'s separator must be a string literal")
			return nil
		}
		c.expr(e.Args[1])
	}
	return VoidType
}

// checkCat: cat(fmt, args…) prints the contents of the file whose name
// printf would make of fmt and args (the first MaxCatBytes bytes).
func checkCat(c *checker, e *CallExpr) *Type {
	if checkPrintf(c, e) == nil {
		return nil
	}
	return VoidType
}

// checkSystem: system(fmt, args...) runs the command the format makes of
// args with /bin/sh, in user space, and prints what it writes; as in
// bpftrace, only with --unsafe.
func checkSystem(c *checker, e *CallExpr) *Type {
	if !c.params.Unsafe {
		c.errorf(e.Pos, "system() runs a command on this host: it needs --unsafe")
		return nil
	}
	return checkCat(c, e)
}

// checkStrftime: strftime(fmt, nsecs) prints the wall-clock time of a
// moment given in nanoseconds since boot (as nsecs gives it), formatted as
// C's strftime does, with %f for microseconds.
func checkStrftime(c *checker, e *CallExpr) *Type {
	lit, ok := e.Args[0].(*StrLit)
	if !ok {
		c.errorf(e.Args[0].Position(), "strftime()'s format must be a string literal")
		return nil
	}
	c.expr(lit)
	if err := checkStrftimeWidths(lit.Value); err != nil {
		c.errorf(lit.Pos, "strftime() format: %v", err)
		return nil
	}
	t := c.expr(e.Args[1])
	if t == nil || !c.wantInt(e.Args[1], t, "strftime()") {
		return nil
	}
	return &Type{Kind: Timestamp, Size: 8, Format: lit.Value}
}
