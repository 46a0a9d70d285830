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
// probe, on exceptions:page_fault_kernel (attached as tp_btf, guarded by
// the program's own active count), reads user address 8: the read faults
// in kernel mode and fires the tracepoint again inside the program's run,
// where the kernel skips it and counts the run in its recursion_misses.
// A thread of the test's reads /dev/zero into fresh pages, a kernel-mode
// fault each: every one is one run and one skipped run. The truth is what
// the test did and the kernel's own count, read from bpf_prog_info of
// ntrace's programs before ntrace exits.
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
		}
	}
	var kernel uint64
	for _, id := range ownPrograms(t, tr.cmd.Process.Pid) {
		p, err := ebpf.NewProgramFromID(id)
		if err != nil {
			t.Fatalf("opening ntrace's program %d: %v", id, err)
		}
		st, err := p.Stats()
		p.Close()
		if err != nil {
			t.Fatalf("reading program %d's stats: %v", id, err)
		}
		kernel += st.RecursionMisses
	}
	tr.stop()
	if kernel != 2*pages {
		t.Errorf("the kernel counted %d skipped runs of ntrace's programs; the test faulted %d pages in from the kernel\nstdout:\n%s", kernel, 2*pages, tr.Stdout())
	}
	// Reported once a second as they happen, and at exit with the total.
	re := regexp.MustCompile(`ntrace: warning: (\S+) \(line (\d+)\) did not run (\d+) times?( in all)?: the kernel skipped it while a BPF program was already running on its CPU`)
	var reported, total uint64
	for _, m := range re.FindAllStringSubmatch(tr.Stderr(), -1) {
		if m[1] != "rawtracepoint:page_fault_kernel" || m[2] != "2" {
			t.Errorf("a warning about %s (line %s), want rawtracepoint:page_fault_kernel (line 2)", m[1], m[2])
		}
		n, _ := strconv.ParseUint(m[3], 10, 64)
		if m[4] != "" {
			total = n
		} else {
			reported += n
		}
	}
	if reported != kernel || total != kernel {
		t.Errorf("ntrace reported %d skipped runs (a total of %d), the kernel counted %d\nstderr:\n%s", reported, total, kernel, tr.Stderr())
	}
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
