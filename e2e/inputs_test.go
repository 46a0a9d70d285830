package e2e

import (
	"bytes"
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Hostile input, as a user or a traced program would give it: none may
// crash ntrace, hold the host's memory or forge its output.

// A script that never ends (/dev/zero) or is huge (20 MB of comments)
// is refused at the byte past 1 MiB, at once and in little memory: it
// once read /dev/zero until Go ran out of memory, and took 1.2 GB for
// 100 MB of comments.
func TestHugeScripts(t *testing.T) {
	comments := filepath.Join(t.TempDir(), "comments.nt")
	f, err := os.Create(comments)
	if err != nil {
		t.Fatal(err)
	}
	line := "// " + strings.Repeat("c", 76) + "\n"
	block := []byte(strings.Repeat(line, 1<<14))
	for range 20 << 20 / len(block) {
		f.Write(block)
	}
	f.WriteString("BEGIN { exit(); }\n")
	f.Close()
	for _, path := range []string{"/dev/zero", comments} {
		cmd := exec.Command(ntraceBin, "check", path)
		start := time.Now()
		out, code := combinedOutput(t, cmd)
		rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss // KiB
		first, _, _ := strings.Cut(out, "\n")
		if code != 1 || !regexp.MustCompile(`^`+regexp.QuoteMeta(path)+`:\d+:\d+: error: the script is longer than 1048576 bytes \(1 MiB\), the most ntrace reads$`).MatchString(first) {
			t.Errorf("%s: exit %d, first line %q", path, code, first)
		}
		if rss > 64<<10 || time.Since(start) > 10*time.Second {
			t.Errorf("%s: refused in %v with %d KiB at most resident", path, time.Since(start), rss)
		}
		if len(out) > 2000 || strings.ContainsRune(out, 0) {
			t.Errorf("%s: a %d-byte error, with NULs %v", path, len(out), strings.ContainsRune(out, 0))
		}
	}
}

// A printf width that once panicked (2^63-1) or allocated 2 GB for each
// event (999999999) is an error at the format, before anything runs.
func TestPrintfWidthRefused(t *testing.T) {
	requireRoot(t)
	for _, width := range []string{"9223372036854775807", "999999999", "18446744073709551617"} {
		out, code := runTool(t, ntraceBin, "-e", `BEGIN { printf("[%`+width+`d]\n", 1); exit(); }`)
		want := "-e:1:16: error: printf format: width " + width + " in %" + width + "d is more than 1024\n"
		if code != 1 || !strings.HasPrefix(out, want) {
			t.Errorf("width %s: exit %d, output:\n%s", width, code, out)
		}
	}
}

// forgedSymbol replaces stackTarget's name in a binary's ELF string
// table, keeping its length: a symbol that, printed raw, would end the
// stack's line and forge a map line of its own.
const forgedSymbol = "e2e.x\n@forged[1]: 99\n\x1b[2J_ntrace_e2e_xyz"

// A user stack's frames name symbols and (in perf mode) module paths
// from files the traced program controls: a symbol holding a newline
// and an escape sequence, in a binary whose directory name holds a
// terminal escape sequence, prints escaped, and forges no line.
func TestCraftedSymbolsEscaped(t *testing.T) {
	requireRoot(t)
	data, err := os.ReadFile(uprobeBinary(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(forgedSymbol) != len(stackSymbol) {
		t.Fatalf("the forged symbol is %d bytes, stackTarget's name %d", len(forgedSymbol), len(stackSymbol))
	}
	patched := patchStrtab(t, data, stackSymbol, forgedSymbol)
	// /proc/PID/maps, where module paths come from, writes a newline in
	// a path as \012, but an escape sequence raw.
	dir := filepath.Join(t.TempDir(), "evil\x1b[2Jdir")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "target")
	if err := os.WriteFile(bin, patched, 0o755); err != nil {
		t.Fatal(err)
	}
	const n = 5
	h := startStackHelper(t, bin, n)
	tr := ntrace(t, readyProbe+`tracepoint:syscalls:sys_enter_getppid /pid == $2/ { @u[ustack] = count(); @p[ustack(perf, 6)] = count(); }`, pidArg(), h.pid())
	tr.waitReady()
	h.call(t)
	tr.stop()
	out := tr.Stdout()
	if regexp.MustCompile(`(?m)^@forged`).MatchString(out) || strings.Contains(out, "\x1b") {
		t.Errorf("a frame printed raw:\n%q", out)
	}
	escaped := `e2e.x\x0a@forged[1]: 99\x0a\x1b[2J_ntrace_e2e_xyz+`
	if strings.Count(out, escaped) < 2 || !strings.Contains(out, `(`+filepath.Dir(dir)+`/evil\x1b[2Jdir/target)`) {
		t.Errorf("no escaped symbol %q or module path in:\n%s", escaped, out)
	}
}

// patchStrtab returns data, an ELF file, with old replaced by new in its
// symbol string table (.strtab) only.
func patchStrtab(t *testing.T, data []byte, old, new string) []byte {
	t.Helper()
	f, err := elf.NewFile(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	sec := f.Section(".strtab")
	if sec == nil {
		t.Skip("the test binary has no .strtab")
	}
	out := bytes.Clone(data)
	tab := out[sec.Offset : sec.Offset+sec.Size]
	// The name as a whole string: NUL before and after it.
	i := bytes.Index(tab, []byte("\x00"+old+"\x00"))
	if i < 0 {
		t.Fatalf("no %s in .strtab", old)
	}
	copy(tab[i+1:], new)
	return out
}

// Not root, a tracepoint script says what is missing: tracefs is root's
// (mode 0700), not "not mounted"; once, not at every tracepoint, and
// without the errors that would follow from the probes it could not check
// ("map is never assigned"). ntrace check of a script without tracepoints
// needs no root at all.
func TestNotRootTracefs(t *testing.T) {
	requireRoot(t)
	if fi, err := os.Stat("/sys/kernel/tracing"); err != nil || fi.Mode().Perm()&0o005 != 0 {
		t.Skip("tracefs here is not root's alone")
	}
	asNobody := func(args ...string) (string, int) {
		cmd := exec.Command(ntraceBin, args...)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		cmd.Dir = "/"
		return combinedOutput(t, cmd)
	}
	script := `tracepoint:syscalls:sys_enter_read { @bytes[comm] = sum(args->count); }
tracepoint:syscalls:sys_enter_write { @bytes[comm] = sum(args->count); }
END { print(@bytes); clear(@bytes); }`
	out, code := asNobody("-e", script)
	want := "-e:1:1: error: tracepoint syscalls:sys_enter_read: tracefs at /sys/kernel/tracing is readable only by root (permission denied): tracepoints need root, or CAP_DAC_READ_SEARCH\n"
	if code != 3 || !strings.HasPrefix(out, want) || strings.Count(out, "error:") != 1 {
		t.Errorf("exit %d, output:\n%s\nwant exit 3 and only:\n%s", code, out, want)
	}
	b, err := os.ReadFile("/sys/kernel/btf/vmlinux")
	if err != nil {
		t.Skip("no kernel BTF to copy")
	}
	dir, err := os.MkdirTemp("", "ntrace-btf") // t.TempDir's parent is root's alone
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	os.Chmod(dir, 0o755)
	btf := filepath.Join(dir, "vmlinux.btf")
	os.WriteFile(btf, b, 0o644)
	out, code = asNobody("check", "--btf", btf, "-e", `rawtracepoint:sched_switch { @[((struct task_struct *)curtask)->pid] = count(); } interval:s:1 { exit(); }`)
	if code != 0 || !strings.HasPrefix(out, "-e: ok, ") {
		t.Errorf("ntrace check --btf as nobody: exit %d, output:\n%s", code, out)
	}
}

// -o /dev/stdout and -o /dev/stderr write to ntrace's own standard output
// and error, whatever they are (a pipe here), as users expect; they were
// refused as symbolic links.
func TestOutputToStdoutByName(t *testing.T) {
	requireRoot(t)
	cmd := exec.Command(ntraceBin, "-o", "/dev/stdout", "-e", `BEGIN { @x = 5; exit(); }`)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil || !strings.Contains(stdout.String(), "@x: 5\n") {
		t.Errorf("-o /dev/stdout: %v, stdout %q, stderr %q", err, stdout.String(), stderr.String())
	}
	stdout.Reset()
	stderr.Reset()
	cmd = exec.Command(ntraceBin, "-o", "/dev/stderr", "-e", `BEGIN { @x = 5; exit(); }`)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil || !strings.Contains(stderr.String(), "@x: 5\n") || stdout.Len() != 0 {
		t.Errorf("-o /dev/stderr: %v, stdout %q, stderr %q", err, stdout.String(), stderr.String())
	}
}
