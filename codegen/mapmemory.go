package codegen

import (
	"fmt"
	"math/bits"
	"strings"

	"github.com/cilium/ebpf"
)

// htabElemHeader is the size of the kernel's struct htab_elem before the
// key (x86-64, every kernel since 4.10), and htabBucket its struct bucket.
const (
	htabElemHeader = 48
	htabBucket     = 16
)

// MapMemory is the kernel memory a map made as spec says takes from the
// start, on a machine with cpus possible CPUs, and charges to the memory
// cgroup of the process that makes it: the parts the kernel allocates
// when it creates the map (buckets, preallocated elements, array slots,
// ring pages, stack slots), without the bookkeeping around them, so that
// it is never more than the kernel takes. It is the one model of a map's
// memory: the warning about a big map and the refusal of one that cannot
// fit in the memory cgroup both count with it.
func MapMemory(spec *ebpf.MapSpec, cpus int) uint64 {
	n := uint64(spec.MaxEntries)
	key, value := uint64(roundUp8(int(spec.KeySize))), uint64(roundUp8(int(spec.ValueSize)))
	buckets := uint64(0)
	if n > 0 {
		buckets = uint64(1) << bits.Len64(n-1) // the kernel rounds up to a power of two
	}
	prealloc := spec.Flags&bpfFNoPrealloc == 0
	switch spec.Type {
	case ebpf.Hash, ebpf.LRUHash:
		size := buckets * htabBucket
		if prealloc {
			size += n * (htabElemHeader + key + value)
		}
		return size
	case ebpf.PerCPUHash, ebpf.LRUCPUHash:
		// An element holds a pointer to its values, one per CPU.
		size := buckets * htabBucket
		if prealloc {
			size += n * (htabElemHeader + key + 8 + value*uint64(cpus))
		}
		return size
	case ebpf.Array:
		return n * value
	case ebpf.PerCPUArray:
		return n * value * uint64(cpus)
	case ebpf.RingBuf:
		return n // its data pages
	case ebpf.StackTrace:
		// A pointer per bucket, and as many preallocated stacks.
		return buckets*8 + n*uint64(spec.ValueSize)
	}
	return 0
}

// KernelMemory is MapMemory for m's map on a machine with cpus possible
// CPUs.
func (m *Map) KernelMemory(cpus int) uint64 { return MapMemory(m.Spec, cpus) }

func roundUp8(n int) int { return (n + 7) &^ 7 }

// FormatBytes writes n in the largest binary unit it reaches, to one
// decimal, left out when it is 0: what messages about memory say.
func FormatBytes(n uint64) string {
	units := []string{"bytes", "KiB", "MiB", "GiB", "TiB"}
	i, v := 0, float64(n)
	for v >= 1024 && i < len(units)-1 {
		v /= 1024
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%d bytes", n)
	}
	return strings.TrimSuffix(fmt.Sprintf("%.1f", v), ".0") + " " + units[i]
}
