package metrics

import (
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ntrace/ntrace/metrics/exposition"
)

// initTime is when this test binary's package variables were set: just
// after the process started.
var initTime = time.Now()

// processValues reads the process metrics by name.
func processValues(t *testing.T) map[string]float64 {
	t.Helper()
	out := map[string]float64{}
	for _, f := range processFamilies() {
		if len(f.Metrics) != 1 || len(f.Metrics[0].Labels) != 0 {
			t.Fatalf("%s: %+v", f.Name, f.Metrics)
		}
		out[f.Name] = f.Metrics[0].Value
	}
	for _, f := range []exposition.Family{cpuSeconds, residentMemory, openFDs, startTime} {
		if _, ok := out[f.Name]; !ok {
			t.Fatalf("no %s", f.Name)
		}
	}
	return out
}

// statCPU is the process's CPU time from /proc/self/stat (utime and
// stime, fields 14 and 15, in clock ticks): another account than the
// getrusage the metric reads.
func statCPU(t *testing.T) float64 {
	t.Helper()
	b, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		t.Fatal(err)
	}
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
	utime, _ := strconv.ParseFloat(f[11], 64)
	stime, _ := strconv.ParseFloat(f[12], 64)
	return (utime + stime) / userHZ
}

// The process metrics against what the test does: files it opens, memory
// it touches, CPU it burns, and when it started.
func TestProcessMetrics(t *testing.T) {
	before := processValues(t)
	var files []*os.File
	for i := 0; i < 20; i++ {
		f, err := os.Open("/dev/null")
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	// Memory of its own, not the Go heap's, which may hold freed pages.
	mem, err := syscall.Mmap(-1, 0, 64<<20, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(mem)
	for i := 0; i < len(mem); i += 4096 {
		mem[i] = 1
	}
	cpuBefore := statCPU(t)
	for deadline := time.Now().Add(200 * time.Millisecond); time.Now().Before(deadline); {
	}
	after := processValues(t)
	cpuAfter := statCPU(t)
	for _, f := range files {
		f.Close()
	}

	if d := after["process_open_fds"] - before["process_open_fds"]; d != 20 {
		t.Errorf("process_open_fds went up by %g; the test opened 20 files", d)
	}
	if d := after["process_resident_memory_bytes"] - before["process_resident_memory_bytes"]; d < 60<<20 {
		t.Errorf("process_resident_memory_bytes went up by %g; the test touched 64 MiB", d)
	}
	// The stat file's user and system times are each cut to 10 ms
	// ticks: two readings of it bracket the metric to within two ticks.
	if cpu := after["process_cpu_seconds_total"]; cpu < cpuBefore || cpu > cpuAfter+0.021 {
		t.Errorf("process_cpu_seconds_total %g; /proc/self/stat says %g to %g", cpu, cpuBefore, cpuAfter)
	}
	if d := after["process_cpu_seconds_total"] - before["process_cpu_seconds_total"]; d <= 0 {
		t.Errorf("process_cpu_seconds_total went up by %g over a 200 ms busy loop", d)
	}
	// The boot time is whole seconds, so the start may read up to 1 s
	// early (and the clock may have been slewed a little since boot);
	// this package's variables were set just after the start.
	start := time.Unix(0, int64(after["process_start_time_seconds"]*1e9))
	if start.After(initTime.Add(100*time.Millisecond)) || start.Before(initTime.Add(-5*time.Second)) {
		t.Errorf("process_start_time_seconds is %v; the test's package started at %v", start, initTime)
	}
}
