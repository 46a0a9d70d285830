package runtime

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/features"
	"github.com/cilium/ebpf/link"
	"golang.org/x/sys/unix"
)

// System describes the kernel ntrace runs on, for "ntrace info".
type System struct {
	Release, Version string // uname -r, uname -v
	// BTFPath is where the kernel's BTF is, BTFTypes how many types it
	// holds, ModuleBTF how many modules have BTF of their own; BTFErr
	// says why there is none.
	BTFPath   string
	BTFTypes  int
	ModuleBTF int
	BTFErr    error
	// Tracefs is where tracefs is mounted, "" when it is not.
	Tracefs string
}

// tracefsMagic is tracefs's f_type (TRACEFS_MAGIC).
const tracefsMagic = 0x74726163

// DescribeSystem finds out the kernel's release, its BTF and where
// tracefs is mounted. It changes nothing: tracefs is not mounted here.
func DescribeSystem() System {
	var s System
	var u unix.Utsname
	if unix.Uname(&u) == nil {
		s.Release = unix.ByteSliceToString(u.Release[:])
		s.Version = unix.ByteSliceToString(u.Version[:])
	}
	const vmlinux = "/sys/kernel/btf/vmlinux"
	if _, err := os.Stat(vmlinux); err != nil {
		s.BTFErr = err
	} else if spec, err := btf.LoadKernelSpec(); err != nil {
		s.BTFErr = err
	} else {
		s.BTFPath = vmlinux
		for _, err := range spec.All() {
			if err != nil {
				break
			}
			s.BTFTypes++
		}
		entries, _ := os.ReadDir(filepath.Dir(vmlinux))
		s.ModuleBTF = len(entries) - 1
	}
	for _, dir := range []string{TracingDir, "/sys/kernel/debug/tracing"} {
		var st unix.Statfs_t
		if unix.Statfs(dir, &st) == nil && st.Type == tracefsMagic {
			s.Tracefs = dir
			break
		}
	}
	return s
}

// Feature is one way of tracing the kernel may offer, as tried here.
type Feature struct {
	Name string
	// Err is nil when it works; else why not, as the kernel said.
	Err error
}

// ProbeFeatures tries, one by one, each way of tracing ntrace may use:
// each is tried by making the map, loading a program that does nothing
// and attaching it where it can be, then detaching it at once — what the
// kernel lets ntrace do, not what its version suggests. BPF cookies are
// tried end to end: a tracepoint program attached with a cookie must read
// it back when the tracepoint fires. Tracefs is mounted if it is not, as a
// run would.
func ProbeFeatures() []Feature {
	_ = EnsureTracefs() // if it fails, the tracepoint tries say why
	target := fentryTarget()
	try := func(name string, f func() error) Feature {
		return Feature{Name: name, Err: f()}
	}
	return []Feature{
		try("ring buffer", func() error { return features.HaveMapType(ebpf.RingBuf) }),
		try("tracepoints", func() error { return tryTracepoint(false) }),
		try("tp_btf", tryTpBTF),
		try("kprobes", func() error {
			err := tryKprobe(target, false)
			if ok, why := detectKprobes(); err != nil && !ok {
				err = fmt.Errorf("%s: %w", why, err)
			}
			return err
		}),
		try("kprobe_multi", func() error { return tryKprobe(target, true) }),
		try("fentry", func() error { return tryTracing(target, ebpf.AttachTraceFEntry) }),
		try("fexit", func() error { return tryTracing(target, ebpf.AttachTraceFExit) }),
		try("uprobes", func() error { return tryUprobe(false) }),
		try("uprobe_multi", func() error { return tryUprobe(true) }),
		try("bpf_loop", func() error { return features.HaveProgramHelper(ebpf.TracePoint, asm.FnLoop) }),
		try("BPF cookies", func() error { return tryTracepoint(true) }),
	}
}

// returnZero is the body of the programs tried: they do nothing.
var returnZero = asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()}

// fentryTarget is the kernel function the tries attach to: one nothing
// calls in normal operation (see fentryTestTargets), "" when none is there.
func fentryTarget() string {
	spec, err := btf.LoadKernelSpec()
	if err != nil {
		return ""
	}
	for _, name := range fentryTestTargets {
		var fn *btf.Func
		if spec.TypeByName(name, &fn) == nil {
			return name
		}
	}
	return ""
}

// errNoTarget is the answer when no function to attach to was found;
// made when asked for, not at every start.
func errNoTarget() error {
	return fmt.Errorf("not tried: none of %s is in kernel BTF", strings.Join(fentryTestTargets, ", "))
}

// tryAttach loads a program that does nothing, attaches it with attach
// (to where, as errors say) and detaches it.
func tryAttach(spec *ebpf.ProgramSpec, where string, attach func(*ebpf.Program) (link.Link, error)) error {
	spec.Name, spec.License, spec.Instructions = "ntrace_info", "GPL", returnZero
	prog, err := ebpf.NewProgram(spec)
	if err != nil {
		return &stageError{"loading", err}
	}
	defer prog.Close()
	l, err := attach(prog)
	if err != nil {
		return &stageError{"attaching to " + where, err}
	}
	return l.Close()
}

func tryTracing(target string, at ebpf.AttachType) error {
	if target == "" {
		return errNoTarget()
	}
	return tryAttach(&ebpf.ProgramSpec{Type: ebpf.Tracing, AttachType: at, AttachTo: target}, target, func(p *ebpf.Program) (link.Link, error) {
		return link.AttachTracing(link.TracingOptions{Program: p, AttachType: at})
	})
}

func tryTpBTF() error {
	return tryAttach(&ebpf.ProgramSpec{Type: ebpf.Tracing, AttachType: ebpf.AttachTraceRawTp, AttachTo: "sys_enter"}, "sys_enter", func(p *ebpf.Program) (link.Link, error) {
		return link.AttachTracing(link.TracingOptions{Program: p, AttachType: ebpf.AttachTraceRawTp})
	})
}

func tryKprobe(target string, multi bool) error {
	if target == "" {
		return errNoTarget()
	}
	if multi {
		return tryAttach(&ebpf.ProgramSpec{Type: ebpf.Kprobe, AttachType: ebpf.AttachTraceKprobeMulti}, target, func(p *ebpf.Program) (link.Link, error) {
			return link.KprobeMulti(p, link.KprobeMultiOptions{Symbols: []string{target}})
		})
	}
	return tryAttach(&ebpf.ProgramSpec{Type: ebpf.Kprobe}, target, func(p *ebpf.Program) (link.Link, error) {
		return link.Kprobe(target, p, nil)
	})
}

// uprobeTarget is the function of ntrace's own binary the uprobe tries
// attach to; it does nothing.
//
//go:noinline
func uprobeTarget() {}

// uprobeSymbol is uprobeTarget's name in the binary's symbol table.
const uprobeSymbol = "github.com/ntrace/ntrace/runtime.uprobeTarget"

func tryUprobe(multi bool) error {
	uprobeTarget() // so that the linker keeps it
	ex, err := link.OpenExecutable("/proc/self/exe")
	if err != nil {
		return &stageError{"opening ntrace's own binary", err}
	}
	where := "ntrace's own " + uprobeSymbol
	if multi {
		return tryAttach(&ebpf.ProgramSpec{Type: ebpf.Kprobe, AttachType: ebpf.AttachTraceUprobeMulti}, where, func(p *ebpf.Program) (link.Link, error) {
			return ex.UprobeMulti([]string{uprobeSymbol}, p, nil)
		})
	}
	return tryAttach(&ebpf.ProgramSpec{Type: ebpf.Kprobe}, where, func(p *ebpf.Program) (link.Link, error) {
		return ex.Uprobe(uprobeSymbol, p, nil)
	})
}

// cookieProbe is the cookie the cookie try attaches with.
const cookieProbe = 0x6e7472616365 // "ntrace"

// tryTracepoint attaches a program to syscalls:sys_enter_getppid. With
// cookie, it attaches with a BPF cookie, and the program stores what
// bpf_get_attach_cookie returns; a getppid() of ours must then find the
// cookie stored.
func tryTracepoint(cookie bool) error {
	if !cookie {
		return tryAttach(&ebpf.ProgramSpec{Type: ebpf.TracePoint}, "syscalls:sys_enter_getppid", func(p *ebpf.Program) (link.Link, error) {
			return link.Tracepoint("syscalls", "sys_enter_getppid", p, nil)
		})
	}
	m, err := ebpf.NewMap(&ebpf.MapSpec{Name: "ntrace_info", Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1})
	if err != nil {
		return &stageError{"making a map", err}
	}
	defer m.Close()
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{Name: "ntrace_info", Type: ebpf.TracePoint, License: "GPL", Instructions: asm.Instructions{
		asm.FnGetAttachCookie.Call(),
		asm.StoreMem(asm.RFP, -8, asm.R0, asm.DWord),
		asm.StoreImm(asm.RFP, -16, 0, asm.Word),
		asm.LoadMapPtr(asm.R1, m.FD()),
		asm.Mov.Reg(asm.R2, asm.RFP),
		asm.Add.Imm(asm.R2, -16),
		asm.Mov.Reg(asm.R3, asm.RFP),
		asm.Add.Imm(asm.R3, -8),
		asm.Mov.Imm(asm.R4, 0),
		asm.FnMapUpdateElem.Call(),
		asm.Mov.Imm(asm.R0, 0),
		asm.Return(),
	}})
	if err != nil {
		return &stageError{"loading a program calling bpf_get_attach_cookie", err}
	}
	defer prog.Close()
	l, err := link.Tracepoint("syscalls", "sys_enter_getppid", prog, &link.TracepointOptions{Cookie: cookieProbe})
	if err != nil {
		return &stageError{"attaching with a cookie", err}
	}
	unix.Getppid()
	l.Close()
	var got uint64
	if err := m.Lookup(uint32(0), &got); err != nil {
		return &stageError{"reading the cookie back", err}
	}
	if got != cookieProbe {
		return fmt.Errorf("the program read cookie %#x, attached with %#x", got, uint64(cookieProbe))
	}
	return nil
}

// stageError is a try's failure: the stage that failed ("loading",
// "attaching to f") and the error.
type stageError struct {
	stage string
	err   error
}

func (e *stageError) Error() string { return e.stage + ": " + e.err.Error() }
func (e *stageError) Unwrap() error { return e.err }

// FeatureError is how "ntrace info" says why a feature does not work:
// the stage that failed and the system error's text ("loading: operation
// not permitted"), rather than cilium/ebpf's whole chain with its advice.
func FeatureError(err error) string {
	if errors.Is(err, ebpf.ErrNotSupported) {
		return "not supported by this kernel"
	}
	var se *stageError
	var errno unix.Errno
	if errors.As(err, &se) && errors.As(se.err, &errno) {
		return strings.TrimSuffix(err.Error(), se.Error()) + se.stage + ": " + errno.Error()
	}
	return err.Error()
}
