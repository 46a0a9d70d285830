package e2e

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// histPhasesCase counts the offsets of lseek calls the test makes into
// keyless hist and lhist maps (kept by ntrace in per-CPU arrays with a
// slot per bucket) in three phases, printing and emptying them between
// phases as an interval probe would: zero() keeps a map's entry with no
// counts and clear() drops it, a map zeroed before anything was counted
// in it prints nothing, and what is counted after zero() or clear()
// starts from nothing. Values cover every kind of bucket: negative (an
// lseek the kernel refuses, traced all the same), zero, one, log2
// buckets up to 2^28 (bpftrace 0.17 draws those from 2^32 on wrong),
// and both sides of lhist's range; and values whose form bounds them
// (a mask, a shift, a narrow type), whose buckets ntrace finds in fewer
// steps. The offset is cast: the tracepoint's
// format says off_t is unsigned, where bpftrace takes it as signed.
func histPhasesCase() diffCase {
	return diffCase{name: "keyless hist and lhist across zero and clear", script: `
tracepoint:syscalls:sys_enter_lseek /tid == $2/ {
  $o = (int64)args->offset;
  @h = hist($o); @l = lhist($o, 0, 100, 10); @s = hist($o * 3);
  @mask = hist($o & 0xffff); @shift = hist(($o & 0xfffffff) >> 4); @u16 = hist((uint16)$o); @u8 = hist((uint8)$o & 7);
  if ($o == 424242) { @never = hist(1); @neverl = lhist(1, 0, 10, 1); }
}
tracepoint:syscalls:sys_enter_getpgid /tid == $2/ {
  if (args->pid == 1) { printf("phase 1\n"); print(@h); print(@l); zero(@h); clear(@l); zero(@never); clear(@s); }
  if (args->pid == 2) { printf("phase 2\n"); print(@h); print(@l); clear(@h); zero(@l); zero(@neverl); zero(@never); }
}`, events: func(t *testing.T) {
		f, err := os.Create(filepath.Join(t.TempDir(), "seek"))
		if err != nil {
			t.Error(err)
			return
		}
		defer f.Close()
		fd := int(f.Fd())
		seek := func(offsets ...int64) {
			for _, off := range offsets {
				unix.Seek(fd, off, 0)
			}
		}
		// Each phase ends with a getpgid that has both tracers print and
		// empty the maps, which they do in user space: the next phase's
		// events wait until they have.
		phase := func(n int) {
			unix.Getpgid(n)
			time.Sleep(300 * time.Millisecond)
		}
		seek(0, 1, 1, 5, 9, 10, 99, 100, 1000, 70, 1<<28, 1<<20, -1, -1<<28)
		phase(1)
		seek(3, 3, 250, 0, 55, 1<<20)
		phase(2)
		seek(7, 64, 65, 120)
	}}
}
