package runtime

import (
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/features"
)

// Warm starts, on another thread, the probing of kernel features that
// loading any program needs: cilium/ebpf finds out which BTF kinds the
// kernel accepts by loading small BTF blobs, once per process, before it
// loads the first program with line info. Done while the script is being
// parsed, those round trips are off the path to the first event. The
// answers are cached by cilium/ebpf; errors are seen again, and reported,
// when the programs load.
func Warm() {
	go func() {
		btf.KernelMarshalOptions()
		// Loading a kprobe program reads the kernel version from the
		// vDSO, and perf-event links are probed with one: warm both.
		features.HaveProgramType(ebpf.Kprobe)
	}()
}
