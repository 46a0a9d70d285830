package e2e

import (
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cilium/ebpf"
)

// A probe the kernel skips is reported with the kernel's count. The
// probe, on exceptions:page_fault_kernel (a raw tracepoint, plain or
// tp_btf alike guarded by the program's own active count), reads user address 8: the read faults
// in kernel mode and fires the tracepoint again inside the program's run,
// where the kernel skips it and counts the run in its recursion_misses.
// A thread of the test's reads /dev/zero into fresh pages, a kernel-mode
// fault each: every one is one run, and as many skipped runs as its read
// faults. The truth is what the test did and the kernel's own count, read
// from bpf_prog_info of ntrace's programs before ntrace exits.
func TestRecursionMisses(t *testing.T) {
	requireTracepoint(t, "exceptions", "page_fault_kernel")
	// Before 6.0 a raw tracepoint's program is not guarded against
	// running inside itself (the guard came with commit 05b24ff9b2cf):
	// this probe would recurse until the kernel's stack overflowed.
	if !kernelAtLeast(t, 6, 0) {
		t.Skip("before Linux 6.0 the kernel does not keep a raw tracepoint's program from running inside itself")
	}
	const pages = 25
	start, done := make(chan struct{}), make(chan error)
	tids := make(chan int)
	go faultThread(tids, start, done, pages)
	tid := <-tids
	if tid == 0 {
		t.Fatal(<-done)
	}
	tr := ntrace(t, readyProbe+`rawtracepoint:page_fault_kernel /tid == $2/ { @runs = count(); @v = *(uint64*)uptr(8); }
`, strconv.Itoa(syscall.Getpid()), strconv.Itoa(tid))
	tr.waitReady()
	// Two rounds: the first is reported while the run goes on, the second
	// at exit, with the total.
	for round := range 2 {
		start <- struct{}{}
		if err := <-done; err != nil {
			tr.stop()
			t.Fatal(err)
		}
		if round == 0 {
			deadline := time.Now().Add(10 * time.Second)
			for !strings.Contains(tr.Stderr(), "did not run") && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}
			if !strings.Contains(tr.Stderr(), "did not run") {
				t.Errorf("no skipped runs reported while the run went on\nstderr:\n%s", tr.Stderr())
			}
		}
	}
	kernel := recursionMisses(t, tr.cmd.Process.Pid)
	tr.stop()
	// Each of the test's faults is one run; the run's read faults as
	// often on every run: once on the 6.18 host, twice on the 6.1 and
	// 6.12 guests (how the kernel's copy recovers from a fault depends on
	// the CPU's string instructions).
	if kernel == 0 || kernel%(2*pages) != 0 {
		t.Errorf("the kernel counted %d skipped runs of ntrace's programs; the test faulted %d pages in from the kernel, and each run should be skipped as often\nstdout:\n%s", kernel, 2*pages, tr.Stdout())
	}
	checkMissedWarnings(t, tr.Stderr(), "rawtracepoint:page_fault_kernel", "2", kernel)
}

// faultThread locks its goroutine to a thread, sends its thread ID, and
// each time start says so reads /dev/zero into n fresh pages (the pages
// mapped and the file opened before: nothing faults in kernel mode on the
// thread but these reads), the kernel faulting each in as it writes to
// it; then it says so on done. It never unlocks: the thread ends with the
// goroutine.
func faultThread(tids chan<- int, start <-chan struct{}, done chan<- error, n int) {
	runtime.LockOSThread()
	pg := syscall.Getpagesize()
	mem, err := syscall.Mmap(-1, 0, 2*n*pg, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANONYMOUS)
	if err != nil {
		tids <- 0
		done <- err
		return
	}
	defer syscall.Munmap(mem)
	fd, err := syscall.Open("/dev/zero", syscall.O_RDONLY, 0)
	if err != nil {
		tids <- 0
		done <- err
		return
	}
	defer syscall.Close(fd)
	tids <- syscall.Gettid()
	for i := range 2 * n {
		if i%n == 0 {
			<-start
		}
		if _, err := syscall.Read(fd, mem[i*pg:(i+1)*pg]); err != nil {
			done <- err
			return
		}
		if i%n == n-1 {
			done <- nil
		}
	}
}

// The same for a probe on a kernel function, each way it attaches: a
// tracepoint's program reads user memory through copy_from_user_nofault,
// where the probe is. As a kprobe, the kernel skips it inside the
// tracepoint's program (bpf_prog_active; counted from 6.7 on, before
// which the kernel counts nothing and ntrace has nothing to say); as
// fentry it runs, and its own read of user memory is skipped inside it
// (the program's active count). Either way each getpgid of the test's is
// one skipped run.
func TestRecursionMissesFunction(t *testing.T) {
	for _, c := range []struct {
		name    string
		require func(*testing.T)
		flags   []string
		counted bool // whether this kernel counts the skipped runs
	}{
		{"fentry", requireFentry, nil, true},
		{"kprobe", requireKprobes, []string{"--no-fentry"}, kernelAtLeast(t, 6, 7)},
	} {
		t.Run(c.name, func(t *testing.T) {
			c.require(t)
			requireTracepoint(t, "syscalls", "sys_enter_getpgid")
			const calls = 20
			tr := ntrace(t, readyProbe+`tracepoint:syscalls:sys_enter_getpgid /pid == $1/ { @outer = count(); $x = *(uint64*)uptr(8); }
kprobe:copy_from_user_nofault /pid == $1/ { @inner = count(); $y = *(uint64*)uptr(16); }
`, append([]string{strconv.Itoa(syscall.Getpid())}, c.flags...)...)
			tr.waitReady()
			for range calls {
				syscall.Getpgid(0)
			}
			kernel := recursionMisses(t, tr.cmd.Process.Pid)
			tr.stop()
			want := uint64(calls)
			if !c.counted {
				want = 0
			}
			if kernel != want {
				t.Errorf("the kernel counted %d skipped runs of ntrace's programs, want %d: one for each getpgid of the test's\nstdout:\n%s\nstderr:\n%s", kernel, want, tr.Stdout(), tr.Stderr())
			}
			checkMissedWarnings(t, tr.Stderr(), "kprobe:copy_from_user_nofault", "3", kernel)
		})
	}
}

// recursionMisses is the kernel's count of the skipped runs of the
// programs the ntrace process pid loaded, from their bpf_prog_info.
func recursionMisses(t *testing.T, pid int) uint64 {
	t.Helper()
	var n uint64
	for _, id := range ownPrograms(t, pid) {
		p, err := ebpf.NewProgramFromID(id)
		if err != nil {
			t.Fatalf("opening ntrace's program %d: %v", id, err)
		}
		st, err := p.Stats()
		p.Close()
		if err != nil {
			t.Fatalf("reading program %d's stats: %v", id, err)
		}
		n += st.RecursionMisses
	}
	return n
}

// checkMissedWarnings checks that ntrace's warnings about skipped runs,
// reported as they happen and at exit with the total when there were
// more than one report, name only probe at line and add up to kernel.
func checkMissedWarnings(t *testing.T, stderr, probe, line string, kernel uint64) {
	t.Helper()
	re := regexp.MustCompile(`ntrace: warning: (\S+) \(line (\d+)\) did not run (\d+) times?( in all)?: the kernel skipped it while a BPF program was already running on its CPU`)
	var reported, total uint64
	reports := 0
	for _, m := range re.FindAllStringSubmatch(stderr, -1) {
		if m[1] != probe || m[2] != line {
			t.Errorf("a warning about %s (line %s), want %s (line %s)", m[1], m[2], probe, line)
		}
		n, _ := strconv.ParseUint(m[3], 10, 64)
		if m[4] != "" {
			total = n
		} else {
			reported += n
			reports++
		}
	}
	if reports > 1 && total != kernel || reports <= 1 && total != 0 || reported != kernel {
		t.Errorf("ntrace reported %d skipped runs in %d reports (a total of %d), the kernel counted %d\nstderr:\n%s", reported, reports, total, kernel, stderr)
	}
}
