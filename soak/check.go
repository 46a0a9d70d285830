package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// check compares what the tracers counted with the traffic, the traffic
// with the kernel's counters, and the tracers' last samples with their
// first after warm-up. It returns what failed.
func check(cfg config, res *result, udplat, drops *tracer) []string {
	var fails []string
	expect := func(what string, got, want int64) {
		if got != want {
			fails = append(fails, fmt.Sprintf("%s: %d, want %d", what, got, want))
		}
	}
	c, snmp := res.Traffic.Counts, res.Traffic.SNMP
	// The traffic against itself and the kernel's own record of it.
	expect("datagrams to the watched port read + dropped", int64(c.ReadWatched+c.DroppedWatch), int64(c.SentWatched))
	expect("datagrams to the decoy read + dropped", int64(c.ReadDecoy+c.DroppedDecoy), int64(c.SentDecoy))
	expect("snmp Udp+Udp6 InDatagrams", snmp["Udp.InDatagrams"]+snmp["Udp6.InDatagrams"], int64(c.ReadWatched+c.ReadDecoy))
	expect("snmp Udp+Udp6 RcvbufErrors", snmp["Udp.RcvbufErrors"]+snmp["Udp6.RcvbufErrors"], int64(c.DroppedWatch+c.DroppedDecoy))
	expect("snmp Udp+Udp6 NoPorts", snmp["Udp.NoPorts"]+snmp["Udp6.NoPorts"], int64(c.SentClosed))
	expect("snmp Tcp AttemptFails", snmp["Tcp.AttemptFails"], int64(c.Connects))
	if c.DroppedWatch == 0 {
		fails = append(fails, "no datagram to the watched port was dropped: the drop checks prove nothing")
	}

	// udplat: every datagram read on its port, once, measured (a line
	// and a count in @usecs) or, where the recipe says it could not tell
	// which datagram a read took, counted in @unmeasured; its drops.
	um := udplat.mapText()
	res.Udplat = map[string]int{
		"lines":      udplat.count("datagram"),
		"hist_total": histTotal(um, "usecs"),
		"unmeasured": mapCount(um, "unmeasured"),
		// The recipe's drop count has been @dropped and is @drops.
		"drops": mapCount(um, "dropped") + mapCount(um, "drops"),
	}
	expect("udplat: datagram lines against @usecs", int64(res.Udplat["lines"]), int64(res.Udplat["hist_total"]))
	expect("udplat: @usecs total + @unmeasured", int64(res.Udplat["hist_total"]+res.Udplat["unmeasured"]), int64(c.ReadWatched))
	expect("udplat: drops", int64(res.Udplat["drops"]), int64(c.DroppedWatch))

	// drop-packet: each drop to soak's ports, once.
	res.Drops = map[string]int{}
	sum := func(proto string, port int) int {
		n := 0
		drops.mu.Lock()
		defer drops.mu.Unlock()
		for class, k := range drops.counts {
			if strings.HasPrefix(class, fmt.Sprintf("%s %d ", proto, port)) {
				n += k
				res.Drops[class] = k
			}
		}
		return n
	}
	p := res.Ports
	expect("drop-packet: UDP drops to the watched port", int64(sum("UDP", p.Watched)), int64(c.DroppedWatch))
	expect("drop-packet: UDP drops to the decoy", int64(sum("UDP", p.Decoy)), int64(c.DroppedDecoy))
	expect("drop-packet: UDP to the closed port", int64(sum("UDP", p.ClosedUDP)), int64(c.SentClosed))
	expect("drop-packet: TCP to the closed port", int64(sum("TCP", p.ClosedTCP)), int64(c.Connects))

	for _, tr := range []*tracer{udplat, drops} {
		if n, first := tr.warnings(); n > 0 {
			fails = append(fails, fmt.Sprintf("%s: %d warnings of lost events or refused updates; the first: %s", tr.name, n, first))
		}
		fails = append(fails, checkFlat(cfg, tr.name, res.Samples[tr.name])...)
	}
	return fails
}

// checkFlat checks that a tracer's samples stay flat: the mean of the
// last third of the samples against the first third's, for resident
// memory, open descriptors and map keys. Each varies from one sample to
// the next around a level that a leak makes climb: the Go heap with the
// collector's timing (megabytes), descriptors while ntrace reads a file,
// a recipe's maps with what the last seconds left (udplat's sweep empties
// them of older records). A mean over many samples sees the level, where
// one sample against another sees the variation and would fail a sound
// day-long run on one unlucky sample. A descriptor leaked once an hour
// puts the last third of a day's samples 16 above the first.
func checkFlat(cfg config, name string, ss []sample) []string {
	if len(ss) < 6 {
		return []string{fmt.Sprintf("%s: %d samples: run longer than the warm-up (6 samples at least)", name, len(ss))}
	}
	var fails []string
	if early, late := thirdsMean(ss, func(s sample) int { return s.FDs }); late > early+0.5 {
		fails = append(fails, fmt.Sprintf("%s: %.1f open fds on average in the last third of the samples, %.1f in the first", name, late, early))
	}
	if early, late := thirdsMean(ss, func(s sample) int { return s.RSSkB }); late > early+float64(cfg.rssSlack) {
		fails = append(fails, fmt.Sprintf("%s: RSS %.0f kB on average in the last third of the samples, %.0f kB in the first", name, late, early))
	}
	if early, late := thirdsMean(ss, func(s sample) int { return s.Keys }); late > early+float64(cfg.keySlack) {
		fails = append(fails, fmt.Sprintf("%s: %.1f map keys on average in the last third of the samples, %.1f in the first", name, late, early))
	}
	return fails
}

// thirdsMean is the mean of a sample's value over the first third of
// the samples and over the last third.
func thirdsMean(ss []sample, value func(sample) int) (early, late float64) {
	n := max(len(ss)/3, 1)
	for i := 0; i < n; i++ {
		early += float64(value(ss[i]))
		late += float64(value(ss[len(ss)-n+i]))
	}
	return early / float64(n), late / float64(n)
}

func writeResult(path string, res *result) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// printSummary prints the run in a few lines, for the README.
func printSummary(w io.Writer, res *result) {
	c := res.Traffic.Counts
	fmt.Fprintf(w, "soak: traffic for %s: %d rounds, %d reader and sender processes\n", res.Ran, c.Rounds, c.Processes)
	fmt.Fprintf(w, "  watched port: %d datagrams sent, %d read, %d dropped (receive buffer full); decoy: %d sent, %d read, %d dropped\n",
		c.SentWatched, c.ReadWatched, c.DroppedWatch, c.SentDecoy, c.ReadDecoy, c.DroppedDecoy)
	fmt.Fprintf(w, "  closed UDP port: %d datagrams; closed TCP port: %d connections refused\n", c.SentClosed, c.Connects)
	fmt.Fprintf(w, "  udplat: %d lines, @usecs total %d, @unmeasured %d, drops %d\n", res.Udplat["lines"], res.Udplat["hist_total"], res.Udplat["unmeasured"], res.Udplat["drops"])
	fmt.Fprintf(w, "  drop-packet:")
	for class, n := range res.Drops {
		fmt.Fprintf(w, " [%s] %d", class, n)
	}
	fmt.Fprintln(w)
	for _, name := range []string{"udplat", "drop-packet"} {
		ss := res.Samples[name]
		if len(ss) == 0 {
			continue
		}
		first, last := ss[0], ss[len(ss)-1]
		maxRSS, maxKeys := 0, 0
		for _, s := range ss {
			maxRSS, maxKeys = max(maxRSS, s.RSSkB), max(maxKeys, s.Keys)
		}
		rss0, rss1 := thirdsMean(ss, func(s sample) int { return s.RSSkB })
		fds0, fds1 := thirdsMean(ss, func(s sample) int { return s.FDs })
		keys0, keys1 := thirdsMean(ss, func(s sample) int { return s.Keys })
		fmt.Fprintf(w, "  %s: %d samples; RSS %d → %d kB (most %d; mean of the first third %.0f, of the last %.0f), fds %d → %d (means %.1f, %.1f), map keys %d → %d (most %d; means %.1f, %.1f)\n",
			name, len(ss), first.RSSkB, last.RSSkB, maxRSS, rss0, rss1, first.FDs, last.FDs, fds0, fds1, first.Keys, last.Keys, maxKeys, keys0, keys1)
		for _, m := range last.mapNames() {
			fmt.Fprintf(w, "    %s: %d → %d keys\n", m, first.MapKeys[m], last.MapKeys[m])
		}
	}
	if len(res.Failures) == 0 {
		fmt.Fprintln(w, "  every check passed")
	}
	for _, f := range res.Failures {
		fmt.Fprintln(w, "  FAIL:", f)
	}
}
