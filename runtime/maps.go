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

// clearMap deletes every element of a map, or with zero sets every value
// to zero, as clear() and zero() ask.
func (s *session) clearMap(m *codegen.Map, zero bool) error {
	bm := s.coll.Maps[m.Spec.Name]
	var keys [][]byte
	err := eachElement(bm, m.PerCPU, func(key, _ []byte) error {
		keys = append(keys, bytes.Clone(key))
		return nil
	})
	if err != nil {
		return fmt.Errorf("clearing map %s: %w", m.Name, err)
	}
	if m.Keyless {
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
	if err != nil {
		return 1
	}
	return n
}

func isNotExist(err error) bool { return errors.Is(err, ebpf.ErrKeyNotExist) }
