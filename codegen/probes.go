package codegen

import (
	"errors"
	"fmt"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// Features says which ways of hooking a kernel function the kernel
// offers. The runtime finds out (runtime.DetectFeatures) and passes them
// in, so that code generation stays a function of its inputs. The zero
// value offers nothing: kprobes are then still compiled as kprobes, and
// fail when they are attached.
type Features struct {
	Fentry      bool   // fentry and fexit programs load and attach
	NoFentry    string // why not, as a phrase: "fentry refused by this kernel: operation not permitted"
	Kprobes     bool   // kprobes and kretprobes attach
	NoKprobes   string // "this kernel has no kprobes (CONFIG_KPROBES off)"
	KprobeMulti bool   // one kprobe_multi link can hook many functions
	UprobeMulti bool   // one uprobe_multi link can hook many functions of a binary
}

// Mechanism is how a program hooks a function.
type Mechanism uint8

// The mechanisms.
const (
	Kprobe Mechanism = iota + 1
	Kretprobe
	KprobeMulti
	KretprobeMulti
	Fentry
	Fexit
	Uprobe
	Uretprobe
	UprobeMulti
	UretprobeMulti
)

var mechanismNames = [...]string{"", "kprobe", "kretprobe", "kprobe_multi", "kretprobe_multi", "fentry", "fexit", "uprobe", "uretprobe", "uprobe_multi", "uretprobe_multi"}

func (m Mechanism) String() string { return mechanismNames[m] }

// IsKprobe reports whether m reads a struct pt_regs: every kind of kprobe
// and uprobe.
func (m Mechanism) IsKprobe() bool { return m != Fentry && m != Fexit }

// IsReturn reports whether m fires on a function's return.
func (m Mechanism) IsReturn() bool {
	return m == Kretprobe || m == KretprobeMulti || m == Fexit || m == Uretprobe || m == UretprobeMulti
}

// IsUprobeMulti reports whether m is one uprobe_multi link on the
// functions of a binary that a wildcard matched.
func (m Mechanism) IsUprobeMulti() bool { return m == UprobeMulti || m == UretprobeMulti }

// Attach says how a program on a function is attached.
type Attach struct {
	Mechanism Mechanism
	// Why says why this mechanism was chosen, for -v.
	Why string
	// Symbols are the functions one kprobe_multi or uprobe_multi program
	// hooks.
	Symbols []string
	// Offsets are the file offsets of a uprobe_multi program's Symbols in
	// the binary, and Cookies the numbers each is attached with: its
	// index among the functions its wildcard matched in the binary, which
	// the program turns into func and probe (see funcTable).
	Offsets, Cookies []uint64
	// Fallback is the same probe compiled as a kprobe (or kretprobe), for
	// the runtime to load if the kernel will not attach the fentry
	// program to this function; nil when there is none.
	Fallback *ebpf.ProgramSpec
	// Unavailable says why this kernel cannot run the probe at all; the
	// program is then left out of the collection.
	Unavailable error
	// Features are what the kernel offered, for explaining failures.
	Features Features

	argsAtReturn   bool // the body reads arguments, which a kretprobe has lost
	evStart, evEnd int  // the events this program sends, in Output.Events
	merged         bool // other functions' programs were merged into this one
	noMerge        bool // its wildcard's functions need programs of their own
}

// regOffsets are the offsets in x86-64's struct pt_regs of the registers
// that carry a function's first six arguments: di, si, dx, cx, r8, r9.
var regOffsets = [...]int16{112, 104, 96, 88, 72, 64}

// axOffset is the offset of ax, which holds the return value, in pt_regs.
const axOffset = 80

// attachFor picks the mechanism for a probe on a function: kprobe_multi
// for a wildcard (when multi) where the kernel has it, fentry/fexit where
// the kernel allows it and BTF describes the function, kprobes otherwise.
func (c *compiler) attachFor(t *lang.Target, multi bool) *Attach {
	f := c.opts.Features
	a := &Attach{Features: f}
	noFentry := f.NoFentry
	if noFentry == "" {
		noFentry = "fentry is not available"
	}
	k := t.Kind.Info()
	switch {
	case (t.Kind == lang.UprobeProbe || t.Kind == lang.UretprobeProbe) && multi && f.UprobeMulti && t.Wildcard && t.SymOffset == 0 && len(c.funcTable(t)) > 1:
		a.Mechanism, a.Why = pick(k.Return, UretprobeMulti, UprobeMulti), "one program and one link for the functions the pattern matches"
	case k.Context == lang.UserFunction:
		a.Mechanism, a.Why = pick(k.Return, Uretprobe, Uprobe), "the only way"
	case k.Fentry:
		a.Mechanism, a.Why = pick(k.Return, Fexit, Fentry), "asked for"
		switch {
		case !f.Fentry:
			a.Unavailable = fmt.Errorf("%s%s", noFentry, f.insteadOfFentry(k, t.Func))
		case t.OddProto:
			a.Unavailable = fmt.Errorf("%s takes or returns a struct by value, or takes variable arguments, which ntrace does not run as %s%s", t.Func, a.Mechanism, f.insteadOfFentry(k, t.Func))
		}
	case t.SymOffset != 0:
		a.Mechanism, a.Why = Kprobe, "only a kprobe hooks an instruction inside a function"
	default:
		ret := k.Return
		switch {
		case t.Wildcard && multi && f.KprobeMulti:
			a.Mechanism, a.Why = pick(ret, KretprobeMulti, KprobeMulti), "one program and one link for the functions the pattern matches"
		case f.Fentry && t.Proto != nil && !t.OddProto:
			a.Mechanism, a.Why = pick(ret, Fexit, Fentry), "the kernel allows it and "+t.Func+" has BTF"
		default:
			a.Mechanism = pick(ret, Kretprobe, Kprobe)
			if why := f.KprobesAbsent(); why != "" {
				// Not loaded at all: the verifier's time would be
				// spent on a program that cannot attach.
				a.Unavailable = errors.New(why)
			}
			switch {
			case !f.Fentry:
				a.Why = noFentry
			case t.Proto == nil:
				a.Why = t.Func + " has no BTF prototype, which fentry needs"
			default:
				a.Why = t.Func + " takes or returns a struct by value, or takes variable arguments"
			}
		}
	}
	return a
}

// insteadOfFentry says what would attach instead of a fentry or fexit
// probe (of kind k) on fn, for the message saying why it cannot.
func (f Features) insteadOfFentry(k *lang.KindInfo, fn string) string {
	entry, alt := "kprobe", "a kprobe"
	if k.Return {
		entry, alt = "kretprobe", "a kretprobe"
	}
	if !f.Kprobes && f.NoKprobes != "" {
		return fmt.Sprintf("; %s too, so %s:%s would not attach either: use a tracepoint or a raw tracepoint (ntrace -l 'tracepoint:*')", f.NoKprobes, entry, fn)
	}
	return fmt.Sprintf("; %s:%s would attach as %s", entry, fn, alt)
}

// Unattachable says why no probe of kind (a kernel function's) on fn can
// run on a kernel with f, whatever fn's types, as the compiled probe's
// Attach.Unavailable would: fentry and fexit where fentry is known
// refused, kprobes and kretprobes where fentry is refused and kprobes are
// known absent. It is nil where one may run, or kind hooks no kernel
// function. lang.Params.Unattachable asks it before the check.
func (f Features) Unattachable(kind lang.ProbeKind, fn string) error {
	k := kind.Info()
	if k == nil || k.Context != lang.KernelFunction || f.Fentry || f.NoFentry == "" {
		return nil
	}
	if k.Fentry {
		return fmt.Errorf("%s%s", f.NoFentry, f.insteadOfFentry(k, fn))
	}
	if why := f.KprobesAbsent(); why != "" {
		return errors.New(why)
	}
	return nil
}

// KprobesAbsent says, for a kernel known to have no kprobes, why a kprobe
// or kretprobe cannot attach and what can instead; "" when kprobes may
// attach.
func (f Features) KprobesAbsent() string {
	if f.Kprobes || f.NoKprobes == "" {
		return ""
	}
	why := f.NoKprobes
	if f.NoFentry != "" {
		why += ", and " + f.NoFentry
	}
	return why + "; tracepoints and raw tracepoints work here (ntrace -l 'tracepoint:*' and -l 'rawtracepoint:*' list them)"
}

func pick(ret bool, onReturn, onEntry Mechanism) Mechanism {
	if ret {
		return onReturn
	}
	return onEntry
}

// setProgramType sets the program type and attach type for a mechanism.
func setProgramType(spec *ebpf.ProgramSpec, t *lang.Target, a *Attach) {
	switch a.Mechanism {
	case Fentry:
		spec.Type, spec.AttachType, spec.AttachTo = ebpf.Tracing, ebpf.AttachTraceFEntry, t.Func
	case Fexit:
		spec.Type, spec.AttachType, spec.AttachTo = ebpf.Tracing, ebpf.AttachTraceFExit, t.Func
	case KprobeMulti, KretprobeMulti:
		spec.Type, spec.AttachType = ebpf.Kprobe, ebpf.AttachTraceKprobeMulti
	case UprobeMulti, UretprobeMulti:
		spec.Type, spec.AttachType = ebpf.Kprobe, ebpf.AttachTraceUprobeMulti
	default:
		spec.Type = ebpf.Kprobe
	}
}

// addFuncProgram compiles a probe on a function: with the mechanism
// attachFor picks, a kprobe build alongside an fentry one when the kernel
// has kprobes to fall back on, and the programs of one wildcard merged
// into one kprobe_multi program when their code is the same. When it is
// not (the probe reads func, say), each function gets its own program,
// attached as a single function's would be.
func (c *compiler) addFuncProgram(pi *lang.ProbeInfo, t *lang.Target) lang.ErrorList {
	a := c.attachFor(t, !c.noMerge(pi, t))
	if isMulti(a.Mechanism) {
		lead := c.multiLead(pi, t)
		switch {
		case a.Mechanism == KretprobeMulti && c.fentryFits(t) && c.readsArgs(pi, t):
			// A kretprobe cannot read arguments; fexit can.
			a = c.attachFor(t, false)
			a.Why = "the probe reads arguments, which fexit has at return and a kretprobe has lost"
		case lead == nil:
		case c.mergeInto(lead, pi, t, a):
			return nil
		default:
			if errs := c.demote(lead); errs != nil {
				return errs
			}
			a = c.attachFor(t, false)
			a.noMerge = true
		}
	}
	p, errs := c.compileFunc(pi, t, a, len(c.out.Programs))
	if errs != nil {
		return errs
	}
	c.out.Programs = append(c.out.Programs, p)
	return nil
}

func isMulti(m Mechanism) bool {
	return m == KprobeMulti || m == KretprobeMulti || m.IsUprobeMulti()
}

// fentryFits reports whether t can run as fentry or fexit here.
func (c *compiler) fentryFits(t *lang.Target) bool {
	return c.opts.Features.Fentry && t.Proto != nil && !t.OddProto
}

// compileFunc compiles a probe on a function with program index index,
// and its kprobe build when it runs as fentry and kprobes can stand in.
func (c *compiler) compileFunc(pi *lang.ProbeInfo, t *lang.Target, a *Attach, index int) (*Program, lang.ErrorList) {
	evStart := len(c.out.Events)
	p, errs := c.program(pi, t, index, a)
	if errs != nil {
		return nil, errs
	}
	a.evStart, a.evEnd = evStart, len(c.out.Events)
	if isMulti(a.Mechanism) {
		a.Symbols = []string{t.Func}
		c.addUprobeSite(a, t)
	}
	if (a.Mechanism == Fentry || a.Mechanism == Fexit) && c.opts.Features.Kprobes && !t.Kind.Info().Fentry {
		fb := &Attach{Mechanism: pick(a.Mechanism == Fexit, Kretprobe, Kprobe)}
		if fp, ferrs := c.program(pi, t, index, fb); ferrs == nil {
			a.Fallback = fp.Spec
		}
	}
	return p, nil
}

// readsArgs reports whether t's probe reads the function's arguments, by
// compiling it as a kretprobe on trial.
func (c *compiler) readsArgs(pi *lang.ProbeInfo, t *lang.Target) bool {
	n := len(c.out.Events)
	trial := &Attach{Mechanism: KretprobeMulti}
	_, _ = c.program(pi, t, len(c.out.Programs), trial) // compiled for what it reads, not kept
	c.out.Events = c.out.Events[:n]
	return trial.argsAtReturn
}

// noMerge reports whether an earlier function of t's wildcard was found
// to need a program of its own.
func (c *compiler) noMerge(pi *lang.ProbeInfo, t *lang.Target) bool {
	for _, p := range c.out.Programs {
		if p.Probe == pi && p.Target.AP == t.AP && p.Attach != nil && p.Attach.noMerge {
			return true
		}
	}
	return false
}

// demote recompiles a kprobe_multi program that hooks one function as a
// program for that function alone, once another function of its wildcard
// turned out to need different code. One that already hooks several stays
// as it is.
func (c *compiler) demote(lead *Program) lang.ErrorList {
	if len(lead.Attach.Symbols) > 1 {
		lead.Attach.noMerge = true
		return nil
	}
	a := c.attachFor(lead.Target, false)
	a.noMerge = true
	p, errs := c.compileFunc(lead.Probe, lead.Target, a, lead.Index)
	if errs != nil {
		return errs
	}
	c.out.Programs[lead.Index] = p
	return nil
}

// multiLead finds the program of the same attach point of the same probe
// that other functions' programs merge into.
func (c *compiler) multiLead(pi *lang.ProbeInfo, t *lang.Target) *Program {
	for _, p := range c.out.Programs {
		if p.Probe == pi && p.Target.AP == t.AP && p.Target.Path == t.Path && p.Attach != nil && isMulti(p.Attach.Mechanism) && !p.Attach.noMerge {
			return p
		}
	}
	return nil
}

// mergeInto compiles t as if it were lead's program, with lead's program
// index and event numbers; when the code comes out the same, lead's
// program also hooks t's function and true is returned.
func (c *compiler) mergeInto(lead *Program, pi *lang.ProbeInfo, t *lang.Target, a *Attach) bool {
	la := lead.Attach
	all := c.out.Events
	c.out.Events = all[:la.evStart:la.evStart]
	trial, errs := c.program(pi, t, lead.Index, &Attach{Mechanism: a.Mechanism})
	c.out.Events = all
	if errs != nil || !sameCode(trial.Spec.Instructions, lead.Spec.Instructions) {
		return false
	}
	la.Symbols = append(la.Symbols, t.Func)
	c.addUprobeSite(la, t)
	if !la.merged {
		la.merged = true
		for _, ev := range c.out.Events[la.evStart:la.evEnd] {
			ev.Probe = t.AP.Raw
		}
	}
	return true
}

// sameCode reports whether two programs' instructions are the same, as
// their listings would be, without printing them: the operation, its
// registers, offset and constant, and the label on it and the one it
// refers to (a map's name, a jump's target).
func sameCode(a, b asm.Instructions) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := &a[i], &b[i]
		if x.OpCode != y.OpCode || x.Dst != y.Dst || x.Src != y.Src || x.Offset != y.Offset || x.Constant != y.Constant ||
			x.Reference() != y.Reference() || x.Symbol() != y.Symbol() {
			return false
		}
	}
	return true
}

// readArgSlot loads argument slot n of a function (or a raw tracepoint):
// a 64-bit context slot for fentry, fexit and raw tracepoints, a register
// from struct pt_regs for kprobes and uprobes.
func (g *gen) readArgSlot(n int, t *lang.Type, at lang.Pos) *val {
	off := int16(8 * n)
	if a := g.prog.Attach; a != nil && a.Mechanism.IsKprobe() {
		if a.Mechanism.IsReturn() {
			a.argsAtReturn = true
			g.errorf(at, "%s cannot read arguments here: it runs as a %s (%s), which has lost them by the time the function returns; save them in a map from kprobe:%s", g.target, a.Mechanism, a.Why, g.target.Func)
			return g.constVal(0)
		}
		if n >= len(regOffsets) {
			g.errorf(at, "%s: argument slot %d is passed on the stack, which a %s does not read (it runs as a %s: %s)", g.target, n, a.Mechanism, a.Mechanism, a.Why)
			return g.constVal(0)
		}
		off = regOffsets[n]
	}
	return g.loadCtx64(off, t)
}

// readRetval loads a function's return value: the slot after the
// arguments for fexit, ax from pt_regs for kretprobes and uretprobes.
func (g *gen) readRetval(t *lang.Type) *val {
	off := int16(axOffset)
	if a := g.prog.Attach; a != nil && a.Mechanism == Fexit {
		off = int16(8 * len(g.target.Slots))
	}
	return g.loadCtx64(off, t)
}

// loadCtx64 loads a 64-bit word of the context and narrows it to t.
func (g *gen) loadCtx64(off int16, t *lang.Type) *val {
	v := g.newVal()
	r := g.load(v, asm.R0)
	g.emit(asm.LoadMem(r, ctxReg, off, asm.DWord))
	if t.Kind == lang.Int {
		g.normalize(r, t.Size, t.Signed)
	}
	g.set(v, r)
	return v
}
