package runtime

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime/format"
)

func TestKallsymsOffsets(t *testing.T) {
	var k kallsyms
	table := `ffffffff81000000 T _stext
ffffffff81000100 t helper
ffffffff81000100 T helper_alias
ffffffff81000200 D some_data
ffffffff81000300 T last_text
ffffffffc0000000 t mod_fn	[mod]
`
	k.once.Do(func() { k.err = k.parse(strings.NewReader(table)) })
	if k.err != nil {
		t.Fatal(k.err)
	}
	if _, err := k.lookup("mod_fn"); err != nil {
		t.Fatal(err)
	}
	if k.module["mod_fn"] != "mod" || k.module["helper"] != "" {
		t.Errorf("modules: mod_fn in %q, helper in %q; want mod and the kernel", k.module["mod_fn"], k.module["helper"])
	}
	tests := []struct {
		addr uint64
		want string
	}{
		{0xffffffff81000005, "_stext+5"},
		{0xffffffff81000100, "helper_alias+0"},   // of two names, the last listed
		{0xffffffff81000250, "helper_alias+336"}, // data symbols do not name code
		{0xffffffff81000310, "last_text+16"},
		{0xffffffff81200000, "0xffffffff81200000"}, // 2 MiB past the last symbol: a gap
		{0xffffffffc0000010, "mod_fn+16"},
		{0xffffffff80000000, "0xffffffff80000000"}, // before every symbol
	}
	for _, tt := range tests {
		got := fmt.Sprintf("0x%x", tt.addr)
		if name, off, ok := k.symbolizeOffset(tt.addr); ok {
			got = fmt.Sprintf("%s+%d", name, off)
		}
		if got != tt.want {
			t.Errorf("0x%x = %s, want %s", tt.addr, got, tt.want)
		}
		// ksym() names the same function, without the offset.
		want, _, _ := strings.Cut(tt.want, "+")
		if got := k.symbolize(tt.addr); got != want {
			t.Errorf("ksym(0x%x) = %s, want %s", tt.addr, got, want)
		}
	}
}

// The running kernel's own table: an address inside do_syscall_64, the
// frame every syscall's kernel stack has on x86-64.
func TestKallsymsRunningKernel(t *testing.T) {
	addr, err := kernelSymbols.lookup("do_syscall_64")
	if err != nil {
		t.Skipf("no kernel symbols here: %v", err)
	}
	name, off, ok := kernelSymbols.symbolizeOffset(addr + 42)
	if !ok || name != "do_syscall_64" || off != 42 {
		t.Errorf("do_syscall_64+42 symbolized as %s+%d (%v)", name, off, ok)
	}
}

func TestParseMapsLine(t *testing.T) {
	m, ok := parseMapsLine("7f0a0abc3000-7f0a0ad1b000 r-xp 00028000 fe:01 1311 /usr/lib/x86_64-linux-gnu/libc.so.6")
	if !ok || m.start != 0x7f0a0abc3000 || m.end != 0x7f0a0ad1b000 || m.off != 0x28000 || m.path != "/usr/lib/x86_64-linux-gnu/libc.so.6" || m.inode != "1311" {
		t.Errorf("libc line = %+v, %v", m, ok)
	}
	m, ok = parseMapsLine("55d09c077000-55d09c078000 r-xp 00001000 00:2a 77 /tmp/my prog (deleted)")
	if !ok || m.path != "/tmp/my prog" {
		t.Errorf("deleted file with a space = %+v, %v", m, ok)
	}
	for _, line := range []string{
		"7ffd1c5d6000-7ffd1c5f7000 rw-p 00000000 00:00 0                          [stack]",
		"7f0a0a800000-7f0a0aa00000 rw-p 00000000 00:00 0 ",
	} {
		if _, ok := parseMapsLine(line); ok {
			t.Errorf("%q taken as a file mapping", line)
		}
	}
}

// User addresses of a running Go program resolve to its functions, built
// at a fixed address (non-PIE, the Go default) and position independent
// (loaded at a random bias); after the process exits they still resolve
// from the maps read while it ran, and a reader that never saw it gives
// up (the frame prints as an address).
func TestUserSymbols(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build the target program")
	}
	for _, mode := range []string{"exe", "pie"} {
		t.Run(mode, func(t *testing.T) {
			bin := filepath.Join(t.TempDir(), "symtarget")
			build := exec.Command(goBin, "build", "-buildvcs=false", "-buildmode="+mode, "-o", bin, "./testdata/symtarget")
			if out, err := build.CombinedOutput(); err != nil {
				t.Fatalf("building: %v\n%s", err, out)
			}
			cmd, stdin, line := startTarget(t, bin)
			var ret int
			var addr uint64
			if _, err := fmt.Sscanf(line, "%d %x", &ret, &addr); err != nil || ret != 4 {
				t.Fatalf("target printed %q", line)
			}
			vaddr := elfSymbolAddr(t, bin, "main.symTarget")
			if mode == "pie" && vaddr == addr {
				t.Fatalf("PIE loaded at its link address 0x%x: the bias is not tested", addr)
			}
			if mode == "exe" && vaddr != addr {
				t.Fatalf("non-PIE symTarget at 0x%x, linked at 0x%x", addr, vaddr)
			}
			pid := uint32(cmd.Process.Pid)
			u := newUserSymbols()
			if f := u.symbolize(pid, addr+7); f.sym != "main.symTarget" || f.off != 7 || f.module != bin {
				t.Errorf("symbolized 0x%x+7 as %+v, want main.symTarget+7 in %s", addr, f, bin)
			}
			stdin.Close()
			cmd.Wait()
			if f := u.symbolize(pid, addr+7); f.sym != "main.symTarget" {
				t.Errorf("after exit, with the maps read before: %+v", f)
			}
			if f := newUserSymbols().symbolize(pid, addr+7); f.sym != "" {
				t.Errorf("after exit, never seen: %+v, want unknown", f)
			}
		})
	}
}

// elfSymbolAddr returns a function's link-time address in an ELF file.
func elfSymbolAddr(t *testing.T, path, name string) uint64 {
	t.Helper()
	s, err := readELFSymbols(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range s.funcs {
		if f.name == name {
			return f.addr
		}
	}
	t.Fatalf("no %s in %s", name, path)
	return 0
}

// A C program built as PIE with frame pointers, and the C library, whose
// symbols are only in .dynsym or a separate debug file: the names
// bpftrace prints for the same frames (getppid, not __GI_getppid).
func TestUserSymbolsSharedLibrary(t *testing.T) {
	pid, line, _ := runCProgram(t, `#include <stdio.h>
#include <unistd.h>
int main(void) { printf("%lx\n", (unsigned long)&getppid); fflush(stdout); getchar(); return 0; }
`)
	var addr uint64
	if _, err := fmt.Sscanf(line, "%x", &addr); err != nil {
		t.Fatalf("target printed %q", line)
	}
	f := newUserSymbols().symbolize(pid, addr+7)
	if f.sym != "getppid" || f.off != 7 || !strings.Contains(f.module, "libc") {
		t.Errorf("getppid+7 symbolized as %+v", f)
	}
}

// A failed bpf_get_stackid is stored as its negative errno: no user
// stack (EFAULT) prints as nothing, as in bpftrace, and so does a word
// of zeroes (no stack was stored there); a collision in the
// stack map prints a note instead of frames and is explained once.
func TestStackNotRecorded(t *testing.T) {
	var warnings []string
	r := newStackReader(nil, func(s string) { warnings = append(warnings, s) })
	spec := lang.StackSpec{Depth: 127}
	word := func(errno int32, pid uint32) uint64 {
		return uint64(uint32(-errno)) | uint64(pid)<<32 | codegen.StackRecorded
	}
	if v := r.value(word(int32(unix.EFAULT), 42), lang.StackSpec{User: true, Depth: 127}); v.S != "" || len(v.Frames) != 0 {
		t.Errorf("EFAULT = %+v, want an empty stack", v)
	}
	// Zeroes, as a missing map value reads, are no stack at all, not
	// stack id 0 (a real bucket of the stack map, which is nil here).
	if v := r.value(0, spec); v.S != "" || len(v.Frames) != 0 {
		t.Errorf("a zero word = %+v, want an empty stack", v)
	}
	for range 3 {
		v := r.value(word(int32(unix.EEXIST), 0), spec)
		if v.S != "[stack lost: hash collision in the stack map]" || len(v.Frames) != 0 {
			t.Errorf("EEXIST = %+v", v)
		}
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "collided") {
		t.Errorf("warnings = %q, want one about the collision", warnings)
	}
}

// A raw tracepoint's stack starts inside the tracer: the program, then
// the kernel's glue, in numbers that vary with the kernel. Those frames
// are left out, and only at the innermost end.
func TestTracerFramesLeftOut(t *testing.T) {
	frames := func(syms ...string) []format.Frame {
		var fs []format.Frame
		for _, s := range syms {
			fs = append(fs, format.Frame{Sym: s, Text: s + "+1"})
		}
		return fs
	}
	tests := []struct {
		frames []format.Frame
		want   int
	}{
		{frames("bpf_prog_9f1c2e_nt42_p1", "bpf_trace_run1", "__traceiter_sched_waking", "try_to_wake_up", "wake_up_q"), 3},
		{frames("bpf_prog_9f1c2e_nt42_p0", "bpf_trace_run4", "__bpf_trace_sched_switch", "__traceiter_sched_switch", "__schedule"), 4},
		{frames("bpf_prog_1_nt1_p0", "bpf_trampoline_6442", "tcp_sendmsg"), 2},
		{frames("__schedule", "schedule", "bpf_trace_run1"), 0},
		{frames("bpf_prog_1_nt1_p0"), 1},
		{nil, 0},
	}
	for _, tt := range tests {
		if got := tracerFrames(tt.frames); got != tt.want {
			t.Errorf("tracerFrames(%v) = %d, want %d", tt.frames, got, tt.want)
		}
	}
}

// Addresses in a binary's read-only and writable data are no function's:
// they symbolize as unknown (printed as the address, as bpftrace prints
// them), not as the last function before them with a size of 0 (_fini)
// plus a large offset. The program's own function still resolves.
func TestUserSymbolsDataIsNoFunction(t *testing.T) {
	pid, line, bin := runCProgram(t, `#include <stdio.h>
static const char text[] = "read-only data, after .fini in the file";
int table[4096] = {1};
int main(void) {
	printf("%lx %lx %lx\n", (unsigned long)&main, (unsigned long)text, (unsigned long)&table[100]);
	fflush(stdout); getchar(); return 0;
}
`)
	var mainAddr, rodata, data uint64
	if _, err := fmt.Sscanf(line, "%x %x %x", &mainAddr, &rodata, &data); err != nil {
		t.Fatalf("target printed %q", line)
	}
	u := newUserSymbols()
	if f := u.symbolize(pid, mainAddr+1); f.sym != "main" || f.off != 1 {
		t.Errorf("main+1 symbolized as %+v", f)
	}
	for name, addr := range map[string]uint64{"read-only data": rodata, "data": data} {
		if f := u.symbolize(pid, addr); f.sym != "" || f.module != bin {
			t.Errorf("%s at %#x symbolized as %+v, want no function in %s", name, addr, f, bin)
		}
	}
}

// runCProgram builds a C program as a position-independent executable,
// runs it until it has printed its first line and returns its pid, that
// line and the binary's path. The program waits on stdin, which the test's
// cleanup closes, to be symbolized while it runs.
func runCProgram(t *testing.T, src string) (pid uint32, line, bin string) {
	t.Helper()
	cc, err := exec.LookPath("cc")
	if err != nil {
		t.Skip("no C compiler to build the target program")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "t.c")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	bin = filepath.Join(dir, "t")
	if out, err := exec.Command(cc, "-O1", "-pie", "-fPIE", "-o", bin, path).CombinedOutput(); err != nil {
		t.Fatalf("building: %v\n%s", err, out)
	}
	cmd, _, line := startTarget(t, bin)
	return uint32(cmd.Process.Pid), line, bin
}

// startTarget runs a program that prints a line and then waits on stdin,
// and returns it, its stdin and that line; the test's cleanup closes its
// stdin and waits for it.
func startTarget(t *testing.T, bin string) (*exec.Cmd, io.Closer, string) {
	t.Helper()
	cmd := exec.Command(bin)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdin.Close(); cmd.Wait() })
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("%s printed no line: %v", bin, err)
	}
	return cmd, stdin, line
}
