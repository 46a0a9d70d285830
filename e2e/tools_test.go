package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// bpftrace's own tools, as Debian's bpftrace 0.17 installs them in
// /usr/sbin, run unchanged in ntrace. The ones whose probes attach on
// this kernel (tracepoints, uprobes, profile, interval) run side by side
// with bpftrace on events this test makes, and the lines about those
// events must be the same, values included, once what differs by nature
// (the time of day, elapsed time, latencies) is left out. The tools whose
// output is about the whole machine (runqlat, syscount, …) only have to
// run.
//
// Run it under the heavy lock (flock /tmp/ntrace-heavy.lock): every
// bpftrace run costs about a second of kernel time as it exits.

// toolCase is one tool run side by side.
type toolCase struct {
	tool string
	// events makes what the tool traces; marker names this run's
	// files. It returns the pattern of the lines about those events (a
	// pid, the marker), which keeps them apart from the machine's.
	events func(t *testing.T, marker string) *regexp.Regexp
	// drop are the fields (counted from 0, by whitespace) that differ
	// by nature: times, latencies.
	drop []int
	// lines is how many lines the events make; with atLeast, the
	// fewest, and both tracers then get a moment for the rest.
	lines   int
	atLeast bool
}

var timeOfDay = regexp.MustCompile(`^\d\d:\d\d:\d\d\s+`)

func toolCases() []toolCase {
	self := strconv.Itoa(os.Getpid())
	return []toolCase{
		{tool: "opensnoop", lines: 3, events: func(t *testing.T, marker string) *regexp.Regexp {
			os.WriteFile(marker, nil, 0o644)
			if f, err := os.Open(marker); err == nil {
				f.Close()
			}
			os.Open(marker + ".missing")
			return regexp.MustCompile(regexp.QuoteMeta(marker))
		}},
		{tool: "statsnoop", lines: 3, events: func(t *testing.T, marker string) *regexp.Regexp {
			os.WriteFile(marker, nil, 0o644)
			var stx unix.Statx_t
			var sfs unix.Statfs_t
			unix.Statx(unix.AT_FDCWD, marker, 0, unix.STATX_ALL, &stx)
			unix.Statx(unix.AT_FDCWD, marker+".missing", 0, unix.STATX_ALL, &stx)
			unix.Statfs(marker, &sfs)
			return regexp.MustCompile(regexp.QuoteMeta(marker))
		}},
		{tool: "execsnoop", lines: 1, drop: []int{0}, events: func(t *testing.T, marker string) *regexp.Regexp {
			exec.Command("/bin/echo", marker, "two words", "3").Run()
			return regexp.MustCompile(regexp.QuoteMeta(marker))
		}},
		{tool: "killsnoop", lines: 3, events: func(t *testing.T, marker string) *regexp.Regexp {
			child := exec.Command("/bin/sleep", "5")
			child.Start()
			defer child.Wait()
			defer child.Process.Kill()
			unix.Kill(child.Process.Pid, 0)
			unix.Kill(child.Process.Pid, syscall.SIGCONT)
			unix.Kill(4194303, 0) // no such process: ESRCH
			return pidField(self)
		}},
		{tool: "syncsnoop", lines: 3, events: func(t *testing.T, marker string) *regexp.Regexp {
			f, err := os.Create(marker)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			unix.Fsync(int(f.Fd()))
			unix.Fdatasync(int(f.Fd()))
			unix.SyncFileRange(int(f.Fd()), 0, 0, 0)
			return pidField(self)
		}},
		{tool: "setuids", lines: 1, events: func(t *testing.T, marker string) *regexp.Regexp {
			cmd := exec.Command("/bin/true")
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			cmd.Wait()
			return pidField(strconv.Itoa(cmd.Process.Pid))
		}},
		{tool: "naptime", lines: 2, events: func(t *testing.T, marker string) *regexp.Regexp {
			// Go's runtime sleeps too, for microseconds: these are
			// the sleeps of 12 ms and 1.003 s.
			unix.Nanosleep(&unix.Timespec{Nsec: 12_000_000}, nil)
			unix.Nanosleep(&unix.Timespec{Sec: 1, Nsec: 3_000_000}, nil)
			return regexp.MustCompile(` ` + self + ` .* (0\.012|1\.003)$`)
		}},
		{tool: "gethostlatency", lines: 2, drop: []int{2}, events: func(t *testing.T, marker string) *regexp.Regexp {
			var pids []string
			for _, host := range []string{"localhost", "127.0.0.1"} {
				cmd := exec.Command("getent", "ahosts", host)
				if err := cmd.Run(); err != nil {
					t.Skipf("getent ahosts %s: %v", host, err)
				}
				pids = append(pids, strconv.Itoa(cmd.Process.Pid))
			}
			return regexp.MustCompile(`^\d\d:\d\d:\d\d\s+(` + strings.Join(pids, "|") + `) `)
		}},
	}
}

// pidField matches the lines whose second field (after the time) is pid.
func pidField(pid string) *regexp.Regexp {
	return regexp.MustCompile(`^\d\d:\d\d:\d\d\s+` + pid + ` `)
}

// toolsRunning are the tools whose probes attach here but whose output
// is about the whole machine (bitesize is compared in
// TestBpftraceToolBitesizeSideBySide), or needs events this test does not make
// (block I/O, an interactive bash, TLS): they must run and stop cleanly.
var toolsRunning = []string{"cpuwalk", "pidpersec", "runqlat", "syscount", "writeback", "tcpdrop", "bashreadline", "ssllatency", "sslsnoop"}

func TestBpftraceToolsSideBySide(t *testing.T) {
	requireRoot(t)
	bt := bpftrace017(t)
	dir := shortTempDir(t)
	for _, c := range toolCases() {
		t.Run(c.tool, func(t *testing.T) { runToolSideBySide(t, bt, dir, c) })
	}
	for _, tool := range toolsRunning {
		t.Run(tool+" runs", func(t *testing.T) { runToolBriefly(t, tool, 500*time.Millisecond) })
	}
}

// shortTempDir is a temporary directory with a short path, removed after
// the test: the tools read 64 bytes of a path.
func shortTempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "nt")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// runToolBriefly runs a tool in ntrace for a while; it must start, and
// stop cleanly without an error.
func runToolBriefly(t *testing.T, tool string, d time.Duration) {
	path := requireTool(t, tool)
	n := start(t, ntraceBin, path)
	n.waitAttached()
	time.Sleep(d)
	n.stop()
	if n.err != nil || strings.Contains(n.Stderr(), "error") {
		t.Errorf("%v\nstderr:\n%s", n.err, n.Stderr())
	}
}

// runToolSideBySide runs one tool in bpftrace and ntrace at once, makes
// its events, and compares the lines about them; files go in dir.
func runToolSideBySide(t *testing.T, bt, dir string, c toolCase) {
	path := "/usr/sbin/" + c.tool + ".bt"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no %s", path)
	}
	b := start(t, bt, path)
	n := start(t, ntraceBin, path)
	waitToolReady(t, b, n)
	marker := filepath.Join(dir, c.tool)
	keep := c.events(t, marker)
	// bpftrace 0.17 drops what its buffers hold when it is
	// stopped: wait for the lines first.
	for _, tr := range []*tracer{b, n} {
		waitLines(t, tr, keep, c.lines)
	}
	if c.atLeast {
		time.Sleep(time.Second)
	}
	b.stopInsisting()
	n.stop()
	want, got := toolLines(b.Stdout(), keep, c.drop), toolLines(n.Stdout(), keep, c.drop)
	t.Logf("ntrace:\n%s", strings.Join(got, "\n"))
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("lines differ\nbpftrace:\n%s\nntrace:\n%s\nstderr:\n%s", strings.Join(want, "\n"), strings.Join(got, "\n"), n.Stderr())
	}
}

// waitToolReady waits until bpftrace has run BEGIN (after attaching, in
// 0.17) and ntrace says its probes are attached.
func waitToolReady(t *testing.T, b, n *tracer) {
	t.Helper()
	n.waitAttached()
	// Minutes: in the qemu rig's emulated CPUs bpftrace takes its time
	// to compile a tool.
	deadline := time.Now().Add(3 * time.Minute)
	for {
		for _, l := range strings.Split(b.Stdout(), "\n") {
			if l != "" && !strings.HasPrefix(l, "Attaching ") {
				return
			}
		}
		select {
		case <-b.done:
			t.Fatalf("bpftrace exited before BEGIN (%v)\nstdout:\n%s\nstderr:\n%s", b.err, b.Stdout(), b.Stderr())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("bpftrace did not run BEGIN in 3 minutes\nstdout:\n%s\nstderr:\n%s", b.Stdout(), b.Stderr())
		}
	}
}

// waitLines waits until the tracer printed n lines keep matches.
func waitLines(t *testing.T, tr *tracer, keep *regexp.Regexp, n int) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for len(toolLines(tr.Stdout(), keep, nil)) < n {
		if time.Now().After(deadline) {
			t.Fatalf("waited for %d lines matching %s; stdout:\n%s\nstderr:\n%s", n, keep, tr.Stdout(), tr.Stderr())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// toolLines are the lines of a tool's output that keep matches, without
// the time of day and the fields at the positions drop, sorted.
func toolLines(out string, keep *regexp.Regexp, drop []int) []string {
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if !keep.MatchString(l) {
			continue
		}
		l = timeOfDay.ReplaceAllString(l, "")
		f := strings.Fields(l)
		for i := len(drop) - 1; i >= 0; i-- {
			if drop[i] < len(f) {
				f = append(f[:drop[i]], f[drop[i]+1:]...)
			}
		}
		lines = append(lines, strings.Join(f, " "))
	}
	sort.Strings(lines)
	return lines
}

// bitesize's histograms are printed at exit, one a process name: the
// one of the dd this test runs, writing with O_DIRECT so that its
// requests reach the block device at once, must be the same in both
// tracers. The guests have no block device: it runs on the host.
func TestBpftraceToolBitesizeSideBySide(t *testing.T) {
	requireRoot(t)
	bt := bpftrace017(t)
	requireTool(t, "bitesize")
	dir, err := os.MkdirTemp("/var/tmp", "nt")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	b := start(t, bt, "/usr/sbin/bitesize.bt")
	n := start(t, ntraceBin, "/usr/sbin/bitesize.bt")
	waitToolReady(t, b, n)
	for _, bs := range []string{"4k", "16k", "64k"} {
		out, err := exec.Command("dd", "if=/dev/zero", "of="+filepath.Join(dir, bs), "bs="+bs, "count=8", "oflag=direct", "conv=fsync").CombinedOutput()
		if err != nil {
			t.Skipf("dd with O_DIRECT here: %v: %s", err, out)
		}
	}
	time.Sleep(500 * time.Millisecond)
	b.stopInsisting()
	n.stop()
	want, got := mapBlock(b.Stdout(), "@[dd]:"), mapBlock(n.Stdout(), "@[dd]:")
	// bpftrace 0.17 ends a histogram's first line with a space.
	if want == "" {
		t.Fatalf("bpftrace saw no I/O of dd:\n%s", b.Stdout())
	}
	t.Logf("ntrace:\n%s", got)
	if got != want {
		t.Errorf("histograms differ\nbpftrace:\n%s\nntrace:\n%s", want, got)
	}
}

// mapBlock is the block of lines out prints for the map entry that
// starts with head, up to the next blank line, without the spaces that
// end lines.
func mapBlock(out, head string) string {
	var block []string
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimRight(l, " ")
		switch {
		case l == head:
			block = []string{l}
		case len(block) > 0 && l == "":
			return strings.Join(block, "\n")
		case len(block) > 0:
			block = append(block, l)
		}
	}
	return strings.Join(block, "\n")
}
