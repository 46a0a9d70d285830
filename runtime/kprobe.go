package runtime

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/link"
	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

func init() {
	for _, k := range []lang.ProbeKind{lang.KprobeProbe, lang.KretprobeProbe, lang.FentryProbe, lang.FexitProbe} {
		registerKind(k, kernelKind{attach: attachKernelFunc, list: listKernelFuncs})
	}
}

// attachKernelFunc attaches a probe on a kernel function the way codegen
// chose for this kernel. An fentry or fexit program the kernel will not
// attach to this function is replaced by its kprobe build when there is
// one.
func attachKernelFunc(s *session, p *codegen.Program, prog *ebpf.Program) ([]io.Closer, string, error) {
	a := p.Attach
	if a.Unavailable != nil {
		return nil, "", a.Unavailable
	}
	fn := p.Target.Func
	how := fmt.Sprintf("%s (%s)", a.Mechanism, a.Why)
	switch a.Mechanism {
	case codegen.Fentry, codegen.Fexit:
		l, err := link.AttachTracing(link.TracingOptions{Program: prog, AttachType: p.Spec.AttachType})
		if err == nil {
			return []io.Closer{l}, how, nil
		}
		ferr := fmt.Errorf("the kernel would not attach %s to %s: %s%s", a.Mechanism, fn, attachErrText(err), argCount(p.Target))
		if a.Fallback == nil {
			return nil, "", fmt.Errorf("%w%s", ferr, kprobeInstead(p))
		}
		fb, err := s.loadFallback(p)
		if err != nil {
			return nil, "", fmt.Errorf("%w; loading its kprobe build: %w", ferr, err)
		}
		ret := a.Mechanism == codegen.Fexit
		l, err = attachKprobe(fn, 0, fb, ret, a.Features)
		if err != nil {
			fb.Close()
			return nil, "", fmt.Errorf("%w; as a kprobe: %w", ferr, err)
		}
		mech := codegen.Kprobe
		if ret {
			mech = codegen.Kretprobe
		}
		return []io.Closer{l, fb}, fmt.Sprintf("%s (%s)", mech, ferr), nil
	case codegen.Kprobe, codegen.Kretprobe:
		l, err := attachKprobe(fn, p.Target.SymOffset, prog, a.Mechanism == codegen.Kretprobe, a.Features)
		if err != nil {
			return nil, "", err
		}
		return []io.Closer{l}, how, nil
	case codegen.KprobeMulti, codegen.KretprobeMulti:
		opts := link.KprobeMultiOptions{Symbols: a.Symbols}
		var l link.Link
		var err error
		if a.Mechanism == codegen.KprobeMulti {
			l, err = link.KprobeMulti(prog, opts)
		} else {
			l, err = link.KretprobeMulti(prog, opts)
		}
		if err != nil {
			return nil, "", fmt.Errorf("attaching %s to %s: %w", a.Mechanism, strings.Join(a.Symbols, ", "), err)
		}
		if len(a.Symbols) > 1 {
			how = fmt.Sprintf("%s (%s): %s", a.Mechanism, a.Why, strings.Join(a.Symbols, ", "))
		}
		return []io.Closer{l}, how, nil
	}
	return nil, "", fmt.Errorf("no way to attach %s", a.Mechanism)
}

// attachErrText is the system error's text, or "not supported", rather
// than cilium/ebpf's whole chain of what it tried.
func attachErrText(err error) string {
	if errors.Is(err, ebpf.ErrNotSupported) {
		return "not supported"
	}
	return errnoText(err)
}

// argCount notes how many arguments a function with more than six takes:
// kernels before 6.6 do not attach fentry to those.
func argCount(t *lang.Target) string {
	if t.Proto == nil || len(t.Proto.Params) <= 6 {
		return ""
	}
	return fmt.Sprintf(" (it takes %d arguments)", len(t.Proto.Params))
}

// attachKprobe attaches a kprobe (off bytes into fn) or a kretprobe and
// explains a failure: the kernel has no kprobes, has no such function,
// will not probe it, or not at that offset.
func attachKprobe(fn string, off uint64, prog *ebpf.Program, ret bool, f codegen.Features) (link.Link, error) {
	var l link.Link
	var err error
	if ret {
		l, err = link.Kretprobe(fn, prog, nil)
	} else {
		l, err = link.Kprobe(fn, prog, &link.KprobeOptions{Offset: off})
	}
	if err == nil {
		return l, nil
	}
	kind := "kprobe"
	if ret {
		kind = "kretprobe"
	}
	switch {
	case f.KprobesAbsent() != "":
		return nil, errors.New(f.KprobesAbsent())
	case off != 0 && (errors.Is(err, unix.EILSEQ) || errors.Is(err, os.ErrNotExist)):
		// The kernel says EILSEQ for an offset inside an instruction,
		// which cilium/ebpf reports as a symbol not found.
		if size, ok := kernelSymbols.size(fn); ok {
			if off >= size {
				return nil, fmt.Errorf("%s+%d is past the end of %s, which is %d bytes long", fn, off, fn, size)
			}
			return nil, fmt.Errorf("%s+%d is not the start of an instruction of %s, which a kprobe must be", fn, off, fn)
		}
	}
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, fmt.Errorf("no function %s in this kernel's symbols (inlined into its callers, or not built in): %w; ntrace -l 'kprobe:*%s*' lists the ones that exist", fn, err, fn)
	case !traceable(fn):
		return nil, fmt.Errorf("the kernel will not put a %s on %s, which is not in available_filter_functions (notrace, or on the kprobe blacklist): %w", kind, fn, err)
	}
	return nil, fmt.Errorf("%s on %s: %w", kind, fn, err)
}

// kprobeInstead says what else might hook a function whose fentry or fexit
// program would not attach.
func kprobeInstead(p *codegen.Program) string {
	f := p.Attach.Features
	entry := "kprobe"
	if p.Attach.Mechanism == codegen.Fexit {
		entry = "kretprobe"
	}
	if f.Kprobes || f.NoKprobes == "" {
		return fmt.Sprintf("; %s:%s may attach as a %s", entry, p.Target.Func, entry)
	}
	return fmt.Sprintf("; %s, so a %s will not do either", f.NoKprobes, entry)
}

// loadFallback loads the kprobe build of a program whose fentry build
// would not attach, sharing the session's maps.
func (s *session) loadFallback(p *codegen.Program) (*ebpf.Program, error) {
	return s.loadAs(p, p.Attach.Fallback)
}

// loadAs loads another build (ps) of program p, sharing the session's
// maps.
func (s *session) loadAs(p *codegen.Program, ps *ebpf.ProgramSpec) (*ebpf.Program, error) {
	spec := &ebpf.CollectionSpec{
		Maps:     s.out.Collection.Maps,
		Programs: map[string]*ebpf.ProgramSpec{p.Name: ps},
	}
	coll, err := newCollection(spec, ebpf.CollectionOptions{MapReplacements: s.coll.Maps}, s.opts.KernelBTF)
	if err != nil {
		return nil, err
	}
	defer coll.Close()
	return coll.DetachProgram(p.Name), nil
}

// traceable reports whether available_filter_functions lists fn. It
// answers true when the file cannot be read, so that only a real absence
// is reported. Read on failures only: it is large.
func traceable(fn string) bool {
	funcs, err := readFilterFunctions()
	return err != nil || slices.Contains(funcs, fn)
}

var (
	funcsOnce sync.Once
	funcs     []string
	funcsErr  error
)

// KernelFunctions implements lang.FunctionLister: the functions in
// available_filter_functions, which kprobes, kprobe_multi and fentry can
// hook. Where the kernel will not show that file it lists the functions
// in kernel BTF instead.
func (e *KernelEnv) KernelFunctions() ([]string, error) {
	funcsOnce.Do(func() {
		funcs, funcsErr = readFilterFunctions()
		if funcsErr == nil {
			return
		}
		spec, err := e.KernelSpec()
		if err != nil {
			funcsErr = fmt.Errorf("%w; kernel BTF: %w", funcsErr, err)
			return
		}
		funcs, funcsErr = spec.FuncNames()
	})
	return funcs, funcsErr
}

// readFilterFunctions reads the names in available_filter_functions
// ("name" or "name [module]" a line).
func readFilterFunctions() ([]string, error) {
	if err := EnsureTracefs(); err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(TracingDir, "available_filter_functions"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, _, _ := strings.Cut(sc.Text(), " ")
		if name != "" && !strings.HasPrefix(name, "__ftrace_invalid_address__") {
			out = append(out, name)
		}
	}
	return out, sc.Err()
}

// listKernelFuncs lists the kernel functions kind k can hook: every
// traceable function the pattern matches (fentry and fexit only those BTF
// describes), with -v their BTF prototypes.
func listKernelFuncs(l *listing, k *lang.KindInfo, rest string) error {
	names, err := l.env.KernelFunctions()
	if err != nil {
		return fmt.Errorf("listing kernel functions: %w", err)
	}
	kt, _ := l.env.BTF()
	match := matcher(rest)
	seen := map[string]bool{}
	var matched []string
	for _, n := range names {
		if !seen[n] && match(n) {
			seen[n] = true
			matched = append(matched, n)
		}
	}
	sort.Strings(matched)
	for _, n := range matched {
		params, ret, typed := lang.KernelFuncParams(kt, n)
		if !typed && k.Fentry {
			continue
		}
		fmt.Fprintf(l.w, "%s:%s\n", k.Name, n)
		if !l.opts.Verbose || !typed {
			continue
		}
		for _, p := range params {
			fmt.Fprintf(l.w, "    %s %s\n", cType(p.Type), p.Name)
		}
		if _, void := btf.UnderlyingType(ret).(*btf.Void); !void && k.Return {
			fmt.Fprintf(l.w, "    %s retval\n", cType(ret))
		}
	}
	return nil
}

// cType spells a BTF type as C would: "struct sock *", "size_t".
func cType(t btf.Type) string {
	switch t := t.(type) {
	case nil:
		return "void"
	case *btf.Pointer:
		return cType(t.Target) + " *"
	case *btf.Const:
		return "const " + cType(t.Type)
	case *btf.Volatile:
		return "volatile " + cType(t.Type)
	case *btf.Restrict:
		return cType(t.Type)
	case *btf.Struct:
		return "struct " + t.Name
	case *btf.Union:
		return "union " + t.Name
	case *btf.Enum:
		return "enum " + t.Name
	case *btf.Void:
		return "void"
	case *btf.FuncProto:
		return "function"
	}
	return t.TypeName()
}
