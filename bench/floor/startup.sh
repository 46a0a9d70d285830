#!/bin/bash
# bench/floor/startup.sh — start-up (exec → exit, hyperfine medians) and
# peak RSS of ntrace against the floor (bench/floor: a C loader making
# the system calls itself, a cilium/ebpf loader) and bpftrace 0.17, for
# one probe and for udplat, each ending in BEGIN { exit(); }.
#
#   bench/floor/startup.sh [NTRACE...]    # default bin/ntrace; as root
#
# Give several ntrace binaries (say one built at main, one at a branch) to
# compare them in one run. Needs hyperfine and GNU time; the C floor needs
# a C compiler, bpftrace is left out when it is not installed. It refuses
# to run while another bpftrace is running: that makes every tool's start
# 10–60× slower here.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/out/floor
mkdir -p "$out"
if pgrep -x bpftrace >/dev/null; then
	echo "startup.sh: a bpftrace is running; its start-ups and exits would distort this run" >&2
	exit 1
fi
ntraces=("$@")
[ ${#ntraces[@]} -gt 0 ] || ntraces=(bin/ntrace)
CGO_ENABLED=0 go build -o "$out/loader" ./bench/floor/loader
floors=("$out/loader load")
if command -v cc >/dev/null; then
	cc -O2 -static -o "$out/floor-c" bench/floor/floor.c
	floors=("$out/floor-c load" "${floors[@]}")
fi
printf 'tracepoint:syscalls:sys_enter_getppid { @ = count(); }\nBEGIN { exit(); }\n' >"$out/one.nt"
{ cat scripts/udplat.nt; printf '\nBEGIN { exit(); }\n'; } >"$out/udplat.nt"
one=() udplat=()
for c in "${floors[@]}"; do one+=("$c"); done
for n in "${ntraces[@]}"; do one+=("$n $out/one.nt"); udplat+=("$n $out/udplat.nt"); done
# bpftrace last: each of its exits leaves the kernel ~1 s of work that
# would slow whatever ran next.
bpf=()
command -v bpftrace >/dev/null && bpf=("bpftrace $out/one.nt")
hyperfine -N --warmup 3 --runs 40 --export-json "$out/startup.json" "${one[@]}" "${udplat[@]}" "${bpf[@]}"
for c in "${one[@]}" "${udplat[@]}" "${bpf[@]}"; do
	rss=$(for i in 1 2 3 4 5 6 7 8 9; do /usr/bin/time -f %M $c 2>&1 >/dev/null | tail -1; done | sort -n | sed -n 5p)
	echo "peak RSS, median of 9: $((rss / 1024)).$(((rss % 1024) * 10 / 1024)) MB  $c"
done
if pgrep -x bpftrace >/dev/null; then
	echo "startup.sh: a bpftrace other than ours started meanwhile: do not report this run" >&2
	exit 1
fi
