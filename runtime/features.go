package runtime

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/features"
	"github.com/cilium/ebpf/link"
	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/codegen"
)

var (
	featuresOnce sync.Once
	detected     codegen.Features
)

// DetectFeatures finds out which ways of hooking kernel functions this
// kernel offers, by trying them: an fentry program is loaded and attached
// to a function nothing calls in normal operation, kprobes are looked for
// as a perf event source or in tracefs, and kprobe_multi is tried as
// cilium/ebpf's feature test does where there are kprobes. The answer is
// cached. The fentry program's target is found in env's kernel BTF (the
// running kernel's, whatever --btf says).
func DetectFeatures(env *KernelEnv) codegen.Features {
	featuresOnce.Do(func() {
		detected.Fentry, detected.NoFentry = detectFentry(env)
		detected.Kprobes, detected.NoKprobes = detectKprobes()
		detected.KprobeMulti = detected.Kprobes && features.HaveBPFLinkKprobeMulti() == nil
	})
	return detected
}

// HaveUprobeMulti reports whether one uprobe_multi link can hook many
// functions of a binary (Linux 6.6 and later), as cilium/ebpf's feature
// test finds: a program loaded for it and a link tried on "/". The
// answer is cached.
func HaveUprobeMulti() bool {
	return features.HaveBPFLinkUprobeMulti() == nil
}

// fentryTestTargets are functions an fentry test program may attach to:
// bpf_fentry_test1 exists for exactly this (BPF_PROG_TEST_RUN calls it);
// the others are there when it is not.
var fentryTestTargets = []string{"bpf_fentry_test1", "bpf_modify_return_test", "security_bpf"}

func detectFentry(env *KernelEnv) (bool, string) {
	spec, err := env.RunningKernelSpec()
	if err != nil {
		return false, "fentry needs kernel BTF: " + err.Error()
	}
	var target *btf.Func
	for _, name := range fentryTestTargets {
		if fn, err := spec.FuncByName(name); err == nil {
			target = fn
			break
		}
	}
	if target == nil {
		return false, "fentry not tried: none of " + fmt.Sprint(fentryTestTargets) + " is in kernel BTF"
	}
	id, err := spec.TypeID(target)
	if err != nil {
		return false, "fentry not tried: " + err.Error()
	}
	prog, err := loadFentryProbe(id)
	if err != nil {
		return false, "fentry refused by this kernel: " + errnoText(err)
	}
	defer prog.Close()
	l, err := link.AttachTracing(link.TracingOptions{Program: prog, AttachType: ebpf.AttachTraceFEntry})
	if err != nil {
		return false, "fentry refused by this kernel: attaching: " + errnoText(err)
	}
	l.Close()
	return true, ""
}

// errnoText is the system error's text when err carries one, else err's
// own: "operation not permitted" rather than cilium/ebpf's whole chain.
func errnoText(err error) string {
	var errno unix.Errno
	if errors.As(err, &errno) {
		return errno.Error()
	}
	return err.Error()
}

// kprobeNotCompiled is the reason given when the kernel has no kprobes.
const kprobeNotCompiled = "this kernel has no kprobes (CONFIG_KPROBES off)"

func detectKprobes() (bool, string) {
	if _, err := os.Stat("/sys/bus/event_source/devices/kprobe/type"); err == nil {
		return true, ""
	}
	if err := EnsureTracefs(); err == nil {
		if _, err := os.Stat(filepath.Join(TracingDir, "kprobe_events")); err == nil {
			return true, ""
		}
	}
	return false, kprobeNotCompiled
}

// HaveRingBuffer reports whether the kernel has BPF ring buffers (5.8 and
// later); without them events go through perf buffers. Only a definite
// "not supported" counts: a failure to find out (no privileges) is left
// for loading to report.
func HaveRingBuffer() bool {
	return !errors.Is(features.HaveMapType(ebpf.RingBuf), ebpf.ErrNotSupported)
}

// RingBufferByRelease reports whether the kernel's release alone says it
// has BPF ring buffers: every kernel from 5.8 on does, as ring buffers
// come with the bpf() system call and have no option of their own. It
// answers without asking the kernel, so that a caller need not wait for
// a test (or the events ring, StartEventRing) to know; false means only
// that the kernel must be asked (HaveRingBuffer), as a distribution may
// have backported them to an older one.
func RingBufferByRelease() bool {
	return releaseAtLeast(kernelRelease(), 5, 8)
}

// kernelRelease is uname's release ("6.12.48-amd64"), empty when it
// cannot be read.
var kernelRelease = sync.OnceValue(func() string {
	var u unix.Utsname
	if unix.Uname(&u) != nil {
		return ""
	}
	return unix.ByteSliceToString(u.Release[:])
})

// HashMapsAllocOnDemand reports whether tracing programs may use hash maps
// that allocate their elements at run time (codegen.Options.AllocOnDemand):
// from Linux 6.1 on, where hash maps take their elements from the BPF
// memory allocator. Earlier kernels refuse such maps to perf event
// programs and print a warning in the kernel log for the others, so they
// keep preallocated maps.
func HashMapsAllocOnDemand() bool {
	return releaseAtLeast(kernelRelease(), 6, 1)
}

// releaseAtLeast reports whether a kernel release string ("6.12.48-amd64",
// "6.1-rc3") is major.minor or later; an unreadable one is not.
func releaseAtLeast(release string, major, minor int) bool {
	ma, rest, ok := strings.Cut(release, ".")
	if !ok {
		return false
	}
	end := 0
	for end < len(rest) && '0' <= rest[end] && rest[end] <= '9' {
		end++
	}
	maj, err1 := strconv.Atoi(ma)
	mi, err2 := strconv.Atoi(rest[:end])
	if err1 != nil || err2 != nil {
		return false
	}
	return maj > major || maj == major && mi >= minor
}
