package runtime

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	goruntime "runtime"
	"slices"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/link"
	"golang.org/x/sys/unix"
)

// loopingSysEnter is a tp_btf program on sys_enter that, for a getppid
// by thread tid, runs a bpf_loop of three iterations whose callback adds
// 1 to slot 0 of the array map m: a program with a callback, which the
// kernel takes only with its functions' BTF.
func loopingSysEnter(tid int) *ebpf.ProgramSpec {
	long := &btf.Int{Name: "long", Size: 8, Encoding: btf.Signed}
	ptr := &btf.Pointer{Target: &btf.Void{}}
	main := &btf.Func{Name: "looping", Linkage: btf.GlobalFunc, Type: &btf.FuncProto{
		Return: &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed},
		Params: []btf.FuncParam{{Name: "ctx", Type: ptr}},
	}}
	cb := &btf.Func{Name: "cb", Linkage: btf.StaticFunc, Type: &btf.FuncProto{Return: long, Params: []btf.FuncParam{
		{Name: "index", Type: &btf.Int{Name: "unsigned long long", Size: 8}}, {Name: "ctx", Type: ptr},
	}}}
	insns := asm.Instructions{
		btf.WithFuncMetadata(asm.Mov.Reg(asm.R6, asm.R1), main),
		asm.FnGetCurrentPidTgid.Call(),
		asm.Mov.Reg32(asm.R0, asm.R0), // the thread's id, the low 32 bits
		asm.Mov.Imm(asm.R1, int32(tid)),
		asm.JNE.Reg(asm.R0, asm.R1, "skip"),
		asm.LoadMem(asm.R7, asm.R6, 8, asm.DWord), // sys_enter(regs, id)
		asm.JNE.Imm(asm.R7, unix.SYS_GETPPID, "skip"),
		asm.Mov.Imm(asm.R1, 3),
		asm.Instruction{OpCode: asm.LoadImmOp(asm.DWord), Dst: asm.R2, Src: asm.PseudoFunc, Constant: -1}.WithReference("cb"),
		asm.Mov.Imm(asm.R3, 0),
		asm.Mov.Imm(asm.R4, 0),
		asm.FnLoop.Call(),
		asm.Mov.Imm(asm.R0, 0).WithSymbol("skip"),
		asm.Return(),
	}
	// The callback is addProgram's body: it adds 1 to m's slot 0.
	body := addProgram(1).Instructions
	body[0] = btf.WithFuncMetadata(body[0], cb).WithSymbol("cb")
	insns = append(insns, body...)
	return &ebpf.ProgramSpec{
		Name: "looping", Type: ebpf.Tracing, AttachType: ebpf.AttachTraceRawTp, AttachTo: "sys_enter",
		License: "GPL", Instructions: insns,
	}
}

func skipNoTpBTF(t *testing.T) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("loading BPF programs needs root")
	}
	if _, err := os.Stat("/sys/kernel/btf/vmlinux"); err != nil {
		t.Skip("no kernel BTF:", err)
	}
}

// The target lazybtf finds for a raw tracepoint is the type cilium/ebpf's
// own decoding of the kernel's BTF finds, and a program loaded with it
// directly (with a loop's callback, so with its functions' BTF) runs on
// that tracepoint: it counts the getppid calls this thread makes, three
// times each, and none of anyone else's.
func TestLoadTracingDirectly(t *testing.T) {
	skipNoTpBTF(t)
	goruntime.LockOSThread()
	defer goruntime.UnlockOSThread()
	spec := loopingSysEnter(unix.Gettid())
	targets := tracingTargets(map[string]*ebpf.ProgramSpec{"p": spec}, openKernelBTF)
	id, ok := targets["p"]
	if !ok {
		t.Fatal("no target found for tp_btf sys_enter")
	}
	full, err := btf.LoadKernelSpec()
	if err != nil {
		t.Fatal(err)
	}
	var td *btf.Typedef
	if err := full.TypeByName("btf_trace_sys_enter", &td); err != nil {
		t.Fatal(err)
	}
	if want, err := full.TypeID(td); err != nil || want != id {
		t.Fatalf("target ID %d, cilium/ebpf finds %d (%v)", id, want, err)
	}

	// Prepared before its map exists, as the loading threads do.
	pt, err := prepareProgram(spec, id)
	if err != nil {
		t.Fatal(err)
	}
	defer pt.close()
	m, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	prog, err := pt.load(func(name string) (*ebpf.Map, error) {
		if name != "m" {
			return nil, fmt.Errorf("no map %s", name)
		}
		return m, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	defer prog.Close()
	if prog.Type() != ebpf.Tracing {
		t.Errorf("loaded as %s, want Tracing", prog.Type())
	}
	countsGetppid(t, m, func() (link.Link, error) {
		return link.AttachTracing(link.TracingOptions{Program: prog, AttachType: ebpf.AttachTraceRawTp})
	})
}

// countsGetppid attaches a loopingSysEnter program of this thread's, then
// calls getppid and checks that its map m counted each call three times.
func countsGetppid(t *testing.T, m *ebpf.Map, attach func() (link.Link, error)) {
	t.Helper()
	l, err := attach()
	if err != nil {
		t.Fatal(err)
	}
	const calls = 7
	for range calls {
		unix.Getppid()
	}
	l.Close()
	var got uint64
	if err := m.Lookup(uint32(0), &got); err != nil {
		t.Fatal(err)
	}
	if got != 3*calls {
		t.Errorf("the map holds %d after %d getppid calls, want %d", got, calls, 3*calls)
	}
}

// A raw tracepoint's program (BPF_PROG_TYPE_RAW_TRACEPOINT, which names
// no target when it loads) is prepared before its map exists as a tracing
// one is, loads as a raw tracepoint and runs on its tracepoint: it counts
// this thread's getppid calls, three times each. One of another type, or a
// tracing one without a target, is not prepared.
func TestPrepareRawTracepoint(t *testing.T) {
	skipNoTpBTF(t)
	goruntime.LockOSThread()
	defer goruntime.UnlockOSThread()
	spec := loopingSysEnter(unix.Gettid())
	spec.Type, spec.AttachType = ebpf.RawTracepoint, ebpf.AttachNone
	if _, err := prepareProgram(spec, 5); err == nil {
		t.Error("a raw tracepoint's program prepared with a BTF target")
	}
	pt, err := prepareProgram(spec, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer pt.close()
	m, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	prog, err := pt.load(func(string) (*ebpf.Map, error) { return m, nil })
	if err != nil {
		t.Fatal(err)
	}
	defer prog.Close()
	if prog.Type() != ebpf.RawTracepoint {
		t.Errorf("loaded as %s, want RawTracepoint", prog.Type())
	}
	countsGetppid(t, m, func() (link.Link, error) {
		return link.AttachRawTracepoint(link.RawTracepointOptions{Name: "sys_enter", Program: prog})
	})
	for _, other := range []*ebpf.ProgramSpec{addProgram(1), loopingSysEnter(1)} {
		if _, err := prepareProgram(other, 0); err == nil {
			t.Errorf("a %s program prepared without a target", other.Type)
		}
	}
}

// newCollection loads a tracing program with a target directly and the
// others through cilium/ebpf, sharing the maps; one the kernel refuses is
// handed to cilium/ebpf, whose verifier error names it, and nothing of the
// load is left open.
func TestNewCollectionTracingTargets(t *testing.T) {
	skipNoTpBTF(t)
	spec := &ebpf.CollectionSpec{
		Maps: map[string]*ebpf.MapSpec{"m": {Name: "m", Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1}},
		Programs: map[string]*ebpf.ProgramSpec{
			"looping": loopingSysEnter(unix.Gettid()),
			"add":     addProgram(5),
		},
	}
	before := openFDs(t)
	coll, err := newCollection(spec, ebpf.CollectionOptions{}, openKernelBTF)
	if err != nil {
		t.Fatal(err)
	}
	if len(coll.Programs) != 2 || coll.Programs["looping"] == nil || coll.Programs["add"] == nil {
		t.Fatalf("loaded %v, want looping and add", coll.Programs)
	}
	if _, err := coll.Programs["add"].Run(&ebpf.RunOptions{Data: make([]byte, 14)}); err != nil {
		t.Fatal(err)
	}
	var got uint64
	if err := coll.Maps["m"].Lookup(uint32(0), &got); err != nil || got != 5 {
		t.Errorf("the shared map holds %d (%v), want 5", got, err)
	}
	coll.Close()
	if after := openFDs(t); after != before {
		t.Errorf("%d descriptors open after Close, %d before", after, before)
	}

	bad := loopingSysEnter(0)
	bad.Instructions = slices.Insert(bad.Instructions, 1, asm.LoadMem(asm.R0, asm.R2, 0, asm.DWord)) // reads R2, unwritten
	spec.Programs["bad"] = bad
	coll, err = newCollection(spec, ebpf.CollectionOptions{}, openKernelBTF)
	if err == nil {
		coll.Close()
		t.Fatal("a program reading an unwritten register loaded")
	}
	var verr *ebpf.VerifierError
	if !errors.As(err, &verr) || !strings.Contains(err.Error(), "program bad:") {
		t.Errorf("not cilium/ebpf's verifier error naming the program: %v", err)
	}
	if after := openFDs(t); after != before {
		t.Errorf("%d descriptors open after the failed load, %d before", after, before)
	}
}

// A program prepared before its maps exist is, once they are bound, the
// bytecode cilium/ebpf marshals with the maps associated: map pointers
// and direct loads at an offset into a map's value alike.
func TestPreparedTracingBindsMapsAsCilium(t *testing.T) {
	skipNoTpBTF(t)
	spec := loopingSysEnter(1)
	spec.Instructions = slices.Insert(spec.Instructions, 1,
		asm.LoadMapValue(asm.R2, 0, 8).WithReference("v"),
		asm.LoadMapPtr(asm.R3, 0).WithReference("m"),
	)
	pt, err := prepareProgram(spec, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer pt.close()
	ms := map[string]*ebpf.Map{}
	for name, size := range map[string]uint32{"m": 8, "v": 16} {
		m, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.Array, KeySize: 4, ValueSize: size, MaxEntries: 1})
		if err != nil {
			t.Fatal(err)
		}
		defer m.Close()
		ms[name] = m
	}
	got, err := pt.bound(func(name string) (*ebpf.Map, error) { return ms[name], nil })
	if err != nil {
		t.Fatal(err)
	}
	insns := programWithoutLineInfo(spec).Instructions
	for i := range insns {
		if ins := &insns[i]; ins.IsLoadFromMap() && ins.Reference() != "" {
			if err := ins.AssociateMap(ms[ins.Reference()]); err != nil {
				t.Fatal(err)
			}
		}
	}
	var want bytes.Buffer
	if err := insns.Marshal(&want, byteOrder); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Errorf("bound bytecode differs from cilium/ebpf's:\n got %x\nwant %x", got, want.Bytes())
	}
	if _, err := pt.bound(func(name string) (*ebpf.Map, error) { return nil, fmt.Errorf("no map %s", name) }); err == nil {
		t.Error("bound without its maps")
	}
}
