#!/bin/sh
# build.sh OUT — builds the e2e tests' C programs into OUT, statically
# linked but for threads (the qemu rig's guests have no libc; vm/vmtest.sh
# runs this on the host for them), in the variants the tests use:
#
#   usdt-pie  usdt.c, optimized, position-independent (static-pie): USDT
#             arguments in registers, on the stack and at symbol(%rip)
#   usdt-O0   usdt.c, unoptimized, at fixed addresses: arguments in
#             memory at offsets from %rbp
#   watch     watch.c at fixed addresses, so its counter's address is
#             known before it runs (-c)
#   events    events.c
#   threads   threads.c, dynamically linked (pthread_create in libc.so.6,
#             where uprobe:libpthread:pthread_create finds it); the
#             guests cannot run it
#
# Needs a C compiler, the C library's static archive (libc6-dev) and
# <sys/sdt.h> (systemtap-sdt-dev).
set -eu
out=$1
src=$(dirname "$0")
cc=${CC:-cc}
mkdir -p "$out"
$cc -O2 -static-pie -o "$out/usdt-pie" "$src/usdt.c"
$cc -O0 -static -no-pie -o "$out/usdt-O0" "$src/usdt.c"
$cc -O2 -static -no-pie -o "$out/watch" "$src/watch.c"
$cc -O2 -static -o "$out/events" "$src/events.c"
$cc -O2 -pthread -o "$out/threads" "$src/threads.c"
