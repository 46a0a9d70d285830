package codegen_test

import (
	"testing"

	"github.com/ntrace/ntrace/codegen"
)

// exit() in BEGIN or END, which run from user space, notes itself in
// ExitMap and sends no event, so that a script sending none else has no
// events map (no ring buffer to make); elsewhere it is an event, which
// wakes the reader.
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
		inRunOnce := src[:5] == "BEGIN"
		if _, ok := out.Collection.Maps[codegen.ExitMap]; ok != inRunOnce {
			t.Errorf("%s: exit map %v, want %v", src, ok, inRunOnce)
		}
	}
	out, _ := compileWith(t, `BEGIN { exit(); }`, everything)
	if out.Collection.Maps[codegen.EventsMap] != nil {
		t.Errorf("BEGIN { exit(); }: an events map, for no event")
	}
}
