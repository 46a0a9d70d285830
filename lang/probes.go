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

// Target is one concrete attach point after wildcards are expanded: one
// program is compiled for each. Which fields a target fills in depends on
// its kind.
type Target struct {
	Kind   ProbeKind
	AP     *AttachPoint // what the script wrote
	Group  string       // tracepoint group; usdt provider
	Name   string       // tracepoint, raw tracepoint or usdt probe name; software or hardware event as written
	Period uint64       // interval: nanoseconds; profile: hertz; software, hardware: events per sample
	Args   *Type        // the Record that `args` points to, nil when none

	// Func is the kernel function, or the uprobe's symbol ("" for an
	// address outside every symbol); for a watchpoint on a function's
	// argument, that function.
	Func string
	// Proto is a kernel function's BTF prototype, nil when BTF lacks it.
	Proto *btf.FuncProto
	// Slots types each 64-bit argument slot (a register, or an fentry
	// context slot) that arg0, arg1, … read.
	Slots []*Type
	// ArgLocs says where each of a usdt probe's arguments is.
	ArgLocs []ArgLoc
	// Ret is retval's type in a probe on a function's return, nil when the
	// function returns nothing.
	Ret *Type
	// OddProto marks a kernel function that takes or returns a struct, a
	// union or an integer wider than 64 bits by value, or takes variable
	// arguments: ntrace does not run it as fentry/fexit.
	OddProto bool
	// Wildcard marks a target that a pattern matched.
	Wildcard bool

	// Path is a uprobe's or usdt probe's binary; Offset is the probed
	// instruction's file offset in it, SymOffset how far past the start
	// of Func it is (for a kprobe, the offset inside the kernel
	// function); Addr is its virtual address in the binary.
	Path      string
	Offset    uint64
	SymOffset uint64
	Addr      uint64
	// Semaphore is the file offset of a usdt probe's semaphore, which
	// the kernel raises while the probe is attached; 0 when it has none.
	Semaphore uint64
	// PID is the process a usdt probe or a watchpoint is limited to (-p
	// or -c); 0 for every process.
	PID int

	// PerfType and PerfConfig are a perf event's type and config
	// (perf_event_open(2)): software and hardware events.
	PerfType, PerfConfig uint64
	// Watch is a watchpoint's address, or for one on a function's
	// argument the argument's index; WatchLen the bytes it covers;
	// WatchMode how they are accessed ("w", "rw", "x").
	Watch     uint64
	WatchLen  int
	WatchMode string
	// Skip, when set, says why the target is not attached (a uprobe's
	// function the binary lacks): its probe is checked, as the script's
	// maps depend on it, but compiles to nothing.
	Skip string
}

// expandAttach expands one attach point into its targets with its kind's
// expansion, reporting what stops it at the attach point; but when the
// attach point is listed with others and its kernel function is missing,
// it returns that error for expandProbe to judge.
func (c *checker) expandAttach(ap *AttachPoint, listed bool) ([]*Target, error) {
	k := KindNamed(ap.Kind)
	if k == nil {
		c.unexpanded = true
		c.errs.add(ap.Pos, "unknown probe kind %q in %s; the kinds are %s", ap.Kind, ap.Raw, kindList(func(*KindInfo) bool { return true }))
		return nil, nil
	}
	ts, err := k.expand(c, k, ap)
	var envErr EnvironmentError
	if errors.As(err, &envErr) && c.envReported[envErr.Error()] {
		c.unexpanded = true
		return nil, nil // said at the first attach point it stopped
	}
	if err != nil {
		if ap.Optional {
			if c.info.Config.Missing != "ignore" {
				c.info.Warnings.addErr(ap.Pos, fmt.Errorf("optional probe %s skipped: %w", ap.Raw, err))
			}
			return nil, nil
		}
		var missing missingFuncError
		if listed && errors.As(err, &missing) {
			return nil, err // the caller decides, seeing the probe's other attach points
		}
		if envErr != nil {
			if c.envReported == nil {
				c.envReported = map[string]bool{}
			}
			c.envReported[envErr.Error()] = true
		}
		c.unexpanded = true
		c.errs.addErr(ap.Pos, err)
		return nil, nil
	}
	for _, t := range ts {
		t.Kind, t.AP = k.Kind, ap
	}
	return ts, nil
}

func expandBare(c *checker, k *KindInfo, ap *AttachPoint) ([]*Target, error) {
	if len(ap.Parts) > 0 {
		return nil, fmt.Errorf("%s takes no arguments", ap.Kind)
	}
	return []*Target{{}}, nil
}

func expandTracepoint(c *checker, k *KindInfo, ap *AttachPoint) ([]*Target, error) {
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

func expandRawTracepoint(c *checker, k *KindInfo, ap *AttachPoint) ([]*Target, error) {
	if len(ap.Parts) == 2 {
		// rawtracepoint:module:name as newer bpftrace writes it; the
		// module (a wildcard may name it) is not part of the kernel's
		// name, and ntrace attaches the kernel's own.
		if ok, _ := path.Match(ap.Parts[0], "vmlinux"); !ok {
			return nil, fmt.Errorf("no matches for rawtracepoint %s:%s: ntrace attaches the kernel's own raw tracepoints (vmlinux), not a module's", ap.Parts[0], ap.Parts[1])
		}
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
