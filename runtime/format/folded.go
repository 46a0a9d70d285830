package format

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/ntrace/ntrace/flamegraph"
)

// Folded stacks: a map keyed by kstack or ustack written as flame graph
// tools read it. Each entry is one stack: its key's parts in order, a
// stack part as its frames outermost first (the flame graph's root side)
// and any other part as one frame ("comm, kstack" puts the process name
// under its stack). A key part that is the string "--" divides an
// off-wake key (the blocked thread, "--", the thread that woke it): it
// becomes a separator frame, and the stacks after it are written
// innermost first, so that the line runs from the sleeper's root to where
// it blocked, then from where the waker woke it out to the waker's root,
// as BCC's offwaketime folds them. Frames are named by symbol alone, no
// offset (so one function is one frame wherever in it the stack was),
// "[unknown]" when no symbol is known; names are escaped as Safe does,
// and ';', which separates frames, as \x3b. Empty strings and empty
// stacks add no frame; a stack the kernel could not record is one frame
// saying so.

// Folds reports whether a map of this kind keyed by these values can be
// folded: its values must add up (count(), sum(), or an integer).
func Folds(kind AggKind, integer bool) bool {
	switch kind {
	case Count, Sum:
		return true
	case Plain:
		return integer
	}
	return false
}

// Fold turns a map keyed by stacks into stacks for flamegraph, one per
// entry with a value above zero, each starting with a frame naming the
// map when withName is set (to tell several maps apart in one graph).
func Fold(m *Map, withName bool) ([]flamegraph.Stack, error) {
	if !Folds(m.Kind, true) {
		return nil, fmt.Errorf("map %s cannot be folded: its values do not add up (it needs count(), sum() or an integer)", m.Name)
	}
	var stacks []flamegraph.Stack
	for _, e := range m.Entries {
		value, ok := foldValue(m.Kind, e)
		if !ok {
			continue
		}
		var frames []flamegraph.Frame
		if withName {
			frames = append(frames, flamegraph.Frame{Name: foldName(m.Name), Kind: flamegraph.Label})
		}
		waker := false
		for _, k := range e.Key {
			switch {
			case k.Kind == String && k.S == flamegraph.SeparatorName && !waker:
				waker = true
				frames = append(frames, flamegraph.Frame{Name: flamegraph.SeparatorName, Kind: flamegraph.Separator})
			case k.Kind == Stack:
				frames = append(frames, stackFrames(k, waker)...)
			default:
				if text := keyPartString(k, false); text != "" {
					frames = append(frames, flamegraph.Frame{Name: foldName(text), Kind: flamegraph.Label})
				}
			}
		}
		stacks = append(stacks, flamegraph.Stack{Frames: frames, Value: value})
	}
	return stacks, nil
}

// foldValue is an entry's value as a count, and whether it is above zero.
func foldValue(kind AggKind, e Entry) (uint64, bool) {
	v := e.Value
	if kind == Count || v.Kind == Uint {
		return v.U, v.U > 0
	}
	return uint64(v.I), v.I > 0
}

// stackFrames are a stack's frames, outermost first or, in the waker's
// half, innermost first.
func stackFrames(v Value, waker bool) []flamegraph.Frame {
	kind := flamegraph.Kernel
	if v.User {
		kind = flamegraph.User
	}
	var frames []flamegraph.Frame
	if v.S != "" {
		frames = append(frames, flamegraph.Frame{Name: foldName(v.S), Kind: flamegraph.Label})
	}
	for _, f := range v.Frames {
		name := f.Sym
		if name == "" {
			name = "[unknown]"
		}
		frames = append(frames, flamegraph.Frame{Name: foldName(name), Kind: kind})
	}
	if !waker {
		slices.Reverse(frames)
	}
	return frames
}

// foldName escapes a frame's name for a folded line.
func foldName(s string) string {
	return strings.ReplaceAll(Safe(s), ";", `\x3b`)
}

// WriteFolded writes maps keyed by stacks as folded lines, merged and
// sorted (flamegraph.WriteFolded); with several maps each line starts
// with its map's name.
func WriteFolded(w io.Writer, maps []*Map) error {
	stacks, err := FoldMaps(maps)
	if err != nil {
		return err
	}
	return flamegraph.WriteFolded(w, stacks)
}

// FoldMaps folds maps, each line starting with its map's name when there
// are several.
func FoldMaps(maps []*Map) ([]flamegraph.Stack, error) {
	var stacks []flamegraph.Stack
	for _, m := range byName(maps) {
		s, err := Fold(m, len(maps) > 1)
		if err != nil {
			return nil, err
		}
		stacks = append(stacks, s...)
	}
	return stacks, nil
}
