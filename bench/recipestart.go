package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// recipeStart is one bundled recipe run as users run it, by name, timed
// from launch to ntrace -v's line saying every probe is attached: the
// recipe's own programs, alternatives and maps, where the startup cases
// above time only its tracepoints (which bpftrace can run too).
type recipeStart struct {
	Name string
	Args []string // after the recipe's name; PID=self is the bench's pid
}

var recipeStarts = []recipeStart{
	{Name: "udplat", Args: []string{"-D", "PORT=53"}},
	{Name: "drop-packet"},
	{Name: "ep_poll_interact", Args: []string{"-D", "PID=self"}},
}

// attachedMark is the text of ntrace -v's line once every probe is
// attached ("N probes attached X ms after main started (...)").
const attachedMark = "ms after main started"

// RecipeStartResult is one recipe's launch → attached times.
type RecipeStartResult struct {
	Recipe   string             `json:"recipe"`
	Args     string             `json:"args"`
	Ms       float64            `json:"launch_to_attached_median_ms"`
	SelfMs   float64            `json:"main_to_attached_median_ms"`
	Stages   map[string]float64 `json:"stage_median_ms,omitempty"`
	Order    []string           `json:"-"`
	Runs     []startupSample    `json:"runs,omitempty"`
	NotHere  string             `json:"does_not_attach_here,omitempty"` // why, when it cannot attach on this host
	RSSBytes float64            `json:"median_max_rss_bytes"`
}

// measureRecipeStarts runs each recipe runs times, the recipes in
// rotating order from round to round.
func (b *bench) measureRecipeStarts(ctx context.Context) ([]RecipeStartResult, error) {
	out := make([]RecipeStartResult, len(recipeStarts))
	idx := make([]string, len(recipeStarts))
	for i, rc := range recipeStarts {
		out[i] = RecipeStartResult{Recipe: rc.Name, Args: strings.Join(b.recipeArgs(rc), " ")}
		idx[i] = strconv.Itoa(i)
	}
	b.logf("startup: the recipes as run by name (%d runs each)", b.cfg.runs)
	for round := 0; round < b.cfg.runs; round++ {
		for _, k := range rotation(idx, round) {
			i, _ := strconv.Atoi(k)
			r := &out[i]
			if r.NotHere != "" {
				continue
			}
			s, notHere, err := b.recipeStartOnce(ctx, recipeStarts[i])
			if err != nil {
				return nil, fmt.Errorf("recipe %s: %w", r.Recipe, err)
			}
			if notHere != "" {
				r.NotHere = notHere
				continue
			}
			r.Runs = append(r.Runs, s)
		}
		b.noteOthers()
	}
	for i := range out {
		r := &out[i]
		if len(r.Runs) == 0 {
			continue
		}
		var self []float64
		for _, s := range r.Runs {
			self = append(self, s.SelfMs)
		}
		r.Ms, r.RSSBytes = medians(r.Runs)
		r.SelfMs = median(self)
		r.Stages, r.Order = stageMedians(r.Runs)
	}
	return out, nil
}

func (b *bench) recipeArgs(rc recipeStart) []string {
	args := append([]string{rc.Name}, rc.Args...)
	for i, a := range args {
		if a == "PID=self" {
			args[i] = "PID=" + strconv.Itoa(b.pid)
		}
	}
	return args
}

// recipeStartOnce runs a recipe until ntrace says it is attached, then
// stops it. A recipe that exits first, with an error, does not attach on
// this host (ep_poll_interact needs kprobes or fentry): notHere is its
// error's first line.
func (b *bench) recipeStartOnce(ctx context.Context, rc recipeStart) (s startupSample, notHere string, err error) {
	return b.untilAttached(ctx, append([]string{"-v"}, b.recipeArgs(rc)...))
}

// attachedOnce runs ntrace with args (-v among them) once, timed from
// launch to its line that every probe is attached; a run that exits
// before is an error.
func (b *bench) attachedOnce(ctx context.Context, args []string) (startupSample, error) {
	s, notHere, err := b.untilAttached(ctx, args)
	if err == nil && notHere != "" {
		err = fmt.Errorf("ntrace exited before attaching: %s", notHere)
	}
	return s, err
}

// untilAttached runs ntrace with args (-v among them) once, timed from
// launch to its line that every probe is attached; notHere is its last
// line when it exits before.
func (b *bench) untilAttached(ctx context.Context, args []string) (s startupSample, notHere string, err error) {
	t, err := launchMarked(ctx, ntraceName, b.ntrace, attachedMark, args...)
	if err != nil {
		return s, "", err
	}
	defer t.kill()
	select {
	case <-t.stderr.marked:
	case <-t.exited:
		return s, firstLine(lastLine(t.stderr.String())), nil
	case <-time.After(readyTimeout):
		return s, "", fmt.Errorf("not attached after %v: %s", readyTimeout, t.stderrTail())
	case <-ctx.Done():
		return s, "", ctx.Err()
	}
	d := t.stderr.markedAt.Sub(t.start)
	t.watchPeak(peakEvery)
	if err := t.stop(); err != nil {
		return s, "", err
	}
	stderr := t.stderr.String()
	stages, order := parseStages(stderr)
	return startupSample{Millis: float64(d) / 1e6, RSS: t.peakRSS(), SelfMs: parseAttachedMs(stderr), Stages: stages, Order: order}, "", nil
}

// lastLine is the last non-empty line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}
