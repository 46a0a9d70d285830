package e2e

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
)

// ownPrograms returns the IDs of the BPF programs loaded by the ntrace
// process pid, which names them "nt<pid>_p<index>": other tracers (other
// tests, other users) may load and unload programs meanwhile.
func ownPrograms(t *testing.T, pid int) []ebpf.ProgramID {
	t.Helper()
	prefix := fmt.Sprintf("nt%d_p", pid)
	var ids []ebpf.ProgramID
	var id ebpf.ProgramID
	for {
		next, err := ebpf.ProgramGetNextID(id)
		if errors.Is(err, os.ErrNotExist) {
			return ids
		}
		if err != nil {
			t.Fatalf("listing BPF programs: %v", err)
		}
		id = next
		p, err := ebpf.NewProgramFromID(id)
		if err != nil {
			continue // unloaded meanwhile
		}
		info, err := p.Info()
		p.Close()
		if err == nil && strings.HasPrefix(info.Name, prefix) {
			ids = append(ids, id)
		}
	}
}

// programsLeft returns ntrace's programs still loaded after process pid
// exited. The kernel frees a program once its last reference goes, and
// the last may go after the exit (a perf event's is dropped after an RCU
// grace period): it is waited for, up to 10 seconds, so only a program
// that stays is reported.
func programsLeft(t *testing.T, pid int) []ebpf.ProgramID {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		left := ownPrograms(t, pid)
		if len(left) == 0 || time.Now().After(deadline) {
			return left
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// heldObjects returns the IDs of the BPF programs, maps and links the
// process pid holds file descriptors of, from /proc/PID/fdinfo.
func heldObjects(t *testing.T, pid int) map[string][]uint32 {
	t.Helper()
	held, err := readHeld(pid)
	if err != nil {
		t.Fatal(err)
	}
	return held
}

// readHeld is heldObjects, returning an error when the process is gone.
func readHeld(pid int) (map[string][]uint32, error) {
	dir := fmt.Sprintf("/proc/%d/fdinfo", pid)
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	held := map[string][]uint32{}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		for _, l := range strings.Split(string(b), "\n") {
			for _, kind := range []string{"prog_id", "map_id", "link_id"} {
				if v, ok := strings.CutPrefix(l, kind+":"); ok {
					if n, err := strconv.ParseUint(strings.TrimSpace(v), 10, 32); err == nil {
						held[kind] = append(held[kind], uint32(n))
					}
				}
			}
		}
	}
	return held, nil
}

// watchHeld samples, every millisecond or so until done is closed, the
// BPF objects the process pid holds (see heldObjects). The function it
// returns, called once done is closed, gives every object seen at any
// moment: what a leftover check must find gone, including what the
// process made and dropped along the way.
func watchHeld(pid int, done <-chan struct{}) func() map[string][]uint32 {
	all := map[string]map[uint32]bool{}
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		for {
			if held, err := readHeld(pid); err == nil {
				for kind, ids := range held {
					if all[kind] == nil {
						all[kind] = map[uint32]bool{}
					}
					for _, id := range ids {
						all[kind][id] = true
					}
				}
			}
			select {
			case <-done:
				return
			case <-time.After(time.Millisecond):
			}
		}
	}()
	return func() map[string][]uint32 {
		<-finished
		out := map[string][]uint32{}
		for kind, ids := range all {
			for id := range ids {
				out[kind] = append(out[kind], id)
			}
		}
		return out
	}
}

// mergeHeld is every object of a and b, as heldObjects lists them.
func mergeHeld(a, b map[string][]uint32) map[string][]uint32 {
	out := map[string][]uint32{}
	for _, m := range []map[string][]uint32{a, b} {
		for kind, ids := range m {
			for _, id := range ids {
				if !slices.Contains(out[kind], id) {
					out[kind] = append(out[kind], id)
				}
			}
		}
	}
	return out
}

// childrenOf lists the processes whose parent is pid, from /proc.
func childrenOf(pid int) []int {
	var out []int
	ents, _ := os.ReadDir("/proc")
	for _, e := range ents {
		p, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		// "pid (comm) S ppid ...": comm may hold spaces and parentheses.
		i := strings.LastIndexByte(string(b), ')')
		if f := strings.Fields(string(b[i+1:])); i >= 0 && len(f) > 1 && f[1] == strconv.Itoa(pid) {
			out = append(out, p)
		}
	}
	return out
}

// stillLoaded returns which of the objects held are still in the kernel
// after their holder exited. A map goes only after the programs using it
// are freed, an RCU grace period after their last reference closes: it
// is waited for, up to 10 seconds.
func stillLoaded(held map[string][]uint32) []string {
	deadline := time.Now().Add(10 * time.Second)
	for {
		left := loadedNow(held)
		if len(left) == 0 || time.Now().After(deadline) {
			return left
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// loadedNow returns which of the objects held are in the kernel.
//
// Maps are looked for among the IDs the kernel lists, never opened: a
// descriptor opened by ID and closed again drops a program array's user
// count to zero a second time, and 6.18 (prog_array_map_clear) then takes
// a reference for its deferred clearing that it never gives back when
// that work is still pending from the first time — the map would stay
// for good, and this check would have made the leak it reports
// (TestLeftoverCheckLeaksNoProgArray).
func loadedNow(held map[string][]uint32) []string {
	var left []string
	for kind, ids := range held {
		for _, id := range ids {
			var c interface{ Close() error }
			var err error
			switch kind {
			case "prog_id":
				c, err = ebpf.NewProgramFromID(ebpf.ProgramID(id))
			case "map_id":
				if !mapListed(ebpf.MapID(id)) {
					err = os.ErrNotExist
				}
			case "link_id":
				c, err = link.NewFromID(link.ID(id))
			}
			if err == nil {
				if c != nil {
					c.Close()
				}
				left = append(left, fmt.Sprintf("%s %d", kind, id))
			}
		}
	}
	return left
}

// mapListed reports whether the kernel lists a map of that ID, without
// taking a reference to it.
func mapListed(id ebpf.MapID) bool {
	var cur ebpf.MapID
	for {
		next, err := ebpf.MapGetNextID(cur)
		if err != nil {
			return false
		}
		if next == id {
			return true
		}
		cur = next
	}
}

// However a run ends — Ctrl-C, SIGTERM, SIGHUP, exit() or the -c command
// exiting — END runs, the maps print once, ntrace exits 0, and none of its
// programs stays loaded.
func TestEveryEndingCleansUp(t *testing.T) {
	requireRoot(t)
	// The probe that says ready also counts, so @calls is never empty.
	script := `tracepoint:syscalls:sys_enter_getppid /pid == $1/ { @calls = count(); printf("ready\n"); }
END { printf("end ran\n"); }`
	endings := []struct {
		name string
		args []string
		end  func(tr *tracer)
	}{
		{"SIGINT", nil, func(tr *tracer) { tr.cmd.Process.Signal(syscall.SIGINT) }},
		{"SIGTERM", nil, func(tr *tracer) { tr.cmd.Process.Signal(syscall.SIGTERM) }},
		{"SIGHUP", nil, func(tr *tracer) { tr.cmd.Process.Signal(syscall.SIGHUP) }},
		{"exit()", []string{"-e", `tracepoint:syscalls:sys_enter_getppid /pid == $1/ { @calls = count(); printf("ready\n"); exit(); } END { printf("end ran\n"); }`}, func(*tracer) {}},
		{"-c command exits", []string{"-c", "sleep 0.5"}, func(*tracer) {}},
	}
	for _, e := range endings {
		t.Run(e.name, func(t *testing.T) {
			args := e.args
			if args == nil || args[0] != "-e" {
				args = append([]string{"-e", script}, args...)
			}
			tr := start(t, ntraceBin, append(args, pidArg())...)
			tr.waitReady()
			pid := tr.cmd.Process.Pid
			progs, held := ownPrograms(t, pid), heldObjects(t, pid)
			// Two programs (the probe, END), their maps and the probe's
			// link or perf event: what must go.
			if len(progs) != 2 || len(held["prog_id"]) < 2 || len(held["map_id"]) < 4 {
				t.Fatalf("while running, ntrace has programs %v named as its own and holds %v", progs, held)
			}
			e.end(tr)
			tr.wait()
			if tr.err != nil {
				t.Errorf("ntrace exited with %v\n%s", tr.err, tr.Stderr())
			}
			out := tr.Stdout()
			if strings.Count(out, "end ran\n") != 1 || strings.Count(out, "@calls: ") != 1 {
				t.Errorf("END output and maps not printed exactly once:\n%s", out)
			}
			if left := programsLeft(t, pid); len(left) > 0 {
				t.Errorf("programs %v of ntrace are still loaded after it exited", left)
			}
			if left := stillLoaded(held); len(left) > 0 {
				t.Errorf("still in the kernel after ntrace exited: %v", left)
			}
		})
	}
}

// A run that fails while loading (here: the open file limit runs out
// partway through the programs, which are loaded one by one) leaves no
// program or map of it loaded.
func TestFailedLoadLeavesNothing(t *testing.T) {
	requireRoot(t)
	cmd := limitedCommand(t, "nofile=40", "-e",
		`tracepoint:syscalls:sys_enter_[a-f]* { @n = count(); }`)
	out, code := combinedOutput(t, cmd)
	if code != 1 || !strings.Contains(out, "too many open files") {
		t.Fatalf("exit code %d, output:\n%s", code, out)
	}
	if left := programsLeft(t, cmd.Process.Pid); len(left) > 0 {
		t.Errorf("programs %v of ntrace are still loaded after the failed run", left)
	}
}

// The leftover check must not itself keep what it looks for: program
// arrays closed and then looked for at once, as stillLoaded does after
// ntrace exits, all go. Opening them by ID instead left about one in six
// in this kernel for good (see loadedNow).
func TestLeftoverCheckLeaksNoProgArray(t *testing.T) {
	requireRoot(t)
	const n = 60
	held := map[string][]uint32{}
	for i := 0; i < n; i++ {
		m, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.ProgramArray, KeySize: 4, ValueSize: 4, MaxEntries: 4})
		if err != nil {
			t.Fatal(err)
		}
		info, err := m.Info()
		if err != nil {
			t.Fatal(err)
		}
		id, _ := info.ID()
		m.Close()
		loadedNow(map[string][]uint32{"map_id": {uint32(id)}}) // at once, while its clearing is pending
		held["map_id"] = append(held["map_id"], uint32(id))
	}
	if left := stillLoaded(held); len(left) > 0 {
		t.Errorf("%d of %d program arrays still in the kernel 10 s after they were closed: %v", len(left), n, left)
	}
}
