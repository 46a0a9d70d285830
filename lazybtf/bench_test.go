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
