package runtime

import (
	"encoding/binary"
	"fmt"
	"os"
	"testing"

	"github.com/cilium/ebpf"
)

// Reading a map in batches gives every element once, with its value (per
// CPU where the map has a value per CPU), as reading it key by key does:
// for hash maps, per-CPU hash maps and per-CPU arrays, in batches smaller
// than a hash bucket (the kernel's ENOSPC) and larger than the map.
func TestEachElement(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("making BPF maps needs root")
	}
	cpus := PossibleCPUs()
	for _, tc := range []struct {
		typ     ebpf.MapType
		entries int
	}{{ebpf.Hash, 5000}, {ebpf.PerCPUHash, 5000}, {ebpf.PerCPUArray, 7}, {ebpf.Hash, 0}} {
		perCPU := tc.typ == ebpf.PerCPUHash || tc.typ == ebpf.PerCPUArray
		m, err := ebpf.NewMap(&ebpf.MapSpec{Type: tc.typ, KeySize: 4, ValueSize: 12, MaxEntries: uint32(max(tc.entries, 1))})
		if err != nil {
			t.Fatal(err)
		}
		defer m.Close()
		// Value of key k on CPU c: k*1000+c in its first word.
		value := func(k uint32, c int) []byte {
			v := make([]byte, 12)
			binary.LittleEndian.PutUint64(v, uint64(k)*1000+uint64(c))
			return v
		}
		for k := range uint32(tc.entries) {
			var err error
			if perCPU {
				vs := make([][]byte, cpus)
				for c := range vs {
					vs[c] = value(k, c)
				}
				err = m.Put(k, vs)
			} else {
				err = m.Put(k, value(k, 0))
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		nCPU, stride := 1, 12
		if perCPU {
			nCPU, stride = cpus, 16
		}
		check := func(how string, read func(fn func(key, value []byte) error) error) {
			seen := map[uint32]bool{}
			err := read(func(key, v []byte) error {
				k := binary.LittleEndian.Uint32(key)
				if seen[k] {
					return fmt.Errorf("key %d twice", k)
				}
				seen[k] = true
				if len(v) != stride*nCPU {
					return fmt.Errorf("key %d: %d bytes of values, want %d", k, len(v), stride*nCPU)
				}
				for c := range nCPU {
					if got, want := binary.LittleEndian.Uint64(v[stride*c:]), uint64(k)*1000+uint64(c); got != want {
						return fmt.Errorf("key %d CPU %d: %d, want %d", k, c, got, want)
					}
				}
				return nil
			})
			if err != nil {
				t.Errorf("%s %s: %v", tc.typ, how, err)
			}
			if len(seen) != tc.entries && !(tc.typ == ebpf.PerCPUArray) {
				t.Errorf("%s %s: %d keys, want %d", tc.typ, how, len(seen), tc.entries)
			}
		}
		for _, count := range []int{1, 64, 100000} {
			check(fmt.Sprintf("in batches of %d", count), func(fn func(key, value []byte) error) error {
				done, err := eachBatch(m, stride*nCPU, count, fn)
				if !done && err == nil {
					t.Skipf("no batch lookups of %s here", tc.typ)
				}
				return err
			})
		}
		check("key by key", func(fn func(key, value []byte) error) error { return eachIterated(m, perCPU, stride, nCPU, fn) })
	}
}
