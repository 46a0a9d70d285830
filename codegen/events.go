package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// Ring buffer flags and queries (uapi/linux/bpf.h).
const (
	bpfRBNoWakeup    = 1
	bpfRBForceWakeup = 2
)

// sendEvent sends an event to user space: it writes the header, lets fill
// write the rest (at the place given, where the event starts), and sends
// it through the ring buffer or, with Options.PerfBuffer, a perf buffer.
// An event that finds no room is counted in LostMap under this program's
// index instead, so that no loss goes unreported.
func (g *gen) sendEvent(ev *Event, fill func(at loc)) {
	g.emitEvent(g.newEvent(ev), fill)
}

// newEvent gives ev, an event this program sends, its ID and size.
func (g *gen) newEvent(ev *Event) *Event {
	if ev.Size == 0 {
		ev.Size = g.c.out.HeaderSize
	}
	ev.Probe = g.target.String()
	return g.c.addEvent(ev)
}

// sendOneOf sends one of evs, events newEvent made, all of one size: the
// one whose ID which holds, so that the code that sends it is there once
// for them all.
func (g *gen) sendOneOf(evs []*Event, which *val) {
	g.emitEvent(evs[0], func(at loc) {
		g.emit(asm.StoreMem(at.base, at.off, g.load(which, asm.R1), asm.DWord))
	})
}

// emitEvent emits the sending of ev, which newEvent made.
func (g *gen) emitEvent(ev *Event, fill func(at loc)) {
	if g.c.opts.PerfBuffer {
		g.perfEvent(ev, fill)
		return
	}
	ptr := g.newVal()
	if ptr.spilled {
		g.errorf(lang.Pos{}, "internal error: no register free for an event")
		return
	}
	lost, done := g.label(), g.label()
	g.mapPtr(asm.R1, EventsMap)
	g.emit(
		asm.Mov.Imm(asm.R2, int32(ev.Size)),
		asm.Mov.Imm(asm.R3, 0),
	)
	g.call(asm.FnRingbufReserve)
	g.emit(
		asm.JEq.Imm(asm.R0, 0, lost),
		asm.Mov.Reg(ptr.reg, asm.R0),
		storeImm64(ptr.reg, 0, int64(ev.ID)),
	)
	if fill != nil {
		fill(loc{ptr.reg, 0})
	}
	if urgent(ev.Kind) {
		g.emit(asm.Mov.Imm(asm.R2, bpfRBForceWakeup))
	} else {
		g.wakeupFlags()
	}
	g.emit(asm.Mov.Reg(asm.R1, ptr.reg))
	g.call(asm.FnRingbufSubmit)
	g.emit(asm.Ja.Label(done))
	g.place(lost)
	g.countLost()
	g.place(done)
	g.release(ptr)
}

// bpfFCurrentCPU asks bpf_perf_event_output for this CPU's perf buffer.
const bpfFCurrentCPU = 0xffffffff

// perfEvent builds ev in the scratch area and copies it to this CPU's
// perf buffer. The header's second word is the time, read once the event
// is filled, just before it is output, so that the reader's merge of the
// CPUs' buffers by time sees each CPU's events in the order they were
// written.
func (g *gen) perfEvent(ev *Event, fill func(at loc)) {
	buf := g.allocScratch(ev.Size, lang.Pos{})
	g.emit(storeImm64(buf.base, buf.off, int64(ev.ID)))
	if fill != nil {
		fill(buf)
	}
	done := g.label()
	g.call(asm.FnKtimeGetNs)
	g.emit(asm.StoreMem(buf.base, buf.off+8, asm.R0, asm.DWord))
	g.emit(asm.Mov.Reg(asm.R1, ctxReg))
	g.mapPtr(asm.R2, EventsMap)
	g.emit(asm.LoadImm(asm.R3, bpfFCurrentCPU, asm.DWord))
	g.addr(asm.R4, buf)
	g.emit(asm.Mov.Imm(asm.R5, int32(ev.Size)))
	g.call(asm.FnPerfEventOutput)
	g.emit(asm.JEq.Imm(asm.R0, 0, done))
	g.countLost()
	g.place(done)
}

// wakeupInterval is the least time between two wakeups of the reader from
// one CPU.
const wakeupInterval = 1_000_000 // ns

// wakeupFlags leaves in R2 the flags to submit an ordinary event with.
// Waking the reader costs more than the whole event (about a microsecond),
// and with the kernel's adaptive wakeup a reader that keeps up is woken
// for every event. So an event wakes the reader (adaptively: only if it
// sleeps) when this CPU has not woken it for wakeupInterval, and is
// submitted without a wakeup otherwise; the reader also looks on its own
// every 10 ms, so no event waits longer than that.
func (g *gen) wakeupFlags() {
	submit := g.label()
	now := g.newVal() // a callee-saved register unless none is free
	g.call(asm.FnKtimeGetNs)
	g.set(now, asm.R0)
	g.lookupSlot(WakeMap, 0)
	r := g.load(now, asm.R1)
	g.emit(
		asm.Mov.Imm(asm.R2, bpfRBNoWakeup),
		asm.JEq.Imm(asm.R0, 0, submit),
		// Quiet while the last wakeup + wakeupInterval is still ahead.
		asm.LoadMem(asm.R3, asm.R0, 0, asm.DWord),
		asm.Add.Imm(asm.R3, wakeupInterval),
		asm.JGT.Reg(asm.R3, r, submit),
		asm.StoreMem(asm.R0, 0, r, asm.DWord),
		asm.Mov.Imm(asm.R2, 0),
	)
	g.place(submit)
	g.release(now)
}

// exitFlag notes exit() in ExitMap. BEGIN and END, which user space
// runs and then reads ExitMap, send no event for it, so that a script
// whose only event would be its exit() in BEGIN needs no ring buffer
// (making a 1 MiB ring is a fair part of a short run's start); a probe
// also stops every probe (stopProbes) and sends an exit event, which
// wakes the reader at once. With a status, the word holds its low byte,
// as the exit status keeps of it.
func (g *gen) exitFlag(args []lang.Expr) {
	if len(args) == 0 {
		g.emit(
			g.referring(asm.LoadMapValue(asm.R1, 0, 0), ExitMap),
			storeImm64(asm.R1, 0, ExitCalled),
		)
		return
	}
	v := g.intExpr(args[0])
	if r := g.load(v, asm.R0); r != asm.R0 {
		g.emit(asm.Mov.Reg(asm.R0, r))
	}
	g.release(v)
	g.emit(
		asm.And.Imm(asm.R0, 0xff),
		asm.Or.Imm(asm.R0, ExitCalled|ExitHasStatus),
		g.referring(asm.LoadMapValue(asm.R1, 0, 0), ExitMap),
		asm.StoreMem(asm.R1, 0, asm.R0, asm.DWord),
	)
}

// stopProbes sets StopMap from a probe's exit(): every probe's program,
// this one's next run included, returns as it starts from then on, as it
// would once user space had read the exit event and set it. A probe
// that fires again in the meantime (a thread that calls the traced
// function again within microseconds) would otherwise print after
// exit(), where bpftrace prints nothing more.
func (g *gen) stopProbes() {
	g.emit(
		g.referring(asm.LoadMapValue(asm.R1, 0, 0), StopMap),
		storeImm64(asm.R1, 0, 1),
	)
}

// urgent events act on the run or its maps (exit(), print(@m), clear(),
// zero()), or wait for it (a process stopped until its watchpoint is
// set): the reader must see them at once, before the probes fire again.
func urgent(k EventKind) bool {
	return k == ExitEvent || k == PrintMapEvent || k == ClearEvent || k == ZeroEvent || k == WatchEvent
}

// countLost adds one to this program's slot of the per-CPU lost counter
// (nothing is reserved then: the reservation failed).
func (g *gen) countLost() {
	g.bumpSlot(LostMap, int64(g.prog.Index))
}

// valueEvent sends an event carrying the values of args, laid out as a
// tuple after the header.
func (g *gen) valueEvent(ev *Event, args []lang.Expr) {
	types := make([]*lang.Type, len(args))
	for i, a := range args {
		types[i] = storedType(g.typeOf(a))
		if rec := g.c.info.StructValues[a]; rec != nil {
			types[i] = rec
		}
	}
	offs, size := lang.WordLayout(types)
	for i := range args {
		ev.Args = append(ev.Args, Slot{Offset: g.c.out.HeaderSize + offs[i], Type: types[i]})
	}
	ev.Size = g.c.out.HeaderSize + size
	// An argument that runs statements (a block, a macro's body) is
	// evaluated before the event is reserved: a return or a loop inside
	// it must not leave with the reservation held.
	early := make([]*loc, len(args))
	for i, a := range args {
		if hasStatements(a) {
			tmp := g.temp(types[i], a.Position())
			g.store(a, tmp, types[i])
			early[i] = &tmp
		}
	}
	g.sendEvent(ev, func(at loc) {
		for i, a := range args {
			if early[i] != nil {
				g.copyMem(at.plus(ev.Args[i].Offset), *early[i], types[i].StorageSize())
				continue
			}
			g.store(a, at.plus(ev.Args[i].Offset), types[i])
		}
	})
}

// hasStatements reports whether evaluating e runs statements: it holds
// a block expression.
func hasStatements(e lang.Expr) bool {
	found := false
	lang.Inspect(e, func(n lang.Node) bool {
		if _, ok := n.(*lang.BlockExpr); ok {
			found = true
		}
		return !found
	})
	return found
}

// storedType is the type a value is stored with: integers widened to 64
// bits (keeping their signedness), strings and tuples (laid out as C
// would, their integers in their own widths) as they are.
func storedType(t *lang.Type) *lang.Type {
	if t.Kind == lang.Int {
		c := *t // keeps an enum's BTF, to print it by name
		c.Size = 8
		return &c
	}
	return t
}

func (g *gen) printf(call *lang.CallExpr) {
	g.valueEvent(&Event{Kind: PrintfEvent, Format: g.c.info.Formats[call]}, call.Args[1:])
}

func (g *gen) print(call *lang.CallExpr) {
	if ref, ok := call.Args[0].(*lang.MapExpr); ok && len(ref.Keys) == 0 {
		ev := &Event{Kind: PrintMapEvent, Map: g.c.useMap(ref.Name)}
		if len(call.Args) > 1 {
			ev.Top = int64(g.c.info.Consts[call.Args[1]].Int)
		}
		if len(call.Args) > 2 {
			ev.Div = int64(g.c.info.Consts[call.Args[2]].Int)
		}
		g.sendEvent(ev, nil)
		return
	}
	g.valueEvent(&Event{Kind: PrintEvent}, call.Args)
}
