package lang_test

import (
	"strings"
	"testing"

	. "github.com/ntrace/ntrace/lang"
)

// A tracepoint's pointer field whose format names a struct is typed from
// BTF, and in a system call's record points to user memory.
func TestTracepointStructPointers(t *testing.T) {
	_, info, errs := checkSrc(t, `tracepoint:syscalls:sys_enter_clock_nanosleep { $sec = args->rqtp->tv_sec; $p = args->rqtp; }`, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	for _, v := range info.Probes[0].Vars {
		want := map[string]string{"$sec": "long long", "$p": "struct __kernel_timespec *"}[v.Name]
		if got := v.Type.String(); got != want && !(v.Name == "$sec" && got == "int64") || !v.Type.User {
			t.Errorf("%s: %s (user %v), want %s in user memory", v.Name, v.Type, v.Type.User, want)
		}
	}
}

// The types the newer builtins give, and what they keep.
func TestBuiltinTypes(t *testing.T) {
	src := `tracepoint:syscalls:sys_enter_read {
  $cmp = strncmp(comm, "ab", 2); $has = strcontains(comm, "x"); $b = buf(args->buf, 8); $bd = buf(args->buf, args->count);
  $e = strerror(2); $ts = strftime("%H:%M:%f", nsecs); $u = usym(args->buf); $name = username; $node = numaid;
  $cg = cgroup_path(cgroup, "unified"); $k = kptr(args->buf); $up = uptr((uint64)curtask); $ip = pton("10.0.0.1")[1];
  $n = ntop(0x0100007f); $ip6 = pton("::1")[15]; $cast = (uint32)pton("127.0.0.1"); $sz = sizeof(uint16); $one = 1e3 / 1e2;
  $s = str(args->buf, args->count);
}`
	_, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	want := map[string]string{
		"$cmp": "int64", "$has": "bool", "$b": "buffer[8]", "$bd": "buffer[64]", "$e": "strerror",
		"$ts": "timestamp", "$u": "usym", "$name": "username", "$node": "uint32", "$cg": "cgroup_path",
		"$k": "pointer", "$up": "uint64", "$ip": "uint8", "$n": "inet", "$ip6": "uint8", "$cast": "uint32",
		"$sz": "uint64", "$one": "int64", "$s": "string[64]",
	}
	consts := map[string]uint64{"$ip": 0, "$ip6": 1, "$cast": 0x0100007f, "$sz": 2, "$one": 10}
	user := map[string]bool{"$k": false, "$up": true}
	seen := 0
	for _, v := range info.Probes[0].Vars {
		w, ok := want[v.Name]
		if !ok {
			continue
		}
		seen++
		if v.Type.String() != w {
			t.Errorf("%s: %s, want %s", v.Name, v.Type, w)
		}
		if u, ok := user[v.Name]; ok && v.Type.User != u {
			t.Errorf("%s: user address %v, want %v", v.Name, v.Type.User, u)
		}
		if v.Name == "$ts" && v.Type.Format != "%H:%M:%f" || v.Name == "$cg" && v.Type.Format != "unified" {
			t.Errorf("%s keeps %q", v.Name, v.Type.Format)
		}
	}
	if seen != len(want) {
		t.Errorf("checked %d variables of %d", seen, len(want))
	}
	for _, s := range info.Probes[0].Probe.Body.Stmts {
		a := s.(*AssignStmt)
		name := a.Target.(*VarExpr).Name
		if w, ok := consts[name]; ok {
			if k, isConst := info.Consts[a.Value]; !isConst || k.Int != w {
				t.Errorf("%s = %+v, want the constant %d", name, k, w)
			}
		}
	}
}

// Each builtin refuses what it cannot take, at the argument at fault.
func TestBuiltinErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{`BEGIN { $x = strncmp(comm, "a", nsecs); }`, `1:33: error: strncmp()'s length must be a constant integer, 0 or more`},
		{`BEGIN { $x = strncmp(comm, 1, 2); }`, `1:28: error: strncmp() needs a string, not int64`},
		{`BEGIN { $x = strcontains(1, comm); }`, `1:26: error: strcontains() needs a string, not int64`},
		{`BEGIN { $x = buf(nsecs); }`, `1:14: error: buf() of uint64 needs a length: buf(p, n)`},
		{`BEGIN { $x = buf(comm); }`, `1:14: error: buf() of string[16] needs a length: buf(p, n)`},
		{`BEGIN { $x = buf(nsecs, 5000); }`, `1:25: error: buf()'s length must be from 0 to 1023`},
		{`BEGIN { printf("%r\n", comm); }`, `1:24: error: printf %r needs a buf(), got string[16]`},
		{`BEGIN { join(nsecs, comm); }`, `1:21: error: join()'s separator must be a string literal`},
		{`BEGIN { $x = strftime(comm, nsecs); }`, `1:23: error: strftime()'s format must be a string literal`},
		{`BEGIN { $x = strftime("%5000H", nsecs); }`, `1:23: error: strftime() format: width 5000 in %5000H is more than 1024`},
		{`BEGIN { $x = strerror(comm); }`, `1:23: error: strerror() needs an integer, not string[16]`},
		{`BEGIN { $x = cgroupid("/sys/fs/cgroup"); }`, `1:14: error: cgroupid() looks the cgroup up on the machine the script runs on; it cannot be checked offline`},
		{`BEGIN { $x = cgroup_path(cgroup, comm); }`, `1:34: error: cgroup_path()'s filter must be a string literal`},
		{`BEGIN { $x = reg("ip"); }`, `1:14: error: reg() is only available in kprobe, kretprobe, uprobe, uretprobe and profile probes, whose context holds the registers`},
		{`profile:hz:99 { $x = reg("pc"); }`, `1:26: error: reg("pc"): no such register; x86-64's are ax bp bx cs cx di dx flags ip orig_ax r10 r11 r12 r13 r14 r15 r8 r9 si sp ss`},
		{`BEGIN { $x = path(curtask); }`, `1:19: error: path() needs a struct path or a pointer to one, not struct task_struct *`},
		{`tracepoint:sched:sched_process_exec { $x = path(((struct file *)0)->f_path); }`, `1:44: error: path() is only available in probes on kernel functions run as fentry or fexit (the kernel's bpf_d_path)`},
		{`BEGIN { $x = pton("10.0.0"); }`, `1:19: error: pton("10.0.0"): not an IPv4 or IPv6 address`},
		{`BEGIN { $x = pton("::1")[nsecs]; }`, `1:26: error: an index into pton()'s address must be a constant`},
		{`BEGIN { $x = pton("::1"); }`, `1:14: error: cannot assign uint8[16] to a variable; read its members instead`},
		{`BEGIN { $x = usym(comm); }`, `1:19: error: usym() needs an integer, not string[16]`},
		{`BEGIN { system("ls"); }`, `1:9: error: system() runs a command on this host: it needs --unsafe`},
		{`BEGIN { signal("KILL"); }`, `1:9: error: signal() sends a signal to the traced process: it needs --unsafe`},
		{`BEGIN { override(1); }`, `1:9: error: function override() is not supported yet`},
		{`BEGIN { $x = nosuchfunc(1); }`, `1:14: error: unknown function nosuchfunc()`},
		{`BEGIN { $x = cpid; }`, `1:14: error: cpid is the process of -c's command, and there is no -c`},
		{`BEGIN { $x = sarg1; }`, `1:14: error: builtin sarg1 is not supported yet`},
	}
	for _, tt := range tests {
		_, _, errs := checkSrc(t, tt.src, Params{})
		if !strings.HasPrefix(errs, "test.nt:"+tt.want+"\n") {
			t.Errorf("%s\ngot:  %s\nwant: test.nt:%s", tt.src, strings.SplitN(errs, "\n", 2)[0], tt.want)
		}
	}
}

// path() takes a struct path, or a pointer to one, const or not.
func TestPathArgument(t *testing.T) {
	for _, src := range []string{
		`fentry:vfs_getattr { $p = path(args->path); }`,
		`fentry:filp_close { $p = path(args->filp->f_path, 100); }`,
	} {
		_, info, errs := checkSrc(t, src, Params{})
		if errs != "" {
			t.Fatalf("%s:\n%s", src, errs)
		}
		if v := info.Probes[0].Vars[0]; v.Type.Kind != String {
			t.Errorf("%s: %s", src, v.Type)
		}
	}
}

// strcontains() is a bool, and so is ?: between two bools; between
// integers it stays an integer.
func TestBoolResults(t *testing.T) {
	src := `BEGIN { $has = strcontains("ab", "b"); $pick = nsecs ? true : false; $mixed = nsecs ? strcontains("a", "b") : true; $int = nsecs ? 1 : 2; }`
	_, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	want := map[string]string{"$has": "bool", "$pick": "bool", "$mixed": "bool", "$int": "int64"}
	for _, v := range info.Probes[0].Vars {
		if w, ok := want[v.Name]; ok && v.Type.String() != w {
			t.Errorf("%s: %s, want %s", v.Name, v.Type, w)
		}
		delete(want, v.Name)
	}
	if len(want) != 0 {
		t.Errorf("not seen: %v", want)
	}
}

// system() runs a command on the host: only with --unsafe, as in
// bpftrace; its format is checked as printf's.
func TestSystemNeedsUnsafe(t *testing.T) {
	src := `BEGIN { system("echo %d", pid); }`
	if _, _, errs := checkSrc(t, src, Params{}); !strings.Contains(errs, "test.nt:1:9: error: system() runs a command on this host: it needs --unsafe") {
		t.Errorf("without Unsafe: %q", errs)
	}
	if _, _, errs := checkSrc(t, src, Params{Unsafe: true}); errs != "" {
		t.Errorf("with Unsafe: %s", errs)
	}
	if _, _, errs := checkSrc(t, `BEGIN { system("echo %d"); }`, Params{Unsafe: true}); !strings.Contains(errs, "error") {
		t.Errorf("a format wanting an argument it lacks is accepted: %q", errs)
	}
}

// strlen() of a string is a uint64, folded when the string is a constant
// (up to a NUL written in it); of an integer it is an error.
func TestStrlen(t *testing.T) {
	_, info, errs := checkSrc(t, `BEGIN { $a = strlen("hello"); $b = strlen("ab\0cd"); $c = strlen(comm); }`, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	for _, v := range info.Probes[0].Vars {
		if v.Type.String() != "uint64" {
			t.Errorf("%s: %s", v.Name, v.Type)
		}
	}
	folded := map[uint64]bool{}
	for e, k := range info.Consts {
		if call, ok := e.(*CallExpr); ok && call.Name == "strlen" {
			folded[k.Int] = true
		}
	}
	if len(folded) != 2 || !folded[5] || !folded[2] {
		t.Errorf("folded %v, want 5 and 2", folded)
	}
	if _, _, errs := checkSrc(t, `BEGIN { $x = strlen(5); }`, Params{}); !strings.Contains(errs, "strlen()") {
		t.Errorf("strlen(5): %q", errs)
	}
}

// pcomm, ppid, leader_comm and leader_tid read the current task's parent
// and thread group leader (or a given task's); a macro of that name wins.
func TestTaskAccessors(t *testing.T) {
	_, info, errs := checkSrc(t, `BEGIN { $p = pcomm; $pp = ppid(); $l = leader_comm(curtask->real_parent); $lt = leader_tid; }`, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	want := map[string]string{"$p": "string[17]", "$pp": "int32", "$l": "string[17]", "$lt": "int32"} // char[16], NUL or not
	for _, v := range info.Probes[0].Vars {
		if w, ok := want[v.Name]; ok && v.Type.String() != w {
			t.Errorf("%s: %s, want %s", v.Name, v.Type, w)
		}
	}
	_, info, errs = checkSrc(t, `macro pcomm() { 5 } BEGIN { $p = pcomm; }`, Params{})
	if errs != "" || info.Probes[0].Vars[0].Type.Kind != Int {
		t.Errorf("a macro pcomm: %s %+v", errs, info)
	}
}

// exit() takes an optional status, an integer from 0 to 255.
func TestExitStatusArgument(t *testing.T) {
	for src, want := range map[string]string{
		`BEGIN { exit(); }`:        "",
		`BEGIN { exit(69); }`:      "",
		`BEGIN { exit(pid % 7); }`: "",
		`BEGIN { exit(256); }`:     "1:14: error: exit()'s code must be from 0 to 255, not 256",
		`BEGIN { exit("x"); }`:     "1:14: error: exit()'s code needs an integer",
		`BEGIN { exit(1, 2); }`:    "error: exit() takes",
	} {
		_, _, errs := checkSrc(t, src, Params{})
		if want == "" && errs != "" || !strings.Contains(errs, want) {
			t.Errorf("%s: %q, want %q", src, errs, want)
		}
	}
}

// s[i] of a string is a char (int8), folded when both are constants; a
// constant index past the string's capacity is an error.
func TestStringIndexTypes(t *testing.T) {
	_, info, errs := checkSrc(t, `BEGIN { $s = "foo"; $a = $s[0]; $b = "xyz"[2]; $c = comm[pid % 16]; }`, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	for _, v := range info.Probes[0].Vars {
		if v.Name != "$s" && v.Type.String() != "int8" {
			t.Errorf("%s: %s, want int8", v.Name, v.Type)
		}
	}
	folded := false
	for e, k := range info.Consts {
		if ie, ok := e.(*IndexExpr); ok && k.Int == 'z' {
			folded = ie != nil
		}
	}
	if !folded {
		t.Errorf(`"xyz"[2] is not folded to 'z'`)
	}
	if _, _, errs := checkSrc(t, `BEGIN { $s = "foo"; $x = $s[4]; }`, Params{}); !strings.Contains(errs, "1:29: error: index 4 out of range: the string holds 4 bytes") {
		t.Errorf("$s[4]: %q", errs)
	}
}

// delete() is a bool, whether it removed an element, and may stand as a
// statement; delete(@m) of a keyless map deletes its value, but not of a
// keyless aggregation, which has no element to remove.
func TestDeleteIsABool(t *testing.T) {
	_, info, errs := checkSrc(t, `BEGIN { @a[1] = 1; @k = 2; $x = delete(@a, 2); $y = delete(@a[1]); $z = delete(@k); delete(@a, 3); }`, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	for _, v := range info.Probes[0].Vars {
		if v.Type.String() != "bool" {
			t.Errorf("%s: %s, want bool", v.Name, v.Type)
		}
	}
	if _, _, errs := checkSrc(t, `BEGIN { @c = count(); delete(@c); }`, Params{}); !strings.Contains(errs, "1:23: error: delete(@c) of a keyless count() is not supported; zero(@c) sets it to 0") {
		t.Errorf("delete of a keyless count: %q", errs)
	}
}

// t[i] of a tuple, i a constant, is its element i; a variable index or
// one out of range is an error.
func TestTupleIndex(t *testing.T) {
	_, info, errs := checkSrc(t, `BEGIN { $t = (1, "two", (int8)3); $a = $t[1 + 1]; $b = $t[1]; }`, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	want := map[string]string{"$a": "int8", "$b": "string[4]"}
	for _, v := range info.Probes[0].Vars {
		if w, ok := want[v.Name]; ok && v.Type.String() != w {
			t.Errorf("%s: %s, want %s", v.Name, v.Type, w)
		}
	}
	for src, want := range map[string]string{
		`BEGIN { $t = (1, 2); $x = $t[2]; }`:   "1:30: error: index 2 out of range: the tuple has 2 elements",
		`BEGIN { $t = (1, 2); $x = $t[pid]; }`: "1:30: error: a tuple's index must be a constant",
	} {
		if _, _, errs := checkSrc(t, src, Params{}); !strings.Contains(errs, want) {
			t.Errorf("%s: %q, want %q", src, errs, want)
		}
	}
}

// _ = expr takes any value and drops it; not a void call's, nor with an
// operator other than =.
func TestDiscard(t *testing.T) {
	if _, _, errs := checkSrc(t, `BEGIN { _ = { print(1); 1 }; _ = "s"; _ = (1, 2); }`, Params{}); errs != "" {
		t.Error(errs)
	}
	for src, want := range map[string]string{
		`BEGIN { _ = exit(); }`: "1:13: error: _ = takes a value, not void",
		`BEGIN { _ += 1; }`:     "1:9: error: _ takes only =",
	} {
		if _, _, errs := checkSrc(t, src, Params{}); !strings.Contains(errs, want) {
			t.Errorf("%s: %q, want %q", src, errs, want)
		}
	}
}

// hist(n, 0) is hist(n); finer buckets (k from 1 to 5) are refused as not
// supported yet, and a k that is no constant from 0 to 5 as wrong.
func TestHistBucketsPerPowerOfTwo(t *testing.T) {
	if _, _, errs := checkSrc(t, `BEGIN { @a = hist(pid, 0); @b = hist(pid); }`, Params{}); errs != "" {
		t.Error(errs)
	}
	for src, want := range map[string]string{
		`BEGIN { @a = hist(pid, 2); }`:   "1:24: error: hist(n, 2), 4 buckets per power of two, is not supported yet",
		`BEGIN { @a = hist(pid, 6); }`:   "1:24: error: hist()'s buckets per power of two must be a constant k from 0 to 5",
		`BEGIN { @a = hist(pid, pid); }`: "1:24: error: hist()'s buckets per power of two must be a constant",
	} {
		if _, _, errs := checkSrc(t, src, Params{}); !strings.Contains(errs, want) {
			t.Errorf("%s: %q, want %q", src, errs, want)
		}
	}
}

// macaddr() takes an array or string of at least 6 bytes, or an address;
// its value prints as a MAC address.
func TestMacaddrTypes(t *testing.T) {
	_, info, errs := checkSrc(t, `BEGIN { $a = macaddr(curtask->comm); $b = macaddr((uint64)curtask); }`, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	for _, v := range info.Probes[0].Vars {
		if v.Type.String() != "macaddr" {
			t.Errorf("%s: %s, want macaddr", v.Name, v.Type)
		}
	}
	if _, _, errs := checkSrc(t, `BEGIN { $a = macaddr("abc"); }`, Params{}); !strings.Contains(errs, "1:22: error: macaddr() reads 6 bytes; string[4] holds fewer") {
		t.Errorf("a short string: %q", errs)
	}
}
