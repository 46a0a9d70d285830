// usdt: the target of the usdt e2e tests. It fires USDT probes written
// with <sys/sdt.h> N times (argv[1]) and prints what it passed, so the
// tests can check what ntrace read against it:
//
//   ntest:sized    eight arguments of every size and sign, in registers
//                  when optimized, on the stack when not
//   ntest:global   the same values read from global variables, which the
//                  compiler names as symbol(%rip)
//   ntest:stack    a value in memory at an offset from the stack pointer,
//                  an address, and a constant
//   ntest:site     one probe written in two places (two sites)
//   ntest:guarded  fired only while its semaphore is raised, as a tracer
//                  attached to it raises it
//   other:site     another provider with a probe of the same name
//
// With "wait" as argv[2] it prints its pid and waits for a line on stdin
// before firing (for -p). At the end it prints "guarded K": how many
// times it found the semaphore raised.
#define _SDT_HAS_SEMAPHORES 1
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/sdt.h>

#define SEMAPHORE(p, n) unsigned short p##_##n##_semaphore __attribute__((unused)) __attribute__((section(".probes")))
SEMAPHORE(ntest, sized);
SEMAPHORE(ntest, global);
SEMAPHORE(ntest, stack);
SEMAPHORE(ntest, site);
SEMAPHORE(ntest, guarded);
SEMAPHORE(other, site);

int8_t g8;
uint8_t gu8;
int16_t g16;
uint16_t gu16;
int32_t g32;
uint32_t gu32;
int64_t g64;
uint64_t gu64;

// setGlobals is not inlined, so main reads the globals from memory.
__attribute__((noinline)) void setGlobals(int i) {
	g8 = -(i + 1);
	gu8 = 200 + i;
	g16 = -1000 - i;
	gu16 = 60000 + i;
	g32 = -100000 - i;
	gu32 = 4000000000u + i;
	g64 = -5000000000000LL - i;
	gu64 = 18000000000000000000ULL + i;
}

__attribute__((noinline)) void siteOne(int i) { DTRACE_PROBE1(ntest, site, i); }
__attribute__((noinline)) void siteTwo(int i) { DTRACE_PROBE1(ntest, site, i + 1000); }

int main(int argc, char **argv) {
	int n = argc > 1 ? atoi(argv[1]) : 3;
	if (argc > 2 && strcmp(argv[2], "wait") == 0) {
		char line[16];
		printf("pid %d\n", getpid());
		fflush(stdout);
		if (!fgets(line, sizeof line, stdin))
			return 1;
	}
	int guarded = 0;
	for (int i = 0; i < n; i++) {
		int8_t a8 = -(i + 1);
		uint8_t b8 = 200 + i;
		int16_t a16 = -1000 - i;
		uint16_t b16 = 60000 + i;
		int32_t a32 = -100000 - i;
		uint32_t b32 = 4000000000u + i;
		int64_t a64 = -5000000000000LL - i;
		uint64_t b64 = 18000000000000000000ULL + i;
		DTRACE_PROBE8(ntest, sized, a8, b8, a16, b16, a32, b32, a64, b64);
		setGlobals(i);
		DTRACE_PROBE8(ntest, global, g8, gu8, g16, gu16, g32, gu32, g64, gu64);
		volatile int32_t v = -7 * i;
		DTRACE_PROBE3(ntest, stack, v, &v, -42);
		siteOne(i);
		siteTwo(i);
		STAP_PROBE1(other, site, i);
		if (ntest_guarded_semaphore) {
			guarded++;
			DTRACE_PROBE1(ntest, guarded, i);
		}
	}
	printf("guarded %d\n", guarded);
	return 0;
}
