package codegen

import (
	"fmt"

	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// signalRefusals are the errors bpf_send_signal returns, each with what
// the warning says of it (kernel/trace/bpf_trace.c,
// bpf_send_signal_common); errno 0 stands for any other.
var signalRefusals = []struct {
	errno int32
	why   string
}{
	{1, "operation not permitted: the kernel sends none to a kernel thread, an exiting process or init, nor from an NMI that came while the process's memory was not the one loaded"},
	{16, "device or resource busy: this CPU still had a signal from a probe to deliver (one sent where interrupts are off waits for them, one per CPU at a time)"},
	{22, "invalid argument: no such signal (signals are 1 to 64)"},
	{11, "resource temporarily unavailable: the process's queue of real-time signals is full"},
	{0, "the kernel refused it"},
}

// signal emits signal(sig): the kernel's bpf_send_signal sends sig to
// the process that is current, the one the probe fired in. A signal the
// kernel refuses to send is warned about (once at once, how often at
// exit), by the reason it gave, not dropped silently: a warning event for
// each reason, one of them sent by the same code.
func (g *gen) signal(call *lang.CallExpr) {
	if lit, ok := call.Args[0].(*lang.StrLit); ok {
		n, _ := lang.SignalNumber(lit.Value) // the checker refused names it does not know
		g.emit(asm.Mov.Imm(asm.R1, int32(n)))
	} else {
		v := g.intExpr(call.Args[0])
		if r := g.load(v, asm.R1); r != asm.R1 {
			g.emit(asm.Mov.Reg(asm.R1, r))
		}
		g.release(v)
	}
	g.call(asm.FnSendSignal)
	done, send := g.label(), g.label()
	// The helper returns an int: compare its low half. R0 holds the
	// errno until the warning's event is sent.
	g.emit(asm.JEq.Imm32(asm.R0, 0, done))
	// The chosen warning's ID waits on the stack, which leaves the
	// registers to the event's sending.
	which := &val{spilled: true, slot: g.allocStack(8, lang.Pos{})}
	var warnings []*Event
	for _, f := range signalRefusals {
		ev := g.newEvent(&Event{Kind: WarnEvent, Message: fmt.Sprintf("signal() at %s was not sent: %s", call.Pos, f.why)})
		warnings = append(warnings, ev)
		if f.errno == 0 { // any other: the last
			g.emit(storeImm64(asm.RFP, which.slot, int64(ev.ID)))
			break
		}
		next := g.label()
		g.emit(
			asm.JNE.Imm32(asm.R0, -f.errno, next),
			storeImm64(asm.RFP, which.slot, int64(ev.ID)),
			asm.Ja.Label(send),
		)
		g.place(next)
	}
	g.place(send)
	g.sendOneOf(warnings, which)
	g.place(done)
}
