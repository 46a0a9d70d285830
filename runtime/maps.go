package runtime

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"

	"github.com/cilium/ebpf"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime/format"
)

var aggKinds = map[lang.AggKind]format.AggKind{
	lang.Count: format.Count, lang.Sum: format.Sum, lang.Avg: format.Avg,
	lang.Min: format.Min, lang.Max: format.Max, lang.Stats: format.Stats,
	lang.Hist: format.Hist, lang.Lhist: format.Lhist,
}

// readMap reads a map from the kernel and merges its per-CPU values. A
// metrics scrape may call it at the same time as the event loop.
func (s *session) readMap(m *codegen.Map) (*format.Map, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, ErrRunEnded
	}
	bm := s.coll.Maps[m.Spec.Name]
	out := &format.Map{Name: m.Name, Kind: aggKinds[m.Info.Value.Agg], Lhist: m.Info.Lhist}
	key := make([]byte, m.KeySize)
	var hists map[string]*format.Entry
	var order []string
	it := bm.Iterate()
	for {
		var values [][]byte
		var ok bool
		if m.PerCPU {
			ok = it.Next(&key, &values)
		} else {
			var v []byte
			ok = it.Next(&key, &v)
			values = [][]byte{v}
		}
		if !ok {
			break
		}
		var keyVals []format.Value
		for _, k := range m.Keys {
			keyVals = append(keyVals, s.decode(key[k.Offset:], k.Type))
		}
		agg := m.Info.Value.Agg
		if m.Info.Value.Kind != lang.Agg {
			out.Entries = append(out.Entries, format.Entry{Key: keyVals, Value: s.decode(values[0], m.Info.Value)})
			continue
		}
		if agg == lang.Hist || agg == lang.Lhist {
			userKey := string(key[:m.BucketOff])
			e := hists[userKey]
			if e == nil {
				if hists == nil {
					hists = map[string]*format.Entry{}
				}
				e = &format.Entry{Key: keyVals}
				hists[userKey] = e
				order = append(order, userKey)
			}
			bucket := int(binary.LittleEndian.Uint64(key[m.BucketOff:]))
			if bucket > 4096 {
				return nil, fmt.Errorf("map %s: bucket index %d out of range", m.Name, bucket)
			}
			for len(e.Buckets) <= bucket {
				e.Buckets = append(e.Buckets, 0)
			}
			for _, v := range values {
				e.Buckets[bucket] += binary.LittleEndian.Uint64(v)
			}
			continue
		}
		// A hash map's key exists only once something was stored under
		// it (or zero() kept it); a keyless array slot always exists, so
		// it shows only when some CPU updated it, or after zero().
		if e, set := mergeAgg(agg, values, m.Info.Arg); set || !m.Keyless || s.zeroed[m] {
			e.Key = keyVals
			out.Entries = append(out.Entries, e)
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("reading map %s: %w", m.Name, err)
	}
	sort.Strings(order)
	for _, k := range order {
		out.Entries = append(out.Entries, *hists[k])
	}
	return out, nil
}

// mergeAgg sums one key's per-CPU aggregation values. It reports whether
// any CPU ever updated the slot; when none did the entry holds zeroes.
func mergeAgg(agg lang.AggKind, values [][]byte, arg *lang.Type) (format.Entry, bool) {
	signed := arg == nil || arg.Signed
	var e format.Entry
	var first, second uint64 // sums of the two words
	var minMax int64 = math.MaxInt64
	var minMaxU uint64 = math.MaxUint64
	if agg == lang.Max {
		minMax, minMaxU = math.MinInt64, 0
	}
	any := false
	for _, v := range values {
		a := binary.LittleEndian.Uint64(v)
		first += a
		if len(v) < 16 {
			continue
		}
		b := binary.LittleEndian.Uint64(v[8:])
		second += b
		if (agg == lang.Min || agg == lang.Max) && b != 0 {
			any = true
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
	case lang.Sum:
		e.Value = intVal(first)
		return e, second != 0
	case lang.Avg, lang.Stats:
		e.Sum, e.Count = int64(first), second
		return e, second != 0
	case lang.Min, lang.Max:
		switch {
		case !any:
			e.Value = intVal(0)
		case signed:
			e.Value = format.Value{Kind: format.Int, I: minMax}
		default:
			e.Value = format.Value{Kind: format.Uint, U: minMaxU}
		}
		return e, any
	}
	return e, false
}

// clearMap deletes every element of a map, or with zero sets every value
// to zero, as clear() and zero() ask.
func (s *session) clearMap(m *codegen.Map, zero bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	bm := s.coll.Maps[m.Spec.Name]
	var keys [][]byte
	key := make([]byte, m.KeySize)
	it := bm.Iterate()
	var discard []byte
	var discardPerCPU [][]byte
	for {
		var ok bool
		if m.PerCPU {
			ok = it.Next(&key, &discardPerCPU)
		} else {
			ok = it.Next(&key, &discard)
		}
		if !ok {
			break
		}
		keys = append(keys, bytes.Clone(key))
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("clearing map %s: %w", m.Name, err)
	}
	if m.Keyless {
		s.zeroed[m] = zero
	}
	// What a zeroed value is written as: one value, or one per CPU.
	var zeroes any = make([]byte, m.ValueSize)
	if m.PerCPU {
		perCPU := make([][]byte, mustPossibleCPUs())
		for i := range perCPU {
			perCPU[i] = make([]byte, m.ValueSize)
		}
		zeroes = perCPU
	}
	for _, k := range keys {
		var err error
		// An array's slots cannot be deleted: clearing one zeroes it.
		if zero || m.Spec.Type == ebpf.PerCPUArray {
			err = bm.Update(k, zeroes, ebpf.UpdateExist)
		} else {
			err = bm.Delete(k)
		}
		if err != nil && !isNotExist(err) {
			return fmt.Errorf("clearing map %s: %w", m.Name, err)
		}
	}
	return nil
}

func mustPossibleCPUs() int {
	n, err := ebpf.PossibleCPU()
	if err != nil {
		return 1
	}
	return n
}

func isNotExist(err error) bool { return errors.Is(err, ebpf.ErrKeyNotExist) }

// printAllMaps prints every map at exit, as bpftrace does (or folded,
// Options.Folded), and draws the flame graph (Options.FlameGraph).
func (s *session) printAllMaps() error {
	var maps []*format.Map
	for _, m := range s.out.Maps {
		fm, err := s.readMap(m)
		if err != nil {
			return err
		}
		maps = append(maps, fm)
	}
	if err := s.writeAllMaps(s.out.Maps, maps); err != nil {
		return err
	}
	if s.opts.FlameGraph != nil {
		return s.writeFlameGraph(s.out.Maps, maps)
	}
	return nil
}
