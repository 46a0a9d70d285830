package e2e

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"
)

// Walking struct sk_buff to the IP and UDP headers of datagrams the test
// sends over IPv4 and IPv6 loopback, as they are queued on lo: the
// addresses and ports printed are the sockets'. iphdr's version and ihl
// are bitfields.
func TestSkbWalkUDP(t *testing.T) {
	tr := ntrace(t, readyProbe+`rawtracepoint:net_dev_queue /pid == $1/ {
  $skb = (struct sk_buff *)arg0;
  $ip = (struct iphdr *)($skb->head + $skb->network_header);
  $udp = (struct udphdr *)($skb->head + $skb->transport_header);
  if ($ip->version == 4) {
    printf("v4 %s:%d > %s:%d ihl %d proto %d len %d\n", ntop($ip->saddr), ntohs($udp->source),
      ntop($ip->daddr), ntohs($udp->dest), $ip->ihl, $ip->protocol, ntohs($udp->len));
  } else {
    $ip6 = (struct ipv6hdr *)$ip;
    printf("v6 %s:%d > %s:%d next %d\n", ntop($ip6->saddr), ntohs($udp->source),
      ntop($ip6->daddr), ntohs($udp->dest), $ip6->nexthdr);
  }
}`, pidArg())
	tr.waitReady()
	var want []string
	for _, network := range []string{"udp4", "udp6"} {
		ip := loopback(network)
		src, dst := sendDatagram(t, network)
		if network == "udp4" {
			want = append(want, fmt.Sprintf("v4 %s:%d > %s:%d ihl 5 proto 17 len 108", ip, src.Port, ip, dst.Port))
		} else {
			want = append(want, fmt.Sprintf("v6 %s:%d > %s:%d next 17", ip, src.Port, ip, dst.Port))
		}
	}
	tr.stop()
	var got []string
	for _, l := range strings.Split(tr.Stdout(), "\n") {
		if strings.HasPrefix(l, "v4 ") || strings.HasPrefix(l, "v6 ") {
			got = append(got, l)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s\nstderr:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), tr.Stderr())
	}
}

// Walking struct sock for TCP connections the test makes: ports and
// addresses from sock_common, the state compared with the kernel's own
// enum value, the socket found again from its file's inode with
// container_of, and its connect operation compared with kaddr().
func TestSockWalkTCP(t *testing.T) {
	for _, network := range []string{"tcp4", "tcp6"} {
		t.Run(network, func(t *testing.T) {
			ip := "127.0.0.1"
			if network == "tcp6" {
				ip = "::1"
			}
			ln, err := net.Listen(network, net.JoinHostPort(ip, "0"))
			if err != nil {
				t.Fatal(err)
			}
			defer ln.Close()
			port := ln.Addr().(*net.TCPAddr).Port
			tr := ntrace(t, readyProbe+fmt.Sprintf(`rawtracepoint:inet_sock_set_state /arg2 == TCP_ESTABLISHED && ntohs(arg0->__sk_common.skc_dport) == %d/ {
  $sk = arg0;
  $sock = $sk->sk_socket;
  $inode = $sock->file->f_inode;
  $alloc = container_of($inode, struct socket_alloc, vfs_inode);
  if ($sk->__sk_common.skc_family == 2) {
    printf("est %%s:%%d > %%s:%%d", ntop($sk->__sk_common.skc_rcv_saddr), $sk->__sk_common.skc_num,
      ntop($sk->__sk_common.skc_daddr), ntohs($sk->__sk_common.skc_dport));
  } else {
    printf("est %%s:%%d > %%s:%%d", ntop($sk->__sk_common.skc_v6_rcv_saddr), $sk->__sk_common.skc_num,
      ntop($sk->__sk_common.skc_v6_daddr), ntohs($sk->__sk_common.skc_dport));
  }
  printf(" socket-inode %%d same-sock %%d stream-ops %%d by %%s\n", ($inode->i_mode & 0170000) == 0140000,
    $alloc->socket.sk == $sk, $sock->ops->connect == kaddr("inet_stream_connect"), comm);
}`, port), pidArg())
			tr.waitReady()
			conn, err := net.Dial(network, ln.Addr().String())
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			server, err := ln.Accept()
			if err != nil {
				t.Fatal(err)
			}
			defer server.Close()
			tr.stop()
			local := conn.LocalAddr().(*net.TCPAddr)
			comm, _ := os.ReadFile("/proc/self/comm")
			want := fmt.Sprintf("est %s:%d > %s:%d socket-inode 1 same-sock 1 stream-ops 1 by %s\n", ip, local.Port, ip, port, strings.TrimSpace(string(comm)))
			if !strings.Contains(tr.Stdout(), want) {
				t.Errorf("output lacks %q:\n%s\n%s", want, tr.Stdout(), tr.Stderr())
			}
		})
	}
}

// curtask is the current task_struct: its pid, comm and parent are those
// of a process the test starts.
func TestCurtask(t *testing.T) {
	tr := ntrace(t, readyProbe+`tracepoint:sched:sched_process_exec /curtask->real_parent->tgid == $1/ {
  printf("exec pid %d tgid %d comm %s parent %d %s\n", curtask->pid, curtask->tgid, curtask->comm, curtask->real_parent->tgid, str(args->filename));
}`, pidArg())
	tr.waitReady()
	cmd := exec.Command("/bin/true")
	cmd.SysProcAttr = &syscall.SysProcAttr{}
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	tr.stop()
	want := fmt.Sprintf("exec pid %d tgid %d comm true parent %d /bin/true\n", cmd.Process.Pid, cmd.Process.Pid, os.Getpid())
	if !strings.Contains(tr.Stdout(), want) {
		t.Errorf("output lacks %q:\n%s\n%s", want, tr.Stdout(), tr.Stderr())
	}
}

// Through a BTF-typed argument (tp_btf) members are read with direct loads:
// sk_buff's length for datagrams the test sends, with no helper call in
// ntrace -d asm for it; members one pointer further (its socket's port)
// still read right, through the helper. Such a program attaches as tp_btf
// (one that reads nothing so, as a plain raw tracepoint: TestRawTracepoint).
func TestDirectLoadsThroughBTFArguments(t *testing.T) {
	script := readyProbe + `rawtracepoint:net_dev_queue /pid == $1/ {
  printf("queued %d from %d family %d\n", arg0->len, arg0->sk->__sk_common.skc_num, arg0->sk->__sk_common.skc_family);
}`
	listing, code := runTool(t, ntraceBin, "check", "-d", "asm", "-e", script, pidArg())
	if code != 0 {
		t.Fatalf("check: %s", listing)
	}
	prog := listing[strings.Index(listing, "net_dev_queue"):]
	if !regexp.MustCompile(`LdXMemW dst: r\d src: r\d off: 112 `).MatchString(prog) || strings.Count(prog, "FnProbeReadKernel") != 4 {
		t.Errorf("want skb->len as a direct load and the two sock members through the helper:\n%s", prog)
	}
	tr := ntrace(t, script, pidArg(), "-v")
	tr.waitReady()
	_, tx := udpPair(t, "udp4", 0)
	for _, n := range []int{10, 200} {
		if _, err := tx.Write(make([]byte, n)); err != nil {
			t.Fatal(err)
		}
	}
	tr.stop()
	if !strings.Contains(tr.Stderr(), "rawtracepoint:net_dev_queue: attached as tp_btf") {
		t.Errorf("-v did not say it attached as tp_btf:\n%s", tr.Stderr())
	}
	port := tx.LocalAddr().(*net.UDPAddr).Port
	for _, n := range []int{10, 200} {
		// On lo the skb carries an Ethernet (14), IPv4 (20) and UDP (8) header.
		want := fmt.Sprintf("queued %d from %d family 2\n", n+42, port)
		if !strings.Contains(tr.Stdout(), want) {
			t.Errorf("output lacks %q:\n%s", want, tr.Stdout())
		}
	}
}
