package runtime

import (
	"encoding/binary"
	"errors"
	"fmt"
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
	v := format.Value{Kind: format.Stack, U: word, Perf: spec.Perf}
	id, pid := int32(word), uint32(word>>32)
	if id < 0 {
		v.S = r.notRecorded(unix.Errno(-id), spec)
		return v
	}
	ref := stackRef{spec.User, spec.Depth, uint32(id)}
	if frames, ok := r.kernelFrames[ref]; ok {
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
		v.Frames = append(v.Frames, format.Frame{Addr: a, Text: r.frameText(a, spec, pid)})
	}
	if !spec.User {
		r.kernelFrames[ref] = v.Frames
	}
	return v
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

// frameText names one address as bpftrace prints a frame.
func (r *stackReader) frameText(addr uint64, spec lang.StackSpec, pid uint32) string {
	if !spec.User {
		if name, off, ok := kernelSymbols.symbolizeOffset(addr); ok {
			return fmt.Sprintf("%s+%d", name, off)
		}
		kernelSymbols.warnUnavailable(r.warn)
		return fmt.Sprintf("0x%x", addr)
	}
	if !DetectPIDNamespace().HostProc {
		// /proc/pid is not the process BPF calls pid (see pidns.go).
		if spec.Perf {
			return fmt.Sprintf("0x%x ([unknown])", addr)
		}
		return fmt.Sprintf("0x%x", addr)
	}
	f := r.users.symbolize(pid, addr)
	switch {
	case f.sym == "" && spec.Perf:
		return fmt.Sprintf("0x%x ([unknown])", addr)
	case f.sym == "":
		return fmt.Sprintf("0x%x", addr)
	case spec.Perf:
		return fmt.Sprintf("%s+%d (%s)", f.sym, f.off, f.module)
	}
	return fmt.Sprintf("%s+%d", f.sym, f.off)
}
