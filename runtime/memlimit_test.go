package runtime

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/internal/testenv"
	"github.com/ntrace/ntrace/lang"
)

// The memory limit is the lowest on the way from ntrace's cgroup up to
// the root of the hierarchy the memory controller is in: cgroup v1's
// (also beside an empty v2 hierarchy, as systemd's hybrid mode mounts
// it), else v2's; a mount that shows a subtree (a container without a
// cgroup namespace) is followed from its root; no limit anywhere is none.
func TestReadMemoryLimit(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	v1 := filepath.Join(dir, "v1")
	v2 := filepath.Join(dir, "v2")
	sub := filepath.Join(dir, "sub")
	write("v1/memory.limit_in_bytes", "9223372036854771712\n")
	write("v1/pods/memory.limit_in_bytes", "1073741824\n")
	write("v1/pods/a/memory.limit_in_bytes", "9223372036854771712\n")
	write("v1/pods/a/b/memory.limit_in_bytes", "2147483648\n")
	write("v2/pods/memory.max", "max\n")
	write("v2/pods/a/memory.max", "67108864\n")
	write("v2/pods/a/b/memory.max", "max\n")
	write("sub/memory.max", "100000000\n")
	write("sub/b/memory.max", "max\n")
	mounts := write("mountinfo", fmt.Sprintf(`22 1 0:20 / /sys rw shared:7 - sysfs sysfs rw
30 22 0:26 / %[1]s rw,nosuid shared:9 - cgroup2 cgroup2 rw,nsdelegate
31 22 0:27 / %[2]s rw,nosuid shared:10 - cgroup cgroup rw,cpu
32 22 0:28 / %[3]s rw,nosuid shared:11 - cgroup cgroup rw,memory
`, v2, filepath.Join(dir, "cpu"), v1))
	v2only := write("mountinfo-v2", fmt.Sprintf("30 22 0:26 / %s rw,nosuid shared:9 - cgroup2 cgroup2 rw,nsdelegate\n", v2))
	subtree := write("mountinfo-sub", fmt.Sprintf("30 22 0:26 /pods/a %s rw,nosuid - cgroup2 cgroup2 rw\n", sub))
	tests := []struct {
		cgroup, mountinfo string
		want              memoryLimit
		ok                bool
	}{
		{"12:cpu:/\n4:memory:/pods/a/b\n0::/\n", mounts, memoryLimit{1 << 30, "/pods"}, true},
		{"4:memory:/pods/a\n0::/pods/a/b\n", mounts, memoryLimit{1 << 30, "/pods"}, true},
		{"0::/pods/a/b\n", v2only, memoryLimit{64 << 20, "/pods/a"}, true},
		{"0::/pods/a/b\n", subtree, memoryLimit{100000000, "/pods/a"}, true},
		{"0::/elsewhere\n", subtree, memoryLimit{}, false},
		{"0::/pods\n", v2only, memoryLimit{}, false},
		{"4:memory:/pods\n", v2only, memoryLimit{}, false}, // v1 memory not mounted
	}
	for _, tt := range tests {
		cg := write("cgroup", tt.cgroup)
		got, ok := readMemoryLimit(cg, tt.mountinfo)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%q in %s: got %+v %v, want %+v %v", tt.cgroup, filepath.Base(tt.mountinfo), got, ok, tt.want, tt.ok)
		}
	}
}

// What the check counts for a map is never more than the kernel takes for
// it: here against the memory the kernel says a map it made holds
// ("memlock" in its fdinfo, exact since 6.4), for each kind ntrace makes.
func TestMapMemoryBelowKernel(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to create maps")
	}
	var u unix.Utsname
	if unix.Uname(&u) != nil || !releaseAtLeast(unix.ByteSliceToString(u.Release[:]), 6, 4) {
		t.Skip("needs Linux 6.4 or later, whose fdinfo says how much memory a map holds")
	}
	cpus := PossibleCPUs()
	for _, spec := range []*ebpf.MapSpec{
		{Type: ebpf.Hash, KeySize: 8, ValueSize: 8, MaxEntries: 100000},
		{Type: ebpf.Hash, KeySize: 12, ValueSize: 40, MaxEntries: 5000, Flags: unix.BPF_F_NO_PREALLOC},
		{Type: ebpf.PerCPUHash, KeySize: 16, ValueSize: 8, MaxEntries: 70000},
		{Type: ebpf.PerCPUHash, KeySize: 16, ValueSize: 24, MaxEntries: 70000, Flags: unix.BPF_F_NO_PREALLOC},
		{Type: ebpf.Array, KeySize: 4, ValueSize: 24, MaxEntries: 3},
		{Type: ebpf.PerCPUArray, KeySize: 4, ValueSize: 4096, MaxEntries: 1},
		{Type: ebpf.RingBuf, MaxEntries: 1 << 22},
		{Type: ebpf.StackTrace, KeySize: 4, ValueSize: 8 * 127, MaxEntries: 16384},
	} {
		name := fmt.Sprintf("%v/%d/%d/%d/%d", spec.Type, spec.KeySize, spec.ValueSize, spec.MaxEntries, spec.Flags)
		m, err := ebpf.NewMap(spec)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		memlock := fdinfoField(t, m.FD(), "memlock")
		m.Close()
		floor := codegen.MapMemory(spec, cpus)
		if floor > memlock || floor == 0 {
			t.Errorf("%s: counted %d bytes; the kernel holds %d", name, floor, memlock)
		}
		t.Logf("%s: counted %d of the kernel's %d bytes", name, floor, memlock)
	}
}

// fdinfoField reads a number from /proc/self/fdinfo/FD.
func fdinfoField(t *testing.T, fd int, name string) uint64 {
	t.Helper()
	f, err := os.Open(fmt.Sprintf("/proc/self/fdinfo/%d", fd))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && k == name {
			n, err := strconv.ParseUint(strings.TrimSpace(v), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatalf("no %s in fdinfo", name)
	return 0
}

// A map or ring buffer that cannot fit in the limit is refused at the
// line that uses it, naming it, what it needs, the cgroup and its limit;
// several that cannot fit together name the biggest; all that fit pass.
func TestCheckMapsFit(t *testing.T) {
	at := lang.Pos{Offset: 40, Line: 3, Column: 5}
	script := &ebpf.MapSpec{Name: "m0", Type: ebpf.PerCPUHash, KeySize: 8, ValueSize: 8, MaxEntries: 1 << 20, Flags: unix.BPF_F_NO_PREALLOC}
	out := &codegen.Output{
		Maps:       []*codegen.Map{{Name: "@tids", Spec: script, Info: &lang.MapInfo{Name: "@tids", Pos: at}}},
		BufferSize: 1 << 24,
		Collection: &ebpf.CollectionSpec{Maps: map[string]*ebpf.MapSpec{
			"m0":     script,
			"events": {Name: "events", Type: ebpf.RingBuf, MaxEntries: 1 << 24},
			"lost":   {Name: "lost", Type: ebpf.PerCPUArray, KeySize: 4, ValueSize: 8, MaxEntries: 1},
		}},
	}
	limit := func(n uint64) memoryLimit { return memoryLimit{bytes: n, cgroup: "/pods/a"} }
	tests := []struct {
		limit memoryLimit
		pos   lang.Pos
		want  string
	}{
		{limit(1 << 30), lang.Pos{}, ""},
		{limit(20 << 20), lang.Pos{}, "creating the event ring buffer (16777216 bytes): cannot allocate memory: with the script's other maps it needs 32 MiB or more, and ntrace's memory cgroup (/pods/a) may hold 20 MiB in all (BPF memory counts against it); lower --buffer-size"},
		{limit(15 << 20), lang.Pos{}, "creating the event ring buffer (16777216 bytes): cannot allocate memory: it needs 16 MiB or more, and ntrace's memory cgroup (/pods/a) may hold 15 MiB in all (BPF memory counts against it); lower --buffer-size"},
	}
	for _, tt := range tests {
		err := checkMapsFit(out, tt.limit, 2)
		if tt.want == "" {
			if err != nil {
				t.Errorf("limit %d: %v", tt.limit.bytes, err)
			}
			continue
		}
		se, ok := err.(*ScriptError)
		if !ok || se.Pos != tt.pos || se.Error() != tt.want {
			t.Errorf("limit %d:\ngot  %v\nwant %s", tt.limit.bytes, err, tt.want)
		}
	}
	out.BufferSize = 1 << 12
	out.Collection.Maps["events"].MaxEntries = 1 << 12
	err := checkMapsFit(out, limit(10<<20), 2)
	want := "creating map @tids (1048576 keys): cannot allocate memory: it needs 16 MiB or more, and ntrace's memory cgroup (/pods/a) may hold 10 MiB in all (BPF memory counts against it); lower --map-size"
	if se, ok := err.(*ScriptError); !ok || se.Pos != at || se.Error() != want {
		t.Errorf("got %v, want %s at %v", err, want, at)
	}
}

// The warning about a big map and the refusal of one that cannot fit in
// the memory cgroup count its memory with the same model, so they name
// the same amount: here for a preallocated shared hash, a per-CPU one
// and one allocated on demand.
func TestBigMapWarningAgreesWithRefusal(t *testing.T) {
	src := "tracepoint:sched:sched_switch {\n  @m[nsecs] = %s;\n}"
	for _, tc := range []struct {
		agg   string
		alloc bool
	}{{"count()", false}, {"min(pid)", false}, {"count()", true}} {
		script := fmt.Sprintf(src, tc.agg)
		prog, err := lang.Parse("test.nt", script)
		if err != nil {
			t.Fatal(err)
		}
		info, err := lang.Check(prog, testenv.Env{TB: t, Kernel: "6.12"}, lang.Params{})
		if err != nil {
			t.Fatal(lang.Render("test.nt", script, err))
		}
		entries := uint32(1000000)
		if tc.alloc {
			entries = 1 << 23 // its buckets alone pass 64 MiB
		}
		out, err := codegen.Compile(prog, info, codegen.Options{MapEntries: entries, AllocOnDemand: tc.alloc, PossibleCPUs: 4})
		if err != nil {
			t.Fatal(err)
		}
		if len(out.Warnings) != 1 {
			t.Fatalf("%s: want one warning about the map, got %v", tc.agg, out.Warnings)
		}
		warned := amountIn(t, out.Warnings[0].Msg, "it takes ", " of kernel memory")
		err = checkMapsFit(out, memoryLimit{bytes: 1 << 20, cgroup: "/small"}, 4)
		if err == nil {
			t.Fatalf("%s: a map that takes %s fits in 1 MiB", tc.agg, warned)
		}
		refused := amountIn(t, err.Error(), "it needs ", " or more")
		if warned != refused {
			t.Errorf("%s: the warning says %s, the refusal %s:\n%s\n%v", tc.agg, warned, refused, out.Warnings[0].Msg, err)
		}
		if want := codegen.FormatBytes(out.Maps[0].KernelMemory(4)); warned != want {
			t.Errorf("%s: both say %s, the map takes %s", tc.agg, warned, want)
		}
	}
}

// amountIn is what msg says between before and after.
func amountIn(t *testing.T, msg, before, after string) string {
	t.Helper()
	_, rest, ok := strings.Cut(msg, before)
	amount, _, ok2 := strings.Cut(rest, after)
	if !ok || !ok2 {
		t.Fatalf("no %q…%q in %q", before, after, msg)
	}
	return amount
}
