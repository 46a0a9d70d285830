package main

import (
	"fmt"
	"strings"
	"time"
)

// stageClock times the stages from main to the last probe attached, for
// -v: where start-up time goes is the first thing to know when it is slow.
type stageClock struct {
	start, last time.Time
	names       []string
	took        []time.Duration
}

func newStageClock() *stageClock {
	now := time.Now()
	return &stageClock{start: now, last: now}
}

// done ends the stage called name now; the next stage starts here.
func (c *stageClock) done(name string) {
	now := time.Now()
	c.names = append(c.names, name)
	c.took = append(c.took, now.Sub(c.last))
	c.last = now
}

// sinceStart is the time from main to now.
func (c *stageClock) sinceStart() time.Duration { return time.Since(c.start) }

// String lists the stages in order: "setup 1.1, parse 4.6, … ms".
func (c *stageClock) String() string {
	parts := make([]string, len(c.names))
	for i, n := range c.names {
		parts[i] = fmt.Sprintf("%s %s", n, millis(c.took[i]))
	}
	return strings.Join(parts, ", ") + " ms"
}

// millis formats d in milliseconds with one decimal.
func millis(d time.Duration) string {
	return fmt.Sprintf("%.1f", float64(d.Microseconds())/1000)
}
