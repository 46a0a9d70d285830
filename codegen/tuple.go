package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// Tuples are laid out as C lays out a struct of their elements (see
// lang.Type.ElemOffsets): an integer in its own width at its own
// alignment, a string unaligned. Elements are written in order and the
// bytes between them zeroed after, so that a tuple in a map key compares
// equal byte for byte. An element at an 8-byte boundary is written as a
// value of its own (its padding spills into bytes a later element or the
// gaps overwrite); one that is not goes through an aligned temporary.

// storeTuple writes the tuple e at dst laid out as dt, which has e's shape
// but may be wider: dt.Size bytes, its gaps zeroed.
func (g *gen) storeTuple(elems []lang.Expr, dst loc, dt *lang.Type) {
	offs := dt.ElemOffsets()
	for i, x := range elems {
		g.storeElem(x, dst.plus(offs[i]), dt.Elems[i])
	}
	g.zeroGaps(dst, dt)
}

// storeElem writes x as a tuple element of type et at dst.
func (g *gen) storeElem(x lang.Expr, dst loc, et *lang.Type) {
	switch {
	case et.Kind == lang.Int:
		if k, ok := g.intConst(x); ok {
			// Its low et.Size bytes, as the store of a register would.
			if et.Size == 8 {
				g.emit(storeImm64(dst.base, dst.off, k))
			} else {
				g.emit(asm.StoreImm(dst.base, dst.off, k, loadSizes[et.Size]))
			}
			return
		}
		v := g.intExpr(x)
		r := g.load(v, asm.R0)
		g.emit(asm.StoreMem(dst.base, dst.off, r, loadSizes[et.Size]))
		g.release(v)
	case et.Kind == lang.Tuple && tupleElems(x) != nil:
		g.storeTuple(tupleElems(x), dst, et)
	case dst.off&7 == 0:
		g.store(x, dst, et)
	default:
		tmp := g.temp(et, x.Position())
		g.store(x, tmp, et)
		g.copyMem(dst, tmp, et.ElemSize())
	}
}

// tupleElems are the elements of a tuple or record written out, nil for
// any other expression.
func tupleElems(e lang.Expr) []lang.Expr {
	switch e := e.(type) {
	case *lang.TupleExpr:
		return e.Elems
	case *lang.RecordExpr:
		return e.Elems
	}
	return nil
}

// convertElem copies a tuple element of type st at src to dst as a tuple
// element of type dt, exactly dt.ElemSize() bytes: an integer narrowed or
// widened, a string truncated (still NUL-terminated) or NUL-padded, a
// tuple element by element.
func (g *gen) convertElem(dst loc, dt *lang.Type, src loc, st *lang.Type) {
	switch {
	case dt.IsInteger():
		g.emit(asm.LoadMem(asm.R0, src.base, src.off, loadSizes[st.ElemSize()]))
		if st.Kind == lang.Int && st.Signed {
			g.normalize(asm.R0, st.Size, true)
		}
		g.emit(asm.StoreMem(dst.base, dst.off, asm.R0, loadSizes[dt.ElemSize()]))
	case dt.Kind == lang.String:
		n := min(dt.Size, st.Size)
		g.copyMem(dst, src, n)
		g.zero(dst.plus(n), dt.Size-n)
		if st.Size > dt.Size {
			g.emit(asm.StoreImm(dst.base, dst.off+int16(dt.Size-1), 0, asm.Byte))
		}
	case dt.Kind == lang.Tuple:
		doffs, soffs := dt.ElemOffsets(), st.ElemOffsets()
		for i := range dt.Elems {
			g.convertElem(dst.plus(doffs[i]), dt.Elems[i], src.plus(soffs[i]), st.Elems[i])
		}
		g.zeroGaps(dst, dt)
	default:
		g.copyMem(dst, src, dt.ElemSize())
	}
}

// zeroGaps zeroes the bytes of a tuple of type t at dst that no element
// holds: alignment padding between elements and at the end.
func (g *gen) zeroGaps(dst loc, t *lang.Type) {
	end := 0
	for i, off := range t.ElemOffsets() {
		g.zero(dst.plus(end), off-end)
		end = off + t.Elems[i].ElemSize()
	}
	g.zero(dst.plus(end), t.Size-end)
}

// loadTupleElem loads the integer element i of the tuple of type t stored
// at src into r, extended to 64 bits as its type says.
func (g *gen) loadTupleElem(r asm.Register, src loc, t *lang.Type, i int) {
	et := t.Elems[i]
	at := src.plus(t.ElemOffsets()[i])
	g.emit(asm.LoadMem(r, at.base, at.off, loadSizes[et.ElemSize()]))
	if et.Kind == lang.Int && et.Signed {
		g.normalize(r, et.Size, true)
	}
}

// tupleAt finds where the tuple (or record, or element of one) x already
// lies in memory as a value of x's own layout: a variable, or an element
// of one. Reading its elements there spares copying the whole tuple to a
// temporary first.
func (g *gen) tupleAt(x lang.Expr) (loc, bool) {
	l, t, ok := g.storedAt(x)
	return l, ok && sameLayout(t, g.typeOf(x))
}

// storedAt is where x lies as a variable or an element of one, and the
// type it is stored as there.
func (g *gen) storedAt(x lang.Expr) (loc, *lang.Type, bool) {
	i := -1
	var inner lang.Expr
	switch e := x.(type) {
	case *lang.VarExpr:
		v := g.c.info.Vars[e]
		if v == nil {
			return loc{}, nil, false
		}
		l, ok := g.vars[v]
		return l, v.Type, ok
	case *lang.TupleIndexExpr:
		inner, i = e.X, e.Index
	case *lang.IndexExpr:
		if n, ok := g.c.info.TupleIndexes[e]; ok {
			inner, i = e.X, n
		}
	case *lang.FieldExpr:
		if n, ok := g.c.info.RecordFields[e]; ok {
			inner, i = e.X, n
		}
	}
	if inner == nil {
		return loc{}, nil, false
	}
	l, t, ok := g.storedAt(inner)
	if !ok || t.Kind != lang.Tuple || i >= len(t.Elems) {
		return loc{}, nil, false
	}
	return l.plus(t.ElemOffsets()[i]), t.Elems[i], true
}

// sameLayout reports whether a value of type a is, byte for byte, the
// same value of type b: the same kind, sizes, signedness and element
// offsets.
func sameLayout(a, b *lang.Type) bool {
	if a == b {
		return true
	}
	if a == nil || b == nil || a.Kind != b.Kind || a.Size != b.Size || a.StorageSize() != b.StorageSize() {
		return false
	}
	switch a.Kind {
	case lang.Int:
		return a.Signed == b.Signed
	case lang.Array, lang.Record, lang.Struct, lang.Agg, lang.Void:
		return false
	case lang.Tuple:
		if len(a.Elems) != len(b.Elems) {
			return false
		}
		ao, bo := a.ElemOffsets(), b.ElemOffsets()
		for i := range a.Elems {
			if ao[i] != bo[i] || !sameLayout(a.Elems[i], b.Elems[i]) {
				return false
			}
		}
		return true
	}
	return true // bytes of their size, copied as they are
}
