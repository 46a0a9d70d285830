package lang

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// The checking of parameters: positional ones ($1, $#) and what a value
// given for one (-D, the command line) means as a number.

// posParam types $N, or $# (how many were given). As in bpftrace, a
// positional parameter not given is 0 where a number is wanted, and ""
// in str() (see checkStr).
func (c *checker) posParam(e *PosParamExpr) *Type {
	switch {
	case e.Count:
		c.info.Consts[e] = Const{Int: uint64(len(c.params.Positional))}
		return Int64Type
	case e.N < 1:
		c.errorf(e.Pos, "positional parameters count from $1")
		return nil
	case e.N > len(c.params.Positional):
		c.info.Consts[e] = Const{}
		return Int64Type
	}
	return c.inferParam(e, c.params.Positional[e.N-1])
}

// unsetPosParam reports whether e is a positional parameter not given.
func (c *checker) unsetPosParam(e Expr) bool {
	p, ok := e.(*PosParamExpr)
	return ok && !p.Count && p.N > len(c.params.Positional)
}

// inferParam types a value no declaration types: an integer (decimal, hex
// or a duration such as 3ms, in nanoseconds), or else a string.
func (c *checker) inferParam(e Expr, v string) *Type {
	if n, ok := ParseIntParam(v); ok {
		c.info.Consts[e] = Const{Int: uint64(n)}
		return Int64Type
	}
	if intOutOfRange(v) {
		name := describe(e)
		if pp, ok := e.(*PosParamExpr); ok {
			name = fmt.Sprintf("positional parameter $%d", pp.N)
		}
		c.errorf(e.Position(), "%s=%s is out of the range of a 64-bit signed integer, %d to %d", name, v, int64(math.MinInt64), int64(math.MaxInt64))
		return nil
	}
	if len(v)+1 > maxStrLen {
		c.errorf(e.Position(), "%s is %d bytes; the most is %d", describe(e), len(v), maxStrLen-1)
		return nil
	}
	c.info.Consts[e] = Const{IsString: true, Str: v}
	return StringType(len(v) + 1)
}

// ParseIntParam reads a parameter value as an integer: decimal, 0x hex,
// negative, or a duration such as 250us, 3ms or 2s given in nanoseconds.
func ParseIntParam(v string) (int64, bool) {
	s := strings.ReplaceAll(v, "_", "")
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	if u, err := parseInt(s); err == nil && s != "" {
		switch {
		case neg && u <= 1<<63:
			return -int64(u), true
		case !neg && u <= math.MaxInt64:
			return int64(u), true
		}
		return 0, false
	}
	if d, err := time.ParseDuration(s); err == nil && s != "" && (s[0] >= '0' && s[0] <= '9') {
		if neg {
			d = -d
		}
		return int64(d), true
	}
	return 0, false
}

// intOutOfRange reports whether v is written as an integer (decimal, 0x
// hex, optionally negative) that a 64-bit signed integer cannot hold: an
// error, rather than the string such a value would otherwise be taken for.
func intOutOfRange(v string) bool {
	s := strings.TrimPrefix(strings.ReplaceAll(v, "_", ""), "-")
	if s == "" {
		return false
	}
	_, err := parseInt(s)
	if errors.Is(err, strconv.ErrRange) {
		return true
	}
	_, ok := ParseIntParam(v)
	return err == nil && !ok
}

// isParam reports whether e is a script parameter, named or positional.
func isParam(e Expr) bool {
	switch e.(type) {
	case *ParamExpr, *PosParamExpr:
		return true
	}
	return false
}
