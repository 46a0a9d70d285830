package runtime

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime/format"
)

// stackReader turns the stored word of a kstack or ustack (see
// codegen/stack.go: the stack id, and for ustack the process id) into
// symbolized frames: it looks the id up in its stack map and names each
// address, kernel ones from /proc/kallsyms and user ones from the
// process's mappings and ELF symbols.
type stackReader struct {
	mu    sync.Mutex // value may be called from a metrics scrape too
	coll  *ebpf.Collection
	warn  func(string)
	users *userSymbols
	// addrs caches each stack's addresses: with no BPF_F_REUSE_STACKID,
	// what an id names never changes while the maps exist.
	addrs map[stackRef][]uint64
	// kernelFrames caches each kernel stack's frames: kernel symbols do
	// not move, so a stack printed again (a printf per event) is not
	// symbolized again. User frames depend on the process's mappings,
	// which symbolizing may read again, and are not kept.
	kernelFrames map[stackRef][]format.Frame
	warned       map[unix.Errno]bool
}

type stackRef struct {
	user  bool
	depth int
	id    uint32
}

func newStackReader(coll *ebpf.Collection, warn func(string)) *stackReader {
	return &stackReader{coll: coll, warn: warn, users: newUserSymbols(), addrs: map[stackRef][]uint64{},
		kernelFrames: map[stackRef][]format.Frame{}, warned: map[unix.Errno]bool{}}
}

// value decodes a stored stack word of the given kind.
func (r *stackReader) value(word uint64, spec lang.StackSpec) format.Value {
	r.mu.Lock()
	defer r.mu.Unlock()
	v := format.Value{Kind: format.Stack, U: word, Perf: spec.Perf, User: spec.User}
	if word&codegen.StackRecorded == 0 {
		return v // zeroes: a missing map value, no stack at all
	}
	id, pid := int32(word), uint32(word>>32)&^(codegen.StackRecorded>>32)
	if id < 0 {
		v.S = r.notRecorded(unix.Errno(-id), spec)
		return v
	}
	ref := stackRef{spec.User, spec.Depth, uint32(id)}
	if frames, ok := r.kernelFrames[ref]; ok && !spec.Raw {
		v.Frames = frames
		return v
	}
	addrs, err := r.lookup(ref)
	if err != nil {
		v.S = fmt.Sprintf("[stack %d not found: %v]", id, err)
		return v
	}
	for _, a := range addrs {
		if a == 0 {
			break
		}
		v.Frames = append(v.Frames, r.frame(a, spec, pid))
	}
	if !spec.User && !spec.Raw {
		v.Frames = v.Frames[tracerFrames(v.Frames):]
		r.kernelFrames[ref] = v.Frames
	}
	return v
}

// tracerFramePrefixes name the kernel's BPF tracing glue: the program
// itself (bpf_prog_<tag>_<name>), the trampoline of fentry and fexit,
// and the functions a raw tracepoint runs its programs through.
var tracerFramePrefixes = []string{"bpf_prog_", "bpf_trampoline_", "bpf_trace_run", "__bpf_trace_", "__traceiter_"}

// tracerFrames counts the innermost frames of a kernel stack that belong
// to the tracer rather than to the code traced: a raw tracepoint's or
// fentry program's stack starts inside them (a kprobe's and a perf-event
// tracepoint's at the traced function). They are left out, so that a
// stack starts where the traced code is (try_to_wake_up, not
// bpf_prog_9f1c…_nt123_p1, bpf_trace_run1 and __traceiter_sched_waking,
// whose number varies with the kernel and with how many programs share
// the tracepoint) and stacks from different runs compare equal.
// bpftrace 0.17 prints them.
func tracerFrames(frames []format.Frame) int {
	n := 0
	for _, f := range frames {
		tracer := false
		for _, p := range tracerFramePrefixes {
			tracer = tracer || strings.HasPrefix(f.Sym, p)
		}
		if !tracer {
			break
		}
		n++
	}
	return n
}

// lookup reads a stack's addresses from its stack map.
func (r *stackReader) lookup(ref stackRef) ([]uint64, error) {
	if a, ok := r.addrs[ref]; ok {
		return a, nil
	}
	m := r.coll.Maps[codegen.StackMapName(lang.StackSpec{User: ref.user, Depth: ref.depth})]
	if m == nil {
		return nil, errors.New("no stack map")
	}
	raw, err := m.LookupBytes(ref.id)
	if err != nil {
		return nil, err
	}
	if raw == nil {
		return nil, ebpf.ErrKeyNotExist
	}
	addrs := make([]uint64, len(raw)/8)
	for i := range addrs {
		addrs[i] = binary.LittleEndian.Uint64(raw[8*i:])
	}
	r.addrs[ref] = addrs
	return addrs, nil
}

// notRecorded explains a failed bpf_get_stackid. EFAULT means there was no
// stack to record (a user stack in a kernel thread): that prints as an
// empty stack, as in bpftrace. Anything else prints as a one-line note
// in place of the frames, and is explained once on stderr.
func (r *stackReader) notRecorded(errno unix.Errno, spec lang.StackSpec) string {
	var note, why string
	switch errno {
	case unix.EFAULT:
		return ""
	case unix.EEXIST:
		note = "[stack lost: hash collision in the stack map]"
		why = fmt.Sprintf("some %s stacks were not recorded: each collided with a different stack already in the stack map's hash bucket (ntrace does not evict, so ids already stored stay right); they print as %q", spec.String(), note)
	case unix.ENOMEM:
		note = "[stack lost: stack map full]"
		why = fmt.Sprintf("some %s stacks were not recorded: the stack map had no free entry; they print as %q", spec.String(), note)
	default:
		note = fmt.Sprintf("[stack lost: %s]", unix.ErrnoName(errno))
		why = fmt.Sprintf("some %s stacks were not recorded: bpf_get_stackid failed with %v", spec.String(), errno)
	}
	if !r.warned[errno] {
		r.warned[errno] = true
		r.warn(why)
	}
	return note
}

// frame names one address as bpftrace prints a frame.
func (r *stackReader) frame(addr uint64, spec lang.StackSpec, pid uint32) format.Frame {
	f := format.Frame{Addr: addr}
	if spec.Raw {
		f.Text = strconv.FormatUint(addr, 16) // stack_mode raw: no symbols
		return f
	}
	if !spec.User {
		if name, off, ok := kernelSymbols.symbolizeOffset(addr); ok {
			f.Text, f.Sym = fmt.Sprintf("%s+%d", name, off), name
		} else {
			kernelSymbols.warnUnavailable(r.warn)
			f.Text = fmt.Sprintf("0x%x", addr)
		}
		return f
	}
	if !DetectPIDNamespace().HostProc {
		// /proc/pid is not the process BPF calls pid (see pidns.go).
		f.Text = fmt.Sprintf("0x%x", addr)
		if spec.Perf {
			f.Text += " ([unknown])"
		}
		return f
	}
	u := r.users.symbolize(pid, addr)
	f.Sym = u.sym
	switch {
	case u.sym == "" && spec.Perf:
		f.Text = fmt.Sprintf("0x%x ([unknown])", addr)
	case u.sym == "":
		f.Text = fmt.Sprintf("0x%x", addr)
	case spec.Perf:
		f.Text = fmt.Sprintf("%s+%d (%s)", u.sym, u.off, u.module)
	default:
		f.Text = fmt.Sprintf("%s+%d", u.sym, u.off)
	}
	return f
}
