package e2e

import (
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// The udplat recipe against the kernel's own record of each datagram
// (udpsock_test.go): on every kernel, with whichever of its alternatives
// the kernel lets run, and, on a machine whose kernel would pick the
// function hooks but has the tracepoints too, with the tracepoints alone
// as well. Each scenario checks that every wait printed is within a
// millisecond of its datagram's true wait, that the datagrams printed are
// exactly those that waited at least LAT, that the histogram counts every
// datagram read, that drops are counted as the sockets counted them, and
// that no stamp is left behind once the datagrams are gone.

// waitTolerance is how far a printed wait may be from the truth: the
// truth starts at the kernel's receive timestamp and ends when the read
// returned to the test, a few microseconds around what udplat sees.
const waitTolerance = time.Millisecond

// backlogSlack is how much less than its truth a printed wait may be
// besides: the time a datagram spends between the kernel's receive
// timestamp and its socket's queue (the backlog, softirq processing),
// which udplat does not count. It is microseconds on a real CPU; under
// qemu's emulation, which runs the guest's two CPUs in turn on one host
// thread, a CPU may stand still for milliseconds while the other runs,
// and a datagram with it.
func backlogSlack() time.Duration {
	if os.Getenv("NTRACE_VM") == "1" {
		return 10 * time.Millisecond
	}
	return 0
}

// udplatVariant is a way of running the recipe: as bundled, or with its
// tracepoints alone.
type udplatVariant struct {
	name   string
	script string // a file to run; "" for the bundled recipe
	chosen string // what -v must say was chosen: "alternative 1" or "alternative 2"
}

// udplatVariants are the variants this kernel can run.
func udplatVariants(t *testing.T) []udplatVariant {
	t.Helper()
	requireRoot(t)
	functions := kernelHasKprobes()
	var vs []udplatVariant
	if functions {
		vs = append(vs, udplatVariant{name: "functions", chosen: "alternative 1"})
	} else {
		vs = append(vs, udplatVariant{name: "tracepoints", chosen: "alternative 2"})
	}
	if functions && tracepointExists("sock", "sk_data_ready") {
		vs = append(vs, udplatVariant{name: "tracepoints", script: tracepointsOnly(t), chosen: "alternative 1"})
	}
	return vs
}

// kernelHasKprobes reports whether the kernel can put kprobes on
// functions (then udplat's first alternative attaches: ntrace runs it as
// fentry where it can, as kprobes otherwise).
func kernelHasKprobes() bool {
	for _, dir := range []string{"/sys/kernel/tracing", "/sys/kernel/debug/tracing"} {
		if _, err := os.Stat(filepath.Join(dir, "kprobe_events")); err == nil {
			return true
		}
	}
	return false
}

func tracepointExists(group, name string) bool {
	for _, dir := range []string{"/sys/kernel/tracing", "/sys/kernel/debug/tracing"} {
		if _, err := os.Stat(filepath.Join(dir, "events", group, name)); err == nil {
			return true
		}
	}
	return false
}

// tracepointsOnly writes the recipe with its first alternative cut out:
// the second, alone, in an either of one... which is no either: the
// probes stand on their own.
func tracepointsOnly(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile("../scripts/udplat.nt")
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	start, mid, end := strings.Index(s, "\neither (\n"), strings.Index(s, "\n) or (\n"), strings.LastIndex(s, "\n)\n")
	if start < 0 || mid < start || end < mid {
		t.Fatal("udplat.nt is no longer either ( functions ) or ( tracepoints )")
	}
	// Keep the line count, so that positions in errors still match.
	blank := func(x string) string { return strings.Repeat("\n", strings.Count(x, "\n")) }
	out := s[:start] + blank(s[start:mid+len("\n) or (\n")]) + s[mid+len("\n) or (\n"):end] + "\n" + s[end+len("\n)\n"):]
	path := filepath.Join(t.TempDir(), "udplat-tracepoints.nt")
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// eachVariant runs f as a subtest for each variant this kernel can run,
// on a port no socket uses yet.
func eachVariant(t *testing.T, f func(t *testing.T, v udplatVariant, port uint16)) {
	timestampsOn()
	for _, v := range udplatVariants(t) {
		t.Run(v.name, func(t *testing.T) { f(t, v, freeUDPPort(t)) })
	}
}

// udplatRun is the recipe running on one port.
type udplatRun struct {
	t   *testing.T
	tr  *tracer
	v   udplatVariant
	lat time.Duration
}

func startUdplat(t *testing.T, v udplatVariant, port uint16, lat time.Duration, extra ...string) *udplatRun {
	t.Helper()
	args := append([]string{"-v", "-D", fmt.Sprintf("PORT=%d", port), "-D", fmt.Sprintf("LAT=%dus", lat.Microseconds())}, extra...)
	if !strings.Contains(strings.Join(extra, " "), "EXPIRE=") {
		// The sweep would empty the maps of records older than its 10 s
		// before waitLeftovers gave up on them: a record the recipe
		// leaves behind must show.
		args = append(args, "-D", "EXPIRE=1h")
	}
	var tr *tracer
	if v.script == "" {
		tr = recipe(t, "udplat", args...)
	} else {
		tr = start(t, ntraceBin, append([]string{v.script}, args...)...)
	}
	// With -v, ntrace says "N probes attached" where it would say
	// "Attached N probes".
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(tr.Stderr(), " attached ") || !regexp.MustCompile(`probes? attached`).MatchString(tr.Stderr()) {
		select {
		case <-tr.done:
			t.Fatalf("ntrace exited before attaching (%v)\nstderr:\n%s", tr.err, tr.Stderr())
		case <-time.After(5 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for ntrace to attach\nstderr:\n%s", tr.Stderr())
		}
	}
	if v.script == "" && !strings.Contains(tr.Stderr(), v.chosen+" (") {
		t.Fatalf("expected %s of udplat's either to be chosen here:\n%s", v.chosen, tr.Stderr())
	}
	return &udplatRun{t: t, tr: tr, v: v, lat: lat}
}

var mapCount = regexp.MustCompile(`(?m)^(@\w+): (\d+)$`)

// udplatEvent is one datagram udplat printed. time() and printf() are two
// events, so two reads printed at once on two CPUs may interleave their
// times: the line may hold two times, or none.
var udplatEvent = regexp.MustCompile(`^(?:\d\d:\d\d:\d\d )*(\d+)\s+(\S+)\s+(\S+):(\d+) (\d+) us$`)

// udplatResult is what udplat printed.
type udplatResult struct {
	waits      map[string][]time.Duration // by sender, in the order printed
	pids       map[string]bool
	lines      int
	hist       int
	drops      int
	unmeasured int
	expired    int
	stdout     string
	stderr     string
}

// stop ends the run and reads what it printed.
func (u *udplatRun) stop() udplatResult {
	u.t.Helper()
	u.tr.stop()
	r := udplatResult{waits: map[string][]time.Duration{}, pids: map[string]bool{}, stdout: u.tr.Stdout(), stderr: u.tr.Stderr()}
	for _, l := range strings.Split(r.stdout, "\n") {
		m := udplatEvent.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		us, _ := strconv.Atoi(m[5])
		from := m[3] + ":" + m[4]
		r.waits[from] = append(r.waits[from], time.Duration(us)*time.Microsecond)
		r.pids[m[1]] = true
		r.lines++
	}
	r.hist = bucketTotal(r.stdout, "@usecs")
	for _, m := range mapCount.FindAllStringSubmatch(r.stdout, -1) {
		n, _ := strconv.Atoi(m[2])
		switch m[1] {
		case "@drops":
			r.drops = n
		case "@unmeasured":
			r.unmeasured = n
		case "@expired":
			r.expired = n
		}
	}
	return r
}

// check holds what udplat printed to the datagrams the test read: each
// printed wait must fall within waitTolerance of the span its datagram's
// truth allows (from the start of the read that took it to its return).
// Datagrams whose span comes within waitTolerance of LAT may be printed
// or not; every other one is printed exactly when it waited at least LAT.
// Every datagram read is counted in @usecs, none in @unmeasured.
func (r udplatResult) check(t *testing.T, lat time.Duration, read []truth) {
	t.Helper()
	bySender := map[string][]truth{}
	for _, tr := range read {
		bySender[tr.from] = append(bySender[tr.from], tr)
	}
	printed, borderline := 0, 0
	for from, truths := range bySender {
		got := r.waits[from]
		var want []truth
		for _, tr := range truths {
			switch {
			case tr.minWait >= lat+waitTolerance+backlogSlack():
				want = append(want, tr)
			case tr.wait > lat-waitTolerance:
				borderline++
				if len(got) > len(want) {
					want = append(want, tr) // printed: it must still be right
				}
			}
		}
		if len(got) != len(want) {
			t.Errorf("from %s: printed %d waits %v, want %d of the true waits %v (LAT %v)", from, len(got), got, len(want), waitsOf(truths), lat)
			continue
		}
		// One sender's datagrams went to one socket and were read in
		// order, as udplat prints them.
		for i := range got {
			if got[i] < want[i].minWait-waitTolerance-backlogSlack() || got[i] > want[i].wait+waitTolerance {
				t.Errorf("from %s: printed wait %v, true wait %v (the read started %v after the datagram arrived)", from, got[i], want[i].wait, want[i].minWait)
			}
		}
		printed += len(got)
	}
	for from := range r.waits {
		if bySender[from] == nil {
			t.Errorf("printed a datagram from %s, which the test did not read", from)
		}
	}
	if r.lines != printed {
		t.Errorf("%d lines printed, %d matched datagrams read", r.lines, printed)
	}
	if r.hist != len(read) {
		t.Errorf("@usecs counts %d datagrams, the test read %d", r.hist, len(read))
	}
	if r.unmeasured != 0 {
		t.Errorf("@unmeasured is %d, want 0", r.unmeasured)
	}
	if len(r.pids) > 1 || (len(r.pids) == 1 && !r.pids[strconv.Itoa(os.Getpid())]) {
		t.Errorf("readers printed %v, want only this test's pid %d", r.pids, os.Getpid())
	}
	if borderline > 0 {
		t.Logf("%d datagrams waited within %v of LAT", borderline, waitTolerance)
	}
	if t.Failed() {
		t.Logf("udplat printed:\n%s\nstderr:\n%s", r.stdout, r.stderr)
	}
}

func waitsOf(ts []truth) []time.Duration {
	var out []time.Duration
	for _, t := range ts {
		out = append(out, t.wait.Round(time.Microsecond))
	}
	return out
}

// drainer reads a socket on its own thread: it waits until a datagram is
// queued, lets it wait delay more, then reads all that are queued, until
// stopped.
type drainer struct {
	wg   sync.WaitGroup
	stop chan struct{}
	errs chan error
}

func drainAfter(socks []*udpSock, delays []time.Duration, r *reading) *drainer {
	d := &drainer{stop: make(chan struct{}), errs: make(chan error, len(socks))}
	for i, s := range socks {
		d.wg.Add(1)
		go func(s *udpSock, delay time.Duration) {
			defer d.wg.Done()
			for {
				select {
				case <-d.stop:
					return
				default:
				}
				if !s.readable(20 * time.Millisecond) {
					continue
				}
				time.Sleep(delay)
				if err := s.drainNow(r); err != nil {
					d.errs <- err
					return
				}
			}
		}(s, delays[i])
	}
	return d
}

func (d *drainer) finish(t *testing.T) {
	t.Helper()
	close(d.stop)
	d.wg.Wait()
	select {
	case err := <-d.errs:
		t.Fatal(err)
	default:
	}
}

func TestUdplatSharedPort(t *testing.T) {
	eachVariant(t, func(t *testing.T, v udplatVariant, port uint16) {
		at := func(a string) netip.AddrPort { return netip.AddrPortFrom(netip.MustParseAddr(a), port) }
		socks := []*udpSock{
			openUDP(t, at("127.0.0.1"), sockOpts{}),
			openUDP(t, at("127.0.0.2"), sockOpts{}),
			openUDP(t, at("127.0.0.3"), sockOpts{reusePort: true}),
			openUDP(t, at("127.0.0.3"), sockOpts{reusePort: true}),
			openUDP(t, at("::1"), sockOpts{}),
		}
		delays := []time.Duration{0, 60 * time.Millisecond, 5 * time.Millisecond, 40 * time.Millisecond, 30 * time.Millisecond}
		const lat = 20 * time.Millisecond
		u := startUdplat(t, v, port, lat)
		var r reading
		d := drainAfter(socks, delays, &r)
		dests := []netip.AddrPort{at("127.0.0.1"), at("127.0.0.2"), at("127.0.0.3"), at("127.0.0.3"), at("::1")}
		const rounds = 6
		for i := 0; i < rounds; i++ {
			for _, to := range dests {
				sendOne(t, to)
			}
			time.Sleep(90 * time.Millisecond)
		}
		time.Sleep(100 * time.Millisecond)
		d.finish(t)
		u.waitNoLeftovers()
		res := u.stop()
		if len(r.all) != rounds*len(dests) {
			t.Fatalf("read %d datagrams, sent %d", len(r.all), rounds*len(dests))
		}
		perSock := map[*udpSock]int{}
		for _, tr := range r.all {
			perSock[tr.sock]++
		}
		if perSock[socks[2]]+perSock[socks[3]] != 2*rounds || perSock[socks[0]] != rounds {
			t.Errorf("datagrams per socket: %v", perSock)
		}
		res.check(t, lat, r.all)
	})
}

// Three threads block reading one socket while datagrams arrive faster
// than they read them; LAT 0 prints every one.
func TestUdplatThreadsShareSocket(t *testing.T) {
	eachVariant(t, func(t *testing.T, v udplatVariant, port uint16) {
		pause := func(i int) time.Duration { return time.Duration(i+1) * 3 * time.Millisecond }
		res, read := readersShareSocket(t, v, port, 60, 3, 1, pause)
		res.check(t, 0, read)
	})
}

// Four threads, two on each CPU, read one socket as fast as they can
// while datagrams arrive three at a time: reads of one socket end at
// once on the two CPUs all the time, each read's tracepoint racing the
// other's (the read that removes the records of datagrams claimed
// behind its own while the read that claimed one of them is still
// running, or a wakeup naming the next datagram after a read took the
// one before it): as the recipe was before issue 13's last fixes, 28
// runs of 30 here left reads unmatched or records behind. It runs only
// with NTRACE_STRESS=1 (vm/vmtest.sh passes it into the guests): it
// failed one run in 40 to 60 in the 6.12 guest, whose emulated CPUs
// stand still for milliseconds (one read unmeasured, counted in
// @unmeasured, and its datagram's records left for the sweep); with the
// datagrams set aside for stalled reads, 2 of 60, each a wait printed
// off by two reads swapping datagrams (below); it passed 30 of 30 on
// the host. Two reads ending at
// once may still swap their datagrams (no tracepoint shows a read its
// own skb on 6.18): each wait is checked against its datagram's
// SO_TIMESTAMPNS, so a swap shows only beyond waitTolerance.
func TestUdplatReadersRace(t *testing.T) {
	if os.Getenv("NTRACE_STRESS") != "1" {
		t.Skip("a stress test, run with NTRACE_STRESS=1: it still failed 2 runs in 60 in the 6.12 guest (two reads swapping datagrams, a wait printed off)")
	}
	eachVariant(t, func(t *testing.T, v udplatVariant, port uint16) {
		res, read := readersShareSocket(t, v, port, 240, 4, 3, func(int) time.Duration { return 0 })
		res.check(t, 0, read)
	})
}

// readersShareSocket sends n datagrams to one socket, burst at once and
// a millisecond between bursts, while threads readers on the two CPUs
// take them, reader i pausing pause(i) after each read: what udplat
// printed and what the test read; once every datagram was read, no stamp
// may be left in udplat's maps (waitNoLeftovers).
func readersShareSocket(t *testing.T, v udplatVariant, port uint16, n, threads, burst int, pause func(int) time.Duration) (udplatResult, []truth) {
	t.Helper()
	to := netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), port)
	s := openUDP(t, to, sockOpts{})
	u := startUdplat(t, v, port, 0)
	var r reading
	var wg sync.WaitGroup
	left := make(chan struct{}, n)
	for i := 0; i < n; i++ {
		left <- struct{}{}
	}
	close(left)
	errs := make(chan error, threads)
	for i := 0; i < threads; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			onCPU(i%2, func() {
				for range left {
					tr, err := s.recv(viaRecvmsg, 0)
					if err != nil {
						errs <- err
						return
					}
					r.add(tr)
					time.Sleep(pause(i))
				}
			})
		}(i)
	}
	for i := 0; i < n; i++ {
		sendOne(t, to)
		if (i+1)%burst == 0 {
			time.Sleep(time.Millisecond)
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	u.waitNoLeftovers()
	return u.stop(), r.all
}

// A connected socket and an unconnected one on the same address and port:
// the connected one gets its peer's datagrams and is read late, the other
// gets the rest and is read at once.
func TestUdplatConnectedSocket(t *testing.T) {
	eachVariant(t, func(t *testing.T, v udplatVariant, port uint16) {
		to := netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), port)
		peer := newSender(t, to)
		conn := openUDP(t, to, sockOpts{reuseAddr: true, connectTo: &peer.from})
		open := openUDP(t, to, sockOpts{reuseAddr: true})
		const lat = 15 * time.Millisecond
		u := startUdplat(t, v, port, lat)
		var r reading
		d := drainAfter([]*udpSock{conn, open}, []time.Duration{35 * time.Millisecond, 0}, &r)
		for i := 0; i < 5; i++ {
			peer.send(t, to)
			sendOne(t, to)
			time.Sleep(60 * time.Millisecond)
		}
		d.finish(t)
		u.waitNoLeftovers()
		res := u.stop()
		for _, tr := range r.all {
			if (tr.from == peer.name()) != (tr.sock == conn) {
				t.Errorf("the datagram from %s went to the wrong socket", tr.from)
			}
		}
		if len(r.all) != 10 {
			t.Fatalf("read %d datagrams, sent 10", len(r.all))
		}
		res.check(t, lat, r.all)
	})
}

// Each way of reading: recvfrom, recvmsg, read, recvmmsg (every datagram
// of a batch), and a peek, which leaves the datagram queued: its wait
// ends when it is read after the peek, not at the peek.
func TestUdplatReadCalls(t *testing.T) {
	eachVariant(t, func(t *testing.T, v udplatVariant, port uint16) {
		to := netip.AddrPortFrom(netip.MustParseAddr("::1"), port)
		s := openUDP(t, to, sockOpts{})
		const lat, late = 15 * time.Millisecond, 30 * time.Millisecond
		u := startUdplat(t, v, port, lat)
		var r reading
		one := func(how readHow, delay, hold time.Duration) {
			sendOne(t, to)
			time.Sleep(delay)
			tr, err := s.recv(how, hold)
			if err != nil {
				t.Fatal(err)
			}
			r.add(tr)
		}
		for _, delay := range []time.Duration{0, late} {
			one(viaRecvfrom, delay, 0)
			one(viaRecvmsg, delay, 0)
			one(viaRead, delay, 0)
			for i := 0; i < 4; i++ {
				sendOne(t, to)
			}
			time.Sleep(delay)
			got := 0
			for got < 4 {
				batch, err := s.recvmmsg(4)
				if err != nil {
					t.Fatal(err)
				}
				for _, tr := range batch {
					r.add(tr)
				}
				got += len(batch)
			}
		}
		one(viaPeekThenRecvmsg, 0, late)
		u.waitNoLeftovers()
		res := u.stop()
		if len(r.all) != 15 {
			t.Fatalf("read %d datagrams, sent 15", len(r.all))
		}
		peeked := r.all[len(r.all)-1]
		if peeked.wait < late {
			t.Fatalf("the peeked datagram's true wait is %v, under the %v it was held", peeked.wait, late)
		}
		res.check(t, lat, r.all)
	})
}

// A socket with a small receive buffer is sent more than it holds before
// it is read: the kernel drops the rest and counts them on the socket;
// udplat counts the same drops, and waits only for the datagrams read.
// Then more are queued and the socket is closed with them unread: their
// stamps go too.
func TestUdplatDrops(t *testing.T) {
	eachVariant(t, func(t *testing.T, v udplatVariant, port uint16) {
		to := netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), port)
		s := openUDP(t, to, sockOpts{rcvbuf: 4096})
		u := startUdplat(t, v, port, 0)
		before := s.drops()
		src := newSender(t, to)
		const n = 40
		for i := 0; i < n; i++ {
			src.send(t, to)
		}
		time.Sleep(10 * time.Millisecond)
		var r reading
		if err := s.drainNow(&r); err != nil {
			t.Fatal(err)
		}
		dropped := s.drops() - before
		if dropped == 0 || dropped+len(r.all) != n {
			t.Fatalf("the socket dropped %d and the test read %d of %d datagrams", dropped, len(r.all), n)
		}
		// Unread when the socket closes.
		for i := 0; i < 3; i++ {
			sendOne(t, to)
		}
		time.Sleep(10 * time.Millisecond)
		s.close()
		u.waitNoLeftovers()
		res := u.stop()
		if res.drops != dropped {
			t.Errorf("@drops is %d, the socket counted %d drops", res.drops, dropped)
		}
		res.check(t, 0, r.all)
	})
}

// Two senders on the two CPUs send to one socket at once, so that two
// CPUs queue datagrams on it at the same moments: every datagram is
// measured, on its own.
func TestUdplatTwoCPUs(t *testing.T) {
	eachVariant(t, func(t *testing.T, v udplatVariant, port uint16) {
		to := netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), port)
		s := openUDP(t, to, sockOpts{rcvbuf: 1 << 20})
		u := startUdplat(t, v, port, 0)
		const perCPU = 200
		senders := [2][]*sender{}
		for cpu := range senders {
			for i := 0; i < perCPU; i++ {
				senders[cpu] = append(senders[cpu], newSender(t, to))
			}
		}
		before := s.drops()
		var wg sync.WaitGroup
		startGun := make(chan struct{})
		for cpu := range senders {
			wg.Add(1)
			go func(cpu int) {
				defer wg.Done()
				onCPU(cpu, func() {
					<-startGun
					for _, snd := range senders[cpu] {
						snd.send(t, to)
					}
				})
			}(cpu)
		}
		close(startGun)
		wg.Wait()
		// Read once the senders are done, so that the reader's
		// truth is not held up by them.
		var r reading
		if err := s.drainNow(&r); err != nil {
			t.Fatal(err)
		}
		dropped := s.drops() - before
		u.waitNoLeftovers()
		res := u.stop()
		if dropped+len(r.all) != 2*perCPU {
			t.Fatalf("read %d and dropped %d of %d datagrams", len(r.all), dropped, 2*perCPU)
		}
		if res.drops != dropped {
			t.Errorf("@drops is %d, the socket counted %d drops", res.drops, dropped)
		}
		sort.Slice(r.all, func(i, j int) bool { return r.all[i].wait < r.all[j].wait })
		res.check(t, 0, r.all)
	})
}

// Sockets come and go on the port, each closed with datagrams still
// queued, one of them peeked at: nothing of theirs stays in udplat's
// maps, so a day of such churn cannot fill them.
func TestUdplatSocketChurn(t *testing.T) {
	eachVariant(t, func(t *testing.T, v udplatVariant, port uint16) {
		to := netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), port)
		u := startUdplat(t, v, port, 0)
		var r reading
		const sockets = 100
		for i := 0; i < sockets; i++ {
			s := openUDP(t, to, sockOpts{})
			for k := 0; k < 5; k++ {
				sendOne(t, to)
			}
			for k := 0; k < 2; k++ {
				how := viaRecvmsg
				if k == 1 {
					how = viaPeekThenRecvmsg
				}
				tr, err := s.recv(how, 0)
				if err != nil {
					t.Fatal(err)
				}
				r.add(tr)
			}
			if _, _, _, _, err := unix.Recvmsg(s.fd, make([]byte, 64), nil, unix.MSG_PEEK); err != nil {
				t.Fatal(err)
			}
			s.close()
		}
		u.waitNoLeftovers()
		res := u.stop()
		res.check(t, 0, r.all)
	})
}
