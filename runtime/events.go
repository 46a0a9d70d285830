package runtime

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"os/exec"
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
		return format.WriteValue(w, v, s.opts.Style)
	case codegen.PrintMapEvent:
		return s.printMapCall(ev.Map, int(ev.Top), int(ev.Div))
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
		// The status is in ExitMap, which the probe wrote first.
		if _, err := s.takeExitWord(); err != nil {
			return err
		}
		s.exit = true
	case codegen.WatchEvent:
		return s.armWatch(ev, rec)
	case codegen.WarnEvent:
		if s.warned == nil {
			s.warned = map[int]uint64{}
		}
		if s.warned[id]++; s.warned[id] == 1 {
			s.opts.Warn(ev.Message)
		}
	case codegen.JoinEvent:
		text := joinSlots(rec[s.out.HeaderSize:], ev.Sep) + "\n"
		if s.opts.JSON {
			return format.WriteMessageJSON(w, "join", strings.TrimSuffix(text, "\n"))
		}
		_, err := io.WriteString(w, format.Safe(strings.TrimSuffix(text, "\n"))+"\n")
		return err
	case codegen.CatEvent:
		return s.cat(ev, rec)
	case codegen.SystemEvent:
		return s.system(ev, rec)
	}
	return nil
}

// reportWarnings says how often each warning a program sent more than
// once was sent in all.
func (s *session) reportWarnings() {
	for _, ev := range s.out.Events {
		if n := s.warned[ev.ID]; n > 1 {
			s.opts.Warn(fmt.Sprintf("%s (%d times in all)", ev.Message, n))
		}
	}
}

// joinSlots joins the strings of join()'s slots with sep, up to the first
// empty one.
func joinSlots(b []byte, sep string) string {
	var parts []string
	for i := 0; i < lang.MaxJoinArgs && (i+1)*lang.MaxJoinArgLen <= len(b); i++ {
		slot := b[i*lang.MaxJoinArgLen : (i+1)*lang.MaxJoinArgLen]
		if n := bytes.IndexByte(slot, 0); n >= 0 {
			slot = slot[:n]
		}
		if len(slot) == 0 {
			break
		}
		parts = append(parts, string(slot))
	}
	return strings.Join(parts, sep)
}

// cat prints the file cat() names (its first Options.CatBytes bytes), as
// it is; a file that cannot be read is a warning, as in bpftrace.
func (s *session) cat(ev *codegen.Event, rec []byte) error {
	name := format.Sprintf(pieces(ev.Format), s.decodeSlots(rec, ev.Args))
	n := s.opts.CatBytes
	if n <= 0 {
		n = lang.MaxCatBytes
	}
	text, err := readHead(name, n)
	if err != nil {
		s.opts.Warn(fmt.Sprintf("cat: %v", err))
		return nil
	}
	if s.opts.JSON {
		return format.WriteMessageJSON(s.opts.Out, "cat", string(text))
	}
	_, err = s.opts.Out.Write(text)
	return err
}

// drainStopped drains what the probes sent before they stopped; if a
// signal stopped them, the system() calls among it are counted, not run,
// and their number is reported (see Options.Interrupted).
func (s *session) drainStopped() error {
	var signal string
	if s.opts.Interrupted != nil {
		signal = s.opts.Interrupted()
	}
	s.skipSystem = signal != ""
	err := s.drain()
	s.skipSystem = false
	if n := s.skippedSystem; n > 0 {
		calls := "calls were"
		if n == 1 {
			calls = "call was"
		}
		s.opts.Warn(fmt.Sprintf("%d system() %s not run: the probes queued them before %s stopped the run", n, calls, signal))
	}
	return err
}

// system runs the command system() made with /bin/sh and waits for it,
// as bpftrace does (events wait meanwhile); what it writes on stdout is
// printed where the script's output goes, its stderr goes to
// Options.CommandStderr. A command that fails or cannot start is a
// warning.
func (s *session) system(ev *codegen.Event, rec []byte) error {
	if s.skipSystem {
		s.skippedSystem++
		return nil
	}
	command := format.Sprintf(pieces(ev.Format), s.decodeSlots(rec, ev.Args))
	cmd := exec.Command("/bin/sh", "-c", command)
	cmd.Stderr = s.opts.CommandStderr
	out, err := cmd.Output()
	if err != nil {
		s.opts.Warn(fmt.Sprintf("system(%q): %v", command, err))
	}
	if s.opts.JSON {
		return format.WriteMessageJSON(s.opts.Out, "syscall", string(out))
	}
	_, werr := s.opts.Out.Write(out)
	return werr
}

// readHead reads the first n bytes of a file (fewer when it is shorter).
func readHead(name string, n int) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, int64(n)))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return b, nil
}

// pieces converts a checked printf format for the formatter.
func pieces(f *lang.Format) []format.Piece {
	out := make([]format.Piece, len(f.Pieces))
	for i, p := range f.Pieces {
		// The formatter wants the text as written, with %% still doubled.
		out[i].Text = strings.ReplaceAll(p.Text, "%", "%%")
		if v := p.Verb; v != nil {
			out[i].Verb = &format.Verb{Flags: v.Flags, Width: v.Width, Precision: v.Precision, Length: v.Length, Conv: v.Conv, BufMode: v.BufMode}
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
