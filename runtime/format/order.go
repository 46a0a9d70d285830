package format

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"sort"
)

// The order in which bpftrace 0.17 prints a map's entries:
//
//   - count, sum, min, max, and maps of plain integers: by value, ascending
//     (signed or unsigned as the value is). bpftrace sorts the kernel's
//     hash-table order with std::sort, so its order among equal values is
//     effectively random; ntrace breaks ties by key (AppendOrderKey).
//   - avg and stats: by the integer average total/count, ascending; hist and
//     lhist: by the sum of all buckets, ascending. bpftrace collects these in
//     a std::map keyed by the raw key bytes and sorts that with std::sort,
//     so equal values come out in an order that is a function of the raw key
//     bytes: sortLikeLibstdcxx reproduces it exactly.
//   - everything else (strings, tuples, pointers as values): by key
//     (AppendOrderKey).

// Sorting is what Order needs to know of a map's N entries, by index.
type Sorting struct {
	Kind AggKind
	N    int
	// Key is entry i's order key (AppendOrderKey).
	Key func(i int) []byte
	// Value is entry i's sort value (SortValue), which the entries are
	// ordered by after their keys when ByValue is set; Signed says the
	// values compare as signed numbers.
	Value   func(i int) uint64
	ByValue bool
	Signed  bool
}

// Order returns the indices of a map's entries in the order bpftrace
// prints them (see above).
func Order(s Sorting) []int32 {
	idx := make([]int32, s.N)
	for i := range idx {
		idx[i] = int32(i)
	}
	sort.SliceStable(idx, func(a, b int) bool { return bytes.Compare(s.Key(int(idx[a])), s.Key(int(idx[b]))) < 0 })
	less := func(a, b int32) bool { return s.Value(int(a)) < s.Value(int(b)) }
	if s.Signed {
		less = func(a, b int32) bool { return int64(s.Value(int(a))) < int64(s.Value(int(b))) }
	}
	switch {
	case s.Kind == Avg || s.Kind == Stats || s.Kind == Hist || s.Kind == Lhist:
		// std::map order by raw key bytes, then std::sort by the value.
		sortLikeLibstdcxx(idx, less)
	case s.ByValue:
		sort.SliceStable(idx, func(a, b int) bool { return less(idx[a], idx[b]) })
	}
	return idx
}

// AppendOrderKey appends to b an encoding of key for a map of kind k,
// such that comparing two encodings bytewise orders the keys as bpftrace
// does before it sorts by value. For avg, stats, hist and lhist maps that
// is bpftrace's raw key bytes (rawKey); for the others, its sort_by_key:
// part by part, integers as unsigned 64-bit numbers, strings bytewise.
// (bpftrace leaves other key types in hash order; ntrace orders them as
// integers, or tuples by their text.)
func AppendOrderKey(b []byte, k AggKind, key []Value) []byte {
	if k == Avg || k == Stats || k == Hist || k == Lhist {
		for _, v := range key {
			b = appendRaw(b, v)
		}
		return b
	}
	for _, v := range key {
		switch v.Kind {
		case String, Tuple:
			// Escaped so that a part ends where its terminator is: a NUL
			// becomes 0 0xff, and the part ends with 0 0.
			for _, c := range []byte(partText(v)) {
				b = append(b, c)
				if c == 0 {
					b = append(b, 0xff)
				}
			}
			b = append(b, 0, 0)
		default:
			b = binary.BigEndian.AppendUint64(b, bitsOf(v))
		}
	}
	return b
}

// partText is a key part's text for ordering.
func partText(v Value) string {
	if v.Kind == String {
		return v.S
	}
	return keyPartString(v, false)
}

// bitsOf is an integer or pointer value's 64 bits.
func bitsOf(v Value) uint64 {
	switch v.Kind {
	case Uint, Pointer, Stack, Bool:
		return v.U
	}
	return uint64(v.I)
}

// appendRaw appends one key part as bpftrace's map key bytes: integers
// and pointers as 8 little-endian bytes, strings NUL-terminated
// (bpftrace's strings are NUL-padded to a fixed size, so comparing up to
// the NUL gives the same order), tuples element by element.
func appendRaw(b []byte, v Value) []byte {
	switch v.Kind {
	case String:
		b = append(b, v.S...)
		return append(b, 0)
	case Tuple:
		for _, e := range v.Elems {
			b = appendRaw(b, e)
		}
		return b
	}
	return binary.LittleEndian.AppendUint64(b, bitsOf(v))
}

// SortValue is what an entry of a map of kind k is sorted by, as a
// 64-bit word that compares as a signed number when signed is set: a
// count, sum, min, max or plain integer value; the integer average of avg
// and stats; the total of hist and lhist buckets (bpftrace sums them into
// an int64 and compares them unsigned). ok is false for a plain value
// that is not an integer: a map holding any is sorted by key alone.
func SortValue(k AggKind, e *Entry) (v uint64, signed, ok bool) {
	switch k {
	case Avg, Stats:
		return uint64(average(e)), true, true
	case Hist, Lhist:
		return uint64(bucketTotal(e)), false, true
	}
	switch e.Value.Kind {
	case Int:
		return uint64(e.Value.I), true, true
	case Uint:
		return e.Value.U, false, true
	}
	return 0, false, false
}

// average is an avg or stats entry's integer average, as bpftrace computes
// it: the total divided by the count, truncated towards zero, 0 when empty.
func average(e *Entry) int64 {
	c := int64(e.Count)
	if c == 0 {
		return 0
	}
	return e.Sum / c
}

// bucketTotal is the sum of a hist or lhist entry's buckets, as bpftrace's
// int64_t sum.
func bucketTotal(e *Entry) int64 {
	var s int64
	for _, b := range e.Buckets {
		s += int64(b)
	}
	return s
}

// ordered returns m's entries in the order bpftrace prints them.
func ordered(m *Map) []*Entry {
	keys := make([][]byte, len(m.Entries))
	values := make([]uint64, len(m.Entries))
	s := Sorting{Kind: m.Kind, N: len(m.Entries), ByValue: true,
		Key: func(i int) []byte { return keys[i] }, Value: func(i int) uint64 { return values[i] }}
	for i := range m.Entries {
		e := &m.Entries[i]
		keys[i] = AppendOrderKey(nil, m.Kind, e.Key)
		v, signed, ok := SortValue(m.Kind, e)
		values[i], s.Signed, s.ByValue = v, s.Signed || signed, s.ByValue && ok
	}
	es := make([]*Entry, len(m.Entries))
	for i, j := range Order(s) {
		es[i] = &m.Entries[j]
	}
	return es
}

// sortLikeLibstdcxx sorts s exactly as GNU libstdc++'s std::sort does
// (introsort: median-of-three quicksort down to runs of 16, heapsort past
// the depth limit, then a final insertion sort), so that elements that
// compare equal end up in the same order as in bpftrace.
func sortLikeLibstdcxx[T any](s []T, less func(a, b T) bool) {
	n := len(s)
	if n < 2 {
		return
	}
	introsortLoop(s, 0, n, 2*(bits.Len(uint(n))-1), less)
	finalInsertionSort(s, 0, n, less)
}

// threshold is libstdc++'s _S_threshold.
const threshold = 16

// introsortLoop is std::__introsort_loop.
func introsortLoop[T any](s []T, first, last, depth int, less func(a, b T) bool) {
	for last-first > threshold {
		if depth == 0 {
			heapSort(s[first:last], less)
			return
		}
		depth--
		cut := partitionPivot(s, first, last, less)
		introsortLoop(s, cut, last, depth, less)
		last = cut
	}
}

// partitionPivot is std::__unguarded_partition_pivot.
func partitionPivot[T any](s []T, first, last int, less func(a, b T) bool) int {
	mid := first + (last-first)/2
	moveMedianToFirst(s, first, first+1, mid, last-1, less)
	// std::__unguarded_partition(first+1, last, first).
	lo, hi := first+1, last
	for {
		for less(s[lo], s[first]) {
			lo++
		}
		hi--
		for less(s[first], s[hi]) {
			hi--
		}
		if lo >= hi {
			return lo
		}
		s[lo], s[hi] = s[hi], s[lo]
		lo++
	}
}

// moveMedianToFirst is std::__move_median_to_first.
func moveMedianToFirst[T any](s []T, result, a, b, c int, less func(a, b T) bool) {
	swap := func(i int) { s[result], s[i] = s[i], s[result] }
	if less(s[a], s[b]) {
		switch {
		case less(s[b], s[c]):
			swap(b)
		case less(s[a], s[c]):
			swap(c)
		default:
			swap(a)
		}
	} else {
		switch {
		case less(s[a], s[c]):
			swap(a)
		case less(s[b], s[c]):
			swap(c)
		default:
			swap(b)
		}
	}
}

// finalInsertionSort is std::__final_insertion_sort.
func finalInsertionSort[T any](s []T, first, last int, less func(a, b T) bool) {
	if last-first > threshold {
		insertionSort(s, first, first+threshold, less)
		for i := first + threshold; i < last; i++ {
			linearInsert(s, i, less)
		}
		return
	}
	insertionSort(s, first, last, less)
}

// insertionSort is std::__insertion_sort.
func insertionSort[T any](s []T, first, last int, less func(a, b T) bool) {
	for i := first + 1; i < last; i++ {
		if less(s[i], s[first]) {
			v := s[i]
			copy(s[first+1:i+1], s[first:i])
			s[first] = v
		} else {
			linearInsert(s, i, less)
		}
	}
}

// linearInsert is std::__unguarded_linear_insert.
func linearInsert[T any](s []T, last int, less func(a, b T) bool) {
	v := s[last]
	next := last - 1
	for less(v, s[next]) {
		s[last] = s[next]
		last = next
		next--
	}
	s[last] = v
}

// heapSort is std::__partial_sort(first, last, last): std::make_heap then
// std::sort_heap.
func heapSort[T any](s []T, less func(a, b T) bool) {
	n := len(s)
	if n < 2 {
		return
	}
	for parent := (n - 2) / 2; ; parent-- {
		adjustHeap(s, parent, n, s[parent], less)
		if parent == 0 {
			break
		}
	}
	for last := n - 1; last > 0; last-- {
		// std::__pop_heap(first, last, last).
		v := s[last]
		s[last] = s[0]
		adjustHeap(s, 0, last, v, less)
	}
}

// adjustHeap is std::__adjust_heap followed by std::__push_heap.
func adjustHeap[T any](s []T, hole, n int, v T, less func(a, b T) bool) {
	top := hole
	child := hole
	for child < (n-1)/2 {
		child = 2 * (child + 1)
		if less(s[child], s[child-1]) {
			child--
		}
		s[hole] = s[child]
		hole = child
	}
	if n&1 == 0 && child == (n-2)/2 {
		child = 2 * (child + 1)
		s[hole] = s[child-1]
		hole = child - 1
	}
	parent := (hole - 1) / 2
	for hole > top && less(s[parent], v) {
		s[hole] = s[parent]
		hole = parent
		parent = (hole - 1) / 2
	}
	s[hole] = v
}
