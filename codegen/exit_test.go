package codegen_test

import (
	"testing"

	"github.com/ntrace/ntrace/codegen"
)

// exit() notes itself in ExitMap. In BEGIN or END, which run from user
// space, it sends no event, so that a script sending none else has no
// events map (no ring buffer to make); elsewhere it also sends an event,
// which wakes the reader.
func TestExitInRunOnceProbesSendsNoEvent(t *testing.T) {
	for src, wantEvent := range map[string]bool{
		`BEGIN { exit(); }`:                                             false,
		`BEGIN { @a = 1; } END { exit(3); }`:                            false,
		`BEGIN { printf("hi\n"); exit(); }`:                             false,
		`interval:s:1 { exit(); }`:                                      true,
		`BEGIN { exit(1); } tracepoint:sched:sched_switch { exit(2); }`: true,
	} {
		out, errText := compileWith(t, src, everything)
		if out == nil {
			t.Fatalf("%s: %s", src, errText)
		}
		gotEvent := false
		for _, ev := range out.Events {
			gotEvent = gotEvent || ev.Kind == codegen.ExitEvent
		}
		if gotEvent != wantEvent {
			t.Errorf("%s: exit event %v, want %v", src, gotEvent, wantEvent)
		}
		if _, ok := out.Collection.Maps[codegen.ExitMap]; !ok {
			t.Errorf("%s: no exit map", src)
		}
	}
	out, _ := compileWith(t, `BEGIN { exit(); }`, everything)
	if out.Collection.Maps[codegen.EventsMap] != nil {
		t.Errorf("BEGIN { exit(); }: an events map, for no event")
	}
}
