#!/usr/bin/env bash
# vm/extract-btf.sh — regenerate internal/btftest/testdata/linux-<series>.btf.gz
# and, for 6.1 and 6.12, linux-<series>-nf_tables.btf.gz.
#
# Usage: vm/extract-btf.sh [SERIES...]     SERIES: 6.1, 6.12, 6.18 (default: all)
#
# 6.1 and 6.12 come from the Debian kernels in the vmtest cache (vm/kernels.sh
# fetches them if needed): the vmlinux ELF is decompressed out of the bzImage
# and its .BTF section copied out with objcopy, and the nf_tables module's
# .BTF section (split BTF on that vmlinux's) out of the package's
# nf_tables.ko. 6.18 is the development host's /sys/kernel/btf/vmlinux, so it
# is only regenerated on a 6.18 host (which loads no modules with BTF).
#
# The blobs are raw BTF (what btf.LoadSpecFromReader reads), gzip -9 -n so that
# regenerating unchanged input gives identical files. After regenerating, check
# `go test ./internal/btftest/` and update the facts there if Debian moved on.
set -euo pipefail
shopt -s inherit_errexit

vmdir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=vm/kernels.sh
source "$vmdir/kernels.sh"
out=$(cd "$vmdir/.." && pwd)/internal/btftest/testdata

(($# > 0)) || set -- 6.1 6.12 6.18
for tool in objcopy gzip xz dpkg-deb; do
	command -v "$tool" >/dev/null || vm_die "$tool not found (apt-get install binutils gzip)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/extract-btf.XXXXXX")
# shellcheck disable=SC2064 # expand $work now
trap "rm -rf '$work'" EXIT
mkdir -p "$out"

for series in "$@"; do
	dest=$out/linux-$series.btf.gz
	case $series in
	6.18)
		release=$(uname -r)
		if [[ $release != 6.18.* ]]; then
			vm_log "skipping 6.18: this host runs $release"
			continue
		fi
		cp /sys/kernel/btf/vmlinux "$work/btf"
		;;
	*)
		kdir=$(vm_kernel "$series")
		release=$(basename "$kdir")
		vm_extract_vmlinux "$kdir/vmlinuz" "$work/vmlinux"
		objcopy -O binary --only-section=.BTF "$work/vmlinux" "$work/btf"
		rm -f "$work/vmlinux"
		deb=$(find "$(vm_cache_dir)/debs" -maxdepth 1 -name "linux-image-${release}_*_amd64.deb" | sort -V | tail -n1)
		[[ -n $deb ]] || vm_die "$release: no package in the cache"
		dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$work" --wildcards '*/nf_tables.ko*'
		ko=$(find "$work/lib" -name 'nf_tables.ko*' | head -n1)
		[[ $ko == *.xz ]] && xz -d "$ko" && ko=${ko%.xz}
		objcopy --dump-section .BTF="$work/mod.btf" "$ko" "$work/mod.o"
		gzip -9 -n -c "$work/mod.btf" >"$out/linux-$series-nf_tables.btf.gz"
		vm_log "$release: nf_tables: $(stat -c %s "$work/mod.btf") bytes of split BTF"
		rm -rf "$work/lib" "$work/mod.btf" "$work/mod.o"
		;;
	esac
	# A raw BTF blob starts with the little-endian magic 0xeb9f.
	[[ $(head -c2 "$work/btf" | od -An -tx1 | tr -d ' ') == 9feb ]] ||
		vm_die "$release: no BTF found"
	gzip -9 -n -c "$work/btf" >"$dest"
	vm_log "$release: $(stat -c %s "$work/btf") bytes of BTF -> $dest ($(stat -c %s "$dest") bytes)"
	rm -f "$work/btf"
done
