// watch: the target of the watchpoint e2e tests.
//
//   watch global N [wait]  prints "addr 0x..." of the global counter,
//                          (with wait: then waits for a line on stdin),
//                          and stores to it N times
//   watch func N [US]      calls increment(0, p) N times, p a heap int,
//                          each call adding one to *p, and after each
//                          call stores to *p once more: 2N stores to *p;
//                          with US, sleeping US microseconds after each
//
// Every store is one instruction, so a write watchpoint fires once each.
// counter is initialized, in .data, so that loading the program (which
// zeroes .bss) does not write to it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

volatile int counter = 1;

__attribute__((noinline)) void increment(int unused, volatile int *p) {
	(void)unused;
	*p = *p + 1;
}

int main(int argc, char **argv) {
	if (argc < 3)
		return 2;
	int n = atoi(argv[2]);
	if (strcmp(argv[1], "global") == 0) {
		printf("addr %p\n", (void *)&counter);
		fflush(stdout);
		if (argc > 3 && strcmp(argv[3], "wait") == 0) {
			char line[16];
			if (!fgets(line, sizeof line, stdin))
				return 1;
		}
		for (int i = 0; i < n; i++)
			counter = i;
		printf("stored %d\n", n);
		return 0;
	}
	int us = argc > 3 ? atoi(argv[3]) : 0;
	volatile int *p = malloc(sizeof *p);
	*p = 0;
	for (int i = 0; i < n; i++) {
		increment(0, p);
		*p = *p + 1;
		if (us > 0)
			usleep(us);
	}
	printf("stored %d\n", 2 * n);
	return 0;
}
