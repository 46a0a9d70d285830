package runtime

import (
	"errors"
	"fmt"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/runtime/format"
)

// dropReasons says, for each codegen.DropCause, what the warning tells the
// user and the reason a JSON line names.
var dropReasons = [codegen.NumDropCauses]struct{ warning, json string }{
	codegen.DropFull:     {"map %s is full (%d entries): %d updates dropped; raise the limit with --map-size", "full"},
	codegen.DropNoMemory: {"map %s (%d entries at most): %d updates dropped: the kernel had no memory ready for a new element (elements are allocated as keys arrive; a burst of new keys where interrupts are off can outrun the refill)", "no_memory"},
	codegen.DropBusy:     {"map %s (%d entries at most): %d updates dropped: the map was busy, already being updated on the same CPU (a probe that fired inside another's update of it)", "busy"},
	codegen.DropOther:    {"map %s (%d entries at most): %d updates dropped: the kernel refused them: %v", "error"},
}

// reportFull warns about updates that maps refused since the last report,
// per map and per reason the kernel gave; at the end it adds a total for
// each map that refused any. The programs count them per CPU in
// codegen.FullMap, codegen.DropSlots slots per map. In JSON mode each
// report is also a line of the output, where a consumer counts them: a
// "map_full" line when the map was full, a "map_dropped" line with the
// reason otherwise.
func (s *session) reportFull(final bool) {
	m := s.coll.Maps[codegen.FullMap]
	if m == nil {
		return
	}
	if s.full == nil {
		// DropSlots per map of the script, made or not (Map.Index).
		s.full = make([]uint64, s.out.Collection.Maps[codegen.FullMap].MaxEntries)
	}
	for _, mp := range s.out.Maps {
		var all uint64
		base := mp.Index * int(codegen.DropSlots)
		for cause := range codegen.NumDropCauses {
			slot := base + int(cause)
			total := sumSlot(m, slot)
			all += total
			if total <= s.full[slot] {
				continue
			}
			dropped := total - s.full[slot]
			s.full[slot] = total
			args := []any{mp.Name, mp.Spec.MaxEntries, dropped}
			if cause == codegen.DropOther {
				args = append(args, lastErrno(m, base+int(codegen.DropErrno)))
			}
			s.opts.Warn(fmt.Sprintf(dropReasons[cause].warning, args...))
			if !s.opts.JSON {
				continue
			}
			if cause == codegen.DropFull {
				fmt.Fprintf(s.opts.Out, "{\"type\": \"map_full\", \"data\": {\"map\": %s, \"entries\": %d, \"dropped\": %d}}\n",
					format.JSONString(mp.Name), mp.Spec.MaxEntries, dropped)
			} else {
				fmt.Fprintf(s.opts.Out, "{\"type\": \"map_dropped\", \"data\": {\"map\": %s, \"reason\": %q, \"dropped\": %d}}\n",
					format.JSONString(mp.Name), dropReasons[cause].json, dropped)
			}
		}
		if final && all > 0 {
			s.opts.Warn(fmt.Sprintf("map %s dropped %d updates in all", mp.Name, all))
		}
	}
}

// sumSlot is the total over the CPUs of a slot of the per-CPU array m.
func sumSlot(m *ebpf.Map, slot int) uint64 {
	var perCPU []uint64
	if err := m.Lookup(uint32(slot), &perCPU); err != nil {
		return 0
	}
	var total uint64
	for _, n := range perCPU {
		total += n
	}
	return total
}

// lastErrno is the error a CPU recorded in a DropErrno slot.
func lastErrno(m *ebpf.Map, slot int) error {
	var perCPU []uint64
	if err := m.Lookup(uint32(slot), &perCPU); err == nil {
		for _, n := range perCPU {
			if n != 0 {
				return unix.Errno(n)
			}
		}
	}
	return errors.New("an error it did not say")
}
