package codegen

import (
	"strconv"
	"strings"

	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// builtinVars emits the integer builtin variables. Each leaves its value in
// R0.
var builtinVars = map[string]func(g *gen){
	"pid": func(g *gen) {
		g.call(asm.FnGetCurrentPidTgid)
		g.emit(asm.RSh.Imm(asm.R0, 32))
	},
	"tid": func(g *gen) {
		g.call(asm.FnGetCurrentPidTgid)
		g.emit(asm.Mov.Reg32(asm.R0, asm.R0))
	},
	"uid": func(g *gen) {
		g.call(asm.FnGetCurrentUidGid)
		g.emit(asm.Mov.Reg32(asm.R0, asm.R0))
	},
	"gid": func(g *gen) {
		g.call(asm.FnGetCurrentUidGid)
		g.emit(asm.RSh.Imm(asm.R0, 32))
	},
	"cpu":      func(g *gen) { g.call(asm.FnGetSmpProcessorId) },
	"nsecs":    func(g *gen) { g.call(asm.FnKtimeGetNs) },
	"cgroup":   func(g *gen) { g.call(asm.FnGetCurrentCgroupId) },
	"rand":     func(g *gen) { g.call(asm.FnGetPrandomU32) },
	"jiffies":  func(g *gen) { g.call(asm.FnJiffies64) },
	"numaid":   func(g *gen) { g.call(asm.FnGetNumaNodeId) },
	"ncpus":    func(g *gen) { g.emit(asm.Mov.Imm(asm.R0, int32(g.c.opts.PossibleCPUs))) },
	"curtask":  func(g *gen) { g.call(asm.FnGetCurrentTask) },
	"usermode": (*gen).usermode,
	"elapsed": func(g *gen) {
		g.call(asm.FnKtimeGetNs)
		g.emit(asm.LoadImm(asm.R1, int64(g.c.opts.StartTime), asm.DWord), asm.Sub.Reg(asm.R0, asm.R1))
	},
}

// ptRegsCS is the offset of cs in x86-64's struct pt_regs, which a perf
// event's sample (struct bpf_perf_event_data) starts with: its low two
// bits are the privilege level the CPU was interrupted at, 3 for user
// code.
const ptRegsCS = 17 * 8

// usermode leaves 1 in R0 when the probe fired in user-space code: always
// in uprobes, usdt probes, BEGIN and END, never in the kernel's own
// probes, and for a perf event's sample as the interrupted registers say.
func (g *gen) usermode() {
	switch g.target.Kind.Info().Context {
	case lang.UserFunction, lang.RunOnce:
		g.emit(asm.Mov.Imm(asm.R0, 1))
	case lang.PerfEventSample:
		g.emit(asm.LoadMem(asm.R0, ctxReg, ptRegsCS, asm.DWord),
			asm.And.Imm(asm.R0, 3))
		g.boolify(asm.R0, asm.JEq, 3)
	default:
		g.emit(asm.Mov.Imm(asm.R0, 0))
	}
}

func (g *gen) builtinVar(e *lang.Ident) *val {
	if emit, ok := builtinVars[e.Name]; ok {
		emit(g)
		v := g.newVal()
		g.set(v, asm.R0)
		return v
	}
	if e.Name == "retval" {
		return g.readRetval(g.typeOf(e))
	}
	if n, err := strconv.Atoi(strings.TrimPrefix(e.Name, "arg")); err == nil && strings.HasPrefix(e.Name, "arg") {
		switch g.target.Kind.Info().ArgN {
		case lang.SlotArgs: // a function's Nth argument register or slot
			if n < len(g.target.Slots) {
				return g.readArgSlot(n, g.typeOf(e), e.Pos)
			}
		case lang.FieldArgs: // a raw tracepoint's Nth field of args
			if n < len(g.target.Args.Fields) {
				return g.ctxField(g.target.Args.Fields[n])
			}
		case lang.LocatedArgs: // where the probe site says
			if n < len(g.target.ArgLocs) {
				return g.readArgLoc(g.target.ArgLocs[n])
			}
		}
	}
	g.errorf(e.Pos, "cannot compile builtin %s here", e.Name)
	return g.constVal(0)
}

// builtinString stores a string builtin (comm, probe) at dst.
func (g *gen) builtinString(e *lang.Ident, dst loc, dt *lang.Type) {
	switch e.Name {
	case "comm":
		g.zero(dst.plus(16), dt.StorageSize()-16)
		g.addr(asm.R1, dst)
		g.emit(asm.Mov.Imm(asm.R2, 16))
		g.call(asm.FnGetCurrentComm)
	case "probe", "func":
		name := func(t *lang.Target) string {
			if e.Name == "probe" {
				return t.String()
			}
			return t.Func
		}
		if a := g.prog.Attach; a != nil && a.Mechanism.IsUprobeMulti() {
			g.nameByCookie(dst, dt.StorageSize(), g.c.funcTable(g.target), e.Name, name)
			return
		}
		g.storeLiteral(dst, name(g.target), dt.StorageSize())
	default:
		g.errorf(e.Pos, "cannot compile builtin %s here", e.Name)
	}
}

// field resolves args->name (or args->name[i]) to its record field and
// the extra offset of an array element.
func (g *gen) field(e lang.Expr) (*lang.Field, *lang.Type, int) {
	switch e := e.(type) {
	case *lang.FieldExpr:
		return g.target.Args.Field(e.Name), g.typeOf(e), 0
	case *lang.IndexExpr:
		f, at, _ := g.field(e.X)
		i := int(g.c.info.Consts[e.Index].Int)
		return f, at.Elem, i * at.Elem.Size
	}
	return nil, nil, 0
}

// argField loads an integer field of the probe's args.
func (g *gen) argField(e lang.Expr) *val {
	f, t, extra := g.field(e)
	if f == nil {
		g.errorf(e.Position(), "cannot compile this field access")
		return g.constVal(0)
	}
	if g.target.Kind.IsKernelFunction() {
		return g.readArgSlot(f.Offset/8, f.Type, lang.Start(e))
	}
	if extra == 0 {
		return g.ctxField(f)
	}
	return g.ctxLoad(f.Offset+extra, t)
}

// ctxField loads a scalar argument from the context: a tracepoint record
// field at its offset, a raw tracepoint's 64-bit argument slot, or a
// function's argument (see readArgSlot).
func (g *gen) ctxField(f *lang.Field) *val {
	if g.target.Kind.IsKernelFunction() {
		return g.readArgSlot(f.Offset/8, f.Type, lang.Pos{})
	}
	if g.target.Kind.Info().Context == lang.RawTracepointSlots {
		v := g.newVal()
		r := g.load(v, asm.R0)
		g.emit(asm.LoadMem(r, ctxReg, int16(f.Offset), asm.DWord))
		if f.Type.Kind == lang.Int {
			g.normalize(r, f.Type.Size, f.Type.Signed)
		}
		g.set(v, r)
		return v
	}
	return g.ctxLoad(f.Offset, f.Type)
}

var loadSizes = map[int]asm.Size{1: asm.Byte, 2: asm.Half, 4: asm.Word, 8: asm.DWord}

func (g *gen) ctxLoad(off int, t *lang.Type) *val {
	size := t.Size
	if t.Kind == lang.Pointer {
		size = 8
	}
	v := g.newVal()
	r := g.load(v, asm.R0)
	g.emit(asm.LoadMem(r, ctxReg, int16(off), loadSizes[size]))
	if t.Kind == lang.Int && t.Signed {
		g.normalize(r, size, true)
	}
	g.set(v, r)
	return v
}

// argString stores a string field of a tracepoint record: a char array in
// the record, or a __data_loc string elsewhere in it; into a zeroed dst
// with pad.
func (g *gen) argString(e *lang.FieldExpr, dst loc, dt *lang.Type, pad bool) {
	f := g.target.Args.Field(e.Name)
	if pad {
		g.zero(dst, dt.StorageSize())
	}
	if f.DataLoc {
		g.emit(
			asm.LoadMem(asm.R3, ctxReg, int16(f.Offset), asm.Word),
			asm.And.Imm(asm.R3, 0xffff),
			asm.Add.Reg(asm.R3, ctxReg),
		)
	} else {
		g.emit(asm.Mov.Reg(asm.R3, ctxReg), asm.Add.Imm(asm.R3, int32(f.Offset)))
	}
	g.addr(asm.R1, dst)
	g.emit(asm.Mov.Imm(asm.R2, int32(min(dt.Size, f.Type.Size))))
	g.call(asm.FnProbeReadKernelStr)
}

// intCall emits a function call that returns an integer.
func (g *gen) intCall(e *lang.CallExpr) *val {
	switch e.Name {
	case "container_of":
		return g.containerOf(e)
	case "delete":
		g.deleteElem(e)
		return g.deleted()
	case "has_key":
		return g.hasKey(e)
	case "len":
		return g.mapLen(e)
	case "nsecs":
		g.call(map[string]asm.BuiltinFunc{"monotonic": asm.FnKtimeGetNs, "boot": asm.FnKtimeGetBootNs, "tai": asm.FnKtimeGetTaiNs}[e.Args[0].(*lang.Ident).Name])
		v := g.newVal()
		g.set(v, asm.R0)
		return v
	case "strncmp", "strcontains", "strlen", "kptr", "uptr", "reg":
		v, _ := g.textCall(e)
		return v
	case "ntohs", "htons", "ntohl", "htonl", "bswap":
		v := g.intExpr(e.Args[0])
		r := g.load(v, asm.R0)
		if size := g.typeOf(e).Size; size > 1 {
			g.emit(asm.HostTo(asm.BE, r, loadSizes[size]))
		}
		g.set(v, r)
		return v
	}
	g.errorf(e.Pos, "cannot compile %s() as an integer", e.Name)
	return g.constVal(0)
}
