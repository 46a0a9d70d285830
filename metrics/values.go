package metrics

import (
	"strconv"
	"strings"

	"github.com/ntrace/ntrace/runtime/format"
)

// flatten lists a key's parts as lang.KeyParts does its types: a tuple's
// elements one by one.
func flatten(key []format.Value) []format.Value {
	var out []format.Value
	for _, v := range key {
		if v.Kind == format.Tuple {
			out = append(out, flatten(v.Elems)...)
			continue
		}
		out = append(out, v)
	}
	return out
}

// labelValue is a key part as a label value: integers in decimal,
// pointers in hex, strings (names, addresses, symbols) as they are with
// control bytes and invalid UTF-8 escaped as \xNN (format.Safe), a stack
// as its functions from the outermost in, separated by ';' as folded
// stacks are (offsets left out, so calls from one function are one
// series). The text format's own escapes (\\, \", \n) are expfmt's to add.
func labelValue(v format.Value) string {
	switch v.Kind {
	case format.Int:
		return strconv.FormatInt(v.I, 10)
	case format.Uint:
		return strconv.FormatUint(v.U, 10)
	case format.Pointer:
		return "0x" + strconv.FormatUint(v.U, 16)
	case format.String:
		return format.Safe(v.S)
	case format.Stack:
		if v.S != "" {
			return format.Safe(v.S)
		}
		frames := make([]string, len(v.Frames))
		for i, fr := range v.Frames {
			t := fr.Text
			if j := strings.LastIndexByte(t, '+'); j > 0 {
				t = t[:j]
			}
			frames[len(frames)-1-i] = format.Safe(t)
		}
		return strings.Join(frames, ";")
	}
	return format.Safe(format.FormatValue(v))
}
