// Package prefault maps in the Go heap's next pages with one system call,
// so that a short-lived process does not take a page fault for each of them.
//
// ntrace's startup allocates a few megabytes (the parser, the checker's
// tables, cilium/ebpf's program and BTF encoders) into fresh heap pages.
// Every first touch of such a page is a page fault; in the virtual machines
// ntrace is measured on a fault costs about 11 µs, while populating the same
// pages with madvise(MADV_POPULATE_WRITE) costs about 0.7 µs a page, so the
// faults alone were a fifth of the time from launch to the first event.
package prefault

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"unsafe"

	"golang.org/x/sys/unix"
)

// madvPopulateWrite is MADV_POPULATE_WRITE (Linux 5.14): fault in the pages
// of a range writable, as if each had been written to.
const madvPopulateWrite = 23

// sink keeps the probe allocation on the heap; atomic, because Heap may
// run on several goroutines at once (ntrace starts it on its own, and a
// test may run the CLI many times).
var sink atomic.Pointer[[64]byte]

// Heap populates up to n bytes of the heap mapping that new allocations
// come from, starting at the page of a fresh allocation. The Go heap hands
// out the lowest free addresses first, so these are the pages the next
// allocations touch. It never fails: on a kernel without
// MADV_POPULATE_WRITE, or if the mapping cannot be found, the pages simply
// fault in one at a time as before.
func Heap(n uintptr) {
	heap(n)
}

// heap is Heap, returning the address of the allocation it started from,
// for the test.
func heap(n uintptr) uintptr {
	p := new([64]byte)
	sink.Store(p)
	addr := uintptr(unsafe.Pointer(p))
	sink.Store(nil)
	populate(addr, n)
	return addr
}

// populate populates up to n bytes from addr's page, within the writable
// mapping that holds addr, and reports whether the kernel did.
func populate(addr, n uintptr) bool {
	end, ok := mappingEnd(addr)
	if !ok {
		return false
	}
	start := addr &^ (uintptr(os.Getpagesize()) - 1)
	if end-start > n {
		end = start + n
	}
	_, _, errno := unix.Syscall(unix.SYS_MADVISE, start, end-start, madvPopulateWrite)
	return errno == 0
}

// mappingEnd returns the end of the writable mapping in /proc/self/maps
// that contains addr. Populating only inside it matters: the Go runtime
// reserves address space without access and maps it later with MAP_FIXED,
// which would throw away pages populated early.
func mappingEnd(addr uintptr) (uintptr, bool) {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// 3c8040000000-3c8040400000 rw-p 00000000 00:00 0
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		lo, hi, ok := strings.Cut(fields[0], "-")
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		if err1 != nil || err2 != nil || uint64(addr) < start || uint64(addr) >= end {
			continue
		}
		return uintptr(end), strings.HasPrefix(fields[1], "rw")
	}
	return 0, false
}
