package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// Operations on whole maps and on a map's values inside a probe: has_key,
// delete(@m, key), len(@m), for loops over a map's elements, and reading
// an aggregation's value.

// keyFrom writes at a new key of m the key that the expression k gives:
// the key itself for a map with one key, a tuple of the keys for one with
// several.
func (g *gen) keyFrom(m *Map, k lang.Expr) loc {
	if len(m.Keys) == 1 {
		return g.buildKey(m, []lang.Expr{k})
	}
	if t, ok := k.(*lang.TupleExpr); ok && len(t.Elems) == len(m.Keys) {
		return g.buildKey(m, t.Elems)
	}
	key := g.allocTemp(m.KeySize, k.Position())
	kt := g.typeOf(k)
	tmp := g.temp(kt, k.Position())
	g.store(k, tmp, kt)
	offs := kt.ElemOffsets()
	for i, slot := range m.Keys {
		// From a tuple element to a key part: convertElem's integers
		// are the element's width; a key part's are 64-bit words.
		g.zero(key.plus(slot.Offset), slot.Type.StorageSize())
		src := tmp.plus(offs[i])
		et := kt.Elems[i]
		if slot.Type.IsInteger() {
			g.loadTupleElem(asm.R0, tmp, kt, i)
			g.emit(asm.StoreMem(key.base, key.off+int16(slot.Offset), asm.R0, asm.DWord))
			continue
		}
		g.convertElem(key.plus(slot.Offset), slot.Type, src, et)
	}
	return key
}

// hasKey leaves 1 in a new value when m holds the key, else 0.
func (g *gen) hasKey(call *lang.CallExpr) *val {
	m := g.c.maps[call.Args[0].(*lang.MapExpr).Name]
	key := g.keyFrom(m, call.Args[1])
	g.lookup(m, key)
	v := g.newVal()
	r := g.load(v, asm.R1)
	g.emit(asm.Mov.Reg(r, asm.R0))
	g.boolify(r, asm.JNE, 0)
	g.set(v, r)
	return v
}

// deleteKey emits delete(@m, key).
// deleted leaves in a new value whether the delete() just emitted (its
// helper's result in R0) removed an element: true, or false when there
// was none.
func (g *gen) deleted() *val {
	v := g.newVal()
	r := g.load(v, asm.R0)
	yes, no := g.label(), g.label()
	g.emit(asm.JEq.Imm(asm.R0, 0, yes), asm.Ja.Label(no))
	g.setFlag(v, r, yes, no)
	return v
}

// deleteElem emits delete(@m[k]), delete(@m, k) or delete(@m) of a
// keyless map: the helper's result is left in R0.
func (g *gen) deleteElem(call *lang.CallExpr) {
	if len(call.Args) == 2 {
		g.deleteKey(call)
		return
	}
	ref := call.Args[0].(*lang.MapExpr)
	m := g.c.useMap(ref.Name)
	key := g.buildKey(m, ref.Keys)
	g.mapPtr(asm.R1, m.Spec.Name)
	g.addr(asm.R2, key)
	g.call(asm.FnMapDeleteElem)
}

func (g *gen) deleteKey(call *lang.CallExpr) {
	m := g.c.maps[call.Args[0].(*lang.MapExpr).Name]
	key := g.keyFrom(m, call.Args[1])
	g.mapPtr(asm.R1, m.Spec.Name)
	g.addr(asm.R2, key)
	g.call(asm.FnMapDeleteElem)
}

// mapLen leaves the number of keys m holds in a new value: the count of
// elements bpf_for_each_map_elem visits with a callback that does
// nothing.
func (g *gen) mapLen(call *lang.CallExpr) *val {
	m := g.c.maps[call.Args[0].(*lang.MapExpr).Name]
	g.mapPtr(asm.R1, m.Spec.Name)
	g.emit(funcPtr(asm.R2, g.nopCallback()), asm.Mov.Imm(asm.R3, 0), asm.Mov.Imm(asm.R4, 0))
	g.call(asm.FnForEachMapElem)
	v := g.newVal()
	g.set(v, asm.R0)
	return v
}

// nopCallback is a callback that lets the helper go on: it is shared by
// every len() of the program.
func (g *gen) nopCallback() string {
	if g.nop == "" {
		g.nop = "nop"
		g.callbacks = append(g.callbacks, &callback{
			sym:     g.nop,
			forEach: true,
			insns:   asm.Instructions{asm.Mov.Imm(asm.R0, 0).WithSymbol(g.nop).WithSource(g.source), asm.Return().WithSource(g.source)},
		})
	}
	return g.nop
}

// forMap emits for ($kv : @m) { body }: bpf_for_each_map_elem calls the
// body with each element's key and value, which it copies into $kv as
// (key, value) first.
func (g *gen) forMap(s *lang.ForStmt) {
	m := g.c.maps[s.Map.Name]
	v := g.c.info.Vars[s.Var]
	flag := g.loopFlag(s.Pos)
	sym := g.callback(s.Pos, asm.R4, flag, nil, func() {
		key, value := g.newVal(), g.newVal()
		g.set(key, asm.R2)
		g.set(value, asm.R3)
		g.elemToVar(m, g.vars[v], v.Type, key, value)
		g.release(value)
		g.release(key)
		g.block(s.Body)
	})
	g.mapPtr(asm.R1, m.Spec.Name)
	g.emit(funcPtr(asm.R2, sym))
	g.callbackContext(s.Pos)
	g.emit(asm.Mov.Imm(asm.R4, 0))
	g.call(asm.FnForEachMapElem)
	g.afterLoop(flag)
}

// elemToVar stores the element of m whose key and value key and value
// point to as the tuple (key, value) of type vt at dst. An aggregation's
// value is its CPUs' values taken together.
func (g *gen) elemToVar(m *Map, dst loc, vt *lang.Type, key, value *val) {
	g.zero(dst, vt.StorageSize())
	offs := vt.ElemOffsets()
	kt := vt.Elems[0]
	kr := g.load(key, asm.R5)
	if len(m.Keys) == 1 {
		g.convertElem(dst.plus(offs[0]), kt, loc{kr, int16(m.Keys[0].Offset)}, m.Keys[0].Type)
	} else {
		koffs := kt.ElemOffsets()
		for i, slot := range m.Keys {
			g.convertElem(dst.plus(offs[0]+koffs[i]), kt.Elems[i], loc{kr, int16(slot.Offset)}, slot.Type)
		}
	}
	if m.Info.Value.Kind != lang.Agg {
		vr := g.load(value, asm.R5)
		g.convertElem(dst.plus(offs[1]), vt.Elems[1], loc{vr, 0}, m.Info.Value)
		return
	}
	sum := g.aggValue(m, func(r asm.Register) { g.emit(asm.Mov.Reg(r, g.load(key, r))) })
	r := g.load(sum, asm.R0)
	at := dst.plus(offs[1])
	g.emit(asm.StoreMem(at.base, at.off, r, asm.DWord))
	g.release(sum)
}

// aggValue leaves in a new value what an aggregation of m holds at the
// key whose address keyAddr puts in a register, its CPUs' values taken
// together: the total of counts and sums, the least of minimums and the
// greatest of maximums, an average of everything averaged. It reads each
// possible CPU's value with bpf_map_lookup_percpu_elem (Linux 5.19).
func (g *gen) aggValue(m *Map, keyAddr func(r asm.Register)) *val {
	agg := m.Info.Value.Agg
	signed := m.Info.Arg != nil && m.Info.Arg.Signed
	acc := loc{asm.RFP, g.allocStack(16, lang.Pos{})} // value (total, least, greatest), then count or "set"
	cpu := loc{asm.RFP, g.allocStack(8, lang.Pos{})}
	g.zero(acc, 16)
	g.zero(cpu, 8)
	// A map the CPUs share (see chooseMap) has one value to read.
	cpus, lookup := g.c.opts.PossibleCPUs, asm.FnMapLookupPercpuElem
	if !m.PerCPU {
		cpus, lookup = 1, asm.FnMapLookupElem
	}
	top, next, done := g.label(), g.label(), g.label()
	g.place(top)
	g.emit(
		asm.LoadMem(asm.R3, cpu.base, cpu.off, asm.DWord),
		asm.JGE.Imm(asm.R3, int32(cpus), done),
	)
	g.mapPtr(asm.R1, m.Spec.Name)
	keyAddr(asm.R2)
	g.call(lookup)
	g.emit(asm.JEq.Imm(asm.R0, 0, next))
	switch agg {
	case lang.Count:
		g.emit(
			asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
			asm.LoadMem(asm.R2, acc.base, acc.off, asm.DWord),
			asm.Add.Reg(asm.R2, asm.R1),
			asm.StoreMem(acc.base, acc.off, asm.R2, asm.DWord),
		)
	case lang.Sum, lang.Avg:
		for _, off := range []int16{0, 8} {
			g.emit(
				asm.LoadMem(asm.R1, asm.R0, off, asm.DWord),
				asm.LoadMem(asm.R2, acc.base, acc.off+off, asm.DWord),
				asm.Add.Reg(asm.R2, asm.R1),
				asm.StoreMem(acc.base, acc.off+off, asm.R2, asm.DWord),
			)
		}
	case lang.Min, lang.Max:
		take := g.label()
		keep := map[bool]map[bool]asm.JumpOp{ // [min][signed]: keep the value so far when
			true:  {false: asm.JGE, true: asm.JSGE},
			false: {false: asm.JLE, true: asm.JSLE},
		}[agg == lang.Min][signed]
		g.emit(
			asm.LoadMem(asm.R1, asm.R0, 8, asm.DWord),
			asm.JEq.Imm(asm.R1, 0, next), // never set on that CPU
			asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
			asm.LoadMem(asm.R2, acc.base, acc.off+8, asm.DWord),
			asm.JEq.Imm(asm.R2, 0, take),
			asm.LoadMem(asm.R2, acc.base, acc.off, asm.DWord),
			keep.Reg(asm.R1, asm.R2, next),
		)
		g.place(take)
		g.emit(
			asm.StoreMem(acc.base, acc.off, asm.R1, asm.DWord),
			storeImm64(acc.base, acc.off+8, 1),
		)
	}
	g.place(next)
	g.emit(
		asm.LoadMem(asm.R3, cpu.base, cpu.off, asm.DWord),
		asm.Add.Imm(asm.R3, 1),
		asm.StoreMem(cpu.base, cpu.off, asm.R3, asm.DWord),
		asm.Ja.Label(top),
	)
	g.place(done)
	v := g.newVal()
	r := g.load(v, asm.R1)
	g.emit(asm.LoadMem(r, acc.base, acc.off, asm.DWord))
	if agg == lang.Avg {
		end := g.label()
		g.emit(
			asm.LoadMem(asm.R2, acc.base, acc.off+8, asm.DWord),
			asm.JEq.Imm(asm.R2, 0, end),
		)
		if signed {
			g.signedDiv(r, asm.R2, false)
		} else {
			g.emit(asm.Div.Reg(r, asm.R2))
		}
		g.place(end)
	}
	g.set(v, r)
	return v
}

// mapReadAgg reads an aggregation's value at e's key (see aggValue).
func (g *gen) mapReadAgg(m *Map, e *lang.MapExpr) *val {
	key := g.buildKey(m, e.Keys)
	return g.aggValue(m, func(r asm.Register) { g.addr(r, key) })
}
