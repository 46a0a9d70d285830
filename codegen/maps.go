package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// BPF_NOEXIST: create the element only if it does not exist yet.
const bpfNoExist = 1

// buildKey writes the map key for the given key expressions on the stack.
// For hist and lhist maps the bucket index is filled in later at
// m.BucketOff.
func (g *gen) buildKey(m *Map, keys []lang.Expr) loc {
	at := lang.Pos{}
	if len(keys) > 0 {
		at = keys[0].Position()
	}
	if len(keys) == 1 && len(m.Keys) > 1 && g.typeOf(keys[0]).Kind == lang.Tuple {
		return g.keyFrom(m, keys[0]) // a tuple, one element a key
	}
	if l, ok := g.varInPlace(keys, m); ok {
		return l
	}
	key := g.allocTemp(m.KeySize, at)
	if len(keys) == 0 && !m.Bucketed() {
		// Slot 0 of an array, or key 0 of a one-element hash.
		g.emit(storeImm64(key.base, key.off, 0))
		return key
	}
	for i, k := range keys {
		g.store(k, key.plus(m.Keys[i].Offset), m.Keys[i].Type)
	}
	return key
}

// varInPlace finds the key of m that keys give already written, byte for
// byte as the key would be, in variables: one that is the whole key, or
// ones (or a tuple's elements) that lie one after another as the key's
// parts do (@q[$t.0, $t.1], @q[$a, $b] for $a and $b side by side). A
// lookup, update or delete may then point at them, the helpers reading
// the key without changing it. Not for an aggregation, whose key may
// gain a bucket.
func (g *gen) varInPlace(keys []lang.Expr, m *Map) (loc, bool) {
	if len(keys) == 0 || len(keys) != len(m.Keys) || m.Info.Value.Kind == lang.Agg {
		return loc{}, false
	}
	var start loc
	end := 0
	for i, k := range keys {
		slot := m.Keys[i]
		l, ok := g.valueInPlace(k, slot.Type, slot.Type.StorageSize())
		if !ok || slot.Offset != end || i > 0 && (l.base != start.base || int(l.off) != int(start.off)+slot.Offset) {
			return loc{}, false
		}
		if i == 0 {
			start = l
		}
		end = slot.Offset + slot.Type.StorageSize()
	}
	return start, end == m.KeySize
}

// valueInPlace finds the value of e, stored as type dt in size bytes,
// already written so in a variable (or a tuple element of one): where
// store(e, dst, dt) would write the same size bytes.
func (g *gen) valueInPlace(e lang.Expr, dt *lang.Type, size int) (loc, bool) {
	l, st, ok := g.storedAt(e)
	if !ok || size != dt.StorageSize() || l.off&7 != 0 {
		return loc{}, false
	}
	// A variable takes its type's whole storage; a tuple's element
	// only its own bytes, which may be fewer (the next element follows).
	have := st.StorageSize()
	if _, isVar := e.(*lang.VarExpr); !isVar {
		have = st.ElemSize()
	}
	et := g.typeOf(e)
	switch {
	case have != size || !sameLayout(st, et):
		return loc{}, false
	case dt.IsInteger() && st.IsInteger():
		// A 64-bit word, as an integer key or value is; store would
		// narrow it only to a type that does not hold it.
		return l, dt.Kind != lang.Int || holds(dt, et)
	case dt.IsInteger() || st.IsInteger():
		return loc{}, false
	}
	return l, sameLayout(st, dt)
}

// assigns reports whether evaluating any of es may change a variable:
// a ++ or -- of one, or statements inside an expression.
func assigns(es ...lang.Expr) bool {
	found := false
	for _, e := range es {
		lang.Inspect(e, func(n lang.Node) bool {
			switch n.(type) {
			case *lang.IncDecExpr, *lang.BlockExpr:
				found = true
			}
			return !found
		})
	}
	return found
}

// Bucketed reports whether m holds a hist or lhist, whose buckets are
// keys of their own in the kernel's map.
func (m *Map) Bucketed() bool {
	agg := m.Info.Value.Agg
	return m.Info.Value.Kind == lang.Agg && (agg == lang.Hist || agg == lang.Lhist)
}

// lookup leaves a pointer to m[key] (or NULL) in R0.
func (g *gen) lookup(m *Map, key loc) {
	g.mapPtr(asm.R1, m.Spec.Name)
	g.addr(asm.R2, key)
	g.call(asm.FnMapLookupElem)
}

// update calls map_update_elem(m, key, value, flags); R0 is 0 on success.
func (g *gen) update(m *Map, key, value loc, flags int32) {
	g.mapPtr(asm.R1, m.Spec.Name)
	g.addr(asm.R2, key)
	g.addr(asm.R3, value)
	g.emit(asm.Mov.Imm(asm.R4, flags))
	g.call(asm.FnMapUpdateElem)
}

// mapReadInt reads an integer map value; a missing key reads as 0.
func (g *gen) mapReadInt(e *lang.MapExpr) *val {
	m := g.c.useMap(e.Name)
	if m.Info.Value.Kind == lang.Agg {
		return g.mapReadAgg(m, e)
	}
	key := g.buildKey(m, e.Keys)
	g.lookup(m, key)
	v := g.newVal()
	r := g.load(v, asm.R1)
	missing := g.label()
	g.emit(asm.Mov.Imm(r, 0), asm.JEq.Imm(asm.R0, 0, missing), asm.LoadMem(r, asm.R0, 0, asm.DWord))
	g.place(missing)
	g.set(v, r)
	return v
}

// mapReadElemInt reads the integer element i of the tuple map value e,
// of type tt, where the lookup finds it, rather than copying the whole
// value first; a missing key reads as 0. It reports false, emitting
// nothing, for a map whose value is not laid out as tt.
func (g *gen) mapReadElemInt(e *lang.MapExpr, tt *lang.Type, i int) (*val, bool) {
	m := g.c.useMap(e.Name)
	if m.Info.Value.Kind == lang.Agg || !sameLayout(m.Info.Value, tt) {
		return nil, false
	}
	key := g.buildKey(m, e.Keys)
	g.lookup(m, key)
	v := g.newVal()
	r := g.load(v, asm.R1)
	missing := g.label()
	g.emit(asm.Mov.Imm(r, 0), asm.JEq.Imm(asm.R0, 0, missing))
	g.loadTupleElem(r, loc{asm.R0, 0}, tt, i)
	g.place(missing)
	g.set(v, r)
	return v, true
}

// mapReadMem copies a string or tuple map value to dst; a missing key reads
// as zeroes.
func (g *gen) mapReadMem(e *lang.MapExpr, dst loc, dt *lang.Type) {
	m := g.c.useMap(e.Name)
	key := g.buildKey(m, e.Keys)
	g.lookup(m, key)
	found, end := g.label(), g.label()
	g.emit(asm.JNE.Imm(asm.R0, 0, found))
	g.zero(dst, dt.StorageSize())
	g.emit(asm.Ja.Label(end))
	g.place(found)
	g.emit(asm.Mov.Reg(asm.R5, asm.R0))
	g.convert(dst, dt, loc{asm.R5, 0}, m.Info.Value) // convert copies through R0 only
	g.place(end)
}

// mapStore emits @m[k] = value.
func (g *gen) mapStore(m *Map, ref *lang.MapExpr, value lang.Expr) {
	vt := m.Info.Value
	// The variable itself, unless building the key changes it.
	v, ok := g.valueInPlace(value, vt, vt.StorageSize())
	if !ok || assigns(ref.Keys...) {
		v = g.allocTemp(vt.StorageSize(), ref.Pos)
		g.store(value, v, vt)
	}
	key := g.buildKey(m, ref.Keys)
	g.update(m, key, v, 0)
	stored := g.label()
	g.emit(asm.JEq.Imm(asm.R0, 0, stored))
	g.countDropped(m, asm.R0)
	g.place(stored)
}

// mapUpdateInt emits @m[k] op= value on an integer map. Addition and
// subtraction are atomic, since other CPUs update the same element.
func (g *gen) mapUpdateInt(m *Map, ref *lang.MapExpr, op string, x *val) {
	if op == "-" {
		r := g.load(x, asm.R0)
		g.emit(asm.Neg.Imm(r, 0))
		g.set(x, r)
		op = "+"
	}
	key := g.buildKey(m, ref.Keys)
	// apply updates the value R0 points at.
	apply := func() {
		if op == "+" {
			r := g.load(x, asm.R1)
			g.emit(asm.AddAtomic.Mem(asm.R0, r, asm.DWord, 0))
			return
		}
		ptr := g.newVal()
		g.set(ptr, asm.R0)
		cur := g.newVal()
		p, r := g.load(ptr, asm.R5), g.load(cur, asm.R1)
		g.emit(asm.LoadMem(r, p, 0, asm.DWord))
		g.set(cur, r)
		g.arith(op, cur, x)
		p, r = g.load(ptr, asm.R5), g.load(cur, asm.R1)
		g.emit(asm.StoreMem(p, 0, r, asm.DWord))
		g.release(cur)
		g.release(ptr)
	}
	g.upsert(m, key, apply, func() loc {
		slot := loc{asm.RFP, g.allocStack(8, ref.Pos)}
		if op == "+" { // 0 + value: store the value itself
			r := g.load(x, asm.R1)
			g.emit(asm.StoreMem(slot.base, slot.off, r, asm.DWord))
			return slot
		}
		// Missing: insert 0 op value.
		init := g.newVal()
		ri := g.load(init, asm.R1)
		g.emit(asm.Mov.Imm(ri, 0))
		g.set(init, ri)
		g.arith(op, init, x)
		ri = g.load(init, asm.R1)
		g.emit(asm.StoreMem(slot.base, slot.off, ri, asm.DWord))
		g.release(init)
		return slot
	})
	g.release(x)
}

// incDec emits ++x, --x, x++ or x-- used for its value: x's value after
// the change (prefix) or before it (postfix).
func (g *gen) incDec(e *lang.IncDecExpr) *val {
	switch t := e.Target.(type) {
	case *lang.VarExpr:
		// A variable is the probe's own: no other CPU sees it.
		var before *val
		if e.Post {
			before = g.intExpr(t)
		}
		g.compound(t, e.Op[:1]+"=", func() *val { return g.constVal(1) })
		if e.Post {
			return before
		}
		return g.intExpr(t)
	case *lang.MapExpr:
		delta := int64(1)
		if size := g.c.info.Offsets[t]; size > 1 {
			delta = int64(size) // a pointer moves by whole elements
		}
		if e.Op == "--" {
			delta = -delta
		}
		return g.mapFetchAdd(g.c.useMap(t.Name), t, delta, e.Post)
	}
	g.errorf(e.Pos, "cannot compile %s of this expression", e.Op)
	return g.constVal(0)
}

// mapFetchAdd adds delta to @m[k] and gives the value it had before (with
// post) or after. The addition and the read of the value it replaced are
// one atomic instruction (BPF_ATOMIC | BPF_FETCH, Linux 5.12) on the
// element, which upsert inserts first when it is missing (as delta, its
// value before 0), or finds inserted by another CPU meanwhile: so of CPUs
// adding to one element at once, each gets a value of its own. In a map
// declared per CPU, the element is this CPU's.
func (g *gen) mapFetchAdd(m *Map, ref *lang.MapExpr, delta int64, post bool) *val {
	key := g.buildKey(m, ref.Keys)
	before := loc{asm.RFP, g.allocStack(8, ref.Pos)}
	g.upsert(m, key, func() {
		g.movImm(asm.R1, uint64(delta))
		g.emit(
			fetchAdd(asm.R0, asm.R1),
			asm.StoreMem(before.base, before.off, asm.R1, asm.DWord),
		)
	}, func() loc {
		slot := loc{asm.RFP, g.allocStack(8, ref.Pos)}
		g.emit(storeImm64(slot.base, slot.off, delta), storeImm64(before.base, before.off, 0))
		return slot
	})
	v := g.newVal()
	r := g.load(v, asm.R0)
	g.emit(asm.LoadMem(r, before.base, before.off, asm.DWord))
	if !post {
		g.emit(asm.Add.Imm(r, int32(delta)))
	}
	g.set(v, r)
	return v
}

// fetchAdd is the 64-bit atomic add of src to *dst that leaves in src the
// value *dst had. The kernel tells it from a plain atomic add by its
// immediate (BPF_ADD | BPF_FETCH); cilium/ebpf v0.22.0's Marshal computes
// the immediate it writes before it moves the fetch bit there from the
// opcode, so the instruction carries the immediate itself, which Marshal
// then writes.
func fetchAdd(dst, src asm.Register) asm.Instruction {
	ins := asm.FetchAdd.Mem(dst, src, asm.DWord, 0)
	ins.Constant = int64(asm.FetchAdd >> 8)
	return ins
}

// upsert runs apply on m's value at key, with R0 pointing at it. The key
// is usually there: that path falls through, so the verifier holds one
// branch for the rest of the probe (see MaxPendingBranches). A missing
// key is inserted with the value first builds. When the kernel refuses
// the insert, most often because another CPU (or a program nested in
// this one on this CPU) inserted the key meanwhile, the code goes back
// to the lookup, emitted once, to apply to theirs (apply's values live
// in callee-saved registers or on the stack, where the calls between
// leave them); a key still missing is inserted once more, and a second
// refusal is counted with the reason the kernel gave for it.
//
// One word, tried, 0 and then 1, bounds the loop. It is a constant on
// both ways round, so that the verifier decides the branch on it by the
// constant: 6.1's gives up (EFAULT, a precision-tracking bug) on a loop
// carrying a value a helper returned, such as the insert's error.
func (g *gen) upsert(m *Map, key loc, apply func(), first func() loc) {
	again, missing, refused, done := g.label(), g.label(), g.label(), g.label()
	tried := g.newVal()
	setTried := func(v int32) {
		r := asm.R1
		if !tried.spilled {
			r = tried.reg
		}
		g.emit(asm.Mov.Imm(r, v))
		g.set(tried, r)
	}
	setTried(0)
	g.place(again)
	g.lookup(m, key)
	g.emit(asm.JEq.Imm(asm.R0, 0, missing))
	apply()
	g.emit(asm.Ja.Label(done))
	g.place(missing)
	g.update(m, key, first(), bpfNoExist)
	g.emit(
		asm.JEq.Imm(asm.R0, 0, done),
		asm.JNE.Imm(g.load(tried, asm.R1), 0, refused),
	)
	setTried(1)
	g.emit(asm.Ja.Label(again))
	g.place(refused)
	g.countDropped(m, asm.R0)
	g.place(done)
	g.release(tried)
}
