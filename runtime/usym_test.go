package runtime

import (
	"fmt"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"
)

// The symbol caches stay bounded however many processes come and go: a
// tracer printing ustacks for a day of short-lived processes kept every
// process's mappings (2-4 KB each) forever. Here 4,000 processes, each
// with 20 mappings (a small dynamically linked program has about that
// many), each get a stack symbolized, with the cache limited to 10,000
// mappings (500 processes; maxMappings is 65,536): the heap grows while
// the cache fills, then stays flat: from the 2,000th process to the
// 4,000th it grows by less than 1 MB, where keeping them all would take
// about 9 MB more. The most recently seen processes still resolve
// from the cache after they are gone.
func TestUserSymbolsBounded(t *testing.T) {
	const procs, mappings, limit = 4000, 20, 10000
	root := t.TempDir()
	for pid := 1; pid <= procs; pid++ {
		var b strings.Builder
		for i := range mappings {
			lo := 0x400000 + i*0x10000
			fmt.Fprintf(&b, "%x-%x r-xp %08x 08:01 %d /usr/lib/x86_64-linux-gnu/libfake%d.so\n", lo, lo+0x10000, 0, 1000+i, i)
		}
		dir := filepath.Join(root, fmt.Sprint(pid))
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "maps"), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	u := newUserSymbols()
	u.root = root
	u.procs = newLRU[uint32, *procMaps](limit)
	heap := func() uint64 {
		goruntime.GC()
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	var half uint64
	for pid := 1; pid <= procs; pid++ {
		if f := u.symbolize(uint32(pid), 0x400000+3*0x10000+5); !strings.HasSuffix(f.module, "libfake3.so") {
			t.Fatalf("process %d: the address is in %q, want libfake3.so", pid, f.module)
		}
		if pid == procs/2 {
			half = heap()
		}
	}
	if grew := int64(heap()) - int64(half); grew > 1<<20 {
		t.Errorf("the heap grew by %d bytes over the last %d processes, want less than 1 MB", grew, procs/2)
	}
	if u.procs.weight > limit {
		t.Errorf("%d mappings kept, the limit is %d", u.procs.weight, limit)
	}
	// Gone (their maps files removed), the last processes still resolve.
	os.RemoveAll(root)
	if f := u.symbolize(procs, 0x400000+7*0x10000); !strings.HasSuffix(f.module, "libfake7.so") {
		t.Errorf("the last process, gone: the address is in %q, want libfake7.so", f.module)
	}
}

// The cache drops the least recently used entries, by weight.
func TestLRU(t *testing.T) {
	c := newLRU[string, int](10)
	c.put("a", 1, 4)
	c.put("b", 2, 4)
	c.get("a") // b is now the least recently used
	c.put("c", 3, 4)
	if _, ok := c.get("b"); ok {
		t.Error("b kept past the limit")
	}
	for _, k := range []string{"a", "c"} {
		if _, ok := c.get(k); !ok {
			t.Errorf("%s dropped", k)
		}
	}
	c.put("a", 5, 8) // heavier now: c goes
	if v, ok := c.get("a"); !ok || v != 5 || c.weight != 8 {
		t.Errorf("a = %d, %v; weight %d, want 5, true, 8", v, ok, c.weight)
	}
	c.put("big", 6, 50) // heavier than the limit: kept alone
	if _, ok := c.get("big"); !ok || c.order.Len() != 1 {
		t.Errorf("the newest entry, over the limit by itself, is not kept alone: %d entries", c.order.Len())
	}
}
