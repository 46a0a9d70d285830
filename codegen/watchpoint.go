package codegen

import (
	"fmt"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// sigStop is SIGSTOP, which a watchpoint's arming program stops the
// traced process with until the watchpoint is set.
const sigStop = 19

// ArmSuffix names, after a program's name in the collection, the program
// that arms its watchpoint (see armWatchpoint).
const ArmSuffix = "_arm"

// armWatchpoint compiles the program that arms a watchpoint on a
// function's argument (watchpoint:FUNCTION+argN:LENGTH:MODE): a uprobe at
// the function that sends user space a WatchEvent with the address in the
// argument, for it to put p's watchpoint there. For watchpoint: (not
// asyncwatchpoint:) it first stops the process (SIGSTOP, which user space
// undoes with SIGCONT once the watchpoint is set), so that no access to
// the address goes unwatched; stopping before the event goes out means a
// SIGCONT can never come before the stop it is to end.
func (c *compiler) armWatchpoint(p *Program) (*ebpf.ProgramSpec, lang.ErrorList) {
	t := p.Target
	if int(t.Watch) >= len(regOffsets) {
		return nil, lang.ErrorList{{Pos: t.AP.Pos, Msg: fmt.Sprintf("%s: arg%d is not passed in a register", t, t.Watch)}}
	}
	g := &gen{c: c, prog: p, target: t, aliases: map[string]string{}, free: []asm.Register{asm.R9, asm.R8, asm.R7}, vars: map[*lang.Var]loc{}}
	g.exit = g.label()
	g.source = &Source{Pos: t.AP.Pos}
	g.emit(asm.Mov.Reg(ctxReg, asm.R1))
	if c.opts.PerfBuffer {
		// Events through perf buffers are built in the scratch area.
		g.free = []asm.Register{asm.R8, asm.R7}
		g.scratchPrologue()
	}
	if t.Kind == lang.WatchpointProbe {
		g.emit(asm.Mov.Imm(asm.R1, sigStop))
		g.call(asm.FnSendSignal)
	}
	hdr := c.out.HeaderSize
	ev := &Event{Kind: WatchEvent, Watch: p, Args: []Slot{{Offset: hdr, Type: lang.Uint64Type}}, Size: hdr + 8}
	g.sendEvent(ev, func(at loc) {
		g.emit(
			asm.LoadMem(asm.R0, ctxReg, regOffsets[t.Watch], asm.DWord),
			asm.StoreMem(at.base, at.off+int16(hdr), asm.R0, asm.DWord),
		)
	})
	g.place(g.exit)
	g.emit(asm.Mov.Imm(asm.R0, 0), asm.Return())
	g.finish()
	if len(g.errs) > 0 {
		return nil, g.errs
	}
	p.Scratch = max(p.Scratch, g.maxScratch)
	return &ebpf.ProgramSpec{Name: p.Name + ArmSuffix, Type: ebpf.Kprobe, License: "GPL", Instructions: g.insns}, nil
}
