package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// The builtins that compare strings, read bytes, and keep values that
// user space turns into text when they are printed (usym, strftime,
// strerror, cgroup_path, username, buf), and the statements that print
// text of their own (join, cat).

// textCall emits an integer-valued builtin of this file; ok is false for
// any other name.
func (g *gen) textCall(e *lang.CallExpr) (*val, bool) {
	switch e.Name {
	case "strncmp":
		n := int(g.c.info.Consts[e.Args[2]].Int)
		return g.stringsDiffer(e.Args[0], e.Args[1], n, e.Pos), true
	case "strcontains":
		return g.strcontains(e), true
	case "strlen":
		return g.strlen(e), true
	case "kptr", "uptr":
		return g.intExpr(e.Args[0]), true // the type says how it is read
	case "reg":
		return g.reg(e), true
	}
	return nil, false
}

// stringsDiffer compares the first n bytes of two strings, stopping at a
// NUL, and gives 0 when they are the same, 1 when not (strncmp()).
func (g *gen) stringsDiffer(x, y lang.Expr, n int, at lang.Pos) *val {
	xt, yt := g.typeOf(x), g.typeOf(y)
	a, b := g.temp(xt, at), g.temp(yt, at)
	g.storeCompared(x, a, xt)
	g.storeCompared(y, b, yt)
	out := g.newVal()
	differ, same := g.label(), g.label()
	r := g.load(out, asm.R0)
	g.compareBytes(a, b, min(n, xt.Size, yt.Size), differ, same)
	g.setFlag(out, r, differ, same)
	return out
}

// setFlag places the labels no (reached by a jump or falling through) and
// yes, and sets out, held in r, to 0 after no and to 1 after yes.
func (g *gen) setFlag(out *val, r asm.Register, yes, no string) {
	end := g.label()
	g.place(no)
	g.emit(asm.Mov.Imm(r, 0), asm.Ja.Label(end))
	g.place(yes)
	g.emit(asm.Mov.Imm(r, 1))
	g.place(end)
	g.set(out, r)
}

// strlen emits strlen(s): the index of the string's first NUL, or its
// capacity less the NUL when it fills it.
func (g *gen) strlen(e *lang.CallExpr) *val {
	st := g.typeOf(e.Args[0])
	s := g.temp(st, e.Pos)
	g.storeCompared(e.Args[0], s, st)
	out := g.newVal()
	r := g.load(out, asm.R0)
	end := g.label()
	for i := 0; i < st.Size-1; i++ {
		g.emit(
			asm.Mov.Imm(r, int32(i)),
			asm.LoadMem(asm.R1, s.base, s.off+int16(i), asm.Byte),
			asm.JEq.Imm(asm.R1, 0, end),
		)
	}
	g.emit(asm.Mov.Imm(r, int32(max(st.Size-1, 0))))
	g.place(end)
	g.set(out, r)
	return out
}

// stringByte emits s[i] of a string that is not in kernel or user memory
// (a variable, a literal, str()'s result): its byte i, sign-extended as a
// char, or 0 when i is past the string's capacity.
func (g *gen) stringByte(e *lang.IndexExpr) *val {
	st := g.typeOf(e.X)
	s := g.temp(st, e.Pos)
	g.storeCompared(e.X, s, st)
	out := g.newVal()
	if k, ok := g.c.info.Consts[e.Index]; ok {
		r := g.load(out, asm.R0)
		g.emit(asm.LoadMem(r, s.base, s.off+int16(k.Int), asm.Byte))
		g.normalize(r, 1, true)
		g.set(out, r)
		return out
	}
	idx := g.intExpr(e.Index)
	ri := g.load(idx, asm.R1)
	r := g.load(out, asm.R0)
	past, end := g.label(), g.label()
	g.emit(asm.JGE.Imm(ri, int32(st.Size), past)) // unsigned: a negative index is past too
	g.addr(asm.R2, s)
	g.emit(asm.Add.Reg(asm.R2, ri), asm.LoadMem(r, asm.R2, 0, asm.Byte))
	g.normalize(r, 1, true)
	g.emit(asm.Ja.Label(end))
	g.place(past)
	g.emit(asm.Mov.Imm(r, 0))
	g.place(end)
	g.set(out, r)
	g.release(idx)
	return out
}

// maxContainsSteps bounds the byte comparisons strcontains() of two
// strings that are not literals unrolls into.
const maxContainsSteps = 64 * 1024

// strcontains emits strcontains(haystack, needle): 1 when needle occurs in
// haystack (before its NUL), else 0.
func (g *gen) strcontains(e *lang.CallExpr) *val {
	ht, nt := g.typeOf(e.Args[0]), g.typeOf(e.Args[1])
	out := g.newVal()
	r := g.load(out, asm.R0)
	lit, isLit := g.c.info.Consts[e.Args[1]]
	if isLit && lit.Str == "" {
		g.emit(asm.Mov.Imm(r, 1)) // the empty string is in every string
		g.set(out, r)
		return out
	}
	h := g.temp(ht, e.Pos)
	g.storeCompared(e.Args[0], h, ht)
	found, notFound := g.label(), g.label()
	if isLit && lit.IsString {
		// For each place the needle could start: compare its bytes.
		for i := 0; i+len(lit.Str) <= ht.Size-1; i++ {
			next := g.label()
			g.emit(asm.LoadMem(asm.R1, h.base, h.off+int16(i), asm.Byte), asm.JEq.Imm(asm.R1, 0, notFound))
			for j := 0; j < len(lit.Str); j++ {
				g.emit(
					asm.LoadMem(asm.R1, h.base, h.off+int16(i+j), asm.Byte),
					asm.JNE.Imm(asm.R1, int32(lit.Str[j]), next),
				)
			}
			g.emit(asm.Ja.Label(found))
			g.place(next)
		}
	} else {
		if ht.Size*nt.Size > maxContainsSteps {
			g.errorf(e.Pos, "strcontains() of a %d-byte string in a %d-byte one would unroll into too many comparisons; make the needle a string literal or the strings shorter with str(p, n)", nt.Size, ht.Size)
			return out
		}
		n := g.temp(nt, e.Pos)
		g.storeCompared(e.Args[1], n, nt)
		// An empty needle is found at once.
		g.emit(asm.LoadMem(asm.R2, n.base, n.off, asm.Byte), asm.JEq.Imm(asm.R2, 0, found))
		for i := 0; i < ht.Size-1; i++ {
			next := g.label()
			g.emit(asm.LoadMem(asm.R1, h.base, h.off+int16(i), asm.Byte), asm.JEq.Imm(asm.R1, 0, notFound))
			for j := 0; j < nt.Size-1 && i+j < ht.Size-1; j++ {
				g.emit(
					asm.LoadMem(asm.R2, n.base, n.off+int16(j), asm.Byte),
					asm.JEq.Imm(asm.R2, 0, found),
					asm.LoadMem(asm.R1, h.base, h.off+int16(i+j), asm.Byte),
					asm.JNE.Reg(asm.R1, asm.R2, next),
				)
			}
			// The needle's bytes all matched up to its capacity or the
			// haystack's end: found only if the needle ends there.
			if j := min(nt.Size-1, ht.Size-1-i); j < nt.Size {
				g.emit(asm.LoadMem(asm.R2, n.base, n.off+int16(j), asm.Byte), asm.JEq.Imm(asm.R2, 0, found))
			}
			g.place(next)
		}
	}
	g.setFlag(out, r, found, notFound)
	return out
}

// reg loads a register from the probe's struct pt_regs.
func (g *gen) reg(e *lang.CallExpr) *val {
	name := e.Args[0].(*lang.StrLit).Value
	if a := g.prog.Attach; a != nil && !a.Mechanism.IsKprobe() {
		g.errorf(e.Pos, "reg(%q) reads the registers, which %s runs as a %s does not have (%s); run with --no-fentry", name, g.target, a.Mechanism, a.Why)
		return g.constVal(0)
	}
	off, _ := lang.RegOffset(name) // the checker took only registers
	return g.loadCtx64(int16(off), lang.Uint64Type)
}

// storeResolved stores a value that user space turns into text when it
// prints it, laid out as dt, and reports whether e is one.
func (g *gen) storeResolved(e lang.Expr, dst loc, dt *lang.Type) bool {
	word := func(x lang.Expr, off int) {
		v := g.intExpr(x)
		r := g.load(v, asm.R0)
		g.emit(asm.StoreMem(dst.base, dst.off+int16(off), r, asm.DWord))
		g.release(v)
	}
	switch e := e.(type) {
	case *lang.Ident:
		if e.Name != "username" {
			return false
		}
		g.call(asm.FnGetCurrentUidGid)
		g.emit(asm.Mov.Reg32(asm.R0, asm.R0), asm.StoreMem(dst.base, dst.off, asm.R0, asm.DWord))
	case *lang.CallExpr:
		switch e.Name {
		case "strerror", "syscall_name", "cgroup_path":
			word(e.Args[0], 0)
		case "strftime":
			word(e.Args[1], 0)
		case "usym":
			word(e.Args[0], 0)
			g.call(asm.FnGetCurrentPidTgid)
			g.emit(asm.RSh.Imm(asm.R0, 32), asm.StoreMem(dst.base, dst.off+8, asm.R0, asm.DWord))
		case "buf", "macaddr":
			g.zero(dst, dt.StorageSize())
			g.buf(e, dst)
		case "path":
			g.path(e, dst)
		default:
			return false
		}
	default:
		return false
	}
	return true
}

// buf stores buf(p[, n]) at a zeroed dst: the number of bytes read as a
// word, then the bytes.
func (g *gen) buf(e *lang.CallExpr, dst loc) {
	t := g.typeOf(e)
	src := e.Args[0]
	st := g.typeOf(src)
	// The length: the capacity, or the length asked for when it is
	// smaller (at run time when it is not a constant).
	n := g.runtimeLength(e, 0, int32(t.Size))
	helper := asm.FnProbeReadKernel
	switch {
	case (st.Kind == lang.Array || st.Kind == lang.String) && g.inMemory(src):
		// An array, or a char array typed as a string, where it lies:
		// its bytes as they are, NULs and what follows them included.
		g.release(g.kernelAddrR3(src))
		helper = g.readHelper(src, false)
	case st.Kind == lang.String: // its bytes, copied from where it is built
		tmp := g.temp(st, e.Pos)
		g.store(src, tmp, st)
		g.addr(asm.R3, tmp)
	case st.Kind == lang.Array: // a tracepoint record's field
		f, _, extra := g.field(src)
		g.emit(asm.Mov.Reg(asm.R3, ctxReg), asm.Add.Imm(asm.R3, int32(f.Offset+extra)))
	default:
		v := g.intExpr(src)
		r := g.load(v, asm.R3)
		if r != asm.R3 {
			g.emit(asm.Mov.Reg(asm.R3, r))
		}
		g.release(v)
		if st.User {
			helper = asm.FnProbeReadUser
		}
	}
	if n != nil {
		if r := g.load(n, asm.R2); r != asm.R2 {
			g.emit(asm.Mov.Reg(asm.R2, r))
		}
		g.release(n)
	} else {
		g.emit(asm.Mov.Imm(asm.R2, int32(t.Size)))
	}
	g.emit(asm.StoreMem(dst.base, dst.off, asm.R2, asm.DWord))
	g.addr(asm.R1, dst.plus(8))
	g.call(helper)
}

// runtimeLength evaluates the length argument of str(p, n) or buf(p, n)
// when it is not a constant, plus extra, capped at most (unsigned: -1 is
// past it), in a value whose bounds the verifier knows; nil when there
// is none, or it is a constant.
func (g *gen) runtimeLength(e *lang.CallExpr, extra, most int32) *val {
	if len(e.Args) < 2 {
		return nil
	}
	if _, ok := g.c.info.Consts[e.Args[1]]; ok {
		return nil
	}
	n := g.intExpr(e.Args[1])
	r := g.load(n, asm.R0)
	fits := g.label()
	if extra != 0 {
		g.emit(asm.Add.Imm(r, extra))
	}
	g.emit(asm.JLE.Imm(r, most, fits), asm.Mov.Imm(r, most))
	g.place(fits)
	g.set(n, r)
	return n
}

// path stores path(p): bpf_d_path of a struct path, which the kernel
// gives fentry and fexit programs on some functions.
func (g *gen) path(e *lang.CallExpr, dst loc) {
	t := g.typeOf(e)
	if a := g.prog.Attach; a == nil || a.Mechanism.IsKprobe() {
		why := "it is not a probe on a kernel function"
		if a != nil {
			why = "it runs as a " + a.Mechanism.String() + " (" + a.Why + ")"
		}
		g.errorf(e.Pos, "path() needs the kernel's bpf_d_path, which only fentry and fexit programs have; %s cannot use it: %s", g.target, why)
		return
	}
	var v *val
	if g.typeOf(e.Args[0]).Kind == lang.Pointer {
		v = g.intExpr(e.Args[0])
	} else {
		var off int
		v, off = g.kernelAddr(e.Args[0])
		if off != 0 {
			r := g.load(v, asm.R0)
			g.emit(asm.Add.Imm(r, int32(off)))
			g.set(v, r)
		}
	}
	g.zero(dst, t.StorageSize())
	r := g.load(v, asm.R1)
	if r != asm.R1 {
		g.emit(asm.Mov.Reg(asm.R1, r))
	}
	g.release(v)
	g.addr(asm.R2, dst)
	g.emit(asm.Mov.Imm(asm.R3, int32(t.Size)))
	g.btfCtx = true // bpf_d_path is for tracing programs only
	g.call(asm.FnDPath)
}

// join sends join(argv[, sep]): the strings of the array, each in a slot
// of lang.MaxJoinArgLen bytes; the slot after the last (the array's NULL)
// starts with a NUL.
func (g *gen) join(call *lang.CallExpr) {
	sep := " "
	if len(call.Args) == 2 {
		sep = call.Args[1].(*lang.StrLit).Value
	}
	user := g.typeOf(call.Args[0]).User
	readPtr, readStr := asm.FnProbeReadKernel, asm.FnProbeReadKernelStr
	if user {
		readPtr, readStr = asm.FnProbeReadUser, asm.FnProbeReadUserStr
	}
	ev := &Event{Kind: JoinEvent, Sep: sep}
	ev.Size = g.c.out.HeaderSize + lang.MaxJoinArgs*lang.MaxJoinArgLen
	arr := g.intExpr(call.Args[0])
	tmp := loc{asm.RFP, g.allocStack(8, call.Pos)}
	g.sendEvent(ev, func(at loc) {
		done := g.label()
		for i := 0; i < lang.MaxJoinArgs; i++ {
			slot := at.plus(g.c.out.HeaderSize + i*lang.MaxJoinArgLen)
			g.emit(storeImm64(tmp.base, tmp.off, 0))
			g.addr(asm.R1, tmp)
			g.emit(asm.Mov.Imm(asm.R2, 8))
			r := g.load(arr, asm.R3)
			g.emit(asm.Mov.Reg(asm.R3, r), asm.Add.Imm(asm.R3, int32(8*i)))
			g.call(readPtr)
			g.emit(
				asm.LoadMem(asm.R3, tmp.base, tmp.off, asm.DWord),
				asm.StoreImm(slot.base, slot.off, 0, asm.Byte),
				asm.JEq.Imm(asm.R3, 0, done),
			)
			g.addr(asm.R1, slot)
			g.emit(asm.Mov.Imm(asm.R2, lang.MaxJoinArgLen))
			g.call(readStr)
		}
		g.place(done)
	})
	g.release(arr)
}
