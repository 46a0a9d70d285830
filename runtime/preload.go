package runtime

import (
	"fmt"
	"maps"
	"slices"

	"github.com/cilium/ebpf"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

// The programs of an either's alternative used to load only once it was
// tried, in the attach stage, after BEGIN: while the script's own maps
// and programs loaded, one CPU sat idle, and the alternatives' verifier
// time, most of the script's for udplat, only started after them. Now
// the first alternative each either will try (preloadable) is loaded
// from the load stage on, on the same threads as the main programs and
// right after them: the load stage waits only for the main programs (BEGIN
// needs them), and the alternative's programs keep loading while BEGIN
// runs. Loading is not attaching: nothing of an alternative is attached
// before attachChoices tries it, after BEGIN and the probes outside
// eithers, as before; it then takes the programs as they load (or have
// loaded) instead of starting to load them. One never tried (BEGIN
// called exit(), an error, a stop) is closed with the session.

// startLoad makes the script's maps and loads its main programs and the
// first alternative of each either (see preloadable), each program as
// soon as the maps it refers to are made (see pendingMaps); it returns
// once the maps are made and the main programs loaded, as a collection
// that owns the maps. A map replacements has (the events ring buffer
// made ahead) is used, cloned, instead of making the one of that name.
func (s *session) startLoad(replacements map[string]*ebpf.Map) (*ebpf.Collection, error) {
	spec := s.out.Collection
	main := newLoadBatch(spec.Programs, tracingTargets(spec.Programs, s.opts.KernelBTF))
	batches := []*loadBatch{main}
	for _, ch := range s.out.Choices {
		a, specs := s.preloadable(ch)
		if a == nil {
			continue
		}
		b := newLoadBatch(specs, tracingTargets(specs, s.opts.KernelBTF))
		b.notify = make(chan loadedProgram, len(specs))
		if s.preloaded == nil {
			s.preloaded = map[*lang.Alternative]*loadBatch{}
		}
		s.preloaded[a] = b
		batches = append(batches, b)
	}
	pm := newPendingMaps(slices.Collect(maps.Keys(spec.Maps)))
	s.loader = startLoading(pm, ebpf.ProgramOptions{}, batches)
	err := pm.make(spec.Maps, ebpf.CollectionOptions{MapReplacements: replacements}, mapOrder(s.loader.items))
	if err == nil {
		var progs map[string]*ebpf.Program
		if progs, err = main.wait(); err == nil {
			return &ebpf.Collection{Maps: pm.all(), Programs: progs}, nil
		}
	}
	s.stopPreloads() // the threads done, the maps can close
	main.close()     // when the maps failed, what it had taken may have loaded
	closeMaps(pm.all())
	return nil, err
}

// preloadable is the alternative of ch that attachChoices will try first
// and the programs it will load for it: the first not left out by the
// checker whose probes this kernel can all run (an optional one that it
// cannot is not loaded). a is nil when there is none.
func (s *session) preloadable(ch *lang.Choice) (a *lang.Alternative, specs map[string]*ebpf.ProgramSpec) {
	for _, a := range ch.Alts {
		if s.out.Left[a] != nil {
			continue
		}
		specs, _, err := s.alternativeSpecs(a)
		if err != nil {
			continue // passed over before anything is loaded
		}
		return a, specs
	}
	return nil, nil
}

// alternativeSpecs is what attachAlternative loads for a: its programs,
// by name, with the program each is of. An optional probe this kernel
// cannot run is left out; one not optional is the error.
func (s *session) alternativeSpecs(a *lang.Alternative) (map[string]*ebpf.ProgramSpec, map[string]*codegen.Program, error) {
	specs := map[string]*ebpf.ProgramSpec{}
	byName := map[string]*codegen.Program{}
	for _, p := range s.out.AlternativePrograms(a) {
		if p.Attach != nil && p.Attach.Unavailable != nil {
			if p.Target.AP.Optional {
				continue
			}
			return nil, nil, fmt.Errorf("%s: %w", probeName(p), p.Attach.Unavailable)
		}
		specs[p.Name] = p.Spec
		byName[p.Name] = p
	}
	return specs, byName, nil
}

// loadAlternative starts loading the programs specs of alternative a,
// sharing the session's maps: taken from the ones loading since the load
// stage when a is the alternative preloaded, else started now. The batch
// it returns tells of each program as it loads.
func (s *session) loadAlternative(a *lang.Alternative, specs map[string]*ebpf.ProgramSpec) *loadBatch {
	if b := s.preloaded[a]; b != nil {
		delete(s.preloaded, a)
		return b
	}
	b := newLoadBatch(specs, tracingTargets(specs, s.opts.KernelBTF))
	b.notify = make(chan loadedProgram, len(specs))
	startLoading(madeMaps(s.coll.Maps), ebpf.ProgramOptions{}, []*loadBatch{b})
	return b
}

// stopPreloads stops loading what attachChoices has not taken, waits for
// the loading threads, and closes the programs of the alternatives never
// tried.
func (s *session) stopPreloads() {
	if s.loader == nil {
		return
	}
	s.loader.stop()
	for _, b := range s.preloaded {
		b.close()
	}
	s.preloaded = nil
}
