package e2e

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// The builtins whose values come from the system are checked against the
// system's own record: the cgroup the test made and /proc/PID/cgroup, the
// user the test ran a process as and /etc/passwd, the time Go gives, the
// symbols of a program the test built, the bytes it wrote and the
// arguments it ran a program with, the CPU's NUMA node in sysfs.

// eventScript starts ntrace on a script whose probes fire for the test's
// event thread ($2), with readyProbe.
func eventScript(t *testing.T, script string) (*tracer, *eventThread) {
	t.Helper()
	worker := newEventThread()
	t.Cleanup(worker.close)
	tr := ntrace(t, readyProbe+script, pidArg(), strconv.Itoa(worker.tid))
	tr.waitReady()
	return tr, worker
}

// cgroup2Mount is where cgroup v2 is mounted, or "".
func cgroup2Mount() string {
	data, _ := os.ReadFile("/proc/mounts")
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) > 2 && f[2] == "cgroup2" {
			return f[1]
		}
	}
	return ""
}

// cgroupid() is the id of the cgroup at a path, which the cgroup builtin
// gives for the processes in it; cgroup_path() names that cgroup as
// /proc/PID/cgroup does.
func TestCgroupBuiltins(t *testing.T) {
	requireRoot(t)
	mnt := cgroup2Mount()
	if mnt == "" {
		t.Skip("no cgroup v2 mounted")
	}
	dir := filepath.Join(mnt, fmt.Sprintf("ntrace-e2e-%d", os.Getpid()))
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Skipf("cannot make a cgroup: %v", err)
	}
	t.Cleanup(func() { os.Remove(dir) })
	var st unix.Stat_t
	if err := unix.Stat(dir, &st); err != nil {
		t.Fatal(err)
	}
	child := exec.Command("/bin/sh", "-c", "read line; exec /bin/true")
	stdin, _ := child.StdinPipe()
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	defer child.Wait()
	defer stdin.Close()
	if err := os.WriteFile(filepath.Join(dir, "cgroup.procs"), []byte(strconv.Itoa(child.Process.Pid)), 0o644); err != nil {
		t.Fatal(err)
	}
	proc, _ := os.ReadFile(fmt.Sprintf("/proc/%d/cgroup", child.Process.Pid))
	var rel string
	for _, l := range strings.Split(string(proc), "\n") {
		if p, ok := strings.CutPrefix(l, "0::"); ok {
			rel = p
		}
	}
	tr := ntrace(t, readyProbe+fmt.Sprintf(`tracepoint:sched:sched_process_exec /cgroup == cgroupid(%q)/ {
  printf("exec %%d %%lu %%lu %%s|%%s\n", pid, cgroup, cgroupid(%[1]q), cgroup_path(cgroup, "unified"), cgroup_path(cgroup));
}`, dir), pidArg())
	tr.waitReady()
	io.WriteString(stdin, "go\n")
	child.Wait()
	line := tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "exec ") }, nil)
	tr.stop()
	want := fmt.Sprintf("exec %d %d %d unified:%s|unified:%s", child.Process.Pid, st.Ino, st.Ino, rel, rel)
	if !strings.HasPrefix(line, want) {
		t.Errorf("got  %q\nwant %q (the cgroup's inode, and its path in /proc/PID/cgroup)", line, want)
	}
}

// passwdNames maps uids to names as /etc/passwd has them.
func passwdNames(t *testing.T) map[int]string {
	t.Helper()
	f, err := os.Open("/etc/passwd")
	if err != nil {
		t.Skip("no /etc/passwd")
	}
	defer f.Close()
	names := map[int]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), ":")
		if len(fields) > 2 {
			if uid, err := strconv.Atoi(fields[2]); err == nil {
				if _, seen := names[uid]; !seen {
					names[uid] = fields[0]
				}
			}
		}
	}
	return names
}

// username is the name /etc/passwd gives the uid a process runs as.
func TestUsername(t *testing.T) {
	requireRoot(t)
	names := passwdNames(t)
	const nobody = 65534
	if names[nobody] == "" {
		t.Skip("/etc/passwd has no user 65534")
	}
	tr := ntrace(t, readyProbe+`tracepoint:sched:sched_process_exec /curtask->real_parent->tgid == $1/ { printf("user %d %s\n", uid, username); }`, pidArg())
	tr.waitReady()
	for _, uid := range []uint32{0, nobody} {
		cmd := exec.Command("/bin/true")
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uid, Gid: uid}}
		if err := cmd.Run(); err != nil {
			t.Fatal(err)
		}
		want := fmt.Sprintf("user %d %s", uid, names[int(uid)])
		tr.waitLine(func(l string) bool { return l == want }, nil)
	}
	tr.stop()
}

// strftime() of nsecs is the wall-clock time Go gives the same moment.
func TestStrftime(t *testing.T) {
	requireRoot(t)
	tr, worker := eventScript(t, `tracepoint:syscalls:sys_enter_getsid /tid == $2/ {
  $t = nsecs; printf("time %s|%s|%lu\n", strftime("%Y-%m-%d %H:%M:%S.%f", $t), strftime("%a %d %b %s", $t), $t);
}`)
	worker.do(func() { unix.Getsid(0) })
	line := tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "time ") }, nil)
	tr.stop()
	parts := strings.Split(strings.TrimPrefix(line, "time "), "|")
	if len(parts) != 3 {
		t.Fatalf("line %q", line)
	}
	ns, _ := strconv.ParseUint(parts[2], 10, 64)
	var real, mono unix.Timespec
	unix.ClockGettime(unix.CLOCK_REALTIME, &real)
	unix.ClockGettime(unix.CLOCK_MONOTONIC, &mono)
	at := time.Unix(0, real.Nano()-mono.Nano()+int64(ns))
	got, err := time.ParseInLocation("2006-01-02 15:04:05.000000", parts[0], time.Local)
	if d := got.Sub(at); err != nil || d < -2*time.Millisecond || d > 2*time.Millisecond {
		t.Errorf("%q is %v from %s, Go's time of nsecs %d (%v)", parts[0], d, at.Format("2006-01-02 15:04:05.000000"), ns, err)
	}
	if want := got.Format("Mon 02 Jan ") + strconv.FormatInt(got.Unix(), 10); parts[1] != want {
		t.Errorf("%q, Go formats %q", parts[1], want)
	}
}

// A program whose functions the test knows: ntrace_run calls the function
// it is given, with a number.
const symbolsProgram = `#include <stdio.h>
__attribute__((noinline)) int ntrace_callback(long x) { return (int)x + 1; }
__attribute__((noinline)) int ntrace_run(int (*f)(long), long magic) { return f(magic); }
int main(void) {
	char line[16];
	int sum = 0;
	if (!fgets(line, sizeof line, stdin)) return 1;
	for (int i = 0; i < 3; i++) sum += ntrace_run(ntrace_callback, 0x1234567 + i);
	printf("%d\n", sum);
	while (fgets(line, sizeof line, stdin)) {}
	return 0;
}
`

// usym() names the function an address is in, in the probed process;
// reg() reads its registers (the arguments in di and si, the instruction
// pointer at the function's start).
func TestUsymAndReg(t *testing.T) {
	requireRoot(t)
	bin := buildC(t, symbolsProgram)
	p := startWaiting(t, bin)
	tr := ntrace(t, readyProbe+fmt.Sprintf(`uprobe:%s:ntrace_run /pid == $2/ {
  printf("run %%s %%s %%s %%x %%d %%s\n", usym(arg0), usym(reg("ip")), func, reg("si"), reg("di") == arg0, usym(16));
}`, bin), pidArg(), strconv.Itoa(p.pid()))
	tr.waitReady()
	// The program waits for its stdin to close: usym() resolves in its
	// memory map when ntrace prints, as bpftrace's does.
	p.start()
	for i := 0; i < 3; i++ {
		want := fmt.Sprintf("run ntrace_callback ntrace_run ntrace_run %x 1 0x10", 0x1234567+i)
		tr.waitLine(func(l string) bool { return l == want }, nil)
	}
	p.run(t)
	tr.stop()
}

// join() prints the arguments a program was run with, as the test gave
// them (the first 16); buf() with %r the bytes the test wrote, escaped,
// with %rx all in \xNN form and with %rh as hex digits (what Go's %x and
// % x say of them); cat() the file the test wrote.
func TestJoinBufCat(t *testing.T) {
	requireRoot(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "f7")
	if err := os.WriteFile(file, []byte("first line\nsecond\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tr, worker := eventScript(t, fmt.Sprintf(`tracepoint:syscalls:sys_enter_execve /curtask->real_parent->tgid == $1/ { join(args->argv); join(args->argv, ","); }
tracepoint:syscalls:sys_enter_write /tid == $2/ { printf("buf %%r|%%r|%%r\n", buf(args->buf, args->count), buf(args->buf, 3), buf(args->buf, args->count - 4));
  printf("hex %%rx|%%rh|\n", buf(args->buf, args->count), buf(args->buf, args->count)); }
tracepoint:syscalls:sys_enter_getsid /tid == $2/ { cat("%s/f%%d", 7); cat("%s/none"); printf("\ncat done\n"); }`, dir, dir))
	args := []string{"/bin/echo"}
	for i := 1; i <= 17; i++ {
		args = append(args, fmt.Sprintf("a%d", i))
	}
	args[3] = "with space"
	if err := exec.Command(args[0], args[1:]...).Run(); err != nil {
		t.Fatal(err)
	}
	written := []byte("\x00\x01AB\xffz\\\n")
	var rx strings.Builder
	for _, c := range written {
		fmt.Fprintf(&rx, `\x%02x`, c)
	}
	null, _ := os.OpenFile("/dev/null", os.O_WRONLY, 0)
	defer null.Close()
	worker.do(func() {
		null.Write(written)
		unix.Getsid(0)
	})
	tr.waitLine(func(l string) bool { return l == "cat done" }, nil)
	tr.stop()
	out := tr.Stdout()
	for _, want := range []string{
		strings.Join(args[:16], " ") + "\n",
		strings.Join(args[:16], ",") + "\n",
		`buf \x00\x01AB\xffz\\x0a|\x00\x01A|\x00\x01AB` + "\n",
		"first line\nsecond\n\ncat done\n",
		fmt.Sprintf("hex %s|% x|\n", rx.String(), written),
	} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q in:\n%s", want, out)
		}
	}
	if !strings.Contains(tr.Stderr(), "cat: open "+dir+"/none: no such file or directory") {
		t.Errorf("no warning for the missing file:\n%s", tr.Stderr())
	}
}

// numaid is the NUMA node sysfs gives the CPU the probe ran on; strncmp
// strcontains and strlen say what Go's string functions say of the thread's name;
// pcomm, leader_comm, ppid and leader_tid what /proc says of its parent
// process and its thread group leader;
// strcontains is a bool, which print() and map keys show as true or false,
// and so is a ?: choosing between bools.
func TestNumaidAndStringTests(t *testing.T) {
	requireRoot(t)
	tr, worker := eventScript(t, `tracepoint:syscalls:sys_enter_getsid /tid == $2/ {
  printf("node %d %d\n", cpu, numaid);
  printf("cmp %d %d %d %d\n", strncmp(comm, "ntrace-th", 9), strncmp(comm, "ntrace-tx", 9), strncmp(comm, "ntrace-tx", 8), strncmp("ab", comm, 100));
  print(strcontains(comm, "thread")); print(strcontains(comm, "nope"));
  $short = "ab"; printf("len %d %d %d\n", strlen(comm), strlen($short), strlen(""));
  printf("task %s|%s|%d|%d|%s\n", pcomm, leader_comm, ppid, leader_tid, pcomm(curtask->group_leader));
  @has[strcontains(comm, "-n"), strcontains(comm, "x") ? false : true] = count();
  printf("has %d %d %d %d\n", strcontains(comm, "read-n"), strcontains(comm, "ntrace-thread-nam"), strcontains(comm, ""), strcontains(comm, "nope"));
}`)
	worker.do(func() {
		name, _ := unix.BytePtrFromString("ntrace-thread-name")
		unix.Prctl(unix.PR_SET_NAME, uintptr(unsafe.Pointer(name)), 0, 0, 0)
		unix.Getsid(0)
	})
	line := tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "has ") }, nil)
	tr.stop()
	comm := "ntrace-thread-n" // 15 bytes, as the kernel keeps it
	b2i := func(b bool) int {
		if b {
			return 1
		}
		return 0
	}
	wantHas := fmt.Sprintf("has %d %d %d %d", b2i(strings.Contains(comm, "read-n")), b2i(strings.Contains(comm, "ntrace-thread-nam")), 1, b2i(strings.Contains(comm, "nope")))
	if line != wantHas {
		t.Errorf("%q, want %q", line, wantHas)
	}
	// The thread's parent process and its thread group leader, as /proc
	// has them.
	parentComm, _ := os.ReadFile(fmt.Sprintf("/proc/%d/comm", os.Getppid()))
	leaderComm, _ := os.ReadFile(fmt.Sprintf("/proc/%d/comm", os.Getpid()))
	pc, lc := strings.TrimSpace(string(parentComm)), strings.TrimSpace(string(leaderComm))
	if want := fmt.Sprintf("task %s|%s|%d|%d|%s\n", pc, lc, os.Getppid(), os.Getpid(), pc); !strings.Contains(tr.Stdout(), want) {
		t.Errorf("want %q in:\n%s", want, tr.Stdout())
	}
	if want := fmt.Sprintf("len %d 2 0\n", len(comm)); !strings.Contains(tr.Stdout(), want) {
		t.Errorf("want %q in:\n%s", want, tr.Stdout())
	}
	wantPrint := fmt.Sprintf("%t\n%t\nlen ", strings.Contains(comm, "thread"), strings.Contains(comm, "nope"))
	if !strings.Contains(tr.Stdout(), wantPrint) {
		t.Errorf("want %q in:\n%s", wantPrint, tr.Stdout())
	}
	wantKey := fmt.Sprintf("@has[%t, %t]: 1\n", strings.Contains(comm, "-n"), !strings.Contains(comm, "x"))
	if !strings.Contains(tr.Stdout(), wantKey) {
		t.Errorf("want %q in:\n%s", wantKey, tr.Stdout())
	}
	wantCmp := fmt.Sprintf("cmp %d %d %d %d", b2i(!strings.HasPrefix(comm, "ntrace-th")), b2i(!strings.HasPrefix(comm, "ntrace-tx")), b2i(!strings.HasPrefix(comm, "ntrace-t")), 1)
	if !strings.Contains(tr.Stdout(), wantCmp+"\n") {
		t.Errorf("want %q in:\n%s", wantCmp, tr.Stdout())
	}
	var cpu, node int
	for _, l := range strings.Split(tr.Stdout(), "\n") {
		if _, err := fmt.Sscanf(l, "node %d %d", &cpu, &node); err == nil {
			break
		}
	}
	links, _ := filepath.Glob(fmt.Sprintf("/sys/devices/system/cpu/cpu%d/node*", cpu))
	if len(links) != 1 || filepath.Base(links[0]) != fmt.Sprintf("node%d", node) {
		t.Errorf("cpu %d numaid %d; sysfs has %v", cpu, node, links)
	}
}

// path() is the path of the file the test looked at, through the
// kernel's bpf_d_path (fentry only: the qemu rig runs it), on
// security_inode_getattr, which stat(2) calls on every kernel. Not
// vfs_getattr: on Debian's 6.1 and 6.12 in the rig the probe attached
// and never fired for a stat (vfs_statx, in the same file, likely has
// it inlined); not filp_close: close(2) no longer calls it on 6.12.
func TestPathOfFile(t *testing.T) {
	requireRoot(t)
	requireFentry(t)
	file := filepath.Join(t.TempDir(), "ntrace-path-test")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tr, worker := eventScript(t, `fentry:security_inode_getattr /tid == $2/ { printf("path %s\n", path(args->path)); }`)
	worker.do(func() {
		var st unix.Stat_t
		unix.Stat(file, &st)
	})
	tr.waitLine(func(l string) bool { return l == "path "+file }, nil)
	tr.stop()
}

// kptr() and uptr() say which memory an address is read from: a system
// call's path, which is in user memory, reads through uptr() and not
// through kptr() (the kernel refuses a user address there).
func TestAddressSpaceAnnotations(t *testing.T) {
	requireRoot(t)
	path := filepath.Join(t.TempDir(), "ntrace-kptr")
	tr, worker := eventScript(t, `tracepoint:syscalls:sys_enter_openat /tid == $2/ {
  printf("open %s|%s|%s\n", str(args->filename), str(kptr(args->filename)), str(uptr(kptr(args->filename))));
}`)
	worker.do(func() { os.Open(path) })
	want := fmt.Sprintf("open %s||%s", path, path)
	tr.waitLine(func(l string) bool { return l == want }, nil)
	tr.stop()
}

// system() runs, with --unsafe, the command its format makes of a traced
// event's values and prints what it wrote, in order with printf: here the
// file the test wrote, named by the event's thread id. As JSON its output
// is a "syscall" message, as bpftrace's; without --unsafe the script is
// refused at the call.
func TestSystem(t *testing.T) {
	requireRoot(t)
	dir := t.TempDir()
	worker := newEventThread()
	t.Cleanup(worker.close)
	file := filepath.Join(dir, fmt.Sprintf("f%d", worker.tid))
	if err := os.WriteFile(file, []byte("contents of the file\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tr := start(t, ntraceBin, "--unsafe", "-e", readyProbe+fmt.Sprintf(`tracepoint:syscalls:sys_enter_getsid /tid == $2/ {
  printf("before\n"); system("cat %s/f%%d; echo tid=%%d", tid, tid); printf("after\n"); }`, dir), pidArg(), strconv.Itoa(worker.tid))
	tr.waitReady()
	worker.do(func() { unix.Getsid(0) })
	tr.waitLine(func(l string) bool { return l == "after" }, nil)
	tr.stop()
	if want := fmt.Sprintf("before\ncontents of the file\ntid=%d\nafter\n", worker.tid); !strings.Contains(tr.Stdout(), want) {
		t.Errorf("want %q in:\n%s", want, tr.Stdout())
	}

	out, code := runTool(t, ntraceBin, "--unsafe", "-q", "-f", "json", "-e", `BEGIN { system("echo a b c; echo %d >&2", 5); exit(); }`)
	if code != 0 || !strings.Contains(out, `{"type": "syscall", "data": "a b c\n"}`+"\n") || !strings.Contains(out, "5\n") {
		t.Errorf("-f json: exit %d:\n%s", code, out)
	}

	out, code = runTool(t, ntraceBin, "-e", `BEGIN { system("touch `+dir+`/ran"); }`)
	if _, err := os.Stat(dir + "/ran"); code != 1 || err == nil || !strings.Contains(out, "-e:1:9: error: system() runs a command on this host: it needs --unsafe") {
		t.Errorf("without --unsafe: exit %d, ran %v:\n%s", code, err == nil, out)
	}
}

// s[i] is a string's byte i, as a char: of the path a traced openat
// carried, at a constant index and at one the call's mode argument gave;
// past the string's capacity, 0. t[i] of a tuple, i a constant, is t.i.
func TestStringIndex(t *testing.T) {
	requireRoot(t)
	tr, worker := eventScript(t, `tracepoint:syscalls:sys_enter_openat /tid == $2/ {
  $p = str(args->filename); $i = args->mode; $far = $i + 100;
  printf("bytes %c %c %d %d\n", $p[0], $p[$i], $p[$far], "abc"[1]);
  $t = (tid, $p); printf("tuple %d %s\n", $t[0], $t[2 - 1]); }`)
	path := filepath.Join(t.TempDir(), "index-me")
	worker.do(func() { unix.Open(path, unix.O_RDONLY|unix.O_CREAT, 7) })
	line := tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "bytes ") }, nil)
	tuple := tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "tuple ") }, nil)
	tr.stop()
	if want := fmt.Sprintf("bytes %c %c 0 98", path[0], path[7]); line != want {
		t.Errorf("%q, want %q", line, want)
	}
	if want := fmt.Sprintf("tuple %d %s", worker.tid, path); tuple != want {
		t.Errorf("%q, want %q", tuple, want)
	}
}

// delete() says whether it removed an element: on the second of two
// traced calls of the test's thread, the element the first call stored
// is there to delete once, then no more; a keyless map's value too. The
// maps printed at exit show what is left.
func TestDeleteSaysWhetherItDeleted(t *testing.T) {
	requireRoot(t)
	tr, worker := eventScript(t, `tracepoint:syscalls:sys_enter_getsid /tid == $2/ {
  if (@calls == 0) { @seen[tid] = 1; @last = tid; @keep[tid] = 2; }
  else { printf("deleted %d %d %d %d\n", delete(@seen, tid), delete(@seen[tid]), delete(@last), delete(@last)); }
  @calls++; }`)
	worker.do(func() { unix.Getsid(0); unix.Getsid(0) })
	line := tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "deleted ") }, nil)
	tr.stop()
	if line != "deleted 1 0 1 0" {
		t.Errorf("%q, want deleted 1 0 1 0", line)
	}
	out := tr.Stdout()
	if !strings.Contains(out, fmt.Sprintf("@keep[%d]: 2\n", worker.tid)) || strings.Contains(out, "@seen[") || strings.Contains(out, "@last:") {
		t.Errorf("maps at exit:\n%s", out)
	}
}

// buf() of a char array in memory is its bytes as they lie, past a NUL
// too: an abstract Unix socket's name starts with one, and the test
// connects to such a name.
func TestBufOfCharArrayKeepsBytesPastNUL(t *testing.T) {
	requireRoot(t)
	tr, worker := eventScript(t, `tracepoint:syscalls:sys_enter_connect /tid == $2/ {
  $sa = (struct sockaddr_un *)args->uservaddr; printf("sun %rh\n", buf($sa->sun_path, 8)); }`)
	worker.do(func() {
		fd, err := unix.Socket(unix.AF_UNIX, unix.SOCK_STREAM, 0)
		if err != nil {
			return
		}
		unix.Connect(fd, &unix.SockaddrUnix{Name: "@ntrace-buf-test"}) // refused: nobody listens
		unix.Close(fd)
	})
	line := tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "sun ") }, nil)
	tr.stop()
	if want := fmt.Sprintf("sun % x", append([]byte{0}, "ntrace-"...)); line != want {
		t.Errorf("%q, want %q", line, want)
	}
}

// A char array holds as many chars as it has bytes: a Unix socket path of
// all 108 bytes of sun_path has no NUL, and prints whole.
func TestCharArrayWithoutNUL(t *testing.T) {
	requireRoot(t)
	tr, worker := eventScript(t, `tracepoint:syscalls:sys_enter_connect /tid == $2/ {
  $sa = (struct sockaddr_un *)args->uservaddr; printf("path %s\n", $sa->sun_path); }`)
	path := "/tmp/" + strings.Repeat("p", 108-len("/tmp/"))
	worker.do(func() {
		fd, err := unix.Socket(unix.AF_UNIX, unix.SOCK_STREAM, 0)
		if err != nil {
			return
		}
		// By hand: Go's Connect wants room for a NUL.
		var sa unix.RawSockaddrUnix
		sa.Family = unix.AF_UNIX
		for i := range path {
			sa.Path[i] = int8(path[i])
		}
		unix.Syscall(unix.SYS_CONNECT, uintptr(fd), uintptr(unsafe.Pointer(&sa)), unsafe.Sizeof(sa)) // refused: no such socket
		unix.Close(fd)
	})
	line := tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "path ") }, nil)
	tr.stop()
	if line != "path "+path {
		t.Errorf("%q, want the whole %d-byte path", line, len(path))
	}
}

// _ = expr runs expr for what it does and drops its value: a block that
// counts each traced call of the test's thread, which makes two. hist(n,
// 0) is hist(n): the thread id lands in the same power-of-two bucket.
func TestDiscardAssignment(t *testing.T) {
	requireRoot(t)
	tr, worker := eventScript(t, `tracepoint:syscalls:sys_enter_getsid /tid == $2/ { _ = { @calls = count(); tid }; _ = str(comm); @h0 = hist(tid, 0); @h = hist(tid); }`)
	worker.do(func() { unix.Getsid(0); unix.Getsid(0) })
	tr.stop()
	out := tr.Stdout()
	if !strings.Contains(out, "@calls: 2\n") {
		t.Errorf("want @calls: 2 in:\n%s", out)
	}
	lo := 1
	for lo*2 <= worker.tid {
		lo *= 2
	}
	bucket := regexp.MustCompile(`(?m)^\[(\d+[KMG]?), (\d+[KMG]?)\)\s+2 \|`).FindAllStringSubmatch(out, -1)
	if len(bucket) != 2 || bucket[0][0] != bucket[1][0] {
		t.Errorf("want the same bucket holding 2 in @h and @h0 (tid %d, in [%d, %d)):\n%s", worker.tid, lo, 2*lo, out)
	}
}

// macaddr() prints 6 bytes as a MAC address: the link-layer address the
// test gives sendto() on a packet socket (an interface that does not
// exist: nothing is sent), printed and used as a map key.
func TestMacaddr(t *testing.T) {
	requireRoot(t)
	tr, worker := eventScript(t, `tracepoint:syscalls:sys_enter_sendto /tid == $2/ {
  $ll = (struct sockaddr_ll *)args->addr; printf("mac %s\n", macaddr($ll->sll_addr)); @macs[macaddr($ll->sll_addr)] = count(); }`)
	mac := [8]byte{0x02, 0x1a, 0x2b, 0x3c, 0x4d, 0xfe, 0x77, 0x88}
	worker.do(func() {
		fd, err := unix.Socket(unix.AF_PACKET, unix.SOCK_DGRAM, 0)
		if err != nil {
			return
		}
		unix.Sendto(fd, []byte{1}, 0, &unix.SockaddrLinklayer{Ifindex: 0x7fffff00, Halen: 6, Addr: mac}) // no such interface
		unix.Close(fd)
	})
	line := tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "mac ") }, nil)
	tr.stop()
	want := net.HardwareAddr(mac[:6]).String()
	if line != "mac "+want || !strings.Contains(tr.Stdout(), "@macs["+want+"]: 1\n") {
		t.Errorf("want mac %s:\n%s", want, tr.Stdout())
	}
}
