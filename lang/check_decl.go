package lang

import (
	"strconv"

	"github.com/cilium/ebpf/btf"
)

// MapKind is how a map is kept in the kernel, as a declaration such as
// let @m = lruhash(100) asks.
type MapKind uint8

// The kinds of maps a declaration may ask for. An undeclared map is a
// DefaultMap: a hash map, per CPU for an aggregation.
const (
	DefaultMap MapKind = iota
	HashMap
	LRUHashMap
	PerCPUHashMap
	PerCPULRUHashMap
)

var mapKinds = map[string]MapKind{
	"hash": HashMap, "lruhash": LRUHashMap, "percpuhash": PerCPUHashMap, "percpulruhash": PerCPULRUHashMap,
}

// LRU reports whether a map of kind k evicts its least recently used
// keys to make room for new ones, rather than refusing them.
func (k MapKind) LRU() bool { return k == LRUHashMap || k == PerCPULRUHashMap }

// PerCPU reports whether a map of kind k keeps a value per CPU.
func (k MapKind) PerCPU() bool { return k == PerCPUHashMap || k == PerCPULRUHashMap }

// declareMaps applies the script's map declarations to the maps its
// probes use.
func (c *checker) declareMaps(decls []*MapDecl) {
	seen := map[string]*MapDecl{}
	for _, d := range decls {
		if first := seen[d.Map]; first != nil {
			c.errorf(d.Pos, "map %s is declared twice (first at %s)", d.Map, first.Pos)
			continue
		}
		seen[d.Map] = d
		kind, ok := mapKinds[d.Kind]
		if !ok {
			c.errorf(d.KindPos, "unknown map kind %s: declare hash, lruhash, percpuhash or percpulruhash", d.Kind)
			continue
		}
		if len(d.Args) != 1 {
			c.errorf(d.KindPos, "%s() takes one argument, the most keys the map holds", d.Kind)
			continue
		}
		n, err := strconv.ParseInt(d.Args[0], 0, 64)
		if err != nil || n < 1 || n > MaxMapEntries {
			c.errorf(d.ArgsPos[0], "%s(%s): the most keys a map holds is a number from 1 to %d", d.Kind, d.Args[0], MaxMapEntries)
			continue
		}
		m := c.info.Maps[d.Map]
		if m == nil || !m.assigned {
			c.warnf(d.Pos, "map %s is declared but never used", d.Map)
			continue
		}
		if kind.PerCPU() && m.Value.Kind != Agg {
			c.errorf(d.Pos, "map %s is declared %s, but holds %s: a per-CPU map holds an aggregation (count(), sum(), …)", d.Map, d.Kind, m.Value)
			continue
		}
		m.Kind, m.MaxEntries = kind, int(n)
	}
}

// MaxMapEntries is the most keys a map may be declared to hold: the
// kernel's largest hash map.
const MaxMapEntries = 1 << 31

// enumValue is one value of an enum the script defines.
type enumValue struct {
	enum  *btf.Enum
	value uint64
}

// declareEnums makes the names of the script's enums constants, ahead
// of the kernel's of the same names.
func (c *checker) declareEnums(decls []*EnumDecl) {
	c.userEnums = map[string]enumValue{}
	c.userEnumTypes = map[string]*btf.Enum{}
	for _, d := range decls {
		en := &btf.Enum{Name: d.Name, Size: 8}
		for _, v := range d.Values {
			if _, dup := c.userEnums[v.Name]; dup {
				c.errorf(v.Pos, "enum value %s is defined twice", v.Name)
				continue
			}
			if v.Value < 0 {
				en.Signed = true
			}
			en.Values = append(en.Values, btf.EnumValue{Name: v.Name, Value: uint64(v.Value)})
			c.userEnums[v.Name] = enumValue{en, uint64(v.Value)}
		}
		if d.Name != "" {
			if c.userEnumTypes[d.Name] != nil {
				c.errorf(d.Pos, "enum %s is defined twice", d.Name)
			}
			c.userEnumTypes[d.Name] = en
		}
	}
}

// enumType is the type of a value of "enum name": an integer that prints
// by the enum's names. The script's enums come before the kernel's.
func (c *checker) enumType(tn TypeName) *Type {
	if en := c.userEnumTypes[tn.Name]; en != nil {
		return &Type{Kind: Int, Size: 8, Signed: en.Signed, BTF: en}
	}
	t, err := c.lookupType("enum", tn.Name)
	if err != nil {
		c.errorf(tn.Pos, "%v", err)
		return nil
	}
	en, ok := t.(*btf.Enum)
	if !ok {
		c.errorf(tn.Pos, "%s is not an enum", tn)
		return nil
	}
	return &Type{Kind: Int, Size: int(en.Size), Signed: en.Signed, BTF: en}
}

// kernelIntType resolves a kernel typedef of an integer type (uint64_t,
// pid_t) to that integer type; nil when BTF has none.
func (c *checker) kernelIntType(name string) *Type {
	spec, err := c.env.BTF()
	if err != nil {
		return nil
	}
	types, err := spec.TypesByName(name)
	if err != nil {
		return nil
	}
	for _, t := range types {
		if td, ok := t.(*btf.Typedef); ok {
			if it, ok := btf.UnderlyingType(td).(*btf.Int); ok && it.Size <= 8 {
				return IntType(int(it.Size), it.Encoding == btf.Signed)
			}
		}
	}
	return nil
}

// checkBool types true and false.
func checkBool(c *checker, e *Ident) *Type {
	c.info.Consts[e] = Const{Int: b2u(e.Name == "true")}
	return BoolType()
}
