package e2e

// End-to-end tests of what today's bpftrace has that 0.17 had not:
// getopt(), tuples as map keys, config from the environment,
// syscall_name().

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Named options after -- reach the script through getopt(), typed by
// their defaults; --help lists them and an option no getopt() takes is a
// usage error, as in today's bpftrace.
func TestGetoptNamedOptions(t *testing.T) {
	requireRoot(t)
	script := `BEGIN { printf("%d %d %s %d %d %s\n", getopt("depth", 35, "how deep"), getopt("neg", 1),
  getopt("name", "none"), getopt("verbose"), getopt("quiet", true), $1); exit(); }`
	out, code := runTool(t, ntraceBin, "-q", "-e", script, "pos1", "--", "--depth=7", "--neg=-3", "--name=eth0", "--verbose", "--quiet=false")
	if code != 0 || !strings.Contains(out, "7 -3 eth0 1 0 pos1\n") {
		t.Errorf("exit %d, want the options' values:\n%s", code, out)
	}
	out, code = runTool(t, ntraceBin, "-q", "-e", script, "pos1")
	if code != 0 || !strings.Contains(out, "35 1 none 0 1 pos1\n") {
		t.Errorf("exit %d, want the defaults:\n%s", code, out)
	}
	out, code = runTool(t, ntraceBin, "-e", script, "pos1", "--", "--help")
	if code != 2 || !strings.Contains(out, "HINT: expected program options:\n  --depth: how deep\n  --name\n  --neg\n  --quiet\n  --verbose\n") {
		t.Errorf("exit %d, want 2 and the options listed:\n%s", code, out)
	}
	out, code = runTool(t, ntraceBin, "-e", script, "pos1", "--", "--dpeth=3")
	if code != 2 || !strings.Contains(out, "unexpected program command line options: --dpeth") {
		t.Errorf("exit %d, want 2 and the unknown option named:\n%s", code, out)
	}
	out, code = runTool(t, ntraceBin, "-e", script, "pos1", "--", "--depth=deep")
	if code != 1 || !strings.Contains(out, "error: program command line option --depth: invalid integer (value: deep)") {
		t.Errorf("exit %d, want 1 and the bad value:\n%s", code, out)
	}
}

// A map keyed by a tuple variable and by two keys is one map, as in
// today's bpftrace: the offsets this test's own lseek calls asked for,
// stored under (tid, fd) in one probe and read back as [tid, fd] in
// another.
func TestTupleVariableAsMapKeys(t *testing.T) {
	requireRoot(t)
	f, err := os.Open("/proc/self/stat")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := os.Open("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	script := readyProbe + `tracepoint:syscalls:sys_enter_lseek /pid == $1/ { $k = (tid, args->fd); @asked[$k] = args->offset; @fd[tid] = args->fd; }
tracepoint:syscalls:sys_exit_lseek /pid == $1 && has_key(@fd, tid)/ { @got[tid, @fd[tid]] = args->ret - @asked[tid, @fd[tid]]; @sum[tid, @fd[tid]] = sum(@asked[(tid, @fd[tid])]); }`
	worker := newEventThread()
	defer worker.close()
	tr := ntrace(t, script, pidArg())
	tr.waitReady()
	want := map[int]int64{}
	worker.do(func() {
		for i, file := range []*os.File{f, g, f} {
			off := int64(100 * (i + 1))
			if _, err := syscall.Seek(int(file.Fd()), off, 0); err != nil {
				t.Error(err)
			}
			want[int(file.Fd())] += off
		}
	})
	tr.stop()
	out := tr.Stdout()
	tid := strconv.Itoa(worker.tid)
	for fd, sum := range want {
		for _, line := range []string{
			fmt.Sprintf("@got[%s, %d]: 0\n", tid, fd),
			fmt.Sprintf("@sum[%s, %d]: %d\n", tid, fd, sum),
		} {
			if !strings.Contains(out, line) {
				t.Errorf("want %q:\n%s", line, out)
			}
		}
	}
}

// bpftrace's environment variables set config settings, over the
// script's config block: print_maps_on_exit from BPFTRACE_PRINT_MAPS_ON_EXIT.
func TestConfigFromEnvironment(t *testing.T) {
	requireRoot(t)
	script := `config = { print_maps_on_exit = true } BEGIN { @kept = 5; printf("ran\n"); exit(); }`
	cmd := exec.Command(ntraceBin, "-e", script)
	cmd.Env = append(os.Environ(), "BPFTRACE_PRINT_MAPS_ON_EXIT=false")
	out, code := combinedOutput(t, cmd)
	if code != 0 || !strings.Contains(out, "ran\n") || strings.Contains(out, "@kept") {
		t.Errorf("exit %d, want the map left unprinted:\n%s", code, out)
	}
	if out, code := runTool(t, ntraceBin, "-e", script); code != 0 || !strings.Contains(out, "@kept: 5\n") {
		t.Errorf("without the variable: exit %d, want @kept printed:\n%s", code, out)
	}
	file := t.TempDir() + "/cat"
	if err := os.WriteFile(file, []byte("abcdef\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd = exec.Command(ntraceBin, "-q", "-e", `BEGIN { cat("`+file+`"); printf("|\n"); exit(); }`)
	cmd.Env = append(os.Environ(), "BPFTRACE_MAX_CAT_BYTES=3")
	if out, code := combinedOutput(t, cmd); code != 0 || !strings.Contains(out, "abc|\n") {
		t.Errorf("BPFTRACE_MAX_CAT_BYTES=3: exit %d, want the file's first 3 bytes:\n%s", code, out)
	}
	cmd = exec.Command(ntraceBin, "-e", script)
	cmd.Env = append(os.Environ(), "BPFTRACE_MAX_MAP_KEYS=many")
	if out, code := combinedOutput(t, cmd); code != 1 || !strings.Contains(out, "environment variable BPFTRACE_MAX_MAP_KEYS") {
		t.Errorf("exit %d, want 1 and the variable named:\n%s", code, out)
	}
}

// syscall_name() names the system calls this test's thread makes, as the
// machine's headers number them.
func TestSyscallName(t *testing.T) {
	requireRoot(t)
	requireTracepoint(t, "raw_syscalls", "sys_enter")
	script := readyProbe + `tracepoint:raw_syscalls:sys_enter /tid == $2/ { @[syscall_name(args->id)] = count(); if (args->id == __NR_getpgid) { printf("%s %d\n", syscall_name(args->id), args->id); } }`
	worker := newEventThread()
	defer worker.close()
	tr := ntrace(t, script, pidArg(), strconv.Itoa(worker.tid))
	tr.waitReady()
	worker.do(func() {
		for i := 0; i < 3; i++ {
			if _, err := syscall.Getpgid(0); err != nil {
				t.Error(err)
			}
		}
	})
	tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "getpgid ") }, nil)
	tr.stop()
	out := tr.Stdout()
	for _, want := range []string{fmt.Sprintf("getpgid %d\n", syscall.SYS_GETPGID), "@[getpgid]: 3\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q:\n%s", want, out)
		}
	}
}

// A positional parameter in an attach point: the interval the command
// line gives.
func TestPositionalInAttachPoint(t *testing.T) {
	requireRoot(t)
	start := time.Now()
	out, code := runTool(t, ntraceBin, "-q", "-e", `interval:ms:$1 { printf("tick %s\n", probe); exit(); }`, "300")
	if code != 0 || !strings.Contains(out, "tick interval:ms:300\n") {
		t.Errorf("exit %d, want the probe interval:ms:300:\n%s", code, out)
	}
	if d := time.Since(start); d < 300*time.Millisecond {
		t.Errorf("ended after %v, before the 300 ms interval", d)
	}
}
