package lang

import (
	"net"
	"slices"
	"strings"

	"github.com/cilium/ebpf/btf"
)

// Builtins about the system around the probe: user symbols, cgroups,
// registers, address spaces, paths.

// CgroupResolver is implemented by an Env that can look up a cgroup's id
// from its path, for cgroupid() (the running system's, so not offline).
type CgroupResolver interface {
	CgroupID(path string) (uint64, error)
}

func systemFuncs() map[string]funcSpec {
	return map[string]funcSpec{
		// usym(addr) prints as the function of the current process that
		// contains addr, or as the address when none does.
		"usym":        {1, 1, printedAs(Usym, 16)},
		"cgroupid":    {1, 1, checkCgroupid},
		"cgroup_path": {1, 2, checkCgroupPath},
		"kptr":        {1, 1, addressSpace(false)},
		"uptr":        {1, 1, addressSpace(true)},
		"reg":         {1, 1, checkReg},
		"path":        {1, 2, checkPath},
		"pton":        {1, 1, checkPton},
		"signal":      {1, 1, checkSignal},
	}
}

// checkPton: pton("10.0.0.1") is the address's bytes in network order, a
// constant array of 4 (IPv4, when the text has a '.') or 16 bytes. It
// can be indexed, cast to an integer and given to ntop().
func checkPton(c *checker, e *CallExpr) *Type {
	lit, ok := e.Args[0].(*StrLit)
	if !ok {
		c.errorf(e.Args[0].Position(), "pton() takes an address as a string literal")
		return nil
	}
	c.expr(lit)
	ip := net.ParseIP(lit.Value)
	var b []byte
	switch {
	case ip != nil && strings.Contains(lit.Value, "."):
		b = ip.To4()
	case ip != nil && strings.Contains(lit.Value, ":"):
		b = ip.To16()
	}
	if b == nil {
		c.errorf(lit.Pos, "pton(%q): not an IPv4 or IPv6 address", lit.Value)
		return nil
	}
	c.info.Consts[e] = Const{Bytes: b}
	return &Type{Kind: Array, Elem: IntType(1, false), Len: len(b), Size: len(b)}
}

// checkCgroupid: cgroupid("/sys/fs/cgroup/…") is the id of the cgroup v2
// at that path, as the cgroup builtin gives it, looked up when the script
// is checked.
func checkCgroupid(c *checker, e *CallExpr) *Type {
	lit, ok := e.Args[0].(*StrLit)
	if !ok {
		c.errorf(e.Args[0].Position(), "cgroupid() takes a path as a string literal")
		return nil
	}
	c.expr(lit)
	r, ok := c.env.(CgroupResolver)
	if !ok {
		c.errorf(e.Pos, "cgroupid() looks the cgroup up on the machine the script runs on; it cannot be checked offline")
		return nil
	}
	id, err := r.CgroupID(lit.Value)
	if err != nil {
		c.errorf(lit.Pos, "cgroupid(%q): %v", lit.Value, err)
		return nil
	}
	c.info.Consts[e] = Const{Int: id}
	return Uint64Type
}

// checkCgroupPath: cgroup_path(id[, filter]) prints as the paths of the
// cgroup with that id in each cgroup hierarchy whose name matches filter
// (a wildcard; "unified" names cgroup v2), as bpftrace 0.17 prints them:
// "unified:/system.slice/x.service,cpu:/…".
func checkCgroupPath(c *checker, e *CallExpr) *Type {
	t := c.expr(e.Args[0])
	if t == nil || !c.wantInt(e.Args[0], t, "cgroup_path()") {
		return nil
	}
	filter := "*"
	if len(e.Args) == 2 {
		lit, ok := e.Args[1].(*StrLit)
		if !ok {
			c.errorf(e.Args[1].Position(), "cgroup_path()'s filter must be a string literal")
			return nil
		}
		c.expr(lit)
		filter = lit.Value
	}
	return &Type{Kind: CgroupPath, Size: 8, Format: filter}
}

// addressSpace checks kptr(p) and uptr(p): p, read as an address in
// kernel or in user memory whatever ntrace would have taken it for.
func addressSpace(user bool) func(c *checker, e *CallExpr) *Type {
	return func(c *checker, e *CallExpr) *Type {
		t := c.expr(e.Args[0])
		if t == nil || !c.wantIntFor(e.Args[0], t, e.Name, "()") {
			return nil
		}
		if k, ok := c.info.Consts[e.Args[0]]; ok {
			c.info.Consts[e] = k
		}
		out := *t
		out.User, out.Kernel = user, !user
		return &out
	}
}

// ptRegs are x86-64's registers by the names reg() takes, in their order
// in struct pt_regs, where each takes 8 bytes. A static table rather than
// a map: a map is built before main on every start, reg() used or not.
var ptRegs = [...]string{
	"r15", "r14", "r13", "r12", "bp", "bx", "r11", "r10",
	"r9", "r8", "ax", "cx", "dx", "si", "di", "orig_ax",
	"ip", "cs", "flags", "sp", "ss",
}

// RegOffset is the offset in struct pt_regs of the x86-64 register reg()
// names name; ok is false for a name that is no register.
func RegOffset(name string) (offset int, ok bool) {
	for i, r := range ptRegs {
		if r == name {
			return 8 * i, true
		}
	}
	return 0, false
}

// checkReg: reg("ip") is a register of the probed code, in probes whose
// context holds them (kprobes, uprobes, profile).
func checkReg(c *checker, e *CallExpr) *Type {
	lit, ok := e.Args[0].(*StrLit)
	if !ok {
		c.errorf(e.Args[0].Position(), "reg() takes a register name as a string literal")
		return nil
	}
	c.expr(lit)
	if _, ok := RegOffset(lit.Value); !ok {
		names := slices.Sorted(slices.Values(ptRegs[:]))
		c.errorf(lit.Pos, "reg(%q): no such register; x86-64's are %s", lit.Value, strings.Join(names, " "))
		return nil
	}
	for _, t := range c.probeTargets() {
		if !t.Kind.IsKernelFunction() && !t.Kind.IsUser() && t.Kind != ProfileProbe {
			c.errorf(e.Pos, "reg() is only available in kprobe, kretprobe, uprobe, uretprobe and profile probes, whose context holds the registers")
			return nil
		}
	}
	// The registers of a user-space probe hold user addresses.
	return inUser(Uint64Type, c.userProbe())
}

// probeTargets are the targets of the probe being checked.
func (c *checker) probeTargets() []*Target {
	if c.probe == nil {
		return nil
	}
	return c.probe.Targets
}

// checkPath: path(p[, size]) is the path of a struct path, as the kernel's
// bpf_d_path makes it; the kernel allows it only in fentry and fexit
// probes on some functions (its btf_allowlist_d_path: vfs_*, filp_close,
// dentry_open, …).
func checkPath(c *checker, e *CallExpr) *Type {
	t := c.expr(e.Args[0])
	if t == nil {
		return nil
	}
	if !isStructPath(t) {
		c.errorf(e.Args[0].Position(), "path() needs a struct path or a pointer to one, not %s", t)
		return nil
	}
	size := maxStrLen
	if len(e.Args) == 2 {
		c.expr(e.Args[1])
		n, ok := c.constInt(e.Args[1])
		if !ok || n < 1 || n >= maxStrLen {
			c.errorf(e.Args[1].Position(), "path()'s size must be a constant from 1 to %d", maxStrLen-1)
			return nil
		}
		size = int(n) + 1
	}
	for _, tg := range c.probeTargets() {
		if !tg.Kind.IsKernelFunction() {
			c.errorf(e.Pos, "path() is only available in probes on kernel functions run as fentry or fexit (the kernel's bpf_d_path)")
			return nil
		}
	}
	return StringType(size)
}

// isStructPath reports whether t is a struct path in kernel memory or a
// pointer to one.
func isStructPath(t *Type) bool {
	switch t.Kind {
	case Struct:
		return btfName(t.BTF) == "struct path"
	case Pointer:
		return t.Target != nil && btfName(btf.UnderlyingType(t.Target)) == "struct path"
	}
	return false
}
