package e2e

import (
	"fmt"
	"regexp"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"

	"golang.org/x/sys/unix"
)

// TestNewKeysExactAcrossCPUs proves that an aggregation loses no event
// when two CPUs meet a new key at once: both miss it, both insert it, the
// kernel refuses the second insert (EEXIST), and that CPU must go back
// and add to the element the other made. Two threads pinned to two CPUs
// close, in lockstep, the same file descriptors, which do not exist, so
// each key arrives on both CPUs at about the same moment. Every key must
// end counted twice, by count(), sum(), ++ and +=, in per-CPU maps (the
// default) and in shared ones (a map size past codegen.PerCPULimit), with
// no update reported dropped. A read-then-write copy of the count shows
// how often the two CPUs did overlap: a key it counted once was read
// missing by both.
func TestNewKeysExactAcrossCPUs(t *testing.T) {
	requireRoot(t)
	if runtime.NumCPU() < 2 {
		t.Skip("needs two CPUs")
	}
	const keys, base = 3000, 1000000
	script := fmt.Sprintf(`tracepoint:syscalls:sys_enter_close /pid == $1 && args->fd >= %d/ {
  @counts[args->fd] = count();
  @sums[args->fd] = sum(2);
  @incs[args->fd]++;
  @adds[args->fd] += 3;
  $r = @racy[args->fd];
  @racy[args->fd] = $r + 1;
}
`, base) + readyProbe
	for _, size := range []string{"16384", "16385"} {
		t.Run("map-size="+size, func(t *testing.T) {
			tr := ntrace(t, script, pidArg(), "--map-size", size)
			tr.waitReady()
			closeInLockstep(t, base, keys)
			tr.stop()
			out, errs := tr.Stdout(), tr.Stderr()
			for _, want := range []struct {
				m     string
				value int
			}{{"@counts", 2}, {"@sums", 4}, {"@incs", 2}, {"@adds", 6}} {
				got := regexp.MustCompile(`(?m)^`+want.m+`\[(\d+)\]: (\d+)$`).FindAllStringSubmatch(out, -1)
				if len(got) != keys {
					t.Errorf("%s has %d keys, want the %d closed", want.m, len(got), keys)
				}
				for _, g := range got {
					if v, _ := strconv.Atoi(g[2]); v != want.value {
						t.Errorf("%s[%s] = %d, want %d: the key was closed once on each CPU", want.m, g[1], v, want.value)
						break
					}
				}
			}
			if regexp.MustCompile(`dropped|is full`).MatchString(errs) {
				t.Errorf("updates reported dropped:\n%s", errs)
			}
			once := len(regexp.MustCompile(`(?m)^@racy\[\d+\]: 1$`).FindAllString(out, -1))
			t.Logf("read-then-write: %d of %d keys read missing on both CPUs at once", once, keys)
		})
	}
}

// closeInLockstep has two threads, pinned to CPUs 0 and 1, close fds
// base to base+n-1 (none open), each waiting for the other before the
// next, so that the same fd is closed on both CPUs at about the same time.
func closeInLockstep(t *testing.T, base, n int) {
	var done [2]atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for cpu := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			onCPU(cpu, func() {
				for i := range n {
					if err := unix.Close(base + i); err != unix.EBADF {
						select {
						case errs <- fmt.Errorf("close(%d) = %v, want EBADF", base+i, err):
						default:
						}
					}
					done[cpu].Store(int64(i + 1))
					for done[1-cpu].Load() < int64(i+1) {
						runtime.Gosched()
					}
				}
			})
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}
