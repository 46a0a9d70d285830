package e2e

import (
	"fmt"
	"net"
	"os"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
)

// getppidOnThread calls getppid n times from one OS thread and returns that
// thread's id.
func getppidOnThread(n int) int {
	tidc := make(chan int)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		for i := 0; i < n; i++ {
			syscall.Getppid()
		}
		tidc <- unix.Gettid()
	}()
	return <-tidc
}

func pidArg() string { return strconv.Itoa(os.Getpid()) }

// The simplest pipeline end to end: a syscall tracepoint, a predicate on
// pid, keyless and keyed counts. Readiness is signalled through getpid so
// that every getppid counted is one the test made.
func TestSyscallCounts(t *testing.T) {
	const n = 1234
	tr := ntrace(t, `tracepoint:syscalls:sys_enter_getppid /pid == $1/ { @calls = count(); @tids[tid] = count(); }
tracepoint:syscalls:sys_enter_getpid /pid == $1/ { printf("ready\n"); }`, pidArg())
	tr.waitLine(func(l string) bool { return l == "ready" }, func() { syscall.Getpid() })
	tid := getppidOnThread(n)
	tr.stop()
	out := tr.Stdout()
	if got := parseScalar(t, out, "@calls"); got != n {
		t.Errorf("@calls = %d, want %d\n%s", got, n, out)
	}
	want := fmt.Sprintf("@tids[%d]: %d", tid, n)
	if !strings.Contains(out, want+"\n") {
		t.Errorf("output lacks %q:\n%s", want, out)
	}
}

// parseScalar finds "name: N" in out.
func parseScalar(t *testing.T, out, name string) int64 {
	t.Helper()
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + `: (-?\d+)$`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no %s in output:\n%s", name, out)
	}
	n, _ := strconv.ParseInt(m[1], 10, 64)
	return n
}

// udpExchange sends datagrams of the given sizes over loopback from one
// socket to another and reads them all.
func udpExchange(t *testing.T, sizes []int) (port int) {
	t.Helper()
	rx, tx := udpPair(t, "udp4", 0)
	buf := make([]byte, 65536)
	for _, n := range sizes {
		if _, err := tx.Write(make([]byte, n)); err != nil {
			t.Fatal(err)
		}
		got, _, err := rx.ReadFromUDP(buf)
		if err != nil || got != n {
			t.Fatalf("received %d bytes (%v), sent %d", got, err, n)
		}
	}
	return rx.LocalAddr().(*net.UDPAddr).Port
}

var udpSizes = []int{1, 2, 3, 7, 64, 100, 1000, 1000, 4000}

// Aggregations kept in the kernel, checked against datagrams of known
// sizes: sock:sock_recv_length fires once per recvfrom with its length.
func TestUDPReceiveAggregations(t *testing.T) {
	requireTracepoint(t, "sock", "sock_recv_length")
	tr := ntrace(t, readyProbe+`tracepoint:sock:sock_recv_length /pid == $1 && args->protocol == 17 && args->ret > 0/ {
  @n = count(); @bytes = sum(args->ret); @min = min(args->ret); @max = max(args->ret);
  @avg = avg(args->ret); @stats = stats(args->ret);
  @sizes = hist(args->ret); @lin = lhist(args->ret, 0, 200, 50);
  @bycomm[comm, args->family] = count();
}`, pidArg())
	tr.waitReady()
	udpExchange(t, udpSizes)
	tr.stop()
	out := tr.Stdout()
	sum, mn, mx := 0, udpSizes[0], 0
	for _, s := range udpSizes {
		sum += s
		mn, mx = min(mn, s), max(mx, s)
	}
	for name, want := range map[string]int{"@n": len(udpSizes), "@bytes": sum, "@min": mn, "@max": mx, "@avg": sum / len(udpSizes)} {
		if got := parseScalar(t, out, name); got != int64(want) {
			t.Errorf("%s = %d, want %d", name, got, want)
		}
	}
	wantStats := fmt.Sprintf("@stats: { .count = %d, .average = %d, .total = %d }\n", len(udpSizes), sum/len(udpSizes), sum)
	if !strings.Contains(out, wantStats) {
		t.Errorf("output lacks %q", wantStats)
	}
	comm, _ := os.ReadFile("/proc/self/comm")
	wantComm := fmt.Sprintf("@bycomm[%s, 2]: %d\n", strings.TrimSpace(string(comm)), len(udpSizes))
	if !strings.Contains(out, wantComm) {
		t.Errorf("output lacks %q", wantComm)
	}
	// Log2 buckets: 1 -> [1]; 2,3 -> [2, 4); 7 -> [4, 8); 64,100 -> [64, 128);
	// 1000,1000 -> [512, 1K); 4000 -> [2K, 4K).
	wantHist := map[string]uint64{"[1]": 1, "[2, 4)": 2, "[4, 8)": 1, "[64, 128)": 2, "[512, 1K)": 2, "[2K, 4K)": 1}
	checkBuckets(t, out, "@sizes", wantHist)
	// Linear buckets of 50 from 0 to 200: 1,2,3,7 -> [0, 50); 64,100 ->
	// [50, 100) and [100, 150); 1000,1000,4000 -> [200, ...).
	wantLin := map[string]uint64{"[0, 50)": 4, "[50, 100)": 1, "[100, 150)": 1, "[200, ...)": 3}
	checkBuckets(t, out, "@lin", wantLin)
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}

// bucketTotal adds up the counts of the histogram printed under "name:".
func bucketTotal(out, name string) int {
	total := 0
	for _, n := range parseBuckets(out, name) {
		total += int(n)
	}
	return total
}

var bucketLine = regexp.MustCompile(`^([\[(][^)\]]*[)\]])\s+(\d+) \|`)

// parseBuckets reads the histogram printed under "name:", bucket label to
// count.
func parseBuckets(out, name string) map[string]uint64 {
	got := map[string]uint64{}
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != name+":" {
			continue
		}
		for _, b := range lines[i+1:] {
			m := bucketLine.FindStringSubmatch(b)
			if m == nil {
				break
			}
			n, _ := strconv.ParseUint(m[2], 10, 64)
			got[m[1]] += n
		}
	}
	return got
}

// checkBuckets compares the non-zero buckets of the histogram printed
// under "name:" with want.
func checkBuckets(t *testing.T, out, name string, want map[string]uint64) {
	t.Helper()
	got := map[string]uint64{}
	for label, n := range parseBuckets(out, name) {
		if n > 0 {
			got[label] = n
		}
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("%s buckets = %v, want %v", name, got, want)
	}
}
