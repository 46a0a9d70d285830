package runtime

import (
	"encoding/binary"
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
// each map that refused any. The programs count them in codegen.FullMap's
// one value, codegen.DropSlots words per map, a word per errno. In JSON
// mode each report is also a line of the output, where a consumer counts
// them: a "map_full" line when the map was full, a "map_dropped" line
// with the reason otherwise.
func (s *session) reportFull(final bool) {
	m := s.coll.Maps[codegen.FullMap]
	if m == nil {
		return
	}
	s.warnDrops(dropWords(m), final)
}

// warnDrops is reportFull's for the words read.
func (s *session) warnDrops(words []uint64, final bool) {
	if s.full == nil {
		s.full = make([]uint64, len(words))
	}
	for _, mp := range s.out.Maps {
		var all uint64
		base := mp.Index * codegen.DropSlots
		if base+codegen.DropSlots > len(words) {
			continue
		}
		for errno := range codegen.DropSlots {
			slot := base + errno
			total := words[slot]
			all += total
			if total <= s.full[slot] {
				continue
			}
			dropped := total - s.full[slot]
			s.full[slot] = total
			cause := codegen.DropCauseOf(errno)
			args := []any{mp.Name, mp.Spec.MaxEntries, dropped}
			if cause == codegen.DropOther {
				args = append(args, errnoOf(errno))
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

// dropWords reads codegen.FullMap's one value: codegen.DropSlots words per
// map of the script. Nil when m is nil (a script none of whose maps can
// refuse an update has none) or cannot be read.
func dropWords(m *ebpf.Map) []uint64 {
	if m == nil {
		return nil
	}
	buf := make([]byte, m.ValueSize())
	if err := m.Lookup(uint32(0), buf); err != nil {
		return nil
	}
	words := make([]uint64, len(buf)/8)
	for i := range words {
		words[i] = binary.NativeEndian.Uint64(buf[i*8:])
	}
	return words
}

// droppedFull is how many updates map index's map refused for being full.
func droppedFull(words []uint64, index int) uint64 {
	var n uint64
	for errno := range codegen.DropSlots {
		if slot := index*codegen.DropSlots + errno; slot < len(words) && codegen.DropCauseOf(errno) == codegen.DropFull {
			n += words[slot]
		}
	}
	return n
}

// errnoOf names the errno of a FullMap word; the last word counts the
// errnos from its own up.
func errnoOf(errno int) error {
	if errno == codegen.DropSlots-1 {
		return fmt.Errorf("errno %d or above", errno)
	}
	return unix.Errno(errno)
}
