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
// exit), by the reason it gave, not dropped silently.
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
	done := g.label()
	// The helper returns an int: compare its low half.
	g.emit(asm.JEq.Imm32(asm.R0, 0, done))
	for _, r := range signalRefusals {
		next := g.label()
		if r.errno != 0 {
			g.emit(asm.JNE.Imm32(asm.R0, -r.errno, next))
		}
		// R0 is the errno up to here; the warning's event clobbers it.
		g.warn(fmt.Sprintf("signal() at %s was not sent: %s", call.Pos, r.why))
		g.emit(asm.Ja.Label(done))
		g.place(next)
	}
	g.place(done)
}
