// threads: the target of the threadsnoop e2e test. It starts N threads,
// each running nt_thread_main (which returns at once), joins them, and
// prints "threads N", then stays until its standard input closes: usym
// names a function from the process's mappings, read when the event is
// printed, so the test keeps the process there until it has its lines.
// Built dynamically linked: pthread_create is then
// glibc's, in libc.so.6, as for the programs people trace.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) void *nt_thread_main(void *arg) {
	return arg;
}

int main(int argc, char **argv) {
	if (argc < 2)
		return 2;
	long n = atol(argv[1]);
	for (long i = 0; i < n; i++) {
		pthread_t t;
		if (pthread_create(&t, NULL, nt_thread_main, NULL) != 0)
			return 1;
		pthread_join(t, NULL);
	}
	printf("threads %ld\n", n);
	fflush(stdout);
	while (getchar() != EOF)
		;
	return 0;
}
