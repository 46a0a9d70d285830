# shellcheck shell=bash
# vm/kernels.sh — the Debian test kernels, fetched once into a cache.
#
# Sourced by vm/vmtest.sh and vm/extract-btf.sh; not meant to be run. Callers set
# `set -euo pipefail` and `shopt -s inherit_errexit` themselves.
#
# A kernel is named by its series, "6.1" or "6.12". Each series maps to a Debian
# bookworm metapackage; the concrete package it depends on (e.g.
# linux-image-6.1.0-56-cloud-amd64) names the kernel release (6.1.0-56-cloud-amd64).
#
# Cache layout (default ${XDG_CACHE_HOME:-$HOME/.cache}/ntrace-vm, env NTRACE_VM_CACHE):
#
#   debs/<package>_<version>_amd64.deb     what apt-get download fetched
#   kernels/<release>/vmlinuz              the bzImage
#   kernels/<release>/config               its .config
#   kernels/<release>/modules.cpio.gz      initramfs fragment: /lib/modules/<release>
#                                          with kernel/net, a few network drivers
#                                          (VM_EXTRA_MODULES) and everything they
#                                          depend on, decompressed (.ko), with a
#                                          busybox-depmod'ed modules.dep
#   kernels/<release>/.complete            stamp: the directory is whole
#   logs/<release>-<time>-<pid>.log        serial console of a boot (vmtest.sh keeps
#                                          the last 20; logs/<release>.log: newest)
#
# Nothing here needs the network once the cache is warm: if apt cannot resolve
# the metapackage (no package lists), the newest cached release of the series is
# used.

# Network drivers outside kernel/net that network tests are likely to want
# (paths under kernel/drivers/net, without the .ko suffix). Missing ones are
# skipped.
VM_EXTRA_MODULES=(veth dummy ifb macvlan ipvlan/ipvlan vxlan/vxlan geneve vrf tun bonding/bonding)

vm_log() { printf 'vmtest: %s\n' "$*" >&2; }
vm_die() { printf 'vmtest: error: %s\n' "$*" >&2; exit 1; }

# vm_cache_dir prints the cache directory (not necessarily existing yet).
vm_cache_dir() {
	realpath -m "${NTRACE_VM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ntrace-vm}"
}

# vm_metapackage SERIES prints the Debian metapackage that tracks SERIES.
vm_metapackage() {
	case "$1" in
	6.1) echo linux-image-cloud-amd64 ;;
	6.12) echo linux-image-6.12-cloud-amd64 ;;
	*) vm_die "unknown kernel series '$1' (want 6.1 or 6.12)" ;;
	esac
}

# vm_resolve SERIES prints the kernel release (e.g. 6.1.0-56-cloud-amd64) to use
# for SERIES: the one the metapackage's candidate version depends on, or, when
# apt cannot answer, the newest release of that series already in the cache.
vm_resolve() {
	local series=$1 meta pkg release cache
	meta=$(vm_metapackage "$series")
	cache=$(vm_cache_dir)
	pkg=$(apt-cache depends --important "$meta" 2>/dev/null |
		awk '$1 == "Depends:" && $2 ~ /^linux-image-/ { print $2; exit }') || true
	if [[ -n $pkg ]]; then
		release=${pkg#linux-image-}
		# linux-image-cloud-amd64 moves to a newer series in newer Debian releases:
		# refuse to silently test the wrong kernel.
		[[ $release == "$series".* ]] ||
			vm_die "$meta depends on $pkg, which is not a $series kernel"
		printf '%s\n' "$release"
		return
	fi
	release=
	if [[ -d $cache/kernels ]]; then
		release=$(find "$cache/kernels" -mindepth 2 -maxdepth 2 -name .complete -path "*/$series.*/*" \
			-printf '%h\n' | xargs -r -n1 basename | sort -V | tail -n1)
	fi
	[[ -n $release ]] || vm_die "cannot resolve $meta with apt-cache and no $series kernel is cached in $cache"
	vm_log "apt-cache cannot resolve $meta; using cached $release"
	printf '%s\n' "$release"
}

# vm_kernel SERIES ensures the cache holds the kernel for SERIES and prints its
# directory (kernels/<release>). Safe to call from concurrent runs (flock).
vm_kernel() {
	local series=$1 cache release dir
	cache=$(vm_cache_dir)
	release=$(vm_resolve "$series")
	dir=$cache/kernels/$release
	if [[ ! -e $dir/.complete ]]; then
		mkdir -p "$cache"
		(
			flock 9
			if [[ ! -e $dir/.complete ]]; then
				vm_prepare_kernel "$cache" "$release" "$dir"
			fi
		) 9>"$cache/.lock"
	fi
	printf '%s\n' "$dir"
}

# vm_prepare_kernel CACHE RELEASE DIR downloads and unpacks linux-image-RELEASE
# into DIR. Called with the cache lock held.
vm_prepare_kernel() {
	local cache=$1 release=$2 dir=$3 pkg deb tmp start=$SECONDS
	pkg=linux-image-$release
	mkdir -p "$cache/debs" "$cache/kernels"

	deb=$(find "$cache/debs" -maxdepth 1 -name "${pkg}_*_amd64.deb" | sort -V | tail -n1)
	if [[ -z $deb ]]; then
		vm_log "downloading $pkg"
		# As root, apt's _apt sandbox user cannot write into a private cache
		# directory; download as root instead of warning about it.
		local -a aptopts=()
		((EUID == 0)) && aptopts=(-o APT::Sandbox::User=root)
		(cd "$cache/debs" && apt-get download -q "${aptopts[@]}" "$pkg" >&2) ||
			vm_die "apt-get download $pkg failed"
		deb=$(find "$cache/debs" -maxdepth 1 -name "${pkg}_*_amd64.deb" | sort -V | tail -n1)
		[[ -n $deb ]] || vm_die "apt-get download $pkg left no .deb in $cache/debs"
	fi

	vm_log "unpacking $(basename "$deb")"
	tmp=$(mktemp -d "$cache/kernels/.tmp.XXXXXX")
	# The subshell's EXIT trap removes the scratch tree on any failure.
	(
		trap 'rm -rf "$tmp"' EXIT
		dpkg-deb -x "$deb" "$tmp/deb"
		mkdir "$tmp/out"
		cp "$tmp/deb/boot/vmlinuz-$release" "$tmp/out/vmlinuz"
		cp "$tmp/deb/boot/config-$release" "$tmp/out/config"
		vm_stage_modules "$tmp/deb" "$release" "$tmp/staged"
		(cd "$tmp/staged" && find . -mindepth 1 | LC_ALL=C sort |
			cpio --quiet -o -H newc -R 0:0) | gzip -6 >"$tmp/out/modules.cpio.gz"
		touch "$tmp/out/.complete"
		rm -rf "$dir"
		mv "$tmp/out" "$dir"
	)
	vm_log "kernel $release ready in $dir ($(du -sh "$dir" | cut -f1), $((SECONDS - start)) s)"
}

# vm_stage_modules DEBROOT RELEASE OUT copies the modules the guests need from
# the unpacked package at DEBROOT into OUT/lib/modules/RELEASE: kernel/net, the
# VM_EXTRA_MODULES drivers, and the closure of their dependencies (nf_tables
# needs kernel/lib/libcrc32c, for instance). Debian 6.12 ships modules as .ko.xz,
# which busybox modprobe/insmod cannot load: they are decompressed here. The
# package has no modules.dep (the postinst generates it); busybox depmod writes
# one for the staged tree.
vm_stage_modules() {
	local debroot=$1 release=$2 out=$3 src dst m
	src=$debroot/lib/modules/$release
	dst=$out/lib/modules/$release
	[[ -d $src/kernel ]] || vm_die "no $src/kernel in the package"

	# Dependencies of every module in the package (paths relative to $src).
	busybox depmod -b "$debroot" "$release"

	# Roots: kernel/net/** and the extra drivers; closure via modules.dep,
	# whose lines are "module: dep dep ...".
	{
		(cd "$src" && find kernel/net -name '*.ko*')
		for m in "${VM_EXTRA_MODULES[@]}"; do
			(cd "$src" && find kernel/drivers/net -path "kernel/drivers/net/$m.ko*")
		done
	} | awk -v depfile="$src/modules.dep" '
		BEGIN {
			while ((getline line < depfile) > 0) {
				n = split(line, f, /:? +|:$/)
				deps[f[1]] = line
			}
		}
		function add(m,   n, f, i) {
			if (m == "" || (m in seen)) return
			seen[m] = 1
			print m
			n = split(deps[m], f, /:? +/)
			for (i = 2; i <= n; i++) add(f[i])
		}
		{ add($0) }
	' >"$debroot/selected"

	mkdir -p "$dst"
	while IFS= read -r m; do
		mkdir -p "$dst/$(dirname "$m")"
		case $m in
		# busybox-static is needed anyway; xz-utils may not be installed.
		*.ko.xz) busybox xz -dc "$src/$m" >"$dst/${m%.xz}" ;;
		*.ko) cp "$src/$m" "$dst/$m" ;;
		*) vm_die "unexpected module file $m" ;;
		esac
	done <"$debroot/selected"
	for m in modules.builtin modules.builtin.modinfo modules.order; do
		[[ ! -e $src/$m ]] || cp "$src/$m" "$dst/$m"
	done
	# modules.order names .ko.xz files on 6.12; make it match what is staged.
	[[ ! -e $dst/modules.order ]] || sed -i 's/\.ko\.xz$/.ko/' "$dst/modules.order"
	busybox depmod -b "$out" "$release"
	vm_log "staged $(wc -l <"$debroot/selected") modules ($(du -sh "$dst" | cut -f1)) for $release"
}

# vm_extract_vmlinux BZIMAGE OUT decompresses the vmlinux ELF out of a bzImage.
# The compressed payload starts at (setup_sects+1)*512 + payload_offset
# (setup_sects: byte at 0x1f1; payload_offset, payload_length: u32 LE at
# 0x248/0x24c). Its last 4 bytes are the decompressed size, which the
# decompressors would take for a truncated frame, so they are cut off.
vm_extract_vmlinux() {
	local bz=$1 out=$2 setup off len magic
	setup=$(od -An -tu1 -j $((0x1f1)) -N1 "$bz" | tr -d ' ')
	off=$(od -An -tu4 -j $((0x248)) -N4 "$bz" | tr -d ' ')
	len=$(od -An -tu4 -j $((0x24c)) -N4 "$bz" | tr -d ' ')
	off=$(((setup + 1) * 512 + off))
	magic=$(od -An -tx1 -j "$off" -N4 "$bz" | tr -d ' ')
	local -a decompress
	case $magic in
	02214c18) decompress=(lz4 -dc) ;;       # LZ4 legacy frame (Debian 6.1)
	28b52ffd) decompress=(zstd -dcq) ;;     # zstd (Debian 6.12)
	1f8b*) decompress=(gzip -dc) ;;         # gzip
	fd377a58) decompress=(xz -dc) ;;        # xz
	*) vm_die "$bz: unknown payload compression (magic $magic)" ;;
	esac
	dd if="$bz" iflag=skip_bytes,count_bytes skip="$off" count=$((len - 4)) status=none |
		"${decompress[@]}" >"$out" ||
		vm_die "$bz: ${decompress[0]} failed"
	[[ $(head -c4 "$out" | od -An -tx1 | tr -d ' ') == 7f454c46 ]] || vm_die "$bz: payload is not an ELF"
}
