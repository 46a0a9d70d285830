package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// memCgroup is a memory cgroup a test made, with a limit, for ntrace to
// run in (ntraceLimited's "cgroup=DIR").
type memCgroup struct {
	dir  string // in the cgroup file system
	name string // as /proc/PID/cgroup names it
	v2   bool
}

// memoryCgroup makes a memory cgroup limited to limit bytes: below the
// test's own (cgroup v1's memory controller, or v2 where the test's cgroup
// may have children with the memory controller), else below the root of
// cgroup v2 when the memory controller is enabled there; or skips.
func memoryCgroup(t *testing.T, limit int64) *memCgroup {
	t.Helper()
	b, err := os.ReadFile("/proc/self/cgroup")
	if err != nil {
		t.Skip("no /proc/self/cgroup")
	}
	child := fmt.Sprintf("ntrace-e2e-%d-%d", os.Getpid(), limit)
	var tried []*memCgroup
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		parts := strings.SplitN(l, ":", 3)
		if len(parts) != 3 {
			continue
		}
		switch {
		case parts[1] == "memory":
			tried = append(tried, &memCgroup{dir: filepath.Join("/sys/fs/cgroup/memory", parts[2], child), name: filepath.Join(parts[2], child)})
		case parts[0] == "0" && parts[1] == "":
			tried = append(tried,
				&memCgroup{dir: filepath.Join("/sys/fs/cgroup", parts[2], child), name: filepath.Join(parts[2], child), v2: true},
				&memCgroup{dir: filepath.Join("/sys/fs/cgroup", child), name: "/" + child, v2: true})
		}
	}
	for _, cg := range tried {
		if err := os.Mkdir(cg.dir, 0o755); err != nil {
			continue
		}
		if err := os.WriteFile(cg.limitFile(), []byte(strconv.FormatInt(limit, 10)), 0o644); err != nil {
			os.Remove(cg.dir)
			continue
		}
		t.Cleanup(func() { os.Remove(cg.dir) })
		return cg
	}
	t.Skip("no memory cgroup this test can make (cgroup v1's memory controller, or v2 with memory delegated)")
	return nil
}

func (cg *memCgroup) limitFile() string {
	if cg.v2 {
		return filepath.Join(cg.dir, "memory.max")
	}
	return filepath.Join(cg.dir, "memory.limit_in_bytes")
}

// events reads the kernel's own count of the times the cgroup's usage hit
// its limit and of the processes its OOM killer killed.
func (cg *memCgroup) events(t *testing.T) (limitHit, oomKills int) {
	t.Helper()
	counter := func(file, name string) int {
		b, err := os.ReadFile(filepath.Join(cg.dir, file))
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, " "); ok && k == name {
				n, err := strconv.Atoi(strings.TrimSpace(v))
				if err != nil {
					t.Fatalf("%s: %q", file, l)
				}
				return n
			}
		}
		t.Fatalf("%s has no %s:\n%s", file, name, b)
		return 0
	}
	if cg.v2 {
		return counter("memory.events", "max"), counter("memory.events", "oom_kill")
	}
	b, err := os.ReadFile(filepath.Join(cg.dir, "memory.failcnt"))
	if err != nil {
		t.Fatal(err)
	}
	limitHit, err = strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	return limitHit, counter("memory.oom_control", "oom_kill")
}

// A ring buffer or a map that needs more memory than ntrace's memory
// cgroup may hold at all (BPF memory counts against it) is refused before
// the kernel is asked for it: an error naming it, what it needs, the
// cgroup and its limit, and the flag that sizes it. The kernel's own
// record shows it was never asked: the cgroup's usage never reached its
// limit. (Asked, the kernel would fill the cgroup to its limit before
// refusing, and anything in the cgroup needing a page meanwhile — one of
// ntrace's threads, or the application it shares a pod with — would
// bring the OOM killer.)
func TestTooLittleMemory(t *testing.T) {
	requireRoot(t)
	const limit = 64 << 20
	cg := memoryCgroup(t, limit)
	cases := []struct {
		args []string
		want *regexp.Regexp
	}{
		{[]string{"--buffer-size", strconv.Itoa(256 << 20), "-e", `BEGIN { printf("began\n"); exit(); }`},
			regexp.MustCompile(`^-e: error: creating the event ring buffer \(268435456 bytes\): cannot allocate memory: it needs 256 MiB or more, and ntrace's memory cgroup \(` +
				regexp.QuoteMeta(cg.name) + `\) may hold 64 MiB in all \(BPF memory counts against it\); lower --buffer-size\n$`)},
		// 2^27 buckets of 16 bytes at least, whether the elements are
		// allocated ahead or as keys come.
		// (After the compiler's warning that a map this big takes
		// gigabytes from the start.)
		{[]string{"--map-size", "100000000", "-e", `tracepoint:syscalls:sys_enter_getppid { @tids[tid] = count(); }`},
			regexp.MustCompile(`(?m)^-e:1:41: error: creating map @tids \(100000000 keys\): cannot allocate memory: it needs \d+(\.\d)? GiB or more, and ntrace's memory cgroup \(` +
				regexp.QuoteMeta(cg.name) + `\) may hold 64 MiB in all \(BPF memory counts against it\); lower --map-size\n`)},
	}
	for _, c := range cases {
		out, code := ntraceLimited(t, "cgroup="+cg.dir, c.args...)
		if code != 1 || !c.want.MatchString(out) {
			t.Errorf("exit %d, output:\n%s\nwant it to match:\n%s", code, out, c.want)
		}
	}
	if hit, kills := cg.events(t); hit != 0 || kills != 0 {
		t.Errorf("the cgroup's usage reached its limit %d times and its OOM killer killed %d processes: the kernel was asked for the memory", hit, kills)
	}
}

// A ring buffer that fits in the memory cgroup's limit but not beside what
// ntrace itself uses is the kernel's to refuse: it fills the cgroup to the
// limit, and either gives up (ENOMEM: an error naming the ring and the
// flag) or, when something in the cgroup needed a page meanwhile, its OOM
// killer kills ntrace (the only process here). Which of the two happens
// is the kernel's race, not ntrace's choice; the kernel's own counters say
// which it was, and nothing else is right.
func TestMemoryCgroupFullKernelRefuses(t *testing.T) {
	requireRoot(t)
	const ring = 32 << 20
	// ntrace itself takes some 4 MiB (its heap, its threads, page tables).
	cg := memoryCgroup(t, ring+256<<10)
	cmd := limitedCommand(t, "cgroup="+cg.dir, "--buffer-size", strconv.Itoa(ring), "-e", `BEGIN { printf("began\n"); exit(); }`)
	out, code := combinedOutput(t, cmd)
	hit, kills := cg.events(t)
	if hit == 0 {
		t.Errorf("the cgroup's usage never reached its limit: the kernel was not asked for the ring (exit %d, output:\n%s)", code, out)
	}
	const want = "-e: error: creating the event ring buffer (33554432 bytes): cannot allocate memory: the kernel would not give it the memory (BPF memory counts against ntrace's memory cgroup); lower --buffer-size\n"
	st, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
	switch {
	case code == 1 && out == want:
		t.Logf("the kernel refused the ring (ENOMEM); OOM kills: %d", kills)
	case st.Signaled() && st.Signal() == syscall.SIGKILL && kills > 0:
		t.Logf("the cgroup's OOM killer killed ntrace while the ring filled the cgroup (%d kills)", kills)
	default:
		t.Errorf("%v (OOM kills in the cgroup: %d), output:\n%s\nwant exit 1 with:\n%s\nor a kill by the cgroup's OOM killer", cmd.ProcessState, kills, out, want)
	}
}
