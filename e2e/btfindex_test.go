package e2e

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The kernel BTF's index kept between runs (NTRACE_BTF_CACHE): the first
// run reads the BTF whole and saves the index, the second reads the index
// instead, a third finds it damaged, reads the BTF whole and saves it
// again. Each walks struct sk_buff to the IP and UDP headers of a
// datagram the test sends, and prints what the test sent.
func TestBTFIndexCache(t *testing.T) {
	requireRoot(t)
	dir := t.TempDir()
	script := readyProbe + `rawtracepoint:net_dev_queue /pid == $1/ {
  $skb = (struct sk_buff *)arg0;
  $ip = (struct iphdr *)($skb->head + $skb->network_header);
  $udp = (struct udphdr *)($skb->head + $skb->transport_header);
  printf("v4 %s:%d > %s:%d len %d\n", ntop($ip->saddr), ntohs($udp->source), ntop($ip->daddr), ntohs($udp->dest), ntohs($udp->len));
}`
	run := func(want string) {
		t.Helper()
		cmd := exec.Command(ntraceBin, "-v", "-e", script, pidArg())
		cmd.Env = append(os.Environ(), "NTRACE_BTF_CACHE="+dir)
		tr := startTracerCommand(t, cmd)
		tr.waitReady()
		src, dst := sendDatagram(t, "udp4")
		sent := fmt.Sprintf("v4 %s:%d > %s:%d len 108", src.IP, src.Port, dst.IP, dst.Port)
		tr.waitLine(func(l string) bool { return strings.HasPrefix(l, "v4 ") }, nil)
		tr.stop()
		if got := strings.TrimSpace(grepLines(tr.Stdout(), "v4 ")); got != sent {
			t.Errorf("printed %q, sent %q", got, sent)
		}
		if !strings.Contains(tr.Stderr(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, tr.Stderr())
		}
	}
	run("kernel BTF: read whole, its index to be saved in " + dir)
	files, _ := filepath.Glob(filepath.Join(dir, "vmlinux-*.btfindex"))
	if len(files) != 1 {
		t.Fatalf("index files %v, want one", files)
	}
	fi, err := os.Stat(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("index file mode %v, want 0600", fi.Mode())
	}
	saved, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	run("kernel BTF: its index read from " + files[0])
	damaged := bytes.Clone(saved)
	damaged[len(damaged)/2] ^= 1
	if err := os.WriteFile(files[0], damaged, 0o600); err != nil {
		t.Fatal(err)
	}
	run("kernel BTF: read whole, its index to be saved in " + files[0])
	if again, err := os.ReadFile(files[0]); err != nil || !bytes.Equal(again, saved) {
		t.Errorf("the damaged index was not saved again as it was (%v)", err)
	}
}

// sendDatagram sends a datagram of 100 bytes over network's loopback
// between two sockets of its own, and receives it: it has been queued on
// lo (net_dev_queue) by the time it returns.
func sendDatagram(t *testing.T, network string) (src, dst *net.UDPAddr) {
	t.Helper()
	rx, tx := udpPair(t, network, 0)
	if _, err := tx.Write(make([]byte, 100)); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 200)
	if _, _, err := rx.ReadFromUDP(buf); err != nil {
		t.Fatal(err)
	}
	return tx.LocalAddr().(*net.UDPAddr), rx.LocalAddr().(*net.UDPAddr)
}

// grepLines is the lines of s that start with prefix.
func grepLines(s, prefix string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, prefix) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
