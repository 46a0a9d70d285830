package codegen

import (
	"fmt"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// Options tune code generation.
type Options struct {
	// StartTime is the CLOCK_MONOTONIC time in nanoseconds that elapsed
	// counts from.
	StartTime uint64
	// MapEntries is the capacity of each @map (default 4096, as bpftrace).
	MapEntries uint32
	// RingBufferSize is the size in bytes of the event ring buffer, a power
	// of two multiple of the page size (default 1 MiB).
	RingBufferSize uint32
	// Features are the kernel's ways of hooking functions, which decide
	// how kprobes and kretprobes are compiled.
	Features Features
}

type compiler struct {
	info *lang.Info
	opts Options
	out  *Output
	maps map[string]*Map
	// stacks are the stack trace maps kstack and ustack record into.
	stacks map[string]*ebpf.MapSpec
}

// Compile lowers a checked program to BPF.
func Compile(prog *lang.Program, info *lang.Info, opts Options) (*Output, error) {
	if opts.MapEntries == 0 {
		opts.MapEntries = 4096
	}
	if opts.RingBufferSize == 0 {
		opts.RingBufferSize = 1 << 20
	}
	c := &compiler{info: info, opts: opts, out: &Output{}, maps: map[string]*Map{}, stacks: map[string]*ebpf.MapSpec{}}
	for _, mi := range info.SortedMaps() {
		m := c.newMap(mi, len(c.out.Maps))
		c.maps[mi.Name] = m
		c.out.Maps = append(c.out.Maps, m)
	}
	var errs lang.ErrorList
	for _, pi := range info.Probes {
		for _, t := range pi.Targets {
			if t.Kind.IsKernelFunction() || t.Kind.IsUser() {
				if err := c.addFuncProgram(pi, t); err != nil {
					errs = append(errs, err...)
				}
				continue
			}
			p, err := c.program(pi, t, len(c.out.Programs), nil)
			if err != nil {
				errs = append(errs, err...)
				continue
			}
			c.out.Programs = append(c.out.Programs, p)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	c.out.Collection = c.collection()
	return c.out, nil
}

func (c *compiler) collection() *ebpf.CollectionSpec {
	spec := &ebpf.CollectionSpec{
		Maps:     map[string]*ebpf.MapSpec{},
		Programs: map[string]*ebpf.ProgramSpec{},
	}
	spec.Maps[EventsMap] = &ebpf.MapSpec{Name: EventsMap, Type: ebpf.RingBuf, MaxEntries: c.opts.RingBufferSize}
	spec.Maps[WakeMap] = &ebpf.MapSpec{Name: WakeMap, Type: ebpf.PerCPUArray, KeySize: 4, ValueSize: 8, MaxEntries: 1}
	spec.Maps[LostMap] = &ebpf.MapSpec{
		Name: LostMap, Type: ebpf.PerCPUArray, KeySize: 4, ValueSize: 8,
		MaxEntries: uint32(max(1, len(c.out.Programs))),
	}
	for _, m := range c.out.Maps {
		spec.Maps[m.Spec.Name] = m.Spec
	}
	for name, m := range c.stacks {
		spec.Maps[name] = m
	}
	for _, p := range c.out.Programs {
		if p.Attach != nil && p.Attach.Unavailable != nil {
			continue // the kernel cannot run it: do not load it
		}
		spec.Programs[p.Name] = p.Spec
	}
	return spec
}

// newMap decides how the script's map is kept in the kernel.
func (c *compiler) newMap(mi *lang.MapInfo, index int) *Map {
	m := &Map{Name: mi.Name, Info: mi, Keyless: len(mi.Keys) == 0}
	offsets, keySize := lang.TupleLayout(mi.Keys)
	for i, k := range mi.Keys {
		m.Keys = append(m.Keys, Slot{Offset: offsets[i], Type: k})
	}
	m.KeySize = keySize
	spec := &ebpf.MapSpec{Name: fmt.Sprintf("m%d", index), MaxEntries: c.opts.MapEntries}
	switch agg := mi.Value.Agg; {
	case mi.Value.Kind != lang.Agg:
		spec.Type = ebpf.Hash
		m.ValueSize = mi.Value.StorageSize()
		if m.Keyless {
			m.KeySize = 8
		}
	case agg == lang.Hist || agg == lang.Lhist:
		spec.Type = ebpf.PerCPUHash
		m.PerCPU = true
		m.BucketOff = keySize
		m.KeySize = keySize + 8
		m.ValueSize = 8
	default:
		m.PerCPU = true
		m.ValueSize = aggValueSize(agg)
		if m.Keyless {
			spec.Type, spec.MaxEntries, m.KeySize = ebpf.PerCPUArray, 1, 4
		} else {
			spec.Type = ebpf.PerCPUHash
		}
	}
	spec.KeySize, spec.ValueSize = uint32(m.KeySize), uint32(m.ValueSize)
	m.Spec = spec
	return m
}

// aggValueSize is the per-CPU value of an aggregation: count keeps one
// word; the others keep a value and a count (or a "set" flag for min and
// max), so that an aggregation that never ran prints nothing.
func aggValueSize(agg lang.AggKind) int {
	if agg == lang.Count || agg == lang.Hist || agg == lang.Lhist {
		return 8
	}
	return 16
}

func (c *compiler) addEvent(ev *Event) *Event {
	ev.ID = len(c.out.Events)
	c.out.Events = append(c.out.Events, ev)
	return ev
}

// program compiles one target. at says how a probe on a function attaches,
// and is nil for the other probe kinds.
func (c *compiler) program(pi *lang.ProbeInfo, t *lang.Target, index int, at *Attach) (*Program, lang.ErrorList) {
	p := &Program{Name: fmt.Sprintf("p%d", index), Index: index, Target: t, Probe: pi, Attach: at}
	g := &gen{
		c: c, prog: p, target: t,
		aliases: map[string]string{},
		free:    []asm.Register{asm.R9, asm.R8, asm.R7},
		vars:    map[*lang.Var]int16{},
	}
	g.exit = g.label()
	// Every instruction carries the script position it came from (the
	// kernel wants line info on all or none).
	g.source = &Source{Pos: pi.Probe.Pos}
	g.emit(asm.Mov.Reg(ctxReg, asm.R1))
	for _, v := range pi.Vars {
		off := g.allocStack(v.Type.StorageSize(), v.Pos)
		g.vars[v] = off
		g.zero(loc{asm.RFP, off}, v.Type.StorageSize())
	}
	if pi.Probe.Pred != nil {
		g.source = &Source{Pos: lang.Start(pi.Probe.Pred)}
		mark := g.stack
		g.jumpIfFalse(pi.Probe.Pred, g.exit)
		g.stack = mark
	}
	g.block(pi.Probe.Body)
	g.place(g.exit)
	g.emit(asm.Mov.Imm(asm.R0, 0), asm.Return())
	g.resolveLabels()
	g.pruneUnreachable()
	if len(g.errs) > 0 {
		return nil, g.errs
	}
	spec := &ebpf.ProgramSpec{
		Name:         p.Name,
		License:      "GPL",
		Instructions: g.insns,
	}
	switch t.Kind {
	case lang.BeginProbe, lang.EndProbe:
		// Run once from user space with BPF_PROG_TEST_RUN.
		spec.Type = ebpf.RawTracepoint
	case lang.TracepointProbe:
		spec.Type = ebpf.TracePoint
	case lang.RawTracepointProbe:
		spec.Type, spec.AttachType, spec.AttachTo = ebpf.Tracing, ebpf.AttachTraceRawTp, t.Name
	case lang.IntervalProbe, lang.ProfileProbe:
		spec.Type = ebpf.PerfEvent
	case lang.KprobeProbe, lang.KretprobeProbe, lang.FentryProbe, lang.FexitProbe, lang.UprobeProbe, lang.UretprobeProbe:
		setProgramType(spec, t, at)
	}
	p.Spec = spec
	return p, nil
}
