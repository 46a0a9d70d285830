// events: the target of the software event e2e tests. It does a known
// amount of one thing, then prints what the kernel counted of it for
// this process (getrusage, /proc/thread-self/status), so the tests can
// bound what ntrace counted:
//
//   events faults N   writes to N fresh pages (N minor faults at least,
//                     transparent huge pages being refused);
//                     prints "faults <minor+major of the whole run>"
//   events sleeps N   sleeps 1 ms N times (N voluntary context switches
//                     at least); prints "switches <voluntary+involuntary
//                     of the whole run>"
//   events spin MS    spins on the CPU for MS milliseconds of its own CPU
//                     time; prints "cpu_ms <user+system ms of the run>"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <time.h>

static long cpuMillis(void) {
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000 + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000;
}

static long switches(void) {
	FILE *f = fopen("/proc/thread-self/status", "r");
	char line[256];
	long total = 0, n;
	while (f && fgets(line, sizeof line, f)) {
		if (sscanf(line, "voluntary_ctxt_switches: %ld", &n) == 1 || sscanf(line, "nonvoluntary_ctxt_switches: %ld", &n) == 1)
			total += n;
	}
	if (f)
		fclose(f);
	return total;
}

int main(int argc, char **argv) {
	if (argc < 3)
		return 2;
	long n = atol(argv[2]);
	if (strcmp(argv[1], "faults") == 0) {
		long page = 4096;
		char *m = mmap(NULL, n * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (m == MAP_FAILED)
			return 1;
		// One fault a page, not one a transparent huge page.
		madvise(m, n * page, MADV_NOHUGEPAGE);
		for (long i = 0; i < n; i++)
			m[i * page] = 1;
		struct rusage ru;
		getrusage(RUSAGE_SELF, &ru);
		printf("faults %ld\n", ru.ru_minflt + ru.ru_majflt);
	} else if (strcmp(argv[1], "sleeps") == 0) {
		struct timespec ms = {0, 1000000};
		for (long i = 0; i < n; i++)
			nanosleep(&ms, NULL);
		printf("switches %ld\n", switches());
	} else if (strcmp(argv[1], "spin") == 0) {
		volatile unsigned long x = 0;
		while (cpuMillis() < n)
			for (int i = 0; i < 100000; i++)
				x += i;
		printf("cpu_ms %ld\n", cpuMillis());
	} else {
		return 2;
	}
	return 0;
}
