package runtime

import (
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// Warm starts, on another thread, the work that loading the script's
// first program does once per process, so that it happens while the
// script is parsed instead of on the path to the first event: cilium/ebpf
// asks the kernel whether it takes ext_infos and whether it has
// bpf_probe_read_kernel (a program load each, ~0.1 ms apiece here), and a
// kprobe-type program (kprobes, uprobes; kprobeType) carries the kernel
// version, which it reads from the vDSO (~0.3 ms). Warm does it by loading
// and closing a three-instruction program of the script's kind that calls
// one helper: one program load more in all, on a thread that is otherwise
// idle while the parser is built. (Programs are loaded without BTF, so the
// BTF feature probes cilium/ebpf once ran are not needed at all: see
// withoutLineInfo.) It also reads what the pipeline learns once about the
// machine on the way: the possible CPUs, the PID namespace, the memory
// cgroup's limit.
//
// A script with BEGIN or END (runsOnce) also has Warm run that program
// from user space, as runSpecial runs BEGIN and END: cilium/ebpf's first
// run asks the kernel whether it can run programs at all (it loads a
// socket filter and runs it: two system calls, ~0.1 ms here), and that
// answer, cached for the process, is then ready when BEGIN runs instead of
// being asked on the way to it. The warm program is then of BEGIN's own
// type, a raw tracepoint, which the kernel runs; for a script that also
// loads a kprobe-type program its run fails (the kernel runs no kprobe
// programs from user space), which costs a failed system call and an
// error made and dropped. Only the cached answer matters, and a probe
// that could not decide is asked again when BEGIN runs, with the same
// error as without Warm.
func Warm(kprobeType, runsOnce bool) {
	typ := ebpf.TracePoint
	switch {
	case kprobeType:
		typ = ebpf.Kprobe
	case runsOnce:
		typ = ebpf.RawTracepoint
	}
	go func() {
		// Facts the pipeline reads once on the way, in the order it
		// asks: compiling, the number of possible CPUs (cilium/ebpf
		// parses a sysfs file with fmt); tracing, ntrace's PID
		// namespace; loading, the memory cgroup's limit that the maps
		// are checked against (checkMemoryLimit: a few files, ~0.1 ms
		// here, read by the ring buffer's maker when there is one).
		PossibleCPUs()
		DetectPIDNamespace()
		_, _ = cgroupMemoryLimit()
		prog, err := ebpf.NewProgramWithOptions(&ebpf.ProgramSpec{
			Type:    typ,
			License: "GPL",
			Instructions: asm.Instructions{
				asm.FnKtimeGetNs.Call(),
				asm.Mov.Imm(asm.R0, 0),
				asm.Return(),
			},
		}, ebpf.ProgramOptions{LogDisabled: true})
		if err != nil {
			return
		}
		if runsOnce {
			_, _ = prog.Run(&ebpf.RunOptions{Context: make([]byte, 8)})
		}
		_ = prog.Close()
	}()
}
