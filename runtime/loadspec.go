package runtime

import (
	"maps"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// withoutLineInfo returns a copy of spec whose programs carry no source
// lines. cilium/ebpf hands a program's source lines to the kernel as BTF
// line info, which costs a BTF load per program and, once per run, six
// BTF feature probes; ntrace ties a verifier rejection to its script line
// on its own, from its copy of the instructions (sourceAt), and has no
// other use for them. The maps are shared with spec.
func withoutLineInfo(spec *ebpf.CollectionSpec) *ebpf.CollectionSpec {
	out := *spec
	out.Programs = make(map[string]*ebpf.ProgramSpec, len(spec.Programs))
	for name, p := range spec.Programs {
		out.Programs[name] = programWithoutLineInfo(p)
	}
	out.Maps = maps.Clone(spec.Maps)
	return &out
}

// programWithoutLineInfo is withoutLineInfo for one program.
func programWithoutLineInfo(p *ebpf.ProgramSpec) *ebpf.ProgramSpec {
	cp := *p
	cp.Instructions = make(asm.Instructions, len(p.Instructions))
	for i, ins := range p.Instructions {
		cp.Instructions[i] = ins.WithSource(nil)
	}
	return &cp
}
