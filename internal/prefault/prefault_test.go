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

// After Heap, the heap pages that the next allocations will use are
// resident: Heap finds the heap mapping from a fresh allocation of its own
// and populates it from that allocation's page on.
func TestHeapPopulatesTheNextPages(t *testing.T) {
	n := uintptr(512 << 10)
	addr := heap(n)
	page := addr &^ (uintptr(os.Getpagesize()) - 1)
	end, ok := mappingEnd(page)
	if !ok {
		t.Fatalf("Heap's allocation at %#x is in no writable mapping", addr)
	}
	if end-page < n {
		n = end - page
	}
	in, all := resident(t, page, n)
	t.Logf("%d of %d pages from Heap's allocation on resident", in, all)
	if in != all {
		t.Fatalf("only %d of %d heap pages resident after Heap", in, all)
	}
}

func TestMappingEndRejectsUnmapped(t *testing.T) {
	if _, ok := mappingEnd(0); ok {
		t.Fatal("address 0 reported as inside a writable mapping")
	}
}
