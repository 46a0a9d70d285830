package runtime

import (
	"cmp"
	"errors"
	"maps"
	goruntime "runtime"
	"slices"
	"sync"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
)

// newCollection is ebpf.NewCollectionWithOptions with the programs loaded
// on several threads at once. Loading a program is mostly the verifier's
// time, spent in the loading thread: cilium/ebpf loads a collection's
// programs one after another, so a script's programs took the sum of
// their verifier times on one CPU while the others sat idle, on the path
// to the first event. Here the maps are made first, as before, and the
// programs, split into groups of about equal size (instructions), are
// then loaded one group per thread, each group as a collection of its
// own sharing those maps. What the caller gets is one collection, as
// before; on an error nothing it loaded is left open, and the error is
// the one loading the group of the first program (by name) that failed
// would give. A tracing program whose target kernel finds is loaded
// without cilium/ebpf's decoding of the kernel's BTF (see loadTracing).
func newCollection(spec *ebpf.CollectionSpec, opts ebpf.CollectionOptions, kernel KernelBTF) (*ebpf.Collection, error) {
	return newCollectionNotify(spec, opts, kernel, nil)
}

// newCollectionNotify is newCollection telling loaded, when not nil, of
// each program as soon as it has loaded (from the loading threads, so
// loaded must be safe to call from several goroutines and not block),
// while the others are still being verified. Not every program is told
// of (one loaded by a path that makes the whole collection at once is
// not), and a program told of is closed again if the collection fails:
// what the collection returns is what counts.
func newCollectionNotify(spec *ebpf.CollectionSpec, opts ebpf.CollectionOptions, kernel KernelBTF, loaded func(string, *ebpf.Program)) (*ebpf.Collection, error) {
	if loaded == nil {
		loaded = func(string, *ebpf.Program) {}
	}
	if len(spec.Variables) > 0 {
		return ebpf.NewCollectionWithOptions(spec, opts)
	}
	targets := tracingTargets(spec.Programs, kernel)
	threads := goruntime.GOMAXPROCS(0)
	if totalInstructions(spec.Programs) < parallelLoadInstructions {
		threads = 1
	}
	groups := programGroups(spec.Programs, threads)
	if len(groups) < 2 && len(targets) == 0 {
		return ebpf.NewCollectionWithOptions(spec, opts)
	}
	mapsOnly := *spec
	mapsOnly.Programs = nil
	coll, err := ebpf.NewCollectionWithOptions(&mapsOnly, opts)
	if err != nil {
		return nil, err
	}
	colls := make([]*ebpf.Collection, len(groups))
	errs := make([]error, len(groups))
	var wg sync.WaitGroup
	for i, g := range groups {
		load := func() {
			// Every map is the one made above; the group's collection
			// holds clones of their descriptors, closed once its
			// programs are taken.
			colls[i], errs[i] = loadGroup(spec, g, targets, coll.Maps, opts, loaded)
		}
		if len(groups) == 1 {
			load()
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			load()
		}()
	}
	wg.Wait()
	coll.Programs = map[string]*ebpf.Program{}
	var first error
	firstName := ""
	for i, c := range colls {
		if errs[i] != nil {
			if name := minKey(groups[i]); first == nil || name < firstName {
				first, firstName = errs[i], name
			}
			continue
		}
		for name, p := range c.Programs {
			coll.Programs[name] = p
		}
		for _, m := range c.Maps {
			m.Close()
		}
	}
	if first != nil {
		coll.Close()
		var verr *ebpf.VerifierError
		if !errors.As(first, &verr) {
			// Not a program the kernel refused but something the threads
			// ran out of (each group holds its own descriptors of the
			// maps: EMFILE comes sooner): loaded one by one, the script
			// fails or not as it always did, and names the program.
			return ebpf.NewCollectionWithOptions(spec, opts)
		}
		return nil, first
	}
	return coll, nil
}

// loadGroup loads the programs of group, sharing the maps shared: those
// with a tracing target found in lazybtf (targets) directly, the others,
// and any of those that did not load so, with cilium/ebpf. It tells
// loaded of each as it loads (see newCollectionNotify).
func loadGroup(spec *ebpf.CollectionSpec, group map[string]*ebpf.ProgramSpec, targets map[string]btf.TypeID, shared map[string]*ebpf.Map, opts ebpf.CollectionOptions, loaded func(string, *ebpf.Program)) (*ebpf.Collection, error) {
	direct := map[string]*ebpf.Program{}
	part := *spec
	part.Programs = map[string]*ebpf.ProgramSpec{}
	for name, p := range group {
		if id, ok := targets[name]; ok {
			if prog, err := loadTracing(p, shared, id); err == nil {
				direct[name] = prog
				loaded(name, prog)
				continue
			}
			// Refused, or something else went wrong: cilium/ebpf loads
			// it as it always did, and says why in its own words.
		}
		part.Programs[name] = p
	}
	if len(part.Programs) == 0 {
		return &ebpf.Collection{Programs: direct, Maps: map[string]*ebpf.Map{}}, nil
	}
	c, err := ebpf.NewCollectionWithOptions(&part, ebpf.CollectionOptions{
		Maps:            opts.Maps,
		Programs:        opts.Programs,
		MapReplacements: shared,
	})
	if err != nil {
		for _, p := range direct {
			p.Close()
		}
		return nil, err
	}
	for name, prog := range c.Programs {
		loaded(name, prog)
	}
	maps.Copy(c.Programs, direct)
	return c, nil
}

// parallelLoadInstructions is how many instructions a script's programs
// must have in all before they are loaded on several threads: below it
// the verifier's time is small beside what the threads' extra
// descriptors and collections cost. A variable for the tests.
var parallelLoadInstructions = 2048

// totalInstructions is the number of instructions of progs in all.
func totalInstructions(progs map[string]*ebpf.ProgramSpec) int {
	n := 0
	for _, p := range progs {
		n += len(p.Instructions)
	}
	return n
}

// tracingLoadCost is what loading a tracing program costs beyond its
// instructions, in instructions' worth of verifier time: the kernel looks
// its target up by name in vmlinux's BTF, one type after another (for a
// tp_btf program, the tracepoint's __bpf_trace_ function, for its
// arguments' names). On 6.18 here that is ~0.3 ms a program, about what
// the verifier takes for 250 of udplat's instructions: a 23-instruction
// tp_btf program loaded in 0.34 ms, the 1,930 of sk_data_ready in 3.1.
const tracingLoadCost = 250

// loadCost is the verifier time loading p takes, in instructions' worth.
func loadCost(p *ebpf.ProgramSpec) int {
	if p.Type == ebpf.Tracing {
		return len(p.Instructions) + tracingLoadCost
	}
	return len(p.Instructions)
}

// programGroups splits progs into at most n groups of about equal total
// cost (loadCost), the costliest program first into the least loaded
// group; none when there are no programs. Names break ties, so that the
// same programs always make the same groups.
func programGroups(progs map[string]*ebpf.ProgramSpec, n int) []map[string]*ebpf.ProgramSpec {
	names := make([]string, 0, len(progs))
	for name := range progs {
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int {
		if c := cmp.Compare(loadCost(progs[b]), loadCost(progs[a])); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	n = min(n, len(names))
	groups := make([]map[string]*ebpf.ProgramSpec, n)
	size := make([]int, n)
	for _, name := range names {
		least := 0
		for i := range size {
			if size[i] < size[least] {
				least = i
			}
		}
		if groups[least] == nil {
			groups[least] = map[string]*ebpf.ProgramSpec{}
		}
		groups[least][name] = progs[name]
		size[least] += loadCost(progs[name])
	}
	return groups
}

// minKey is the first of m's names.
func minKey(m map[string]*ebpf.ProgramSpec) string {
	first := ""
	for name := range m {
		if first == "" || name < first {
			first = name
		}
	}
	return first
}
