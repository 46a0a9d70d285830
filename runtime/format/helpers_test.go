package format

import (
	"bytes"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Shorthands for values.
func I(v int64) Value                       { return Value{Kind: Int, I: v} }
func U(v uint64) Value                      { return Value{Kind: Uint, U: v} }
func S(s string) Value                      { return Value{Kind: String, S: s} }
func P(v uint64) Value                      { return Value{Kind: Pointer, U: v} }
func T(elems ...Value) Value                { return Value{Kind: Tuple, Elems: elems} }
func K(parts ...Value) []Value              { return parts }
func newMap(name string, kind AggKind) *Map { return &Map{Name: name, Kind: kind} }

// entry finds or adds the entry for key.
func entry(m *Map, key []Value) *Entry {
	for i := range m.Entries {
		if FormatKey(m.Entries[i].Key) == FormatKey(key) {
			return &m.Entries[i]
		}
	}
	m.Entries = append(m.Entries, Entry{Key: key})
	return &m.Entries[len(m.Entries)-1]
}

// set stores a plain, count, sum, min or max value.
func set(m *Map, key []Value, v Value) *Map {
	entry(m, key).Value = v
	return m
}

// avg records one avg() or stats() sample.
func avg(m *Map, key []Value, v int64) *Map {
	e := entry(m, key)
	e.Sum += v
	e.Count++
	return m
}

// hist records one hist() sample, as bpftrace 0.17 buckets it.
func hist(m *Map, key []Value, v int64) *Map {
	e := entry(m, key)
	if e.Buckets == nil {
		e.Buckets = make([]uint64, 65)
	}
	e.Buckets[log2Bucket(v)]++
	return m
}

// log2Bucket is bpftrace 0.17's log2(): 0 for negatives, 1 for 0, then
// 2 + floor(log2(v)) computed with five shift steps of 16, 8, 4, 2 and 1,
// so every value from 2^31 up lands in bucket 33, [2G, 4G).
func log2Bucket(v int64) int {
	if v < 0 {
		return 0
	}
	if v == 0 {
		return 1
	}
	n, r := uint64(v), 2
	for i := 4; i >= 0; i-- {
		s := 0
		if n >= 1<<(1<<i) {
			s = 1 << i
		}
		n >>= s
		r += s
	}
	return r
}

// lhist records one lhist() sample, as bpftrace 0.17 buckets it.
func lhist(m *Map, key []Value, v, lo, hi, step int64) *Map {
	m.Lhist = [3]int64{lo, hi, step}
	e := entry(m, key)
	n := (hi - lo) / step
	if e.Buckets == nil {
		e.Buckets = make([]uint64, n+2)
	}
	switch {
	case v < lo:
		e.Buckets[0]++
	case v >= hi:
		e.Buckets[n+1]++
	default:
		e.Buckets[1+(v-lo)/step]++
	}
	return m
}

// step is one thing a script printed while it ran.
type step struct {
	printf string // printf's formatted text
	value  *Value // print(value)
	m      *Map   // print(@m, top, div)
	top    int
	div    int
}

// scenario is what a testdata/<name>.bt script prints: its steps, then its
// maps at exit.
type scenario struct {
	name  string
	steps []step
	exit  []*Map
	// textDiffers maps text bpftrace prints to what ntrace prints in its
	// place on purpose: strings from the kernel with control bytes are
	// escaped (format.Safe), where bpftrace writes them raw; unsigned
	// keys print unsigned, where bpftrace prints 2^64-1 as -1.
	textDiffers map[string]string
	// jsonDiffers is textDiffers for the JSON output.
	jsonDiffers map[string]string
}

// deliberate turns bpftrace's expected output into ntrace's, applying the
// scenario's deliberate differences.
func (sc scenario) deliberate(want string, json bool) string {
	differs := sc.textDiffers
	if json {
		differs = sc.jsonDiffers
	}
	for from, to := range differs {
		want = strings.ReplaceAll(want, from, to)
	}
	return want
}

// render writes what ntrace prints for sc, as text or JSON, in
// bpftrace 0.17's style (the scenarios' outputs are bpftrace 0.17's).
func render(t *testing.T, sc scenario, json bool) string {
	t.Helper()
	var b bytes.Buffer
	for _, m := range sc.exit {
		m.Style = Bpftrace017
	}
	for _, s := range sc.steps {
		if s.m != nil {
			s.m.Style = Bpftrace017
		}
		var err error
		switch {
		case s.m != nil && json:
			err = WriteMapJSONTop(&b, s.m, s.top, s.div)
		case s.m != nil:
			err = WriteMap(&b, s.m, s.top, s.div)
		case s.value != nil && json:
			err = WriteValueJSON(&b, *s.value)
		case s.value != nil:
			err = WriteValue(&b, *s.value, Bpftrace017)
		case json:
			err = PrintfJSON(&b, s.printf)
		default:
			b.WriteString(s.printf)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	var err error
	if json {
		err = WriteMapsJSON(&b, sc.exit)
	} else {
		err = WriteMaps(&b, sc.exit)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// attachLine is bpftrace's first line of output, which is not ntrace's to
// print.
var attachLine = regexp.MustCompile(`^(Attaching \d+ probes?\.\.\.\n|\{"type": "attached_probes", "data": \{"probes": \d+\}\}\n)`)

// badUnicode is bpftrace 0.17's broken JSON escape of bytes >= 0x80.
var badUnicode = regexp.MustCompile(`\\uffffff([0-9a-f]{2})`)

// expected reads what bpftrace printed for testdata/<name>.bt, without its
// "Attaching" line; in JSON, bytes bpftrace wrote as \uffffffXX are turned
// back into the raw bytes ntrace writes.
func expected(t *testing.T, raw []byte, json bool) string {
	t.Helper()
	s := attachLine.ReplaceAllString(string(raw), "")
	if json {
		s = badUnicode.ReplaceAllStringFunc(s, func(m string) string {
			var c byte
			for _, h := range m[len(m)-2:] {
				c = c*16 + byte(strings.IndexRune("0123456789abcdef", h))
			}
			return string([]byte{c})
		})
		// ntrace's JSON mode is NDJSON: it leaves out the blank lines
		// bpftrace prints before the maps at exit.
		var lines []string
		for _, l := range strings.SplitAfter(s, "\n") {
			if l != "\n" {
				lines = append(lines, l)
			}
		}
		s = strings.Join(lines, "")
	}
	return s
}

// readGolden reads testdata/<name>.<ext>.
func readGolden(t *testing.T, name, ext string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name + "." + ext)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// diffText describes the first difference between two outputs.
func diffText(got, want string) string {
	g, w := strings.SplitAfter(got, "\n"), strings.SplitAfter(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + quoteLine(gl) + "\nwant: " + quoteLine(wl)
		}
	}
	return "(no difference)"
}

func quoteLine(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\n", `\n`), "\t", `\t`)
}
