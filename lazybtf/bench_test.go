package lazybtf_test

import (
	"os"
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/ntrace/ntrace/lazybtf"
)

const vmlinux = "/sys/kernel/btf/vmlinux"

// udplatStructs are the structs udplat follows.
var udplatStructs = []string{"sk_buff", "sock", "sock_common", "inet_sock", "udp_sock", "task_struct", "msghdr", "sockaddr_in", "socket", "file", "net"}

func skipNoKernelBTF(b *testing.B) {
	if _, err := os.Stat(vmlinux); err != nil {
		b.Skip("no kernel BTF:", err)
	}
}

// BenchmarkOpenKernel is lazybtf's start-up cost on this kernel: mapping
// the file and the one pass over its type headers.
func BenchmarkOpenKernel(b *testing.B) {
	skipNoKernelBTF(b)
	for b.Loop() {
		if _, err := lazybtf.Open(vmlinux, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUdplatStructs opens the kernel's BTF and reads udplat's
// structs and their members.
func BenchmarkUdplatStructs(b *testing.B) {
	skipNoKernelBTF(b)
	for b.Loop() {
		s, err := lazybtf.Open(vmlinux, nil)
		if err != nil {
			b.Fatal(err)
		}
		for _, n := range udplatStructs {
			ts, err := s.AnyTypesByName(n)
			if err != nil {
				b.Fatal(err)
			}
			if _, _, err := s.Members(ts[0]); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkCiliumUdplatStructs is the same through cilium/ebpf: the whole
// index, then everything reachable from the structs.
func BenchmarkCiliumUdplatStructs(b *testing.B) {
	skipNoKernelBTF(b)
	for b.Loop() {
		s, err := btf.LoadKernelSpec()
		if err != nil {
			b.Fatal(err)
		}
		for _, n := range udplatStructs {
			if _, err := s.AnyTypesByName(n); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// udplatTracepoints are the raw tracepoints udplat hooks where there are
// no kprobes.
var udplatTracepoints = []string{"netif_receive_skb", "sk_data_ready", "sock_recv_length", "udp_fail_queue_rcv_skb", "kfree_skb"}

// BenchmarkRawTracepointNames looks up what the checker reads of each of
// udplat's raw tracepoints (its btf_trace_ typedef, and its
// __probestub_ function for the arguments' names) in a freshly opened
// kernel BTF with its functions indexed: names that share their first 8
// bytes with every other tracepoint's.
func BenchmarkRawTracepointNames(b *testing.B) {
	skipNoKernelBTF(b)
	for b.Loop() {
		b.StopTimer()
		s, err := lazybtf.Open(vmlinux, nil)
		if err != nil {
			b.Fatal(err)
		}
		s.IndexFunctions()
		b.StartTimer()
		for _, n := range udplatTracepoints {
			if _, err := s.TypesByName("btf_trace_" + n); err != nil {
				b.Fatal(err)
			}
			if _, err := s.FuncByName("__probestub_" + n); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkLoadIndexedKernel is BenchmarkOpenKernel's pass over the type
// headers replaced by an index read back (LoadIndexed): the index is
// checked (its CRC, spot checks against the blob) and used in place.
func BenchmarkLoadIndexedKernel(b *testing.B) {
	skipNoKernelBTF(b)
	raw, err := os.ReadFile(vmlinux)
	if err != nil {
		b.Fatal(err)
	}
	s, err := lazybtf.Load(raw, nil)
	if err != nil {
		b.Fatal(err)
	}
	index, err := s.MarshalIndex([]byte("key"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(index)))
	for b.Loop() {
		if _, err := lazybtf.LoadIndexed(raw, index, []byte("key")); err != nil {
			b.Fatal(err)
		}
	}
}
