package codegen

import (
	"encoding/binary"

	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// store evaluates e and writes it at dst laid out as type dt, which has
// e's shape but may be wider (a longer string, a tuple of longer strings).
// Every byte of dt's storage is written, so keys compare equal bytewise.
func (g *gen) store(e lang.Expr, dst loc, dt *lang.Type) {
	et := g.typeOf(e)
	if (et.Kind == lang.Struct || et.Kind == lang.Array) && dt.Kind == lang.Tuple {
		g.readMemoryStruct(e, dst, dt)
		return
	}
	if et.IsInteger() {
		if k, ok := g.intConst(e); ok && (dt.Kind != lang.Int || holds(dt, et)) {
			g.emit(storeImm64(dst.base, dst.off, k)) // no register to hold it first
			return
		}
		v := g.intExpr(e)
		r := g.load(v, asm.R0)
		if dt.Kind == lang.Int && !holds(dt, et) {
			// A variable that also holds other values: keep the
			// word as a value of its own type reads.
			g.normalize(r, dt.Size, dt.Signed)
		} else {
			r = g.unmove(r)
		}
		g.emit(asm.StoreMem(dst.base, dst.off, r, asm.DWord))
		g.release(v)
		return
	}
	if k, ok := g.c.info.Consts[e]; ok && k.IsString {
		g.storeLiteral(dst, k.Str, dt.StorageSize())
		return
	}
	if g.storeResolved(e, dst, dt) {
		return
	}
	switch e := e.(type) {
	case *lang.TupleExpr:
		g.storeTuple(e.Elems, dst, dt)
		g.zero(dst.plus(dt.Size), dt.StorageSize()-dt.Size)
		return
	case *lang.RecordExpr:
		g.storeTuple(e.Elems, dst, dt)
		g.zero(dst.plus(dt.Size), dt.StorageSize()-dt.Size)
		return
	case *lang.BlockExpr:
		for _, s := range e.Stmts {
			g.stmt(s)
		}
		g.store(e.Value, dst, dt)
		return
	case *lang.VarExpr:
		v := g.c.info.Vars[e]
		g.convert(dst, dt, g.vars[v], v.Type)
		return
	case *lang.MapExpr:
		g.mapReadMem(e, dst, dt)
		return
	case *lang.TupleIndexExpr:
		g.storeTupleElem(e.X, e.Index, e.Pos, dst, dt)
		return
	case *lang.TernaryExpr:
		elseL, end := g.label(), g.label()
		g.jumpIfFalse(e.Cond, elseL)
		g.store(e.Then, dst, dt)
		g.emit(asm.Ja.Label(end))
		g.place(elseL)
		g.store(e.Else, dst, dt)
		g.place(end)
		return
	case *lang.Ident:
		if et.Kind == lang.Stack {
			g.storeStack(et.Stack, dst)
			return
		}
		g.builtinString(e, dst, dt)
		return
	case *lang.FieldExpr, *lang.UnaryExpr, *lang.IndexExpr:
		if f, ok := e.(*lang.FieldExpr); ok {
			if i, ok := g.c.info.RecordFields[f]; ok {
				g.storeTupleElem(f.X, i, f.Pos, dst, dt)
				return
			}
		}
		if ie, ok := e.(*lang.IndexExpr); ok {
			if i, ok := g.c.info.TupleIndexes[ie]; ok {
				g.storeTupleElem(ie.X, i, ie.Pos, dst, dt)
				return
			}
		}
		if g.readString(e, dst, dt, true) {
			return
		}
	case *lang.CallExpr:
		switch e.Name {
		case "str":
			if !g.readString(e, dst, dt, true) {
				g.store(e.Args[0], dst, dt)
			}
			return
		case "ntop":
			g.storeInet(e, dst)
			return
		case "kstack", "ustack":
			g.storeStack(et.Stack, dst)
			return
		case "ksym":
			v := g.intExpr(e.Args[0])
			r := g.load(v, asm.R0)
			g.emit(asm.StoreMem(dst.base, dst.off, r, asm.DWord))
			g.release(v)
			return
		}
	}
	g.errorf(e.Position(), "cannot compile this %s expression", et)
}

// intConst is the integer constant e is, when it is one that a store's
// 32-bit immediate holds (sign-extended to the 64-bit word e is).
func (g *gen) intConst(e lang.Expr) (int64, bool) {
	k, ok := g.c.info.Consts[e]
	if !ok || k.IsString || k.Bytes != nil || int64(k.Int) < -1<<31 || int64(k.Int) >= 1<<31 {
		return 0, false
	}
	return int64(k.Int), true
}

// storeTupleElem stores element i of the tuple (or record) x at dst as
// type dt.
func (g *gen) storeTupleElem(x lang.Expr, i int, at lang.Pos, dst loc, dt *lang.Type) {
	tt := g.typeOf(x)
	src, ok := g.tupleAt(x)
	if !ok {
		src = g.temp(tt, at)
		g.store(x, src, tt)
	}
	g.convertElem(dst, dt, src.plus(tt.ElemOffsets()[i]), tt.Elems[i])
	g.zero(dst.plus(dt.ElemSize()), dt.StorageSize()-dt.ElemSize())
}

// readString stores at dst a string that e reads from memory (kernel
// memory, a tracepoint record, str() of an address) and reports whether e
// is one. With pad, dst is zeroed first, so that the bytes after the
// string are too, as keys and stored values need; a comparison's
// temporary, never read past its first NUL, does without.
func (g *gen) readString(e lang.Expr, dst loc, dt *lang.Type, pad bool) bool {
	if g.typeOf(e).Kind != lang.String {
		return false
	}
	switch e := e.(type) {
	case *lang.FieldExpr, *lang.UnaryExpr, *lang.IndexExpr:
		if g.inMemory(e) {
			g.readMemoryString(e, dst, dt, pad)
			return true
		}
		if f, ok := e.(*lang.FieldExpr); ok {
			g.argString(f, dst, dt, pad)
			return true
		}
	case *lang.CallExpr:
		if e.Name == "str" && g.typeOf(e.Args[0]).Kind != lang.String {
			g.str(e, dst, dt, pad)
			return true
		}
	}
	return false
}

// storeCompared stores the string e at dst for a comparison: read from
// memory without zeroing dst first, other strings as store writes them.
func (g *gen) storeCompared(e lang.Expr, dst loc, dt *lang.Type) {
	if k, ok := g.c.info.Consts[e]; ok && k.IsString {
		g.store(e, dst, dt) // a constant: str($1), str() of a parameter not given
		return
	}
	if c, ok := e.(*lang.CallExpr); ok && c.Name == "str" && g.typeOf(c.Args[0]).Kind == lang.String {
		g.storeCompared(c.Args[0], dst, dt) // str() of a string is that string
		return
	}
	if !g.readString(e, dst, dt, false) {
		g.store(e, dst, dt)
	}
}

// holds reports whether every value of type src, as a 64-bit word zero-
// or sign-extended from its type, already reads as the same value of the
// integer type dst.
func holds(dst, src *lang.Type) bool {
	switch {
	case dst.Size >= 8:
		return true
	case src.Kind != lang.Int:
		return false
	case src.Signed == dst.Signed:
		return src.Size <= dst.Size
	}
	return !src.Signed && src.Size < dst.Size
}

// storeLiteral writes s, NUL-padded to size bytes, at dst.
func (g *gen) storeLiteral(dst loc, s string, size int) {
	buf := make([]byte, size+8)
	copy(buf, s)
	if len(s) >= size {
		buf[size-1] = 0
	}
	g.storeBytes(dst, buf, size)
}

// storeBytes writes the first size bytes of buf (which has 8 more) at dst.
func (g *gen) storeBytes(dst loc, buf []byte, size int) {
	for i := 0; i < size; {
		at := dst.off + int16(i)
		w := accessWidth(size-i, int(at))
		word := binary.LittleEndian.Uint64(buf[i:])
		switch {
		case w < 8:
			word &= 1<<(8*w) - 1
			g.emit(asm.StoreImm(dst.base, at, int64(int32(uint32(word))), loadSizes[w]))
		case int64(word) >= -1<<31 && int64(word) < 1<<31:
			g.emit(storeImm64(dst.base, at, int64(word)))
		default:
			g.emit(
				asm.LoadImm(asm.R0, int64(word), asm.DWord),
				asm.StoreMem(dst.base, at, asm.R0, asm.DWord),
			)
		}
		i += w
	}
}

// convert copies a stored value of type st at src to dst laid out as dt.
func (g *gen) convert(dst loc, dt *lang.Type, src loc, st *lang.Type) {
	if dt.Kind == lang.Tuple {
		g.convertElem(dst, dt, src, st)
		g.zero(dst.plus(dt.Size), dt.StorageSize()-dt.Size)
		return
	}
	n := min(dt.StorageSize(), st.StorageSize())
	g.copyMem(dst, src, n)
	g.zero(dst.plus(n), dt.StorageSize()-n)
	if dt.Kind == lang.String && st.Size > dt.Size {
		// Truncated: keep it NUL-terminated.
		g.emit(asm.StoreImm(dst.base, dst.off+int16(dt.Size-1), 0, asm.Byte))
	}
}

// str emits str(ptr[, len]) of an address: read a NUL-terminated string
// from memory, into a zeroed dst with pad; len bytes at most, and the NUL. A user-space address is read
// with the user-memory helper; any other with the helper that reads both
// where user and kernel addresses do not overlap (x86), as bpftrace reads
// an address of no known origin.
func (g *gen) str(e *lang.CallExpr, dst loc, dt *lang.Type, pad bool) {
	helper := asm.FnProbeReadStr
	switch at := g.typeOf(e.Args[0]); {
	case at.User:
		helper = asm.FnProbeReadUserStr
	case at.Kernel:
		helper = asm.FnProbeReadKernelStr // kptr()
	}
	size := int32(min(g.typeOf(e).Size, dt.Size))
	// At most n bytes and the NUL (n = -1 reads nothing), as bpftrace.
	n := g.runtimeLength(e, 1, size)
	v := g.intExpr(e.Args[0])
	r := g.load(v, asm.R3)
	if r != asm.R3 {
		g.emit(asm.Mov.Reg(asm.R3, r))
	}
	g.release(v)
	if pad {
		g.zero(dst, dt.StorageSize())
	}
	g.addr(asm.R1, dst)
	if n != nil {
		if r := g.load(n, asm.R2); r != asm.R2 {
			g.emit(asm.Mov.Reg(asm.R2, r))
		}
		g.release(n)
	} else {
		g.emit(asm.Mov.Imm(asm.R2, size))
	}
	g.call(helper)
}
