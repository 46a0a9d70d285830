package codegen

import (
	"fmt"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// A wildcard uprobe or uretprobe runs, where the kernel has uprobe_multi
// links, as one program attached by one link to the functions of a binary
// the pattern matched, as a wildcard kprobe does with kprobe_multi. Its
// func and probe, which tell the functions apart, come from the cookie
// each function is attached with, so that the functions' code is the
// same and merges into that one program.

// funcTable is the functions of t's binary that t's wildcard matched, t
// among them, in the checker's order: a uprobe_multi program's cookies
// index it. Functions of other binaries the pattern matched are left out,
// as each binary takes a link of its own.
func (c *compiler) funcTable(t *lang.Target) []*lang.Target {
	key := funcTableKey{t.AP, t.Path}
	if tab, ok := c.funcTables[key]; ok {
		return tab
	}
	var tab []*lang.Target
	for _, pi := range c.info.Probes {
		for _, u := range pi.Targets {
			if u.AP == t.AP && u.Path == t.Path && u.Skip == "" {
				tab = append(tab, u)
			}
		}
	}
	if c.funcTables == nil {
		c.funcTables = map[funcTableKey][]*lang.Target{}
	}
	c.funcTables[key] = tab
	return tab
}

// funcTableKey is what funcTable's answers are kept by.
type funcTableKey struct {
	ap   *lang.AttachPoint
	path string
}

// addUprobeSite adds t's file offset and cookie (its index in funcTable)
// to a uprobe_multi program's attach.
func (c *compiler) addUprobeSite(a *Attach, t *lang.Target) {
	if !a.Mechanism.IsUprobeMulti() {
		return
	}
	cookie := uint64(0)
	for i, u := range c.funcTable(t) {
		if u == t {
			cookie = uint64(i)
			break
		}
	}
	a.Offsets = append(a.Offsets, t.Offset)
	a.Cookies = append(a.Cookies, cookie)
}

// nameByCookie stores at dst the name of the function a uprobe_multi
// program fired on. Each function is attached with its index in table as
// its cookie (Attach.Cookies), and the program looks its name up by it in
// an array of the table's names (nameMap): the code is the same, and as
// long, for every function of the table, so that their programs merge into
// one whatever the number of functions.
func (g *gen) nameByCookie(dst loc, size int, table []*lang.Target, which string, name func(*lang.Target) string) {
	key := dst
	if size < 4 {
		key = g.allocTemp(4, lang.Pos{})
	}
	g.emit(asm.Mov.Reg(asm.R1, ctxReg))
	g.call(asm.FnGetAttachCookie)
	g.emit(asm.StoreMem(key.base, key.off, asm.R0, asm.Word))
	g.mapPtr(asm.R1, g.c.nameMap(table, which, size, name))
	g.emit(asm.Mov.Reg(asm.R2, key.base), asm.Add.Imm(asm.R2, int32(key.off)))
	g.call(asm.FnMapLookupElem)
	none, end := g.label(), g.label()
	g.emit(asm.JEq.Imm(asm.R0, 0, none), asm.Mov.Reg(asm.R1, asm.R0))
	g.copyMem(dst, loc{asm.R1, 0}, size)
	g.emit(asm.Ja.Label(end))
	g.place(none)
	g.zero(dst, size)
	g.place(end)
}

// nameMap returns the name of the array that holds, at index i, the
// name (func or probe, as which says; size bytes) of table's function i,
// adding it to the compiled maps the first time.
func (c *compiler) nameMap(table []*lang.Target, which string, size int, name func(*lang.Target) string) string {
	key := nameMapKey{funcTableKey{table[0].AP, table[0].Path}, which, size}
	if spec, ok := c.nameMaps[key]; ok {
		return spec.Name
	}
	spec := &ebpf.MapSpec{
		Name:       fmt.Sprintf("names%d", len(c.nameMaps)),
		Type:       ebpf.Array,
		KeySize:    4,
		ValueSize:  uint32(size),
		MaxEntries: uint32(len(table)),
	}
	for i, t := range table {
		v := make([]byte, size)
		copy(v[:size-1], name(t))
		spec.Contents = append(spec.Contents, ebpf.MapKV{Key: uint32(i), Value: v})
	}
	if c.nameMaps == nil {
		c.nameMaps = map[nameMapKey]*ebpf.MapSpec{}
	}
	c.nameMaps[key] = spec
	c.stacks[spec.Name] = spec
	return spec.Name
}

// nameMapKey is what nameMap's arrays are kept by.
type nameMapKey struct {
	table funcTableKey
	which string
	size  int
}
