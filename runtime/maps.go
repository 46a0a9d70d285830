package runtime

import (
	"bytes"
	"errors"
	"fmt"

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

// readMap reads a map from the kernel, merges its per-CPU values and
// decodes every entry, for what needs the whole map at once (metrics,
// folded stacks, flame graphs; printing streams it instead, see
// printMap). A metrics scrape may call it at the same time as the event
// loop.
func (s *session) readMap(m *codegen.Map) (*format.Map, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, ErrRunEnded
	}
	t, err := s.readTableLocked(m)
	if err != nil {
		return nil, err
	}
	out := &format.Map{Name: m.Name, Kind: t.kind, Lhist: m.Info.Lhist, Entries: make([]format.Entry, t.n), Style: s.opts.Style}
	for i := range out.Entries {
		t.entry(i, &out.Entries[i], make([]format.Value, 0, len(m.Keys)))
	}
	return out, nil
}

// clearMap deletes every element of a map, or with zero sets every value
// to zero, as clear() and zero() ask.
func (s *session) clearMap(m *codegen.Map, zero bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	bm := s.coll.Maps[m.Spec.Name]
	array := m.Spec.Type == ebpf.PerCPUArray
	var keys [][]byte
	counted := false // some slot of an array holds a value
	err := eachElement(bm, m.PerCPU, func(key, value []byte) error {
		if array && allZero(value) {
			return nil // an array's slot is cleared by zeroing it: this one is
		}
		counted = counted || array
		keys = append(keys, bytes.Clone(key))
		return nil
	})
	if err != nil {
		return fmt.Errorf("clearing map %s: %w", m.Name, err)
	}
	switch {
	case array && m.Bucketed():
		// A hash keeps the buckets zero() zeroed until clear(): the
		// map then prints as an entry with no counts, as it does
		// once any bucket was counted in before some zero().
		s.zeroed[m] = zero && (counted || s.zeroed[m])
	case m.Keyless:
		s.zeroed[m] = zero
	}
	// What a zeroed value is written as: one value, or one per CPU.
	var zeroes any = make([]byte, m.ValueSize)
	if m.PerCPU {
		perCPU := make([][]byte, PossibleCPUs())
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

// PossibleCPUs is the number of CPUs per-CPU maps keep a value for; 1
// when it cannot be read.
func PossibleCPUs() int {
	n, err := ebpf.PossibleCPU()
	if err != nil || n < 1 {
		return 1
	}
	return n
}

// allZero reports whether b holds only zero bytes.
func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

func isNotExist(err error) bool { return errors.Is(err, ebpf.ErrKeyNotExist) }

// printAllMaps prints every map at exit, as bpftrace does (or folded,
// Options.Folded), and draws the flame graph (Options.FlameGraph). As
// text or JSON, each map streams (printMap): in the order of their names
// (Output.Maps'), text after format.ExitPreamble.
func (s *session) printAllMaps() error {
	if !s.opts.Folded && s.opts.FlameGraph == nil {
		if !s.opts.JSON {
			if _, err := fmt.Fprint(s.opts.Out, format.ExitPreamble); err != nil {
				return fmt.Errorf("write maps: %w", err)
			}
		}
		for _, m := range s.out.Maps {
			if err := s.printMap(m, 0, 0); err != nil {
				return err
			}
		}
		return nil
	}
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
