package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// Reads of memory. Struct walks are resolved by the checker into (base
// pointer, constant offset) pairs; the pointer is read with
// bpf_probe_read_kernel, or bpf_probe_read_user when the checker found the
// address to be in user space (lang.Type.User), which turn a bad address
// into zeroes instead of a fault.

// kernelAddr evaluates where a value in kernel memory lives: a base
// address in a new value plus a constant offset. It handles p->m, s.m,
// *p, p[i] and a[i] on an array member.
func (g *gen) kernelAddr(e lang.Expr) (*val, int) {
	switch e := e.(type) {
	case *lang.FieldExpr:
		acc := g.c.info.Members[e]
		if e.Arrow {
			return g.intExpr(e.X), acc.Offset
		}
		base, off := g.kernelAddr(e.X)
		return base, off + acc.Offset
	case *lang.UnaryExpr: // *p
		return g.intExpr(e.X), 0
	case *lang.IndexExpr:
		size := g.c.info.Offsets[e]
		var base *val
		var off int
		if g.typeOf(e.X).Kind == lang.Pointer {
			base = g.intExpr(e.X)
		} else {
			base, off = g.kernelAddr(e.X)
		}
		if k, ok := g.c.info.Consts[e.Index]; ok {
			return base, off + int(int64(k.Int))*size
		}
		idx := g.intExpr(e.Index)
		ri, rb := g.load(idx, asm.R1), g.load(base, asm.R2)
		g.emit(asm.Mul.Imm(ri, int32(size)), asm.Add.Reg(rb, ri))
		g.set(base, rb)
		g.release(idx)
		return base, off
	}
	g.errorf(e.Position(), "cannot compute the address of this expression")
	return g.constVal(0), 0
}

// inMemory reports whether e designates a value in kernel or user memory
// (as opposed to a tracepoint record field or a computed value).
func (g *gen) inMemory(e lang.Expr) bool {
	switch e := e.(type) {
	case *lang.FieldExpr:
		return g.c.info.Members[e] != nil
	case *lang.UnaryExpr:
		return e.Op == "*"
	case *lang.IndexExpr:
		return g.typeOf(e.X).Kind == lang.Pointer || g.inMemory(e.X)
	}
	return false
}

// inUserMemory reports whether the value e designates in memory (see
// inMemory) is in user space: reached through a pointer that points
// there.
func (g *gen) inUserMemory(e lang.Expr) bool {
	switch e := e.(type) {
	case *lang.FieldExpr:
		if e.Arrow {
			return g.typeOf(e.X).User
		}
		return g.inUserMemory(e.X)
	case *lang.UnaryExpr:
		return g.typeOf(e.X).User
	case *lang.IndexExpr:
		if g.typeOf(e.X).Kind == lang.Pointer {
			return g.typeOf(e.X).User
		}
		return g.inUserMemory(e.X)
	}
	return false
}

// readHelper is the helper that reads the memory e designates: user or
// kernel, a string or not.
func (g *gen) readHelper(e lang.Expr, str bool) asm.BuiltinFunc {
	switch user := g.inUserMemory(e); {
	case user && str:
		return asm.FnProbeReadUserStr
	case user:
		return asm.FnProbeReadUser
	case str:
		return asm.FnProbeReadKernelStr
	}
	return asm.FnProbeReadKernel
}

// readMemoryInt reads an integer or pointer member, element or pointee:
// with a direct load through a pointer the verifier types from BTF, else
// with bpf_probe_read_kernel or bpf_probe_read_user.
func (g *gen) readMemoryInt(e lang.Expr) *val {
	if v, ok := g.readDirect(e); ok {
		return v
	}
	t := g.typeOf(e)
	size := t.Size
	if t.Kind == lang.Pointer {
		size = 8
	}
	bitOff, bits := 0, 0
	if f, ok := e.(*lang.FieldExpr); ok {
		acc := g.c.info.Members[f]
		size, bitOff, bits = acc.Size, acc.BitOffset, acc.BitSize
	}
	base := g.kernelAddrR3(e)
	tmp := loc{asm.RFP, g.allocStack(8, e.Position())}
	// Zeroed first though the helper writes what it is asked for (or
	// zeroes): the store tells the verifier the slot is written on every
	// path, so states that reach here with different things in it prune;
	// after the helper's write alone they do not (6.18: sk_data_ready 91
	// more instructions processed). A read of a load's size is loaded
	// with that size, which zero-extends it: an unsigned one needs no
	// masking after.
	g.emit(storeImm64(tmp.base, tmp.off, 0))
	sized, exact := loadSizes[size]
	if !exact {
		sized = asm.DWord
	}
	g.addr(asm.R1, tmp)
	g.emit(asm.Mov.Imm(asm.R2, int32(size)))
	g.call(g.readHelper(e, false))
	r := g.load(base, asm.R0)
	g.emit(asm.LoadMem(r, tmp.base, tmp.off, sized))
	if bits > 0 {
		if bitOff > 0 {
			g.emit(asm.RSh.Imm(r, int32(bitOff)))
		}
		g.normalizeBits(r, bits, t.Signed)
	} else if t.Kind == lang.Int && (t.Signed || !exact) {
		g.normalize(r, size, t.Signed)
	}
	g.set(base, r)
	return base
}

// kernelAddrR3 leaves the kernel address of e in R3, the source argument
// of the probe-read helpers, and returns the value that held its base,
// for the caller to reuse or release.
func (g *gen) kernelAddrR3(e lang.Expr) *val {
	base, off := g.kernelAddr(e)
	if rb := g.load(base, asm.R3); rb != asm.R3 {
		g.emit(asm.Mov.Reg(asm.R3, rb))
	}
	if off != 0 {
		g.emit(asm.Add.Imm(asm.R3, int32(off)))
	}
	return base
}

// normalizeBits keeps the low bits of r, sign-extending when signed.
func (g *gen) normalizeBits(r asm.Register, bits int, signed bool) {
	shift := int32(64 - bits)
	g.emit(asm.LSh.Imm(r, shift))
	if signed {
		g.emit(asm.ArSh.Imm(r, shift))
	} else {
		g.emit(asm.RSh.Imm(r, shift))
	}
}

// readMemoryString reads a char array in kernel or user memory into dst,
// zeroed first with pad.
func (g *gen) readMemoryString(e lang.Expr, dst loc, dt *lang.Type, pad bool) {
	g.release(g.kernelAddrR3(e))
	if pad {
		g.zero(dst, dt.StorageSize())
	}
	g.addr(asm.R1, dst)
	g.emit(asm.Mov.Imm(asm.R2, int32(min(dt.Size, g.typeOf(e).Size))))
	g.call(g.readHelper(e, true))
}

// readMemoryStruct reads a struct or array in kernel or user memory,
// kept as the record or tuple rec of its members (the checker made sure
// rec's layout is the memory's), into a temporary, then converts it into
// dst as dt, padding zeroed, so that keys compare bytewise.
func (g *gen) readMemoryStruct(e lang.Expr, dst loc, dt *lang.Type) {
	rec := g.c.info.StructValues[e]
	if rec == nil {
		g.errorf(e.Position(), "no record for this struct")
		return
	}
	tmp := g.temp(rec, e.Position())
	g.release(g.kernelAddrR3(e))
	g.addr(asm.R1, tmp)
	g.emit(asm.Mov.Imm(asm.R2, int32(rec.Size)))
	g.call(g.readHelper(e, false))
	g.convertElem(dst, dt, tmp, rec)
	g.zero(dst.plus(dt.Size), dt.StorageSize()-dt.Size)
}

// containerOf emits container_of(ptr, T, member): ptr minus the member's
// offset.
func (g *gen) containerOf(e *lang.CallExpr) *val {
	v := g.intExpr(e.Args[0])
	if off := g.c.info.Offsets[e]; off != 0 {
		r := g.load(v, asm.R0)
		g.emit(asm.Sub.Imm(r, int32(off)))
		g.set(v, r)
	}
	return v
}

// pointerArith emits p + n, p - n (n scaled by the element size) and
// p - q (divided by it).
func (g *gen) pointerArith(e *lang.BinaryExpr, size int) *val {
	xt := g.typeOf(e.X)
	x, y := g.intExpr(e.X), g.intExpr(e.Y)
	rx, ry := g.load(x, asm.R1), g.load(y, asm.R2)
	switch {
	case xt.Kind == lang.Pointer && g.typeOf(e.Y).Kind == lang.Pointer:
		g.emit(asm.Sub.Reg(rx, ry))
		if size > 1 {
			g.emit(asm.Mov.Imm(asm.R2, int32(size)))
			g.signedDiv(rx, asm.R2, false)
		}
	case xt.Kind == lang.Pointer:
		if size > 1 {
			g.emit(asm.Mul.Imm(ry, int32(size)))
		}
		if e.Op == "+" {
			g.emit(asm.Add.Reg(rx, ry))
		} else {
			g.emit(asm.Sub.Reg(rx, ry))
		}
	default: // n + p
		if size > 1 {
			g.emit(asm.Mul.Imm(rx, int32(size)))
		}
		g.emit(asm.Add.Reg(rx, ry))
	}
	g.set(x, rx)
	g.release(y)
	return x
}

// storeInet writes ntop's value: the address family as a 64-bit word, then
// 16 bytes of address (an IPv4 address in the first 4).
func (g *gen) storeInet(e *lang.CallExpr, dst loc) {
	addr := e.Args[len(e.Args)-1]
	at := g.typeOf(addr)
	n := 4
	if at.Size == 16 {
		n = 16
	}
	if n == 4 {
		// The family word and, for IPv6, the address overwrite the rest
		// (probe_read_kernel zeroes what it fails to read).
		g.zero(dst.plus(8), 16)
	}
	if len(e.Args) == 2 {
		af := g.intExpr(e.Args[0])
		r := g.load(af, asm.R0)
		g.emit(asm.StoreMem(dst.base, dst.off, r, asm.DWord))
		g.release(af)
	} else {
		family := int64(2) // AF_INET
		if n == 16 {
			family = 10 // AF_INET6
		}
		g.emit(storeImm64(dst.base, dst.off, family))
	}
	switch k := g.c.info.Consts[addr]; {
	case k.Bytes != nil: // pton()
		g.storeBytes(dst.plus(8), append(append(make([]byte, 0, 24), k.Bytes...), make([]byte, 24-len(k.Bytes))...), 16)
	case at.Kind == lang.Int:
		v := g.intExpr(addr)
		r := g.load(v, asm.R0)
		g.emit(asm.StoreMem(dst.base, dst.off+8, r, asm.Word))
		g.release(v)
	case g.inMemory(addr):
		g.release(g.kernelAddrR3(addr))
		g.addr(asm.R1, dst.plus(8))
		g.emit(asm.Mov.Imm(asm.R2, int32(n)))
		g.call(g.readHelper(addr, false))
	default: // an array field of a tracepoint record
		f, _, extra := g.field(addr)
		g.emit(asm.Mov.Reg(asm.R3, ctxReg), asm.Add.Imm(asm.R3, int32(f.Offset+extra)))
		g.addr(asm.R1, dst.plus(8))
		g.emit(asm.Mov.Imm(asm.R2, int32(n)))
		g.call(asm.FnProbeReadKernel)
	}
}

// btfTypedCtx reports whether this program's context holds BTF-typed
// arguments (tp_btf, fentry, fexit): the verifier then tracks a pointer
// argument as a pointer into kernel memory of its BTF type, which may be
// read with direct loads instead of a helper call.
func (g *gen) btfTypedCtx() bool {
	if g.target.Kind.Info().Context == lang.RawTracepointSlots {
		return true
	}
	a := g.prog.Attach
	return a != nil && (a.Mechanism == Fentry || a.Mechanism == Fexit)
}

// trustedPointer reports whether e's value is a pointer the verifier types
// from BTF (PTR_TO_BTF_ID) as ntrace types it: an argument of a BTF-typed
// context, or a cast of one to its own type. Casts to other types,
// arithmetic, container_of and variables are not: their reads go through
// bpf_probe_read_kernel.
func (g *gen) trustedPointer(e lang.Expr) bool {
	t := g.typeOf(e)
	if t == nil || t.Kind != lang.Pointer || t.Target == nil || t.User || !g.btfTypedCtx() {
		return false
	}
	switch e := e.(type) {
	case *lang.FieldExpr:
		// args->name only. A pointer loaded from a member is typed from
		// BTF too, but 6.1's verifier resolves members through some of
		// them (sk_buff's sk, in a union) to the wrong type and refuses
		// the program; those reads use the helper.
		xt := g.typeOf(e.X)
		return xt != nil && xt.Kind == lang.Record
	case *lang.Ident:
		return len(e.Name) > 3 && e.Name[:3] == "arg"
	case *lang.CastExpr:
		xt := g.typeOf(e.X)
		return xt != nil && xt.Kind == lang.Pointer && xt.Target == t.Target && g.trustedPointer(e.X)
	}
	return false
}

// directRoot finds the -> at the root of a member chain such as
// p->a.b.c, when every step is a whole, power-of-two sized member that a
// direct load may read, and the chain's offset from p.
func (g *gen) directRoot(e *lang.FieldExpr) (root *lang.FieldExpr, off int, ok bool) {
	for {
		acc := g.c.info.Members[e]
		if acc == nil || acc.BitSize != 0 {
			return nil, 0, false
		}
		off += acc.Offset
		if e.Arrow {
			return e, off, true
		}
		x, ok := e.X.(*lang.FieldExpr)
		if !ok {
			return nil, 0, false
		}
		e = x
	}
}

// readDirect reads an integer member through a trusted pointer with one
// load. It reports false when the member cannot be read so. Pointer
// members are read with the helper: a pointer loaded directly is one the
// verifier may track as maybe-NULL or RCU-protected, and it refuses the
// arithmetic a further member read does on it.
func (g *gen) readDirect(e lang.Expr) (*val, bool) {
	f, ok := e.(*lang.FieldExpr)
	if !ok || g.c.info.Members[f] == nil || g.typeOf(e).Kind != lang.Int {
		return nil, false
	}
	acc := g.c.info.Members[f]
	size, ok := loadSizes[acc.Size]
	if !ok || acc.BitSize != 0 {
		return nil, false
	}
	// A misaligned member (of a packed struct) is left to the helper
	// before any code is emitted for the pointer, which it walks itself.
	root, off, ok := g.directRoot(f)
	if !ok || off%acc.Size != 0 || !g.trustedPointer(root.X) {
		return nil, false
	}
	g.btfCtx = true
	base, _ := g.kernelAddr(e)
	// A NULL pointer reads as 0, as through bpf_probe_read_kernel; the
	// check also tells the verifier that a pointer it tracks as maybe-NULL
	// (an RCU pointer member) is not.
	null := g.label()
	r := g.load(base, asm.R0)
	g.emit(
		asm.JEq.Imm(r, 0, null),
		asm.LoadMem(r, r, int16(off), size),
	)
	if t := g.typeOf(e); t.Kind == lang.Int {
		g.normalize(r, acc.Size, t.Signed)
	}
	g.place(null)
	g.set(base, r)
	return base, true
}
