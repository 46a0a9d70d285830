/* The floor in C that ntrace's start-up is measured against: raw system
 * calls, one per-CPU array, the same 11 instructions as bench/floor/loader,
 * a perf-event tracepoint on sys_enter_getppid, then exit. With the argument
 * "load" it exits before attaching, as a script whose BEGIN calls exit()
 * does; with "ready" it prints "ready" once attached and holds the probe
 * until a signal, as the bench's start-up part measures a tracer. Built by
 * bench/floor/startup.sh and by the bench with cc -O2 -static. */
#include <linux/bpf.h>
#include <linux/perf_event.h>
#include <sys/syscall.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <fcntl.h>
#include <signal.h>

static void stop(int sig) { (void)sig; _exit(0); }

static long bpf(int cmd, union bpf_attr *a) { return syscall(__NR_bpf, cmd, a, sizeof(*a)); }

int main(int argc, char **argv) {
	union bpf_attr a;
	memset(&a, 0, sizeof a);
	a.map_type = BPF_MAP_TYPE_PERCPU_ARRAY; a.key_size = 4; a.value_size = 8; a.max_entries = 1;
	int map = bpf(BPF_MAP_CREATE, &a);
	if (map < 0) { perror("map"); return 1; }
	struct bpf_insn in[] = {
		{BPF_ST | BPF_MEM | BPF_W, BPF_REG_10, 0, -4, 0},
		{BPF_ALU64 | BPF_MOV | BPF_X, BPF_REG_2, BPF_REG_10, 0, 0},
		{BPF_ALU64 | BPF_ADD | BPF_K, BPF_REG_2, 0, 0, -4},
		{BPF_LD | BPF_DW | BPF_IMM, BPF_REG_1, BPF_PSEUDO_MAP_FD, 0, map}, {0, 0, 0, 0, 0},
		{BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_map_lookup_elem},
		{BPF_JMP | BPF_JEQ | BPF_K, BPF_REG_0, 0, 3, 0},
		{BPF_LDX | BPF_MEM | BPF_DW, BPF_REG_1, BPF_REG_0, 0, 0},
		{BPF_ALU64 | BPF_ADD | BPF_K, BPF_REG_1, 0, 0, 1},
		{BPF_STX | BPF_MEM | BPF_DW, BPF_REG_0, BPF_REG_1, 0, 0},
		{BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_0, 0, 0, 0},
		{BPF_JMP | BPF_EXIT, 0, 0, 0, 0},
	};
	memset(&a, 0, sizeof a);
	a.prog_type = BPF_PROG_TYPE_TRACEPOINT; a.insns = (unsigned long)in;
	a.insn_cnt = sizeof in / sizeof in[0]; a.license = (unsigned long)"GPL";
	int prog = bpf(BPF_PROG_LOAD, &a);
	if (prog < 0) { perror("prog"); return 1; }
	int ready = argc > 1 && strcmp(argv[1], "ready") == 0;
	if (argc > 1 && !ready) return 0; /* "load": no attach, as BEGIN { exit(); } */
	char buf[32] = {0};
	int idf = open("/sys/kernel/tracing/events/syscalls/sys_enter_getppid/id", O_RDONLY);
	if (idf < 0 || read(idf, buf, sizeof buf - 1) <= 0) { perror("id"); return 1; }
	struct perf_event_attr pa;
	memset(&pa, 0, sizeof pa);
	pa.type = PERF_TYPE_TRACEPOINT; pa.size = sizeof pa; pa.config = atoi(buf);
	pa.sample_period = 1; pa.wakeup_events = 1;
	int pfd = syscall(__NR_perf_event_open, &pa, -1, 0, -1, PERF_FLAG_FD_CLOEXEC);
	if (pfd < 0) { perror("perf"); return 1; }
	if (ioctl(pfd, PERF_EVENT_IOC_SET_BPF, prog) < 0 || ioctl(pfd, PERF_EVENT_IOC_ENABLE, 0) < 0) { perror("ioctl"); return 1; }
	if (ready) {
		signal(SIGINT, stop);
		signal(SIGTERM, stop);
		if (write(1, "ready\n", 6) != 6) return 1;
		for (;;) pause();
	}
	return 0;
}
