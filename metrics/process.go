package metrics

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"syscall"

	"github.com/ntrace/ntrace/metrics/exposition"
)

// ntrace's own process, read at each scrape: what it costs the node in
// CPU and memory, and when it started (a restart resets every counter).
var (
	cpuSeconds     = exposition.Family{Name: "process_cpu_seconds_total", Type: exposition.Counter, Unit: "seconds", Help: "CPU time ntrace has used, user and system, in seconds."}
	residentMemory = exposition.Family{Name: "process_resident_memory_bytes", Type: exposition.Gauge, Unit: "bytes", Help: "ntrace's resident memory in bytes."}
	openFDs        = exposition.Family{Name: "process_open_fds", Type: exposition.Gauge, Help: "File descriptors ntrace has open (BPF maps, programs and links among them)."}
	startTime      = exposition.Family{Name: "process_start_time_seconds", Type: exposition.Gauge, Unit: "seconds", Help: "When ntrace started, in seconds since the Unix epoch."}
)

// userHZ is the unit of the kernel's clock tick counts in /proc: fixed
// at 100 per second for user space on every architecture Go runs Linux
// on.
const userHZ = 100

// processFamilies reads the process metrics; one that cannot be read is
// left out.
func processFamilies() []exposition.Family {
	var out []exposition.Family
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		cpu := float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
		out = append(out, with(cpuSeconds, exposition.Metric{Value: cpu}))
	}
	if rss, ok := residentBytes(); ok {
		out = append(out, with(residentMemory, exposition.Metric{Value: float64(rss)}))
	}
	if n, ok := countOpenFDs(); ok {
		out = append(out, with(openFDs, exposition.Metric{Value: float64(n)}))
	}
	if t, ok := processStart(); ok {
		out = append(out, with(startTime, exposition.Metric{Value: t}))
	}
	return out
}

// residentBytes is the process's resident set: /proc/self/statm's second
// field, in pages.
func residentBytes() (uint64, bool) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, false
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0, false
	}
	pages, err := strconv.ParseUint(f[1], 10, 64)
	return pages * uint64(os.Getpagesize()), err == nil
}

// countOpenFDs counts the entries of /proc/self/fd, less the one reading
// it takes.
func countOpenFDs() (int, bool) {
	d, err := os.Open("/proc/self/fd")
	if err != nil {
		return 0, false
	}
	defer d.Close()
	names, err := d.Readdirnames(-1)
	if err != nil || len(names) == 0 {
		return 0, false
	}
	return len(names) - 1, true
}

// processStart is when the process started, in seconds since the epoch:
// its start in clock ticks after boot (/proc/self/stat's 22nd field) plus
// the boot time (/proc/stat's btime).
func processStart() (float64, bool) {
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0, false
	}
	// The command name, field 2, is in parentheses and may hold spaces
	// and parentheses: count fields after its last ')'.
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 {
		return 0, false
	}
	f := strings.Fields(string(stat[i+1:])) // f[0] is field 3
	if len(f) < 20 {
		return 0, false
	}
	ticks, err := strconv.ParseUint(f[19], 10, 64)
	if err != nil {
		return 0, false
	}
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0, false
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "btime "); ok {
			boot, err := strconv.ParseUint(strings.TrimSpace(v), 10, 64)
			if err != nil {
				return 0, false
			}
			return float64(boot) + float64(ticks)/userHZ, true
		}
	}
	return 0, false
}
