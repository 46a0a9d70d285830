package e2e

import (
	"fmt"
	"regexp"
	"runtime"
	"strconv"
	"sync"
	"testing"

	"golang.org/x/sys/unix"
)

// TestFetchAddExactAcrossCPUs proves that x++ on a map element is one
// atomic fetch-and-add: two threads pinned to two CPUs close file
// descriptors that do not exist as fast as they can, at the same time, and
// each close takes a number with $old = @c[1]++. Every number from 0 to
// the count of closes the test made must be taken exactly once (no two
// closes see the same old value, none is skipped), and @c ends at that
// count. The same closes also take a number the way a script without ++
// as a value had to (read, then write the read value plus one), which two
// CPUs at once can both take: the test reports how often they did, to
// show the closes did overlap.
func TestFetchAddExactAcrossCPUs(t *testing.T) {
	requireRoot(t)
	if runtime.NumCPU() < 2 {
		t.Skip("needs two CPUs")
	}
	const perCPU, base = 20000, 1000000
	const total = 2 * perCPU
	script := fmt.Sprintf(`tracepoint:syscalls:sys_enter_close /pid == $1 && args->fd >= %d/ {
  $old = @c[1]++;
  if (@seen[$old]++ != 0) { @dup = count(); }
  if ($old >= %d) { @outside = count(); }
  @closes = count();
  @cpus[cpu] = count();
  $r = @racy[1];
  @racy[1] = $r + 1;
  if (@racyseen[$r]++ != 0) { @racydup = count(); }
}
END { clear(@seen); clear(@racyseen); }
`, base, total) + readyProbe
	tr := ntrace(t, script, pidArg(), "--map-size", "65536")
	tr.waitReady()

	start := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for cpu := 0; cpu < 2; cpu++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			onCPU(cpu, func() {
				<-start
				for i := 0; i < perCPU; i++ {
					if err := unix.Close(base + cpu*perCPU + i); err != unix.EBADF {
						errs <- fmt.Errorf("close(%d) = %v, want EBADF", base+cpu*perCPU+i, err)
						return
					}
				}
			})
		}()
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	tr.stop()
	out := tr.Stdout()
	value := func(name string) int {
		m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + `: (-?\d+)$`).FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("no %s in the output:\n%s\nstderr:\n%s", name, out, tr.Stderr())
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	if got := value("@closes"); got != total {
		t.Fatalf("the probe ran %d times for the %d closes the test made\nstderr:\n%s", got, total, tr.Stderr())
	}
	if cpus := regexp.MustCompile(`(?m)^@cpus\[\d+\]: \d+$`).FindAllString(out, -1); len(cpus) != 2 {
		t.Fatalf("the closes ran on %d CPUs (%v), want 2", len(cpus), cpus)
	}
	if c, dup, outside := value("@c[1]"), value("@dup"), value("@outside"); c != total || dup != 0 || outside != 0 {
		t.Errorf("@c[1]++ over %d closes on two CPUs: @c[1] ends at %d, %d old values seen twice, %d outside 0..%d; want %d, 0, 0",
			total, c, dup, outside, total-1, total)
	}
	t.Logf("read-then-write instead: @racy[1] ends at %d of %d, %d values taken twice", value("@racy[1]"), total, value("@racydup"))
}
