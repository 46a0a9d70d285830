// Command events is the per-event floor the bench measures ntrace
// against: it loads the hand-written C programs of bench/floor/events.bpf.c
// (compiled by the bench with clang -O2 -target bpf), attaches the ones
// named to the tracepoints their sections name, prints "ready", and holds
// them until it is interrupted.
//
//	events OBJECT PROGRAM...
package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "events:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) < 2 {
		return errors.New("usage: events OBJECT PROGRAM [PROGRAM]")
	}
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	spec, err := ebpf.LoadCollectionSpec(args[0])
	if err != nil {
		return fmt.Errorf("reading %s: %w", args[0], err)
	}
	coll, err := ebpf.NewCollection(spec)
	if err != nil {
		return fmt.Errorf("loading %s: %w", args[0], err)
	}
	defer coll.Close()
	for _, name := range args[1:] {
		ps, prog := spec.Programs[name], coll.Programs[name]
		if ps == nil || prog == nil {
			return fmt.Errorf("no program %s in %s", name, args[0])
		}
		// SEC("tracepoint/GROUP/NAME")
		parts := strings.Split(ps.SectionName, "/")
		if len(parts) != 3 || parts[0] != "tracepoint" {
			return fmt.Errorf("program %s: section %q is no tracepoint", name, ps.SectionName)
		}
		l, err := link.Tracepoint(parts[1], parts[2], prog, nil)
		if err != nil {
			return fmt.Errorf("attaching %s to %s: %w", name, ps.SectionName, err)
		}
		defer l.Close()
	}
	fmt.Println("ready")
	<-stop
	return nil
}
