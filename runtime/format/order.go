package format

import (
	"encoding/binary"
	"math/bits"
	"sort"
)

// The order in which bpftrace 0.17 prints a map's entries:
//
//   - count, sum, min, max, and maps of plain integers: by value, ascending
//     (signed or unsigned as the value is). bpftrace sorts the kernel's
//     hash-table order with std::sort, so its order among equal values is
//     effectively random; ntrace breaks ties by key (keyOrder).
//   - avg and stats: by the integer average total/count, ascending; hist and
//     lhist: by the sum of all buckets, ascending. bpftrace collects these in
//     a std::map keyed by the raw key bytes and sorts that with std::sort,
//     so equal values come out in an order that is a function of the raw key
//     bytes: sortLikeLibstdcxx reproduces it exactly.
//   - everything else (strings, tuples, pointers as values): by key
//     (keyOrder).

// keyOrder reports whether key a sorts before key b the way bpftrace's
// sort_by_key orders them: part by part, integers as unsigned 64-bit
// numbers, strings bytewise. (bpftrace leaves other key types in hash order;
// ntrace orders them as integers or by their text.)
func keyOrder(a, b []Value) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if c := comparePart(a[i], b[i]); c != 0 {
			return c < 0
		}
	}
	return len(a) < len(b)
}

// comparePart compares two key parts as keyOrder does.
func comparePart(a, b Value) int {
	if a.Kind == String || b.Kind == String || a.Kind == Tuple || b.Kind == Tuple {
		sa, sb := partText(a), partText(b)
		switch {
		case sa < sb:
			return -1
		case sa > sb:
			return 1
		}
		return 0
	}
	ua, ub := bitsOf(a), bitsOf(b)
	switch {
	case ua < ub:
		return -1
	case ua > ub:
		return 1
	}
	return 0
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

// rawKey encodes a key as bpftrace's map key bytes, for ordering: integers
// and pointers as 8 little-endian bytes, strings NUL-terminated (bpftrace's
// strings are NUL-padded to a fixed size, so comparing up to the NUL gives
// the same order), tuples element by element.
func rawKey(key []Value) []byte {
	var b []byte
	for _, v := range key {
		b = appendRaw(b, v)
	}
	return b
}

// appendRaw appends one key part's raw bytes to b.
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

// valueLess orders two plain values: signed integers as signed, everything
// else integral as unsigned.
func valueLess(a, b Value) bool {
	if a.Kind == Int && b.Kind == Int {
		return a.I < b.I
	}
	if a.Kind == Int || b.Kind == Int {
		// Mixed kinds: compare as signed, as bpftrace would for a signed
		// map type.
		return signedOf(a) < signedOf(b)
	}
	return bitsOf(a) < bitsOf(b)
}

// signedOf is an integer value as a signed 64-bit number.
func signedOf(v Value) int64 {
	if v.Kind == Int {
		return v.I
	}
	return int64(bitsOf(v))
}

// isIntegral reports whether a plain map's values are all integers, so that
// bpftrace sorts the map by value.
func isIntegral(m *Map) bool {
	for _, e := range m.Entries {
		if e.Value.Kind != Int && e.Value.Kind != Uint {
			return false
		}
	}
	return true
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
	es := make([]*Entry, len(m.Entries))
	for i := range m.Entries {
		es[i] = &m.Entries[i]
	}
	switch m.Kind {
	case Avg, Stats, Hist, Lhist:
		// std::map order by raw key bytes, then std::sort by the value.
		raw := make(map[*Entry]string, len(es))
		for _, e := range es {
			raw[e] = string(rawKey(e.Key))
		}
		sort.SliceStable(es, func(i, j int) bool { return raw[es[i]] < raw[es[j]] })
		if m.Kind == Avg || m.Kind == Stats {
			sortLikeLibstdcxx(es, func(a, b *Entry) bool { return average(a) < average(b) })
		} else {
			// bpftrace sums into an int64_t and compares as uint64_t.
			sortLikeLibstdcxx(es, func(a, b *Entry) bool {
				return uint64(bucketTotal(a)) < uint64(bucketTotal(b))
			})
		}
		return es
	}
	byKey := func(i, j int) bool { return keyOrder(es[i].Key, es[j].Key) }
	sort.SliceStable(es, byKey)
	if m.Kind != Plain || isIntegral(m) {
		sort.SliceStable(es, func(i, j int) bool { return valueLess(es[i].Value, es[j].Value) })
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
