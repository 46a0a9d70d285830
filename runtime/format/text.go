package format

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// ExitPreamble is what bpftrace 0.17 prints when its probes stop, before
// the maps (in text and in JSON mode alike), even when there are none.
const ExitPreamble = "\n\n"

// WriteMaps writes what bpftrace 0.17 prints at exit: ExitPreamble, then
// every map in the order of its name (bytewise, so "@" < "@a" < "@b" <
// "@ba"), each as WriteMap(w, m, 0, 0) writes it. A map with no entries
// still prints its terminating newline(s): "\n", or "\n\n" for avg and
// stats.
func WriteMaps(w io.Writer, maps []*Map) error {
	if _, err := io.WriteString(w, ExitPreamble); err != nil {
		return fmt.Errorf("write maps: %w", err)
	}
	for _, m := range byName(maps) {
		if err := WriteMap(w, m, 0, 0); err != nil {
			return err
		}
	}
	return nil
}

// byName returns maps sorted by name, as bpftrace's std::map of map names
// orders them.
func byName(maps []*Map) []*Map {
	s := append([]*Map(nil), maps...)
	sort.SliceStable(s, func(i, j int) bool { return s[i].Name < s[j].Name })
	return s
}

// WriteMap writes m as bpftrace 0.17's print(@m, top, div) does: its
// entries in bpftrace's order (see ordered), only the last top of them when
// top > 0 (the largest, since the order is ascending; stats maps ignore
// top), and values divided by div when div > 1 (integer division as in C;
// stats and lhist maps ignore div, hist maps divide the counts but not the
// bars).
//
// Entries are "@name[k1, k2]: value" lines, or "@name: value" without keys,
// and a final newline; avg and stats maps add a blank line after their last
// entry. Each hist or lhist entry is a "@name[k]: " line (with its trailing
// space) followed by its bucket lines, and entries are separated and
// followed by a blank line.
func WriteMap(w io.Writer, m *Map, top, div int) error {
	return writeOrdered(NewMapWriter(w, m, div, false), m, top)
}

// writeOrdered writes m's entries to mw in bpftrace's order, the last top
// of them when top > 0.
func writeOrdered(mw *MapWriter, m *Map, top int) error {
	for _, e := range TopOf(ordered(m), top, m.Kind) {
		if err := mw.Write(e); err != nil {
			return err
		}
	}
	return mw.Close()
}

// MapWriter writes a map entry by entry, in the order given, as WriteMap
// (or, for JSON, WriteMapJSONTop) writes it all at once: a map too big to
// hold decoded is formatted as it is written.
type MapWriter struct {
	w    io.Writer
	m    *Map // its Name, Kind and Lhist; not its Entries
	div  uint64
	json bool
	n    int  // entries written
	keys bool // the first entry had keys (JSON)
	b    strings.Builder
}

// NewMapWriter starts writing m (whose Entries it ignores) to w, with
// values divided by div as WriteMap does, as JSON when json is set.
func NewMapWriter(w io.Writer, m *Map, div int, json bool) *MapWriter {
	return &MapWriter{w: w, m: m, div: divisor(div), json: json}
}

// Write writes the map's next entry.
func (mw *MapWriter) Write(e *Entry) error {
	mw.b.Reset()
	if mw.json {
		mw.appendJSON(e)
	} else {
		mw.appendText(e)
	}
	mw.n++
	return mw.flush()
}

// Close ends the map.
func (mw *MapWriter) Close() error {
	mw.b.Reset()
	switch {
	case mw.json && mw.n > 0:
		if mw.keys {
			mw.b.WriteString("}")
		}
		mw.b.WriteString("}}\n")
	case !mw.json:
		mw.b.WriteString("\n")
		if mw.m.Kind == Avg || mw.m.Kind == Stats {
			mw.b.WriteString("\n")
		}
	}
	return mw.flush()
}

func (mw *MapWriter) flush() error {
	if _, err := io.WriteString(mw.w, mw.b.String()); err != nil {
		return fmt.Errorf("write map %s: %w", mw.m.Name, err)
	}
	return nil
}

// appendText writes an entry's text to mw.b.
func (mw *MapWriter) appendText(e *Entry) {
	b, m := &mw.b, mw.m
	if mw.n > 0 {
		b.WriteString("\n")
	}
	switch m.Kind {
	case Hist:
		b.WriteString(m.Name + FormatKey(e.Key) + histColon(m.Style))
		appendHist(b, e.Buckets, mw.div)
	case Lhist:
		b.WriteString(m.Name + FormatKey(e.Key) + histColon(m.Style))
		appendLhist(b, e.Buckets, m.Lhist[0], m.Lhist[1], m.Lhist[2])
	default:
		b.WriteString(m.Name + FormatKey(e.Key) + ": " + entryText(m.Kind, e, mw.div, m.Style))
	}
}

// histColon ends a histogram's first line, after its map's name and key:
// bpftrace 0.17 wrote a space before the newline, today's bpftrace none.
func histColon(st Style) string {
	if st == Bpftrace017 {
		return ": \n"
	}
	return ":\n"
}

// divisor is print()'s div as bpftrace uses it: 0 means 1.
func divisor(div int) uint64 {
	if div <= 1 {
		return 1
	}
	return uint64(uint32(div))
}

// TopOf keeps the last top entries of es, as print(@m, top) does; stats
// maps print everything.
func TopOf[T any](es []T, top int, kind AggKind) []T {
	if top <= 0 || kind == Stats || len(es) <= top {
		return es
	}
	return es[len(es)-top:]
}

// entryText is a non-histogram entry's value as text.
func entryText(kind AggKind, e *Entry, div uint64, st Style) string {
	switch kind {
	case Avg:
		return strconv.FormatInt(average(e)/int64(div), 10)
	case Stats:
		if st == Bpftrace017 {
			return fmt.Sprintf("count %d, average %d, total %d", int64(e.Count), average(e), e.Sum)
		}
		return fmt.Sprintf("{ .count = %d, .average = %d, .total = %d }", int64(e.Count), average(e), e.Sum)
	case Count:
		return strconv.FormatUint(bitsOf(e.Value)/div, 10)
	}
	return valueText(e.Value, div, true, st)
}

// valueText is a value as bpftrace prints a map value or print()'s
// argument in style st, each integer in it divided by div; with safe,
// strings are escaped with Safe (JSON output escapes them its own way).
func valueText(v Value, div uint64, safe bool, st Style) string {
	switch v.Kind {
	case Uint:
		return strconv.FormatUint(v.U/div, 10)
	case Pointer:
		if st == Bpftrace017 {
			// bpftrace 0.17 prints a pointer-typed map value or
			// tuple element as a signed decimal number.
			return strconv.FormatInt(int64(v.U)/int64(div), 10)
		}
		return "0x" + strconv.FormatUint(v.U/div, 16)
	case String:
		if safe {
			return Safe(v.S)
		}
		return v.S
	case Bool:
		return strconv.FormatBool(v.U != 0)
	case Tuple:
		parts := make([]string, len(v.Elems))
		for i, e := range v.Elems {
			parts[i] = valueText(e, div, safe, st)
			if v.Names != nil {
				parts[i] = "." + v.Names[i] + " = " + parts[i]
			}
		}
		if v.Names != nil {
			// A record, as today's bpftrace prints one.
			return "{ " + strings.Join(parts, ", ") + " }"
		}
		if v.Array {
			return "[" + strings.Join(parts, ",") + "]"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case Stack:
		return stackText(v, valueStackIndent)
	}
	return strconv.FormatInt(v.I/int64(div), 10)
}

// FormatValue returns v as today's bpftrace prints a map value, a tuple
// element or print()'s argument: integers in decimal (signed or unsigned as
// v is), strings escaped with Safe, tuples as "(1, abc, -5)", pointers in
// hex.
func FormatValue(v Value) string {
	return valueText(v, 1, true, Current)
}

// FormatKey returns a map key as bpftrace 0.17 prints it after the map's
// name: "" for a map without keys, else "[k1, k2]". Integer keys print
// signed or unsigned as their type is (bpftrace 0.17 prints every integer
// key as signed, an unsigned key of 2^64-1 as -1: a wrong value ntrace
// does not copy), pointer keys in hex ("0xffff888104c2c440"), strings
// through Safe.
func FormatKey(key []Value) string {
	if len(key) == 0 {
		return ""
	}
	parts := make([]string, len(key))
	for i, k := range key {
		parts[i] = keyPartString(k, true)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// keyPartString is one key part as bpftrace prints it, strings escaped
// with Safe when safe is set.
func keyPartString(v Value, safe bool) string {
	switch v.Kind {
	case Pointer:
		return "0x" + strconv.FormatUint(v.U, 16)
	case Stack:
		return stackText(v, keyStackIndent)
	}
	return valueText(v, 1, safe, Current)
}

// WriteValue writes what bpftrace's print(expr) writes for a value that is
// not a map, in style st: the value as FormatValue writes it and a newline.
func WriteValue(w io.Writer, v Value, st Style) error {
	if _, err := io.WriteString(w, valueText(v, 1, true, st)+"\n"); err != nil {
		return fmt.Errorf("write value: %w", err)
	}
	return nil
}

// barWidth is the width of a histogram's bar column.
const barWidth = 52

// histRange finds the buckets bpftrace draws: from the first to the last
// bucket whose count, read into a C int, is positive; max is the largest
// such count. first is -1 when there is nothing to draw.
func histRange(buckets []uint64) (first, last int, max int32) {
	first, last = -1, -1
	for i, c := range buckets {
		v := int32(c) // bpftrace reads the counts into an int
		if v > 0 {
			if first == -1 {
				first = i
			}
			last = i
		}
		if v > max {
			max = v
		}
	}
	return first, last, max
}

// appendHist draws a hist entry's buckets.
func appendHist(b *strings.Builder, buckets []uint64, div uint64) {
	first, last, max := histRange(buckets)
	if last == -1 {
		return
	}
	for i := first; i <= last; i++ {
		var label string
		switch i {
		case 0:
			label = "(..., 0)"
		case 1:
			label = "[0]"
		case 2:
			label = "[1]"
		default:
			label = "[" + histLabel(i-2) + ", " + histLabel(i-1) + ")"
		}
		appendBar(b, label, buckets[i]/div, buckets[i], max)
	}
}

// histLabel is the label of 2^power: 1, 2, ..., 512, 1K, ..., 512K, 1M,
// ..., 1G, ..., 1T, 2T, ...
func histLabel(power int) string {
	suffix := ""
	switch {
	case power >= 40:
		suffix, power = "T", power-40
	case power >= 30:
		suffix, power = "G", power-30
	case power >= 20:
		suffix, power = "M", power-20
	case power >= 10:
		suffix, power = "K", power-10
	}
	return strconv.FormatInt(int64(1)<<power, 10) + suffix
}

// lhistRange finds the lhist buckets bpftrace draws: from the first to the
// last non-empty one among the n+2 buckets of the range; max is the largest
// count, read into a C int. ok is false when there is nothing to draw.
func lhistRange(buckets []uint64, n int) (start, end int, max int32, ok bool) {
	last := -1
	for i, c := range buckets {
		v := int32(c) // bpftrace reads the counts into an int
		if v != 0 {
			last = i
		}
		if v > max {
			max = v
		}
	}
	if last == -1 {
		return 0, 0, 0, false
	}
	start, end = -1, 0
	for i := 0; i <= n+1; i++ {
		if bucketAt(buckets, i) > 0 {
			if start == -1 {
				start = i
			}
			end = i
		}
	}
	return max0(start), end, max, true
}

// max0 is start, or 0 when it is -1.
func max0(start int) int {
	if start < 0 {
		return 0
	}
	return start
}

// bucketAt is bucket i's count, 0 past the end.
func bucketAt(buckets []uint64, i int) uint64 {
	if i < len(buckets) {
		return buckets[i]
	}
	return 0
}

// appendLhist draws an lhist entry's buckets.
func appendLhist(b *strings.Builder, buckets []uint64, min, max, step int64) {
	if step <= 0 {
		return
	}
	n := int((max - min) / step) // buckets, not counting the two open ones
	start, end, maxCount, ok := lhistRange(buckets, n)
	if !ok {
		return
	}
	for i := start; i <= end; i++ {
		var label string
		switch {
		case i == 0:
			label = "(..., " + lhistLabel(min) + ")"
		case i == n+1:
			label = "[" + lhistLabel(max) + ", ...)"
		default:
			label = "[" + lhistLabel(int64(i-1)*step+min) + ", " + lhistLabel(int64(i)*step+min) + ")"
		}
		appendBar(b, label, bucketAt(buckets, i), bucketAt(buckets, i), maxCount)
	}
}

// lhistLabel is an lhist bound: in M or K when a whole number of them.
func lhistLabel(n int64) string {
	const kilo, mega = 1024, 1048576
	switch {
	case n == 0:
		return "0"
	case n%mega == 0:
		return strconv.FormatInt(n/mega, 10) + "M"
	case n%kilo == 0:
		return strconv.FormatInt(n/kilo, 10) + "K"
	}
	return strconv.FormatInt(n, 10)
}

// appendBar writes one bucket line: the label left-aligned in 16 columns,
// the count right-aligned in 8, and a bar of count/max*52 "@"s computed in
// single precision and truncated, as bpftrace does.
func appendBar(b *strings.Builder, label string, shown, count uint64, maxCount int32) {
	width := 0
	if maxCount > 0 {
		q := float32(float32(count) / float32(maxCount))
		width = int(float32(q * barWidth))
	}
	width = min(width, 1<<16)
	width = max(width, 0)
	fmt.Fprintf(b, "%-16s%8d |%-52s|\n", label, shown, strings.Repeat("@", width))
}
