package lang_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/ntrace/ntrace/internal/testenv"
	. "github.com/ntrace/ntrace/lang"
)

func TestCheckErrors(t *testing.T) {
	tests := []struct {
		name, src string
		params    map[string]string
		want      string
	}{
		{"unknown tracepoint", "tracepoint:syscalls:sys_enter_nothing { exit(); }", nil, `
test.nt:1:1: error: unknown tracepoint syscalls:sys_enter_nothing (ntrace -l 'tracepoint:syscalls:*' lists that group)
tracepoint:syscalls:sys_enter_nothing { exit(); }
^
`},
		{"unknown field", "tracepoint:net:netif_receive_skb { @ = sum(args->length); }", nil, `
test.nt:1:48: error: tracepoint:net:netif_receive_skb args has no field "length"; it has skbaddr, len, name
tracepoint:net:netif_receive_skb { @ = sum(args->length); }
                                               ^
`},
		{"all errors reported", "BEGIN {\n  $x = nosuch;\n  @y = count() + 1;\n  printf(\"%d %d\\n\", 1);\n}", nil, `
test.nt:2:8: error: unknown identifier nosuch
  $x = nosuch;
       ^
test.nt:3:8: error: count() must be assigned to a map: @name = count(…)
  @y = count() + 1;
       ^
test.nt:4:3: error: printf format has 2 conversions but 1 arguments follow
  printf("%d %d\n", 1);
  ^
`},
		{"printf type mismatch", `tracepoint:sched:sched_process_exec { printf("%d\n", comm); }`, nil, `
test.nt:1:54: error: printf %d needs an integer, got string[16]; use %s
tracepoint:sched:sched_process_exec { printf("%d\n", comm); }
                                                     ^
`},
		{"map type conflict", "BEGIN { @x = count(); }\nEND { @x = 5; }", nil, `
test.nt:2:12: error: map @x holds count(), cannot assign int64
END { @x = 5; }
           ^
`},
		{"map key count", "BEGIN { @x[1] = 1; @x[1, 2] = 2; }", nil, `
test.nt:1:20: error: map @x has 1 keys, used here with 2
BEGIN { @x[1] = 1; @x[1, 2] = 2; }
                   ^
`},
		{"string arithmetic", `BEGIN { $s = "a" + 1; }`, nil, `
test.nt:1:18: error: operator + does not apply to strings; only == and != do
BEGIN { $s = "a" + 1; }
                 ^
`},
		{"missing parameter", "BEGIN { @ = ${PORT}; }", nil, `
test.nt:1:13: error: parameter PORT is not set: run with -D PORT=VALUE
BEGIN { @ = ${PORT}; }
            ^
`},
		{"parameter not a number", "tracepoint:sock:sock_recv_length /args->ret > ${SIZE}/ { @ = count(); }", map[string]string{"SIZE": "abc"}, `
test.nt:1:47: error: parameter SIZE="abc": expected an integer or a duration (like 10ms)
tracepoint:sock:sock_recv_length /args->ret > ${SIZE}/ { @ = count(); }
                                              ^
`},
		{"args outside tracepoint", "BEGIN { @ = args->len; }", nil, `
test.nt:1:13: error: args is only available in tracepoint, rawtracepoint, kprobe, kretprobe, fentry and fexit probes
BEGIN { @ = args->len; }
            ^
`},
		{"variable before assignment", "BEGIN { @ = $x; $x = 1; }", nil, `
test.nt:1:13: error: variable $x is used before it is assigned
BEGIN { @ = $x; $x = 1; }
            ^
`},
		{"lhist bounds", "BEGIN { @ = lhist(1, 10, 0, 1); }", nil, `
test.nt:1:26: error: lhist() max must be greater than min
BEGIN { @ = lhist(1, 10, 0, 1); }
                         ^
`},
		{"unknown probe kind", "bogus:foo { exit(); }", nil, `
test.nt:1:1: error: unknown probe kind "bogus" in bogus:foo; the kinds are BEGIN, END, tracepoint, rawtracepoint, interval, profile, kprobe, kretprobe, fentry, fexit, uprobe, uretprobe, usdt, software, hardware, watchpoint and asyncwatchpoint
bogus:foo { exit(); }
^
`},
		{"field missing in one of several targets", "tracepoint:syscalls:sys_enter_openat,tracepoint:syscalls:sys_enter_getppid { @[args->flags] = count(); }", nil, `
test.nt:1:84: error: tracepoint:syscalls:sys_enter_getppid args has no field "flags" (the probe's other targets have it)
tracepoint:syscalls:sys_enter_openat,tracepoint:syscalls:sys_enter_getppid { @[args->flags] = count(); }
                                                                                   ^
`},
		{"division by zero", "BEGIN { $x = 5 / 0; }", nil, `
test.nt:1:18: error: division by zero
BEGIN { $x = 5 / 0; }
                 ^
`},
		{"unknown raw tracepoint", "rawtracepoint:no_such_tp { exit(); }", nil, `
test.nt:1:1: error: unknown raw tracepoint no_such_tp: no btf_trace_no_such_tp in kernel BTF
rawtracepoint:no_such_tp { exit(); }
^
`},
		{"read never assigned map", "BEGIN { printf(\"%d\\n\", @nope); }", nil, `
test.nt:1:24: error: map @nope is read but never assigned
BEGIN { printf("%d\n", @nope); }
                       ^
`},
		// Limits: each an error at the line, saying what fits.
		{"string length limit", "BEGIN { @m[str(0, 4096)] = 1; }", nil, `
test.nt:1:19: error: str()'s length must be from 1 to 1023; read a longer string in pieces, e.g. str(p, 1023) and str(p + 1023, 1023)
BEGIN { @m[str(0, 4096)] = 1; }
                  ^
`},
		{"printf argument limit", "BEGIN { printf(\"%d\\n\", 1" + strings.Repeat(", 1", 32) + "); }", nil, `
test.nt:1:9: error: printf() takes 1 to 32 arguments, got 34
BEGIN { printf("%d\n", 1` + strings.Repeat(", 1", 32) + `); }
        ^
`},
		{"unroll limit", "BEGIN { unroll(101) { @x = 1; } }", nil, `
test.nt:1:16: error: unroll count must be a constant from 1 to 100
BEGIN { unroll(101) { @x = 1; } }
               ^
`},
		{"++ and --: not a target", `BEGIN { $x = (1)++; }`, nil, `
test.nt:1:17: error: ++ needs a $variable or a map element
BEGIN { $x = (1)++; }
                ^
`},
		{"++ and --: a builtin", `BEGIN { $x = --comm; }`, nil, `
test.nt:1:14: error: -- needs a $variable or a map element
BEGIN { $x = --comm; }
             ^
`},
		{"++ and --: twice", `BEGIN { $x = 1; $y = $x++ ++; }`, nil, `
test.nt:1:27: error: ++ needs a $variable or a map element
BEGIN { $x = 1; $y = $x++ ++; }
                          ^
`},
		{"++ and --: an aggregation", `BEGIN { @c = count(); $x = @c++; }`, nil, `
test.nt:1:30: error: map @c holds count(), cannot assign int64
BEGIN { @c = count(); $x = @c++; }
                             ^
`},
		{"++ and --: a string map", `BEGIN { @s = "a"; $x = ++@s; }`, nil, `
test.nt:1:24: error: map @s holds string[2], cannot assign int64
BEGIN { @s = "a"; $x = ++@s; }
                       ^
`},
		{"++ and --: never assigned", `BEGIN { $x = $u++; }`, nil, `
test.nt:1:14: error: variable $u is used before it is assigned
BEGIN { $x = $u++; }
             ^
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, got := checkSrc(t, tt.src, Params{Named: tt.params})
			if want := strings.TrimPrefix(tt.want, "\n"); got != want {
				t.Errorf("errors:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestCheckTypes(t *testing.T) {
	src := `rawtracepoint:kfree_skb { @r[args->reason] = count(); $s = args->skb; }
tracepoint:sock:sock_recv_length /args->ret >= ${SIZE} && comm == "x"/ {
  @bytes[comm, args->family] = sum(args->ret);
  @h = hist(args->ret);
  @t = (args->ret, comm);
  $v = (uint8)300 + 1;
}`
	_, info, errs := checkSrc(t, src, Params{Named: map[string]string{"SIZE": "2ms"}})
	if errs != "" {
		t.Fatal(errs)
	}
	bytes := info.Maps["@bytes"]
	if got := len(bytes.Keys); got != 2 || bytes.Keys[0].String() != "string[16]" || bytes.Keys[1].String() != "uint64" || bytes.Value.Agg != Sum {
		t.Errorf("@bytes = keys %v value %v", bytes.Keys, bytes.Value)
	}
	if got := info.Maps["@t"].Value.String(); got != "(int32, string[16])" {
		t.Errorf("@t value = %s", got)
	}
	r := info.Maps["@r"]
	if got := r.Keys[0].String(); got != "uint64" {
		// enum skb_drop_reason is 4 bytes, stored as a 64-bit word
		t.Errorf("@r key = %s", got)
	}
	var skb *Var
	for _, v := range info.Probes[0].Vars {
		if v.Name == "$s" {
			skb = v
		}
	}
	if skb == nil || skb.Type.String() != "struct sk_buff *" {
		t.Errorf("$s = %v, want struct sk_buff *", skb)
	}
	// Constants fold, parameters included: 2ms is 2000000 ns.
	params := 0
	for e, k := range info.Consts {
		if p, ok := e.(*ParamExpr); ok {
			params++
			if k.Int != 2_000_000 {
				t.Errorf("${%s} = %d, want 2000000", p.Name, k.Int)
			}
		}
	}
	if params != 1 {
		t.Errorf("%d folded parameters, want 1", params)
	}
}

func TestFormatParse(t *testing.T) {
	f, err := ParseFormat("a %-8s|%5d|%llu|%x %%|%c")
	if err != nil {
		t.Fatal(err)
	}
	var convs string
	for _, v := range f.Verbs {
		convs += string(v.Conv)
	}
	if convs != "sduxc" || f.Verbs[0].Flags != "-" || f.Verbs[0].Width != 8 || f.Verbs[1].Width != 5 {
		t.Errorf("verbs = %+v", f.Verbs)
	}
	if _, err := ParseFormat("%q"); err == nil || !strings.Contains(err.Error(), "%q") {
		t.Errorf("%%q accepted: %v", err)
	}
	// %rx and %rh are %r in hex; after any other conversion x and h are text.
	f, err = ParseFormat("%rx %rh %r %rk %sx")
	if err != nil {
		t.Fatal(err)
	}
	var modes []string
	for _, v := range f.Verbs {
		modes = append(modes, fmt.Sprintf("%c%q", v.Conv, v.BufMode))
	}
	if got := strings.Join(modes, " "); got != `r'x' r'h' r'\x00' r'\x00' s'\x00'` || f.Pieces[len(f.Pieces)-1].Text != "x" {
		t.Errorf("verbs %s, pieces %+v", got, f.Pieces)
	}
}

// Kernel types resolve against each kernel's own BTF: one script, three
// layouts (the offsets are those internal/btftest pins for each kernel).
func TestStructWalksPerKernel(t *testing.T) {
	src := `BEGIN {
  $pwq = container_of((struct wait_queue_entry *)0, struct eppoll_entry, wait);
  @fd[$pwq->base->ffd.fd] = count();
  @off["skb.head"] = offsetof(struct sk_buff, head);
  @off["sock.sk_rcvbuf"] = offsetof(struct sock, sk_rcvbuf);
  @off["task.comm"] = offsetof(struct task_struct, comm);
  @off["epitem.ffd"] = offsetof(struct epitem, ffd);
  @off["sock_common.skc_num"] = offsetof(struct sock_common, skc_num);
  @off["eppoll_entry.wait"] = offsetof(struct eppoll_entry, wait);
  @state[TCP_LISTEN] = 1;
  exit();
}`
	want := map[string]map[string]uint64{
		"6.1":  {"skb.head": 200, "sock.sk_rcvbuf": 280, "task.comm": 2976, "epitem.ffd": 48, "sock_common.skc_num": 14, "eppoll_entry.wait": 16},
		"6.12": {"skb.head": 200, "sock.sk_rcvbuf": 244, "task.comm": 2976, "epitem.ffd": 48, "sock_common.skc_num": 14, "eppoll_entry.wait": 16},
		"6.18": {"skb.head": 192, "sock.sk_rcvbuf": 244, "task.comm": 1752, "epitem.ffd": 48, "sock_common.skc_num": 14, "eppoll_entry.wait": 16},
	}
	for kernel, offsets := range want {
		t.Run(kernel, func(t *testing.T) {
			prog, err := Parse("test.nt", src)
			if err != nil {
				t.Fatal(err)
			}
			info, err := Check(prog, testenv.Env{TB: t, Kernel: kernel}, Params{})
			if err != nil {
				t.Fatal(Render("test.nt", src, err))
			}
			got := map[string]uint64{}
			for _, st := range prog.Probes[0].Body.Stmts {
				as, ok := st.(*AssignStmt)
				if !ok {
					continue
				}
				if m, ok := as.Target.(*MapExpr); ok && m.Name == "@off" {
					got[m.Keys[0].(*StrLit).Value] = info.Consts[as.Value].Int
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(offsets) {
				t.Errorf("offsets %v, want %v", got, offsets)
			}
			for c, off := range info.Offsets {
				if call, ok := c.(*CallExpr); ok && call.Name == "container_of" && off != 16 {
					t.Errorf("container_of offset %d, want 16", off)
				}
			}
			for f, acc := range info.Members {
				// ffd.fd: fd follows the file pointer inside struct epoll_filefd.
				if f.Name == "fd" && acc.Offset != 8 {
					t.Errorf("epoll_filefd.fd at %d, want 8", acc.Offset)
				}
			}
		})
	}
}

func TestStructErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"unknown member suggests", "BEGIN { $s = (struct sock *)0; @ = $s->sk_rcvbf; }", `
test.nt:1:38: error: struct sock has no member "sk_rcvbf"; did you mean sk_rcvbuf, sk_rcu, sk_zckey?
BEGIN { $s = (struct sock *)0; @ = $s->sk_rcvbf; }
                                     ^
`},
		{"unknown struct", "BEGIN { $s = (struct nosuch *)0; }", `
test.nt:1:15: error: unknown type struct nosuch in kernel BTF
BEGIN { $s = (struct nosuch *)0; }
              ^
`},
		{"member of untyped pointer", "BEGIN { $p = (uint64)0; @ = ((uint8 *)$p)->x; }", `
test.nt:1:42: error: ->x: uint8 * does not point to a struct or union; cast it, as in ((struct sock *)ptr)->x
BEGIN { $p = (uint64)0; @ = ((uint8 *)$p)->x; }
                                         ^
`},
		{"struct arithmetic", "BEGIN { $s = (struct sock *)0; @ = $s->__sk_common + 1; }", `
test.nt:1:38: error: operator + needs an integer, not struct sock_common
BEGIN { $s = (struct sock *)0; @ = $s->__sk_common + 1; }
                                     ^
`},
		// A struct stored whole (see structvalue_test.go) whose members
		// cannot be kept as a record.
		{"array of no fixed length", "struct D { int x; int y[0]; } BEGIN { $d = *(struct D *)0; }", `
test.nt:1:44: error: cannot store struct D: member y: an array of no fixed length cannot be stored; read its elements instead
struct D { int x; int y[0]; } BEGIN { $d = *(struct D *)0; }
                                           ^
`},
		{"kernel struct with a union", "BEGIN { print(*curtask); }", `
test.nt:1:15: error: cannot store struct task_struct: member wake_entry: its anonymous member cannot be stored; read its members instead
BEGIN { print(*curtask); }
              ^
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, got := checkSrc(t, tt.src, Params{})
			if want := strings.TrimPrefix(tt.want, "\n"); got != want {
				t.Errorf("errors:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// A struct copied into a script from an older kernel is checked against
// this kernel's BTF: each member that moved is a warning naming both
// offsets, and the kernel's layout is used.
func TestStaleScriptStruct(t *testing.T) {
	src := `struct eppoll_entry {
  struct list_head llink;
  struct epitem *base;
  wait_queue_entry_t wait;
};
struct mine { char a; int b; short c[3]; };
BEGIN { $e = (struct eppoll_entry *)0; @b = $e->base; @off = offsetof(struct mine, c) + sizeof(struct mine) * 100; exit(); }`
	prog, err := Parse("test.nt", src)
	if err != nil {
		t.Fatal(err)
	}
	info, err := Check(prog, testenv.Env{TB: t, Kernel: "6.1"}, Params{})
	if err != nil {
		t.Fatal(Render("test.nt", src, err))
	}
	got := RenderWarnings("test.nt", src, info.Warnings)
	want := `test.nt:2:3: warning: struct eppoll_entry: the kernel's struct eppoll_entry has no member llink (it has next, base, wait, whead); the kernel's layout is used
  struct list_head llink;
  ^
test.nt:3:3: warning: struct eppoll_entry.base is at offset 16 in this script but at 8 in the kernel's BTF; the kernel's layout is used
  struct epitem *base;
  ^
test.nt:4:3: warning: struct eppoll_entry.wait is at offset 24 in this script but at 16 in the kernel's BTF; the kernel's layout is used
  wait_queue_entry_t wait;
  ^
`
	if got != want {
		t.Errorf("warnings:\n%s\nwant:\n%s", got, want)
	}
	for f, acc := range info.Members {
		if f.Name == "base" && acc.Offset != 8 {
			t.Errorf("$e->base read at %d, want the kernel's 8", acc.Offset)
		}
	}
	// struct mine is the script's own: a@0, b@4, c@8 (6 bytes), size 16.
	folded := false
	for e, k := range info.Consts {
		if b, ok := e.(*BinaryExpr); ok && b.Op == "+" {
			folded = true
			if k.Int != 8+16*100 {
				t.Errorf("offsetof(mine, c) + sizeof(mine)*100 = %d, want %d", k.Int, 8+16*100)
			}
		}
	}
	if !folded {
		t.Error("offsetof(mine, c) + sizeof(mine)*100 was not folded to a constant")
	}
}

// Declared parameters: typed values, defaults, and errors that point at the
// declaration.
func TestDeclaredParams(t *testing.T) {
	src := `// demo: what it does.
param PORT int = 53 "port";
param LAT duration = 1ms "threshold";
param NAME string = "lo";
param ON bool = false;
BEGIN { printf("%d %d %s %d\n", ${PORT}, ${LAT}, ${NAME}, ${ON}); exit(); }`
	prog, err := Parse("test.nt", src)
	if err != nil {
		t.Fatal(err)
	}
	if prog.Description != "demo: what it does." || len(prog.Params) != 4 {
		t.Fatalf("description %q, params %v", prog.Description, prog.Params)
	}
	values := func(params map[string]string) ([]string, string) {
		info, err := Check(prog, testenv.Env{TB: t}, Params{Named: params})
		if err != nil {
			return nil, Render("test.nt", src, err)
		}
		var out []string
		for _, a := range prog.Probes[0].Body.Stmts[0].(*ExprStmt).X.(*CallExpr).Args[1:] {
			k := info.Consts[a]
			if k.IsString {
				out = append(out, k.Str)
			} else {
				out = append(out, fmt.Sprint(int64(k.Int)))
			}
		}
		return out, ""
	}
	if got, errs := values(nil); errs != "" || fmt.Sprint(got) != "[53 1000000 lo 0]" {
		t.Errorf("defaults: %v %s", got, errs)
	}
	if got, errs := values(map[string]string{"PORT": "0x35", "LAT": "2s", "NAME": "eth0", "ON": "true"}); errs != "" || fmt.Sprint(got) != "[53 2000000000 eth0 1]" {
		t.Errorf("set: %v %s", got, errs)
	}
	_, errs := values(map[string]string{"LAT": "fast", "NOPE": "1"})
	want := `test.nt:2:1: error: -D NOPE: this script takes no parameter NOPE (it takes PORT, LAT, NAME, ON)
param PORT int = 53 "port";
^
test.nt:3:1: error: -D LAT=fast: "fast" is not a duration (such as 250us, 10ms, 2s)
param LAT duration = 1ms "threshold";
^
`
	if errs != want {
		t.Errorf("errors:\n%s\nwant:\n%s", errs, want)
	}
}

// A required parameter left unset is one error, at its first use, however
// often the script uses it.
func TestUnsetParamReportedOnce(t *testing.T) {
	src := `param PID int "process to watch";
tracepoint:syscalls:sys_enter_getppid /pid == ${PID}/ { @a = count(); }
tracepoint:syscalls:sys_enter_openat /pid == ${PID}/ { @b[${PID}] = count(); }`
	prog, err := Parse("test.nt", src)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Check(prog, testenv.Env{TB: t, Kernel: "6.18"}, Params{})
	got := Render("test.nt", src, err)
	want := `test.nt:2:47: error: parameter PID has no default: run with -D PID=VALUE (process to watch)
tracepoint:syscalls:sys_enter_getppid /pid == ${PID}/ { @a = count(); }
                                              ^
`
	if got != want {
		t.Errorf("errors:\n%s\nwant:\n%s", got, want)
	}
}

// btfCountingEnv counts the checker's requests for kernel BTF.
type btfCountingEnv struct {
	testenv.Env
	loads *int
}

func (e btfCountingEnv) BTF() (KernelTypes, error) {
	*e.loads++
	return e.Env.BTF()
}

// An enum field of a tracepoint is named from BTF only when the script
// reads it: opening kernel BTF costs a millisecond at start-up, which a
// script that only counts events should not pay.
func TestTracepointEnumNamedOnlyWhenRead(t *testing.T) {
	for _, tc := range []struct {
		src       string
		wantLoads bool
	}{
		{`tracepoint:skb:kfree_skb { @[probe] = count(); }`, false},
		{`tracepoint:skb:kfree_skb { @[args->protocol] = count(); }`, false},
		{`tracepoint:skb:kfree_skb { @[args->reason] = count(); }`, true},
		{`tracepoint:skb:kfree_skb { @[args.reason] = count(); }`, true},
	} {
		loads := 0
		prog, err := Parse("test.nt", tc.src)
		if err != nil {
			t.Fatal(err)
		}
		info, err := Check(prog, btfCountingEnv{testenv.Env{TB: t, Kernel: "6.18"}, &loads}, Params{})
		if err != nil {
			t.Fatalf("%s: %s", tc.src, Render("test.nt", tc.src, err))
		}
		if (loads > 0) != tc.wantLoads {
			t.Errorf("%s: BTF asked for %d times, want loads=%v", tc.src, loads, tc.wantLoads)
		}
		if !tc.wantLoads {
			continue
		}
		key := info.Maps["@"].Keys[0]
		if en, ok := key.BTF.(*btf.Enum); !ok || en.Name != "skb_drop_reason" {
			t.Errorf("%s: key type %v, want the BTF enum skb_drop_reason", tc.src, key.BTF)
		}
	}
}
