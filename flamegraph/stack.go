// Package flamegraph turns stacks with values (how often each was seen,
// or how long was spent in it) into the two forms people read them in:
// folded lines ("frame;frame;… value", what flame graph tools take) and
// a flame graph, a self-contained SVG with a title on every frame and
// click-to-zoom. Off-wake stacks, whose frames after a separator frame
// ("--") belong to the thread that woke the one below it, have that half
// drawn in other colours. The package knows nothing of tracing: it takes
// frames as names and kinds.
package flamegraph

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Kind says what a frame is, which decides its colour.
type Kind uint8

// The kinds of frames.
const (
	// Label is a frame that is not a function: a process name, a number.
	Label Kind = iota
	// Kernel is a function of the kernel.
	Kernel
	// User is a function of a user-space program or library.
	User
	// Separator divides an off-wake stack: the frames below it are the
	// thread that slept, the ones above the thread that woke it.
	Separator
)

// SeparatorName is the name of a Separator frame in folded lines, as BCC's
// offwaketime and FlameGraph's chain palette write it.
const SeparatorName = "--"

// Frame is one frame of a stack.
type Frame struct {
	// Name is what the frame shows, with no ';' (folded lines split on
	// it) and no control characters.
	Name string
	Kind Kind
}

// Stack is one stack, its outermost frame (the flame graph's root)
// first, and its value.
type Stack struct {
	Frames []Frame
	Value  uint64
}

// key is the stack as its folded line's frames.
func (s Stack) key() string {
	names := make([]string, len(s.Frames))
	for i, f := range s.Frames {
		names[i] = f.Name
	}
	return strings.Join(names, ";")
}

// Merge sums the values of stacks whose frames read the same (the same
// function at different offsets, say) and returns them in the order of
// their folded lines; stacks without frames or value are left out.
func Merge(stacks []Stack) []Stack {
	byKey := map[string]int{}
	var out []Stack
	for _, s := range stacks {
		if len(s.Frames) == 0 || s.Value == 0 {
			continue
		}
		k := s.key()
		if i, ok := byKey[k]; ok {
			out[i].Value += s.Value
			continue
		}
		byKey[k] = len(out)
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key() < out[j].key() })
	return out
}

// WriteFolded writes stacks as folded lines, "outermost;…;innermost
// value", merged and sorted as Merge does.
func WriteFolded(w io.Writer, stacks []Stack) error {
	bw := bufio.NewWriter(w)
	for _, s := range Merge(stacks) {
		bw.WriteString(s.key())
		bw.WriteByte(' ')
		bw.WriteString(strconv.FormatUint(s.Value, 10))
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing folded stacks: %w", err)
	}
	return nil
}
