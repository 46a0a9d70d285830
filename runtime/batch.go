package runtime

import (
	"errors"
	"fmt"
	goruntime "runtime"
	"unsafe"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"
)

// eachElement calls fn with every key of m and its value: one value, or
// for a per-CPU map one for each possible CPU one after the other, each
// padded to 8 bytes. key and value are reused between calls. The
// elements are read many at a time (BPF_MAP_LOOKUP_BATCH) where the
// kernel can, else one by one.
func eachElement(m *ebpf.Map, perCPU bool, fn func(key, value []byte) error) error {
	stride, cpus := int(m.ValueSize()), 1
	if perCPU {
		stride, cpus = roundUp8(stride), PossibleCPUs()
	}
	keySize := int(m.KeySize())
	count := max(64, min(4096, batchBytes/(keySize+stride*cpus)))
	done, err := eachBatch(m, stride*cpus, count, fn)
	if done || err != nil {
		return err
	}
	return eachIterated(m, perCPU, stride, cpus, fn)
}

func roundUp8(n int) int { return (n + 7) &^ 7 }

// bpfMapLookupBatch is BPF_MAP_LOOKUP_BATCH.
const bpfMapLookupBatch = 24

// enotsupp is the kernel's ENOTSUPP (524), which it returns to user
// space for a map type without batch operations.
const enotsupp = unix.Errno(524)

// batchAttr is bpf_attr's part for the BPF_MAP_*_BATCH commands.
type batchAttr struct {
	inBatch, outBatch, keys, values uint64
	count, mapFD                    uint32
	elemFlags, flags                uint64
}

// batchBytes bounds the memory one batch's keys and values take.
const batchBytes = 4 << 20

// eachBatch reads m count elements at a time (more when one of its hash
// buckets holds more); done is false when the kernel cannot batch
// lookups of this map, before anything was read.
func eachBatch(m *ebpf.Map, valueSize, count int, fn func(key, value []byte) error) (done bool, err error) {
	keySize := int(m.KeySize())
	keys, values := make([]byte, count*keySize), make([]byte, count*valueSize)
	// The position between batches: a bucket index for hash maps, a key
	// for arrays.
	in, out := make([]byte, max(keySize, 4)), make([]byte, max(keySize, 4))
	first := true
	for {
		attr := batchAttr{
			outBatch: uint64(uintptr(unsafe.Pointer(&out[0]))),
			keys:     uint64(uintptr(unsafe.Pointer(&keys[0]))),
			values:   uint64(uintptr(unsafe.Pointer(&values[0]))),
			count:    uint32(count),
			mapFD:    uint32(m.FD()),
		}
		if !first {
			attr.inBatch = uint64(uintptr(unsafe.Pointer(&in[0])))
		}
		_, _, errno := unix.Syscall(unix.SYS_BPF, bpfMapLookupBatch, uintptr(unsafe.Pointer(&attr)), unsafe.Sizeof(attr))
		goruntime.KeepAlive(keys)
		goruntime.KeepAlive(values)
		goruntime.KeepAlive(in)
		goruntime.KeepAlive(out)
		switch {
		case errno == unix.ENOSPC && attr.count == 0:
			// A bucket holds more keys than a batch: make room.
			count *= 2
			keys, values = make([]byte, count*keySize), make([]byte, count*valueSize)
			continue
		case errno != 0 && errno != unix.ENOENT:
			if first && (errno == unix.EINVAL || errno == enotsupp || errno == unix.EOPNOTSUPP) {
				return false, nil // no batches for this map or kernel
			}
			return true, fmt.Errorf("reading the map in batches: %w", errno)
		}
		for i := range int(attr.count) {
			if err := fn(keys[i*keySize:(i+1)*keySize], values[i*valueSize:(i+1)*valueSize]); err != nil {
				return true, err
			}
		}
		if errno == unix.ENOENT {
			return true, nil // that was the last batch
		}
		first = false
		in, out = out, in
	}
}

// eachIterated reads m one key at a time.
func eachIterated(m *ebpf.Map, perCPU bool, stride, cpus int, fn func(key, value []byte) error) error {
	key := make([]byte, m.KeySize())
	value := make([]byte, stride*cpus)
	it := m.Iterate()
	var one []byte
	var each [][]byte
	for {
		var ok bool
		if perCPU {
			ok = it.Next(&key, &each)
		} else {
			ok = it.Next(&key, &one)
			each = [][]byte{one}
		}
		if !ok {
			break
		}
		for i, v := range each {
			copy(value[i*stride:(i+1)*stride], v)
		}
		if err := fn(key, value); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil && !errors.Is(err, ebpf.ErrKeyNotExist) {
		return err
	}
	return nil
}
