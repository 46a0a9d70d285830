package e2e

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// On kernels from 6.1 on, the @maps kept in hash maps allocate elements as
// keys arrive (BPF_F_NO_PREALLOC) rather than all 4096 up front, which
// made each such map cost 0.5 to 2.5 ms to create at start-up. This test
// drives every kind of hash map (plain, per-CPU, hist buckets), inserting
// and deleting a key per call, from a tracepoint and from a perf event
// program, and checks the counts, the maps' flags as the kernel reports
// them, and that the kernel logged no warning about run-time allocation
// (which kernels before 6.1 print for such maps in tracing programs).
func TestMapsAllocateOnDemand(t *testing.T) {
	requireRoot(t)
	onDemand := kernelAtLeast(t, 6, 1)
	kmsg := openKmsgAtEnd(t)
	const n = 777
	tr := ntrace(t, `tracepoint:syscalls:sys_enter_getppid /pid == $1/ {
  @calls[tid] = count(); @start[tid] = nsecs; @h = hist(1000);
}
tracepoint:syscalls:sys_exit_getppid /pid == $1/ { @done[tid] = count(); delete(@start[tid]); }
profile:hz:997 { @samples[cpu] = count(); }
tracepoint:syscalls:sys_enter_getpid /pid == $1/ { printf("ready\n"); }`, pidArg())
	tr.waitLine(func(l string) bool { return l == "ready" }, func() { syscall.Getpid() })
	flags := hashMapFlags(t, tr.cmd.Process.Pid)
	tid := getppidOnThread(n)
	time.Sleep(50 * time.Millisecond) // a few profile samples at least
	tr.stop()
	out := tr.Stdout()

	for _, want := range []string{fmt.Sprintf("@calls[%d]: %d\n", tid, n), fmt.Sprintf("@done[%d]: %d\n", tid, n)} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if got := parseBuckets(out, "@h")["[512, 1K)"]; got != n {
		t.Errorf("@h [512, 1K) = %d, want %d\n%s", got, n, out)
	}
	if strings.Contains(out, "@start[") {
		t.Errorf("@start kept keys that every exit deleted:\n%s", out)
	}
	if !strings.Contains(out, "@samples[") {
		t.Errorf("the profile probe counted nothing:\n%s", out)
	}

	if len(flags) < 4 {
		t.Fatalf("found %d hash maps of ntrace's, want at least 4 (@calls, @start, @h, @done, @samples): %v", len(flags), flags)
	}
	for name, f := range flags {
		if got := f&unix.BPF_F_NO_PREALLOC != 0; got != onDemand {
			t.Errorf("map %s has map_flags %#x: BPF_F_NO_PREALLOC %v, want %v on this kernel", name, f, got, onDemand)
		}
	}
	if log := readKmsg(t, kmsg); strings.Contains(log, "run-time allocat") || strings.Contains(log, "preallocated hash map") {
		t.Errorf("the kernel warned about the maps:\n%s", log)
	}
}

// kernelAtLeast reports whether the running kernel is major.minor or later.
func kernelAtLeast(t *testing.T, major, minor int) bool {
	t.Helper()
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		t.Fatal(err)
	}
	var ma, mi int
	if _, err := fmt.Sscanf(unix.ByteSliceToString(u.Release[:]), "%d.%d", &ma, &mi); err != nil {
		t.Fatalf("kernel release %q: %v", u.Release, err)
	}
	return ma > major || ma == major && mi >= minor
}

// hashMapFlags returns the map_flags of the hash and per-CPU hash maps a
// process holds, by map name, from /proc/PID/fdinfo.
func hashMapFlags(t *testing.T, pid int) map[string]uint64 {
	t.Helper()
	out := map[string]uint64{}
	for fd, info := range fdInfos(t, pid) {
		// BPF_MAP_TYPE_HASH is 1, BPF_MAP_TYPE_PERCPU_HASH 5.
		if info["map_type"] != "1" && info["map_type"] != "5" {
			continue
		}
		var flags uint64
		fmt.Sscanf(info["map_flags"], "0x%x", &flags)
		out[fmt.Sprintf("fd %s (id %s)", fd, info["map_id"])] = flags
	}
	return out
}

// fdInfos reads a process's /proc/PID/fdinfo files, by descriptor: each
// one's "name: value" lines.
func fdInfos(t *testing.T, pid int) map[string]map[string]string {
	t.Helper()
	fds, err := filepath.Glob(fmt.Sprintf("/proc/%d/fdinfo/*", pid))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]string{}
	for _, fd := range fds {
		b, err := os.ReadFile(fd)
		if err != nil {
			continue
		}
		info := map[string]string{}
		for _, l := range strings.Split(string(b), "\n") {
			k, v, ok := strings.Cut(l, ":")
			if ok {
				info[k] = strings.TrimSpace(v)
			}
		}
		out[filepath.Base(fd)] = info
	}
	return out
}

// openKmsgAtEnd opens the kernel log positioned after its last record, so
// that reading it returns only what the kernel logs from now on. It is a
// raw non-blocking descriptor: through os.File, Go's poller would wait for
// the next record instead of reporting that there is none.
func openKmsgAtEnd(t *testing.T) int {
	t.Helper()
	fd, err := unix.Open("/dev/kmsg", unix.O_RDONLY|unix.O_NONBLOCK|unix.O_CLOEXEC, 0)
	if err != nil {
		t.Fatalf("opening the kernel log: %v", err)
	}
	t.Cleanup(func() { unix.Close(fd) })
	if _, err := unix.Seek(fd, 0, io.SeekEnd); err != nil {
		t.Fatalf("seeking to the end of the kernel log: %v", err)
	}
	return fd
}

// readKmsg returns the kernel log records written since fd was positioned.
func readKmsg(t *testing.T, fd int) string {
	t.Helper()
	var b strings.Builder
	buf := make([]byte, 8192)
	for {
		n, err := unix.Read(fd, buf)
		switch {
		case err == unix.EPIPE:
			continue // records were overwritten before we read them
		case err != nil || n <= 0:
			return b.String() // EAGAIN: no more records
		}
		b.Write(buf[:n])
		b.WriteString("\n")
	}
}

// A map that may hold more than codegen.PerCPULimit keys is a shared,
// preallocated hash map, updated with atomic adds: a new key then costs
// the traced code about 1 µs instead of about 13 µs for a per-CPU value
// allocated on demand (a getppid here was 16 µs instead of 0.25 with
// @m[nsecs] = count() and --map-size 1000000; bench numbers in the
// README). min and max stay per CPU, preallocated. Two threads pinned to
// two CPUs update the same keys at once: every aggregation's counts come
// out exact (a non-atomic add on a shared value would lose some), and the
// kernel's record of the maps (fdinfo) shows what -v says.
func TestLargeMapsShared(t *testing.T) {
	requireRoot(t)
	if runtime.NumCPU() < 2 {
		t.Skip("needs two CPUs to update one key from both at once")
	}
	const n = 100000 // calls per thread
	tr := ntrace(t, `tracepoint:syscalls:sys_enter_getppid /pid == $1/ {
  @hot[1] = count(); @c[tid] = count(); @s[tid] = sum(3); @a[tid] = avg(5); @st[tid] = stats(5);
  @h[tid] = hist(1000); @l[tid] = lhist(7, 0, 10, 1); @mn[tid] = min(4); @mx[tid] = max(9); @v[tid] = 2;
}
tracepoint:syscalls:sys_enter_getpid /pid == $1/ { printf("ready\n"); }`, pidArg(), "--map-size", "100000", "-v")
	tr.waitLine(func(l string) bool { return l == "ready" }, func() { syscall.Getpid() })
	kinds := mapKinds(t, tr.cmd.Process.Pid, 100000)
	// Each thread stays locked and ends with its goroutine: an unlocked
	// thread would go back to Go's pool pinned to one CPU, and the second
	// goroutine could then run on the first one's thread, after it, so
	// both would count under one tid and nothing would run at once. Both
	// threads are pinned and known before either starts calling.
	tids := make([]int, 2)
	var pinned, done sync.WaitGroup
	start := make(chan struct{})
	for cpu := range tids {
		pinned.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			runtime.LockOSThread() // never unlocked: see above
			var set unix.CPUSet
			set.Set(cpu)
			if err := unix.SchedSetaffinity(0, &set); err != nil {
				t.Errorf("pinning a thread to CPU %d: %v", cpu, err)
			}
			tids[cpu] = unix.Gettid()
			pinned.Done()
			<-start
			for range n {
				syscall.Getppid()
			}
		}()
	}
	pinned.Wait()
	close(start)
	done.Wait()
	if tids[0] == tids[1] {
		t.Fatalf("both calling goroutines ran on thread %d", tids[0])
	}
	tr.stop()
	out, errs := tr.Stdout(), tr.Stderr()

	want := []string{fmt.Sprintf("@hot[1]: %d\n", 2*n)}
	for _, tid := range tids {
		want = append(want,
			fmt.Sprintf("@c[%d]: %d\n", tid, n), fmt.Sprintf("@s[%d]: %d\n", tid, 3*n),
			fmt.Sprintf("@a[%d]: 5\n", tid), fmt.Sprintf("@st[%d]: { .count = %d, .average = 5, .total = %d }\n", tid, n, 5*n),
			fmt.Sprintf("@mn[%d]: 4\n", tid), fmt.Sprintf("@mx[%d]: 9\n", tid), fmt.Sprintf("@v[%d]: 2\n", tid))
	}
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q", w)
		}
	}
	for _, tid := range tids {
		if got := parseBuckets(out, fmt.Sprintf("@h[%d]", tid))["[512, 1K)"]; got != n {
			t.Errorf("@h[%d] [512, 1K) = %d, want %d", tid, got, n)
		}
		if got := parseBuckets(out, fmt.Sprintf("@l[%d]", tid))["[7, 8)"]; got != n {
			t.Errorf("@l[%d] [7, 8) = %d, want %d", tid, got, n)
		}
	}
	// Shared: @hot @c @s @a @st @h @l @v; per CPU: @mn @mx. All
	// preallocated.
	if kinds["hash prealloc"] != 8 || kinds["percpu_hash prealloc"] != 2 || len(kinds) != 2 {
		t.Errorf("the kernel holds maps of 100000 keys: %v; want 8 hash and 2 percpu_hash, all preallocated", kinds)
	}
	for _, w := range []string{"@c: a hash map of 100000 keys, preallocated", "@mn: a percpuhash map of 100000 keys, preallocated"} {
		if !strings.Contains(errs, w) {
			t.Errorf("-v does not say %q:\n%s", w, errs)
		}
	}
	if t.Failed() {
		t.Logf("stdout:\n%s", out)
	}
}

// mapKinds counts the hash maps of the given capacity a process holds, by
// kind and allocation ("hash prealloc", "percpu_hash on demand"), from the
// kernel's /proc/PID/fdinfo.
func mapKinds(t *testing.T, pid, entries int) map[string]int {
	t.Helper()
	kinds := map[string]int{}
	names := map[string]string{"1": "hash", "5": "percpu_hash", "9": "lru_hash", "10": "lru_percpu_hash"}
	for _, info := range fdInfos(t, pid) {
		kind, ok := names[info["map_type"]]
		if !ok || info["max_entries"] != strconv.Itoa(entries) {
			continue
		}
		var flags uint64
		fmt.Sscanf(info["map_flags"], "0x%x", &flags)
		if flags&unix.BPF_F_NO_PREALLOC != 0 {
			kinds[kind+" on demand"]++
		} else {
			kinds[kind+" prealloc"]++
		}
	}
	return kinds
}
