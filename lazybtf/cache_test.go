package lazybtf

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/cilium/ebpf/btf"
)

// The running kernel's BTF through the cache: the first open scans and
// saves the index, the second reads it back, and both find the same types
// with the same members.
func TestOpenKernelCached(t *testing.T) {
	if _, err := os.Stat(KernelPath); err != nil {
		t.Skip("no kernel BTF:", err)
	}
	if _, err := kernelBuildID(); err != nil {
		t.Skip("no kernel build ID:", err)
	}
	dir := filepath.Join(t.TempDir(), "cache")
	first, err := OpenKernelCached(dir)
	if err != nil {
		t.Fatal(err)
	}
	if first.saveTo == "" {
		t.Fatal("no index to save after a first open")
	}
	if p, read := first.IndexFile(); read || filepath.Dir(p) != dir {
		t.Errorf("first open: IndexFile() = %q, %v", p, read)
	}
	if err := first.SaveIndex(); err != nil {
		t.Fatal(err)
	}
	second, err := OpenKernelCached(dir)
	if err != nil {
		t.Fatal(err)
	}
	if second.saveTo != "" {
		t.Fatal("the saved index was not read back")
	}
	if p, read := second.IndexFile(); !read || filepath.Dir(p) != dir {
		t.Errorf("second open: IndexFile() = %q, %v", p, read)
	}
	for _, name := range []string{"sk_buff", "task_struct", "btf_trace_kfree_skb", "vfs_read", "__probestub_kfree_skb"} {
		a, errA := first.AnyTypesByName(name)
		b, errB := second.AnyTypesByName(name)
		if (errA == nil) != (errB == nil) || len(a) != len(b) {
			t.Fatalf("%s: scanned %v, %v; indexed %v, %v", name, a, errA, b, errB)
		}
		for i := range a {
			ia, _ := first.TypeID(a[i])
			ib, _ := second.TypeID(b[i])
			ma, _, _ := first.Members(a[i])
			mb, _, _ := second.Members(b[i])
			if ia != ib || len(ma) != len(mb) || !slices.EqualFunc(ma, mb, func(x, y btf.Member) bool { return x.Name == y.Name && x.Offset == y.Offset }) {
				t.Errorf("%s: scanned type %d with %d members, indexed %d with %d", name, ia, len(ma), ib, len(mb))
			}
		}
	}
	// A file someone else may have written is not read.
	files, _ := filepath.Glob(filepath.Join(dir, "*.btfindex"))
	if len(files) != 1 {
		t.Fatalf("index files %v, want one", files)
	}
	if err := os.Chmod(files[0], 0o666); err != nil {
		t.Fatal(err)
	}
	third, err := OpenKernelCached(dir)
	if err != nil {
		t.Fatal(err)
	}
	if third.saveTo == "" {
		t.Error("a world-writable index was read")
	}
}

func TestBuildID(t *testing.T) {
	note := func(name string, typ uint32, desc []byte) []byte {
		b := LE.AppendUint32(nil, uint32(len(name)))
		b = LE.AppendUint32(b, uint32(len(desc)))
		b = LE.AppendUint32(b, typ)
		b = append(b, name...)
		for len(b)%4 != 0 {
			b = append(b, 0)
		}
		b = append(b, desc...)
		for len(b)%4 != 0 {
			b = append(b, 0)
		}
		return b
	}
	id := []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}
	notes := append(note("Xen\x00", 3, []byte{9, 9, 9}), note("GNU\x00", 1, []byte{7})...)
	notes = append(notes, note("GNU\x00", 3, id)...)
	got, err := buildID(notes)
	if err != nil || !slices.Equal(got, id) {
		t.Errorf("buildID = %x, %v; want %x", got, err, id)
	}
	for n := range len(notes) {
		if got, err := buildID(notes[:n]); err == nil && !slices.Equal(got, id) {
			t.Errorf("buildID of %d bytes = %x", n, got)
		}
	}
	if _, err := buildID(note("GNU\x00", 3, make([]byte, 61))); err == nil {
		t.Error("a build ID too long for the key taken")
	}
}

// Saving an index leaves the newest three of other kernel builds, and
// removes a dead run's half-written file once it is an hour old.
func TestPruneIndexes(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	files := map[string]time.Duration{
		"vmlinux-aa.btfindex": 0, // the one just saved
		"vmlinux-01.btfindex": time.Minute, "vmlinux-02.btfindex": 2 * time.Minute,
		"vmlinux-03.btfindex": 3 * time.Minute, "vmlinux-04.btfindex": 4 * time.Minute,
		"vmlinux-05.btfindex": 5 * time.Minute,
		".btfindex-old":       2 * time.Hour, ".btfindex-new": time.Minute, "other": 48 * time.Hour,
	}
	for name, age := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, now.Add(-age), now.Add(-age)); err != nil {
			t.Fatal(err)
		}
	}
	pruneIndexes(dir, "vmlinux-aa.btfindex")
	var left []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		left = append(left, e.Name())
	}
	want := []string{".btfindex-new", "other", "vmlinux-01.btfindex", "vmlinux-02.btfindex", "vmlinux-03.btfindex", "vmlinux-aa.btfindex"}
	if !slices.Equal(left, want) {
		t.Errorf("left %v, want %v", left, want)
	}
}
