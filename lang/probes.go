package lang

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/cilium/ebpf/btf"
)

// ProbeKind says what a probe hooks. It is what the script asked for; the
// runtime picks the mechanism (tp_btf, perf-event tracepoint, …).
type ProbeKind uint8

// The probe kinds.
const (
	BeginProbe ProbeKind = iota + 1
	EndProbe
	TracepointProbe
	RawTracepointProbe
	IntervalProbe
	ProfileProbe
	KprobeProbe    // kprobe:f — run as fentry where the kernel allows
	KretprobeProbe // kretprobe:f — run as fexit where the kernel allows
	FentryProbe    // fentry:f — BTF only
	FexitProbe     // fexit:f — BTF only
	UprobeProbe    // uprobe:/path:sym
	UretprobeProbe // uretprobe:/path:sym
)

// kindNames are the canonical names of the probe kinds that take a
// function, as the probe builtin spells them.
var kindNames = map[ProbeKind]string{
	KprobeProbe: "kprobe", KretprobeProbe: "kretprobe", FentryProbe: "fentry", FexitProbe: "fexit",
	UprobeProbe: "uprobe", UretprobeProbe: "uretprobe",
}

// IsKernelFunction reports whether k hooks a kernel function: kprobe,
// kretprobe, fentry or fexit.
func (k ProbeKind) IsKernelFunction() bool {
	return k == KprobeProbe || k == KretprobeProbe || k == FentryProbe || k == FexitProbe
}

// IsReturn reports whether k fires when a function returns.
func (k ProbeKind) IsReturn() bool {
	return k == KretprobeProbe || k == FexitProbe || k == UretprobeProbe
}

// IsUser reports whether k hooks a function in a user-space binary.
func (k ProbeKind) IsUser() bool { return k == UprobeProbe || k == UretprobeProbe }

// Target is one concrete attach point after wildcards are expanded: one
// program is compiled for each.
type Target struct {
	Kind   ProbeKind
	AP     *AttachPoint // what the script wrote
	Group  string       // tracepoint group
	Name   string       // tracepoint or raw tracepoint name
	Period uint64       // interval: nanoseconds; profile: hertz
	Args   *Type        // the Record that `args` points to, nil when none

	// Func is the kernel function, or the uprobe's symbol ("" for an
	// address outside every symbol).
	Func string
	// Proto is a kernel function's BTF prototype, nil when BTF lacks it.
	Proto *btf.FuncProto
	// Slots types each 64-bit argument slot (a register, or an fentry
	// context slot) that arg0, arg1, … read.
	Slots []*Type
	// Ret is retval's type in a probe on a function's return, nil when the
	// function returns nothing.
	Ret *Type
	// OddProto marks a kernel function that takes or returns a struct, a
	// union or an integer wider than 64 bits by value, or takes variable
	// arguments: ntrace does not run it as fentry/fexit.
	OddProto bool
	// Wildcard marks a target that a pattern matched.
	Wildcard bool

	// Path is a uprobe's binary; Offset is the probed instruction's file
	// offset in it, SymOffset how far past the start of Func it is.
	Path      string
	Offset    uint64
	SymOffset uint64
	// Skip, when set, says why the target is not attached (a uprobe's
	// function the binary lacks): its probe is checked, as the script's
	// maps depend on it, but compiles to nothing.
	Skip string
}

// String is the canonical probe name, as the probe builtin returns it.
func (t *Target) String() string {
	switch t.Kind {
	case BeginProbe, EndProbe:
		// As the script spells it: today's bpftrace writes begin and
		// end, 0.17 BEGIN and END.
		if t.AP != nil && (t.AP.Kind == "begin" || t.AP.Kind == "end") {
			return t.AP.Kind
		}
		if t.Kind == BeginProbe {
			return "BEGIN"
		}
		return "END"
	case TracepointProbe:
		return "tracepoint:" + t.Group + ":" + t.Name
	case RawTracepointProbe:
		return "rawtracepoint:" + t.Name
	case IntervalProbe:
		if t.Period%1_000_000_000 == 0 {
			return fmt.Sprintf("interval:s:%d", t.Period/1_000_000_000)
		}
		if t.Period%1_000_000 == 0 {
			return fmt.Sprintf("interval:ms:%d", t.Period/1_000_000)
		}
		if t.Period%1_000 == 0 {
			return fmt.Sprintf("interval:us:%d", t.Period/1_000)
		}
		return fmt.Sprintf("interval:ns:%d", t.Period)
	case ProfileProbe:
		return fmt.Sprintf("profile:hz:%d", t.Period)
	case KprobeProbe, KretprobeProbe, FentryProbe, FexitProbe:
		return kindNames[t.Kind] + ":" + t.Func
	case UprobeProbe, UretprobeProbe:
		return kindNames[t.Kind] + ":" + t.Path + ":" + t.Location()
	}
	return t.AP.Raw
}

// probeKinds is the registry of probe kinds the front end knows: the names a
// script may use for each and how its attach points expand into targets.
var probeKinds = []struct {
	kind   ProbeKind
	names  []string
	expand func(c *checker, ap *AttachPoint) ([]*Target, error)
}{
	{BeginProbe, []string{"BEGIN", "begin"}, expandBare},
	{EndProbe, []string{"END", "end"}, expandBare},
	{TracepointProbe, []string{"tracepoint", "t"}, expandTracepoint},
	{RawTracepointProbe, []string{"rawtracepoint", "rt"}, expandRawTracepoint},
	{IntervalProbe, []string{"interval", "i"}, expandInterval},
	{ProfileProbe, []string{"profile", "p"}, expandProfile},
	{KprobeProbe, []string{"kprobe", "k"}, expandKernelFunc(KprobeProbe)},
	{KretprobeProbe, []string{"kretprobe", "kr"}, expandKernelFunc(KretprobeProbe)},
	{FentryProbe, []string{"fentry", "kfunc", "f"}, expandKernelFunc(FentryProbe)},
	{FexitProbe, []string{"fexit", "kretfunc", "fr"}, expandKernelFunc(FexitProbe)},
	{UprobeProbe, []string{"uprobe", "u"}, expandUprobe(UprobeProbe)},
	{UretprobeProbe, []string{"uretprobe", "ur"}, expandUprobe(UretprobeProbe)},
}

// notYet names probe kinds of bpftrace's language that this version of
// ntrace parses but cannot compile yet.
var notYet = map[string]string{
	"usdt": "usdt", "software": "software", "s": "software", "hardware": "hardware", "h": "hardware",
	"watchpoint": "watchpoint", "w": "watchpoint",
}

// EnvironmentError is implemented by an Env's errors about the machine
// rather than the script, such as tracefs being unavailable: the checker
// reports one at the first attach point it stops, not at every one.
type EnvironmentError interface {
	error
	Environment()
}

func (c *checker) expandAttach(ap *AttachPoint) []*Target {
	for _, pk := range probeKinds {
		for _, n := range pk.names {
			if n != ap.Kind {
				continue
			}
			ts, err := pk.expand(c, ap)
			var envErr EnvironmentError
			if errors.As(err, &envErr) && c.envReported[envErr.Error()] {
				c.unexpanded = true
				return nil // said at the first attach point it stopped
			}
			if err != nil {
				if ap.Optional {
					if c.info.Config.Missing != "ignore" {
						c.warnf(ap.Pos, "optional probe %s skipped: %v", ap.Raw, err)
					}
					return nil
				}
				if envErr != nil {
					if c.envReported == nil {
						c.envReported = map[string]bool{}
					}
					c.envReported[envErr.Error()] = true
				}
				c.unexpanded = true
				c.errs.add(ap.Pos, "%v", err)
				return nil
			}
			for _, t := range ts {
				t.Kind, t.AP = pk.kind, ap
			}
			return ts
		}
	}
	c.unexpanded = true
	if k, ok := notYet[ap.Kind]; ok {
		c.errs.add(ap.Pos, "%s probes are not supported yet (probe %s)", k, ap.Raw)
		return nil
	}
	c.errs.add(ap.Pos, "unknown probe kind %q in %s", ap.Kind, ap.Raw)
	return nil
}

func expandBare(c *checker, ap *AttachPoint) ([]*Target, error) {
	if len(ap.Parts) > 0 {
		return nil, fmt.Errorf("%s takes no arguments", ap.Kind)
	}
	return []*Target{{}}, nil
}

func expandTracepoint(c *checker, ap *AttachPoint) ([]*Target, error) {
	if len(ap.Parts) != 2 || ap.Parts[0] == "" || ap.Parts[1] == "" {
		return nil, fmt.Errorf("tracepoint probe needs a group and a name: tracepoint:<group>:<name>, got %s", ap.Raw)
	}
	group, name := ap.Parts[0], ap.Parts[1]
	names := [][2]string{{group, name}}
	if strings.ContainsAny(group+name, "*?[") {
		all, err := c.env.Tracepoints()
		if err != nil {
			return nil, fmt.Errorf("listing tracepoints for %s: %w", ap.Raw, err)
		}
		names = nil
		for _, gn := range all {
			g, n, _ := strings.Cut(gn, ":")
			mg, _ := path.Match(group, g)
			mn, _ := path.Match(name, n)
			if mg && mn {
				names = append(names, [2]string{g, n})
			}
		}
		if len(names) == 0 {
			return nil, fmt.Errorf("no tracepoint matches %s", ap.Raw)
		}
	}
	var ts []*Target
	for _, gn := range names {
		f, err := c.env.TracepointFormat(gn[0], gn[1])
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("unknown tracepoint %s:%s (ntrace -l 'tracepoint:%s:*' lists that group)", gn[0], gn[1], gn[0])
		}
		if err != nil {
			return nil, fmt.Errorf("tracepoint %s:%s: %w", gn[0], gn[1], err)
		}
		ts = append(ts, &Target{Group: gn[0], Name: gn[1], Args: f.ArgsType()})
	}
	return ts, nil
}

func expandRawTracepoint(c *checker, ap *AttachPoint) ([]*Target, error) {
	if len(ap.Parts) == 2 {
		// rawtracepoint:group:name as newer bpftrace writes it; the group
		// is not part of the kernel's name.
		ap.Parts = ap.Parts[1:]
	}
	if len(ap.Parts) != 1 || ap.Parts[0] == "" {
		return nil, fmt.Errorf("rawtracepoint probe needs a name: rawtracepoint:<name>, got %s", ap.Raw)
	}
	kt, err := c.env.BTF()
	if err != nil {
		return nil, fmt.Errorf("rawtracepoint %s needs kernel BTF: %w", ap.Parts[0], err)
	}
	pattern := ap.Parts[0]
	var names []string
	if strings.ContainsAny(pattern, "*?[") {
		typedefs, err := kt.TypedefNames()
		if err != nil {
			return nil, err
		}
		for _, td := range typedefs {
			n, ok := strings.CutPrefix(td, "btf_trace_")
			if !ok {
				continue
			}
			if ok, _ := path.Match(pattern, n); ok {
				names = append(names, n)
			}
		}
		sort.Strings(names)
		if len(names) == 0 {
			return nil, fmt.Errorf("no raw tracepoint matches %s", ap.Raw)
		}
	} else {
		names = []string{pattern}
	}
	var ts []*Target
	for _, n := range names {
		args, err := rawTracepointArgs(kt, n)
		if err != nil {
			return nil, err
		}
		ts = append(ts, &Target{Name: n, Args: args})
	}
	return ts, nil
}

// RawTracepointArgs types a raw tracepoint's arguments from BTF, as
// rawtracepoint:name sees them (for ntrace -lv).
func RawTracepointArgs(kt KernelTypes, name string) (*Type, error) {
	return rawTracepointArgs(kt, name)
}

// rawTracepointArgs types a raw tracepoint's arguments from BTF: the
// btf_trace_<name> typedef gives the types, and on kernels since 6.4 the
// __probestub_<name> function gives their names. Without names they are
// arg0, arg1, ….
func rawTracepointArgs(kt KernelTypes, name string) (*Type, error) {
	td, err := typedefByName(kt, "btf_trace_"+name)
	if err != nil {
		return nil, fmt.Errorf("unknown raw tracepoint %s: no btf_trace_%s in kernel BTF", name, name)
	}
	ptr, ok := btf.UnderlyingType(td.Type).(*btf.Pointer)
	if !ok {
		return nil, fmt.Errorf("raw tracepoint %s: btf_trace_%s is not a function pointer", name, name)
	}
	proto, ok := btf.UnderlyingType(ptr.Target).(*btf.FuncProto)
	if !ok || len(proto.Params) == 0 {
		return nil, fmt.Errorf("raw tracepoint %s: btf_trace_%s is not a function pointer", name, name)
	}
	params := proto.Params[1:] // the first is the tracepoint's private data
	var names []string
	if stub, err := kt.FuncByName("__probestub_" + name); err == nil {
		if sp, ok := stub.Type.(*btf.FuncProto); ok && len(sp.Params) == len(proto.Params) {
			for _, p := range sp.Params[1:] {
				names = append(names, p.Name)
			}
		}
	}
	rec := &Type{Kind: Record, Name: "rawtracepoint:" + name + " args"}
	for i, p := range params {
		n := "arg" + strconv.Itoa(i)
		if names != nil && names[i] != "" {
			n = names[i]
		}
		rec.Fields = append(rec.Fields, &Field{Name: n, Offset: 8 * i, Type: btfValueType(p.Type)})
		rec.Size = 8 * (i + 1)
	}
	return rec, nil
}

// btfValueType is the script type of a kernel value of BTF type t held in
// a 64-bit slot: integers, enums and pointers.
func btfValueType(t btf.Type) *Type {
	switch u := btf.UnderlyingType(t).(type) {
	case *btf.Int:
		return IntType(int(u.Size), u.Encoding == btf.Signed)
	case *btf.Enum:
		return IntType(int(u.Size), u.Signed)
	case *btf.Pointer:
		return &Type{Kind: Pointer, Size: 8, Target: u.Target}
	}
	return Uint64Type
}

var intervalUnits = map[string]uint64{"s": 1e9, "ms": 1e6, "us": 1e3, "ns": 1, "hz": 0}

// The periods an interval or profile probe may have: the kernel runs a
// cpu-clock perf event at most every 10 µs (a shorter period silently
// becomes 10 µs) and refuses a period of 2^63 ns or more; it samples at
// most kernel.perf_event_max_sample_rate times a second, 100000 unless
// lowered.
const (
	MinIntervalPeriod = 10_000    // the shortest interval period, in ns
	MaxIntervalPeriod = 1<<63 - 1 // the longest interval period, in ns
	MaxProbeHz        = 100_000   // the most interval:hz and profile:hz fire a second
)

func expandInterval(c *checker, ap *AttachPoint) ([]*Target, error) {
	if len(ap.Parts) == 1 {
		// interval:1s, interval:500ms, or a count of nanoseconds.
		num, unit, ok := splitDuration(ap.Parts[0])
		if !ok {
			num, unit = ap.Parts[0], "ns"
		}
		ap = &AttachPoint{Pos: ap.Pos, Raw: ap.Raw, Kind: ap.Kind, Parts: []string{unit, num}, Optional: ap.Optional}
		if _, known := intervalUnits[unit]; !known {
			// m, h and d: count in seconds.
			n, err := strconv.ParseUint(num, 10, 64)
			if err != nil || n > MaxIntervalPeriod/durationUnits[unit] {
				return nil, fmt.Errorf("interval probe wants a period such as interval:1s or interval:100ms, got %s", ap.Raw)
			}
			ap.Parts = []string{"s", strconv.FormatUint(n*durationUnits[unit]/1e9, 10)}
		}
	}
	if len(ap.Parts) != 2 {
		return nil, fmt.Errorf("interval probe needs a period: interval:1s, interval:ms:100, got %s", ap.Raw)
	}
	unit, ok := intervalUnits[ap.Parts[0]]
	n, err := strconv.ParseUint(ap.Parts[1], 10, 64)
	if !ok || (err != nil && !errors.Is(err, strconv.ErrRange)) || n == 0 {
		return nil, fmt.Errorf("interval probe wants s, ms, us, ns or hz and a positive count, got %s", ap.Raw)
	}
	if unit == 0 {
		if err != nil || n > MaxProbeHz {
			return nil, fmt.Errorf("%s fires more than %d times a second, the most a timer can: the shortest period is 10 µs", ap.Raw, MaxProbeHz)
		}
		return []*Target{{Period: 1e9 / n}}, nil
	}
	if err != nil || n > MaxIntervalPeriod/unit {
		return nil, fmt.Errorf("%s is longer than the longest period the kernel takes, 2^63 ns (about 292 years)", ap.Raw)
	}
	if n*unit < MinIntervalPeriod {
		return nil, fmt.Errorf("%s is shorter than 10 µs, the shortest period a timer has (the kernel would make it 10 µs)", ap.Raw)
	}
	return []*Target{{Period: unit * n}}, nil
}

func expandProfile(c *checker, ap *AttachPoint) ([]*Target, error) {
	if len(ap.Parts) != 2 || ap.Parts[0] != "hz" {
		return nil, fmt.Errorf("profile probe needs a frequency: profile:hz:99, got %s", ap.Raw)
	}
	n, err := strconv.ParseUint(ap.Parts[1], 10, 64)
	if (err != nil && !errors.Is(err, strconv.ErrRange)) || n == 0 {
		return nil, fmt.Errorf("profile probe wants a positive frequency, got %s", ap.Raw)
	}
	if err != nil || n > MaxProbeHz {
		return nil, fmt.Errorf("%s samples more than %d times a second, the most the kernel allows (kernel.perf_event_max_sample_rate)", ap.Raw, MaxProbeHz)
	}
	return []*Target{{Period: n}}, nil
}
