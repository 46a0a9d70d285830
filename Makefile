# ntrace — build, demo, tests. Tracing needs root: run make as root.
GO      ?= go
BIN     := bin
GOFLAGS ?=
# What ntrace_build_info says; git describe where there is a git checkout.
VERSION ?= $(shell git describe --always --dirty 2>/dev/null)
IMAGE_TAG ?= ntrace:latest

.PHONY: all build deps tools demo test lint unit e2e fuzz vmtest vmtest-tools bench yardstick image soak install uninstall clean

all: build

# ntrace --version tells the commit it was built from: go stamps it only in
# a git checkout (not a worktree), so it is passed here too.
COMMIT  ?= $(shell git rev-parse HEAD 2>/dev/null)$(shell git diff --quiet HEAD 2>/dev/null || echo -dirty)
LDFLAGS := -X github.com/ntrace/ntrace/internal/buildinfo.version=$(VERSION) \
	-X github.com/ntrace/ntrace/internal/buildinfo.commit=$(COMMIT)

build:
	CGO_ENABLED=0 $(GO) build -ldflags '$(LDFLAGS)' -o $(BIN)/ntrace ./cmd/ntrace

# The container image, FROM scratch with the static binary as /ntrace,
# built without a container daemon: a tarball for docker load, podman load
# or crane push. deploy/ runs it as a DaemonSet.
image: build
	$(GO) run ./internal/cmd/mkimage -bin $(BIN)/ntrace -o $(BIN)/ntrace-image.tar -tag $(IMAGE_TAG)

# Debian packages the tests and the qemu rig need: prometheus (and its
# promtool) scrapes ntrace --metrics in the end-to-end tests and checks
# both exposition formats, as does the strict OpenMetrics parser of
# python3-prometheus-client; util-linux's unshare and setpriv make the
# namespaces a pod would have (and run make unit's tests as nobody);
# chromium: the flame graph test looks at the SVG in a browser; gcc: the
# race detector, and with libc6-dev and systemtap-sdt-dev it builds the C
# programs some tests trace (with USDT probes) and gives the C headers
# ntrace's constant tables must match; zsh and fish: the completion tests
# run ntrace's scripts in them; groff-base: the man page test. Then the
# linters.
deps:
	DEBIAN_FRONTEND=noninteractive apt-get update -q
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
		bpftrace qemu-system-x86 busybox-static cpio gzip lz4 zstd ca-certificates \
		prometheus python3-prometheus-client util-linux chromium fonts-dejavu-core \
		gcc libc6-dev systemtap-sdt-dev zsh fish groff-base clang bpftool
	$(MAKE) tools

# The linters, at pinned versions, built into .cache/tools (a directory
# per version: changing one installs it anew): from the Go module cache
# when it holds them, so that no network is needed, else from the module
# proxy. Building both takes about three minutes on two CPUs.
STATICCHECK_VERSION   := v0.8.2
GOLANGCI_LINT_VERSION := v2.15.0
TOOLS         := $(CURDIR)/.cache/tools
STATICCHECK   := $(TOOLS)/staticcheck-$(STATICCHECK_VERSION)/staticcheck
GOLANGCI_LINT := $(TOOLS)/golangci-lint-$(GOLANGCI_LINT_VERSION)/golangci-lint
MODCACHE_PROXY = file://$(shell $(GO) env GOMODCACHE)/cache/download
go_install = GOBIN=$(dir $@) GOPROXY=$(MODCACHE_PROXY) $(GO) install $(1) 2>/dev/null || GOBIN=$(dir $@) $(GO) install $(1)
tools: $(STATICCHECK) $(GOLANGCI_LINT)
$(STATICCHECK):
	$(call go_install,honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION))
$(GOLANGCI_LINT):
	$(call go_install,github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$(GOLANGCI_LINT_VERSION))

$(BIN)/udpgen: $(wildcard internal/cmd/udpgen/*.go)
	CGO_ENABLED=0 $(GO) build -o $@ ./internal/cmd/udpgen

# The main job on real traffic: the udplat recipe measures how long each
# loopback UDP datagram that udpgen sends to port 9053 waits before udpgen
# reads it (1 to 5 ms), prints those that waited over 3 ms, and a
# histogram of all of them when udpgen is done.
demo: build $(BIN)/udpgen
	$(BIN)/ntrace udplat -D PORT=9053 -D LAT=3ms -c '$(BIN)/udpgen -n 200 -port 9053 -delay 1ms -jitter 4ms'

# Every test: static checks, the unit tests, the end-to-end tests on this
# kernel, a bounded fuzzing run, then the end-to-end tests again inside
# Debian's 6.1 and 6.12 kernels, and bpftrace's tools on kprobes there
# beside bpftrace (about four minutes).
test: lint unit e2e fuzz vmtest vmtest-tools

# gofmt, go vet, staticcheck, and golangci-lint's standard linters
# (unused, errcheck, ineffassign, govet, staticcheck; .golangci.yml).
lint: tools
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed: $$out"; exit 1; fi
	$(GO) vet ./...
	$(STATICCHECK) ./...
	$(GOLANGCI_LINT) run ./...

# The unit tests: every package but the end-to-end ones, with the race
# detector. They need neither root nor the kernel: run as root, their
# binaries run as nobody (.ci/unprivileged), so that a test that needs
# either skips here; make e2e runs those as root.
UNIT_PKGS = $$($(GO) list ./... | grep -v -e /e2e -e /vm/)
UNPRIVILEGED = $(if $(filter 0,$(shell id -u)),-exec $(CURDIR)/.ci/unprivileged)
# Under the race detector lazybtf's comparison with cilium looks up a
# sample of the names (all of them take minutes there); every name is
# looked up in a second run without it.
unit:
	$(GO) test -race -count=1 $(UNPRIVILEGED) $(UNIT_PKGS)
	$(GO) test -count=1 $(UNPRIVILEGED) -run AsCilium ./lazybtf

# The end-to-end tests, as root on this kernel, against traffic they
# make; and the tests of the other packages that load programs or need
# root, which make unit skips.
e2e:
	$(GO) test -count=1 ./e2e ./runtime/... ./codegen ./cmd/ntrace

# A bounded run of the fuzz targets: no input may panic or report an error
# outside the source; what the checker accepts compiles (a script the
# checker accepts that the code generator refuses, but for a kernel limit,
# fails FuzzCompile); any printf format the checker accepts formats any
# arguments within bounds and without control bytes from them (FuzzPrintf);
# and the runtime's formatting holds on its own against hostile
# conversions and values (FuzzHostileValues); an index of kernel BTF
# that passes its checksum yet lies about offsets or IDs is refused or
# read without a panic (FuzzLoadIndexed). Crashers land in the
# packages' testdata/fuzz and then run with every `go test`. Minimizing
# a new input is capped at 2 s: at go's default (60 s)
# the fuzzer spends most of a short run minimizing the big seed scripts,
# which shows as stretches of 0 execs/sec.
# FuzzLexer holds the hand-written lexer to the regexp rules it replaced,
# FuzzParserOracle the hand-written parser to participle's, built from the
# grammar's tags (same trees; errors at the same line:column).
# Each run is a count of executions, about 10–15 s of this machine's work
# each, not a duration: with a duration Go 1.26's coordinator can fail a
# target that found nothing ("context deadline exceeded") when a worker is
# mid-call as the time runs out (go.dev/issue/75804, fixed in Go 1.27).
FUZZ = -run '^$$' -fuzzminimizetime 2s
fuzz:
	$(GO) test ./lang $(FUZZ) -fuzztime 20000x -fuzz '^FuzzLexer$$'
	$(GO) test ./lang $(FUZZ) -fuzztime 100000x -fuzz '^FuzzParse$$'
	$(GO) test ./lang $(FUZZ) -fuzztime 30000x -fuzz '^FuzzParserOracle$$'
	$(GO) test ./lang $(FUZZ) -fuzztime 40000x -fuzz '^FuzzCheck$$'
	$(GO) test ./codegen $(FUZZ) -fuzztime 30000x -fuzz '^FuzzCompile$$'
	$(GO) test ./runtime $(FUZZ) -fuzztime 250000x -fuzz '^FuzzPrintf$$'
	$(GO) test ./runtime/format $(FUZZ) -fuzztime 200000x -fuzz '^FuzzHostileValues$$'
	$(GO) test ./lazybtf $(FUZZ) -fuzztime 300000x -fuzz '^FuzzLoadIndexed$$'

# The guests run the end-to-end tests with -test.short: the minute-long
# soak test (TestSoakUdplat) runs on the host only, in `make e2e`. The
# e2e binary takes ~170-190 s in a guest, but the first test of a fresh
# guest has taken 24 and 67 s on a busy host (TCG shares the two CPUs),
# which the script's default of 300 s a kernel (240 s for the binary)
# could not absorb: 600 s each.
VMTEST_FLAGS ?= -test.short
vmtest:
	VMTEST_TIMEOUT=$${VMTEST_TIMEOUT:-600} VMTEST_FLAGS='$(VMTEST_FLAGS)' vm/vmtest.sh ./vm/selftest ./e2e

# bpftrace's own tools on kprobes, side by side with bpftrace 0.17, in the
# guests (this host has no kprobes): vm/vmtest.sh packs the host's
# bpftrace, its libraries and headers into them (VMTEST_BPFTRACE=1).
# The subtests on kprobes have "kprobes" in their names; every bundled
# tool is compiled in each guest too (TestBpftraceToolsCompile).
VMTEST_TOOLS = TestBpftraceKprobeTools|TestBpftraceToolLoads|TestBpftraceToolsCompile|TestDifferentialBpftrace/kprobes
vmtest-tools:
	VMTEST_BPFTRACE=1 VMTEST_TIMEOUT=$${VMTEST_TIMEOUT:-900} VMTEST_FLAGS='-test.run=$(VMTEST_TOOLS)' vm/vmtest.sh ./e2e

# ntrace against the floor (hand-written C built with clang -O2 per event;
# a cilium/ebpf loader and a C loader at start-up) and bpftrace 0.17 in one
# run, the tools interleaved: startup, peak RSS, per-event BPF cost
# (bpf_stats), events delivered under a printf flood, sizes and
# instruction counts. Prints a table with ntrace ÷ floor and
# ntrace ÷ bpftrace per row and writes bench/out/results.json. Needs root
# (and clang for the per-event floor: make deps); about five minutes.
bench:
	$(GO) run ./bench

# bpftrace's own runtime test suite, run against ntrace and bpftrace 0.17:
# the tests whose probes attach on this host, judged on each tool's
# output, with counts and what blocks ntrace most. The suite is bpftrace's
# and stays out of this repository: it is cloned at a pinned commit into
# YARDSTICK_DIR (from the local mirror when there is one). Needs root and
# gcc; about half an hour. YARDSTICK_FLAGS='-only call -tool ntrace'
# narrows it. Results in bench/out/yardstick/results.json.
YARDSTICK_COMMIT ?= e1b7c39341f77374ba8fe8febfa2284896c4941d
YARDSTICK_DIR    ?= $(HOME)/.cache/ntrace-yardstick
YARDSTICK_MIRROR ?= /work/.mirror/bpftrace+bpftrace/repo
YARDSTICK_FLAGS  ?=
yardstick:
	@set -e; src=$(YARDSTICK_DIR)/bpftrace; \
	if [ "$$(git -C $$src rev-parse HEAD 2>/dev/null)" != "$(YARDSTICK_COMMIT)" ]; then \
		rm -rf $$src; mkdir -p $$src; git -C $$src init -q; \
		if [ -d $(YARDSTICK_MIRROR) ]; then url=$(YARDSTICK_MIRROR); else url=https://github.com/bpftrace/bpftrace; fi; \
		echo "fetching bpftrace's tests at $(YARDSTICK_COMMIT) from $$url"; \
		git -C $$src fetch -q --depth 1 $$url $(YARDSTICK_COMMIT); \
		git -C $$src checkout -q FETCH_HEAD; \
	fi
	$(GO) run ./bench/yardstick -suite $(YARDSTICK_DIR)/bpftrace -work $(YARDSTICK_DIR)/work $(YARDSTICK_FLAGS)

# The binary, its man page, the bundled recipes (where the recipe search
# path finds them: $(PREFIX)/share/ntrace/recipes, with PREFIX /usr/local
# or /usr) and the completion scripts for bash, zsh and fish. DESTDIR
# stages it all elsewhere, as packages do.
PREFIX  ?= /usr/local
DESTDIR ?=
INSTALL_DIRS = bin share/man/man8 share/ntrace/recipes share/bash-completion/completions \
	share/zsh/site-functions share/fish/vendor_completions.d
install: build
	for d in $(INSTALL_DIRS); do install -d $(DESTDIR)$(PREFIX)/$$d; done
	install -m 0755 $(BIN)/ntrace $(DESTDIR)$(PREFIX)/bin/ntrace
	$(BIN)/ntrace __manpage > $(BIN)/ntrace.8
	install -m 0644 $(BIN)/ntrace.8 $(DESTDIR)$(PREFIX)/share/man/man8/ntrace.8
	install -m 0644 scripts/*.nt $(DESTDIR)$(PREFIX)/share/ntrace/recipes/
	$(BIN)/ntrace completion bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/ntrace
	$(BIN)/ntrace completion zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_ntrace
	$(BIN)/ntrace completion fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/ntrace.fish

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/ntrace $(DESTDIR)$(PREFIX)/share/man/man8/ntrace.8 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions/ntrace \
		$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_ntrace \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/ntrace.fish
	for f in scripts/*.nt; do rm -f $(DESTDIR)$(PREFIX)/share/ntrace/recipes/$$(basename $$f); done
	-rmdir $(DESTDIR)$(PREFIX)/share/ntrace/recipes $(DESTDIR)$(PREFIX)/share/ntrace

# udplat and drop-packet for DURATION under mixed traffic in a network
# namespace of its own, with short-lived readers and senders: counts
# checked exact against the traffic and the namespace's /proc/net/snmp,
# ntrace's RSS, fds and map keys sampled (soak/main.go says what and how).
# Not part of `make test`. Needs root; writes soak/out/result.json.
DURATION ?= 1h
soak: build
	CGO_ENABLED=0 $(GO) build -o $(BIN)/soak ./soak
	nice $(BIN)/soak -ntrace $(BIN)/ntrace -duration $(DURATION)

clean:
	rm -rf $(BIN)
