package format

import (
	"strconv"
	"strings"
)

// Frame is one frame of a symbolized stack.
type Frame struct {
	Addr uint64
	// Text is the frame as bpftrace prints it: "symbol+offset", or the
	// address as "0x7f12…" when no symbol is known; in perf mode a user
	// frame adds its module, "symbol+offset (/usr/lib/libc.so.6)" or
	// "0x7f12… ([unknown])".
	Text string
	// Sym is the frame's symbol alone, with no offset or module; "" when
	// no symbol is known. Folded stacks name frames by it.
	Sym string
}

// Indentation of stack frames, as bpftrace 0.17 prints them: 4 spaces in a
// map key, 8 anywhere else (map values, tuples, print(), printf's %s).
const (
	keyStackIndent   = 4
	valueStackIndent = 8
)

// stackText renders a Stack value as bpftrace 0.17 does: a newline, then
// one line per frame, each indented by indent spaces (in perf mode, a tab,
// the address in hex and the frame's text). A stack the kernel could not
// record with an explanation in S prints that as its only frame; one
// without frames or explanation (no user stack in a kernel thread)
// prints as nothing at all, as in bpftrace.
func stackText(v Value, indent int) string {
	if len(v.Frames) == 0 && v.S == "" {
		return ""
	}
	var b strings.Builder
	pad := strings.Repeat(" ", indent)
	b.WriteString("\n")
	if v.S != "" {
		b.WriteString(pad + Safe(v.S) + "\n")
	}
	// A frame's text holds a symbol name and, in perf mode, a module
	// path, both from files a traced program controls: escaped as any
	// string from it, so a crafted symbol cannot forge output lines.
	for _, f := range v.Frames {
		if v.Perf {
			b.WriteString("\t" + strconv.FormatUint(f.Addr, 16) + " " + Safe(f.Text) + "\n")
			continue
		}
		b.WriteString(pad + Safe(f.Text) + "\n")
	}
	return b.String()
}

// stackJSON renders a Stack value as a JSON array of its frames' text
// (in perf mode with the address first, as in the text output). bpftrace
// 0.17 writes the text block as one string instead; an array needs no
// parsing of indentation.
func stackJSON(v Value) string {
	parts := make([]string, 0, len(v.Frames)+1)
	if v.S != "" {
		parts = append(parts, `"`+jsonEscape(v.S)+`"`)
	}
	for _, f := range v.Frames {
		text := f.Text
		if v.Perf {
			text = strconv.FormatUint(f.Addr, 16) + " " + text
		}
		parts = append(parts, `"`+jsonEscape(text)+`"`)
	}
	return "[" + strings.Join(parts, ",") + "]"
}
