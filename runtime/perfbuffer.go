package runtime

import (
	"container/heap"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"time"

	"github.com/cilium/ebpf/perf"
	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/codegen"
)

// Events through perf buffers (--perf-buffer, or kernels without ring
// buffers). Each CPU has its own buffer, so records arrive in order per
// CPU but not across CPUs: every record carries the time it was written
// (the header's second word) and the reader merges them by it. A record
// is handled once no record written earlier can still arrive: each round
// notes the time, then reads every buffer to the end (perf.Reader.Flush);
// records written before that time are then all read, except one whose
// program took its timestamp but had not output the record yet, which
// reorderSlack allows for.

// reorderSlack is how long a record may take from its timestamp to being
// in its buffer. Records younger than that wait for the next round.
const reorderSlack = 5 * time.Millisecond

// openPerfBuffers opens the reader of every CPU's perf buffer. A reader
// is woken when a buffer is half full; otherwise it looks every
// pollInterval.
func (s *session) openPerfBuffers() error {
	size := s.out.BufferSize
	rd, err := perf.NewReaderWithOptions(s.coll.Maps[codegen.EventsMap], size, perf.ReaderOptions{Watermark: max(1, size/2)})
	if err != nil {
		return fmt.Errorf("opening the perf buffers: %w", err)
	}
	s.prd = rd
	return nil
}

// pendingEvent is a record read from a perf buffer, waiting for its turn.
type pendingEvent struct {
	time uint64
	seq  uint64 // arrival order, for records with equal times
	data []byte
}

// pendingEvents is a min-heap of records by time, then arrival.
type pendingEvents []pendingEvent

func (h pendingEvents) Len() int { return len(h) }
func (h pendingEvents) Less(i, j int) bool {
	if h[i].time != h[j].time {
		return h[i].time < h[j].time
	}
	return h[i].seq < h[j].seq
}
func (h pendingEvents) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *pendingEvents) Push(x any)   { *h = append(*h, x.(pendingEvent)) }
func (h *pendingEvents) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}

// perfLoop is loop for perf buffers.
func (s *session) perfLoop(until func() bool) error {
	nextReport := time.Now().Add(time.Second)
	for !until() {
		now := time.Now()
		if now.After(nextReport) {
			if err := s.everySecond(); err != nil {
				return err
			}
			nextReport = now.Add(time.Second)
		}
		if err := s.perfRound(now.Add(pollInterval), false); err != nil {
			return err
		}
	}
	return nil
}

// perfDrain handles every record in the perf buffers and every one
// waiting, in time order.
func (s *session) perfDrain() error {
	return s.perfRound(time.Time{}, true)
}

// perfRound waits until deadline (if not zero) for a buffer to fill, then
// reads every buffer to the end and handles, in time order, the records
// that no earlier one can still overtake: all of them when all is set.
func (s *session) perfRound(deadline time.Time, all bool) error {
	var rec perf.Record
	if !deadline.IsZero() {
		s.prd.SetDeadline(deadline)
		switch err := s.prd.ReadInto(&rec); {
		case err == nil:
			s.queue(&rec)
		case errors.Is(err, os.ErrDeadlineExceeded):
		default:
			return fmt.Errorf("reading events: %w", err)
		}
	}
	horizon := MonotonicNow()
	if err := s.prd.Flush(); err != nil {
		return fmt.Errorf("reading events: %w", err)
	}
	s.prd.SetDeadline(time.Time{})
	for {
		err := s.prd.ReadInto(&rec)
		if errors.Is(err, perf.ErrFlushed) {
			break
		}
		if errors.Is(err, os.ErrDeadlineExceeded) {
			continue // the first read's deadline, reported once its records are read
		}
		if err != nil {
			return fmt.Errorf("reading events: %w", err)
		}
		s.queue(&rec)
	}
	limit := uint64(math.MaxUint64)
	if !all {
		limit = horizon - uint64(reorderSlack)
	}
	for len(s.pending) > 0 && s.pending[0].time < limit && !(s.exit && !all) {
		e := heap.Pop(&s.pending).(pendingEvent)
		if err := s.handle(e.data); err != nil {
			return err
		}
		s.spare = append(s.spare, e.data[:0])
	}
	return s.flush()
}

// queue keeps a record until its turn comes, or counts the samples the
// kernel reports lost.
func (s *session) queue(rec *perf.Record) {
	if rec.LostSamples > 0 {
		s.kernelLost += rec.LostSamples
		return
	}
	var t uint64 // a record too short to place in time goes first; handle reports it
	if len(rec.RawSample) >= codegen.PerfHeaderSize {
		t = binary.LittleEndian.Uint64(rec.RawSample[8:])
	}
	var buf []byte
	if n := len(s.spare); n > 0 {
		buf, s.spare = s.spare[n-1], s.spare[:n-1]
	}
	s.seq++
	heap.Push(&s.pending, pendingEvent{time: t, seq: s.seq, data: append(buf, rec.RawSample...)})
}

// MonotonicNow reads CLOCK_MONOTONIC, the clock of bpf_ktime_get_ns, in
// nanoseconds.
func MonotonicNow() uint64 {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts); err != nil {
		return 0
	}
	return uint64(ts.Sec)*1e9 + uint64(ts.Nsec)
}
