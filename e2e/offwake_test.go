package e2e

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// The offwaketime tests trace a helper process: this test binary run
// again with $NTRACE_E2E_OFFWAKE set to "N DELAY" (DELAY in ns). It has
// two threads, owreader and owwriter, and a pipe. Once a line arrives on
// its stdin, owreader reads the pipe a byte at a time, N times, blocking
// each time in pipe_read; owwriter writes a byte at each of N deadlines
// DELAY apart (absolute ones, so a late wakeup does not push the next
// one back), waking it through pipe_write. The reader's blocked time
// thus adds up to N × DELAY, give or take one wakeup's latency. The
// helper prints "done US", the time the reader itself measured inside
// read(), and stays alive until its stdin closes, so that its user
// stacks can still be named.
const offwakeHelperEnv = "NTRACE_E2E_OFFWAKE"

func init() {
	v := os.Getenv(offwakeHelperEnv)
	if v == "" {
		return
	}
	var n, depth int
	var delay time.Duration
	if _, err := fmt.Sscanf(v, "%d %d %d", &n, &delay, &depth); err != nil {
		fmt.Fprintln(os.Stderr, "offwake helper:", err)
		os.Exit(2)
	}
	runOffwakeHelper(n, delay, depth)
}

// offwakeHelpers counts the helpers started, each one's depth (see
// nested).
var offwakeHelpers atomic.Int64

// nested calls f under depth more frames of its own. Each helper runs its
// reader and writer that much deeper than the one before: their user
// stacks are then new stacks, hashed anew in the stack map. Without it
// the same test binary records the same stacks at the same addresses in
// every run, and a stack that collided with another in the map's hash
// collided in every retry as well.
//
//go:noinline
func nested(depth int, f func()) {
	if depth <= 0 {
		f()
		return
	}
	nested(depth-1, f)
}

func runOffwakeHelper(n int, delay time.Duration, depth int) {
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil { // blocking, unlike os.Pipe's
		fmt.Fprintln(os.Stderr, "offwake helper:", err)
		os.Exit(2)
	}
	ready := make(chan struct{})
	startReader, startWriter := make(chan struct{}), make(chan int64)
	measured := make(chan time.Duration)
	go func() {
		runtime.LockOSThread()
		setThreadName("owreader")
		ready <- struct{}{}
		<-startReader
		nested(depth, func() { measured <- offwakeReaderLoop(p[0], n) })
	}()
	go func() {
		runtime.LockOSThread()
		setThreadName("owwriter")
		ready <- struct{}{}
		start := <-startWriter
		nested(depth, func() { offwakeWriterLoop(p[1], n, start, delay) })
	}()
	<-ready
	<-ready
	fmt.Println("ready")
	in := bufio.NewReader(os.Stdin)
	in.ReadString('\n')
	var now unix.Timespec
	unix.ClockGettime(unix.CLOCK_MONOTONIC, &now)
	startReader <- struct{}{}
	startWriter <- now.Nano()
	fmt.Printf("done %d\n", (<-measured).Microseconds())
	io.Copy(io.Discard, in)
	os.Exit(0)
}

// setThreadName names the calling thread (its comm).
func setThreadName(name string) {
	b := append([]byte(name), 0)
	unix.Syscall(unix.SYS_PRCTL, unix.PR_SET_NAME, uintptr(unsafe.Pointer(&b[0])), 0)
}

// offwakeReaderLoop reads fd n times, one byte each, and returns the time
// spent inside read().
//
//go:noinline
func offwakeReaderLoop(fd, n int) time.Duration {
	var total time.Duration
	buf := make([]byte, 1)
	for i := 0; i < n; i++ {
		t0 := time.Now()
		syscall.Read(fd, buf)
		total += time.Since(t0)
	}
	return total
}

// offwakeWriterLoop writes a byte to fd at start+delay, start+2×delay, …
// (CLOCK_MONOTONIC nanoseconds).
//
//go:noinline
func offwakeWriterLoop(fd, n int, start int64, delay time.Duration) {
	for i := 1; i <= n; i++ {
		deadline := unix.NsecToTimespec(start + int64(i)*int64(delay))
		for unix.ClockNanosleep(unix.CLOCK_MONOTONIC, unix.TIMER_ABSTIME, &deadline, nil) == unix.EINTR {
		}
		syscall.Write(fd, []byte{1})
	}
}

// offwakeHelper is a running helper.
type offwakeHelper struct{ *helperProcess }

func startOffwakeHelper(t *testing.T, bin string, n int, delay time.Duration) *offwakeHelper {
	t.Helper()
	// No signals from Go's scheduler to interrupt the reads.
	h := &offwakeHelper{startHelperProcess(t, bin, fmt.Sprintf("%s=%d %d %d", offwakeHelperEnv, n, delay.Nanoseconds(), offwakeHelpers.Add(1)), "GODEBUG=asyncpreemptoff=1")}
	if line, err := h.out.ReadString('\n'); err != nil || line != "ready\n" {
		t.Fatalf("offwake helper: %q, %v", line, err)
	}
	return h
}

// run lets the reader and writer go and returns the microseconds the
// reader measured inside read().
func (h *offwakeHelper) run(t *testing.T) int64 {
	t.Helper()
	io.WriteString(h.stdin, "go\n")
	line, err := h.out.ReadString('\n')
	var us int64
	if _, serr := fmt.Sscanf(line, "done %d\n", &us); err != nil || serr != nil {
		t.Fatalf("offwake helper: %q, %v", line, err)
	}
	return us
}

// traceOffwake runs offwaketime with args on a helper started from bin
// while the helper's reader and writer do their work, and returns what
// it printed and the microseconds the reader measured. The output is
// logged if the test fails.
func traceOffwake(t *testing.T, bin string, args ...string) (string, int64) {
	t.Helper()
	h := startOffwakeHelper(t, bin, offwakeN, offwakeDelay)
	tr := recipe(t, "offwaketime", append([]string{"-D", "PID=" + h.pid()}, args...)...)
	tr.waitAttached()
	measured := h.run(t)
	tr.stop()
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("stdout:\n%s\nstderr:\n%s", tr.Stdout(), tr.Stderr())
		}
	})
	return tr.Stdout(), measured
}

// offwakeEntry is one entry of @offwake in text output: the wakee's name
// and stack, the waker's stack and name, the microseconds.
type offwakeEntry struct {
	wakee, wakeeStack, wakerStack, waker string
	us                                   int64
}

var offwakeEntryRE = regexp.MustCompile(`(?ms)^@offwake\[(.*?)\]: (\d+)$`)

func parseOffwake(t *testing.T, out string) []offwakeEntry {
	t.Helper()
	var es []offwakeEntry
	for _, m := range offwakeEntryRE.FindAllStringSubmatch(out, -1) {
		wakee, waker, ok := strings.Cut(m[1], ", --, ")
		if !ok {
			t.Fatalf("@offwake key without the -- separator: %q", m[1])
		}
		var e offwakeEntry
		e.wakee, e.wakeeStack, _ = strings.Cut(wakee, ", ")
		if i := strings.LastIndex(waker, ", "); i >= 0 {
			e.wakerStack, e.waker = waker[:i], waker[i+2:]
		}
		e.us, _ = strconv.ParseInt(m[2], 10, 64)
		es = append(es, e)
	}
	return es
}

// within reports whether got is within frac of want.
func within(got, want int64, frac float64) bool {
	d := float64(got - want)
	return d <= frac*float64(want) && -d <= frac*float64(want)
}

const (
	offwakeN     = 40
	offwakeDelay = 25 * time.Millisecond
)

// offwaketime on a thread that blocks in pipe_read N times, woken each
// time by another thread's pipe_write: the reader's blocks in pipe_read
// attributed to the writer through pipe_write add up to N × the delay
// (and to what the reader measured itself) within 10%. The flame graph of the same run parses as XML, every frame is as
// wide as its share of the total, its root is the map's total, and the
// reader → pipe_read → -- → pipe_write → writer path carries what the
// text output says.
func TestRecipeOffwaketime(t *testing.T) {
	requireRoot(t)
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	svgPath := t.TempDir() + "/offwake.svg"
	out, measured := traceOffwake(t, self, "--flamegraph", svgPath)
	entries := parseOffwake(t, out)
	var pipeTotal, mapTotal int64
	for _, e := range entries {
		mapTotal += e.us
		if e.wakee != "owreader" || !strings.Contains(e.wakeeStack, "pipe_read+") {
			continue
		}
		if e.waker != "owwriter" || !strings.Contains(e.wakerStack, "pipe_write+") || !strings.Contains(e.wakerStack, "try_to_wake_up+") {
			// A signal may interrupt a read (Go's runtime sends some):
			// a real wakeup, counted apart, and the total then falls
			// short of the truth.
			t.Logf("owreader blocked in pipe_read for %d us, woken by %q through:%s", e.us, e.waker, e.wakerStack)
			continue
		}
		pipeTotal += e.us
	}
	want := int64(offwakeN * offwakeDelay / time.Microsecond)
	t.Logf("owreader blocked in pipe_read, woken by owwriter: %d us; N × delay %d us; measured by the reader %d us", pipeTotal, want, measured)
	if !within(pipeTotal, want, 0.10) || !within(pipeTotal, measured, 0.10) {
		t.Errorf("owreader blocked %d us in pipe_read, want %d (N × delay) and %d (its own measure) within 10%%", pipeTotal, want, measured)
	}
	if strings.Contains(out, "@blocked") || strings.Contains(out, "@waker") || strings.Contains(out, "@watched") {
		t.Errorf("the recipe's working maps were printed")
	}
	checkOffwakeSVG(t, svgPath, mapTotal, pipeTotal)
}

// foldedPipeWait sums the folded lines of the reader blocked in
// pipe_read and woken by the writer through pipe_write; lost says a line
// of the reader's pipe_read wait had one of its stacks (the reader's or
// the writer's) lost to a collision in the stack map instead.
func foldedPipeWait(t *testing.T, out string, ustack bool) (pipeTotal int64, lost bool) {
	t.Helper()
	folded := regexp.MustCompile(`^(\S[^;]*(?:;[^;]+)*) (\d+)$`)
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		m := folded.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("not a folded line: %q", l)
			continue
		}
		frames := strings.Split(m[1], ";")
		wakee, waker, ok := strings.Cut(m[1], ";--;")
		if frames[0] != "owreader" || !ok || !strings.Contains(wakee, "pipe_read;schedule") {
			continue
		}
		if strings.Contains(m[1], "[stack lost: ") && frames[len(frames)-1] == "owwriter" {
			lost = true // either half: the reader's stack or the writer's
			continue
		}
		if frames[len(frames)-1] != "owwriter" || !strings.HasPrefix(waker, "try_to_wake_up;") || !strings.Contains(waker, "pipe_write") {
			t.Logf("owreader blocked in pipe_read, woken otherwise: %s", l)
			continue
		}
		if ustack && (!strings.Contains(wakee, "e2e.offwakeReaderLoop") || !strings.Contains(waker, "e2e.offwakeWriterLoop")) {
			t.Errorf("with user stacks, want the reader's loop below -- and the writer's above: %s", l)
		}
		us, _ := strconv.ParseInt(m[2], 10, 64)
		pipeTotal += us
	}
	return pipeTotal, lost
}

// The same run's numbers as folded stacks: the reader's pipe_read line,
// woken through pipe_write by the writer, sums to N × the delay within
// 10%, and nothing but folded lines is printed. With -D USTACK=true the
// two halves carry the two threads' own functions.
func TestRecipeOffwaketimeFolded(t *testing.T) {
	requireRoot(t)
	for _, ustack := range []bool{false, true} {
		t.Run(fmt.Sprintf("ustack=%v", ustack), func(t *testing.T) {
			bin := uprobeBinary(t) // with its symbol table, for the user frames
			var pipeTotal, measured int64
			for run := 1; ; run++ {
				var out string
				out, measured = traceOffwake(t, bin, "-D", fmt.Sprintf("USTACK=%v", ustack), "-f", "folded")
				var lost bool
				pipeTotal, lost = foldedPipeWait(t, out, ustack)
				// The reader's or the writer's stack may collide with
				// another's in the stack map (the recipe then says
				// "[stack lost: hash collision…]", as it should; about
				// n²/2·16384 for n stacks): its one line is gone and
				// this run proves nothing. Twice more, then fail.
				if !lost || run == 3 {
					break
				}
				t.Logf("run %d: the stack map lost the writer's stack; running again", run)
			}
			want := int64(offwakeN * offwakeDelay / time.Microsecond)
			t.Logf("folded: owreader in pipe_read woken by owwriter: %d us; N × delay %d us; measured %d us", pipeTotal, want, measured)
			if !within(pipeTotal, want, 0.10) || !within(pipeTotal, measured, 0.10) {
				t.Errorf("folded lines add up to %d us, want %d (N × delay) and %d (measured) within 10%%", pipeTotal, want, measured)
			}
		})
	}
}
