package lang

import "strings"

// MaxStackDepth is the deepest stack a script may ask for, as bpftrace
// allows; the kernel's own limit may be lower.
const MaxStackDepth = 127

// stackLimit is the deepest stack this kernel records.
func (c *checker) stackLimit() int {
	if l, ok := c.env.(StackLimiter); ok {
		if n := l.MaxStackDepth(); n > 0 {
			return min(n, MaxStackDepth)
		}
	}
	return MaxStackDepth
}

// checkStackVar types kstack and ustack without arguments: the whole
// stack, as deep as the kernel allows, printed bpftrace's way.
func (c *checker) checkStackVar(e *Ident) *Type {
	return &Type{Kind: Stack, Size: 8, Stack: StackSpec{User: e.Name == "ustack", Depth: min(DefaultStackDepth, c.stackLimit()), Perf: c.info.Config.StackMode == "perf", Raw: c.info.Config.StackMode == "raw"}}
}

// checkStackCall types kstack(N), kstack(mode) and kstack(mode, N), where
// mode is bpftrace, perf or raw; the same for ustack.
func (c *checker) checkStackCall(e *CallExpr) *Type {
	spec := StackSpec{User: e.Name == "ustack", Depth: min(DefaultStackDepth, c.stackLimit()), Perf: c.info.Config.StackMode == "perf", Raw: c.info.Config.StackMode == "raw"}
	args := e.Args
	if id, ok := args[0].(*Ident); ok && !isBuiltinVar(id.Name) {
		switch id.Name {
		case "bpftrace":
			spec.Perf, spec.Raw = false, false
		case "perf":
			spec.Perf, spec.Raw = true, false
		case "raw":
			spec.Perf, spec.Raw = false, true
		default:
			c.errorf(id.Pos, "unknown stack mode %s: use bpftrace, perf or raw", id.Name)
			return nil
		}
		args = args[1:]
	} else if len(args) == 2 {
		c.errorf(args[0].Position(), "%s()'s first argument must be a mode (bpftrace, perf or raw)", e.Name)
		return nil
	}
	if len(args) == 1 {
		n := args[0]
		if c.expr(n) == nil {
			return nil
		}
		depth, ok := c.constInt(n)
		if !ok {
			c.errorf(n.Position(), "%s()'s depth must be a constant integer", e.Name)
			return nil
		}
		if limit := c.stackLimit(); depth < 1 || depth > int64(limit) {
			why := ""
			if limit < MaxStackDepth {
				why = " (this kernel's kernel.perf_event_max_stack)"
			}
			c.errorf(n.Position(), "%s() depth %d out of range: from 1 to %d%s", e.Name, depth, limit, why)
			return nil
		}
		spec.Depth = int(depth)
	}
	return &Type{Kind: Stack, Size: 8, Stack: spec}
}

// isBuiltinVar reports whether name is a builtin variable such as pid.
func isBuiltinVar(name string) bool {
	if _, ok := builtinVars[name]; ok {
		return true
	}
	return strings.HasPrefix(name, "arg")
}
