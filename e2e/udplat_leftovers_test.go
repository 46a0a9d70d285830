package e2e

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cilium/ebpf"
)

// udplat's stamps left behind: counted by map, and let through only as far
// as the kernel's own count of skipped runs of the probes that remove them.

// leftovers counts the keys of udplat's stamp maps (its hash maps that
// are not aggregations, and its LRU maps of records by datagram, of 4096
// keys or more: the smaller LRU maps hold a note per socket or per CPU,
// which may stay), by the names of the ntrace process's programs. Shown,
// each key names its map as the script does, from what ntrace -v said of
// its maps (stderr). most is the most keys in any one map.
func leftovers(t *testing.T, pid int, stderr string, show bool) (total, most int) {
	t.Helper()
	prefix := fmt.Sprintf("nt%d_", pid)
	seen := map[ebpf.MapID]bool{}
	for _, info := range loadedPrograms(t) {
		if !strings.HasPrefix(info.Name, prefix) {
			continue
		}
		if id, ok := info.ID(); ok && show {
			if p, err := ebpf.NewProgramFromID(id); err == nil {
				if st, err := p.Stats(); err == nil && st.RecursionMisses > 0 {
					t.Logf("program %s did not run %d times (the kernel skips a program that would run inside another)", info.Name, st.RecursionMisses)
				}
				p.Close()
			}
		}
		ids, _ := info.MapIDs()
		for _, mid := range ids {
			if seen[mid] {
				continue
			}
			seen[mid] = true
			m, err := ebpf.NewMapFromID(mid)
			if err != nil {
				continue
			}
			if m.Type() == ebpf.Hash || (m.Type() == ebpf.LRUHash && m.MaxEntries() >= 4096) {
				var k, v []byte
				keys := 0
				for it := m.Iterate(); it.Next(&k, &v); {
					keys++
					if show {
						mi, _ := m.Info()
						t.Logf("left in map %d %s %s (key %d bytes, value %d): %x = %x", mid, mi.Name, scriptMapName(stderr, mi.Name), m.KeySize(), m.ValueSize(), k, v)
					}
				}
				total, most = total+keys, max(most, keys)
			}
			m.Close()
		}
	}
	return total, most
}

// verboseMap is ntrace -v's line about one of the script's maps, which it
// prints in the order of their kernel names (m0, m1, …).
var verboseMap = regexp.MustCompile(`(?m)^ntrace: (@\w*): an? \w+ map of`)

// scriptMapName is the script's name of the map the kernel knows as kname
// ("m3"), as ntrace -v listed them on stderr, or "" if it cannot tell.
func scriptMapName(stderr, kname string) string {
	i, err := strconv.Atoi(strings.TrimPrefix(kname, "m"))
	names := verboseMap.FindAllStringSubmatch(stderr, -1)
	if err != nil || !strings.HasPrefix(kname, "m") || i < 0 || i >= len(names) {
		return ""
	}
	return names[i][1]
}

// waitNoLeftovers waits (socket teardown runs after an RCU grace period)
// for udplat's stamp maps to be empty. Records may be left only by runs
// the kernel skipped of the probes that remove them (the function hooks'
// kfree_skb, a perf-event tracepoint, is skipped when the socket's queue
// is freed, in a softirq, while a BPF program runs on the CPU): then no
// map may hold more of them than ntrace reported skipped runs of those
// probes, and ntrace must have reported every skipped run the kernel
// counted.
func (u *udplatRun) waitNoLeftovers() {
	u.t.Helper()
	n, most := u.waitLeftovers()
	if n == 0 {
		return
	}
	skipped := u.removersSkipped()
	if skipped == 0 || uint64(most) > skipped {
		u.t.Errorf("%d stamps left in udplat's maps after every datagram was read, dropped or freed (at most %d in one map; ntrace reported %d skipped runs of the probes that remove them)", n, most, skipped)
		return
	}
	u.t.Logf("%d stamps left in udplat's maps (at most %d in one map), by %d skipped runs of the probes that remove them, as ntrace reported", n, most, skipped)
}

// stampRemovers are the probes of udplat's function hooks that remove a
// datagram's stamps, as the script writes them; a run of one the kernel
// skipped leaves one datagram's. Those of the tracepoints are not here:
// one of their runs skipped may leave records of several, and a record
// left there is an error.
var stampRemovers = map[string]bool{
	"kretprobe:__udp_enqueue_schedule_skb": true,
	"kretprobe:__skb_recv_udp":             true,
	"tracepoint:skb:kfree_skb":             true,
}

// removersSkipped is the runs of stampRemovers ntrace reported the
// kernel skipped, once its reports (once a second) add up to the
// kernel's count of all ntrace's programs' skipped runs; an error if they
// never do.
func (u *udplatRun) removersSkipped() uint64 {
	u.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		kernel := recursionMisses(u.t, u.tr.cmd.Process.Pid)
		all, removers := reportedSkips(u.tr.Stderr())
		if all == kernel {
			return removers
		}
		if time.Now().After(deadline) {
			u.t.Errorf("ntrace reported %d skipped runs, the kernel counted %d\nstderr:\n%s", all, kernel, u.tr.Stderr())
			return 0
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// skippedRuns is ntrace's warning about a probe's skipped runs.
var skippedRuns = regexp.MustCompile(`ntrace: warning: (\S+) \(line \d+\) did not run (\d+) times?: the kernel skipped it`)

// reportedSkips adds up the skipped runs ntrace reported while running
// (the totals at exit left out): of every probe, and of stampRemovers.
func reportedSkips(stderr string) (all, removers uint64) {
	for _, m := range skippedRuns.FindAllStringSubmatch(stderr, -1) {
		n, _ := strconv.ParseUint(m[2], 10, 64)
		all += n
		if stampRemovers[m[1]] {
			removers += n
		}
	}
	return all, removers
}

// waitLeftovers waits up to 15 s for udplat's stamp maps to be empty and
// returns how many entries are left, and the most in one map. A closed
// socket's queue is freed after an RCU grace period, which a kernel with
// lazy RCU (CONFIG_RCU_LAZY, as on this project's host) may put off for
// up to 10 s.
func (u *udplatRun) waitLeftovers() (n, most int) {
	u.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		late := time.Now().After(deadline)
		n, most := leftovers(u.t, u.tr.cmd.Process.Pid, u.tr.Stderr(), late)
		if n == 0 || late {
			return n, most
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Five sockets share one port, as DNS servers bind them: one per address
// (127.0.0.1 and 127.0.0.2), two in an SO_REUSEPORT group (127.0.0.3) and
// one on ::1. Each is drained by its own thread a delay of its own after
// a datagram arrives; the datagrams go out in rounds, one or two to each
// address, so each waits about its socket's delay.

// ntrace's warnings about skipped runs, as it writes them, are read back:
// those reported while running add up, of every probe and of the stamp
// removers; the totals at exit and the dispatchers' are left out.
func TestReportedSkips(t *testing.T) {
	stderr := `ntrace: warning: tracepoint:skb:kfree_skb (line 159) did not run 2 times: the kernel skipped it while a BPF program was already running on its CPU
ntrace: warning: kprobe:__udp_enqueue_schedule_skb (line 106) did not run 1 time: the kernel skipped it while a BPF program was already running on its CPU
ntrace: warning: kretprobe:__skb_recv_udp (line 138) did not run 1 time: the kernel skipped it while a BPF program was already running on its CPU
ntrace: warning: tracepoint:skb:kfree_skb (line 159) did not run 3 times in all: the kernel skipped it while a BPF program was already running on its CPU
ntrace: warning: the 40 syscall tracepoints of line 2, run from raw_syscalls:sys_enter, may have missed up to 5 system calls: the kernel skipped their dispatcher that often while a BPF program was already running on its CPU
`
	if all, removers := reportedSkips(stderr); all != 4 || removers != 3 {
		t.Errorf("reportedSkips = %d, %d; want 4, 3", all, removers)
	}
}
