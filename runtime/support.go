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
