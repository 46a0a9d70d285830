package e2e

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// kprobe:f+off hooks an instruction inside a function, as a kprobe (no
// other mechanism goes there). The kernel is the judge of which offsets
// start an instruction: of udp_sendmsg+1 … +16, each marked optional, the
// ones it takes fire once per datagram the test sends (the prologue runs
// on every call), and the ones it refuses are warnings saying why; one not
// marked optional inside an instruction is an error that says so.
func TestKprobeOffset(t *testing.T) {
	requireKprobes(t)
	var aps []string
	for off := 1; off <= 16; off++ {
		aps = append(aps, fmt.Sprintf("kprobe:udp_sendmsg+%d?", off))
	}
	tr := ntrace(t, readyProbe+strings.Join(aps, ", ")+` /pid == $1/ { @[probe] = count(); }`, "-v", pidArg())
	tr.waitReady()
	udpExchange(t, udpSizes)
	tr.stop()
	out, stderr := tr.Stdout(), tr.Stderr()
	hits := regexp.MustCompile(`(?m)^@\[kprobe:udp_sendmsg\+(\d+)\]: (\d+)$`).FindAllStringSubmatch(out, -1)
	attached := regexp.MustCompile(`(?m)^ntrace: kprobe:udp_sendmsg\+(\d+): attached as kprobe \(only a kprobe hooks an instruction inside a function\)$`).FindAllStringSubmatch(stderr, -1)
	refused := strings.Count(stderr, "is not the start of an instruction of udp_sendmsg, which a kprobe must be")
	if len(attached) == 0 || len(attached)+refused != 16 {
		t.Errorf("%d offsets attached and %d refused as inside an instruction, want 16 in all and some attached\nstderr:\n%s", len(attached), refused, stderr)
	}
	if len(hits) != len(attached) {
		t.Errorf("%d offsets counted, %d attached:\n%s", len(hits), len(attached), out)
	}
	for _, h := range hits {
		if h[2] != fmt.Sprint(len(udpSizes)) {
			t.Errorf("udp_sendmsg+%s fired %s times for %d datagrams", h[1], h[2], len(udpSizes))
		}
	}
	// An offset inside the first instruction (the fentry call, or
	// endbr64) is refused outright.
	out, code := runTool(t, ntraceBin, "-e", "kprobe:udp_sendmsg+1 { @ = count(); }")
	want := "ntrace: attaching kprobe:udp_sendmsg+1: udp_sendmsg+1 is not the start of an instruction of udp_sendmsg, which a kprobe must be"
	if code != 1 || !strings.HasPrefix(out, want) {
		t.Errorf("exit %d, output:\n%s\nwant exit 1 and %q", code, out, want)
	}
}
