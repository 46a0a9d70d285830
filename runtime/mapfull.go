package runtime

import (
	"fmt"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/runtime/format"
)

// reportFull warns about updates that full maps refused since the last
// report, per map; at the end it adds a total for each map that refused
// any. The programs count them per CPU in codegen.FullMap, one slot per
// map. In JSON mode each report is also a line of the output, where a
// consumer counts them.
func (s *session) reportFull(final bool) {
	m := s.coll.Maps[codegen.FullMap]
	if m == nil {
		return
	}
	if s.full == nil {
		s.full = make([]uint64, len(s.out.Maps))
	}
	for _, mp := range s.out.Maps {
		var perCPU []uint64
		if err := m.Lookup(uint32(mp.Index), &perCPU); err != nil {
			continue
		}
		var total uint64
		for _, n := range perCPU {
			total += n
		}
		if total > s.full[mp.Index] {
			s.opts.Warn(fmt.Sprintf("map %s is full (%d entries): %d updates dropped; raise the limit with --map-size",
				mp.Name, mp.Spec.MaxEntries, total-s.full[mp.Index]))
			if s.opts.JSON {
				fmt.Fprintf(s.opts.Out, "{\"type\": \"map_full\", \"data\": {\"map\": %s, \"entries\": %d, \"dropped\": %d}}\n",
					format.JSONString(mp.Name), mp.Spec.MaxEntries, total-s.full[mp.Index])
			}
			s.full[mp.Index] = total
		}
		if final && total > 0 {
			s.opts.Warn(fmt.Sprintf("map %s dropped %d updates in all", mp.Name, total))
		}
	}
}
