package runtime

import (
	"strings"
	"testing"

	"github.com/cilium/ebpf"

	"github.com/ntrace/ntrace/codegen"
)

// The programs count each refused update in the word of its errno; the
// warnings name the cause the errno stands for (E2BIG: full, ENOMEM, EBUSY)
// or the errno itself, report only what is new since the last report,
// and add up to the total given at the end.
func TestDropWarningsByErrno(t *testing.T) {
	var warn strings.Builder
	s := &session{
		opts: Options{Warn: func(m string) { warn.WriteString(m + "\n") }},
		out: &codegen.Output{Maps: []*codegen.Map{
			{Name: "@a", Index: 0, Spec: &ebpf.MapSpec{MaxEntries: 8}},
			{Name: "@b", Index: 1, Spec: &ebpf.MapSpec{MaxEntries: 16}},
		}},
	}
	words := make([]uint64, 2*codegen.DropSlots)
	b := codegen.DropSlots
	words[b+7], words[b+12], words[b+16], words[b+17], words[b+codegen.DropSlots-1] = 3, 2, 1, 4, 5
	s.warnDrops(words, false)
	want := `map @b is full (16 entries): 3 updates dropped; raise the limit with --map-size
map @b (16 entries at most): 2 updates dropped: the kernel had no memory ready for a new element (elements are allocated as keys arrive; a burst of new keys where interrupts are off can outrun the refill)
map @b (16 entries at most): 1 updates dropped: the map was busy, already being updated on the same CPU (a probe that fired inside another's update of it)
map @b (16 entries at most): 4 updates dropped: the kernel refused them: file exists
map @b (16 entries at most): 5 updates dropped: the kernel refused them: errno 127 or above
`
	if got := warn.String(); got != want {
		t.Errorf("first report:\n%s\nwant:\n%s", got, want)
	}
	warn.Reset()
	words[b+7] = 10
	s.warnDrops(words, true)
	want = `map @b is full (16 entries): 7 updates dropped; raise the limit with --map-size
map @b dropped 22 updates in all
`
	if got := warn.String(); got != want {
		t.Errorf("final report:\n%s\nwant:\n%s", got, want)
	}
	if got := droppedFull(words, 1); got != 10 {
		t.Errorf("droppedFull = %d, want 10", got)
	}
}
