package runtime

import "errors"

// ErrNoTracefs is tracefs not mounted and not mountable, which tracepoints
// cannot do without. The CLI tells it by errors.Is and gives it its own
// exit status. (A kernel without BPF ring buffers is not an error: events
// go through perf buffers there.)
var ErrNoTracefs = errors.New("no tracefs")

// tracefsError says why tracefs cannot be used: not mounted and not
// mountable, or mounted but readable only by root. It is ErrNoTracefs to
// errors.Is, and a lang.EnvironmentError, so the checker says it once.
type tracefsError struct{ msg string }

func (e *tracefsError) Error() string        { return e.msg }
func (e *tracefsError) Is(target error) bool { return target == ErrNoTracefs }
func (e *tracefsError) Environment()         {}

// MissingBTF returns the error loading BTF gave, when the checker asked
// for BTF and there was none (nil otherwise).
func (e *KernelEnv) MissingBTF() error {
	if e.spec == nil && e.btfErr != nil {
		return e.btfErr
	}
	return nil
}

// MissingTracefs returns the error tracefs gave, when the checker needed
// tracefs and it was neither mounted nor mountable (nil otherwise).
func (e *KernelEnv) MissingTracefs() error {
	return e.tracefsErr
}
