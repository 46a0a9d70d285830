package runtime

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"slices"
	"sync"
	"unsafe"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/lazybtf"
)

// Tracing programs (tp_btf, fentry, fexit) name their target by a BTF type
// of the kernel's: btf_trace_<tracepoint> or the function. cilium/ebpf
// finds that type in the kernel's BTF as it decodes it, an index of all
// its ~126,000 types built on the run's first such load: 12 to 20 ms here,
// on every load thread at once (each collection has its own cache), on
// the path to the first event. lazybtf, which the checker read the
// script's types with, finds the same type in microseconds; such a
// program is loaded here with that ID, by bpf(2) as cilium/ebpf would
// load it otherwise. One it cannot find there, or that fails to load, is
// left to cilium/ebpf, which loads it or says why in its usual words.

// KernelBTF is the running kernel's BTF as lazybtf reads it.
type KernelBTF func() (*lazybtf.Spec, error)

// openKernelBTF opens the running kernel's BTF once per process, for a
// run not given the checker's (Options.KernelBTF).
var openKernelBTF KernelBTF = sync.OnceValues(lazybtf.OpenKernel)

// tracingTargets returns, for each program of progs whose target kernel
// finds exactly one of, that target's BTF type ID; nil when there are
// none or kernel is nil. The IDs are the kernel's own only when its BTF
// was read where the kernel publishes it (lazybtf.KernelPath), not from a
// vmlinux file found elsewhere: without it, cilium/ebpf finds them.
func tracingTargets(progs map[string]*ebpf.ProgramSpec, kernel KernelBTF) map[string]btf.TypeID {
	if kernel == nil {
		return nil
	}
	var ids map[string]btf.TypeID
	var spec *lazybtf.Spec
	for name, p := range progs {
		if p.Type != ebpf.Tracing || p.AttachTo == "" || p.AttachTarget != nil {
			continue
		}
		if spec == nil {
			if _, err := os.Stat(lazybtf.KernelPath); err != nil {
				return nil
			}
			var err error
			if spec, err = kernel(); err != nil {
				return nil
			}
		}
		id, ok := tracingTarget(spec, p.AttachType, p.AttachTo)
		if !ok {
			continue
		}
		if ids == nil {
			ids = map[string]btf.TypeID{}
		}
		ids[name] = id
	}
	return ids
}

// tracingTarget is the ID of the one type of the kind a tracing program
// attaching as at to target names, as cilium/ebpf looks for it in vmlinux:
// a typedef btf_trace_<target> for a raw tracepoint, a function for fentry
// and fexit. ok is false for none, for several (cilium/ebpf refuses an
// ambiguous name: it says so) and for any other attach type.
func tracingTarget(spec *lazybtf.Spec, at ebpf.AttachType, target string) (btf.TypeID, bool) {
	name, isFunc := target, true
	switch at {
	case ebpf.AttachTraceRawTp:
		name, isFunc = "btf_trace_"+target, false
	case ebpf.AttachTraceFEntry, ebpf.AttachTraceFExit:
	default:
		return 0, false
	}
	// A typedef is never among the functions, which are over half of
	// a kernel's named types: a raw tracepoint's target is looked up
	// among the other types only (~0.05 ms a program saved here).
	lookup := spec.AnyTypesByName
	if !isFunc {
		lookup = spec.TypesByName
	}
	types, err := lookup(name)
	if err != nil {
		return 0, false
	}
	var found btf.Type
	for _, t := range types {
		_, fn := t.(*btf.Func)
		_, td := t.(*btf.Typedef)
		if (isFunc && !fn) || (!isFunc && !td) {
			continue
		}
		if found != nil {
			return 0, false
		}
		found = t
	}
	if found == nil {
		return 0, false
	}
	id, err := spec.TypeID(found)
	return id, err == nil
}

// preparedProgram is a program made ready to load but for its maps: a
// tracing program (tp_btf, fentry, fexit) whose target is known, or a
// raw tracepoint's (which names its target only when it attaches). Its
// bytecode, in which each map's file descriptor is still to be
// written, and its function info (for its loops' callbacks) in a BTF blob
// of its own, loaded, as cilium/ebpf passes it. All of it is made before
// the maps are (a thread loading programs prepares its next while the
// maps are being made: for udplat's largest program, 0.3 to 0.4 ms that
// were on the path to its verification).
type preparedProgram struct {
	spec      *ebpf.ProgramSpec
	id        btf.TypeID
	code      []byte
	maps      []mapSlot
	license   []byte
	funcInfos []byte
	lineInfos []byte
	handle    *btf.Handle // nil without function info
}

// mapSlot is where code refers to a map: the byte offset of the
// instruction that loads its address, and the map's name.
type mapSlot struct {
	offset int
	name   string
}

// prepareProgram prepares p for load: a tracing program whose target is
// the vmlinux type id, or a raw tracepoint's (id 0); its source lines are left out (see withoutLineInfo). Its close
// releases what it holds.
func prepareProgram(p *ebpf.ProgramSpec, id btf.TypeID) (*preparedProgram, error) {
	switch {
	case p.Type == ebpf.Tracing && id != 0:
	case p.Type == ebpf.RawTracepoint && id == 0:
	default:
		return nil, fmt.Errorf("program %s: a %s program with target %d is not prepared ahead", p.Name, p.Type, id)
	}
	insns := programWithoutLineInfo(p).Instructions
	pt := &preparedProgram{spec: p, id: id, license: append([]byte(p.License), 0)}
	iter := insns.Iterate()
	for iter.Next() {
		if ins := iter.Ins; ins.IsLoadFromMap() && ins.Reference() != "" {
			pt.maps = append(pt.maps, mapSlot{int(iter.Offset) * asm.InstructionSize, ins.Reference()})
		}
	}
	var b btf.Builder
	var err error
	if pt.funcInfos, pt.lineInfos, err = btf.MarshalExtInfos(insns, &b); err != nil {
		return nil, fmt.Errorf("program %s: %w", p.Name, err)
	}
	// No map is bound: each map's slot is written in load.
	var code bytes.Buffer
	if err := insns.Marshal(&code, byteOrder); err != nil {
		return nil, fmt.Errorf("program %s: %w", p.Name, err)
	}
	pt.code = code.Bytes()
	if !b.Empty() {
		if pt.handle, err = btf.NewHandle(&b); err != nil {
			return nil, fmt.Errorf("program %s: loading its BTF: %w", p.Name, err)
		}
	}
	return pt, nil
}

// bound is the program's bytecode with each map it refers to bound to
// the one mapOf gives, as asm.Instruction.AssociateMap and Marshal bind
// it: its descriptor in the low 32 bits of the instruction's constant, the
// first immediate (the high 32, a direct load's offset into the map's
// value, are in the second).
func (pt *preparedProgram) bound(mapOf func(name string) (*ebpf.Map, error)) ([]byte, error) {
	code := slices.Clone(pt.code)
	for _, slot := range pt.maps {
		m, err := mapOf(slot.name)
		if err != nil {
			return nil, err
		}
		if m.FD() < 0 {
			return nil, fmt.Errorf("map %s: closed", slot.name)
		}
		byteOrder.PutUint32(code[slot.offset+4:], uint32(m.FD()))
	}
	return code, nil
}

// close releases the program's BTF blob: a program loaded holds its own
// reference.
func (pt *preparedProgram) close() {
	if pt.handle != nil {
		pt.handle.Close()
	}
}

// load loads the program with each map it refers to bound to the one
// mapOf gives, as asm.Instruction.AssociateMap would: its descriptor in
// the low 32 bits of the instruction's constant, the first immediate.
func (pt *preparedProgram) load(mapOf func(name string) (*ebpf.Map, error)) (*ebpf.Program, error) {
	p := pt.spec
	code, err := pt.bound(mapOf)
	if err != nil {
		return nil, fmt.Errorf("program %s: %w", p.Name, err)
	}
	progType := uint32(unix.BPF_PROG_TYPE_RAW_TRACEPOINT)
	if p.Type == ebpf.Tracing {
		progType = unix.BPF_PROG_TYPE_TRACING
	}
	attr := progLoadAttr{
		progType:           progType,
		insnCnt:            uint32(len(code) / asm.InstructionSize),
		insns:              unsafe.Pointer(&code[0]),
		license:            unsafe.Pointer(&pt.license[0]),
		progFlags:          p.Flags,
		expectedAttachType: uint32(p.AttachType),
		attachBTFID:        uint32(pt.id),
	}
	copy(attr.progName[:len(attr.progName)-1], objName(p.Name))
	if pt.handle != nil {
		attr.progBTFFD = uint32(pt.handle.FD())
		attr.funcInfoRecSize, attr.funcInfoCnt = btf.FuncInfoSize, uint32(len(pt.funcInfos))/btf.FuncInfoSize
		attr.lineInfoRecSize, attr.lineInfoCnt = btf.LineInfoSize, uint32(len(pt.lineInfos))/btf.LineInfoSize
		if len(pt.funcInfos) > 0 {
			attr.funcInfo = unsafe.Pointer(&pt.funcInfos[0])
		}
		if len(pt.lineInfos) > 0 {
			attr.lineInfo = unsafe.Pointer(&pt.lineInfos[0])
		}
	}
	prog, err := progLoad(&attr, code, pt.license, pt.funcInfos, pt.lineInfos)
	if err != nil {
		return nil, fmt.Errorf("program %s: %w", p.Name, err)
	}
	return prog, nil
}

// byteOrder is this machine's, as asm marshals it: binary.LittleEndian or
// binary.BigEndian, not binary.NativeEndian, which it does not know.
var byteOrder binary.ByteOrder = func() binary.ByteOrder {
	if binary.NativeEndian.Uint16([]byte{1, 0}) == 1 {
		return binary.LittleEndian
	}
	return binary.BigEndian
}()

// objName is name as the kernel takes an object's name: letters, digits,
// '_' and '.' only (cilium/ebpf drops the others too).
func objName(name string) string {
	out := make([]byte, 0, len(name))
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' {
			out = append(out, c)
		}
	}
	return string(out)
}
