package metrics

import (
	"math"

	"github.com/ntrace/ntrace/metrics/exposition"
	"github.com/ntrace/ntrace/runtime/format"
)

// Histograms. hist() counts an integer value v in bucket 0 when v < 0, 1
// when v == 0 and 2+floor(log2(v)) otherwise, so bucket k ≥ 2 holds
// [2^(k-2), 2^(k-1)); lhist(v, min, max, step) in bucket 0 below min,
// 1+(v-min)/step from min to max, and (max-min)/step+1 from max up. The
// values are integers, so a bucket [a, b) is exactly the values ≤ b-1:
// that is its le bound, and the cumulative counts Prometheus wants are
// exact (up to 2^53, where a float64 stops holding every integer).

// upperBound is bucket i's le bound in the map's own unit, or +Inf for
// lhist's last bucket, which has none.
func upperBound(fm *format.Map, i int) float64 {
	if fm.Kind == format.Lhist {
		lo, hi, step := fm.Lhist[0], fm.Lhist[1], fm.Lhist[2]
		n := int((hi - lo) / step)
		if i > n {
			return math.Inf(1)
		}
		return float64(lo + int64(i)*step - 1)
	}
	switch i {
	case 0:
		return -1
	case 1:
		return 0
	}
	return math.Ldexp(1, i-1) - 1
}

// widen notes the buckets the series use, so that every series of the
// family shows the same ones from now on.
func (f *family) widen(ss []*series) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, s := range ss {
		for i, c := range s.buckets {
			if c == 0 {
				continue
			}
			if f.top < f.low {
				f.low, f.top = i, i
			}
			f.low, f.top = min(f.low, i), max(f.top, i)
		}
	}
}

// cumulative turns a series' bucket counts into Prometheus's: the total
// count, and for each bucket shown its bound (scaled to the metric's
// unit) and the count of values at or below it, in increasing order.
func (f *family) cumulative(fm *format.Map, counts []uint64) (uint64, []exposition.Bucket) {
	f.mu.Lock()
	low, top := f.low, f.top
	f.mu.Unlock()
	var out []exposition.Bucket
	var total, below uint64
	for i, c := range counts {
		total += c
		if i < low {
			below += c
		}
	}
	for i := low; i <= top; i++ {
		le := upperBound(fm, i)
		if math.IsInf(le, 1) {
			break
		}
		if i < len(counts) {
			below += counts[i]
		}
		out = append(out, exposition.Bucket{UpperBound: f.scaled(le), Count: below})
	}
	return total, out
}
