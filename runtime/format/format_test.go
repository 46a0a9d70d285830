package format

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestScenarios compares ntrace's output for each scenario with what
// bpftrace 0.17 printed for the same script (testdata/<name>.txt and
// .json).
func TestScenarios(t *testing.T) {
	for _, sc := range scenarios() {
		for _, js := range []bool{false, true} {
			ext := "txt"
			if js {
				ext = "json"
			}
			t.Run(sc.name+"."+ext, func(t *testing.T) {
				want := sc.deliberate(expected(t, readGolden(t, sc.name, ext), js), js)
				got := render(t, sc, js)
				if got != want {
					t.Errorf("output differs from bpftrace's %s.%s: %s\ngot:\n%s", sc.name, ext, diffText(got, want), got)
				}
			})
		}
	}
}

// TestJSONLinesValid checks that every JSON line ntrace writes parses.
func TestJSONLinesValid(t *testing.T) {
	for _, sc := range scenarios() {
		for _, line := range strings.Split(render(t, sc, true), "\n") {
			if line == "" {
				continue
			}
			var v map[string]any
			if err := json.Unmarshal([]byte(line), &v); err != nil {
				t.Errorf("%s: invalid JSON %q: %v", sc.name, line, err)
				continue
			}
			if _, ok := v["type"].(string); !ok || v["data"] == nil {
				t.Errorf("%s: line %q lacks type or data", sc.name, line)
			}
		}
	}
}

// TestJSONShapes pins the JSON shapes bpftrace 0.17 uses, captured with
// bpftrace -f json from scripts in testdata (scalars, keyed, hist, lhist).
func TestJSONShapes(t *testing.T) {
	st := newMap("@st", Stats)
	avg(st, none, 7)
	h := newMap("@h", Hist)
	hist(h, K(S("a"), I(1)), 10)
	l := newMap("@l", Lhist)
	for _, v := range []int64{-1, 5, 25} {
		lhist(l, none, v, 0, 20, 10)
	}
	tests := []struct {
		m    *Map
		want string
	}{
		{set(newMap("@c", Count), none, U(3)), `{"type": "map", "data": {"@c": 3}}`},
		{set(newMap("@t", Plain), K(S("k"), I(-1)), T(I(1), S("a\"b"), T(I(2)))), `{"type": "map", "data": {"@t": {"k,-1": [1,"a\"b",[2]]}}}`},
		{avg(newMap("@a", Avg), K(I(1)), -5), `{"type": "stats", "data": {"@a": {"1": -5}}}`},
		{st, `{"type": "stats", "data": {"@st": {"count": 1, "average": 7, "total": 7}}}`},
		{h, `{"type": "hist", "data": {"@h": {"a,1": [{"min": 8, "max": 15, "count": 1}]}}}`},
		{l, `{"type": "hist", "data": {"@l": [{"max": -1, "count": 1}, {"min": 0, "max": 9, "count": 1}, {"min": 10, "max": 19, "count": 0}, {"min": 20, "count": 1}]}}`},
		{newMap("@empty", Count), ``},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := WriteMapJSON(&b, tt.m); err != nil {
			t.Fatal(err)
		}
		want := tt.want
		if want != "" {
			want += "\n"
		}
		if b.String() != want {
			t.Errorf("%s:\n got %q\nwant %q", tt.m.Name, b.String(), want)
		}
	}
}

// TestSprintf covers C printf details beyond testdata/printf.bt; the
// expected strings are glibc's (bpftrace hands each piece to snprintf).
func TestSprintf(t *testing.T) {
	tests := []struct {
		format string
		args   []Value
		want   string
	}{
		{"%d|%i|%u", []Value{I(-1), U(1<<64 - 1), I(-2)}, "-1|-1|4294967294"},
		{"%lu %lld %ld", []Value{U(1<<64 - 1), I(-5), U(5000000000)}, "18446744073709551615 -5 5000000000"},
		{"%+d|% d|%+5d|%-+5d|%+05d", []Value{I(5), I(5), I(5), I(5), I(5)}, "+5| 5|   +5|+5   |+0005"},
		{"%#x|%#X|%#o|%#5x|%#05x|%#.3x|%#x", []Value{I(255), I(255), I(8), I(255), I(255), I(255), I(0)}, "0xff|0XFF|010| 0xff|0x0ff|0x0ff|0"},
		{"%.0d|%5.0d|%08.3d|%.3d", []Value{I(0), I(0), I(-5), I(-5)}, "|     |    -005|-005"},
		{"%020p|%.20p|%+p|% p|%5p|%08p", []Value{P(4096), P(4096), P(4096), P(4096), P(0), P(0)}, "0x000000000000001000|0x00000000000000001000|+0x1000| 0x1000|(nil)|   (nil)"},
		{"%05s|%-05s|%05c|%.3c", []Value{S("ab"), S("ab"), I('c'), I('z')}, "   ab|ab   |    c|z"},
		{"a%cb", []Value{I(0)}, "ab"},    // a NUL ends the piece
		{"%3c|x", []Value{I(0)}, "  |x"}, // ...after the padding
		{"%hhu %hx %hd", []Value{I(-1), I(-1), I(40000)}, "255 ffff -25536"},
		{"%s %s", []Value{I(42), T(I(1), S("a"))}, "42 (1, a)"}, // bpftrace rejects these
		{"%5d|%-4s|", []Value{S("ab"), I(7)}, "   ab|7   |"},
		{"%d %d", []Value{I(1)}, "1 %!d(MISSING)"},
		{"%%d %d %%", []Value{I(1)}, "%d 1 %%"},
		{"no verbs %%", nil, "no verbs %%"},
	}
	for _, tt := range tests {
		if got := Sprintf(testFormat(tt.format), tt.args); got != tt.want {
			t.Errorf("Sprintf(%q, %v) = %q, want %q", tt.format, tt.args, got, tt.want)
		}
	}
}

// TestPrintfCapture compares Sprintf with each printf line of
// testdata/printf.txt separately.
func TestPrintfCapture(t *testing.T) {
	lines := strings.SplitAfter(expected(t, readGolden(t, "printf", "txt"), false), "\n")
	for i, c := range printfCalls {
		if got := Sprintf(testFormat(c.format), c.args); got != lines[i] {
			t.Errorf("printf(%q): got %q, bpftrace printed %q", c.format, got, lines[i])
		}
	}
}

// TestEscape checks Escape, which writes non-printable bytes as bpftrace's
// buf() does.
func TestEscape(t *testing.T) {
	tests := map[string]string{
		"plain text ~":   "plain text ~",
		"a\x00b\n\t\x7f": `a\x00b\x0a\x09\x7f`,
		"é":              `\xc3\xa9`,
		"":               "",
	}
	for in, want := range tests {
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
}

// %rx prints every byte of a buf() as \xNN, %rh as hex digits with
// spaces; the width pads what they print.
func TestBufferInHex(t *testing.T) {
	raw := []byte("Hi\x00\xff")
	buf := Value{Kind: String, S: Escape(string(raw)), Raw: raw}
	verb := func(mode byte, width int) Piece {
		return Piece{Verb: &Verb{Width: width, Precision: -1, Conv: 'r', BufMode: mode}}
	}
	got := Sprintf([]Piece{verb('x', -1), {Text: "|"}, verb('h', -1), {Text: "|"}, verb(0, -1), {Text: "|"}, verb('h', 14)}, []Value{buf, buf, buf, buf})
	if want := `\x48\x69\x00\xff|48 69 00 ff|Hi\x00\xff|   48 69 00 ff`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestFormatValue covers FormatValue and FormatKey.
func TestFormatValue(t *testing.T) {
	tests := []struct {
		v    Value
		want string
	}{
		{I(-5), "-5"},
		{U(1<<64 - 1), "18446744073709551615"},
		{S("a b"), "a b"},
		{T(I(1), S("abc"), T(I(2), S("b"))), "(1, abc, (2, b))"},
		{P(0xffff888104c2c440), "0xffff888104c2c440"},
		{Value{Kind: Tuple, Array: true, Elems: []Value{I(1), I(-2), I(3)}}, "[1,-2,3]"},
		{T(I(1), Value{Kind: Tuple, Array: true, Elems: []Value{T(I(5), I(6))}}), "(1, [(5, 6)])"},
		{Value{}, "0"},
	}
	for _, tt := range tests {
		if got := FormatValue(tt.v); got != tt.want {
			t.Errorf("FormatValue(%+v) = %q, want %q", tt.v, got, tt.want)
		}
	}
	if got := FormatKey(K(S("x"), I(-1), U(1<<64-1), P(0x1000))); got != "[x, -1, 18446744073709551615, 0x1000]" {
		t.Errorf("FormatKey = %q", got)
	}
	if got := FormatKey(nil); got != "" {
		t.Errorf("FormatKey(nil) = %q", got)
	}
}

// TestHistLabels checks bucket labels past what bpftrace 0.17's log2()
// reaches (it stops at [2G, 4G)), for a codegen that counts higher.
func TestHistLabels(t *testing.T) {
	want := map[int]string{0: "1", 9: "512", 10: "1K", 19: "512K", 20: "1M", 30: "1G", 39: "512G", 40: "1T", 63: "8388608T"}
	for p, w := range want {
		if got := histLabel(p); got != w {
			t.Errorf("histLabel(%d) = %q, want %q", p, got, w)
		}
	}
	want = map[int]string{0: "0", 5: "5", 1024: "1K", 3072: "3K", 1048576: "1M", 1049600: "1025K", 1000: "1000"}
	for n, w := range want {
		if got := lhistLabel(int64(n)); got != w {
			t.Errorf("lhistLabel(%d) = %q, want %q", n, got, w)
		}
	}
}

// TestSortLikeLibstdcxx checks that the std::sort replica sorts (its tie
// order is checked against bpftrace by the ties scenario), including down
// the heapsort path.
func TestSortLikeLibstdcxx(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 2, 3, 16, 17, 40, 100, 1000} {
		for _, spread := range []int{1, 3, 1000} {
			s := make([]int, n)
			for i := range s {
				s[i] = r.Intn(spread)
			}
			sortLikeLibstdcxx(s, func(a, b int) bool { return a < b })
			if !sort.IntsAreSorted(s) {
				t.Errorf("n=%d spread=%d: not sorted", n, spread)
			}
		}
	}
	s := make([]int, 200)
	for i := range s {
		s[i] = r.Intn(50)
	}
	heapSort(s, func(a, b int) bool { return a < b })
	if !sort.IntsAreSorted(s) {
		t.Error("heapSort: not sorted")
	}
}

// TestTimeString checks strftime conversions against glibc's strftime
// (which bpftrace's time() calls) for 2023-11-14 17:13:20 EST and
// 2000-01-01 00:00:00 UTC.
func TestTimeString(t *testing.T) {
	est := time.Unix(1700000000, 0).In(time.FixedZone("EST", -5*3600))
	utc := time.Unix(946684800, 0).UTC()
	tests := []struct {
		t    time.Time
		f    string
		want string
	}{
		{est, "%H:%M:%S\n", "17:13:20\n"},
		{est, "%a %A %b %B %h %c", "Tue Tuesday Nov November Nov Tue Nov 14 17:13:20 2023"},
		{est, "%C %d %D %e %F %g %G %H %I %j %k %l %m %M", "20 14 11/14/23 14 2023-11-14 23 2023 17 05 318 17  5 11 13"},
		{est, "%p %P %r %R %s %S %T %u %U %V %w %W %x %X %y %Y %z %Z %%", "PM pm 05:13:20 PM 17:13 1700000000 20 17:13:20 2 46 46 2 46 11/14/23 17:13:20 23 2023 -0500 EST %"},
		{est, "%Q %E|%-d %_d %0e %^a %Ey %Od %10Y %#Z", "%Q %E|14 14 14 TUE 23 14 0000002023 est"},
		{est, "[%n%t]", "[\n\t]"},
		{utc, "%a %A %b %B %c %C %d %D %e %F %g %G", "Sat Saturday Jan January Sat Jan  1 00:00:00 2000 20 01 01/01/00  1 2000-01-01 99 1999"},
		{utc, "%H %I %j %k %l %m %M %p %r %R %S %T %u %U %V %w %W %y %Y %z %Z", "00 12 001  0 12 01 00 AM 12:00:00 AM 00:00 00 00:00:00 6 00 52 6 00 00 2000 +0000 UTC"},
		{utc, "%-e|%_m|%5d|trailing %", "1| 1|00001|trailing %"},
	}
	for _, tt := range tests {
		if got := TimeString(tt.f, tt.t); got != tt.want {
			t.Errorf("TimeString(%q) = %q, want %q", tt.f, got, tt.want)
		}
	}
}

// bpftraceOrSkip returns bpftrace's path, or skips the test when it cannot
// run bpftrace.
func bpftraceOrSkip(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: not running bpftrace")
	}
	if os.Geteuid() != 0 {
		t.Skip("bpftrace needs root")
	}
	path, err := exec.LookPath("bpftrace")
	if err != nil {
		t.Skip("bpftrace is not installed")
	}
	out, err := exec.Command(path, "--version").Output()
	if err != nil || !strings.Contains(string(out), "v0.17.") {
		t.Skipf("want bpftrace v0.17, have %q (%v)", strings.TrimSpace(string(out)), err)
	}
	return path
}

// runBpftrace runs a script file with bpftrace and returns its stdout.
func runBpftrace(t *testing.T, path string, args ...string) []byte {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(path, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("bpftrace %v: %v: %s", args, err, stderr.String())
	}
	return out
}

// TestLiveBpftrace runs each testdata script with the bpftrace 0.17 on
// this machine and compares its output, as text and as JSON, with ntrace's
// for the same data, so that the captures cannot drift from bpftrace.
func TestLiveBpftrace(t *testing.T) {
	bt := bpftraceOrSkip(t)
	for _, sc := range scenarios() {
		for _, js := range []bool{false, true} {
			args := []string{"testdata/" + sc.name + ".bt"}
			ext := "txt"
			if js {
				args = append([]string{"-f", "json"}, args...)
				ext = "json"
			}
			t.Run(sc.name+"."+ext, func(t *testing.T) {
				want := sc.deliberate(expected(t, runBpftrace(t, bt, args...), js), js)
				if got := render(t, sc, js); got != want {
					t.Errorf("differs from live bpftrace: %s", diffText(got, want))
				}
			})
		}
	}
}

// TestLiveTime compares TimeString with bpftrace's time(). (bpftrace
// formats into 64 bytes and prints only "ERROR: strftime returned 0" for
// longer results, hence two short formats.)
func TestLiveTime(t *testing.T) {
	bt := bpftraceOrSkip(t)
	for _, f := range []string{"%Y-%m-%d %H:%M:%S %a %b %e %j %p", "%I %Z %z %y %D %T %% %s"} {
		ok := false
		for try := 0; try < 3 && !ok; try++ {
			before := time.Now()
			out := runBpftrace(t, bt, "-e", `BEGIN { time("`+f+`\n"); exit(); }`)
			after := time.Now()
			got := strings.TrimSuffix(expected(t, out, false), ExitPreamble)
			ok = got == TimeString(f+"\n", before) || got == TimeString(f+"\n", after)
			if !ok {
				t.Logf("bpftrace printed %q, ntrace %q", got, TimeString(f+"\n", after))
			}
		}
		if !ok {
			t.Errorf("TimeString(%q) never matched bpftrace's time()", f)
		}
	}
}

// TestMessageJSON checks the printf and time lines, captured with
// bpftrace -f json -e 'BEGIN { time("%H:%M:%S\n"); printf("a\tb\n"); exit(); }'.
func TestMessageJSON(t *testing.T) {
	var b bytes.Buffer
	if err := TimeJSON(&b, "04:07:06\n"); err != nil {
		t.Fatal(err)
	}
	if err := PrintfJSON(&b, "a\tb\n"); err != nil {
		t.Fatal(err)
	}
	want := `{"type": "time", "data": "04:07:06\n"}` + "\n" + `{"type": "printf", "data": "a\tb\n"}` + "\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

// Kernel strings are bytes: whatever they hold, every JSON line parses, and
// a byte that is not UTF-8 comes out as the text \xNN rather than lost.
func TestJSONEscapesAnyBytes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain", "plain"},
		{"é ok", "é ok"},
		{"a\xffb", `a\xffb`},
		{"\x80\x01\"\\\n", "\\x80\x01\"\\\n"},
		{"cut \xe2\x82", `cut \xe2\x82`},
	} {
		var buf bytes.Buffer
		if err := WriteMessageJSON(&buf, "printf", tc.in); err != nil {
			t.Fatal(err)
		}
		var got struct{ Data string }
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatalf("%q: line is not JSON: %v\n%s", tc.in, err, buf.String())
		}
		if got.Data != tc.want {
			t.Errorf("%q: data %q, want %q", tc.in, got.Data, tc.want)
		}
	}
}

// Where today's bpftrace prints otherwise than bpftrace 0.17, each style
// writes its own: the expectations of today's bpftrace's runtime tests
// (call.stats, pointers.u8 pointer increment, outputs/hist.txt) and
// bpftrace 0.17's output for the same maps.
func TestStyles(t *testing.T) {
	maps := func(st Style) []*Map {
		return []*Map{
			{Name: "@p", Kind: Plain, Entries: []Entry{{Value: P(0x33)}}, Style: st},
			{Name: "@s", Kind: Stats, Entries: []Entry{{Sum: 6, Count: 3}}, Style: st},
			{Name: "@t", Kind: Plain, Entries: []Entry{{Key: K(P(0x10)), Value: T(P(0xffffffffffffffff), I(1))}}, Style: st},
			{Name: "@h", Kind: Hist, Entries: []Entry{{Key: K(I(1)), Buckets: []uint64{0, 0, 0, 2}}}, Style: st},
		}
	}
	const bar = "|@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|"
	want := map[Style]string{
		Current: "\n\n@h[1]:\n[2, 4)                 2 " + bar + "\n\n" +
			"@p: 0x33\n" +
			"@s: { .count = 3, .average = 2, .total = 6 }\n\n" +
			"@t[0x10]: (0xffffffffffffffff, 1)\n",
		Bpftrace017: "\n\n@h[1]: \n[2, 4)                 2 " + bar + "\n\n" +
			"@p: 51\n" +
			"@s: count 3, average 2, total 6\n\n" +
			"@t[0x10]: (-1, 1)\n",
	}
	for st, w := range want {
		var b strings.Builder
		if err := WriteMaps(&b, maps(st)); err != nil {
			t.Fatal(err)
		}
		if b.String() != w {
			t.Errorf("style %d:\n%q\nwant\n%q", st, b.String(), w)
		}
		b.Reset()
		if err := WriteValue(&b, T(P(0xff), S("x")), st); err != nil {
			t.Fatal(err)
		}
		if v := map[Style]string{Current: "(0xff, x)\n", Bpftrace017: "(255, x)\n"}[st]; b.String() != v {
			t.Errorf("style %d: print() wrote %q, want %q", st, b.String(), v)
		}
	}
}

// JSON bounds of buckets from 2^31 up: today's bpftrace's exact ones
// (call.hist_10g: 10 GiB is in 8589934592 to 17179869183), bpftrace
// 0.17's wrapped as C ints.
func TestHistJSONBoundsByStyle(t *testing.T) {
	buckets := make([]uint64, 36)
	buckets[35] = 1 // [2^33, 2^34)
	want := map[Style]string{
		Current:     `{"type": "hist", "data": {"@": [{"min": 8589934592, "max": 17179869183, "count": 1}]}}` + "\n",
		Bpftrace017: `{"type": "hist", "data": {"@": [{"min": 2, "max": 3, "count": 1}]}}` + "\n",
	}
	for st, w := range want {
		var b strings.Builder
		if err := WriteMapJSON(&b, &Map{Name: "@", Kind: Hist, Entries: []Entry{{Buckets: buckets}}, Style: st}); err != nil {
			t.Fatal(err)
		}
		if b.String() != w {
			t.Errorf("style %d: %s\nwant %s", st, b.String(), w)
		}
	}
}

// An enum's value prints as its name in text and as its number in JSON,
// as today's bpftrace prints them (json-output.enum_not_symbolized).
func TestEnumValueTextAndJSON(t *testing.T) {
	v := Value{Kind: String, S: "FOO", Enum: true, I: 333}
	if got := FormatValue(T(v, I(1))); got != "(FOO, 1)" {
		t.Errorf("text %q", got)
	}
	var b strings.Builder
	if err := WriteValueJSON(&b, T(v, I(1))); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != `{"type": "value", "data": [333,1]}`+"\n" {
		t.Errorf("JSON %q", got)
	}
}
