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
// resident: Heap finds the heap mapping from a fresh allocation and
// populates it from that allocation's page on.
func TestHeapPopulatesTheNextPages(t *testing.T) {
	testSink = new([64]byte) // on the heap, as Heap's own probe
	page := uintptr(unsafe.Pointer(testSink)) &^ (uintptr(os.Getpagesize()) - 1)
	end, ok := mappingEnd(page)
	if !ok {
		t.Fatalf("no writable mapping holds the heap address %#x", page)
	}
	// Heap's own probe allocation lands next to ours, so the range it
	// populates starts at our page or just after it.
	page += uintptr(os.Getpagesize())
	n := uintptr(512 << 10)
	if end-page < n {
		n = end - page
	}
	before, _ := resident(t, page, n)
	Heap(n + uintptr(os.Getpagesize()))
	after, all := resident(t, page, n)
	t.Logf("%d of %d pages resident before, %d after", before, all, after)
	if after != all {
		t.Fatalf("only %d of %d heap pages resident after Heap", after, all)
	}
}

var testSink *[64]byte

func TestMappingEndRejectsUnmapped(t *testing.T) {
	if _, ok := mappingEnd(0); ok {
		t.Fatal("address 0 reported as inside a writable mapping")
	}
}
