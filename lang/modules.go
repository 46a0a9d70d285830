package lang

import (
	"github.com/cilium/ebpf/btf"
)

// modules returns the loaded modules' BTF, asked of the Env once per check
// and only when a name was not found in vmlinux.
func (c *checker) modules() []KernelModule {
	if c.moduleBTF == nil {
		c.moduleBTF = []KernelModule{}
		if me, ok := c.env.(ModuleEnv); ok {
			if mods, err := me.ModuleBTF(); err == nil {
				c.moduleBTF = mods
			}
		}
	}
	return c.moduleBTF
}

// moduleTagged finds a struct, union or enum in the modules' BTF.
func (c *checker) moduleTagged(tag, name string) (btf.Type, bool) {
	for _, m := range c.modules() {
		if t, err := lookupTagged(m.Types, tag, name); err == nil {
			return t, true
		}
	}
	return nil, false
}

// moduleTypedef finds a typedef in the modules' BTF.
func (c *checker) moduleTypedef(name string) (btf.Type, bool) {
	for _, m := range c.modules() {
		if td, err := typedefByName(m.Types, name); err == nil {
			return td, true
		}
	}
	return nil, false
}

// moduleFunc finds a function's BTF in the module it belongs to: the one
// the attach point names, else the one kallsyms lists it in. Only that
// module's BTF is loaded; a function of the kernel itself that has no BTF
// costs no module loads at all.
func (c *checker) moduleFunc(module, name string) *btf.Func {
	me, ok := c.env.(ModuleEnv)
	if !ok || module == "vmlinux" {
		return nil
	}
	if module == "" {
		m, err := me.SymbolModule(name)
		if err != nil || m == "" {
			return nil
		}
		module = m
	}
	kt, err := me.ModuleSpec(module)
	if err != nil {
		return nil
	}
	c.loadedModules = append(c.loadedModules, kt)
	return btfFunc(kt, name)
}
