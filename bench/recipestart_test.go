package main

import (
	"testing"
	"time"
)

// The mark is seen when it is written, split over writes included, and
// only then.
func TestLockedBufferWatch(t *testing.T) {
	var b lockedBuffer
	marked := b.watch("ms after main started")
	before := time.Now()
	b.Write([]byte("ntrace: @x: a hash map\nntrace: 7 probes attached 9.5 ms after"))
	select {
	case <-marked:
		t.Fatal("marked before the whole mark was written")
	default:
	}
	b.Write([]byte(" main started (setup 0.4)\n"))
	select {
	case <-marked:
	default:
		t.Fatal("not marked once the mark was written")
	}
	if b.markedAt.Before(before) {
		t.Errorf("marked at %v, before the writes began (%v)", b.markedAt, before)
	}
	b.Write([]byte("ms after main started again\n")) // no second close
}

func TestLastLine(t *testing.T) {
	if got := lastLine("a\nb: no kprobes\n"); got != "b: no kprobes" {
		t.Errorf("lastLine = %q", got)
	}
}
