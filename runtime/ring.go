package runtime

import (
	"errors"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/ringbuf"

	"github.com/ntrace/ntrace/codegen"
)

// EventRing is the events ring buffer and its reader, made ahead of time.
// Creating a 1 MiB ring costs the kernel about a millisecond (it allocates
// and maps every page) and opening its reader another mmap: StartEventRing
// does both on another thread while the script is parsed, off the path to
// the first event. A ring that turns out not to fit the compiled script
// (a --buffer-size the kernel refuses, say) is simply not used: loading
// then makes the script's own and reports what is wrong with it.
type EventRing struct {
	size uint32
	done chan struct{}
	m    *ebpf.Map
	rd   *ringbuf.Reader
	err  error
}

// errRingTooBig is a ring not made for want of memory in ntrace's memory
// cgroup (see checkMemoryLimit).
var errRingTooBig = errors.New("the ring buffer cannot fit in the memory cgroup's limit")

// StartEventRing starts making a ring buffer of size bytes, or of
// codegen's default size when size is 0.
func StartEventRing(size uint32) *EventRing {
	if size == 0 {
		size = codegen.DefaultRingBufferSize
	}
	r := &EventRing{size: size, done: make(chan struct{})}
	go func() {
		defer close(r.done)
		if !ringFitsMemoryLimit(size) {
			r.err = errRingTooBig // loading says so, at the ring
			return
		}
		r.m, r.err = ebpf.NewMap(&ebpf.MapSpec{Name: codegen.EventsMap, Type: ebpf.RingBuf, MaxEntries: size})
		if r.err != nil {
			return
		}
		r.rd, r.err = ringbuf.NewReader(r.m)
		if r.err != nil {
			r.m.Close()
			r.m = nil
		}
	}()
	return r
}

// Supported waits for the ring and reports whether this kernel has BPF
// ring buffers. Only a definite "not supported" counts as no, as in
// HaveRingBuffer: a failure for another reason (no privileges, a size the
// kernel refuses) is left for loading to report.
func (r *EventRing) Supported() bool {
	<-r.done
	return r.err == nil || HaveRingBuffer()
}

// take hands over the ring for the map spec describes, if it can stand for
// it: the map, for the collection to use in its place (the collection
// takes its own reference), and the reader, which the caller then owns.
// It returns nils when the ring does not fit or could not be made.
func (r *EventRing) take(spec *ebpf.MapSpec) (*ebpf.Map, *ringbuf.Reader) {
	if r == nil || spec == nil || spec.Type != ebpf.RingBuf || spec.MaxEntries != r.size {
		return nil, nil
	}
	<-r.done
	if r.err != nil {
		return nil, nil
	}
	rd := r.rd
	r.rd = nil
	return r.m, rd
}

// Close releases the ring, and its reader unless take handed it over.
func (r *EventRing) Close() {
	if r == nil {
		return
	}
	<-r.done
	if r.rd != nil {
		r.rd.Close()
	}
	if r.m != nil {
		r.m.Close()
	}
}
