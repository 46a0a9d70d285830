package runtime

import (
	"fmt"
	"strings"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/flamegraph"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime/format"
)

// StackKeyed reports whether a map is keyed by a stack: one of its key
// parts is a kstack or a ustack. Such maps are the ones -f folded and
// --flamegraph write.
func StackKeyed(m *codegen.Map) bool {
	for _, k := range m.Info.Keys {
		if k.Kind == lang.Stack {
			return true
		}
	}
	return false
}

// StackMaps returns the maps of a compiled script that -f folded and
// --flamegraph write, or an error saying why there are none, or which
// one holds values that do not add up.
func StackMaps(out *codegen.Output) ([]*codegen.Map, error) {
	var maps []*codegen.Map
	for _, m := range out.Maps {
		if !StackKeyed(m) {
			continue
		}
		v := m.Info.Value
		if !format.Folds(aggKinds[v.Agg], v.Kind == lang.Int) {
			what := v.String()
			if v.Kind == lang.Agg {
				what = v.Agg.String() + "()"
			}
			return nil, fmt.Errorf("map %s is keyed by a stack but holds %s: folded stacks need count(), sum() or an integer", m.Name, what)
		}
		maps = append(maps, m)
	}
	if len(maps) == 0 {
		return nil, fmt.Errorf("the script has no map keyed by kstack or ustack (such as @[kstack] = count())")
	}
	return maps, nil
}

// writeMap writes a map as print() asks: as text or JSON as bpftrace
// does, or folded (Options.Folded) when it is keyed by stacks (top and
// div apply only to text and JSON).
func (s *session) writeMap(cm *codegen.Map, m *format.Map, top, div int) error {
	switch {
	case s.opts.Folded && StackKeyed(cm):
		return format.WriteFolded(s.opts.Out, []*format.Map{m})
	case s.opts.JSON:
		return format.WriteMapJSONTop(s.opts.Out, m, top, div)
	}
	return format.WriteMap(s.opts.Out, m, top, div)
}

// writeAllMaps writes the maps at exit: as text or JSON as bpftrace
// does, or with Options.Folded those keyed by stacks as folded lines
// (each line starting with its map's name when there are several) and,
// after them, the others that hold anything as text.
func (s *session) writeAllMaps(cms []*codegen.Map, maps []*format.Map) error {
	if s.opts.JSON {
		return format.WriteMapsJSON(s.opts.Out, maps)
	}
	if !s.opts.Folded {
		return format.WriteMaps(s.opts.Out, maps)
	}
	var stacks []*format.Map
	for i, cm := range cms {
		if StackKeyed(cm) {
			stacks = append(stacks, maps[i])
		}
	}
	if err := format.WriteFolded(s.opts.Out, stacks); err != nil {
		return err
	}
	for i, cm := range cms {
		if !StackKeyed(cm) && len(maps[i].Entries) > 0 {
			if err := format.WriteMap(s.opts.Out, maps[i], 0, 0); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeFlameGraph draws the maps keyed by stacks into Options.FlameGraph.
func (s *session) writeFlameGraph(cms []*codegen.Map, maps []*format.Map) error {
	var stackMaps []*format.Map
	var names []string
	for i, cm := range cms {
		if StackKeyed(cm) {
			stackMaps = append(stackMaps, maps[i])
			names = append(names, cm.Name+" ("+valueName(cm.Info.Value)+")")
		}
	}
	stacks, err := format.FoldMaps(stackMaps)
	if err != nil {
		return err
	}
	opts := flamegraph.Options{Title: s.opts.FlameGraphTitle, Subtitle: strings.Join(names, ", ")}
	return flamegraph.WriteSVG(s.opts.FlameGraph, stacks, opts)
}

// valueName says what a map keyed by stacks adds up: "sum", "count" or
// "value".
func valueName(t *lang.Type) string {
	if t.Kind == lang.Agg {
		return t.Agg.String()
	}
	return "value"
}
