package lang

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
)

func TestMayNeedBTF(t *testing.T) {
	for src, want := range map[string]bool{
		`tracepoint:syscalls:sys_enter_getppid { @ = count(); }`:                                  false,
		`tracepoint:net:netif_receive_skb { $s = (struct sk_buff *)args->skbaddr; }`:              true,
		`kprobe:tcp_v4_connect { @ = count(); }`:                                                  true,
		`rawtracepoint:sched_switch { @ = count(); }`:                                             true,
		`BEGIN { printf("%d\n", offsetof(struct sock, sk_rcvbuf)); }`:                             true,
		`tracepoint:sched:sched_switch { @[curtask->pid] = count(); }`:                            true,
		`tracepoint:syscalls:sys_enter_openat { printf("%s\n", str(args->filename)); } // kprobe`: true,
		`tracepoint:syscalls:sys_enter_openat { @[comm] = count(); } // structure`:                false,
		// Every name of a kind that reads BTF, aliases too.
		`k:tcp_v4_connect { @ = count(); }`:             true,
		`kr:tcp_v4_connect { @ = count(); }`:            true,
		`f:tcp_v4_connect { @ = count(); }`:             true,
		`fr:tcp_v4_connect { @ = count(); }`:            true,
		`rt:sched_switch { @ = count(); }`:              true,
		`t:syscalls:sys_enter_getppid { @ = count(); }`: false,
		`usdt:/bin/x:p:n { @ = count(); }`:              false,
		`software:faults:1 { @ = count(); }`:            false,
	} {
		if got := MayNeedBTF(src); got != want {
			t.Errorf("MayNeedBTF(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestMayLoadKprobeType(t *testing.T) {
	for src, want := range map[string]bool{
		`tracepoint:syscalls:sys_enter_getppid { @ = count(); }`:  false,
		`rawtracepoint:sched_switch { @ = count(); }`:             false,
		`kprobe:tcp_v4_connect { @ = count(); }`:                  true,
		`kr:tcp_v4_connect { @ = count(); }`:                      true,
		`uprobe:/bin/bash:readline { @ = count(); }`:              true,
		`fentry:tcp_v4_connect { @ = count(); }`:                  true, // its fallback is a kprobe
		`t:syscalls:sys_enter_read { @[comm] = count(); } // kpr`: false,
	} {
		if got := MayLoadKprobeType(src); got != want {
			t.Errorf("MayLoadKprobeType(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestMayLookUpFunctions(t *testing.T) {
	for _, c := range []struct {
		src           string
		lookUp, hooks bool
	}{
		{`tracepoint:syscalls:sys_enter_getppid { @ = count(); }`, false, false},
		{`uprobe:/bin/bash:readline { @ = count(); }`, false, false},
		{`rawtracepoint:sched_switch { @ = count(); }`, true, false}, // __probestub_sched_switch
		{`rt:sched_switch { @ = count(); }`, true, false},
		{`kprobe:tcp_v4_connect { @ = count(); }`, true, true},
		{`kfunc:tcp_v4_connect { @ = count(); }`, true, true},
		{`t:syscalls:sys_enter_read { @[comm] = count(); } // kpr`, false, false},
	} {
		if got := MayLookUpFunctions(c.src); got != c.lookUp {
			t.Errorf("MayLookUpFunctions(%q) = %v, want %v", c.src, got, c.lookUp)
		}
		if got := MayHookKernelFunctions(c.src); got != c.hooks {
			t.Errorf("MayHookKernelFunctions(%q) = %v, want %v", c.src, got, c.hooks)
		}
	}
}

func TestMayRunOnce(t *testing.T) {
	for src, want := range map[string]bool{
		`tracepoint:syscalls:sys_enter_getppid { @ = count(); }`:                   false,
		`tracepoint:syscalls:sys_enter_getppid { @ = count(); } BEGIN { exit(); }`: true,
		`END { print(@); }`:         true,
		`begin { printf("hi\n"); }`: true,
		`end{ clear(@); }`:          true,
		`t:syscalls:sys_enter_read { @[comm] = count(); } // BEGINS`: false,
	} {
		if got := MayRunOnce(src); got != want {
			t.Errorf("MayRunOnce(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestMaySendEvents(t *testing.T) {
	for src, want := range map[string]bool{
		`tracepoint:syscalls:sys_enter_getppid { @ = count(); }`:                 false,
		`tracepoint:syscalls:sys_enter_getppid { printf("%d\n", pid); }`:         true,
		`interval:s:1 { print(@); clear(@); }`:                                   true,
		`tracepoint:syscalls:sys_enter_getppid { @ = count(); } END { time(); }`: true,
		`tracepoint:syscalls:sys_enter_getppid /pid == 1/ { exit(); }`:           true,
		`BEGIN { exit(); }`:                                                   false,
		`BEGIN { @a = 1; } END { exit(3); }`:                                  false,
		`BEGIN { printf("hi\n"); exit(); }`:                                   true,
		`tracepoint:syscalls:sys_enter_read { @[comm] = hist(args->count); }`: false,
		// exit() in BEGIN's or END's own block sends no event, whatever
		// the other probes; anywhere else it may.
		"tracepoint:syscalls:sys_enter_getppid { @ = count(); }\nBEGIN { exit(); }\n":   false,
		`tracepoint:a:b { if (1) { @ = 1; } } END { if (@ > 1) { exit(); } }`:           false,
		`tracepoint:a:b { @ = 1; } BEGIN { $s = "} exit"; /* } */ exit(); // }` + "\n}": false,
		`BEGIN { @ = 1; } tracepoint:a:b { exit(); }`:                                   true,
		`BEGIN, tracepoint:a:b { exit(); }`:                                             true,
		`tracepoint:a:b, END { exit(); }`:                                               true,
		`tracepoint:a:b /comm == "BEGIN"/ { exit(); }`:                                  true,
		`tracepoint:a:b { @ = 1; } // exit() below` + "\nBEGIN { }":                     false,
		`BEGIN { $s = "\"{"; } tracepoint:a:b { exit(); }`:                              true,
	} {
		if got := MaySendEvents(src); got != want {
			t.Errorf("MaySendEvents(%q) = %v, want %v", src, got, want)
		}
	}
}

// MayNeedBTF finds the same words as the regular expression it replaced.
func TestMayNeedBTFMatchesRegexp(t *testing.T) {
	re := regexp.MustCompile(`\b(struct|union|enum|kprobe|k|kretprobe|kr|kfunc|kretfunc|f|fentry|fexit|fr|rawtracepoint|rt|curtask|sizeof|offsetof|container_of)\b`)
	for _, src := range []string{
		"", "struct", "structs", "_struct", "struct_", "xstruct y", "a.struct", "(struct sock *)",
		"kprobe:x", "kprobe2", "rawtracepoint:sched", "enum", "@enum[1]", "$sizeof", "container_of(",
		"curtask\n", "é struct", "kfunc", "kretfunc:x", "fexit", "union{", "offsetofx",
		"k:x", "kk:x", "rt:y", "f:z", "fr:z", "kr:z", "uprobe:/bin/k:f", "t:a:b",
	} {
		if got, want := MayNeedBTF(src), re.MatchString(src); got != want {
			t.Errorf("MayNeedBTF(%q) = %v, the regexp says %v", src, got, want)
		}
	}
}

func TestTracepointsNamed(t *testing.T) {
	src := `// counts tracepoint:sched:sched_switch too
tracepoint:syscalls:sys_enter_read, t:syscalls:sys_exit_read,
tracepoint:syscalls:sys_enter_read { @ = count(); }
tracepoint:net:* { }
tracepoint:skb:kfree_sk? { }
tracepoint:${G}:x, tracepoint:g:${N}, tracepoint:a:b[c] { }
kprobe:tcp_sendmsg { $t = "t:x:y"; }
xt:no:no, tracepoint:a, tracepoint::b
`
	got := fmt.Sprint(TracepointsNamed(src))
	want := "[[sched sched_switch] [syscalls sys_enter_read] [syscalls sys_exit_read] [x y]]"
	if got != want {
		t.Errorf("TracepointsNamed = %s, want %s", got, want)
	}
}

func TestRawTracepointsNamed(t *testing.T) {
	src := `// rawtracepoint:sched_switch in a comment counts too
rawtracepoint:kfree_skb, rt:sk_data_ready,
rawtracepoint:vmlinux:netif_receive_skb, rawtracepoint:kfree_skb { }
rawtracepoint:sock_* { }
rawtracepoint:mod:x, rawtracepoint:${N}, rt:a[b] { }
tracepoint:skb:kfree_skb, xrt:no { $t = "rt:y"; }
`
	got := fmt.Sprint(RawTracepointsNamed(src))
	want := "[sched_switch kfree_skb sk_data_ready netif_receive_skb y]"
	if got != want {
		t.Errorf("RawTracepointsNamed = %s, want %s", got, want)
	}
}

// BenchmarkHints is the hints' cost on udplat, the largest recipe: they
// run on the path to the parser, before it starts.
func BenchmarkHints(b *testing.B) {
	src, err := os.ReadFile("../scripts/udplat.nt")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		TracepointsNamed(string(src))
		RawTracepointsNamed(string(src))
		MayNeedBTF(string(src))
		MayLoadKprobeType(string(src))
		MayHookKernelFunctions(string(src))
		MayRunOnce(string(src))
		MaySendEvents(string(src))
	}
}

// TestAfterKindAsEveryWord: afterKind, going from colon to colon, finds
// what asking at every word start of the text finds, in the same order,
// on every recipe and on texts made to trip it (a kind at the start and
// the end, a kind inside a longer word, a colon after a non-name).
func TestAfterKindAsEveryWord(t *testing.T) {
	atEveryWord := func(src string, prefixes []string) (out []string) {
		for i := 0; i < len(src); i++ {
			if i > 0 && isNameChar(src[i-1]) {
				continue
			}
			if rest, ok := cutKind(src[i:], prefixes); ok {
				out = append(out, rest)
			}
		}
		return out
	}
	srcs := []string{"t:a", "t:", ":t:", "xt:a t:b", "rt:rt:x", "tracepoint:a:b,t:c:d", "a.t:x", "1t:x", "t::x", "(t:x)", "rawtracepoint:vmlinux:x rt:y"}
	paths, _ := filepath.Glob("../scripts/*.nt")
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(src))
	}
	for _, src := range srcs {
		for _, prefixes := range [][]string{tracepointPrefixes(), rawTracepointPrefixes()} {
			var got []string
			afterKind(src, prefixes, func(rest string) { got = append(got, rest) })
			if want := atEveryWord(src, prefixes); !slices.Equal(got, want) {
				t.Errorf("afterKind(%.40q, %v) found %d, asking at every word %d", src, prefixes, len(got), len(want))
			}
		}
	}
}
