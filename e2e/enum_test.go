package e2e

import (
	"fmt"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cilium/ebpf/btf"
)

// An enum argument prints by name with %s and as its number with %d, in
// the same printf: a datagram to a closed port is dropped with
// SKB_DROP_REASON_NO_SOCKET, whose number comes from this kernel's BTF.
func TestEnumPrintfVerbs(t *testing.T) {
	requireTracepoint(t, "skb", "kfree_skb")
	spec, err := btf.LoadKernelSpec()
	if err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	var reasons *btf.Enum
	if err := spec.TypeByName("skb_drop_reason", &reasons); err != nil {
		t.Skipf("this kernel has no enum skb_drop_reason: %v", err)
	}
	noSocket := int64(-1)
	for _, v := range reasons.Values {
		if v.Name == "SKB_DROP_REASON_NO_SOCKET" {
			noSocket = int64(v.Value)
		}
	}
	if noSocket < 0 {
		t.Skip("this kernel's skb_drop_reason has no SKB_DROP_REASON_NO_SOCKET")
	}
	port := closedPort(t, "udp4", "127.0.0.1")
	tr := ntrace(t, fmt.Sprintf(`tracepoint:skb:kfree_skb /args->reason == SKB_DROP_REASON_NO_SOCKET/ {
  printf("drop %%d %%s %%d %%s\n", args->reason, args->reason, args->protocol, comm);
}
%s`, readyProbe), pidArg())
	tr.waitReady()
	const n = 3
	for i := 0; i < n; i++ {
		c, err := net.Dial("udp4", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
		if err != nil {
			t.Fatal(err)
		}
		c.Write([]byte("nobody listens"))
		c.Close()
	}
	time.Sleep(100 * time.Millisecond)
	tr.stop()
	want := fmt.Sprintf("drop %d SKB_DROP_REASON_NO_SOCKET 2048 ", noSocket) // protocol: ETH_P_IP
	got := 0
	for _, l := range strings.Split(tr.Stdout(), "\n") {
		if strings.HasPrefix(l, want) {
			got++
		}
	}
	if got < n {
		t.Errorf("%d lines start with %q, want at least %d:\n%s", got, want, n, tr.Stdout())
	}
}
