package e2e

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// longPath is a path of exactly n bytes under dir, made of directory
// names no longer than a file name may be; it does not exist.
func longPath(dir string, n int) string {
	p := dir
	for i := 0; len(p) < n; i++ {
		seg := strings.Repeat(string(rune('a'+i%26)), min(200, n-len(p)-1))
		p += "/" + seg
	}
	return p
}

// bigEventPrintf is the printf of TestBigStringEvent: one event carrying
// the 400-byte path and two stacks.
const bigEventPrintf = `printf("path %s|%s%s\n", str(args->filename, 512), kstack, ustack)`

// A 400-byte string read from user memory with str() arrives whole in one
// printf event with the kernel and user stacks, and serves as a map key,
// through either transport: the event is filled in place in the ring
// buffer or built in the per-CPU scratch area for the perf buffers, and
// the 512-byte key is built in the scratch area, where the 512-byte BPF
// stack could not hold it.
func TestBigStringEvent(t *testing.T) {
	requireRoot(t)
	path := longPath(t.TempDir(), 400)
	if len(path) != 400 {
		t.Fatalf("path of %d bytes, want 400", len(path))
	}
	const opens = 3
	script := `tracepoint:syscalls:sys_enter_openat /pid == $1/ {
	` + bigEventPrintf + `;
	@paths[str(args->filename, 512)] = count();
}
` + readyProbe
	for _, tp := range transports {
		t.Run(tp.name, func(t *testing.T) {
			tr := ntrace(t, script, append([]string{pidArg()}, tp.args...)...)
			tr.waitReady()
			for i := 0; i < opens; i++ {
				if _, err := os.Open(path); err == nil {
					t.Fatalf("opening %s succeeded", path)
				}
			}
			tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "path "+path) }, nil)
			tr.stop()
			printed := 0
			for _, ev := range strings.Split(tr.Stdout(), "path ")[1:] {
				lines := strings.Split(ev, "\n")
				if lines[0] != path+"|" {
					continue
				}
				printed++
				// The kernel stack (empty at a syscall tracepoint on 6.1)
				// and the user stack: this test's frames, by name or
				// address.
				if !strings.Contains(ev, "e2e.TestBigStringEvent") && !strings.Contains(ev, "\t0x") && !strings.Contains(ev, " 0x") {
					t.Errorf("event without a user stack:\npath %s", ev)
				}
			}
			if printed != opens {
				t.Errorf("%d events with the whole path, want %d\nstdout:\n%s\nstderr:\n%s", printed, opens, tr.Stdout(), tr.Stderr())
			}
			want := "@paths[" + path + "]: " + strconv.Itoa(opens)
			if !strings.Contains(tr.Stdout(), want+"\n") {
				t.Errorf("no %q in the maps:\n%s", want, mapSection(tr.Stdout()))
			}
		})
	}
}

// str() reads at most 1023 bytes; asking for more is an error at the
// length, with a way to read longer strings.
func TestStrLimit(t *testing.T) {
	out, code := runTool(t, ntraceBin, "-e", `tracepoint:syscalls:sys_enter_openat { printf("%s\n", str(args->filename, 2000)); }`)
	want := `-e:1:75: error: str()'s length must be from 1 to 1023; read a longer string in pieces, e.g. str(p, 1023) and str(p + 1023, 1023)`
	if code != 1 || !strings.Contains(out, want) {
		t.Errorf("exit code %d, output:\n%s\nwant %s", code, out, want)
	}
}

// Events print in the order they happened, across CPUs: two threads on
// different CPUs take turns closing the fds 1000000, 1000001, … (which do
// not exist), each waiting for the other's close to return, so the events
// happen in that order. Through perf buffers, each CPU's events arrive in
// its own buffer, and only merging by time puts them back in order.
func TestEventsInTimeOrder(t *testing.T) {
	requireRoot(t)
	if runtime.NumCPU() < 2 {
		t.Skip("needs two CPUs")
	}
	const n, base = 2000, 1000000
	script := fmt.Sprintf(`tracepoint:syscalls:sys_enter_close /pid == $1 && args->fd >= %d/ { printf("close %%d cpu %%d\n", args->fd - %d, cpu); }
`, base, base) + readyProbe
	for _, tp := range transports {
		t.Run(tp.name, func(t *testing.T) {
			tr := ntrace(t, script, append([]string{pidArg()}, tp.args...)...)
			tr.waitReady()
			pingPong(t, n, func(i int) { unix.Close(base + i) })
			tr.waitLine(func(l string) bool { return strings.HasPrefix(l, fmt.Sprintf("close %d ", n-1)) }, nil)
			tr.stop()
			next, cpus := 0, map[string]bool{}
			for _, line := range strings.Split(tr.Stdout(), "\n") {
				f := strings.Fields(line)
				if len(f) != 4 || f[0] != "close" {
					continue
				}
				i, _ := strconv.Atoi(f[1])
				if i != next {
					t.Fatalf("close %d printed where close %d was due\nstdout:\n%s", i, next, tr.Stdout())
				}
				next++
				cpus[f[3]] = true
			}
			if next != n || len(cpus) != 2 {
				t.Errorf("%d events on CPUs %v, want %d on two CPUs", next, cpus, n)
			}
		})
	}
}

// pingPong calls f(0), f(1), … f(n-1) alternately on two threads pinned
// to CPUs 0 and 1, each call starting after the previous one returned.
func pingPong(t *testing.T, n int, f func(i int)) {
	t.Helper()
	turn := [2]chan int{make(chan int), make(chan int)}
	done := make(chan error, 2)
	for cpu := 0; cpu < 2; cpu++ {
		go func() {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			var set unix.CPUSet
			set.Set(cpu)
			if err := unix.SchedSetaffinity(0, &set); err != nil {
				done <- fmt.Errorf("pinning to CPU %d: %w", cpu, err)
				return
			}
			for i := range turn[cpu] {
				if i < n {
					f(i)
				}
				if i+1 >= n {
					close(turn[1-cpu])
					done <- nil
					return
				}
				turn[1-cpu] <- i + 1
			}
			done <- nil
		}()
	}
	turn[0] <- 0
	for range 2 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}
