package runtime

import (
	"strings"
	"testing"

	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime/format"
)

// FuzzPrintf: any printf format either fails to parse with an error, or
// parses into conversions within MaxPrintfWidth that format any
// arguments, hostile strings included, without a panic, into output of
// bounded size that holds no control byte but those of the format's own
// text (and tabs, which format.Safe leaves): a string from the kernel
// cannot forge a line or a terminal escape.
func FuzzPrintf(f *testing.F) {
	for _, s := range []string{
		"%s %d\n", "%-8s|%08x|%+.3d|%#o|%c|%p|%lu|%hhd|%%|%5.2s", "[%9223372036854775807d]",
		"%1024d %.1024s", "%1025d", "%", "%-", "%.", "%ll", "%q", "a%%b%", "%0-+ #12.7llx",
	} {
		f.Add(s, int64(-42), "str")
	}
	f.Add("%s%s%c", int64(0x1b), "\x1b[31m\nforged line\x00")
	f.Fuzz(func(t *testing.T, fmtText string, n int64, s string) {
		pf, err := lang.ParseFormat(fmtText)
		if err != nil {
			return
		}
		for _, v := range pf.Verbs {
			if v.Width > lang.MaxPrintfWidth || v.Precision > lang.MaxPrintfWidth || v.Width < -1 || v.Precision < -1 {
				t.Fatalf("%q: a conversion with width %d, precision %d passed", fmtText, v.Width, v.Precision)
			}
		}
		args := []format.Value{
			{Kind: format.String, S: s}, {Kind: format.Int, I: n}, {Kind: format.Uint, U: uint64(n)},
			{Kind: format.Tuple, Elems: []format.Value{{Kind: format.String, S: s}, {Kind: format.Int, I: n}}},
		}
		for _, rotate := range []int{0, 1, 2, 3} {
			var a []format.Value
			for i := range pf.Verbs {
				a = append(a, args[(i+rotate)%len(args)])
			}
			out := format.Sprintf(pieces(pf), a)
			// Each conversion: its width or precision, or the argument
			// escaped (4 bytes a byte at most), or a number.
			bound := len(fmtText) + len(pf.Verbs)*(lang.MaxPrintfWidth+4*len(s)+64)
			if len(out) > bound {
				t.Fatalf("%q: %d bytes of output, more than %d", fmtText, len(out), bound)
			}
			for i := 0; i < len(out); i++ {
				if c := out[i]; (c < 0x20 && c != '\t' || c == 0x7f) && !strings.ContainsRune(fmtText, rune(c)) {
					t.Fatalf("%q with %q: control byte %#x in the output %q", fmtText, s, c, out)
				}
			}
		}
	})
}
