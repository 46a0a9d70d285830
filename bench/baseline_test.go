package main

import (
	"reflect"
	"testing"
)

func TestParseAsmCounts(t *testing.T) {
	listing := "tracepoint:raw_syscalls:sys_enter (TracePoint, 49 instructions):\n" +
		"\t  ; line 2:1\n\t 0: MovReg dst: r6 src: r1\n\n" +
		"kprobe:ep_poll_callback (Kprobe, 390 instructions):\n\t 0: Exit\n\n" +
		"scripts/x.nt: ok, 2 programs, 439 instructions\n"
	want := []progCount{{"tracepoint:raw_syscalls:sys_enter", 49}, {"kprobe:ep_poll_callback", 390}}
	if got := parseAsmCounts(listing); !reflect.DeepEqual(got, want) {
		t.Errorf("parseAsmCounts = %v, want %v", got, want)
	}
}

func TestPairPrograms(t *testing.T) {
	was := []progCount{{"a", 10}, {"gone", 5}, {"b", 20}}
	is := []progCount{{"b", 15}, {"a", 8}, {"new", 3}}
	ps, before, after := pairPrograms(was, is)
	want := []ProgInsns{{"b", 20, 15}, {"a", 10, 8}, {"new", 0, 3}, {"gone", 5, 0}}
	if !reflect.DeepEqual(ps, want) || before != 35 || after != 26 {
		t.Errorf("pairPrograms = %v, %d, %d; want %v, 35, 26", ps, before, after, want)
	}
}
