package lang

import (
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/cilium/ebpf/btf"
)

// maxArgSlots is how many arguments arg0… reach in a function without a
// BTF prototype: the six argument registers of x86-64.
const maxArgSlots = 6

// expandKernelFunc expands kprobe:f, kretprobe:f, fentry:f and fexit:f
// (f may be a wildcard, and may follow a module name as in kprobe:vmlinux:f)
// into one target per kernel function, typed from its BTF prototype. A
// kprobe may also hook an instruction inside a function, kprobe:f+off,
// where only a kprobe can go.
func expandKernelFunc(c *checker, k *KindInfo, ap *AttachPoint) ([]*Target, error) {
	kind, kn := k.Kind, k.Name
	parts, module := ap.Parts, ""
	if len(parts) == 2 {
		// kprobe:module:function: the module says whose BTF to
		// look in; attaching goes by the function's name.
		module, parts = parts[0], parts[1:]
	}
	if len(parts) != 1 || parts[0] == "" {
		return nil, fmt.Errorf("%s probe needs a kernel function: %s:<function>, got %s", kn, kn, ap.Raw)
	}
	pattern, off, err := funcOffset(k, ap, parts[0])
	if err != nil {
		return nil, err
	}
	spec, specErr := c.env.BTF()
	if !isPattern(pattern) {
		t, err := kernelFuncTarget(c, kind, module, pattern, spec, specErr)
		if err != nil {
			return nil, err
		}
		t.SymOffset = off
		return []*Target{t}, nil
	}
	if off != 0 {
		return nil, fmt.Errorf("%s: an offset goes with one function, not a wildcard", ap.Raw)
	}
	names, err := matchKernelFuncs(c.env, spec, specErr, pattern)
	if err != nil {
		return nil, fmt.Errorf("listing kernel functions for %s: %w", ap.Raw, err)
	}
	var ts []*Target
	for _, n := range names {
		t, err := kernelFuncTarget(c, kind, module, n, spec, specErr)
		if err != nil {
			continue // listed but not typed or not in kallsyms: skip it, as bpftrace does
		}
		t.Wildcard = true
		ts = append(ts, t)
	}
	if len(ts) == 0 {
		return nil, missingFuncError{fmt.Errorf("no kernel function matches %s", ap.Raw)}
	}
	return ts, nil
}

// missingFuncError says that no kernel function has the name, or matches
// the pattern, an attach point gives: the kernel lacks it (renamed,
// inlined, not built), which a probe with other attach points survives
// (see expandProbe).
type missingFuncError struct{ error }

func (e missingFuncError) Unwrap() error { return e.error }

// funcOffset splits "function+offset" (decimal or 0x hex) for a kprobe;
// other kinds take no offset.
func funcOffset(k *KindInfo, ap *AttachPoint, s string) (string, uint64, error) {
	name, offText, ok := strings.Cut(s, "+")
	if !ok {
		return s, 0, nil
	}
	if k.Kind != KprobeProbe {
		return "", 0, fmt.Errorf("%s: only a kprobe can hook an offset inside a function (kprobe:%s)", ap.Raw, s)
	}
	off, err := strconv.ParseUint(offText, 0, 64)
	if err != nil || name == "" {
		return "", 0, fmt.Errorf("%s: want kprobe:FUNCTION+OFFSET with a number of bytes, got %q", ap.Raw, s)
	}
	return name, off, nil
}

// isPattern reports whether s holds wildcard characters.
func isPattern(s string) bool { return strings.ContainsAny(s, "*?[") }

// matchKernelFuncs lists the traceable kernel functions matching pattern,
// sorted and without duplicates.
func matchKernelFuncs(env Env, kt KernelTypes, specErr error, pattern string) ([]string, error) {
	var all []string
	if l, ok := env.(FunctionLister); ok {
		fs, err := l.KernelFunctions()
		if err != nil {
			return nil, err
		}
		all = fs
	} else {
		if specErr != nil {
			return nil, specErr
		}
		fs, err := kt.FuncNames()
		if err != nil {
			return nil, err
		}
		all = fs
	}
	seen := map[string]bool{}
	var out []string
	for _, n := range all {
		if ok, _ := path.Match(pattern, n); ok && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out, nil
}

// btfFunc finds a kernel function's BTF, or nil.
func btfFunc(kt KernelTypes, name string) *btf.Func {
	if kt == nil {
		return nil
	}
	fn, err := kt.FuncByName(name)
	if err != nil {
		return nil
	}
	return fn
}

// kernelFuncTarget types one kernel function: from BTF when it is there;
// a kprobe also takes a function BTF lacks if kallsyms has it, with
// untyped arg0…arg5.
func kernelFuncTarget(c *checker, kind ProbeKind, module, name string, kt KernelTypes, specErr error) (*Target, error) {
	kn := kind.String()
	t := &Target{Kind: kind, Func: name}
	var fn *btf.Func
	if module == "" || module == "vmlinux" {
		fn = btfFunc(kt, name)
	}
	if fn == nil && specErr == nil {
		fn = c.moduleFunc(module, name)
	}
	if fn == nil {
		_, symErr := c.env.KernelSymbol(name)
		switch {
		case kind == FentryProbe || kind == FexitProbe:
			if specErr != nil {
				return nil, fmt.Errorf("%s:%s needs kernel BTF: %w", kn, name, specErr)
			}
			if symErr == nil {
				alt := "kprobe"
				if kind == FexitProbe {
					alt = "kretprobe"
				}
				return nil, fmt.Errorf("kernel function %s has no BTF prototype, which %s needs; %s:%s would attach", name, kn, alt, name)
			}
			return nil, missingFuncError{fmt.Errorf("unknown kernel function %s (ntrace -l '%s:*%s*' lists similar ones)", name, kn, name)}
		case symErr != nil:
			return nil, missingFuncError{fmt.Errorf("unknown kernel function %s (ntrace -l '%s:*%s*' lists similar ones)", name, kn, name)}
		}
		for i := 0; i < maxArgSlots; i++ {
			t.Slots = append(t.Slots, Uint64Type)
		}
		if kind.IsReturn() {
			t.Ret = Uint64Type
		}
		return t, nil
	}
	proto, ok := fn.Type.(*btf.FuncProto)
	if !ok {
		return nil, fmt.Errorf("kernel function %s: BTF has no prototype for it", name)
	}
	t.Proto = proto
	t.Args, t.Slots, t.OddProto = protoArgs(kn+":"+name+" args", proto)
	if kind.IsReturn() {
		if _, void := btf.UnderlyingType(proto.Return).(*btf.Void); !void && proto.Return != nil {
			rt, err := scalarType(proto.Return)
			if err != nil {
				t.OddProto = true
				rt = Uint64Type
			}
			t.Ret = rt
		}
	}
	return t, nil
}

// protoArgs lays out a function's parameters in 64-bit slots as the
// x86-64 calling convention passes them and an fentry program sees them:
// one slot per integer or pointer, two for a struct of 9 to 16 bytes. A
// struct passed by value is not readable as a field; after one larger
// than 16 bytes (passed on the stack) the rest are left out.
func protoArgs(name string, proto *btf.FuncProto) (rec *Type, slots []*Type, odd bool) {
	rec = &Type{Kind: Record, Name: name}
	for i, p := range proto.Params {
		pname := p.Name
		if pname == "" {
			pname = "arg" + strconv.Itoa(i)
		}
		if _, void := p.Type.(*btf.Void); void && i == len(proto.Params)-1 {
			odd = true // variadic
			break
		}
		pt, err := scalarType(p.Type)
		if err != nil {
			odd = true
			size, serr := btf.Sizeof(p.Type)
			if serr != nil || size > 16 {
				break
			}
			for n := 0; n < (size+7)/8; n++ {
				slots = append(slots, Uint64Type)
			}
			continue
		}
		rec.Fields = append(rec.Fields, &Field{Name: pname, Offset: 8 * len(slots), Type: pt})
		slots = append(slots, pt)
	}
	rec.Size = 8 * len(slots)
	return rec, slots, odd
}

// scalarType is the script type of an integer, enum or pointer held in a
// register; anything else is an error.
func scalarType(t btf.Type) (*Type, error) {
	switch btf.UnderlyingType(t).(type) {
	case *btf.Int, *btf.Enum, *btf.Pointer:
		return kernelType(t)
	}
	return nil, fmt.Errorf("%s is not passed in a register", btfName(t))
}

// KernelFuncParams returns a kernel function's parameters as BTF gives
// them: name and type, struct arguments and all.
func KernelFuncParams(kt KernelTypes, name string) ([]btf.FuncParam, btf.Type, bool) {
	fn := btfFunc(kt, name)
	if fn == nil {
		return nil, nil, false
	}
	proto, ok := fn.Type.(*btf.FuncProto)
	if !ok {
		return nil, nil, false
	}
	return proto.Params, proto.Return, true
}
