package codegen

import (
	"fmt"
	"sort"

	"github.com/cilium/ebpf"

	"github.com/ntrace/ntrace/lang"
)

// MapKind is the kind of kernel map an @map is kept in.
type MapKind int

// The map kinds. Which one a map gets is chosen for its value and
// capacity (see chooseMap), unless Options.MapDecls says.
const (
	// AutoMap lets Compile choose.
	AutoMap MapKind = iota
	// HashMap keeps one value per key, shared by the CPUs: aggregations
	// update it with atomic instructions. A new key costs the traced code
	// about a microsecond here, and the map's memory does not grow with
	// the number of CPUs; a key every CPU updates at once makes them wait
	// on each other.
	HashMap
	// PerCPUHashMap keeps a value per CPU for each key, updated without
	// atomics and merged when the map is printed: the fastest for keys
	// that are updated often, but each new key costs the traced code
	// about 13 µs when allocated on demand (per-CPU memory), and
	// preallocating costs the number of CPUs times the memory.
	PerCPUHashMap
	// LRUHashMap is HashMap that, when full, drops its least recently
	// used key to make room for a new one instead of refusing it.
	LRUHashMap
	// PerCPULRUHashMap is PerCPUHashMap that drops its least recently
	// used key when full.
	PerCPULRUHashMap
	// PerCPUArrayMap holds a keyless aggregation, a value per CPU: one
	// slot, or for hist and lhist a slot per bucket, indexed by the
	// bucket. A lookup of a slot in range never fails, so the traced code
	// adds to it with no insert and no map-full path.
	PerCPUArrayMap
)

var mapKindNames = [...]string{
	AutoMap: "auto", HashMap: "hash", PerCPUHashMap: "percpuhash", LRUHashMap: "lruhash",
	PerCPULRUHashMap: "percpulruhash", PerCPUArrayMap: "percpuarray",
}

func (k MapKind) String() string {
	if int(k) < len(mapKindNames) {
		return mapKindNames[k]
	}
	return fmt.Sprintf("MapKind(%d)", int(k))
}

// PerCPU reports whether the kind keeps a value per CPU.
func (k MapKind) PerCPU() bool {
	return k == PerCPUHashMap || k == PerCPULRUHashMap || k == PerCPUArrayMap
}

// ebpfType is the kernel's map type for the kind.
func (k MapKind) ebpfType() ebpf.MapType {
	switch k {
	case HashMap:
		return ebpf.Hash
	case PerCPUHashMap:
		return ebpf.PerCPUHash
	case LRUHashMap:
		return ebpf.LRUHash
	case PerCPULRUHashMap:
		return ebpf.LRUCPUHash
	case PerCPUArrayMap:
		return ebpf.PerCPUArray
	}
	return ebpf.UnspecifiedMap
}

// MapDecl says how an @map is kept: its kind, how many keys it holds and
// whether its elements are allocated when the map is made. A script's
// declaration of a map (let @m = lruhash(N)) becomes one, in
// Options.MapDecls; Compile fills in what it leaves out.
type MapDecl struct {
	Kind MapKind
	// Entries is the most keys the map holds; 0 for Options.MapEntries.
	Entries uint32
	// Prealloc allocates every element when the map is made: the memory
	// is taken at once, whether the keys come or not, and a new key costs
	// the traced code least. Otherwise (BPF_F_NO_PREALLOC) elements are
	// allocated as keys arrive. LRU maps are always preallocated.
	Prealloc bool
}

// PerCPULimit is the most keys a keyed aggregation may hold and still be
// kept per CPU and allocated on demand when Compile chooses: at about
// 13 µs of the traced code's time for each new key, that is at most
// about 0.2 s over a whole run. A map that may hold more is a shared,
// preallocated HashMap: a new key costs about 1 µs, and a script with so
// many keys rarely has one that every CPU updates at once. Measured on
// sys_enter_getppid with a new key per call (a 240 ns system call here):
// per-CPU on demand 12.4–15.5 µs a call at 4096 to 1M keys, per-CPU
// preallocated 0.8–1.0 µs (but 0.6 s to make 1M keys on two CPUs, and
// memory times the CPUs), shared on demand 1.1–2.1 µs, shared
// preallocated 0.8–0.95 µs (23 ms and 81 MB to make 1M keys).
const PerCPULimit = 16384

// chooseMap decides how the script's map mi is kept: as declared, with
// what the declaration leaves out chosen as for an undeclared map.
func (c *compiler) chooseMap(mi *lang.MapInfo) MapDecl {
	d, given := c.opts.MapDecls[mi.Name]
	if !given && mi.Kind != lang.DefaultMap {
		d = MapDecl{Kind: declaredKinds[mi.Kind], Entries: uint32(mi.MaxEntries)}
	}
	if d.Entries == 0 {
		d.Entries = c.opts.MapEntries
	}
	// Large maps are preallocated: a new key costs least, and a map too
	// big for the memory fails as it is made, not key by key.
	prealloc := d.Entries > PerCPULimit || !c.opts.AllocOnDemand
	agg := mi.Value.Kind == lang.Agg
	switch {
	case d.Kind == AutoMap:
		switch {
		case agg && len(mi.Keys) == 0:
			d.Kind = PerCPUArrayMap
		case agg && (d.Entries <= PerCPULimit || needsPerCPU(mi.Value.Agg)):
			d.Kind = PerCPUHashMap
		default:
			d.Kind = HashMap
		}
		d.Prealloc = prealloc
	case !given:
		d.Prealloc = prealloc // the script's declaration says kind and size only
	}
	switch d.Kind {
	case PerCPUArrayMap:
		d.Entries, d.Prealloc = arraySlots(mi), true
	case LRUHashMap, PerCPULRUHashMap:
		d.Prealloc = true
	}
	return d
}

// HistBuckets is the number of hist() buckets: 0 for negative values, 1
// for 0, and 2+k for [2^k, 2^(k+1)) up to k = 63 (log2Bucket).
const HistBuckets = 66

// arraySlots is the number of slots of the keyless aggregation mi kept in
// a PerCPUArrayMap: a slot per bucket for hist and lhist (below min,
// (max-min)/step in range, at or above max), else one.
func arraySlots(mi *lang.MapInfo) uint32 {
	if mi.Value.Kind != lang.Agg {
		return 1
	}
	switch mi.Value.Agg {
	case lang.Hist:
		return HistBuckets
	case lang.Lhist:
		lo, hi, step := mi.Lhist[0], mi.Lhist[1], mi.Lhist[2]
		return uint32((hi-lo)/step + 2)
	}
	return 1
}

// declaredKinds are the kinds of map a script's declaration asks for.
var declaredKinds = map[lang.MapKind]MapKind{
	lang.HashMap: HashMap, lang.LRUHashMap: LRUHashMap,
	lang.PerCPUHashMap: PerCPUHashMap, lang.PerCPULRUHashMap: PerCPULRUHashMap,
}

// needsPerCPU reports whether an aggregation is only kept per CPU:
// min and max compare and store, which a shared value would need a
// compare-and-swap loop for.
func needsPerCPU(agg lang.AggKind) bool {
	return agg == lang.Min || agg == lang.Max
}

// mapSpec makes the kernel map for m as d says.
func mapSpec(m *Map, d MapDecl) *ebpf.MapSpec {
	spec := &ebpf.MapSpec{
		Name: fmt.Sprintf("m%d", m.Index), Type: d.Kind.ebpfType(), MaxEntries: d.Entries,
		KeySize: uint32(m.KeySize), ValueSize: uint32(m.ValueSize),
	}
	if !d.Prealloc {
		spec.Flags |= bpfFNoPrealloc
	}
	return spec
}

// bpfFNoPrealloc is BPF_F_NO_PREALLOC: a hash map allocates its elements
// as they are inserted.
const bpfFNoPrealloc = 1

// bigMapMemory is the kernel memory above which a map made for the
// script is warned about: it is taken when ntrace starts, used or not.
const bigMapMemory = 64 << 20

// warnBigMaps warns about the maps that take more than bigMapMemory of
// kernel memory as they are made, at their first use.
func (c *compiler) warnBigMaps() {
	for _, m := range c.out.Maps {
		mem := m.KernelMemory(c.opts.PossibleCPUs)
		if mem < bigMapMemory {
			continue
		}
		how := "preallocated, so that a new key costs the traced code least"
		if !m.Decl.Prealloc {
			how = "its hash buckets"
		}
		c.out.Warnings = append(c.out.Warnings, &lang.Error{Pos: m.Info.Pos, Msg: fmt.Sprintf(
			"%s may hold %d keys: it takes %s of kernel memory from the start (%s)",
			m.Name, m.Spec.MaxEntries, FormatBytes(mem), how)})
	}
	sort.SliceStable(c.out.Warnings, func(i, j int) bool { return c.out.Warnings[i].Pos.Offset < c.out.Warnings[j].Pos.Offset })
}
