package selftest

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/link"

	"github.com/ntrace/ntrace/internal/btftest"
)

// inVM skips the test unless it runs inside a vmtest guest.
func inVM(t *testing.T) {
	t.Helper()
	if os.Getenv("NTRACE_VM") == "" {
		t.Skip("NTRACE_VM not set: run through vm/vmtest.sh ./vm/selftest")
	}
}

func TestEnvironment(t *testing.T) {
	inVM(t)
	k := os.Getenv("NTRACE_KERNEL")
	if !slices.Contains(btftest.Kernels(), k) {
		t.Errorf("NTRACE_KERNEL=%q, want one of %v", k, btftest.Kernels())
	}
	if r := os.Getenv("NTRACE_KERNEL_RELEASE"); !strings.HasPrefix(r, k+".") {
		t.Errorf("NTRACE_KERNEL_RELEASE=%q does not start with %q", r, k+".")
	}
	if os.Getuid() != 0 {
		t.Errorf("running as uid %d, want root", os.Getuid())
	}
	// The rig runs the binary from a copy of the package directory.
	if _, err := os.Stat("selftest_test.go"); err != nil {
		t.Errorf("working directory is not a copy of the package: %v", err)
	}
	if bin := os.Getenv("NTRACE_BIN"); bin != "" {
		if _, err := os.Stat(bin); err != nil {
			t.Errorf("NTRACE_BIN: %v", err)
		}
	}
	for _, dir := range []string{"/sys/fs/bpf", "/sys/kernel/debug/tracing", "/sys/fs/cgroup/cgroup.controllers"} {
		if _, err := os.Stat(dir); err != nil {
			t.Errorf("%v", err)
		}
	}
}

func TestKernelBTF(t *testing.T) {
	inVM(t)
	spec, err := btf.LoadSpec("/sys/kernel/btf/vmlinux")
	if err != nil {
		t.Fatal(err)
	}
	var s *btf.Struct
	if err := spec.TypeByName("sk_buff", &s); err != nil {
		t.Fatal(err)
	}
	t.Logf("struct sk_buff: %d bytes", s.Size)
}

// TestBTFMatchesTestdata checks that internal/btftest's blob for this kernel
// describes the kernel the guest runs: the same layout for the structs tracing
// scripts use most. A failure means Debian moved the kernel on: rerun
// vm/extract-btf.sh.
func TestBTFMatchesTestdata(t *testing.T) {
	inVM(t)
	live, err := btf.LoadSpec("/sys/kernel/btf/vmlinux")
	if err != nil {
		t.Fatal(err)
	}
	blob := btftest.Load(t, os.Getenv("NTRACE_KERNEL"))
	for _, name := range []string{"sk_buff", "sock_common", "sock", "tcp_sock", "task_struct", "epitem", "eppoll_entry"} {
		var a, b *btf.Struct
		if err := live.TypeByName(name, &a); err != nil {
			t.Fatal(err)
		}
		if err := blob.TypeByName(name, &b); err != nil {
			t.Fatal(err)
		}
		if got, want := layout(a), layout(b); !slices.Equal(got, want) {
			t.Errorf("struct %s differs between the kernel and testdata:\nkernel:   %v\ntestdata: %v", name, got, want)
		}
	}
}

// layout renders a struct's size and members' names and bit offsets.
func layout(s *btf.Struct) []string {
	out := []string{fmt.Sprintf("size %d", s.Size)}
	for _, m := range s.Members {
		out = append(out, fmt.Sprintf("%s@%d", m.Name, m.Offset))
	}
	return out
}

func TestKprobeEvents(t *testing.T) {
	inVM(t)
	for _, f := range []string{"/sys/kernel/tracing/kprobe_events", "/sys/kernel/tracing/available_filter_functions"} {
		if _, err := os.Stat(f); err != nil {
			t.Fatalf("kprobes unavailable: %v", err)
		}
	}
}

// udpRoundTrip sends one datagram to a socket on 127.0.0.1 and reads it back.
func udpRoundTrip(t *testing.T) {
	t.Helper()
	srv, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	cli, err := net.DialUDP("udp4", nil, srv.LocalAddr().(*net.UDPAddr))
	if err != nil {
		t.Fatal(err)
	}
	defer cli.Close()
	msg := []byte("ntrace vmtest")
	if _, err := cli.Write(msg); err != nil {
		t.Fatal(err)
	}
	srv.SetReadDeadline(time.Now().Add(10 * time.Second))
	buf := make([]byte, 64)
	n, from, err := srv.ReadFromUDP(buf)
	if err != nil {
		t.Fatal(err)
	}
	if string(buf[:n]) != string(msg) || from.Port != cli.LocalAddr().(*net.UDPAddr).Port {
		t.Fatalf("got %q from %v, want %q from %v", buf[:n], from, msg, cli.LocalAddr())
	}
}

func TestLoopbackUDP(t *testing.T) {
	inVM(t)
	udpRoundTrip(t)
}

func TestSocketFilterLoads(t *testing.T) {
	inVM(t)
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{
		Type:         ebpf.SocketFilter,
		License:      "GPL",
		Instructions: asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()},
	})
	if err != nil {
		t.Fatal(err)
	}
	prog.Close()
}

// counter returns an array map holding one u64 and a program, made from spec
// with its instructions filled in, that adds one to it each time it runs.
func counter(t *testing.T, spec ebpf.ProgramSpec) (*ebpf.Map, *ebpf.Program) {
	t.Helper()
	m, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	spec.License = "GPL"
	spec.Instructions = asm.Instructions{
		asm.StoreImm(asm.RFP, -4, 0, asm.Word),
		asm.Mov.Reg(asm.R2, asm.RFP),
		asm.Add.Imm(asm.R2, -4),
		asm.LoadMapPtr(asm.R1, m.FD()),
		asm.FnMapLookupElem.Call(),
		asm.JEq.Imm(asm.R0, 0, "out"),
		asm.Mov.Imm(asm.R1, 1),
		asm.StoreXAdd(asm.R0, asm.R1, asm.DWord),
		asm.Mov.Imm(asm.R0, 0).WithSymbol("out"),
		asm.Return(),
	}
	prog, err := ebpf.NewProgram(&spec)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { prog.Close() })
	return m, prog
}

// fires sends UDP on loopback and checks that the counter saw udp_sendmsg.
func fires(t *testing.T, m *ebpf.Map) {
	t.Helper()
	udpRoundTrip(t)
	var n uint64
	if err := m.Lookup(uint32(0), &n); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("the program did not run on udp_sendmsg")
	}
	t.Logf("udp_sendmsg hits: %d", n)
}

func TestKprobeAttach(t *testing.T) {
	inVM(t)
	m, prog := counter(t, ebpf.ProgramSpec{Type: ebpf.Kprobe})
	l, err := link.Kprobe("udp_sendmsg", prog, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	fires(t, m)
}

func TestFentryAttach(t *testing.T) {
	inVM(t)
	m, prog := counter(t, ebpf.ProgramSpec{Type: ebpf.Tracing, AttachType: ebpf.AttachTraceFEntry, AttachTo: "udp_sendmsg"})
	l, err := link.AttachTracing(link.TracingOptions{Program: prog})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	fires(t, m)
}

// TestModprobe checks that network modules load: nf_tables (with its
// dependencies from outside kernel/net) and veth (from drivers/net).
func TestModprobe(t *testing.T) {
	inVM(t)
	for _, mod := range []string{"nf_tables", "veth", "sch_netem"} {
		out, err := exec.Command("modprobe", mod).CombinedOutput()
		if err != nil {
			t.Errorf("modprobe %s: %v: %s", mod, err, out)
			continue
		}
		if _, err := os.Stat("/sys/module/" + mod); errors.Is(err, os.ErrNotExist) {
			t.Errorf("modprobe %s succeeded but /sys/module/%s does not exist", mod, mod)
		}
	}
}
