package lang_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/ntrace/ntrace/internal/testenv"
	. "github.com/ntrace/ntrace/lang"
)

// Each input limit of the language is an error at the line and column
// that crosses it, found before anything grows with the bad value: a
// printf width that would pad every event to gigabytes, a struct of
// 2^63-byte arrays whose size wraps, a timer period that overflows, a
// -D value that wraps negative. The README's limits table lists them.
func TestInputLimits(t *testing.T) {
	tests := []struct {
		name, src string
		params    map[string]string
		want      string // the whole rendered error, or "" when it checks
	}{
		{"printf width at the limit", `BEGIN { printf("[%1024d] [%-1024s] [%.1024d]\n", 1, "a", 2); }`, nil, ""},
		{"printf width past int64", `BEGIN { printf("[%9223372036854775807d]\n", 1); }`, nil, `
test.nt:1:16: error: printf format: width 9223372036854775807 in %9223372036854775807d is more than 1024
BEGIN { printf("[%9223372036854775807d]\n", 1); }
               ^
`},
		{"printf width of 2 GB per event", `BEGIN { printf("%999999999d\n", 1); }`, nil, `
test.nt:1:16: error: printf format: width 999999999 in %999999999d is more than 1024
BEGIN { printf("%999999999d\n", 1); }
               ^
`},
		{"printf width that wraps an int", `BEGIN { printf("%-018446744073709551617s\n", "x"); }`, nil, `
test.nt:1:16: error: printf format: width 18446744073709551617 in %-018446744073709551617s is more than 1024
BEGIN { printf("%-018446744073709551617s\n", "x"); }
               ^
`},
		{"printf precision", `BEGIN { printf("%5.1025s\n", "x"); }`, nil, `
test.nt:1:16: error: printf format: precision 1025 in %5.1025s is more than 1024
BEGIN { printf("%5.1025s\n", "x"); }
               ^
`},
		{"strftime width", `BEGIN { time("%H:%99999999999999999999M\n"); }`, nil, `
test.nt:1:14: error: time() format: width 99999999999999999999 in %99999999999999999999M is more than 1024
BEGIN { time("%H:%99999999999999999999M\n"); }
             ^
`},
		{"struct array of 2^63 bytes", "struct big { char a[9223372036854775807]; char b[9223372036854775807]; };\nBEGIN { printf(\"%d\\n\", sizeof(struct big)); }", nil, `
test.nt:1:14: error: array size 9223372036854775807 is more than 1048576, the largest struct a script may define
struct big { char a[9223372036854775807]; char b[9223372036854775807]; };
             ^
test.nt:1:43: error: array size 9223372036854775807 is more than 1048576, the largest struct a script may define
struct big { char a[9223372036854775807]; char b[9223372036854775807]; };
                                          ^
`},
		{"struct array of 100 MB", "struct big { char a[100000000]; };\nBEGIN { exit(); }", nil, `
test.nt:1:14: error: array size 100000000 is more than 1048576, the largest struct a script may define
struct big { char a[100000000]; };
             ^
`},
		{"dimensions multiply past the limit", "struct big { long a[1024][1024]; };\nBEGIN { $p = (struct big *)0; }", nil, `
test.nt:1:14: error: big.a: the array is more than 1048576 bytes, the largest struct a script may define
struct big { long a[1024][1024]; };
             ^
`},
		{"members add up past the limit, said once", "struct big { char a[1048576]; int b; };\nBEGIN { $p = (struct big *)0; @ = sizeof(struct big); }", nil, `
test.nt:1:31: error: struct big is more than 1048576 bytes with member b, the largest struct a script may define
struct big { char a[1048576]; int b; };
                              ^
`},
		{"struct at the limit", "struct big { char a[1048576]; };\nBEGIN { @ = sizeof(struct big); }", nil, ""},
		{"-D past int64 wraps no more", "BEGIN { @ = ${N}; }", map[string]string{"N": "9223372036854775808"}, `
test.nt:1:13: error: parameter N=9223372036854775808 is out of the range of a 64-bit signed integer, -9223372036854775808 to 9223372036854775807
BEGIN { @ = ${N}; }
            ^
`},
		{"-D at int64's ends", "BEGIN { @a = ${A}; @b = ${B}; }", map[string]string{"A": "9223372036854775807", "B": "-9223372036854775808"}, ""},
		{"-D hex past int64", "BEGIN { @ = ${N}; }", map[string]string{"N": "0xffffffffffffffff"}, `
test.nt:1:13: error: parameter N=0xffffffffffffffff is out of the range of a 64-bit signed integer, -9223372036854775808 to 9223372036854775807
BEGIN { @ = ${N}; }
            ^
`},
		{"interval past 2^63 ns", "interval:s:18446744074 { exit(); }", nil, `
test.nt:1:1: error: interval:s:18446744074 is longer than the longest period the kernel takes, 2^63 ns (about 292 years)
interval:s:18446744074 { exit(); }
^
`},
		{"interval count past uint64", "interval:ms:99999999999999999999 { exit(); }", nil, `
test.nt:1:1: error: interval:ms:99999999999999999999 is longer than the longest period the kernel takes, 2^63 ns (about 292 years)
interval:ms:99999999999999999999 { exit(); }
^
`},
		{"interval at its longest", "interval:s:9223372036 { exit(); }", nil, ""},
		{"interval hz that would never fire", "interval:hz:1000000000000 { exit(); }", nil, `
test.nt:1:1: error: interval:hz:1000000000000 fires more than 100000 times a second, the most a timer can: the shortest period is 10 µs
interval:hz:1000000000000 { exit(); }
^
`},
		{"interval shorter than the kernel runs it", "interval:us:9 { exit(); }", nil, `
test.nt:1:1: error: interval:us:9 is shorter than 10 µs, the shortest period a timer has (the kernel would make it 10 µs)
interval:us:9 { exit(); }
^
`},
		{"interval at its shortest", "interval:us:10 { exit(); } interval:hz:100000 { exit(); } interval:ns:10000 { exit(); }", nil, ""},
		{"profile past the sample rate", "profile:hz:100001 { @ = count(); }", nil, `
test.nt:1:1: error: profile:hz:100001 samples more than 100000 times a second, the most the kernel allows (kernel.perf_event_max_sample_rate)
profile:hz:100001 { @ = count(); }
^
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, got := checkSrc(t, tt.src, Params{Named: tt.params})
			want := strings.TrimPrefix(tt.want, "\n")
			if got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// A char array longer than the longest string reads as a string of its
// first 1023 bytes, as str() would: its value is never bigger than a
// string may be, however big the array (a script struct's, here, or the
// kernel's).
func TestLongCharArrayReadsAsLongestString(t *testing.T) {
	src := "struct big { char a[1000000]; };\nBEGIN { $p = (struct big *)0; @s = $p->a; }"
	_, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	if got := info.Maps["@s"].Value; got.Kind != String || got.Size != 1024 {
		t.Errorf("@s holds %v, want a string of 1024 bytes", got)
	}
}

// A script longer than MaxScriptSize is refused at the byte past the
// limit before the lexer sees it, in little memory; one at the limit
// parses.
func TestScriptSizeLimit(t *testing.T) {
	fill := func(n int) string {
		// Lines of comments, as the reported case had, then a probe.
		line := "// " + strings.Repeat("c", 76) + "\n"
		body := strings.Repeat(line, n/len(line))
		return body + strings.Repeat("\n", n-len(body)-len("BEGIN{}")) + "BEGIN{}"
	}
	if _, err := Parse("big.nt", fill(MaxScriptSize)); err != nil {
		t.Errorf("a script of exactly %d bytes: %v", MaxScriptSize, err)
	}
	src := fill(MaxScriptSize + 1)
	_, err := Parse("big.nt", src)
	lines := strings.Count(src[:MaxScriptSize], "\n") + 1
	col := MaxScriptSize - strings.LastIndex(src[:MaxScriptSize], "\n")
	want := fmt.Sprintf("big.nt:%d:%d: error: the script is longer than 1048576 bytes (1 MiB), the most ntrace reads", lines, col)
	if got := Render("big.nt", src, err); !strings.HasPrefix(got, want+"\n") {
		t.Errorf("got:\n%s\nwant it to start %q", got, want)
	}
	// A megabyte of one line, such as /dev/zero gives, shows a window of
	// it around the column, its NUL bytes escaped.
	zeros := strings.Repeat("\x00", MaxScriptSize+1)
	_, err = Parse("/dev/zero", zeros)
	got := Render("/dev/zero", zeros, err)
	if len(got) > 1000 || strings.Contains(got, "\x00") || !strings.Contains(got, `...\x00\x00`) {
		t.Errorf("rendered a %d-byte error:\n%.400q", len(got), got)
	}
}

// A byte the lexer cannot read is named by its code, and the line it is
// on shows it escaped: a NUL or an escape sequence in a script is neither
// printed raw to the terminal nor reported as a backslash.
func TestUnreadableBytes(t *testing.T) {
	tests := []struct{ src, want string }{
		{"BEGIN { \x00 exit(); }", `
test.nt:1:9: error: unexpected NUL byte (0x00): a script is text
BEGIN { \x00 exit(); }
        ^
`},
		{"BEGIN {\t\x1b[2J exit(); }", `
test.nt:1:9: error: unexpected control character U+001B
BEGIN {	\x1b[2J exit(); }
       	^
`},
		{"BEGIN { \xff exit(); }", `
test.nt:1:9: error: unexpected byte 0xff, which is not UTF-8 (a script is UTF-8 text)
BEGIN { \xff exit(); }
        ^
`},
		{"BEGIN { $x = 1 \\ 2; }", `
test.nt:1:16: error: unexpected character "\\"
BEGIN { $x = 1 \ 2; }
               ^
`},
	}
	for _, tt := range tests {
		_, err := Parse("test.nt", tt.src)
		if got, want := Render("test.nt", tt.src, err), strings.TrimPrefix(tt.want, "\n"); got != want {
			t.Errorf("%q:\ngot:\n%s\nwant:\n%s", tt.src, got, want)
		}
	}
}

// A parameter may declare the range of values it takes; a -D value or a
// default outside it is an error naming the range, and so is a negative
// duration, whether or not the script declares a range.
func TestParamRanges(t *testing.T) {
	src := `param PORT int 1..65535 = 53 "port";
param LAT duration = 1ms "threshold";
param WAIT duration 10ms..1s = 100ms "wait";
param LOW int -5.. = 0 "at least -5";
BEGIN { printf("%d %d %d %d\n", ${PORT}, ${LAT}, ${WAIT}, ${LOW}); exit(); }`
	prog, err := Parse("test.nt", src)
	if err != nil {
		t.Fatal(err)
	}
	if r := prog.Params[0].Range(); r != "1..65535" {
		t.Errorf("PORT's range is %q", r)
	}
	if r := prog.Params[3].Range(); r != "-5.." {
		t.Errorf("LOW's range is %q", r)
	}
	check := func(params map[string]string) string {
		_, err := Check(prog, testenv.Env{TB: t}, Params{Named: params})
		if err != nil {
			return Render("test.nt", src, err)
		}
		return ""
	}
	for _, ok := range []map[string]string{nil, {"PORT": "1"}, {"PORT": "65535"}, {"LAT": "0"}, {"WAIT": "1s"}, {"WAIT": "10ms"}, {"LOW": "-5"}, {"LOW": "9223372036854775807"}} {
		if errs := check(ok); errs != "" {
			t.Errorf("%v: %s", ok, errs)
		}
	}
	bad := []struct {
		params map[string]string
		want   string
	}{
		{map[string]string{"PORT": "-1"}, "test.nt:1:1: error: -D PORT=-1: -1 is out of PORT's range, 1..65535\n"},
		{map[string]string{"PORT": "65536"}, "test.nt:1:1: error: -D PORT=65536: 65536 is out of PORT's range, 1..65535\n"},
		{map[string]string{"LAT": "-1ms"}, "test.nt:2:1: error: -D LAT=-1ms: \"-1ms\" is negative: a duration is 0 or more\n"},
		{map[string]string{"LAT": "-5"}, "test.nt:2:1: error: -D LAT=-5: \"-5\" is negative: a duration is 0 or more\n"},
		{map[string]string{"WAIT": "2s"}, "test.nt:3:1: error: -D WAIT=2s: 2s is out of WAIT's range, 10ms..1s\n"},
		{map[string]string{"LOW": "-6"}, "test.nt:4:1: error: -D LOW=-6: -6 is out of LOW's range, -5..\n"},
		{map[string]string{"LOW": "9223372036854775808"}, "test.nt:4:1: error: -D LOW=9223372036854775808: \"9223372036854775808\" is out of the range of a 64-bit integer\n"},
	}
	for _, b := range bad {
		if got := check(b.params); !strings.HasPrefix(got, b.want) {
			t.Errorf("%v:\ngot:\n%s\nwant it to start:\n%s", b.params, got, b.want)
		}
	}
	// Ranges that cannot be.
	for decl, want := range map[string]string{
		`param P int 10..1 = 5 "p";`:               "range of P: 10 is more than 1",
		`param P string 1..2 = "a" "p";`:           "parameter P: only int and duration parameters take a range, not string",
		`param P int 1..65535 = 0 "p";`:            "default of P: 0 is out of P's range, 1..65535",
		`param P duration -1s.. = 0 "p";`:          `range of P: "-1s" is negative: a duration is 0 or more`,
		`param P int 1..99999999999999999999 = 5;`: `range of P: "99999999999999999999" is out of the range of a 64-bit integer`,
	} {
		src := decl + "\nBEGIN { @ = ${P}; }"
		_, _, got := checkSrc(t, src, Params{})
		if !strings.Contains(got, "error: "+want+"\n") {
			t.Errorf("%s:\ngot:\n%s\nwant %q", decl, got, want)
		}
	}
}
