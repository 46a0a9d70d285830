package e2e

import (
	"os/exec"
	"testing"
)

// The same script, run by bpftrace 0.17 and by ntrace side by side on the
// same datagrams, prints the same maps, byte for byte. The keyed
// aggregations' first datagram takes the insert path, later ones update.
func TestSameMapsAsBpftrace(t *testing.T) {
	requireTracepoint(t, "sock", "sock_recv_length")
	requireRoot(t)
	bpftrace, err := exec.LookPath("bpftrace")
	if err != nil {
		t.Skip("bpftrace is not installed (apt-get install bpftrace)")
	}
	script := readyProbe + `tracepoint:sock:sock_recv_length /pid == $1 && args->protocol == 17 && args->ret > 0/ {
  @n = count(); @bytes = sum(args->ret); @mn = min(args->ret); @mx = max(args->ret);
  @avg = avg(args->ret); @st = stats(args->ret);
  @h = hist(args->ret); @l = lhist(args->ret, 0, 2000, 100);
  @k[args->family, comm] = count();
  @kmn[comm] = min(args->ret); @kmx[comm] = max(args->ret); @ks[comm] = sum(args->ret);
  @ka[comm] = avg(args->ret); @kst[comm] = stats(args->ret);
  @last = args->ret;
}`
	bt := start(t, bpftrace, "-e", script, pidArg())
	nt := ntrace017(t, script, pidArg())
	bt.waitReady()
	nt.waitReady()
	udpExchange(t, []int{1, 5, 17, 100, 333, 1024, 1500, 1500, 9000, 40000})
	bt.stopInsisting()
	nt.stop()
	want, got := mapSection(bt.Stdout()), mapSection(nt.Stdout())
	if want == "" {
		t.Fatalf("bpftrace printed no maps:\n%s\n%s", bt.Stdout(), bt.Stderr())
	}
	if got != want {
		t.Errorf("ntrace's maps differ from bpftrace's\nntrace:\n%s\nbpftrace:\n%s", got, want)
	}
}
