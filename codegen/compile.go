package codegen

import (
	"slices"
	"strconv"

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
	// AllocOnDemand lets the @maps of up to PerCPULimit keys kept in hash
	// maps allocate an element when its key first arrives instead of all
	// of them when the map is made (BPF_F_NO_PREALLOC). Making a
	// preallocated 4096-key per-CPU hash map costs the kernel 0.5 to
	// 5 ms, on the path to the first event. Only for kernels whose hash
	// maps use the BPF memory allocator (6.1 and later): before it,
	// tracing programs were refused such maps or warned about them, as
	// unsafe.
	AllocOnDemand bool
	// MapDecls says how some @maps are kept, by name ("@m"), over what
	// the script declares (let @m = lruhash(N)); the others are chosen
	// by chooseMap.
	MapDecls map[string]MapDecl
	// PossibleCPUs is the number of CPUs per-CPU maps keep a value for:
	// for estimating their memory (Map.KernelMemory), and the values a
	// probe's read of an aggregation takes together; 0 counts as 1.
	PossibleCPUs int
	// PerfBuffer sends events through per-CPU perf buffers
	// (bpf_perf_event_output), for kernels without BPF ring buffers.
	PerfBuffer bool
	// BufferSize is the size in bytes of the event ring buffer, a power
	// of two multiple of the page size (default 1 MiB); with PerfBuffer,
	// the size of each CPU's perf buffer, rounded up to a power of two
	// number of pages (default 256 KiB).
	BufferSize uint32
	// Features are the kernel's ways of hooking functions, which decide
	// how kprobes and kretprobes are compiled.
	Features Features
}

// DefaultRingBufferSize is the event ring buffer's size when
// Options.BufferSize is not given.
const DefaultRingBufferSize = 1 << 20

// DefaultPerfBufferSize is each CPU's perf buffer when Options.BufferSize
// is not given: 64 pages, as bpftrace.
const DefaultPerfBufferSize = 256 << 10

type compiler struct {
	info *lang.Info
	opts Options
	out  *Output
	maps map[string]*Map
	// used marks the maps that code was emitted for (useMap): a map that
	// only code a constant condition leaves out uses is not made.
	used map[*Map]bool
	// stacks are the stack trace maps kstack and ustack record into, and
	// the arrays of function names of uprobe_multi programs (nameMap).
	stacks map[string]*ebpf.MapSpec
	// nameMaps keeps nameMap's arrays.
	nameMaps map[nameMapKey]*ebpf.MapSpec
	// scratchSlots counts the programs with a scratch area of their own
	// (see Program.ScratchSlot).
	scratchSlots int
	// setFirst keeps gen.setFirst's answer for each probe's body.
	setFirst map[*lang.Block]map[*lang.Var]bool
	// funcTables keeps funcTable's answers.
	funcTables map[funcTableKey][]*lang.Target
	// buffers are the spare emission buffers (see insnBuffers).
	buffers insnBuffers
}

// Compile lowers a checked program to BPF.
func Compile(prog *lang.Program, info *lang.Info, opts Options) (*Output, error) {
	if opts.MapEntries == 0 {
		opts.MapEntries = 4096
	}
	opts.PossibleCPUs = max(opts.PossibleCPUs, 1)
	if opts.BufferSize == 0 {
		opts.BufferSize = DefaultRingBufferSize
		if opts.PerfBuffer {
			opts.BufferSize = DefaultPerfBufferSize
		}
	}
	out := &Output{PerfBuffer: opts.PerfBuffer, BufferSize: int(opts.BufferSize), HeaderSize: HeaderSize, Choices: prog.Choices, Left: info.Left}
	if opts.PerfBuffer {
		out.HeaderSize = PerfHeaderSize
	}
	c := &compiler{info: info, opts: opts, out: out, maps: map[string]*Map{}, used: map[*Map]bool{}, stacks: map[string]*ebpf.MapSpec{}, setFirst: map[*lang.Block]map[*lang.Var]bool{}}
	for _, mi := range info.SortedMaps() {
		m := c.newMap(mi, len(c.out.Maps))
		c.maps[mi.Name] = m
		c.out.Maps = append(c.out.Maps, m)
	}
	var errs lang.ErrorList
	for _, pi := range info.Probes {
		for _, t := range pi.Targets {
			if t.Skip != "" {
				// Checked, not attached (the checker warned); the maps
				// it writes are the script's all the same, as bpftrace
				// makes and prints them.
				c.markMaps(pi, t)
				continue
			}
			if ctx := t.Kind.Info().Context; ctx == lang.KernelFunction || ctx == lang.UserFunction {
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
			if t.Func != "" && (t.Kind == lang.WatchpointProbe || t.Kind == lang.AsyncWatchpointProbe) {
				if p.Arm, err = c.armWatchpoint(p); err != nil {
					errs = append(errs, err...)
					continue
				}
			}
			c.out.Programs = append(c.out.Programs, p)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	fullSlots := len(c.out.Maps)
	c.out.Maps = slices.DeleteFunc(c.out.Maps, func(m *Map) bool { return !c.used[m] })
	c.warnBigMaps()
	c.out.Collection = c.collection(fullSlots)
	return c.out, nil
}

// markMaps compiles a target that is not attached, on trial, for the
// maps its code uses to be made.
func (c *compiler) markMaps(pi *lang.ProbeInfo, t *lang.Target) {
	n := len(c.out.Events)
	// What the trial finds wrong is reported where the target is
	// compiled for real, if it ever is.
	_, _ = c.program(pi, t, len(c.out.Programs), &Attach{Mechanism: pick(t.Kind.IsReturn(), Uretprobe, Uprobe)})
	c.out.Events = c.out.Events[:n]
}

// useMap returns the script's map called name, marking it as used.
func (c *compiler) useMap(name string) *Map {
	m := c.maps[name]
	c.used[m] = true
	return m
}

// collection gathers the maps and programs; fullSlots is the number of
// slots FullMap needs (one per map, made or not: Map.Index numbers them).
// Of ntrace's own maps it holds those some program uses: a script that
// sends no events has no ring buffer, one whose maps cannot fill no
// FullMap (each is a system call and kernel memory at start-up).
func (c *compiler) collection(fullSlots int) *ebpf.CollectionSpec {
	spec := &ebpf.CollectionSpec{
		Maps:     map[string]*ebpf.MapSpec{},
		Programs: map[string]*ebpf.ProgramSpec{},
	}
	used := c.referencedMaps()
	switch {
	case !used[EventsMap]:
	case c.opts.PerfBuffer:
		// One perf buffer per possible CPU; the reader fills the array.
		spec.Maps[EventsMap] = &ebpf.MapSpec{Name: EventsMap, Type: ebpf.PerfEventArray, KeySize: 4, ValueSize: 4}
	default:
		spec.Maps[EventsMap] = &ebpf.MapSpec{Name: EventsMap, Type: ebpf.RingBuf, MaxEntries: c.opts.BufferSize}
	}
	if used[WakeMap] {
		spec.Maps[WakeMap] = &ebpf.MapSpec{Name: WakeMap, Type: ebpf.PerCPUArray, KeySize: 4, ValueSize: 8, MaxEntries: 1}
	}
	if n := c.scratchSize(); n > 0 {
		spec.Maps[ScratchMap] = &ebpf.MapSpec{Name: ScratchMap, Type: ebpf.PerCPUArray, KeySize: 4, ValueSize: uint32(n), MaxEntries: uint32(1 + c.scratchSlots)}
	}
	if used[LostMap] {
		spec.Maps[LostMap] = &ebpf.MapSpec{
			Name: LostMap, Type: ebpf.PerCPUArray, KeySize: 4, ValueSize: 8,
			MaxEntries: uint32(max(1, len(c.out.Programs))),
		}
	}
	if used[StopMap] {
		spec.Maps[StopMap] = &ebpf.MapSpec{Name: StopMap, Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1}
	}
	if used[ExitMap] {
		spec.Maps[ExitMap] = &ebpf.MapSpec{Name: ExitMap, Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1}
	}
	if used[FullMap] {
		// One value, DropSlots words per map of the script, made or
		// not (Map.Index), that programs address directly
		// (countDropped).
		spec.Maps[FullMap] = &ebpf.MapSpec{
			Name: FullMap, Type: ebpf.Array, KeySize: 4, MaxEntries: 1,
			ValueSize: uint32(max(1, fullSlots) * int(DropSlots) * 8),
		}
	}
	for _, m := range c.out.Maps {
		spec.Maps[m.Spec.Name] = m.Spec
	}
	for name, m := range c.stacks {
		spec.Maps[name] = m
	}
	if n := len(c.out.Choices); n > 0 {
		spec.Maps[ChoiceMap] = choiceMapSpec(n)
	}
	for _, p := range c.out.Programs {
		if p.Attach != nil && p.Attach.Unavailable != nil {
			continue // the kernel cannot run it: do not load it
		}
		if p.Probe.Probe.Alt != nil && p.Target.Kind != lang.EndProbe {
			continue // loaded when its alternative is tried
		}
		spec.Programs[p.Name] = p.Spec
		if p.Arm != nil {
			spec.Programs[p.Name+ArmSuffix] = p.Arm
		}
	}
	return spec
}

// referencedMaps is the set of maps some instruction of some program (its
// kprobe fallback and a watchpoint's arming program included) refers to.
func (c *compiler) referencedMaps() map[string]bool {
	used := map[string]bool{}
	add := func(spec *ebpf.ProgramSpec) {
		for i := range spec.Instructions {
			if ins := &spec.Instructions[i]; ins.IsLoadFromMap() {
				used[ins.Reference()] = true
			}
		}
	}
	for _, p := range c.out.Programs {
		add(p.Spec)
		if p.Attach != nil && p.Attach.Fallback != nil {
			add(p.Attach.Fallback)
		}
		if p.Arm != nil {
			add(p.Arm) // a watchpoint's arming program sends its event
		}
	}
	return used
}

// newMap lays out the script's map mi and decides how the kernel keeps
// it (chooseMap).
func (c *compiler) newMap(mi *lang.MapInfo, index int) *Map {
	m := &Map{Name: mi.Name, Index: index, Info: mi, Keyless: len(mi.Keys) == 0}
	offsets, keySize := lang.WordLayout(mi.Keys)
	for i, k := range mi.Keys {
		m.Keys = append(m.Keys, Slot{Offset: offsets[i], Type: k})
	}
	m.KeySize = keySize
	m.Decl = c.chooseMap(mi)
	m.PerCPU = m.Decl.Kind.PerCPU()
	switch agg := mi.Value.Agg; {
	case mi.Value.Kind != lang.Agg:
		m.ValueSize = mi.Value.StorageSize()
		if m.Keyless {
			m.KeySize = 8
		}
	case agg == lang.Hist || agg == lang.Lhist:
		m.BucketOff = keySize
		m.KeySize = keySize + 8
		m.ValueSize = 8
		if m.Decl.Kind == PerCPUArrayMap {
			m.KeySize = 4 // the bucket is the slot's index
		}
	default:
		m.ValueSize = aggValueSize(agg)
		if m.Decl.Kind == PerCPUArrayMap {
			m.KeySize = 4
		} else if m.Keyless {
			m.KeySize = 8
		}
	}
	m.Spec = mapSpec(m, m.Decl)
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

// program compiles one target. The program's type follows from what its
// kind's programs are handed (lang.Context). at says how a probe on a
// function attaches, and is nil for the other probe kinds. A program that turns out to need
// the scratch area is compiled again with it.
func (c *compiler) program(pi *lang.ProbeInfo, t *lang.Target, index int, at *Attach) (*Program, lang.ErrorList) {
	p := &Program{Name: "p" + strconv.Itoa(index), Index: index, Target: t, Probe: pi, Attach: at}
	evStart := len(c.out.Events)
	var g *gen
	pass := func(at scratchAt) *gen {
		if g != nil {
			c.release(g) // a discarded pass's buffers serve the next
		}
		c.out.Events = c.out.Events[:evStart] // a discarded pass's events go with it
		return c.generate(p, at)
	}
	g = pass(noScratch)
	if g.wantScratch {
		if mayInterrupt(t, at) {
			c.scratchSlots++
			p.ScratchSlot = c.scratchSlots
		}
		at := scratchAfterPredicate
		if g.predicateScratch {
			at = scratchAtEntry
		}
		g = pass(at)
		if g.predicateScratch && at != scratchAtEntry {
			// One register fewer made the predicate spill into scratch.
			g = pass(scratchAtEntry)
		}
		p.Scratch = g.maxScratch
	}
	g.finish()
	defer c.release(g)
	if len(g.errs) > 0 {
		return nil, g.errs
	}
	spec := &ebpf.ProgramSpec{
		Name:         p.Name,
		License:      "GPL",
		Instructions: slices.Clone(g.insns),
	}
	switch t.Kind.Info().Context {
	case lang.RunOnce:
		// Run once from user space with BPF_PROG_TEST_RUN.
		spec.Type = ebpf.RawTracepoint
	case lang.TracepointRecord:
		spec.Type = ebpf.TracePoint
	case lang.RawTracepointSlots:
		// Both types run on the same hook with the same arguments, at the
		// same cost. A BTF-typed one (tp_btf) is needed only for direct
		// reads through its arguments; the verifier looks a tp_btf
		// program's target up by name in vmlinux BTF, type after type
		// (6.18: 0.2-0.4 ms a program, more than verifying a small one),
		// and a plain raw tracepoint's not at all.
		if g.btfCtx {
			spec.Type, spec.AttachType, spec.AttachTo = ebpf.Tracing, ebpf.AttachTraceRawTp, t.Name
		} else {
			spec.Type = ebpf.RawTracepoint
		}
	case lang.PerfEventSample:
		spec.Type = ebpf.PerfEvent
	case lang.KernelFunction, lang.UserFunction:
		setProgramType(spec, t, at)
	}
	p.Spec = spec
	return p, nil
}

// scratchAt says where a program looks up the scratch area.
type scratchAt int

const (
	noScratch             scratchAt = iota
	scratchAfterPredicate           // the predicate does without: filtered-out events skip the lookup
	scratchAtEntry                  // the predicate needs it too
)

// generate emits p's instructions. A program that uses the scratch area
// looks it up where at says and keeps its address in scratchReg.
func (c *compiler) generate(p *Program, at scratchAt) *gen {
	pi, t := p.Probe, p.Target
	g := &gen{
		c: c, prog: p, target: t, at: at, insns: c.buffers.take(),
		aliases: map[string]string{},
		free:    []asm.Register{asm.R9, asm.R8, asm.R7},
		vars:    map[*lang.Var]loc{},
	}
	if at != noScratch {
		g.free = []asm.Register{asm.R8, asm.R7}
	}
	g.exit = g.label()
	// Every instruction carries the script position it came from (the
	// kernel wants line info on all or none).
	g.source = &Source{Pos: pi.Probe.Pos}
	g.emit(asm.Mov.Reg(ctxReg, asm.R1))
	g.allScratch = hasLoops(pi.Probe.Body) || hasLoops(pi.Probe.Pred)
	if t.Kind != lang.BeginProbe && t.Kind != lang.EndProbe {
		// Stopped: do nothing (see StopMap).
		g.emit(
			g.referring(asm.LoadMapValue(asm.R0, 0, 0), StopMap),
			asm.LoadMem(asm.R0, asm.R0, 0, asm.DWord),
			asm.JNE.Imm(asm.R0, 0, g.exit),
		)
	}
	if alt := pi.Probe.Alt; alt != nil {
		g.choiceGate(alt)
	}
	if at == scratchAtEntry {
		g.scratchPrologue()
	}
	if pi.Probe.Pred != nil {
		// The predicate cannot use $variables: they are set up after it.
		g.source = &Source{Pos: lang.Start(pi.Probe.Pred)}
		stack := g.stack
		g.inPredicate = true
		g.jumpIfFalse(pi.Probe.Pred, g.exit)
		g.inPredicate = false
		g.stack = stack
		g.predicateScratch = g.wantScratch
		g.scratch = 0
	}
	if at == scratchAfterPredicate {
		g.scratchPrologue()
	}
	set := g.setFirst(pi.Probe.Body)
	for _, v := range pi.Vars {
		l := g.allocTemp(v.Type.StorageSize(), v.Pos)
		g.vars[v] = l
		if !set[v] {
			g.zero(l, v.Type.StorageSize())
		}
	}
	if pi.Probe.Pred == nil || !g.constFalse(pi.Probe.Pred) {
		g.block(pi.Probe.Body)
	}
	g.place(g.exit)
	g.emit(asm.Mov.Imm(asm.R0, 0), asm.Return())
	return g
}

// finish resolves, prunes, checks and lays out the instructions generate
// emitted; it runs once, on the pass program keeps.
func (g *gen) finish() {
	probe := g.prog.Probe.Probe.Pos
	g.checkFrames()
	g.appendCallbacks()
	g.resolveLabels()
	g.pruneUnreachable()
	g.dropContextCopy()
	g.dropReloads()
	g.checkSize(probe)
	g.checkBranches(probe)
	if len(g.errs) == 0 {
		if err := g.layOutFarJumps(); err != nil {
			g.errorf(probe, "the program for %s is too big to lay out (%v): split the probe into several", g.target, err)
		}
	}
	g.describeFuncs()
}
