package runtime

import (
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/features"
)

// Warm starts, on another thread, what loading a kprobe-type program
// (kprobes and uprobes) needs once per process: such a program carries
// the kernel version, which cilium/ebpf reads from the vDSO; reading it
// while the script is parsed leaves the read (~0.3 ms) off the path to the
// first event. A caller whose script loads none does not call it: the
// read is done by loading a small kprobe program, a system call and a
// verifier run the script would not use. (Programs are loaded without
// BTF, so the BTF feature probes cilium/ebpf once ran here are not needed
// at all: see withoutLineInfo.)
func Warm() {
	go func() { _ = features.HaveProgramType(ebpf.Kprobe) }()
}
