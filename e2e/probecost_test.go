package e2e

import (
	"errors"
	"fmt"
	"math"
	"os"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"
)

// loadedPrograms describes every BPF program loaded in the kernel, by ID.
func loadedPrograms(t *testing.T) map[ebpf.ProgramID]*ebpf.ProgramInfo {
	t.Helper()
	out := map[ebpf.ProgramID]*ebpf.ProgramInfo{}
	var id ebpf.ProgramID
	for {
		next, err := ebpf.ProgramGetNextID(id)
		if errors.Is(err, os.ErrNotExist) {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		id = next
		p, err := ebpf.NewProgramFromID(id)
		if err != nil {
			continue // unloaded meanwhile
		}
		info, err := p.Info()
		p.Close()
		if err == nil {
			out[id] = info
		}
	}
}

// programStats returns the run count and total run time of the loaded
// program with the given name and type, and whether there is one.
func programStats(t *testing.T, name string, typ ebpf.ProgramType) (count uint64, ns uint64, ok bool) {
	t.Helper()
	var found ebpf.ProgramID
	for id, info := range loadedPrograms(t) {
		if info.Name == name && info.Type == typ {
			found = id
		}
	}
	if found == 0 {
		return 0, 0, false
	}
	p, err := ebpf.NewProgramFromID(found)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	st, err := p.Stats()
	if err != nil {
		t.Fatal(err)
	}
	return st.RunCount, uint64(st.Runtime.Nanoseconds()), true
}

// getpidLoop calls getpid n times on one OS thread, five times over, and
// returns the least time per call.
func getpidLoop(n int) float64 {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	best := math.Inf(1)
	for r := 0; r < 5; r++ {
		start := time.Now()
		for i := 0; i < n; i++ {
			syscall.Getpid()
		}
		best = min(best, float64(time.Since(start).Nanoseconds())/float64(n))
	}
	return best
}

// What a probe costs per hit as each mechanism runs it, on
// __task_pid_nr_ns, which every getpid(2) calls once: the time getpid
// takes more than with no probe on the function (the mechanism and the
// program), and the program's own run time from the kernel's accounting
// (kernel.bpf_stats_enabled). The numbers are logged; under TCG in the VM
// rig only their ratios mean anything. The test checks that the program
// ran for every call.
func TestProbeCost(t *testing.T) {
	requireFentry(t)
	requireKprobes(t)
	stats, err := ebpf.EnableStats(uint32(unix.BPF_STATS_RUN_TIME))
	if err != nil {
		t.Skipf("cannot enable BPF run time statistics: %v", err)
	}
	defer stats.Close()
	const n = 20000
	added := map[string]float64{}
	for _, c := range []struct {
		name, probe string
		flags       []string
		typ         ebpf.ProgramType
	}{
		{"fentry", "kprobe", nil, ebpf.Tracing},
		{"kprobe", "kprobe", []string{"--no-fentry"}, ebpf.Kprobe},
		{"fexit", "kretprobe", nil, ebpf.Tracing},
		{"kretprobe", "kretprobe", []string{"--no-fentry"}, ebpf.Kprobe},
	} {
		var perCall, baseNs float64
		var runs, ns uint64
		for attempt := 1; ; attempt++ {
			baseNs = getpidLoop(n) // measured again each time: TCG's speed drifts
			tr := ntrace(t, readyProbe+c.probe+`:__task_pid_nr_ns { @ = count(); }`, append(c.flags, "-v", pidArg())...)
			tr.waitReady()
			perCall = getpidLoop(n)
			// ntrace names its programs nt<pid>_p<index>; p1 is the kprobe.
			var ok bool
			runs, ns, ok = programStats(t, fmt.Sprintf("nt%d_p1", tr.cmd.Process.Pid), c.typ)
			tr.stop()
			if !ok {
				// ntrace fell back to the kprobe build: the kernel
				// refused the trampoline once in ~40 runs of the 6.1
				// guest (CI, 2026-12-07), and -v says why. Measured
				// again once; twice is a failure.
				if attempt < 2 {
					t.Logf("%s: the program was not loaded as %s; ntrace said:\n%s", c.name, c.typ, tr.Stderr())
					continue
				}
				t.Fatalf("%s: no %s program nt%d_p1 loaded, twice; ntrace said:\n%s", c.name, c.typ, tr.cmd.Process.Pid, tr.Stderr())
			}
			if got := parseScalar(t, tr.Stdout(), "@"); got < 5*n || runs < 5*n {
				t.Fatalf("%s: @ = %d and %d runs, want at least %d", c.name, got, runs, 5*n)
			}
			break
		}
		added[c.name] = perCall - baseNs
		t.Logf("%-9s getpid %.0f ns, %.0f without: %+.0f ns per hit, of which the program %.0f ns (%d runs)", c.name, perCall, baseNs, added[c.name], float64(ns)/float64(runs), runs)
	}
	t.Logf("per hit: kprobe/fentry = %.2f, kretprobe/fexit = %.2f", added["kprobe"]/added["fentry"], added["kretprobe"]/added["fexit"])
}
