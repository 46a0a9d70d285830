package e2e

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
)

// differentialCases are the scripts TestDifferentialBpftrace runs through
// both tracers.
func differentialCases() []diffCase {
	return append(oneLinerCases(), []diffCase{
		{name: "arithmetic", script: `BEGIN {
  $a = -7; $b = 2; $big = (uint64)18446744073709551615;
  printf("div %ld %ld %ld %ld %ld\n", $a / $b, $a % $b, 7 / $b, -8 / -2, 7 % -3);
  printf("udiv %lu %lu %lu\n", $big / 3, $big % 7, (uint32)4294967295 / 2);
  printf("shl %ld %ld %lu\n", 1 << 62, $a << 3, (uint64)1 << 63);
  printf("shr %ld %ld %lu %ld\n", $a >> 1, (int32)-16 >> 2, $big >> 60, 1024 >> 3);
  printf("sub %ld %lu %ld\n", (uint32)1 - (uint32)2, (uint32)1 - (uint32)2, (uint8)1 - 2);
  printf("wide %ld %ld\n", (uint32)4294967295 + (uint32)1, (uint16)65535 * (uint16)65535);
  printf("ovf %ld %lu %ld %ld\n", 9223372036854775807 + 1, 18446744073709551615 + 2, -9223372036854775807 - 2, 3037000500 * 3037000500);
  printf("cmp %d %d %d %d %d %d\n", 1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5, 5 != 5);
  printf("mixed %d %d %d %d %d\n", (uint32)1 > (int32)-1, (uint32)5 < -1, (uint8)200 > (int8)-1, $big > -1, $big == -1);
  printf("bits %x %x %x %ld %ld\n", 0xf0 & 0x3c, 0xf0 | 0x0f, 0xff ^ 0x0f, ~0, ~(uint32)0);
  printf("logic %d %d %d %d %d\n", 5 && 0, 0 || 7, !5, !0, -1 && 2);
  printf("tern %d %d %ld\n", $a < 0 ? 1 : 2, $a > 0 ? $a : -$a, -(int64)9223372036854775807);
  exit();
}`},

		{name: "casts and printf", script: `BEGIN {
  printf("cast %d %d %d %d %u %lu\n", (int8)200, (uint8)-1, (int16)70000, (int32)4294967295, (uint32)-1, (uint64)(int8)-1);
  printf("a|%d|%u|%x|%X|%o|%c|\n", -42, -42, -42, -42, 8, 97);
  printf("b|%8d|%-8d|%08d|%.3d|\n", -42, -42, -42, 7);
  printf("c|%ld|%lu|%lx|%lld|%llu|%llx|\n", -1, -1, -1, -1, -1, -1);
  printf("d|%hd|%hu|%hx|%hhd|%hhu|%hhx|\n", -1, -1, -1, -1, -1, -1);
  printf("e|%s|%10s|%-10s|%.2s|%5.1s|\n", "hey", "hey", "hey", "hey", "hey");
  printf("f|%d|%d|%d|%u|%x|%lu|\n", (int8)-1, (uint8)255, (int16)-1, (int8)-1, (int16)-1, (int32)-1);
  printf("g|%d|%lu|%x|%p|%p|\n", 4294967296, 4294967296, 4294967296, 0, 18446744073709551615);
  printf("h|%c%c%c|\n", 72, 105, 256 + 33);
  exit();
}`, wrong: []wrongLine{
			{"cast -56 255 4464 -1 4294967295 255", "cast -56 255 4464 -1 4294967295 18446744073709551615",
				"bpftrace 0.17 zero-extends a signed value cast to a wider unsigned type: (uint64)(int8)-1 is 2^64-1 in C"},
		}},

		// ++ and -- wrap a narrow variable at its width in bpftrace 0.17
		// too; a map's value is 64 bits in both.
		{name: "narrow variables in compound assignments", script: `BEGIN {
  $a = (uint8)255; $a++; $b = (int8)-128; $b--; $c = (int8)127; ++$c; $d = (uint16)0; $d--; $e = (uint32)0; $e--; $f = (int16)32767; $f++;
  printf("incdec %d %d %d %d %u %d %d %d\n", $a, $b, $c, $d, $e, $f, sizeof($a), sizeof($f));
  $g = (uint8)254; $g0 = $g++; $g1 = $g++; $g2 = ++$g; $k = (int8)-127; $k0 = --$k; $k1 = --$k;
  printf("value %d %d %d %d %d %d %d\n", $g0, $g1, $g2, $g, $k0, $k1, $k);
  $h = (uint8)250; $i = 0; while ($i < 10) { $h++; $i++; }
  printf("loop %d %d\n", $h, sizeof($h));
  $p = (uint8)255; $p += 1; $q = (int8)-128; $q -= 1; $r = (uint16)65535; $r += 2; $s = (uint16)300; $s *= 300;
  $t = (int16)1; $t <<= 15; $u = (uint8)1; $u |= 257; $v = (int32)2147483647; $v += 1; $w = (int16)5; $w += 1;
  printf("compound %d %d %d %d %d %d %d %d %d\n", $p, $q, $r, $s, $t, $u, $v, $w, sizeof($w));
  @x = (int16)5; @x += 1; @y = (uint8)255; @y++; @z = (int8)-128; @z -= 1; @m = (uint16)65535; @m *= 2; @n = (uint8)0; @n--;
  printf("maps %d %d\n", sizeof(@x), sizeof(@y));
  exit();
}`, wrong: []wrongLine{
			{"value 254 255 1 1 128 127 127", "value 254 255 1 1 -128 127 127",
				"bpftrace 0.17 gives ++ or -- of a signed variable narrower than 64 bits zero-extended (--$k of an int8 at -127 is 128, " +
					"and not below 0), though the variable holds -128; ntrace gives the variable's new value, as C does"},
			{"compound 255 -128 65535 300 1 1 2147483647 5 2", "compound 0 127 1 24464 -32768 1 -2147483648 6 2", narrowCompoundWhy},
		}},

		{name: "aggregations", script: `BEGIN {
  @c = count(); @c = count();
  @s = sum(-5); @s = sum(3); @s = sum(0);
  @a = avg(-5); @a = avg(2); @a = avg(0); @a2 = avg(-1); @a2 = avg(-2);
  @mn = min(-5); @mn = min(3); @mn = min(0); @mx = max(-5); @mx = max(-3); @mx0 = max(0);
  @st = stats(-10); @st = stats(4); @st = stats(0);
  @h = hist(-1); @h = hist(0); @h = hist(1); @h = hist(2); @h = hist(3); @h = hist(1024); @h = hist(-100);
  @l = lhist(-5, 0, 100, 10); @l = lhist(0, 0, 100, 10); @l = lhist(99, 0, 100, 10);
  @l = lhist(100, 0, 100, 10); @l = lhist(250, 0, 100, 10); @l = lhist(10, 0, 100, 10);
  @su = sum((uint64)18446744073709551615); @su = sum(2);
  @mu = max((uint32)4294967295); @mu = max((uint32)1);
  @hu = hist((uint64)18446744073709551615);
  @big = sum(9223372036854775807); @big = sum(1);
  @k[-1] = sum(-2); @k[2] = sum(5); @kh[7] = hist(64);
  exit();
}`, wrong: []wrongLine{
			{"", "@mx: -3", "bpftrace 0.17 leaves out a max() of negative values only; the largest of -5 and -3 is -3"},
			{"(..., 0)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|",
				"[8388608T, 16777216T)       1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|",
				"bpftrace 0.17 buckets a uint64 as if signed: 2^64-1 is not negative but in [2^63, 2^64)"},
		}},

		{name: "map keys and values", script: `BEGIN {
  @i8[(int8)-1] = 1; @u8[(uint8)255] = 1; @i32[(int32)-2147483648] = 1; @u64[(uint64)9223372036854775808] = 1;
  @neg[-5] = 1; @neg[3] = 2; @neg[-1] = 3; @neg[0] = 4;
  @str["abc"] = 1; @str["a"] = 2; @str[""] = 3;
  @multi["x", 1, (int16)-2] = 5; @multi["y", -1, (int16)7] = 6;
  @ptr[(int32 *)16] = 1;
  @v8 = (uint8)255; @vi8 = (int8)-1; @v32 = (uint32)4294967295; @vs = "with space";
  @t = ((int8)-1, "ab", (uint16)65535); @tn = (1, ("x", (int32)-2));
  exit();
}`, wrong: []wrongLine{
			{"@u64[-9223372036854775808]: 1", "@u64[9223372036854775808]: 1",
				"bpftrace 0.17 prints every integer key as signed; the key stored is 2^63"},
		}},

		{name: "variables tuples strings", script: `BEGIN {
  $x = (uint8)200; $y = (int8)-56; $z = (uint16)65535;
  printf("a %d %d %d %d %d\n", $x, $y, $z, $x + $y, $z * 2);
  printf("b %d %d %d\n", sizeof($x), sizeof($y), sizeof($z));
  $w = (int32)-1; $w2 = $w; $w3 = $w * 2;
  printf("c %d %ld %d %d\n", $w, $w, sizeof($w2), sizeof($w3));
  $t = (1, "ab", (int16)-3); $t2 = $t;
  printf("d %d %s %d %d %d %d\n", $t2.0, $t2.1, $t2.2, sizeof($t2), sizeof(((int8)1, (int16)1, (int32)1)), sizeof(("abc", (int8)1)));
  $sw = (1, 2); $sw = ($sw.1, $sw.0); $sr = (5, "xy", 7); $sr = ($sr.2, $sr.1, $sr.0);
  printf("swap %d %d %d %s %d\n", $sw.0, $sw.1, $sr.0, $sr.1, $sr.2);
  $cnt = 0; unroll(5) { $cnt = $cnt + 2; }
  $s = "abc"; $s2 = "abcdef";
  printf("e %d %d %d %d %d\n", $cnt, $s == "abc", $s2 == "abc", $s2 != $s, "" == "");
  printf("g %x %x %x %x\n", bswap((uint16)0x1234), bswap((uint32)0x12345678), bswap((uint64)0x1122334455667788), bswap((uint8)0x12));
  $i = (uint32)0x12345678; $p = (int32 *)50; $p++; $p += 2;
  printf("h %x %lu\n", bswap($i), $p);
  exit();
}`},

		{name: "print and map functions", script: `BEGIN {
  print(1); print(-5); print("str"); print((1, "a", (int8)-2));
  printf("%s %s %s\n", ksym(kaddr("vfs_read")), ksym(kaddr("vfs_read") + 3), ntop(2, (uint32)0x0100007f));
  $s = "hello world"; $e = "";
  printf("[%s] [%s] %d %d %d\n", $s, $e, $s == "hello world", $s == "hello", $e == "");
  @m[1] = 1; @m[2] = 2; print(@m); clear(@m); @m[3] = 3; print(@m);
  @z = count(); zero(@z); print(@z);
  @h = hist(5); @h = hist(5); print(@h);
  @s = sum(5); print(@s, 0, 2);
  @d[1] = 1; @d[2] = 2; delete(@d[1]);
  exit();
}`},

		{name: "increment and decrement as values", script: `BEGIN {
  @x = 10; @y = @x++; @z = ++@x; @w = @x--; @v = --@x;
  @k[1, 2] = 5; $a = @k[1, 2]++ + @k[1, 2]++;
  @new = @fresh[7]++; @new2 = ++@fresh2[7]; @down = @gone["a"]--;
  $i = 3; $j = $i++; $l = ++$i; $m = $i--; $n = --$i;
  printf("a=%d j=%d l=%d m=%d n=%d i=%d\n", $a, $j, $l, $m, $n, $i);
  if (@once++ == 0) { printf("first\n"); }
  if (@once++ == 0) { printf("second\n"); }
  exit();
}`},

		{name: "interval", script: `interval:ms:20 { @i++; if (@i == 5) { printf("five %d\n", @i); exit(); } }`},

		{name: "literals constants and builtins", script: `#include <sys/socket.h>
#include <errno.h>
#define N 3
#ifndef BPFTRACE_HAVE_BTF
#define MODE 1
#else
#define MODE 2
#endif
BEGIN {
  printf("lit %d %d %d %d %d\n", 1e6, 5e3, 1e0, 2e16 / 1e9, N * 2);
  printf("pos %d %d [%s]\n", $#, $3, str($4));
  printf("const %d %d %d %d %d %d\n", AF_INET, AF_INET6, AF_UNIX, EPERM, ENOENT, MODE);
  printf("cmp %d %d %d %d %d %d\n", strncmp("abc", "abd", 2), strncmp("abc", "abd", 3), strncmp("ab", "abc", 5), strncmp(comm, comm, 16), strncmp("", "", 1), strncmp("x", "y", 0));
  printf("has %d %d %d %d\n", strcontains("hello world", "o w"), strcontains("hello", "xyz"), strcontains("hello", "hello!"), strcontains("aab", "ab"));
  $n = "lo"; $h = "hello"; $e = "";
  printf("hasv %d %d %d %d %d\n", strcontains($h, $n), strcontains($n, $h), strcontains($e, $n), strcontains($h, $e), strcontains($h, $h));
  printf("net %s %s %s %s %d\n", ntop(0x0100007f), ntop(2, 0x0101a8c0), ntop(pton("10.1.2.3")), ntop(pton("fe80::1:2")), pton("127.0.0.1")[3]);
  printf("err %s|%s|%s\n", strerror(EPERM), strerror(2), strerror(4095));
  $len = 2; printf("bufs %r|%r|%r\n", buf("hi\n", 3), buf("abcdef", 4), buf("abc", $len));
  printf("misc %d %d %d %s %d %r\n", sizeof(uint8), sizeof(int64), numaid, username, cgroupid("/sys/fs/cgroup/unified") == cgroup, buf(kaddr("vfs_read"), 4));
  print(cgroup_path(cgroup)); print(cgroup_path(cgroup, "cpu*"));
  @c = count(); clear(@c); @s = sum(1); clear(@s);
  exit();
}`, headers: true},
		signsCase(),
		unaryCase(),
		builtinsEventCase(),
		syscallCase(),
		histPhasesCase(),
		// Processes the test starts; not bpftrace itself, whose threads
		// exit when it is stopped while ntrace still traces.
		{name: "sched tracepoints", script: `tracepoint:sched:sched_process_exec /curtask->real_parent->tgid == $1/ {
  printf("exec %s %s %d\n", str(args->filename), comm, args->pid == pid);
}
tracepoint:sched:sched_process_exit /curtask->real_parent->tgid == $1 && comm != "bpftrace"/ { @exit[comm, args->prio > 0] = count(); }`,
			events: func(t *testing.T) {
				exec.Command("/bin/true").Run()
				exec.Command("/bin/sh", "-c", "exit 3").Run()
			}},
		socketCase(),
		rawTracepointCase(),
	}...)
}

// syscallCase traces the syscalls the test makes: fields of their
// records, strings and structs they point to in user memory, and
// aggregations of their results, negative ones included.
func syscallCase() diffCase {
	return diffCase{name: "syscall tracepoints", script: strings.ReplaceAll(`
tracepoint:syscalls:sys_enter_openat /tid == $2/ { printf("open %d %s %d\n", args->dfd, str(args->filename), args->flags & 3); }
tracepoint:syscalls:sys_exit_openat /tid == $2/ { @open = hist(args->ret); @openret[args->ret > 0] = count(); }
tracepoint:syscalls:sys_enter_read /tid == $2 && args->count == 7/ { printf("read %d\n", args->count); }
tracepoint:syscalls:sys_exit_read /tid == $2/ { @rd = stats(args->ret); @rdl = lhist(args->ret, 0, 20, 5); @rdmin = min(args->ret); @rdmax = max(args->ret); }
tracepoint:syscalls:sys_enter_clock_nanosleep /tid == $2/ {
  $ts = (struct __kernel_timespec *)args->rqtp;
  printf("sleep %d %ld %ld\n", args->which_clock, $ts->tv_sec, $ts->tv_nsec);
}
tracepoint:syscalls:sys_enter_connect /tid == $2/ {
  $sa = (struct sockaddr_in *)args->uservaddr;
  $port = $sa->sin_port;
  $port = bswap($port);
  printf("connect %d %d %s\n", $sa->sin_family, $port, ntop($sa->sin_addr.s_addr));
}
tracepoint:syscalls:sys_enter_getpgid /tid == $2/ {
  printf("task %d %d %d %s\n", curtask->pid == tid, curtask->tgid == pid, curtask->real_parent->tgid == PPID, curtask->comm);
}`, "PPID", strconv.Itoa(os.Getppid())), events: func(t *testing.T) {
		// A short directory: str() reads 64 bytes of a path.
		dir, err := os.MkdirTemp("", "nt")
		if err != nil {
			t.Error(err)
			return
		}
		defer os.RemoveAll(dir)
		path := filepath.Join(dir, "seven")
		os.WriteFile(path, []byte("1234567"), 0o644)
		f := mustOpen(t, path)
		buf := make([]byte, 7)
		f.Read(buf)
		f.Read(buf) // 0 at the end
		f.Close()
		os.Open(filepath.Join(dir, "missing"))
		var pipe [2]int
		if err := syscall.Pipe2(pipe[:], syscall.O_NONBLOCK); err != nil {
			t.Error(err)
			return
		}
		syscall.Read(pipe[0], buf) // -EAGAIN
		syscall.Close(pipe[0])
		syscall.Close(pipe[1])
		unix.ClockNanosleep(unix.CLOCK_MONOTONIC, unix.TIMER_ABSTIME, &unix.Timespec{Sec: 3, Nsec: 141592653}, nil)
		if c, err := net.Dial("udp4", "127.0.0.1:5353"); err == nil {
			c.Close()
		}
		syscall.Getpgid(0)
	}}
}

// builtinsEventCase runs the builtins that read what system calls pass:
// buf() and str() of a length known at run time, a struct a tracepoint's
// pointer field names, join() of a program's arguments, strerror() of a
// result.
func builtinsEventCase() diffCase {
	return diffCase{name: "syscall builtins", script: `
tracepoint:syscalls:sys_enter_write /tid == $2/ {
  printf("w %r|%r|%d\n", buf(args->buf, args->count), buf(args->buf, 2), args->count);
  if (args->count == 11) { printf("s %s|%s\n", str(args->buf, args->count), str(args->buf, args->count - 3)); }
}
tracepoint:syscalls:sys_enter_clock_nanosleep /tid == $2/ { printf("ns %ld %ld\n", args->rqtp->tv_sec, args->rqtp->tv_nsec); }
tracepoint:syscalls:sys_enter_execve /curtask->real_parent->tgid == $1/ { join(args->argv); join(args->argv, "+"); }
tracepoint:syscalls:sys_exit_openat /tid == $2 && args->ret < 0/ { printf("open %d %s\n", args->ret, strerror(-args->ret)); }`,
		events: func(t *testing.T) {
			null := mustOpen(t, "/dev/null")
			null.Close()
			if f, err := os.OpenFile("/dev/null", os.O_WRONLY, 0); err == nil {
				f.Write([]byte("hello world"))
				f.Write([]byte("\x01\x02ab\xff"))
				f.Close()
			}
			os.Open("/nonexistent/ntrace")
			unix.ClockNanosleep(unix.CLOCK_MONOTONIC, unix.TIMER_ABSTIME, &unix.Timespec{Sec: 2, Nsec: 718281828}, nil)
			exec.Command("/bin/true", "one", "two three", "four").Run()
		}}
}

// socketCase follows TCP connections over IPv4 and IPv6 on loopback
// through the sock:inet_sock_set_state tracepoint: its fields, and the
// struct sock it points to in kernel memory, with the remote port read
// into a variable and byte-swapped there as bpftrace's tcpconnect does.
// The states change in softirq too, on any CPU: what both print is kept
// in maps.
func socketCase() diffCase {
	return diffCase{name: "socket tracepoint and kernel structs", setup: func(t *testing.T) (string, func(*testing.T)) {
		var lns []net.Listener
		for _, network := range []string{"tcp4", "tcp6"} {
			ln, err := net.Listen(network, net.JoinHostPort(loopback(network), "0"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { ln.Close() })
			lns = append(lns, ln)
		}
		p4, p6 := lns[0].Addr().(*net.TCPAddr).Port, lns[1].Addr().(*net.TCPAddr).Port
		script := fmt.Sprintf(`tracepoint:sock:inet_sock_set_state /args->protocol == 6 && (args->sport == %[1]d || args->dport == %[1]d || args->sport == %[2]d || args->dport == %[2]d)/ {
  @states[args->family, args->oldstate, args->newstate, args->sport == %[1]d || args->sport == %[2]d] = count();
  if (args->family == 2) {
    @v4[ntop(args->saddr), ntop(args->daddr), args->dport == %[1]d] = count();
  } else {
    @v6[ntop(args->saddr_v6), ntop(args->daddr_v6), args->dport == %[2]d] = count();
  }
  $sk = (struct sock *)args->skaddr;
  $dport = $sk->__sk_common.skc_dport;
  $dport = bswap($dport);
  @sk[$sk->__sk_common.skc_family, $sk->__sk_common.skc_num == args->sport, $dport == args->dport, $sk->sk_protocol] = count();
  @sizes = hist($sk->sk_sndbuf > 0);
}`, p4, p6)
		events := func(t *testing.T) {
			for i, ln := range lns {
				c, err := net.Dial(ln.Addr().Network(), ln.Addr().String())
				if err != nil {
					t.Fatal(err)
				}
				s, err := ln.Accept()
				if err != nil {
					t.Fatal(err)
				}
				fmt.Fprintf(c, "hello %d", i)
				c.Close()
				s.Close()
			}
		}
		return script, events
	}}
}

// rawTracepointCase counts the system calls the test makes through a raw
// tracepoint in ntrace, and through the tracepoint on the same event in
// bpftrace 0.17, which aborts on rawtracepoint probes ("FATAL: Invalid
// probe type made it to attachpoint parser"). The raw tracepoint's
// arguments are the registers: the same values, read through BTF.
func rawTracepointCase() diffCase {
	return diffCase{name: "raw tracepoint", script: `tracepoint:raw_syscalls:sys_enter /tid == $2 && (args->id == 121 || args->id == 39)/ {
  @calls[args->id, args->args[0]] = count();
}`, ntraceScript: `rawtracepoint:sys_enter /tid == $2 && (arg1 == 121 || arg1 == 39)/ {
  $regs = (struct pt_regs *)arg0;
  @calls[$regs->orig_ax, $regs->di] = count();
}`, events: func(t *testing.T) {
		for i := 0; i < 5; i++ {
			syscall.Getpgid(i) // 121, its argument in di
		}
		syscall.Getpid() // 39
	}}
}
