package lang_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ntrace/ntrace/internal/elftest"
	"github.com/ntrace/ntrace/internal/testenv"
	. "github.com/ntrace/ntrace/lang"
)

// checkWith parses and checks src with params against 6.18's BTF, and
// returns the info and the rendered errors (or "").
func checkWith(t *testing.T, src string, params Params) (*Info, string) {
	t.Helper()
	prog, err := Parse("test.nt", src)
	if err != nil {
		return nil, Render("test.nt", src, err)
	}
	info, err := Check(prog, testenv.Env{TB: t, Kernel: "6.18"}, params)
	if err != nil {
		return nil, Render("test.nt", src, err)
	}
	return info, ""
}

// checkProbeError checks that src's first error is want, at the probe.
func checkProbeError(t *testing.T, src, want string) {
	t.Helper()
	if _, errs := checkWith(t, src, Params{}); !strings.HasPrefix(errs, "test.nt:1:1: error: "+want+"\n") {
		t.Errorf("%s:\n%s\nwant: %s", src, errs, want)
	}
}

// usdtBinary writes an executable with usdt notes: app:start at two sites
// (with a semaphore, arguments in a register, in memory, at a symbol and
// a constant; then one argument), app:stop, and other:stop.
func usdtBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "prog")
	elftest.File{
		Notes: []elftest.Note{
			{Provider: "app", Name: "start", Args: "-4@%edi 8@-16(%rbp) 2@counter(%rip) -1@$-3", PC: elftest.TextAddr + 0x10, Semaphore: elftest.DataAddr},
			{Provider: "app", Name: "start", Args: "-4@%esi", PC: elftest.TextAddr + 0x40, Semaphore: elftest.DataAddr},
			{Provider: "app", Name: "stop", PC: elftest.TextAddr + 0x50},
			{Provider: "other", Name: "stop", Args: "8@%rax", PC: elftest.TextAddr + 0x60},
		},
		Syms: []elftest.Sym{{Name: "counter", Addr: elftest.DataAddr + 8, Size: 2}, {Name: "main", Addr: elftest.TextAddr, Size: 0x100, Func: true}},
	}.Write(t, bin)
	return bin
}

// A usdt probe expands to a target per site, at the site's file offset
// with its semaphore's, its arguments typed from their specifiers (one
// type for arg0 where the sites agree); -p and -c make them their
// process's.
func TestUSDTTargets(t *testing.T) {
	bin := usdtBinary(t)
	info, errs := checkWith(t, fmt.Sprintf(`usdt:%s:app:start { @a = arg0; }`, bin), Params{CPID: 4242})
	if errs != "" {
		t.Fatal(errs)
	}
	ts := info.Probes[0].Targets
	if len(ts) != 2 {
		t.Fatalf("%d targets, want 2 (two sites)", len(ts))
	}
	for i, want := range []struct{ off, addr uint64 }{{0x1010, elftest.TextAddr + 0x10}, {0x1040, elftest.TextAddr + 0x40}} {
		got := ts[i]
		if got.Offset != want.off || got.Addr != want.addr || got.Semaphore != 0x3000 || got.PID != 4242 || got.String() != "usdt:"+bin+":app:start" {
			t.Errorf("site %d: offset %#x addr %#x semaphore %#x pid %d name %s", i, got.Offset, got.Addr, got.Semaphore, got.PID, got)
		}
	}
	if a := ts[0].ArgLocs; len(a) != 4 || a[2].Kind != ArgStatic || a[2].Offset != elftest.DataAddr+8 || a[3].Kind != ArgConst || a[3].Value != -3 {
		t.Errorf("first site's arguments: %+v", a)
	}
	// arg0 is an int32 at both sites.
	for e, typ := range info.Types {
		if id, ok := e.(*Ident); ok && id.Name == "arg0" && typ.String() != "int32" {
			t.Errorf("arg0 is %s, want int32", typ)
		}
	}
}

// Errors of usdt probes, each at the probe or the use, saying what there
// is instead.
func TestUSDTErrors(t *testing.T) {
	bin := usdtBinary(t)
	for _, tt := range []struct {
		name, src string
		params    Params
		want      string // "COL" is the column of at in the probe's body
		at        string
	}{
		{"ambiguous", "usdt:PROG:stop { }", Params{}, "test.nt:1:1: error: usdt:PROG:stop: providers app, other all have a probe stop; name the one you mean (usdt:BINARY:app:stop) or use * for all", ""},
		{"unknown", "usdt:PROG:app:nosuch { }", Params{}, "test.nt:1:1: error: no usdt probe in PROG matches usdt:PROG:app:nosuch (ntrace -l 'usdt:PROG:*' lists them)", ""},
		{"no binary", "usdt::app:start { }", Params{}, "test.nt:1:1: error: usdt::app:start names no binary: give its path, or a process with -p to search what it has mapped", ""},
		{"arg out of range", "usdt:PROG:app:start { @ = arg1; }", Params{}, "test.nt:1:COL: error: arg1 out of range: usdt:PROG:app:start takes 1 arguments", "arg1"},
		{"arg of a site without", "usdt:PROG:app:stop { @ = arg0; }", Params{}, "test.nt:1:COL: error: arg0 out of range: usdt:PROG:app:stop takes 0 arguments", "arg0"},
		{"retval", "usdt:PROG:app:stop { @ = retval; }", Params{}, "test.nt:1:COL: error: retval is only available in kretprobe, fexit and uretprobe probes", "retval"},
		{"func", "usdt:PROG:app:stop { @[func] = count(); }", Params{}, "test.nt:1:COL: error: func is only available in kprobe, kretprobe, fentry, fexit, uprobe and uretprobe probes", "func"},
		{"cpid without -c", "usdt:PROG:app:stop { @ = cpid; }", Params{}, "test.nt:1:COL: error: cpid is the process of -c's command, and there is no -c", "cpid"},
		{"missing binary", "usdt:/nonexistent/prog:a:b { }", Params{}, "test.nt:1:1: error: reading symbols of /nonexistent/prog: open /nonexistent/prog: no such file or directory", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.ReplaceAll(tt.src, "PROG", bin)
			_, errs := checkWith(t, src, tt.params)
			want := strings.ReplaceAll(tt.want, "PROG", bin)
			body := strings.Index(src, "{")
			want = strings.ReplaceAll(want, "COL", fmt.Sprint(body+strings.Index(src[body:], tt.at)+1))
			if first, _, _ := strings.Cut(errs, "\n"); first != want {
				t.Errorf("errors:\n%s\nwant first:\n%s", errs, want)
			}
		})
	}
}

// software: and hardware: probes: one target per event, named as written
// (aliases and all) with the count when given; the event's default count
// otherwise; wildcards over the events' names.
func TestPerfCounterTargets(t *testing.T) {
	_, errs := checkWith(t, `software:faults:1 { } s:cs { } software:*-faults: { } hardware:cycles:1e3 { } h:instructions:0x100 { }`, Params{})
	if errs == "" || !strings.Contains(errs, `hardware:cycles:1e3: the count is how many events make a sample, a positive integer; got "1e3"`) {
		t.Fatalf("a count in exponent form: %s", errs)
	}
	info, errs := checkWith(t, `software:faults:1 { } s:cs { } software:*-faults: { } hardware:cycles:1000 { } h:instructions:0x100 { }`, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	var got []string
	for _, pi := range info.Probes {
		for _, tg := range pi.Targets {
			got = append(got, fmt.Sprintf("%s type %d config %d every %d", tg, tg.PerfType, tg.PerfConfig, tg.Period))
		}
	}
	want := []string{
		"software:faults:1 type 1 config 2 every 1",
		"software:cs type 1 config 3 every 1000",
		"software:page-faults type 1 config 2 every 100",
		"software:minor-faults type 1 config 5 every 100",
		"software:major-faults type 1 config 6 every 1",
		"software:alignment-faults type 1 config 7 every 1",
		"software:emulation-faults type 1 config 8 every 1",
		"hardware:cycles:1000 type 0 config 0 every 1000",
		"hardware:instructions:256 type 0 config 1 every 256",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("targets:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for src, want := range map[string]string{
		"software:nosuch:1 { }":                   `unknown software event "nosuch" in software:nosuch:1; there are cpu-clock, task-clock, page-faults, context-switches, cpu-migrations, minor-faults, major-faults, alignment-faults, emulation-faults, dummy, bpf-output, cgroup-switches`,
		"software:faults:0 { }":                   `software:faults:0: the count is how many events make a sample, a positive integer; got "0"`,
		"software:cpu-clock:1000 { }":             "software:cpu-clock:1000 samples every 1000 ns, more often than every 10 µs, the shortest period the kernel's clock events have (it would make it 10 µs)",
		"software { }":                            "software probe needs an event and a count: software:EVENT:COUNT, got software (ntrace -l 'software:*' lists the events)",
		"hardware:cycles:9223372036854775808 { }": "hardware:cycles:9223372036854775808: a count is at most 2^63-1, the most the kernel takes",
	} {
		checkProbeError(t, src, want)
	}
}

// Watchpoints: an address (a kernel one, or a user one with -p or -c), a
// length and a mode x86 can watch; or a function's argument, in -p's or
// -c's program.
func TestWatchpointTargets(t *testing.T) {
	info, errs := checkWith(t, `watchpoint:0xffffffff82a3c4c0:8:w { } w:0x1000:4:wr { }`, Params{PID: 42})
	if errs != "" {
		t.Fatal(errs)
	}
	var got []string
	for _, pi := range info.Probes {
		tg := pi.Targets[0]
		got = append(got, fmt.Sprintf("%s pid %d", tg, tg.PID))
	}
	if want := "watchpoint:0xffffffff82a3c4c0:8:w pid 42,watchpoint:0x1000:4:rw pid 42"; strings.Join(got, ",") != want {
		t.Errorf("targets %s, want %s", strings.Join(got, ","), want)
	}
	bin := usdtBinary(t)
	info, errs = checkWith(t, `watchpoint:main+arg1:4:w { } asyncwatchpoint:m*+arg0:8:rw { }`, Params{CPID: 7, Command: bin + " --flag"})
	if errs != "" {
		t.Fatal(errs)
	}
	for _, pi := range info.Probes {
		tg := pi.Targets[0]
		if tg.Func != "main" || tg.Path != bin || tg.Offset != 0x1000 || tg.PID != 7 {
			t.Errorf("%s: func %s in %s at %#x, pid %d", tg, tg.Func, tg.Path, tg.Offset, tg.PID)
		}
	}
	for src, want := range map[string]string{
		"watchpoint:0x1000:4:w { }":              "watchpoint:0x1000:4:w: 0x1000 is a user-space address: say whose with -p PID or -c CMD (without them a watchpoint watches kernel memory)",
		"watchpoint:0xffffffff82a3c4c2:4:w { }":  "watchpoint:0xffffffff82a3c4c2:4:w: address 0xffffffff82a3c4c2 is not aligned to the watchpoint's length, 4",
		"watchpoint:0xffffffff82a3c4c0:3:w { }":  `watchpoint:0xffffffff82a3c4c0:3:w: a watchpoint covers 1, 2, 4 or 8 bytes, not "3"`,
		"watchpoint:0xffffffff82a3c4c0:4:r { }":  "watchpoint:0xffffffff82a3c4c0:4:r: x86 cannot watch reads alone: use rw, which fires on reads and writes",
		"watchpoint:0xffffffff82a3c4c0:8:rx { }": `watchpoint:0xffffffff82a3c4c0:8:rx: x86 cannot watch execution together with reads or writes ("rx"): use x, or w or rw`,
		"watchpoint:0xffffffff82a3c4c0:4:ww { }": `watchpoint:0xffffffff82a3c4c0:4:ww: watchpoint mode "ww" names w twice`,
		"watchpoint:0xffffffff82a3c4c0:4:x { }":  "watchpoint:0xffffffff82a3c4c0:4:x: an execute watchpoint covers 8 bytes (the length of a long), not 4",
		"watchpoint:0:4:w { }":                   `watchpoint:0:4:w: want a non-zero address to watch, got "0"`,
		"watchpoint:f+arg1:4:w { }":              "watchpoint:f+arg1:4:w watches an argument of a function of a program: give the process with -p PID or -c CMD",
		"watchpoint:f+arg9:4:w { }":              `watchpoint:f+arg9:4:w: want FUNCTION+argN with N from 0 to 5, got "f+arg9"`,
		"asyncwatchpoint:0x1000:4:w { }":         "asyncwatchpoint:0x1000:4:w: an asyncwatchpoint watches a function's argument: asyncwatchpoint:FUNCTION+argN:LENGTH:MODE",
		"watchpoint:0xffffffff82a3c4c0:4 { }":    "watchpoint probe needs what to watch, a length and a mode: watchpoint:ADDRESS:LENGTH:MODE or watchpoint:FUNCTION+argN:LENGTH:MODE, got watchpoint:0xffffffff82a3c4c0:4",
	} {
		checkProbeError(t, src, want)
	}
}

// kprobe:f+off is one target at the offset, named with it; cpid with -c
// is a constant.
func TestKprobeOffsetAndCpid(t *testing.T) {
	info, errs := checkWith(t, `kprobe:udp_sendmsg+0x10 { @[cpid] = count(); }`, Params{CPID: 99})
	if errs != "" {
		t.Fatal(errs)
	}
	tg := info.Probes[0].Targets[0]
	if tg.SymOffset != 16 || tg.String() != "kprobe:udp_sendmsg+16" {
		t.Errorf("target %s, offset %d", tg, tg.SymOffset)
	}
	for e, c := range info.Consts {
		if id, ok := e.(*Ident); ok && id.Name == "cpid" && c.Int != 99 {
			t.Errorf("cpid = %d, want 99", c.Int)
		}
	}
}

// CommandPID is asked for -c's pid only by a script that needs it (-c's
// command may still be starting while the script is checked), and its
// answer is cpid; an answer of 0 is no -c.
func TestCommandPIDAskedOnlyWhenNeeded(t *testing.T) {
	asked := 0
	params := Params{Command: "true", CommandPID: func() int { asked++; return 4321 }}
	if _, errs := checkWith(t, `tracepoint:skb:kfree_skb { @n = count(); }`, params); errs != "" {
		t.Fatal(errs)
	}
	if asked != 0 {
		t.Errorf("a script without cpid asked for -c's pid %d times", asked)
	}
	info, errs := checkWith(t, `tracepoint:skb:kfree_skb /pid == cpid/ { @[cpid] = count(); }`, params)
	if errs != "" {
		t.Fatal(errs)
	}
	if asked == 0 {
		t.Error("a script with cpid never asked for -c's pid")
	}
	n := 0
	for e, c := range info.Consts {
		if id, ok := e.(*Ident); ok && id.Name == "cpid" {
			n++
			if c.Int != 4321 {
				t.Errorf("cpid = %d, want 4321", c.Int)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d cpid constants, want 2", n)
	}
	_, errs = checkWith(t, `BEGIN { $x = cpid; }`, Params{CommandPID: func() int { return 0 }})
	if want := "cpid is the process of -c's command, and there is no -c"; !strings.Contains(errs, want) {
		t.Errorf("errors %q, want %q", errs, want)
	}
}

// The kinds table: each name and alias names one kind; every kind has its
// forms, a context and a canonical name for its targets; a kind that
// fires on return names the kind on entry.
func TestKindsTable(t *testing.T) {
	seen := map[string]ProbeKind{}
	for _, k := range Kinds() {
		for _, n := range k.Names() {
			if other, dup := seen[n]; dup {
				t.Errorf("%q names both %s and %s", n, other, k.Kind)
			}
			seen[n] = k.Kind
			if KindNamed(n) != k {
				t.Errorf("KindNamed(%q) is not %s", n, k.Name)
			}
		}
		if len(k.Forms) == 0 || k.Context == 0 || k.Kind.Info() != k || k.Kind.String() != k.Name {
			t.Errorf("%s: forms %v, context %d", k.Name, k.Forms, k.Context)
		}
		if k.Return && k.Entry == 0 {
			t.Errorf("%s fires on return but names no entry kind", k.Name)
		}
	}
}
