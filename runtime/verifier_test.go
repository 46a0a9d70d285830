package runtime

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

// A program the verifier refuses is reported with the verifier's reason
// and the script position of the instruction it stopped at.
func TestVerifierRejectionPointsAtSource(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("loading BPF programs needs root")
	}
	line3 := &codegen.Source{Pos: lang.Pos{Line: 3, Column: 5}}
	insns := asm.Instructions{
		asm.Mov.Imm(asm.R0, 0).WithSource(&codegen.Source{Pos: lang.Pos{Line: 2, Column: 1}}),
		asm.LoadImm(asm.R3, 1<<40, asm.DWord).WithSource(&codegen.Source{Pos: lang.Pos{Line: 2, Column: 1}}),
		// R2 was never written: the verifier stops here.
		asm.LoadMem(asm.R1, asm.R2, 0, asm.DWord).WithSource(line3),
		asm.Return(),
	}
	prog := &ebpf.ProgramSpec{Name: "p0", Type: ebpf.TracePoint, License: "GPL", Instructions: insns}
	out := &codegen.Output{
		Programs: []*codegen.Program{{
			Name:   "p0",
			Target: &lang.Target{Kind: lang.TracepointProbe, Group: "syscalls", Name: "sys_enter_getppid"},
			Spec:   prog,
		}},
		Collection: &ebpf.CollectionSpec{Programs: map[string]*ebpf.ProgramSpec{"p0": prog}},
	}
	_, err := ebpf.NewCollection(out.Collection)
	if err == nil {
		t.Fatal("the verifier accepted a read through an uninitialised register")
	}
	ve, ok := explainVerifierError(out, err).(*VerifierError)
	if !ok {
		t.Fatalf("not explained: %v", err)
	}
	if ve.Pos.Line != 3 || ve.Probe != "tracepoint:syscalls:sys_enter_getppid" || !strings.Contains(ve.Reason, "R2 !read_ok") {
		t.Errorf("got %+v (reason %q)", ve.Pos, ve.Reason)
	}
}

func TestFailingInstructionParsing(t *testing.T) {
	log := []string{
		"0: R1=ctx() R10=fp0",
		"0: (b7) r0 = 0                        ; R0_w=0",
		"1: (18) r3 = 0x10000000000",
		"3: (79) r1 = *(u64 *)(r2 +0)",
		"R2 !read_ok",
		"processed 3 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0",
	}
	if n, ok := failingInstruction(log); !ok || n != 3 {
		t.Errorf("failing instruction = %d, %v; want 3", n, ok)
	}
	if got := lastLogLine(log); got != "R2 !read_ok" {
		t.Errorf("reason = %q", got)
	}
}

// A load that fails with a bare EFAULT (the verifier gave up on one of its
// limits, without a log) names the probe and says what to do, instead of
// cilium's "hit verifier bug".
func TestBareFaultNamesTheProbe(t *testing.T) {
	out := &codegen.Output{Programs: []*codegen.Program{
		{Name: "p0", Target: &lang.Target{Kind: lang.TracepointProbe, Group: "syscalls", Name: "sys_enter_getpid"}},
		{Name: "p1", Target: &lang.Target{Kind: lang.TracepointProbe, Group: "syscalls", Name: "sys_enter_getppid"}},
	}}
	err := fmt.Errorf("program p1: load program: %w (hit verifier bug, increase LogSizeStart to fit the log and check dmesg)", unix.EFAULT)
	got := explainBareFault(out, err).Error()
	want := "loading the program for tracepoint:syscalls:sys_enter_getppid: the kernel's verifier gave up without a reason (bad address)"
	if !strings.HasPrefix(got, want) || !strings.Contains(got, "unroll fewer times") {
		t.Errorf("got %q, want it to start %q and say what to do", got, want)
	}
}

func TestInsnNumber(t *testing.T) {
	for line, want := range map[string]int{
		"12: (85) call bpf_map_lookup_elem#1": 12,
		"0: (bf) r6 = r1":                     0,
		"R0 invalid mem access 'scalar'":      -1,
		"12: R0_w=0":                          -1,
		"x12: (85) call":                      -1,
		": (85)":                              -1,
		"; line 3:5 (in probe)":               -1,
	} {
		n, ok := insnNumber(line)
		if !ok {
			n = -1
		}
		if n != want {
			t.Errorf("insnNumber(%q) = %d, want %d", line, n, want)
		}
	}
}
