#!/usr/bin/env bash
# vm/vmtest.sh — run Go test packages inside Debian's 6.1 and 6.12 kernels under qemu.
#
# Usage: vm/vmtest.sh PKG...            e.g. vm/vmtest.sh ./vm/selftest ./e2e/...
#
# For every package with test files (others are skipped) it builds a static test
# binary (CGO_ENABLED=0 go test -c), plus the static ntrace binary if ./cmd/ntrace
# has Go files, packs them with busybox into an initramfs, boots each kernel with
# qemu (TCG: a KVM guest hangs on the machines this runs on) and runs every test
# binary, in argument order, with -test.v inside it, from a copy of the package's
# directory (its files and testdata/) so relative paths work as under `go test`;
# the module's scripts/ directory is copied alongside, so ../scripts works too.
# A package with testdata/cprog/build.sh has it build its C programs (statically)
# into the guest's testdata/cprog/bin.
# Package patterns are resolved by `go list` from the current directory.
#
# Inside the guest: proc, sysfs, devtmpfs, devpts, tracefs (/sys/kernel/tracing),
# debugfs, bpffs (/sys/fs/bpf) and cgroup2 are mounted, lo is up, modprobe finds
# kernel/net modules and a few network drivers (see vm/kernels.sh), and the tests
# see NTRACE_VM=1, NTRACE_KERNEL=<series> ("6.1" or "6.12", the names
# internal/btftest uses), NTRACE_KERNEL_RELEASE=<uname -r> and, when built,
# NTRACE_BIN=/bin/ntrace.
#
# Environment:
#   VMTEST_KERNELS   series to boot, space-separated (default "6.1 6.12")
#   VMTEST_FLAGS     extra flags for every test binary, split on whitespace,
#                    e.g. VMTEST_FLAGS='-test.run=TestUDP -test.short'
#   VMTEST_TIMEOUT   wall-clock seconds per kernel, boot to poweroff (default 300;
#                    a guest that times out or stops without its end marker is
#                    booted once more before it counts as a failure).
#                    Each binary also gets -test.timeout=VMTEST_TIMEOUT-60s (half
#                    of it if <= 120 s), so a hung test dies with a goroutine dump
#                    while the guest can still report; VMTEST_FLAGS may override.
#   VMTEST_MEM       guest memory in MiB (default 1024)
#   VMTEST_NTRACE    0: do not build ./cmd/ntrace even if it exists
#   VMTEST_BPFTRACE  1: pack the host's bpftrace into the guests, with the
#                    libraries it loads (ldd), the C headers its tools
#                    include, and its tools (/usr/sbin/*.bt), so tests can
#                    run it beside ntrace on kprobes; adds about 200 MB
#                    unpacked (VMTEST_MEM then defaults to 2048) and half
#                    a minute of boot; tests see NTRACE_VM_BPFTRACE=1
#   VMTEST_ENV       extra environment for the tests in the guests, as
#                    space-separated NAME=VALUE words (no spaces in a value),
#                    e.g. VMTEST_ENV='NTRACE_STRESS=1'
#   NTRACE_STRESS    passed into the guests as it is set here, so that the
#                    opt-in stress tests run there as on the host:
#                    NTRACE_STRESS=1 VMTEST_FLAGS='-test.run=TestX' vm/vmtest.sh ./e2e
#   NTRACE_VM_CACHE  kernel cache (default ${XDG_CACHE_HOME:-$HOME/.cache}/ntrace-vm)
#
# Output: each guest's test output, every line prefixed with "[<series>] ", then
# one summary line per kernel:
#   vmtest 6.1.0-56-cloud-amd64: PASS (12 tests, 9 s)
# The whole serial console (boot messages, and the guest's dmesg after the tests)
# is kept in $NTRACE_VM_CACHE/logs/<release>-<time>-<pid>.log (the last 20 per
# kernel); logs/<release>.log links to the newest.
#
# Exit status: 0 if every test binary passed in every guest; 1 if a binary failed
# or a guest did not report back (timeout, panic, missing end marker); 2 on a
# usage error, a missing tool or a failed build.
set -euo pipefail
shopt -s inherit_errexit

vmdir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=vm/kernels.sh
source "$vmdir/kernels.sh"

# setup_die MSG: a usage, tool or build problem (exit 2), not a test failure.
setup_die() {
	printf 'vmtest: error: %s\n' "$*" >&2
	exit 2
}

usage() {
	sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}" >&2
	exit 2
}

# Markers the guest's /init prints around each test binary. The host parses the
# console for them; they are unlikely to appear in test output by accident.
readonly MARK='@@vmtest'

main() {
	(($# > 0)) || usage
	case $1 in -h | --help) usage ;; esac

	local -a kernels flags
	read -ra kernels <<<"${VMTEST_KERNELS:-6.1 6.12}"
	read -ra flags <<<"${VMTEST_FLAGS:-}"
	local timeout=${VMTEST_TIMEOUT:-300} mem=${VMTEST_MEM:-1024}
	[[ ${VMTEST_BPFTRACE:-0} != 1 || -n ${VMTEST_MEM:-} ]] || mem=2048
	[[ $timeout =~ ^[0-9]+$ ]] || setup_die "VMTEST_TIMEOUT=$timeout is not a number of seconds"
	[[ $mem =~ ^[0-9]+$ ]] || setup_die "VMTEST_MEM=$mem is not a number of MiB"
	((${#kernels[@]} > 0)) || setup_die "VMTEST_KERNELS is empty"
	guest_env_words >/dev/null
	local k
	for k in "${kernels[@]}"; do (vm_metapackage "$k" >/dev/null) || exit 2; done

	local tool
	for tool in go qemu-system-x86_64 busybox cpio gzip apt-get dpkg-deb flock timeout; do
		command -v "$tool" >/dev/null || setup_die "$tool not found (apt-get install qemu-system-x86 busybox-static cpio)"
	done
	# busybox must be static: it runs in a guest with no libc.
	if command -v file >/dev/null &&
		! file -L "$(command -v busybox)" | grep -q 'statically linked'; then
		setup_die "$(command -v busybox) is not statically linked (apt-get install busybox-static)"
	fi

	local work
	work=$(mktemp -d "${TMPDIR:-/tmp}/vmtest.XXXXXX")
	# shellcheck disable=SC2064 # expand $work now
	trap "rm -rf '$work'" EXIT

	build_tests "$work" "$@"
	# A hung test should die with a goroutine dump before the guest's time is up.
	build_rootfs "$work/root" "-test.timeout=$((timeout > 120 ? timeout - 60 : timeout / 2))s" "${flags[@]}"
	[[ ${VMTEST_BPFTRACE:-0} != 1 ]] || pack_bpftrace "$work/root"
	guest_env "$work/root"
	(cd "$work/root" && find . -mindepth 1 | LC_ALL=C sort |
		cpio --quiet -o -H newc -R 0:0) | gzip -1 >"$work/tests.cpio.gz"
	vm_log "initramfs test part: $(du -h "$work/tests.cpio.gz" | cut -f1)"

	local failed=0 series kdir
	local -a summary=()
	for series in "${kernels[@]}"; do
		kdir=$(vm_kernel "$series")
		if ! run_kernel "$series" "$kdir" "$work" "$timeout" "$mem"; then
			# A guest that never reported back (TCG on a starved host has
			# hung in a soft lockup here) gets one more boot; a test that
			# failed does not.
			if [[ $LOST == 1 ]]; then
				echo "vmtest: the $series guest did not report back; booting it once more"
				run_kernel "$series" "$kdir" "$work" "$timeout" "$mem" || failed=1
			else
				failed=1
			fi
		fi
		summary+=("$RESULT")
	done
	printf '%s\n' "${summary[@]}"
	exit "$failed"
}

# build_tests WORK PKG... compiles a static test binary for every package with
# tests into WORK/root/tests and copies each package's directory into
# WORK/root/src/<path relative to the module root>. Also builds ./cmd/ntrace
# into WORK/root/bin/ntrace if it has Go files. Writes WORK/root/vmtest/tests: one
# "name reldir" line per binary, in order. Exits 2 if the go tool fails.
build_tests() {
	local work=$1
	shift
	local root=$work/root modroot
	mkdir -p "$root/tests" "$root/vmtest" "$root/src" "$root/bin"
	: >"$root/vmtest/tests"
	modroot=$(go list -m -f '{{.Dir}}') || setup_die "not inside a Go module"

	export CGO_ENABLED=0 GOOS=linux GOARCH=amd64
	if [[ ${VMTEST_NTRACE:-auto} != 0 ]] && compgen -G "$modroot/cmd/ntrace/*.go" >/dev/null; then
		vm_log "building ntrace"
		go build -o "$root/bin/ntrace" "$modroot/cmd/ntrace" ||
			setup_die "building ./cmd/ntrace failed (VMTEST_NTRACE=0 runs the tests without it)"
	fi

	# One line per package: import path, directory, whether it has tests.
	local listing
	listing=$(go list -f '{{.ImportPath}} {{.Dir}} {{if or .TestGoFiles .XTestGoFiles}}test{{else}}none{{end}}' "$@") ||
		setup_die "go list $* failed"
	local ip dir has rel name n=0
	while read -r ip dir has; do
		if [[ $has != test ]]; then
			vm_log "skipping $ip: no test files"
			continue
		fi
		rel=${dir#"$modroot"}
		rel=${rel#/}
		[[ -n $rel ]] || rel=.
		name=$(printf '%s' "$rel" | tr '/.' '__')
		[[ $name != _ ]] || name=root
		vm_log "building test binary for $ip"
		go test -c -o "$root/tests/$name.test" "$ip" || setup_die "building the tests of $ip failed"
		# The package's own files and its testdata/, as `go test` would see them.
		mkdir -p "$root/src/$rel"
		find "$dir" -maxdepth 1 -type f -exec cp -t "$root/src/$rel" {} +
		[[ ! -d $dir/testdata ]] || cp -r "$dir/testdata" "$root/src/$rel/"
		# The C programs the package's tests run, built here (static): the
		# guest has no compiler. The tests find them in testdata/cprog/bin.
		if [[ -x $dir/testdata/cprog/build.sh ]]; then
			vm_log "building the C programs of $ip"
			"$dir/testdata/cprog/build.sh" "$root/src/$rel/testdata/cprog/bin" ||
				setup_die "building the C programs of $ip failed (make deps installs the compiler and headers)"
		fi
		printf '%s %s\n' "$name" "$rel" >>"$root/vmtest/tests"
		n=$((n + 1))
	done <<<"$listing"
	((n > 0)) || setup_die "no test binaries to run"
	# Tests that reach the bundled recipes as ../scripts find them.
	[[ ! -d $modroot/scripts ]] || cp -r "$modroot/scripts" "$root/src/"
}

# build_rootfs ROOT FLAG... lays out the kernel-independent part of the
# initramfs in ROOT: busybox and its applet links, /init, a minimal /etc, and
# the extra test flags (one per line in /vmtest/flags).
build_rootfs() {
	local root=$1
	shift
	mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,tmp,root,etc,run,mnt}
	chmod 1777 "$root/tmp"
	cp "$(command -v busybox)" "$root/bin/busybox"
	local applet
	while read -r applet; do
		[[ -e $root/$applet || $applet == bin/busybox ]] && continue
		ln -s /bin/busybox "$root/$applet"
	done < <("$root/bin/busybox" --list-full)

	printf '%s\n' "$@" >"$root/vmtest/flags"
	printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' >"$root/etc/passwd"
	printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
	printf '127.0.0.1 localhost vmtest\n::1 localhost ip6-localhost\n' >"$root/etc/hosts"
	printf 'hosts: files dns\n' >"$root/etc/nsswitch.conf"
	write_init "$root/init"
}

# pack_bpftrace ROOT copies the host's bpftrace into ROOT at the same
# paths: the binary, every library ldd says it loads (with the dynamic
# linker), the C headers bpftrace's tools include (glibc's and the
# kernel's uapi ones; with the kernel's BTF it needs no kernel headers),
# clang's own headers, and the tools. Exits 2 without bpftrace.
pack_bpftrace() {
	local root=$1 bt lib dir
	bt=$(command -v bpftrace) || setup_die "VMTEST_BPFTRACE=1 but bpftrace is not installed (apt-get install bpftrace)"
	vm_log "packing $bt and its libraries"
	mkdir -p "$root/usr/bin"
	cp -L "$bt" "$root/usr/bin/bpftrace"
	while read -r lib; do
		mkdir -p "$root$(dirname "$lib")"
		cp -L "$lib" "$root$lib"
	done < <(ldd "$bt" | grep -oE '/[^ ]+' | sort -u)
	for dir in /usr/include/linux /usr/include/asm-generic /usr/include/net \
		/usr/include/x86_64-linux-gnu /usr/lib/llvm-*/lib/clang/*/include; do
		[[ -d $dir ]] || continue
		mkdir -p "$root$(dirname "$dir")"
		cp -rL "$dir" "$root$dir"
	done
	cp -L /usr/include/*.h "$root/usr/include/"
	cp -L /usr/sbin/*.bt "$root/usr/sbin/" 2>/dev/null || true
	printf 'NTRACE_VM_BPFTRACE=1\n' >>"$root/vmtest/env"
}

# guest_env_words prints, one a line, the environment the tests get in
# the guests besides the rig's own: the host's opt-in test switches
# (NTRACE_STRESS) and the words of VMTEST_ENV. Exits 2 on a word that is
# not NAME=VALUE.
guest_env_words() {
	local word
	local -a words
	read -ra words <<<"${VMTEST_ENV:-}"
	[[ -z ${NTRACE_STRESS:-} ]] || words=("NTRACE_STRESS=$NTRACE_STRESS" "${words[@]}")
	for word in "${words[@]}"; do
		[[ $word =~ ^[A-Za-z_][A-Za-z0-9_]*=[^[:space:]]*$ ]] ||
			setup_die "VMTEST_ENV word '$word' is not NAME=VALUE (without spaces)"
		printf '%s\n' "$word"
	done
}

# guest_env ROOT adds guest_env_words to ROOT/vmtest/env, which the
# guest's /init exports before the tests.
guest_env() {
	local root=$1 word
	while read -r word; do
		printf '%s\n' "$word" >>"$root/vmtest/env"
		vm_log "guest environment: $word"
	done < <(guest_env_words)
}

# write_init FILE writes the guest's /init. It must never exit: PID 1 exiting
# panics the kernel (which, with panic=-1 and -no-reboot, ends qemu, and the host
# reports a missing end marker).
write_init() {
	cat >"$1" <<EOF
#!/bin/sh
MARK='$MARK'
EOF
	cat >>"$1" <<'EOF'
export PATH=/bin:/sbin:/usr/bin:/usr/sbin HOME=/root TMPDIR=/tmp USER=root

mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mkdir -p /dev/pts /dev/shm
mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /dev/shm
mount -t tracefs tracefs /sys/kernel/tracing
mount -t debugfs debugfs /sys/kernel/debug
mount -t bpf bpf /sys/fs/bpf
mount -t cgroup2 cgroup2 /sys/fs/cgroup
ip link set lo up
hostname vmtest
ulimit -l unlimited 2>/dev/null

release=$(uname -r)
export NTRACE_VM=1 NTRACE_KERNEL_RELEASE="$release"
export NTRACE_KERNEL="$(echo "$release" | cut -d. -f1,2)"
[ -x /bin/ntrace ] && export NTRACE_BIN=/bin/ntrace
[ -e /vmtest/env ] && export $(cat /vmtest/env)

# run_test NAME DIR: runs /tests/NAME.test from /src/DIR with -test.v and the
# flags in /vmtest/flags.
run_test() {
	name=$1 dir=$2
	set -- -test.v
	while IFS= read -r flag; do
		[ -n "$flag" ] && set -- "$@" "$flag"
	done </vmtest/flags
	echo "$MARK begin $name"
	start=$(date +%s)
	(cd "/src/$dir" && exec "/tests/$name.test" "$@") </dev/null 2>&1
	rc=$?
	echo "$MARK end $name exit=$rc seconds=$(($(date +%s) - start))"
}

# The firmware leaves terminal escapes without a newline on the console: start
# the marker on a line of its own.
echo
echo "$MARK start kernel=$release"
while read -r name dir; do
	run_test "$name" "$dir"
done </vmtest/tests
echo "$MARK done"

# The kernel log, for the log file (the host does not echo it).
echo "$MARK dmesg"
dmesg
sync
poweroff -f
EOF
	chmod 755 "$1"
}

# run_kernel SERIES KDIR WORK TIMEOUT MEM boots one kernel with the test
# initramfs, streams the tests' output, and sets RESULT to the summary line.
# Returns non-zero if anything failed.
run_kernel() {
	local series=$1 kdir=$2 work=$3 timeout=$4 mem=$5
	local release logdir log start
	release=$(basename "$kdir")
	# One log per boot, the newest also as <release>.log; keep the last 20.
	logdir=$(vm_cache_dir)/logs
	mkdir -p "$logdir"
	log=$logdir/$release-$(date +%Y%m%d-%H%M%S)-$$.log
	ln -sfn "$(basename "$log")" "$logdir/$release.log"
	find "$logdir" -name "$release-*.log" -printf '%T@ %p\n' | sort -rn | tail -n +21 |
		cut -d' ' -f2- | xargs -r rm -f
	# The kernel unpacks concatenated cpio archives in order: modules, then tests.
	cat "$kdir/modules.cpio.gz" "$work/tests.cpio.gz" >"$work/initrd-$series.gz"

	echo "=== vmtest $release (series $series)"
	start=$SECONDS
	# -nic none: the tests use loopback and namespaces, not a NIC (and qemu then
	# needs no NIC option ROM from ipxe-qemu).
	# sed strips the serial console's CRs, unbuffered, so output streams.
	# thread=single: with one host thread per vCPU (MTTCG) a vCPU can run
	# code another vCPU has just patched back (text_poke_bp's int3) from a
	# stale translation, and 6.12 oopses ("Oops: int3" in code being
	# patched: jump labels for tracepoints, fentry trampolines); one thread
	# for both vCPUs does not, and runs the e2e suite faster here.
	set +e
	timeout --kill-after=10 "$timeout" qemu-system-x86_64 \
		-accel tcg,thread=single -cpu max -m "$mem" -smp 2 -nic none \
		-kernel "$kdir/vmlinuz" -initrd "$work/initrd-$series.gz" \
		-append "console=ttyS0 panic=-1 quiet" \
		-nographic -no-reboot </dev/null 2>&1 |
		sed -u 's/\r$//' | tee "$log" | stream "$series"
	local -a st=("${PIPESTATUS[@]}")
	set -e
	local elapsed=$((SECONDS - start))
	rm -f "$work/initrd-$series.gz"

	local verdict reason counts complete
	IFS="|" read -r verdict reason counts complete < <(judge "$log")
	# qemu exits 0 on poweroff and on panic (-no-reboot); timeout says 124 (or
	# 137 after SIGKILL) when the guest ran out of time.
	if ((st[0] == 124 || st[0] == 137)); then
		verdict=FAIL reason="timed out after $timeout s${reason:+; $reason}" complete=lost
	elif ((st[0] != 0)); then
		verdict=FAIL reason="qemu exited with status ${st[0]}${reason:+; $reason}" complete=lost
	elif ((st[1] != 0 || st[2] != 0 || st[3] != 0)); then
		verdict=FAIL reason="console pipeline failed (${st[*]})"
	fi
	if [[ $verdict == PASS ]]; then
		RESULT="vmtest $release: PASS ($counts, $elapsed s)"
		echo "$RESULT"
		echo "    serial console: $log"
		return 0
	fi
	if grep -q "soft lockup" "$log"; then
		reason+="; the guest reported a soft lockup"
	fi
	RESULT="vmtest $release: FAIL ($counts, $elapsed s): $reason"
	LOST=0
	[[ $complete == complete ]] || LOST=1
	echo "$RESULT"
	if [[ $complete != complete ]]; then
		# The streamed output may not show why: the console has the boot messages.
		echo "--- last 30 lines of the serial console ($log):"
		sed "/^$MARK dmesg/q" "$log" | tail -n 30
	else
		echo "    serial console: $log"
	fi
	return 1
}

# stream SERIES echoes the guest's test output (between the start and done
# markers) prefixed with "[SERIES] ", and kernel messages that interrupt it.
stream() {
	awk -v p="[$1] " -v mark="$MARK" '
		index($0, mark " start") > 0 { on = 1 }
		index($0, mark " dmesg") > 0 { on = 0 }
		on { print p $0; fflush() }
		# A panic before the tests start is worth seeing at once.
		!on && /Kernel panic|BUG:|Oops/ { print p $0; fflush() }
	'
}

# judge LOG reads a console log and prints four |-separated fields: PASS or
# FAIL, the reason for a FAIL, the test counts ("12 tests, 3 skipped"), and
# "complete" if the guest ran every binary to its end marker, "lost" if not.
judge() {
	awk -v mark="$MARK" '
		# Top-level test results of -test.v output ("--- PASS: TestX (0.01s)");
		# subtests are indented.
		/^--- (PASS|FAIL|SKIP): / { n++; if ($2 == "FAIL:") nfail++; if ($2 == "SKIP:") nskip++ }
		# Markers, wherever they start on the line: the console may put firmware
		# escapes or a kernel message in front of them.
		(i = index($0, mark " ")) > 0 {
			split(substr($0, i), f, " ")
			if (f[2] == "start") started = 1
			else if (f[2] == "begin") running = f[3]
			else if (f[2] == "end") {
				running = ""
				if (f[4] != "exit=0") bad = bad " " f[3] "(" f[4] ")"
			} else if (f[2] == "done") done = 1
		}
		END {
			counts = n + 0 " tests"
			if (nskip) counts = counts ", " nskip " skipped"
			if (nfail) counts = counts ", " nfail " failed"
			if (bad != "") reason = "failed:" bad
			if (!started && !done) lost = "guest did not start the tests (boot failure?)"
			else if (running != "") lost = "guest stopped inside " running
			else if (!done) lost = "guest did not report back"
			if (lost != "") reason = (reason == "" ? "" : reason "; ") lost
			print (reason == "" ? "PASS" : "FAIL") "|" reason "|" counts "|" (lost == "" ? "complete" : "lost")
		}
	' "$1"
}

main "$@"
