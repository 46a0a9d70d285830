package runtime

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/cilium/ebpf"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime/format"
)

// A table is one of the script's maps read from the kernel for printing,
// kept compact: a fixed-size record per key (the kernel's key and its
// value merged across CPUs), an order key and a sort value for putting
// the records in bpftrace's order. An entry is decoded only as it is
// written. For a hist or lhist map a record is a key of the script's,
// whose buckets are gathered from the kernel's keys (the key with the
// bucket index). Printing a map of a million count()s takes tens of MB
// this way, where decoding it all first took 744 MB.
type table struct {
	s    *session
	m    *codegen.Map
	kind format.AggKind
	// keySize and valueSize are a record's parts: the kernel key (without
	// the bucket index of hist and lhist), and the merged value (none for
	// hist and lhist, whose buckets are in buckets).
	keySize, valueSize int
	recs               []byte
	n                  int
	buckets            [][]uint64
	// orderKeys holds each record's order key, one after the other;
	// orderEnd where each ends.
	orderKeys []byte
	orderEnd  []uint32
	values    []uint64
	sorting   format.Sorting
}

// readTable reads m from the kernel. A metrics scrape may read maps at
// the same time as the event loop.
func (s *session) readTable(m *codegen.Map) (*table, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, ErrRunEnded
	}
	return s.readTableLocked(m)
}

// readTableLocked is readTable with s.mu held.
func (s *session) readTableLocked(m *codegen.Map) (*table, error) {
	t := &table{s: s, m: m, kind: aggKinds[m.Info.Value.Agg], keySize: m.KeySize, valueSize: m.ValueSize}
	agg := m.Info.Value.Agg
	bucketed := m.Bucketed()
	stride := roundUp8(m.ValueSize)
	cpus := 1
	if m.PerCPU {
		cpus = PossibleCPUs()
	}
	var group map[string]int
	if bucketed {
		t.keySize, t.valueSize = m.BucketOff, 0
		group = map[string]int{}
	}
	// A keyless hist or lhist is an array with a slot per bucket, every
	// slot there from the start: a slot no CPU counted in is left out,
	// as a hash holds no key for it, and the map has no entry until some
	// slot counts, or zero() kept the counts it had (see clearMap).
	array := m.Spec.Type == ebpf.PerCPUArray
	err := eachElement(s.coll.Maps[m.Spec.Name], m.PerCPU, func(key, value []byte) error {
		if bucketed {
			var bucket, sum uint64
			if array {
				bucket = uint64(binary.LittleEndian.Uint32(key))
			} else {
				bucket = binary.LittleEndian.Uint64(key[m.BucketOff:])
			}
			if bucket > 4096 {
				return fmt.Errorf("bucket index %d out of range", bucket)
			}
			for cpu := range cpus {
				sum += binary.LittleEndian.Uint64(value[cpu*stride:])
			}
			if array && sum == 0 && !s.zeroed[m] {
				return nil
			}
			i, ok := group[string(key[:m.BucketOff])]
			if !ok {
				i = t.n
				group[string(key[:m.BucketOff])] = i
				t.recs = append(t.recs, key[:m.BucketOff]...)
				t.buckets = append(t.buckets, nil)
				t.n++
			}
			if array && sum == 0 {
				return nil
			}
			b := t.buckets[i]
			for len(b) <= int(bucket) {
				b = append(b, 0)
			}
			b[bucket] += sum
			t.buckets[i] = b
			return nil
		}
		start := len(t.recs)
		t.recs = append(t.recs, key...)
		t.recs = append(t.recs, value[:m.ValueSize]...)
		if m.Info.Value.Kind == lang.Agg {
			merged := t.recs[start+m.KeySize:]
			mergeCPUs(agg, m.Info.Arg, value, stride, cpus, merged)
			// A hash map's key exists only once something was stored
			// under it (or zero() kept it); a keyless array slot always
			// exists, so it shows only when some CPU updated it, or after
			// zero(); or, as bpftrace 0.17 prints them, always for a
			// count ("@: 0").
			if _, set := aggEntry(agg, merged, m.Info.Arg); !set && m.Keyless && !s.zeroed[m] && agg != lang.Count {
				t.recs = t.recs[:start]
				return nil
			}
		}
		t.n++
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading map %s: %w", m.Name, err)
	}
	t.sort()
	return t, nil
}

// record is record i's kernel key and merged value.
func (t *table) record(i int) (key, value []byte) {
	size := t.keySize + t.valueSize
	r := t.recs[i*size : (i+1)*size]
	return r[:t.keySize], r[t.keySize:]
}

// entry decodes record i into e, its key parts into keys' storage.
func (t *table) entry(i int, e *format.Entry, keys []format.Value) {
	key, value := t.record(i)
	keys = keys[:0]
	for _, k := range t.m.Keys {
		keys = append(keys, t.s.decode(key[k.Offset:], k.Type))
	}
	*e = format.Entry{Key: keys}
	switch {
	case t.buckets != nil:
		e.Buckets = t.buckets[i]
	case t.m.Info.Value.Kind == lang.Agg:
		*e, _ = aggEntry(t.m.Info.Value.Agg, value, t.m.Info.Arg)
		e.Key = keys
	default:
		e.Value = t.s.decode(value, t.m.Info.Value)
	}
}

// sort works out the records' order keys and sort values.
func (t *table) sort() {
	t.orderEnd = make([]uint32, t.n)
	t.values = make([]uint64, t.n)
	t.sorting = format.Sorting{Kind: t.kind, N: t.n, ByValue: true,
		Key: func(i int) []byte {
			start := uint32(0)
			if i > 0 {
				start = t.orderEnd[i-1]
			}
			return t.orderKeys[start:t.orderEnd[i]]
		},
		Value: func(i int) uint64 { return t.values[i] },
	}
	var e format.Entry
	keys := make([]format.Value, 0, len(t.m.Keys))
	for i := range t.n {
		t.entry(i, &e, keys)
		t.orderKeys = format.AppendOrderKey(t.orderKeys, t.kind, e.Key)
		t.orderEnd[i] = uint32(len(t.orderKeys))
		v, signed, ok := format.SortValue(t.kind, &e)
		t.values[i] = v
		t.sorting.Signed = t.sorting.Signed || signed
		t.sorting.ByValue = t.sorting.ByValue && ok
	}
}

// write writes the table's entries in bpftrace's order, the last top of
// them when top > 0, with values divided by div, as print(@m, top, div)
// and the maps printed at exit do.
func (t *table) write(top, div int) error {
	fm := &format.Map{Name: t.m.Name, Kind: t.kind, Lhist: t.m.Info.Lhist, Style: t.s.opts.Style}
	w := format.NewMapWriter(t.s.opts.Out, fm, div, t.s.opts.JSON)
	var e format.Entry
	keys := make([]format.Value, 0, len(t.m.Keys))
	for _, i := range format.TopOf(format.Order(t.sorting), top, t.kind) {
		t.s.mu.Lock() // decoding reads stacks, which a scrape may too
		t.entry(int(i), &e, keys)
		t.s.mu.Unlock()
		if err := w.Write(&e); err != nil {
			return err
		}
	}
	return w.Close()
}

// printMap prints m as it is now in the kernel, as print(@m, top, div)
// asks: streamed as text or JSON, or, folded (Options.Folded) when it is
// keyed by stacks, read whole.
func (s *session) printMap(m *codegen.Map, top, div int) error {
	return s.writeTable(m, top, div, false)
}

// printMapCall prints m as print(@m, top, div) asks: as printMap, but a
// keyless map nothing set yet prints its zero, as today's bpftrace
// prints it there (not at exit).
func (s *session) printMapCall(m *codegen.Map, top, div int) error {
	return s.writeTable(m, top, div, s.opts.Style == format.Current)
}

// writeTable prints m, with unsetAsZero a keyless map nothing set as its
// value's zero.
func (s *session) writeTable(m *codegen.Map, top, div int, unsetAsZero bool) error {
	if s.opts.Folded && StackKeyed(m) {
		fm, err := s.readMap(m)
		if err != nil {
			return err
		}
		return s.writeMap(m, fm, top, div)
	}
	t, err := s.readTable(m)
	if err != nil {
		return err
	}
	if t.n == 0 && m.Keyless && !m.Bucketed() && unsetAsZero {
		// Today's bpftrace prints a keyless map nothing has set as
		// its value's zero ("@: 0"); bpftrace 0.17 printed nothing.
		t.recs = make([]byte, t.keySize+t.valueSize)
		t.n = 1
		t.sort()
	}
	return t.write(top, div)
}

// mergeCPUs merges an aggregation's per-CPU values (each stride bytes
// apart) into one value of the same layout in dst: counts and sums
// added, the least or greatest of the CPUs' set minima or maxima with
// "set" when any CPU's is.
func mergeCPUs(agg lang.AggKind, arg *lang.Type, values []byte, stride, cpus int, dst []byte) {
	signed := arg == nil || arg.Signed
	word := func(cpu, w int) uint64 { return binary.LittleEndian.Uint64(values[cpu*stride+8*w:]) }
	var first, second uint64
	minMax, minMaxU, set := int64(math.MaxInt64), uint64(math.MaxUint64), false
	if agg == lang.Max {
		minMax, minMaxU = math.MinInt64, 0
	}
	for cpu := range cpus {
		a := word(cpu, 0)
		first += a
		if len(dst) < 16 {
			continue
		}
		b := word(cpu, 1)
		second += b
		if (agg == lang.Min || agg == lang.Max) && b != 0 {
			set = true
			switch {
			case agg == lang.Min && signed:
				minMax = min(minMax, int64(a))
			case agg == lang.Min:
				minMaxU = min(minMaxU, a)
			case signed:
				minMax = max(minMax, int64(a))
			default:
				minMaxU = max(minMaxU, a)
			}
		}
	}
	switch {
	case agg == lang.Min || agg == lang.Max:
		v, s := uint64(0), uint64(0)
		if set {
			v, s = minMaxU, 1
			if signed {
				v = uint64(minMax)
			}
		}
		binary.LittleEndian.PutUint64(dst, v)
		binary.LittleEndian.PutUint64(dst[8:], s)
	case len(dst) >= 16:
		binary.LittleEndian.PutUint64(dst, first)
		binary.LittleEndian.PutUint64(dst[8:], second)
	default:
		binary.LittleEndian.PutUint64(dst, first)
	}
}

// aggEntry decodes a merged aggregation value (mergeCPUs). It reports
// whether the value was ever updated; when not, the entry holds zeroes.
func aggEntry(agg lang.AggKind, v []byte, arg *lang.Type) (format.Entry, bool) {
	signed := arg == nil || arg.Signed
	var e format.Entry
	first := binary.LittleEndian.Uint64(v)
	var second uint64
	if len(v) >= 16 {
		second = binary.LittleEndian.Uint64(v[8:])
	}
	intVal := func(w uint64) format.Value {
		if signed {
			return format.Value{Kind: format.Int, I: int64(w)}
		}
		return format.Value{Kind: format.Uint, U: w}
	}
	switch agg {
	case lang.Count:
		e.Value = format.Value{Kind: format.Uint, U: first}
		return e, first != 0
	case lang.Sum, lang.Min, lang.Max:
		// second is the sum's count of updates, or min's and max's "set".
		e.Value = intVal(first)
		return e, second != 0
	case lang.Avg, lang.Stats:
		e.Sum, e.Count = int64(first), second
		return e, second != 0
	}
	return e, false
}
