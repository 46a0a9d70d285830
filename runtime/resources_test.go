package runtime

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

// A load or attach that ran out of file descriptors or memory is an
// error at the probe or map that asked for it, saying which limit was
// hit and what to change, never a verifier rejection with no reason; any
// other error is left alone.
func TestResourceErrors(t *testing.T) {
	probe := lang.Pos{Offset: 10, Line: 2, Column: 1}
	mapAt := lang.Pos{Offset: 40, Line: 3, Column: 5}
	p := &codegen.Program{Name: "nt1_p1", Target: &lang.Target{Kind: lang.TracepointProbe, Group: "syscalls", Name: "sys_enter_read", AP: &lang.AttachPoint{Pos: probe}}}
	out := &codegen.Output{
		Programs: []*codegen.Program{p, p},
		Maps: []*codegen.Map{{Name: "@bytes", Spec: &ebpf.MapSpec{Name: "m0", MaxEntries: 10000000}, Info: &lang.MapInfo{Name: "@bytes", Pos: mapAt},
			Decl: codegen.MapDecl{Kind: codegen.HashMap, Prealloc: true}, KeySize: 8, ValueSize: 8}},
		BufferSize: 1 << 28,
		Collection: &ebpf.CollectionSpec{Maps: map[string]*ebpf.MapSpec{"m0": {}, "events": {}, "lost": {}}},
	}
	var lim unix.Rlimit
	unix.Getrlimit(unix.RLIMIT_NOFILE, &lim)
	tests := []struct {
		p    *codegen.Program
		err  error
		pos  lang.Pos
		want string
	}{
		{p, fmt.Errorf("program nt1_p1: load program: %w", unix.EMFILE), probe,
			fmt.Sprintf("the program for tracepoint:syscalls:sys_enter_read: too many open files: ntrace holds a file descriptor for each of the script's 2 programs and 3 maps and for each probe it attaches, and the open file limit (ulimit -n) is %d; raise the limit or trace fewer probes", lim.Cur)},
		{nil, fmt.Errorf("map m0: map create: %w", unix.ENOMEM), mapAt,
			"creating map @bytes (10000000 keys): cannot allocate memory: the kernel would not give it the memory (BPF memory counts against ntrace's memory cgroup); lower --map-size"},
		{nil, fmt.Errorf("map events: map create: %w", unix.ENOMEM), lang.Pos{},
			"creating the event ring buffer (268435456 bytes): cannot allocate memory: the kernel would not give it the memory (BPF memory counts against ntrace's memory cgroup); lower --buffer-size"},
		{p, fmt.Errorf("opening perf event: %w", unix.ENFILE), probe,
			"the program for tracepoint:syscalls:sys_enter_read: too many open files: ntrace holds a file descriptor for each of the script's 2 programs and 3 maps and for each probe it attaches, and the system's open files are at its limit (fs.file-max); raise the limit or trace fewer probes"},
	}
	for _, tt := range tests {
		err := explainResourceError(out, tt.p, tt.err)
		se, ok := err.(*ScriptError)
		if !ok {
			t.Errorf("%v: got %#v, want a ScriptError", tt.err, err)
			continue
		}
		if se.Pos != tt.pos || se.Error() != tt.want {
			t.Errorf("%v:\ngot  %v %s\nwant %v %s", tt.err, se.Pos, se.Error(), tt.pos, tt.want)
		}
	}
	if err := explainResourceError(out, p, fmt.Errorf("load program: %w", unix.EINVAL)); err != nil {
		t.Errorf("EINVAL explained as %v", err)
	}
}

// A lost_events line is valid JSON whatever bytes the probe's name holds
// (a uprobe's path need not be UTF-8); the warning on stderr escapes
// them as text output does.
func TestLostEventsJSON(t *testing.T) {
	var out, warn strings.Builder
	s := &session{opts: Options{Out: &out, JSON: true, Warn: func(m string) { warn.WriteString(m) }}}
	s.warnLost(3, "uprobe:/tmp/\xff\x1b[2J/bin:main", "ring buffer")
	var rec struct {
		Type string
		Data struct {
			Events int
			Probe  string
		}
	}
	if err := json.Unmarshal([]byte(out.String()), &rec); err != nil || rec.Type != "lost_events" || rec.Data.Events != 3 {
		t.Errorf("line %q: %v %+v", out.String(), err, rec)
	}
	if want := `lost 3 events in probe uprobe:/tmp/\xff\x1b[2J/bin:main: ring buffer full, try --buffer-size`; warn.String() != want {
		t.Errorf("warning %q, want %q", warn.String(), want)
	}
}
