package lang_test

import (
	"debug/elf"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ntrace/ntrace/internal/btftest"
	"github.com/ntrace/ntrace/internal/testenv"
	. "github.com/ntrace/ntrace/lang"
)

// checkOn parses and checks src against one kernel's BTF, returning the
// info and the rendered errors (or "").
func checkOn(t *testing.T, kernel, src string) (*Info, string) {
	t.Helper()
	prog, err := Parse("test.nt", src)
	if err != nil {
		return nil, Render("test.nt", src, err)
	}
	info, err := Check(prog, testenv.Env{TB: t, Kernel: kernel}, Params{})
	if err != nil {
		return nil, Render("test.nt", src, err)
	}
	return info, ""
}

// Errors in probes on functions, on every kernel: each case asserts the
// whole rendered message.
func TestFuncProbeErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"unknown function", "kprobe:nosuchfn { @ = count(); }", `
test.nt:1:1: error: unknown kernel function nosuchfn (ntrace -l 'kprobe:*nosuchfn*' lists similar ones)
kprobe:nosuchfn { @ = count(); }
^
`},
		{"no match", "kretprobe:nosuch_* { @ = count(); }", `
test.nt:1:1: error: no kernel function matches kretprobe:nosuch_*
kretprobe:nosuch_* { @ = count(); }
^
`},
		{"retval in kprobe", "kprobe:udp_sendmsg { @ = retval; }", `
test.nt:1:26: error: retval is only available in kretprobe, fexit and uretprobe probes
kprobe:udp_sendmsg { @ = retval; }
                         ^
`},
		{"unknown arg", "fentry:udp_sendmsg { @ = sum(args->size); }", `
test.nt:1:34: error: fentry:udp_sendmsg args has no field "size"; it has sk, msg, len
fentry:udp_sendmsg { @ = sum(args->size); }
                                 ^
`},
		{"argN in kretprobe", "kretprobe:udp_sendmsg { @ = arg2; }", `
test.nt:1:29: error: arg2 is not available in kretprobe probes: the argument registers are gone when the function returns; save it in a map from a kprobe probe (or use args->name in fexit)
kretprobe:udp_sendmsg { @ = arg2; }
                            ^
`},
		{"argN out of range", "kprobe:ntrace_nobtf_func { @ = arg6; }", `
test.nt:1:32: error: arg6 out of range: kprobe:ntrace_nobtf_func takes 6 arguments
kprobe:ntrace_nobtf_func { @ = arg6; }
                               ^
`},
		{"args without BTF", "kprobe:ntrace_nobtf_func { @ = args->x; }", `
test.nt:1:32: error: args: kernel function ntrace_nobtf_func has no BTF prototype; use arg0…arg5
kprobe:ntrace_nobtf_func { @ = args->x; }
                               ^
`},
		{"fentry without BTF", "fentry:ntrace_nobtf_func { @ = count(); }", `
test.nt:1:1: error: kernel function ntrace_nobtf_func has no BTF prototype, which fentry needs; kprobe:ntrace_nobtf_func would attach
fentry:ntrace_nobtf_func { @ = count(); }
^
`},
		{"retval of void", "kretprobe:tcp_close { @ = retval; }", `
test.nt:1:27: error: retval: tcp_close returns void
kretprobe:tcp_close { @ = retval; }
                          ^
`},
		{"func in tracepoint", "tracepoint:syscalls:sys_enter_getppid { @[func] = count(); }", `
test.nt:1:43: error: func is only available in kprobe, kretprobe, fentry, fexit, uprobe and uretprobe probes
tracepoint:syscalls:sys_enter_getppid { @[func] = count(); }
                                          ^
`},
		{"argN in tracepoint", "tracepoint:syscalls:sys_enter_getppid { @ = arg0; }", `
test.nt:1:45: error: arg0 is only available in rawtracepoint, kprobe, fentry, uprobe and usdt probes; tracepoints use args->field
tracepoint:syscalls:sys_enter_getppid { @ = arg0; }
                                            ^
`},
		{"offset in a kretprobe", "kretprobe:udp_sendmsg+4 { @ = count(); }", `
test.nt:1:1: error: kretprobe:udp_sendmsg+4: only a kprobe can hook an offset inside a function (kprobe:udp_sendmsg+4)
kretprobe:udp_sendmsg+4 { @ = count(); }
^
`},
		{"offset not a number", "kprobe:udp_sendmsg+x { @ = count(); }", `
test.nt:1:1: error: kprobe:udp_sendmsg+x: want kprobe:FUNCTION+OFFSET with a number of bytes, got "udp_sendmsg+x"
kprobe:udp_sendmsg+x { @ = count(); }
^
`},
		{"offset in a wildcard", "kprobe:udp_send*+4 { @ = count(); }", `
test.nt:1:1: error: kprobe:udp_send*+4: an offset goes with one function, not a wildcard
kprobe:udp_send*+4 { @ = count(); }
^
`},
		{"no function given", "kprobe: { @ = count(); }", `
test.nt:1:1: error: kprobe probe needs a kernel function: kprobe:<function>, got kprobe:
kprobe: { @ = count(); }
^
`},
		{"uprobe without symbol", "uprobe:/nonexistent/binary:main { @ = count(); }", `
test.nt:1:1: error: reading symbols of /nonexistent/binary: open /nonexistent/binary: no such file or directory
uprobe:/nonexistent/binary:main { @ = count(); }
^
`},
	}
	for _, k := range btftest.Kernels() {
		for _, tt := range tests {
			t.Run(k+"/"+tt.name, func(t *testing.T) {
				_, got := checkOn(t, k, tt.src)
				if want := strings.TrimPrefix(tt.want, "\n"); got != want {
					t.Errorf("errors:\n%s\nwant:\n%s", got, want)
				}
			})
		}
	}
}

// args is typed from each kernel's own prototype: inet_csk_accept took
// (sk, flags, err, kern) until 6.10 and (sk, arg) since.
func TestFuncArgsPerKernel(t *testing.T) {
	src := "kprobe:inet_csk_accept { @[args->flags] = count(); }"
	info, errs := checkOn(t, "6.1", src)
	if errs != "" {
		t.Fatalf("6.1: %s", errs)
	}
	tg := info.Probes[0].Targets[0]
	var fields []string
	for _, f := range tg.Args.Fields {
		fields = append(fields, fmt.Sprintf("%s %s @%d", f.Name, f.Type, f.Offset))
	}
	if got, want := strings.Join(fields, ", "), "sk struct sock * @0, flags int32 @8, err int * @16, kern uint8 @24"; got != want {
		t.Errorf("6.1 args: %s, want %s", got, want)
	}
	for _, k := range []string{"6.12", "6.18"} {
		_, errs := checkOn(t, k, src)
		want := `test.nt:1:32: error: kprobe:inet_csk_accept args has no field "flags"; it has sk, arg
kprobe:inet_csk_accept { @[args->flags] = count(); }
                               ^
`
		if errs != want {
			t.Errorf("%s: errors:\n%s\nwant:\n%s", k, errs, want)
		}
	}
}

// retval, argN and func are typed from BTF: retval of inet_csk_accept is
// the accepted struct sock *, and its members resolve through it.
func TestFuncBuiltinTypes(t *testing.T) {
	bin := buildUprobeTarget(t)
	src := `kretprobe:inet_csk_accept { @port[retval->__sk_common.skc_num] = count(); $r = retval; }
kprobe:udp_sendmsg { $a = arg2; $b = arg0; $f = func; $p = probe; }
kprobe:ntrace_nobtf_func { $a = arg5; }
uretprobe:` + bin + `:main.target { $r = retval; $f = func; }
fexit:udp_sendmsg { $r = retval; $l = args->len; }`
	for _, k := range btftest.Kernels() {
		t.Run(k, func(t *testing.T) {
			info, errs := checkOn(t, k, src)
			if errs != "" {
				t.Fatal(errs)
			}
			var got []string
			for _, pi := range info.Probes {
				for _, v := range pi.Vars {
					got = append(got, fmt.Sprintf("%s:%s %s", pi.Targets[0], v.Name, v.Type))
				}
			}
			want := []string{
				"kretprobe:inet_csk_accept:$r struct sock *",
				"kprobe:udp_sendmsg:$a uint64", "kprobe:udp_sendmsg:$b struct sock *",
				"kprobe:udp_sendmsg:$f string[12]", "kprobe:udp_sendmsg:$p string[19]",
				"kprobe:ntrace_nobtf_func:$a uint64",
				"uretprobe:" + bin + ":main.target:$r uint64", "uretprobe:" + bin + ":main.target:$f string[12]",
				"fexit:udp_sendmsg:$r int32", "fexit:udp_sendmsg:$l uint64",
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("types:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// A wildcard expands to one target per matching function, and the short
// forms name the same kinds as the long ones.
func TestFuncProbeExpansion(t *testing.T) {
	src := `kprobe:udp*_sendmsg { @[func] = sum(args->len); }
k:tcp_close, kr:tcp_v4_connect, f:tcp_close, fr:tcp_v4_connect, kfunc:tcp_close, kretfunc:tcp_v4_connect { @n = count(); }`
	for _, k := range btftest.Kernels() {
		t.Run(k, func(t *testing.T) {
			info, errs := checkOn(t, k, src)
			if errs != "" {
				t.Fatal(errs)
			}
			var got []string
			for _, pi := range info.Probes {
				for _, tg := range pi.Targets {
					got = append(got, fmt.Sprintf("%s wildcard=%v", tg, tg.Wildcard))
				}
			}
			want := []string{
				"kprobe:udp_sendmsg wildcard=true", "kprobe:udpv6_sendmsg wildcard=true",
				"kprobe:tcp_close wildcard=false", "kretprobe:tcp_v4_connect wildcard=false",
				"fentry:tcp_close wildcard=false", "fexit:tcp_v4_connect wildcard=false",
				"fentry:tcp_close wildcard=false", "fexit:tcp_v4_connect wildcard=false",
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("targets:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// A probe marked optional that does not exist is skipped with a warning;
// the rest of the script checks.
func TestOptionalFuncProbe(t *testing.T) {
	src := "kprobe:nosuchfn? { @ = count(); }\nkprobe:udp_sendmsg { @ = count(); }"
	info, errs := checkOn(t, "6.18", src)
	if errs != "" {
		t.Fatal(errs)
	}
	if n := len(info.Probes[0].Targets); n != 0 {
		t.Errorf("optional probe has %d targets, want 0", n)
	}
	want := `test.nt:1:1: warning: optional probe kprobe:nosuchfn? skipped: unknown kernel function nosuchfn (ntrace -l 'kprobe:*nosuchfn*' lists similar ones)
kprobe:nosuchfn? { @ = count(); }
^
`
	if got := RenderWarnings("test.nt", src, info.Warnings); got != want {
		t.Errorf("warnings:\n%s\nwant:\n%s", got, want)
	}
}

// A probe listing a function under each name kernels have given it
// (bpftrace's biolatency: blk_account_io_start, __blk_account_io_start)
// attaches the names this kernel has and warns about the others; a probe
// none of whose functions exists is an error.
func TestListedMissingFuncProbe(t *testing.T) {
	src := "kprobe:blk_account_io_start, kprobe:__blk_account_io_start { @ = count(); }"
	for _, kernel := range []string{"6.12", "6.18"} {
		info, errs := checkOn(t, kernel, src)
		if errs != "" {
			t.Fatalf("%s: %s", kernel, errs)
		}
		if n := len(info.Probes[0].Targets); n != 1 || info.Probes[0].Targets[0].Func != "blk_account_io_start" {
			t.Errorf("%s: targets %v, want blk_account_io_start alone", kernel, info.Probes[0].Targets)
		}
		want := `test.nt:1:30: warning: kprobe:__blk_account_io_start skipped: unknown kernel function __blk_account_io_start (ntrace -l 'kprobe:*__blk_account_io_start*' lists similar ones); the probe's other attach points are attached
kprobe:blk_account_io_start, kprobe:__blk_account_io_start { @ = count(); }
                             ^
`
		if got := RenderWarnings("test.nt", src, info.Warnings); got != want {
			t.Errorf("%s: warnings:\n%s\nwant:\n%s", kernel, got, want)
		}
	}
	_, errs := checkOn(t, "6.18", "kprobe:nosuchfn, kprobe:nosuchfn2* { @ = count(); }")
	for _, want := range []string{"1:1: error: unknown kernel function nosuchfn ", "1:18: error: no kernel function matches kprobe:nosuchfn2*"} {
		if !strings.Contains(errs, want) {
			t.Errorf("errors:\n%s\nwant %q", errs, want)
		}
	}
}

// uprobeTarget is a program whose functions the uprobe tests find. Go
// names its functions with dots, slashes and, for methods, parentheses
// and stars, as C++'s mangled names are full of odd characters.
const uprobeTarget = `package main

type FileEventImpl struct{ n int }

//go:noinline
func (f *FileEventImpl) assignEvents(k int) int { f.n += k; return f.n }

//go:noinline
func target(a int) int { return a * 3 }

func main() { f := &FileEventImpl{}; println(f.assignEvents(1), target(2)) }
`

// buildUprobeTarget builds uprobeTarget with the go command that runs
// this test and returns the binary's path.
func buildUprobeTarget(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(uprobeTarget), 0o644); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "target")
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build the target program")
	}
	cmd := exec.Command(goBin, "build", "-buildvcs=false", "-o", bin, "main.go")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GO111MODULE=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the uprobe target: %v\n%s", err, out)
	}
	return bin
}

// Uprobe symbols come from the binary's ELF symbol table: by name, by
// wildcard (over every character, so *FileEventImpl*assignEvents* finds
// the method main.(*FileEventImpl).assignEvents), name+offset, and
// virtual address, all naming the same place in the file.
func TestUprobeSymbols(t *testing.T) {
	bin := buildUprobeTarget(t)
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	syms, err := f.Symbols()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	const name = "main.target"
	var addr uint64
	for _, s := range syms {
		if s.Name == name {
			addr = s.Value
		}
	}
	if addr == 0 {
		t.Fatalf("no symbol %s in %s", name, bin)
	}
	src := fmt.Sprintf(`uprobe:%s:*FileEventImpl*assignEvents* { @[func] = count(); }
uprobe:%s:%s+4 { @a = count(); }
uretprobe:%s:0x%x { @b = count(); }
uprobe:%s:0x%x { @c = count(); }
u:%s:main.target, ur:%s:main.target { @d = count(); }`, bin, bin, name, bin, addr, bin, addr+4, bin, bin)
	info, errs := checkOn(t, "6.18", src)
	if errs != "" {
		t.Fatal(errs)
	}
	var got []string
	var offs []uint64
	for _, pi := range info.Probes {
		for _, tg := range pi.Targets {
			got = append(got, fmt.Sprintf("%s func=%s symoff=%d", tg, tg.Func, tg.SymOffset))
			offs = append(offs, tg.Offset)
		}
	}
	want := []string{
		"uprobe:" + bin + ":main.(*FileEventImpl).assignEvents func=main.(*FileEventImpl).assignEvents symoff=0",
		"uprobe:" + bin + ":" + name + "+4 func=" + name + " symoff=4",
		"uretprobe:" + bin + ":" + name + " func=" + name + " symoff=0",
		"uprobe:" + bin + ":" + name + "+4 func=" + name + " symoff=4",
		"uprobe:" + bin + ":" + name + " func=" + name + " symoff=0",
		"uretprobe:" + bin + ":" + name + " func=" + name + " symoff=0",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("targets:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if offs[2] != offs[4] || offs[1] != offs[2]+4 || offs[3] != offs[1] {
		t.Errorf("file offsets %v: want by name = by address, and +4 four bytes on", offs)
	}
	// The file offset is where the function's first byte is in the file.
	code, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	ef, _ := elf.Open(bin)
	defer ef.Close()
	text := ef.Section(".text")
	want0 := make([]byte, 8)
	if _, err := text.ReadAt(want0, int64(addr-text.Addr)); err != nil {
		t.Fatal(err)
	}
	if got0 := code[offs[4] : offs[4]+8]; string(got0) != string(want0) {
		t.Errorf("bytes at file offset 0x%x are %x, the function starts with %x", offs[4], got0, want0)
	}

	// A function the binary lacks is a warning, as in bpftrace: its probe
	// is checked (the maps it writes keep their types) and not compiled;
	// a script with nothing else to attach is an error.
	info, errs = checkOn(t, "6.18", fmt.Sprintf("uprobe:%[1]s:nosuch_symbol { @[arg0] = count(); }\nuprobe:%[1]s:main.target { @[1] = count(); }", bin))
	wantWarn := fmt.Sprintf(`test.nt:1:1: warning: uprobe:%[1]s:nosuch_symbol: no function nosuch_symbol in %[1]s: the probe is not attached (ntrace -l 'uprobe:%[1]s:*' lists them)`, bin)
	if errs != "" || !strings.HasPrefix(RenderWarnings("test.nt", "", info.Warnings), wantWarn) {
		t.Errorf("errors:\n%s\nwarnings:\n%s\nwant %s", errs, RenderWarnings("test.nt", "", info.Warnings), wantWarn)
	}
	if skip := info.Probes[0].Targets[0].Skip; skip != "no function nosuch_symbol in "+bin {
		t.Errorf("the missing function's target: Skip %q", skip)
	}
	_, errs = checkOn(t, "6.18", fmt.Sprintf("BEGIN { } uprobe:%s:nosuch_symbol { @ = count(); }", bin))
	wantErr := fmt.Sprintf(`test.nt:1:11: error: none of the script's probes can be attached (no function nosuch_symbol in %s)`, bin)
	if !strings.HasPrefix(errs, wantErr+"\n") {
		t.Errorf("errors:\n%s\nwant %s", errs, wantErr)
	}
	_, errs = checkOn(t, "6.18", fmt.Sprintf("uprobe:%s:main.target+1000 { @ = count(); }", bin))
	if !strings.Contains(errs, "error: uprobe:"+bin+":main.target+1000: offset 1000 is past the end of main.target (") {
		t.Errorf("errors:\n%s", errs)
	}
	src = fmt.Sprintf("uprobe:%s:main.target { @ = args->x; }", bin)
	_, errs = checkOn(t, "6.18", src)
	wantErr = fmt.Sprintf(`test.nt:1:%d: error: args is not available in uprobe probes (a binary's functions have no BTF types); use arg0…arg5
%s
%s^
`, strings.Index(src, "args")+1, src, strings.Repeat(" ", strings.Index(src, "args")))
	if errs != wantErr {
		t.Errorf("errors:\n%s\nwant:\n%s", errs, wantErr)
	}
}
