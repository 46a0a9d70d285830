package codegen

import (
	"math/bits"

	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// aggregate emits @m[k] = count() / sum(x) / … . Aggregations in per-CPU
// maps are updated without atomics, and user space merges the CPUs'
// values when it prints; in shared maps (chooseMap) they are updated
// with atomic adds.
func (g *gen) aggregate(m *Map, ref *lang.MapExpr, call *lang.CallExpr) {
	agg := m.Info.Value.Agg
	if !m.PerCPU && needsPerCPU(agg) {
		g.errorf(call.Pos, "%s is a %s map: %s() needs a per-CPU one", m.Name, m.Decl.Kind, agg)
		return
	}
	var x *val
	if len(call.Args) > 0 {
		x = g.intExpr(call.Args[0])
	}
	key := g.buildKey(m, ref.Keys)
	signed := m.Info.Arg != nil && m.Info.Arg.Signed
	if agg == lang.Hist || agg == lang.Lhist {
		r := g.load(x, asm.R1)
		g.emit(asm.Mov.Reg(asm.R1, r))
		if agg == lang.Hist {
			g.log2Bucket(signed, g.valueBits(call.Args[0]))
		} else {
			g.linearBucket(m.Info.Lhist)
		}
		// In an array the bucket is the slot's 32-bit index, in range by
		// construction; in a hash, the key's last word.
		size := asm.DWord
		if m.Decl.Kind == PerCPUArrayMap {
			size = asm.Word
		}
		g.emit(asm.StoreMem(key.base, key.off+int16(m.BucketOff), asm.R2, size))
	}
	apply := func() { g.applyAgg(agg, asm.R0, x, signed, !m.PerCPU) }
	if m.Decl.Kind == PerCPUArrayMap {
		g.lookup(m, key)
		g.assumeFound() // the slot (0, or the bucket) is always there
		apply()
	} else {
		g.upsert(m, key, apply, func() loc { return g.firstAgg(agg, x, m.ValueSize, ref.Pos) })
	}
	g.release(x)
}

// firstAgg stores on the stack the value an aggregation holds after its
// first x, which is what applyAgg makes of zeroes: {1} for count, hist and
// lhist, {x, 1} for the others (sum and count; for min and max, x and
// "set"). Stored directly, not built by folding x into zeroes.
func (g *gen) firstAgg(agg lang.AggKind, x *val, size int, at lang.Pos) loc {
	init := loc{asm.RFP, g.allocStack(size, at)}
	switch agg {
	case lang.Count, lang.Hist, lang.Lhist:
		g.emit(storeImm64(init.base, init.off, 1))
	default:
		r := g.load(x, asm.R2)
		g.emit(
			asm.StoreMem(init.base, init.off, r, asm.DWord),
			storeImm64(init.base, init.off+8, 1),
		)
	}
	return init
}

// applyAgg folds x into the aggregation value that ptr points at, with
// atomic adds when the value is shared by the CPUs (min and max never
// are). Layouts: count, hist, lhist: {count}; sum, avg, stats: {sum,
// count}; min, max: {value, set}.
func (g *gen) applyAgg(agg lang.AggKind, ptr asm.Register, x *val, signed, shared bool) {
	// add adds register r to the word at off.
	add := func(off int16, r asm.Register) {
		if shared {
			g.emit(asm.AddAtomic.Mem(ptr, r, asm.DWord, off))
			return
		}
		g.emit(
			asm.LoadMem(asm.R1, ptr, off, asm.DWord),
			asm.Add.Reg(asm.R1, r),
			asm.StoreMem(ptr, off, asm.R1, asm.DWord),
		)
	}
	bump := func(off int16) {
		if shared {
			g.emit(asm.Mov.Imm(asm.R1, 1))
			add(off, asm.R1)
			return
		}
		g.emit(
			asm.LoadMem(asm.R1, ptr, off, asm.DWord),
			asm.Add.Imm(asm.R1, 1),
			asm.StoreMem(ptr, off, asm.R1, asm.DWord),
		)
	}
	switch agg {
	case lang.Count, lang.Hist, lang.Lhist:
		bump(0)
	case lang.Sum, lang.Avg, lang.Stats:
		add(0, g.load(x, asm.R2))
		bump(8)
	case lang.Min, lang.Max:
		r := g.load(x, asm.R2)
		set, skip := g.label(), g.label()
		keep := map[bool]map[bool]asm.JumpOp{ // [min][signed]: keep the old value when
			true:  {false: asm.JGE, true: asm.JSGE},
			false: {false: asm.JLE, true: asm.JSLE},
		}[agg == lang.Min][signed]
		g.emit(
			asm.LoadMem(asm.R1, ptr, 8, asm.DWord),
			asm.JEq.Imm(asm.R1, 0, set),
			asm.LoadMem(asm.R1, ptr, 0, asm.DWord),
			keep.Reg(r, asm.R1, skip),
		)
		g.place(set)
		g.emit(
			asm.StoreMem(ptr, 0, r, asm.DWord),
			storeImm64(ptr, 8, 1),
		)
		g.place(skip)
	}
}

// log2Bucket computes hist()'s bucket for the value in R1 into R2: 0 for
// negative values, 1 for 0, and 2+floor(log2(v)) otherwise, so bucket k≥2
// holds [2^(k-2), 2^(k-1)). bits is how many low bits the value can have
// set (valueBits): a binary search over fewer bits takes fewer steps, and
// a value below 2^63 is never negative. Clobbers R1 and R3.
func (g *gen) log2Bucket(signed bool, bits int) {
	neg, zero, done := g.label(), g.label(), g.label()
	if signed && bits == 64 {
		g.emit(asm.JSLT.Imm(asm.R1, 0, neg))
	}
	g.emit(asm.JEq.Imm(asm.R1, 0, zero), asm.Mov.Imm(asm.R2, 2))
	for _, shift := range []int32{32, 16, 8, 4, 2, 1} {
		if int(shift) >= bits {
			continue // the value is below 2^shift: this step never moves
		}
		next := g.label()
		switch {
		case shift == 32: // 2^32 is no 32-bit immediate: test the high half
			g.emit(
				asm.Mov.Reg(asm.R3, asm.R1),
				asm.RSh.Imm(asm.R3, shift),
				asm.JEq.Imm(asm.R3, 0, next),
				asm.Mov.Reg(asm.R1, asm.R3),
			)
		case shift == 1: // the last step needs no shift
			g.emit(asm.JLT.Imm(asm.R1, 2, next))
		default:
			g.emit(
				asm.JLT.Imm(asm.R1, 1<<shift, next),
				asm.RSh.Imm(asm.R1, shift),
			)
		}
		g.emit(asm.Add.Imm(asm.R2, shift))
		g.place(next)
	}
	g.emit(asm.Ja.Label(done))
	if signed && bits == 64 {
		g.place(neg)
		g.emit(asm.Mov.Imm(asm.R2, 0), asm.Ja.Label(done))
	}
	g.place(zero)
	g.emit(asm.Mov.Imm(asm.R2, 1))
	g.place(done)
}

// valueBits is how many low bits the value of e can have set, as far as
// its form and type show: a constant's own, an unsigned integer's width,
// the fewer of an & with either side, unsigned x >> k's less k; 64 when nothing
// narrows it.
func (g *gen) valueBits(e lang.Expr) int {
	if c, ok := g.c.info.Consts[e]; ok && !c.IsString {
		return bits.Len64(c.Int)
	}
	n := 64
	if t := g.typeOf(e); t != nil && t.Kind == lang.Int && !t.Signed && t.Size < 8 {
		n = 8 * t.Size
	}
	if b, ok := e.(*lang.BinaryExpr); ok {
		switch b.Op {
		case "&":
			n = min(n, g.valueBits(b.X), g.valueBits(b.Y))
		case ">>": // a logical shift: of an unsigned value
			if c, ok := g.c.info.Consts[b.Y]; ok && !c.IsString && c.Int < 64 && !isSigned(g.typeOf(b.X)) {
				n = min(n, max(0, g.valueBits(b.X)-int(c.Int)))
			}
		}
	}
	return n
}

// linearBucket computes lhist()'s bucket for the value in R1 into R2: 0
// below min, 1+(v-min)/step inside, and n+1 at or above max. Bounds that
// fit an instruction's 32-bit immediate are compared and applied as
// immediates; min 0 and step 1 cost nothing. Clobbers R3.
func (g *gen) linearBucket(b [3]int64) {
	lo, hi, step := b[0], b[1], b[2]
	n := (hi - lo) / step
	below, above, done := g.label(), g.label(), g.label()
	fits := func(v int64) bool { return v == int64(int32(v)) }
	// jumpIf jumps to to when R1 op bound holds.
	jumpIf := func(op asm.JumpOp, bound int64, to string) {
		if fits(bound) {
			g.emit(op.Imm(asm.R1, int32(bound), to))
			return
		}
		g.emit(asm.LoadImm(asm.R3, bound, asm.DWord), op.Reg(asm.R1, asm.R3, to))
	}
	jumpIf(asm.JSLT, lo, below)
	jumpIf(asm.JSGE, hi, above)
	g.emit(asm.Mov.Reg(asm.R2, asm.R1))
	switch {
	case lo == 0:
	case fits(lo):
		g.emit(asm.Sub.Imm(asm.R2, int32(lo)))
	default:
		g.emit(asm.LoadImm(asm.R3, lo, asm.DWord), asm.Sub.Reg(asm.R2, asm.R3))
	}
	switch {
	case step == 1:
	case fits(step):
		g.emit(asm.Div.Imm(asm.R2, int32(step)))
	default:
		g.emit(asm.LoadImm(asm.R3, step, asm.DWord), asm.Div.Reg(asm.R2, asm.R3))
	}
	g.emit(asm.Add.Imm(asm.R2, 1), asm.Ja.Label(done))
	g.place(below)
	g.emit(asm.Mov.Imm(asm.R2, 0), asm.Ja.Label(done))
	g.place(above)
	g.emit(asm.Mov.Imm(asm.R2, int32(n+1))) // n is at most 1000
	g.place(done)
}

func isSigned(t *lang.Type) bool { return t == nil || t.Signed }
