package runtime

import (
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/features"
)

// Warm starts, on another thread, the probing of kernel features that
// loading and attaching any program needs: cilium/ebpf finds out which BTF
// kinds the kernel accepts by loading small BTF blobs, once per process,
// before it loads the first program with BTF. Done while the script is
// being parsed, those round trips are off the path to the first event. The
// answers are cached by cilium/ebpf; errors are seen again, and reported,
// when the programs load.
func Warm() {
	go func() {
		btf.KernelMarshalOptions()
		// A kprobe-type program carries the kernel version, which
		// cilium/ebpf reads from the vDSO once per process; the probe for
		// perf-event links that the first attach runs loads one. Reading
		// it here leaves that probe's own load (~0.3 ms) on the path.
		_ = features.HaveProgramType(ebpf.Kprobe)
	}()
}
