package e2e

import (
	"errors"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/cilium/ebpf"
)

// loadedPrograms returns the IDs of every BPF program loaded in the kernel.
func loadedPrograms(t *testing.T) map[ebpf.ProgramID]bool {
	t.Helper()
	ids := map[ebpf.ProgramID]bool{}
	var id ebpf.ProgramID
	for {
		next, err := ebpf.ProgramGetNextID(id)
		if errors.Is(err, os.ErrNotExist) {
			return ids
		}
		if err != nil {
			t.Fatalf("listing BPF programs: %v", err)
		}
		ids[next] = true
		id = next
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
			before := loadedPrograms(t)
			args := e.args
			if args == nil || args[0] != "-e" {
				args = append([]string{"-e", script}, args...)
			}
			tr := start(t, ntraceBin, append(args, pidArg())...)
			tr.waitReady()
			e.end(tr)
			tr.wait()
			if tr.err != nil {
				t.Errorf("ntrace exited with %v\n%s", tr.err, tr.Stderr())
			}
			out := tr.Stdout()
			if strings.Count(out, "end ran\n") != 1 || strings.Count(out, "@calls: ") != 1 {
				t.Errorf("END output and maps not printed exactly once:\n%s", out)
			}
			for id := range loadedPrograms(t) {
				if !before[id] {
					t.Errorf("program %d is still loaded after ntrace exited", id)
				}
			}
		})
	}
}

// A run that fails while loading (here: the ring buffer size is not a
// power of two, which the kernel refuses when creating the map) leaves no
// program or map of it loaded.
func TestFailedLoadLeavesNothing(t *testing.T) {
	requireRoot(t)
	before := loadedPrograms(t)
	out, code := runTool(t, ntraceBin, "--buffer-size", "12345", "-e",
		`tracepoint:syscalls:sys_enter_getppid { @ = count(); } tracepoint:syscalls:sys_enter_getpid { @ = count(); }`)
	if code != 1 || !strings.Contains(out, "loading BPF programs") {
		t.Fatalf("exit code %d, output:\n%s", code, out)
	}
	for id := range loadedPrograms(t) {
		if !before[id] {
			t.Errorf("program %d is still loaded after the failed run", id)
		}
	}
}
