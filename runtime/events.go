package runtime

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime/format"
)

// handle acts on one ring buffer record.
func (s *session) handle(rec []byte) error {
	if len(rec) < s.out.HeaderSize {
		return fmt.Errorf("short event record (%d bytes)", len(rec))
	}
	id := int(binary.LittleEndian.Uint32(rec))
	if id >= len(s.out.Events) {
		return fmt.Errorf("event record with unknown id %d", id)
	}
	ev := s.out.Events[id]
	if len(rec) < ev.Size {
		return fmt.Errorf("event %d: record of %d bytes, expected %d", id, len(rec), ev.Size)
	}
	w := s.opts.Out
	switch ev.Kind {
	case codegen.PrintfEvent:
		args := s.decodeSlots(rec, s.printfArgs[id])
		text := format.Sprintf(pieces(ev.Format), args)
		if s.opts.JSON {
			return format.PrintfJSON(w, text)
		}
		_, err := fmt.Fprint(w, text)
		return err
	case codegen.PrintEvent:
		v := s.decodeSlots(rec, ev.Args)[0]
		if s.opts.JSON {
			return format.WriteValueJSON(w, v)
		}
		return format.WriteValue(w, v)
	case codegen.PrintMapEvent:
		return s.printMap(ev.Map, int(ev.Top), int(ev.Div))
	case codegen.ClearEvent:
		return s.clearMap(ev.Map, false)
	case codegen.ZeroEvent:
		return s.clearMap(ev.Map, true)
	case codegen.TimeEvent:
		text := format.TimeString(ev.Time, time.Now())
		if s.opts.JSON {
			return format.TimeJSON(w, text)
		}
		_, err := fmt.Fprint(w, text)
		return err
	case codegen.ExitEvent:
		s.exit = true
	case codegen.WatchEvent:
		return s.armWatch(ev, rec)
	}
	return nil
}

// pieces converts a checked printf format for the formatter.
func pieces(f *lang.Format) []format.Piece {
	out := make([]format.Piece, len(f.Pieces))
	for i, p := range f.Pieces {
		// The formatter wants the text as written, with %% still doubled.
		out[i].Text = strings.ReplaceAll(p.Text, "%", "%%")
		if v := p.Verb; v != nil {
			out[i].Verb = &format.Verb{Flags: v.Flags, Width: v.Width, Precision: v.Precision, Length: v.Length, Conv: v.Conv}
		}
	}
	return out
}

// printfSlots returns, for each event by id, the slots a printf event's
// arguments are decoded from (nil for the other kinds). An enum prints by
// name with %s and as its number with any other verb: for those, the
// slot's type is the enum's without its BTF. Worked out once per run, so
// a record costs a slice index.
func printfSlots(events []*codegen.Event) [][]codegen.Slot {
	out := make([][]codegen.Slot, len(events))
	for id, ev := range events {
		if ev.Kind != codegen.PrintfEvent {
			continue
		}
		slots, cloned := ev.Args, false
		for i, v := range ev.Format.Verbs {
			if t := ev.Args[i].Type; v.Conv != 's' && t.BTF != nil && t.Kind == lang.Int {
				if !cloned {
					slots, cloned = slices.Clone(ev.Args), true
				}
				plain := *t
				plain.BTF = nil
				slots[i].Type = &plain
			}
		}
		out[id] = slots
	}
	return out
}
