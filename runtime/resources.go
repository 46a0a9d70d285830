package runtime

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

// ScriptError is a run failing for want of something a line of the script
// asked for: too many probes for the open file limit, a map too big for
// the memory the kernel will give. The CLI shows the line.
type ScriptError struct {
	Pos lang.Pos // where the script asks for it; zero when nothing in it does
	Err error
}

func (e *ScriptError) Error() string { return e.Err.Error() }
func (e *ScriptError) Unwrap() error { return e.Err }

// explainResourceError words a load or attach that failed because a
// resource ran out, naming what the script asked for and what to change;
// it returns nil for any other error. p is the program being loaded or
// attached when that is known.
func explainResourceError(out *codegen.Output, p *codegen.Program, err error) error {
	var pos lang.Pos
	what := "loading BPF programs"
	if p != nil {
		pos, what = p.Target.AP.Pos, "the program for "+p.Target.String()
	}
	switch {
	case errors.Is(err, unix.EMFILE), errors.Is(err, unix.ENFILE):
		return &ScriptError{Pos: pos, Err: fmt.Errorf("%s: %w: ntrace holds a file descriptor for each of the script's %d programs and %d maps and for each probe it attaches, and %s; raise the limit or trace fewer probes",
			what, unix.EMFILE, len(out.Programs), len(out.Collection.Maps), fileLimit(err))}
	case errors.Is(err, unix.ENOMEM):
		if m, size := failedMap(out, err); m != "" {
			return &ScriptError{Pos: mapPos(out, m), Err: fmt.Errorf("creating %s: %w: the kernel would not give it the memory (BPF memory counts against ntrace's memory cgroup); %s", m, unix.ENOMEM, size)}
		}
		return &ScriptError{Pos: pos, Err: fmt.Errorf("%s: %w: the kernel would not give BPF the memory it needs (it counts against ntrace's memory cgroup)", what, unix.ENOMEM)}
	}
	return nil
}

// fileLimit says what limit EMFILE or ENFILE hit.
func fileLimit(err error) string {
	if errors.Is(err, unix.ENFILE) {
		return "the system's open files are at its limit (fs.file-max)"
	}
	var lim unix.Rlimit
	if unix.Getrlimit(unix.RLIMIT_NOFILE, &lim) != nil {
		return "the open file limit (ulimit -n) is reached"
	}
	return fmt.Sprintf("the open file limit (ulimit -n) is %d", lim.Cur)
}

// failedMap names the map a collection load error is about, as a person
// knows it, and how to make it smaller; "" when no map is named.
func failedMap(out *codegen.Output, err error) (name, smaller string) {
	msg := err.Error()
	for _, m := range out.Maps {
		if strings.Contains(msg, "map "+m.Spec.Name+":") {
			return describeMap(out, m.Spec.Name)
		}
	}
	if strings.Contains(msg, "map "+codegen.EventsMap+":") {
		return describeMap(out, codegen.EventsMap)
	}
	return "", ""
}

// describeMap names the map called name in the compiled collection as a
// person knows it, and how to make it smaller.
func describeMap(out *codegen.Output, name string) (what, smaller string) {
	for _, m := range out.Maps {
		if m.Spec.Name == name {
			return fmt.Sprintf("map %s (%d keys)", m.Name, m.Spec.MaxEntries), "lower --map-size"
		}
	}
	switch {
	case name == codegen.EventsMap && out.PerfBuffer:
		return fmt.Sprintf("the perf buffers (%d bytes per CPU)", out.BufferSize), "lower --buffer-size"
	case name == codegen.EventsMap:
		return fmt.Sprintf("the event ring buffer (%d bytes)", out.BufferSize), "lower --buffer-size"
	}
	return "ntrace's map " + name, "trace less at once"
}

// mapPos is where the script first uses the map failedMap named.
func mapPos(out *codegen.Output, name string) lang.Pos {
	for _, m := range out.Maps {
		if strings.HasPrefix(name, "map "+m.Name+" ") && m.Info != nil {
			return m.Info.Pos
		}
	}
	return lang.Pos{}
}
