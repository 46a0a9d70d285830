package runtime

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"

	"github.com/cilium/ebpf"
)

// pendingMaps is a script's maps as they are made, one after another
// (made on two threads at once, udplat's 22 maps took about as long, 0.9
// to 1.1 ms here): a program starts loading as soon as the maps it
// refers to are made, while the others are still being made. udplat's
// END refers to two of them, made first: it is verified while the other
// twenty are made, which took it off the path to BEGIN.
type pendingMaps struct {
	ready map[string]chan struct{} // closed once the map is made, or making it failed
	mu    sync.Mutex
	made  map[string]*ebpf.Map
}

// errMapsFailed is what a program waiting for a map gets when making the
// maps failed: the run fails with the map's own error.
var errMapsFailed = errors.New("the maps could not be made")

// newPendingMaps is the maps names, none made yet.
func newPendingMaps(names []string) *pendingMaps {
	pm := &pendingMaps{ready: map[string]chan struct{}{}, made: map[string]*ebpf.Map{}}
	for _, name := range names {
		pm.ready[name] = make(chan struct{})
	}
	return pm
}

// madeMaps is pendingMaps of maps made already.
func madeMaps(ms map[string]*ebpf.Map) *pendingMaps {
	pm := newPendingMaps(slices.Collect(maps.Keys(ms)))
	for name, m := range ms {
		pm.made[name] = m
		close(pm.ready[name])
	}
	return pm
}

// get waits until the map called name is made and returns it.
func (pm *pendingMaps) get(name string) (*ebpf.Map, error) {
	ready := pm.ready[name]
	if ready == nil {
		return nil, fmt.Errorf("missing map %s", name)
	}
	<-ready
	pm.mu.Lock()
	defer pm.mu.Unlock()
	if m := pm.made[name]; m != nil {
		return m, nil
	}
	return nil, errMapsFailed
}

// make makes the maps specs describes in the order given, then any
// others; a map opts.MapReplacements has is not made but that map,
// cloned. On an error it makes no more, and every get of one not made
// fails; the error names the map as cilium/ebpf does ("map NAME: ...").
// The maps made are the caller's to close (all), once no program is
// loading.
func (pm *pendingMaps) make(specs map[string]*ebpf.MapSpec, opts ebpf.CollectionOptions, order []string) error {
	order = slices.DeleteFunc(slices.Clone(order), func(name string) bool { return specs[name] == nil })
	for _, name := range slices.Sorted(maps.Keys(specs)) {
		if !slices.Contains(order, name) {
			order = append(order, name)
		}
	}
	for i, name := range order {
		m, err := makeMap(specs[name], opts.MapReplacements[name], opts.Maps)
		if err != nil {
			for _, rest := range order[i:] {
				close(pm.ready[rest])
			}
			return fmt.Errorf("map %s: %w", name, err)
		}
		pm.mu.Lock()
		pm.made[name] = m
		pm.mu.Unlock()
		close(pm.ready[name])
	}
	return nil
}

// all is the maps made.
func (pm *pendingMaps) all() map[string]*ebpf.Map {
	pm.mu.Lock()
	defer pm.mu.Unlock()
	return maps.Clone(pm.made)
}

// makeMaps makes the maps specs names (see pendingMaps.make), none left
// open on an error.
func makeMaps(specs map[string]*ebpf.MapSpec, opts ebpf.CollectionOptions) (map[string]*ebpf.Map, error) {
	pm := newPendingMaps(slices.Collect(maps.Keys(specs)))
	if err := pm.make(specs, opts, nil); err != nil {
		closeMaps(pm.all())
		return nil, err
	}
	return pm.all(), nil
}

// mapOrder is the order to make maps in for programs loading in the
// order items: the maps the first refers to, then those the second
// refers to that are not made yet, and so on.
func mapOrder(items []loadItem) []string {
	var order []string
	seen := map[string]bool{}
	for _, it := range items {
		for _, ins := range it.batch.specs[it.name].Instructions {
			if ref := ins.Reference(); ins.IsLoadFromMap() && ref != "" && !seen[ref] {
				seen[ref] = true
				order = append(order, ref)
			}
		}
	}
	return order
}

// makeMap makes the map spec describes, or clones replacement when there
// is one.
func makeMap(spec *ebpf.MapSpec, replacement *ebpf.Map, opts ebpf.MapOptions) (*ebpf.Map, error) {
	if replacement == nil {
		return ebpf.NewMapWithOptions(spec, opts)
	}
	if err := spec.Compatible(replacement); err != nil {
		return nil, err
	}
	return replacement.Clone()
}

// closeMaps closes every map of ms.
func closeMaps(ms map[string]*ebpf.Map) {
	for _, m := range ms {
		m.Close()
	}
}
