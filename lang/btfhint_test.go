package lang

import "testing"

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
	} {
		if got := MayNeedBTF(src); got != want {
			t.Errorf("MayNeedBTF(%q) = %v, want %v", src, got, want)
		}
	}
}
