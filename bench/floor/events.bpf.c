/* The floor per event: what a C programmer would write by hand for the
 * bench's per-event cases (bench/event.go), compiled by the bench with
 * clang -O2 -target bpf and attached by bench/floor/events. Each program
 * does what the case's script asks and no more: the same maps and
 * helpers a careful hand would pick, no error reporting. Map names and
 * sizes follow what ntrace makes for the same script. */
#include <linux/bpf.h>
#include <linux/types.h>

#define SEC(name) __attribute__((section(name), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name

static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *)BPF_FUNC_map_lookup_elem;
static long (*bpf_map_update_elem)(void *map, const void *key, const void *value, __u64 flags) = (void *)BPF_FUNC_map_update_elem;
static long (*bpf_map_delete_elem)(void *map, const void *key) = (void *)BPF_FUNC_map_delete_elem;
static __u64 (*bpf_ktime_get_ns)(void) = (void *)BPF_FUNC_ktime_get_ns;
static __u64 (*bpf_get_current_pid_tgid)(void) = (void *)BPF_FUNC_get_current_pid_tgid;
static long (*bpf_get_current_comm)(void *buf, __u32 size) = (void *)BPF_FUNC_get_current_comm;
static long (*bpf_get_stackid)(void *ctx, void *map, __u64 flags) = (void *)BPF_FUNC_get_stackid;

char LICENSE[] SEC("license") = "GPL";

/* @ = count() */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} count_map SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_getppid")
int count(void *ctx)
{
	__u32 k = 0;
	__u64 *v = bpf_map_lookup_elem(&count_map, &k);
	if (v)
		*v += 1;
	return 0;
}

/* @[comm] = count() */
struct comm_key {
	char comm[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, 4096);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, struct comm_key);
	__type(value, __u64);
} comm_map SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_getppid")
int comm_count(void *ctx)
{
	struct comm_key k;
	__u64 one = 1, *v;

	bpf_get_current_comm(&k.comm, sizeof(k.comm));
	v = bpf_map_lookup_elem(&comm_map, &k);
	if (v)
		*v += 1;
	else
		bpf_map_update_elem(&comm_map, &k, &one, BPF_NOEXIST);
	return 0;
}

/* @[kstack] = count(): the kernel stack's id (or the error getting it,
 * which bpftrace and ntrace count too) keys the count; 127 frames, the
 * stack map as big as ntrace's. */
struct {
	__uint(type, BPF_MAP_TYPE_STACK_TRACE);
	__uint(max_entries, 16384);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, 127 * sizeof(__u64));
} kstack_map SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, 4096);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, __s64);
	__type(value, __u64);
} kstack_count_map SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_getppid")
int kstack_count(void *ctx)
{
	__s64 k = bpf_get_stackid(ctx, &kstack_map, 0);
	__u64 one = 1, *v;

	v = bpf_map_lookup_elem(&kstack_count_map, &k);
	if (v)
		*v += 1;
	else
		bpf_map_update_elem(&kstack_count_map, &k, &one, BPF_NOEXIST);
	return 0;
}

/* The log2 bucket of hist(): 0 for negative values, 1 for 0, 2+log2(v)
 * otherwise; 66 buckets. */
static __always_inline __u32 log2_bucket(__s64 s)
{
	__u64 v = s;
	__u32 b = 2;

	if (s < 0)
		return 0;
	if (v == 0)
		return 1;
	if (v >> 32) { v >>= 32; b += 32; }
	if (v >> 16) { v >>= 16; b += 16; }
	if (v >> 8) { v >>= 8; b += 8; }
	if (v >> 4) { v >>= 4; b += 4; }
	if (v >> 2) { v >>= 2; b += 2; }
	if (v >> 1) { b += 1; }
	return b;
}

struct hist_map {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 66);
	__type(key, __u32);
	__type(value, __u64);
};

struct hist_map hist_map SEC(".maps");

/* @ = hist(nsecs & 0xffff) */
SEC("tracepoint/syscalls/sys_enter_getppid")
int hist(void *ctx)
{
	__u32 k = log2_bucket(bpf_ktime_get_ns() & 0xffff);
	__u64 *v = bpf_map_lookup_elem(&hist_map, &k);
	if (v)
		*v += 1;
	return 0;
}

/* udplat's pattern: @start[tid] = nsecs on entry; on exit, if there is a
 * start, @lat = hist(nsecs - start) and delete(@start[tid]). */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, __u64);
	__type(value, __u64);
} start_map SEC(".maps");

struct hist_map lat_map SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_getppid")
int udplat_enter(void *ctx)
{
	__u64 tid = (__u32)bpf_get_current_pid_tgid();
	__u64 now = bpf_ktime_get_ns();

	bpf_map_update_elem(&start_map, &tid, &now, BPF_ANY);
	return 0;
}

SEC("tracepoint/syscalls/sys_exit_getppid")
int udplat_exit(void *ctx)
{
	__u64 tid = (__u32)bpf_get_current_pid_tgid();
	__u64 *start = bpf_map_lookup_elem(&start_map, &tid);
	__u32 k;
	__u64 *v;

	if (!start || !*start)
		return 0;
	k = log2_bucket(bpf_ktime_get_ns() - *start);
	v = bpf_map_lookup_elem(&lat_map, &k);
	if (v)
		*v += 1;
	bpf_map_delete_elem(&start_map, &tid);
	return 0;
}
