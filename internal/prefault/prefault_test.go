package prefault

import (
	"os"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"
)

// resident counts the resident pages among the n bytes from start.
func resident(t *testing.T, start, n uintptr) (in, all int) {
	t.Helper()
	vec := make([]byte, n/uintptr(os.Getpagesize()))
	_, _, errno := unix.Syscall(unix.SYS_MINCORE, start, n, uintptr(unsafe.Pointer(&vec[0])))
	if errno != 0 {
		t.Fatalf("mincore: %v", errno)
	}
	for _, v := range vec {
		in += int(v & 1)
	}
	return in, len(vec)
}

// After populate, the heap pages that the next allocations will use are
// resident: the range from a fresh allocation's page on is populated.
func TestHeapPopulatesTheNextPages(t *testing.T) {
	sink = new([64]byte)
	page := uintptr(unsafe.Pointer(sink)) &^ (uintptr(os.Getpagesize()) - 1)
	end, ok := mappingEnd(page)
	if !ok {
		t.Fatalf("no writable mapping holds the heap address %#x", page)
	}
	n := uintptr(512 << 10)
	if end-page < n {
		n = end - page
	}
	before, _ := resident(t, page, n)
	if !populate(page, n) {
		t.Fatal("madvise(MADV_POPULATE_WRITE) failed (it needs Linux 5.14)")
	}
	after, all := resident(t, page, n)
	t.Logf("%d of %d pages resident before, %d after", before, all, after)
	if after != all {
		t.Fatalf("only %d of %d heap pages resident after populating them", after, all)
	}
}

func TestMappingEndRejectsUnmapped(t *testing.T) {
	if _, ok := mappingEnd(0); ok {
		t.Fatal("address 0 reported as inside a writable mapping")
	}
}
