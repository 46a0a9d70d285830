package lang

import (
	"fmt"

	"github.com/cilium/ebpf/btf"
)

// lookupTagged finds "struct name", "union name" or "enum name" in spec.
func lookupTagged(spec *btf.Spec, tag, name string) (btf.Type, error) {
	types, err := spec.AnyTypesByName(name)
	if err != nil {
		return nil, fmt.Errorf("unknown type %s %s in kernel BTF", tag, name)
	}
	for _, t := range types {
		switch t.(type) {
		case *btf.Struct:
			if tag == "struct" {
				return t, nil
			}
		case *btf.Union:
			if tag == "union" {
				return t, nil
			}
		case *btf.Enum:
			if tag == "enum" {
				return t, nil
			}
		}
	}
	return nil, fmt.Errorf("unknown type %s %s in kernel BTF", tag, name)
}
