package e2e

import (
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/internal/ifup"
)

// This file gives tests a network namespace of their own and a netfilter
// rule in it, with syscalls only: the VM rig's guest has no ip or nft
// binary, and neither has this host.

// inNetns runs f on an OS thread moved into a new network namespace with
// its loopback up, and returns f's error. Sockets f opens live in that
// namespace. The thread is never handed back to the Go scheduler: it
// exits with f's goroutine, so no other goroutine runs in the namespace.
func inNetns(f func() error) error {
	w, err := startNetnsWorker()
	if err != nil {
		return err
	}
	defer w.close()
	return w.run(f)
}

// netnsWorker is an OS thread in a network namespace of its own, with
// its loopback up, that runs what it is given there.
type netnsWorker struct {
	inode uint64 // the namespace's inode, as ns.inum in the kernel
	work  chan func()
}

// startNetnsWorker makes the namespace and its thread.
func startNetnsWorker() (*netnsWorker, error) {
	w := &netnsWorker{work: make(chan func())}
	ready := make(chan error, 1)
	go func() {
		runtime.LockOSThread() // no Unlock: the thread dies with the goroutine
		if err := unix.Unshare(unix.CLONE_NEWNET); err != nil {
			ready <- fmt.Errorf("unsharing the network namespace: %w", err)
			return
		}
		if err := ifup.Loopback(); err != nil {
			ready <- err
			return
		}
		var st unix.Stat_t
		if err := unix.Stat("/proc/thread-self/ns/net", &st); err != nil {
			ready <- err
			return
		}
		w.inode = st.Ino
		ready <- nil
		for f := range w.work {
			f()
		}
	}()
	if err := <-ready; err != nil {
		return nil, err
	}
	return w, nil
}

// run runs f in the namespace and returns its error.
func (w *netnsWorker) run(f func() error) error {
	errc := make(chan error, 1)
	w.work <- func() { errc <- f() }
	return <-errc
}

// close ends the thread, and with it the namespace once nothing else in
// it is open.
func (w *netnsWorker) close() { close(w.work) }

// loadNfTables makes sure nf_tables is in the kernel: built in (this
// host), or a module modprobe loads (the Debian kernels in the rig).
func loadNfTables(t *testing.T) {
	t.Helper()
	if _, err := os.Stat("/sys/module/nf_tables"); err == nil {
		return
	}
	if _, err := exec.LookPath("modprobe"); err != nil {
		return // built in, or the netlink request will say it is missing
	}
	if out, err := exec.Command("modprobe", "nf_tables").CombinedOutput(); err != nil {
		t.Fatalf("modprobe nf_tables: %v: %s", err, out)
	}
}

// nftDropUDP installs, in the calling thread's network namespace, an
// nftables table "ntrace_test" with an input chain whose one rule drops
// IPv4 UDP to port — what `nft add rule ip ntrace_test input udp dport
// PORT drop` does. It speaks nfnetlink itself: one batch of three
// messages needs no library (see nftBatch).
func nftDropUDP(port int) error {
	const table, chain = "ntrace_test", "input"
	var b nftBatch
	b.msg(unix.NFT_MSG_NEWTABLE, unix.NLM_F_CREATE, func(m *nlmsg) {
		m.str(unix.NFTA_TABLE_NAME, table)
	})
	b.msg(unix.NFT_MSG_NEWCHAIN, unix.NLM_F_CREATE, func(m *nlmsg) {
		m.str(unix.NFTA_CHAIN_TABLE, table)
		m.str(unix.NFTA_CHAIN_NAME, chain)
		m.nest(unix.NFTA_CHAIN_HOOK, func() {
			m.be32(unix.NFTA_HOOK_HOOKNUM, unix.NF_INET_LOCAL_IN)
			m.be32(unix.NFTA_HOOK_PRIORITY, 0)
		})
		m.str(unix.NFTA_CHAIN_TYPE, "filter")
	})
	portBytes := binary.BigEndian.AppendUint16(nil, uint16(port))
	b.msg(unix.NFT_MSG_NEWRULE, unix.NLM_F_CREATE|unix.NLM_F_APPEND, func(m *nlmsg) {
		m.str(unix.NFTA_RULE_TABLE, table)
		m.str(unix.NFTA_RULE_CHAIN, chain)
		m.nest(unix.NFTA_RULE_EXPRESSIONS, func() {
			// ip protocol == udp
			m.payload(unix.NFT_PAYLOAD_NETWORK_HEADER, 9, 1)
			m.cmpEq([]byte{unix.IPPROTO_UDP})
			// udp dport == port
			m.payload(unix.NFT_PAYLOAD_TRANSPORT_HEADER, 2, 2)
			m.cmpEq(portBytes)
			m.expr("immediate", func() {
				m.be32(unix.NFTA_IMMEDIATE_DREG, unix.NFT_REG_VERDICT)
				m.nest(unix.NFTA_IMMEDIATE_DATA, func() {
					m.nest(unix.NFTA_DATA_VERDICT, func() {
						m.be32(unix.NFTA_VERDICT_CODE, 0) // NF_DROP
					})
				})
			})
		})
	})
	return b.send()
}

// nftBatch is an nfnetlink transaction: messages to the nftables
// subsystem between a batch begin and end, applied all or nothing.
// (github.com/google/nftables would do this too, with three more modules
// in go.mod; x/sys/unix already has every constant one rule needs.)
type nftBatch struct {
	msgs []*nlmsg
}

// nlmsg is one netlink message being built: header, nfgenmsg, attributes.
type nlmsg struct {
	buf []byte
}

// msg appends a message of type typ (an NFT_MSG_*) with the attributes
// attrs writes, asking for an acknowledgement.
func (b *nftBatch) msg(typ, flags int, attrs func(*nlmsg)) {
	m := newNlmsg(unix.NFNL_SUBSYS_NFTABLES<<8|typ, unix.NLM_F_REQUEST|unix.NLM_F_ACK|flags, unix.NFPROTO_IPV4, 0)
	attrs(m)
	b.msgs = append(b.msgs, m)
}

func newNlmsg(typ, flags int, family uint8, resID uint16) *nlmsg {
	m := &nlmsg{buf: make([]byte, unix.NLMSG_HDRLEN, 256)}
	binary.NativeEndian.PutUint16(m.buf[4:], uint16(typ))
	binary.NativeEndian.PutUint16(m.buf[6:], uint16(flags))
	// struct nfgenmsg: family, version, resource id (big-endian).
	m.buf = append(m.buf, family, unix.NFNETLINK_V0)
	m.buf = binary.BigEndian.AppendUint16(m.buf, resID)
	return m
}

// attr appends one attribute, padded to 4 bytes.
func (m *nlmsg) attr(typ uint16, data []byte) {
	m.buf = binary.NativeEndian.AppendUint16(m.buf, uint16(unix.SizeofNlAttr+len(data)))
	m.buf = binary.NativeEndian.AppendUint16(m.buf, typ)
	m.buf = append(m.buf, data...)
	for len(m.buf)%4 != 0 {
		m.buf = append(m.buf, 0)
	}
}

func (m *nlmsg) str(typ uint16, s string) { m.attr(typ, append([]byte(s), 0)) }

// be32 appends a 32-bit attribute: nftables reads them big-endian.
func (m *nlmsg) be32(typ uint16, v uint32) { m.attr(typ, binary.BigEndian.AppendUint32(nil, v)) }

// nest appends an attribute holding the attributes inner appends.
func (m *nlmsg) nest(typ uint16, inner func()) {
	start := len(m.buf)
	m.attr(unix.NLA_F_NESTED|typ, nil)
	inner()
	binary.NativeEndian.PutUint16(m.buf[start:], uint16(len(m.buf)-start))
}

// expr appends one expression of a rule: its name and its data.
func (m *nlmsg) expr(name string, data func()) {
	m.nest(unix.NFTA_LIST_ELEM, func() {
		m.str(unix.NFTA_EXPR_NAME, name)
		m.nest(unix.NFTA_EXPR_DATA, data)
	})
}

// payload loads len bytes at offset from a packet header into register 1.
func (m *nlmsg) payload(base, offset, len uint32) {
	m.expr("payload", func() {
		m.be32(unix.NFTA_PAYLOAD_DREG, unix.NFT_REG_1)
		m.be32(unix.NFTA_PAYLOAD_BASE, base)
		m.be32(unix.NFTA_PAYLOAD_OFFSET, offset)
		m.be32(unix.NFTA_PAYLOAD_LEN, len)
	})
}

// cmpEq ends the rule unless register 1 holds v.
func (m *nlmsg) cmpEq(v []byte) {
	m.expr("cmp", func() {
		m.be32(unix.NFTA_CMP_SREG, unix.NFT_REG_1)
		m.be32(unix.NFTA_CMP_OP, unix.NFT_CMP_EQ)
		m.nest(unix.NFTA_CMP_DATA, func() { m.attr(unix.NFTA_DATA_VALUE, v) })
	})
}

// send writes the batch in one datagram and reads an acknowledgement per
// message: the first error the kernel reports is returned.
func (b *nftBatch) send() error {
	fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC, unix.NETLINK_NETFILTER)
	if err != nil {
		return fmt.Errorf("opening a netfilter netlink socket: %w", err)
	}
	defer unix.Close(fd)
	if err := unix.Bind(fd, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		return err
	}
	begin := newNlmsg(unix.NFNL_MSG_BATCH_BEGIN, unix.NLM_F_REQUEST, unix.AF_UNSPEC, unix.NFNL_SUBSYS_NFTABLES)
	end := newNlmsg(unix.NFNL_MSG_BATCH_END, unix.NLM_F_REQUEST, unix.AF_UNSPEC, unix.NFNL_SUBSYS_NFTABLES)
	var out []byte
	for i, m := range append(append([]*nlmsg{begin}, b.msgs...), end) {
		binary.NativeEndian.PutUint32(m.buf[0:], uint32(len(m.buf)))
		binary.NativeEndian.PutUint32(m.buf[8:], uint32(i+1)) // sequence number
		out = append(out, m.buf...)
	}
	if err := unix.Sendto(fd, out, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		return fmt.Errorf("sending the nftables batch: %w", err)
	}
	buf := make([]byte, 1<<16)
	for acked := 0; acked < len(b.msgs); {
		n, _, err := unix.Recvfrom(fd, buf, 0)
		if err != nil {
			return fmt.Errorf("reading nftables acknowledgements: %w", err)
		}
		msgs, err := syscall.ParseNetlinkMessage(buf[:n])
		if err != nil {
			return err
		}
		for _, msg := range msgs {
			if msg.Header.Type != unix.NLMSG_ERROR || len(msg.Data) < 4 {
				continue
			}
			if errno := int32(binary.NativeEndian.Uint32(msg.Data)); errno != 0 {
				return fmt.Errorf("nftables message %d: %w", msg.Header.Seq-1, unix.Errno(-errno))
			}
			acked++
		}
	}
	return nil
}
