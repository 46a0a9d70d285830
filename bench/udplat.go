package main

import (
	"context"
	"fmt"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// udplatBefore is the last revision whose udplat kept one FIFO of stamps
// per port (netif_receive_skb, syscall tracepoints): the "before" of the
// per-datagram comparison.
const udplatBefore = "8ca5138"

// UdplatResult is the BPF cost of the udplat recipe per datagram read,
// before and after it followed each datagram on its own socket: both
// scripts run by the same ntrace on this kernel, on the same traffic (one
// socket, one datagram sent and read at a time), each alone.
type UdplatResult struct {
	Datagrams int             `json:"datagrams_per_run"`
	Versions  []UdplatVersion `json:"versions"`
}

// UdplatVersion is one version of the recipe.
type UdplatVersion struct {
	Name          string        `json:"name"`
	Hooks         string        `json:"hooks"` // what ntrace -v said it attached
	NsPerDatagram float64       `json:"ns_per_datagram_median"`
	Runs          []float64     `json:"ns_per_datagram_runs"`
	Programs      []udplatProbe `json:"programs"` // from the last run
}

// udplatProbe is one program's share, in the last run.
type udplatProbe struct {
	Target        string  `json:"target"`
	RunsPerDgram  float64 `json:"runs_per_datagram"`
	NsPerDatagram float64 `json:"ns_per_datagram"`
	Xlated        int     `json:"xlated_insns"`
}

// udplatDatagrams is how many datagrams a run sends and reads: a fifth of
// the getppid calls of a per-event run (-n), as each takes some 15 µs.
func (b *bench) udplatDatagrams() int { return max(1000, b.cfg.events/5) }

// measureUdplat runs the old and the new recipe in turn, cfg.pairs times
// each, on udplatDatagrams datagrams a run. Every program the tool attached
// counts, but the bench's readiness probe: those on tracepoints that fire
// for other traffic too (skb:kfree_skb, sock:sk_data_ready) are the
// recipe's cost as much as the rest.
func (b *bench) measureUdplat(ctx context.Context) (*UdplatResult, error) {
	dir, err := os.MkdirTemp("", "ntrace-bench-udplat")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	old, err := exec.CommandContext(ctx, "git", "-C", b.cfg.root, "show", udplatBefore+":scripts/udplat.nt").Output()
	if err != nil {
		return nil, fmt.Errorf("reading udplat.nt at %s: %w", udplatBefore, err)
	}
	cur, err := os.ReadFile(filepath.Join(b.cfg.root, "scripts", "udplat.nt"))
	if err != nil {
		return nil, err
	}
	versions := []struct{ name, src string }{
		{"before (" + udplatBefore + "): one FIFO per port", string(old)},
		{"after: each datagram on its own socket", string(cur)},
	}
	res := &UdplatResult{Datagrams: b.udplatDatagrams()}
	for i, v := range versions {
		path := filepath.Join(dir, fmt.Sprintf("udplat%d.nt", i))
		if err := os.WriteFile(path, []byte(withReady(v.src)), 0o644); err != nil {
			return nil, err
		}
		res.Versions = append(res.Versions, UdplatVersion{Name: v.name})
	}
	for rep := 0; rep < b.cfg.pairs; rep++ {
		for k := range versions {
			i := (k + rep) % len(versions) // alternate which goes first
			b.logf("udplat per datagram: %s (%d/%d)", versions[i].name, rep+1, b.cfg.pairs)
			ns, hooks, probes, err := b.udplatRun(ctx, filepath.Join(dir, fmt.Sprintf("udplat%d.nt", i)))
			if err != nil {
				return nil, fmt.Errorf("udplat %s: %w", versions[i].name, err)
			}
			v := &res.Versions[i]
			v.Runs = append(v.Runs, ns)
			v.Hooks, v.Programs = hooks, probes
		}
	}
	for i := range res.Versions {
		v := &res.Versions[i]
		xs := append([]float64(nil), v.Runs...)
		sort.Float64s(xs)
		v.NsPerDatagram = xs[len(xs)/2]
	}
	return res, nil
}

// udplatRun runs one version on a free port while the bench sends and
// reads udplatDatagrams datagrams, and returns the programs' run time per
// datagram.
func (b *bench) udplatRun(ctx context.Context, script string) (float64, string, []udplatProbe, error) {
	rx, port, err := udpSocket()
	if err != nil {
		return 0, "", nil, err
	}
	defer unix.Close(rx)
	t, err := launch(ctx, ntraceName, b.ntrace, "-v", script, "-D", fmt.Sprintf("PORT=%d", port), "-D", "LAT=10s", strconv.Itoa(b.pid))
	if err != nil {
		return 0, "", nil, err
	}
	defer t.kill()
	if _, err := t.waitReady(ctx); err != nil {
		return 0, "", nil, err
	}
	ps, err := attachedProgs(t.cmd.Process.Pid)
	if err != nil {
		return 0, "", nil, err
	}
	defer closeProgs(ps)
	ps = without(ps, "sys_enter_getpid")
	before, err := snapshot(ps)
	if err != nil {
		return 0, "", nil, err
	}
	if err := pingPong(rx, port, b.udplatDatagrams()); err != nil {
		return 0, "", nil, err
	}
	after, err := snapshot(ps)
	if err != nil {
		return 0, "", nil, err
	}
	if err := t.stop(); err != nil {
		return 0, "", nil, err
	}
	n := float64(b.udplatDatagrams())
	total := 0.0
	var probes []udplatProbe
	for i, p := range ps {
		ns := float64(after[i].RunTimeNs-before[i].RunTimeNs) / n
		total += ns
		probes = append(probes, udplatProbe{Target: p.Target, RunsPerDgram: float64(after[i].RunCount-before[i].RunCount) / n, NsPerDatagram: ns, Xlated: p.Xlated})
	}
	return total, attachedHow(t.stderr.String()), probes, nil
}

// attachedHow is what ntrace -v said about its probes and alternatives.
func attachedHow(stderr string) string {
	var lines []string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.Contains(l, ": attached as ") || strings.Contains(l, "chosen:") {
			lines = append(lines, strings.TrimPrefix(l, "ntrace: "))
		}
	}
	return strings.Join(lines, "; ")
}

// udpSocket binds a UDP socket to a free loopback port.
func udpSocket() (int, int, error) {
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return 0, 0, err
	}
	lo := netip.MustParseAddr("127.0.0.1").As4()
	if err := unix.Bind(fd, &unix.SockaddrInet4{Addr: lo}); err != nil {
		unix.Close(fd)
		return 0, 0, err
	}
	sa, err := unix.Getsockname(fd)
	if err != nil {
		unix.Close(fd)
		return 0, 0, err
	}
	return fd, sa.(*unix.SockaddrInet4).Port, nil
}

// pingPong sends n datagrams to port from one socket and reads each one
// back before sending the next, from one OS thread.
func pingPong(rx, port, n int) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	tx, err := unix.Socket(unix.AF_INET, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return err
	}
	defer unix.Close(tx)
	to := &unix.SockaddrInet4{Port: port, Addr: netip.MustParseAddr("127.0.0.1").As4()}
	msg, buf := []byte("udplat bench datagram"), make([]byte, 64)
	for i := 0; i < n; i++ {
		if err := unix.Sendto(tx, msg, 0, to); err != nil {
			return err
		}
		if _, _, err := unix.Recvfrom(rx, buf, 0); err != nil {
			return err
		}
	}
	return nil
}

// udplatRows compare the recipe after with the recipe before: the second
// column holds the old recipe (run by ntrace too, not bpftrace).
func udplatRows(u *UdplatResult) []Row {
	if u == nil || len(u.Versions) != 2 {
		return nil
	}
	before, after := u.Versions[0], u.Versions[1]
	sec := fmt.Sprintf("udplat, BPF time per datagram read (median of %d runs of %d datagrams, each version alone); second column: the recipe at %s", len(after.Runs), u.Datagrams, udplatBefore)
	var parts []string
	for _, p := range after.Programs {
		parts = append(parts, fmt.Sprintf("%s %.0f ns (%.2f runs)", p.Target, p.NsPerDatagram, p.RunsPerDgram))
	}
	return []Row{{Section: sec, Name: "udplat, this kernel's hooks: after vs before", Unit: "ns/datagram", Ntrace: after.NsPerDatagram, Bpftrace: before.NsPerDatagram,
		Ratio: ratio(after.NsPerDatagram, before.NsPerDatagram), Note: strings.Join(parts, "; ")}}
}
