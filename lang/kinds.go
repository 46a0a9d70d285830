package lang

import (
	"fmt"
	"strings"
)

// ProbeKind says what a probe hooks. It is what the script asked for; the
// runtime picks the mechanism (tp_btf, perf-event tracepoint, …). Each
// kind is described once, by its KindInfo in the kinds table below.
type ProbeKind uint8

// The probe kinds.
const (
	BeginProbe ProbeKind = iota + 1
	EndProbe
	TracepointProbe
	RawTracepointProbe
	IntervalProbe
	ProfileProbe
	KprobeProbe          // kprobe:f — run as fentry where the kernel allows
	KretprobeProbe       // kretprobe:f — run as fexit where the kernel allows
	FentryProbe          // fentry:f — BTF only
	FexitProbe           // fexit:f — BTF only
	UprobeProbe          // uprobe:/path:sym
	UretprobeProbe       // uretprobe:/path:sym
	USDTProbe            // usdt:/path:provider:name
	SoftwareProbe        // software:event:count
	HardwareProbe        // hardware:event:count
	WatchpointProbe      // watchpoint:addr:len:mode
	AsyncWatchpointProbe // asyncwatchpoint:func+argN:len:mode
)

// Context is what a probe's program is handed when it runs. It decides
// the program's type and how the probe's arguments are read, so a new
// kind with a context codegen knows needs nothing new from codegen.
type Context uint8

// The contexts.
const (
	// RunOnce: BEGIN and END, run once from user space.
	RunOnce Context = iota + 1
	// TracepointRecord: a tracepoint's record; args->field reads a field
	// at its offset.
	TracepointRecord
	// RawTracepointSlots: a raw tracepoint's 64-bit argument slots, typed
	// from BTF (loaded as tp_btf where the program reads through them,
	// else as a plain raw tracepoint: see codegen).
	RawTracepointSlots
	// KernelFunction: a kernel function's registers (struct pt_regs) or
	// its fentry argument slots, whichever codegen picks for the kernel.
	KernelFunction
	// UserFunction: the registers (struct pt_regs) of a process stopped
	// at an instruction of its code, as uprobes see them.
	UserFunction
	// PerfEventSample: a perf event's sample (struct
	// bpf_perf_event_data): timers, software and hardware events,
	// watchpoints.
	PerfEventSample
)

// ArgSource says where arg0, arg1, … come from in a probe.
type ArgSource uint8

// The argument sources.
const (
	NoArgN ArgSource = iota
	// SlotArgs: a function's argument registers, or its fentry slots
	// (Target.Slots types them).
	SlotArgs
	// FieldArgs: the fields of args, in order (raw tracepoints).
	FieldArgs
	// LocatedArgs: each target's own argument locations, which its probe
	// site describes (Target.ArgLocs; usdt).
	LocatedArgs
)

// KindInfo describes one probe kind, once: the names a script may use for it,
// how its attach points expand into targets, what its program is handed,
// what it offers the script, and how its targets are named. codegen, the
// start-up hints (MayNeedBTF), the CLI's -l and the runtime read it; the
// kernel-facing half of a kind (how it attaches and lists) lives in the
// runtime, which registers it for the kind.
type KindInfo struct {
	Kind    ProbeKind
	Name    string   // its canonical name, as the probe builtin and -l spell it
	Aliases []string // the other names a script may use
	// Forms are the shapes its attach points take, for errors and help.
	Forms   []string
	Context Context
	ArgN    ArgSource
	// Args: args names the probe's arguments (a tracepoint's record, a
	// function's BTF prototype) on targets that have them.
	Args bool
	// Func: the probe hooks a function, which func names.
	Func bool
	// Return: the probe fires as a function returns: retval is its
	// return value, and the arguments are gone (unless Fentry).
	Return bool
	// Entry is the kind that hooks the same function on entry, for a
	// Return kind: where a script saves what the return cannot read.
	Entry ProbeKind
	// User: the probe runs in user-space code, whose addresses are the
	// traced process's.
	User bool
	// Fentry: the kind asks for fentry or fexit by name, which only
	// functions BTF describes have; no kprobe stands in for it.
	Fentry bool
	// NeedsBTF: expanding or checking the kind's attach points reads
	// kernel BTF, which a caller may start loading early (MayNeedBTF).
	NeedsBTF bool
	// ListedByDefault: ntrace -l without a kind lists this kind's probes.
	ListedByDefault bool

	expand func(c *checker, k *KindInfo, ap *AttachPoint) ([]*Target, error)
	name   func(t *Target) string
}

// asWritten names a BEGIN or END target as the script wrote it: begin
// and end in lowercase, as current bpftrace writes them, stay so.
func asWritten(t *Target, name string) string {
	if t.AP != nil && strings.EqualFold(t.AP.Kind, name) {
		return t.AP.Kind
	}
	return name
}

// Names are the kind's name and aliases.
func (k *KindInfo) Names() []string { return append([]string{k.Name}, k.Aliases...) }

// kinds is every probe kind, in the order -l lists them and messages name
// them. It is filled in by init: the expansions look kinds up.
var kinds []*KindInfo

func init() {
	kinds = []*KindInfo{
		// Current bpftrace writes begin and end; the probe builtin names
		// them as written.
		{Kind: BeginProbe, Name: "BEGIN", Aliases: []string{"begin"}, Forms: []string{"BEGIN"}, Context: RunOnce, ListedByDefault: true,
			expand: expandBare, name: func(t *Target) string { return asWritten(t, "BEGIN") }},
		{Kind: EndProbe, Name: "END", Aliases: []string{"end"}, Forms: []string{"END"}, Context: RunOnce, ListedByDefault: true,
			expand: expandBare, name: func(t *Target) string { return asWritten(t, "END") }},
		{Kind: TracepointProbe, Name: "tracepoint", Aliases: []string{"t"}, Forms: []string{"tracepoint:GROUP:NAME"},
			Context: TracepointRecord, Args: true, ListedByDefault: true,
			expand: expandTracepoint, name: func(t *Target) string { return "tracepoint:" + t.Group + ":" + t.Name }},
		{Kind: RawTracepointProbe, Name: "rawtracepoint", Aliases: []string{"rt"}, Forms: []string{"rawtracepoint:NAME"},
			Context: RawTracepointSlots, ArgN: FieldArgs, Args: true, NeedsBTF: true, ListedByDefault: true,
			expand: expandRawTracepoint, name: func(t *Target) string { return "rawtracepoint:" + t.Name }},
		{Kind: IntervalProbe, Name: "interval", Aliases: []string{"i"}, Forms: []string{"interval:PERIOD", "interval:s:N", "interval:ms:N", "interval:us:N", "interval:hz:N"},
			Context: PerfEventSample, expand: expandInterval, name: intervalName},
		{Kind: ProfileProbe, Name: "profile", Aliases: []string{"p"}, Forms: []string{"profile:hz:N"},
			Context: PerfEventSample, expand: expandProfile, name: func(t *Target) string { return fmt.Sprintf("profile:hz:%d", t.Period) }},
		{Kind: KprobeProbe, Name: "kprobe", Aliases: []string{"k"}, Forms: []string{"kprobe:FUNCTION", "kprobe:FUNCTION+OFFSET", "kprobe:MODULE:FUNCTION"},
			Context: KernelFunction, ArgN: SlotArgs, Args: true, Func: true, NeedsBTF: true, ListedByDefault: true,
			expand: expandKernelFunc, name: kernelFuncName},
		{Kind: KretprobeProbe, Name: "kretprobe", Aliases: []string{"kr"}, Forms: []string{"kretprobe:FUNCTION"},
			Context: KernelFunction, ArgN: SlotArgs, Args: true, Func: true, Return: true, Entry: KprobeProbe, NeedsBTF: true,
			expand: expandKernelFunc, name: kernelFuncName},
		{Kind: FentryProbe, Name: "fentry", Aliases: []string{"kfunc", "f"}, Forms: []string{"fentry:FUNCTION", "fentry:MODULE:FUNCTION"},
			Context: KernelFunction, ArgN: SlotArgs, Args: true, Func: true, Fentry: true, NeedsBTF: true, ListedByDefault: true,
			expand: expandKernelFunc, name: kernelFuncName},
		{Kind: FexitProbe, Name: "fexit", Aliases: []string{"kretfunc", "fr"}, Forms: []string{"fexit:FUNCTION"},
			Context: KernelFunction, ArgN: SlotArgs, Args: true, Func: true, Return: true, Entry: FentryProbe, Fentry: true, NeedsBTF: true,
			expand: expandKernelFunc, name: kernelFuncName},
		{Kind: UprobeProbe, Name: "uprobe", Aliases: []string{"u"}, Forms: []string{"uprobe:BINARY:FUNCTION", "uprobe:BINARY:FUNCTION+OFFSET", "uprobe:BINARY:ADDRESS"},
			Context: UserFunction, ArgN: SlotArgs, Func: true, User: true,
			expand: expandUprobe, name: userFuncName},
		{Kind: UretprobeProbe, Name: "uretprobe", Aliases: []string{"ur"}, Forms: []string{"uretprobe:BINARY:FUNCTION"},
			Context: UserFunction, ArgN: SlotArgs, Func: true, Return: true, Entry: UprobeProbe, User: true,
			expand: expandUprobe, name: userFuncName},
		{Kind: USDTProbe, Name: "usdt", Aliases: []string{"U"}, Forms: []string{"usdt:BINARY:PROVIDER:NAME", "usdt:BINARY:NAME"},
			Context: UserFunction, ArgN: LocatedArgs, User: true,
			expand: expandUSDT, name: func(t *Target) string { return "usdt:" + t.Path + ":" + t.Group + ":" + t.Name }},
		{Kind: SoftwareProbe, Name: "software", Aliases: []string{"s"}, Forms: []string{"software:EVENT:COUNT", "software:EVENT"},
			Context: PerfEventSample, ListedByDefault: true, expand: expandPerfCounter, name: perfCounterName},
		{Kind: HardwareProbe, Name: "hardware", Aliases: []string{"h"}, Forms: []string{"hardware:EVENT:COUNT", "hardware:EVENT"},
			Context: PerfEventSample, ListedByDefault: true, expand: expandPerfCounter, name: perfCounterName},
		{Kind: WatchpointProbe, Name: "watchpoint", Aliases: []string{"w"}, Forms: []string{"watchpoint:ADDRESS:LENGTH:MODE", "watchpoint:FUNCTION+argN:LENGTH:MODE"},
			Context: PerfEventSample, expand: expandWatchpoint, name: watchpointName},
		{Kind: AsyncWatchpointProbe, Name: "asyncwatchpoint", Aliases: []string{"aw"}, Forms: []string{"asyncwatchpoint:FUNCTION+argN:LENGTH:MODE"},
			Context: PerfEventSample, expand: expandWatchpoint, name: watchpointName},
	}
	for _, k := range kinds {
		for _, n := range k.Names() {
			kindsByName[n] = k
		}
		kindsByKind[k.Kind] = k
		if k.NeedsBTF {
			for _, n := range k.Names() {
				btfWords[n] = true
			}
		}
	}
}

var (
	kindsByName = map[string]*KindInfo{}
	kindsByKind = map[ProbeKind]*KindInfo{}
)

// Kinds returns every probe kind, in the order -l lists them.
func Kinds() []*KindInfo { return kinds }

// KindNamed returns the kind a script names name (its name or an alias),
// or nil.
func KindNamed(name string) *KindInfo { return kindsByName[name] }

// Info returns k's description.
func (k ProbeKind) Info() *KindInfo { return kindsByKind[k] }

// String is k's canonical name.
func (k ProbeKind) String() string {
	if d := k.Info(); d != nil {
		return d.Name
	}
	return fmt.Sprintf("ProbeKind(%d)", uint8(k))
}

// IsKernelFunction reports whether k hooks a kernel function: kprobe,
// kretprobe, fentry or fexit.
func (k ProbeKind) IsKernelFunction() bool { return k.Info().Context == KernelFunction }

// IsReturn reports whether k fires when a function returns.
func (k ProbeKind) IsReturn() bool { return k.Info().Return }

// IsUser reports whether k runs in user-space code (uprobes, usdt).
func (k ProbeKind) IsUser() bool { return k.Info().User }

// RunsOnce reports whether k is BEGIN or END, which run once from user
// space rather than attach to anything.
func (k ProbeKind) RunsOnce() bool { return k.Info().Context == RunOnce }

// kindList names the kinds that have has, in table order, for messages:
// "kretprobe, fexit and uretprobe".
func kindList(has func(k *KindInfo) bool) string {
	var names []string
	for _, k := range kinds {
		if has(k) {
			names = append(names, k.Name)
		}
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// String is the canonical probe name, as the probe builtin returns it.
func (t *Target) String() string {
	if d := t.Kind.Info(); d != nil && d.name != nil {
		return d.name(t)
	}
	return t.AP.Raw
}

func intervalName(t *Target) string {
	switch {
	case t.Period%1_000_000_000 == 0:
		return fmt.Sprintf("interval:s:%d", t.Period/1_000_000_000)
	case t.Period%1_000_000 == 0:
		return fmt.Sprintf("interval:ms:%d", t.Period/1_000_000)
	case t.Period%1_000 == 0:
		return fmt.Sprintf("interval:us:%d", t.Period/1_000)
	}
	return fmt.Sprintf("interval:ns:%d", t.Period)
}

func kernelFuncName(t *Target) string { return t.Kind.String() + ":" + t.Location() }

func userFuncName(t *Target) string { return t.Kind.String() + ":" + t.Path + ":" + t.Location() }
