package lang

import (
	"maps"
	"slices"
)

// quietPass runs a pass that reports nothing, for the map shapes it
// learns: seeded with known's assigned maps, its side tables sized by
// sizes or taken from spare (see presize).
func (c *checker) quietPass(prog *Program, known map[string]*MapInfo, sizes sideSizes, spare *Info) *checker {
	q := newChecker(c.env, c.params, c.info.Config)
	q.quiet = true
	q.targets = c.targets
	q.presize(sizes, spare)
	q.seedMaps(known)
	q.program(prog)
	return q
}

// snapshotSeeds copies the assigned maps of known as a pass seeded with
// them starts: their key, value and argument types cloned, since a
// pass widens a seeded map's types in place (unify). clone copies what
// unify writes to (a type and its elements, recursively).
func snapshotSeeds(known map[string]*MapInfo) map[string]*MapInfo {
	out := make(map[string]*MapInfo, len(known))
	for name, m := range known {
		if !m.assigned {
			continue
		}
		keys := make([]*Type, len(m.Keys))
		for i, k := range m.Keys {
			keys[i] = clone(k)
		}
		out[name] = &MapInfo{Name: name, Pos: m.Pos, Keys: keys, Value: cloneOrNil(m.Value), Arg: cloneOrNil(m.Arg), Lhist: m.Lhist, KeyExprs: m.KeyExprs, assigned: true}
	}
	return out
}

func cloneOrNil(t *Type) *Type {
	if t == nil {
		return nil
	}
	return clone(t)
}

// settled reports whether the reporting pass just run, seeded with
// seeds, is the one that a second quiet pass would have led to. A quiet
// pass and a reporting pass seeded alike take the same steps, and so
// learn the same shapes, but where a map is read or cleared before it is
// assigned (the quiet pass takes it for an integer, the reporting pass
// for nothing: readUnassigned). Without such a read, when the reporting
// pass ends with every map as seeded, neither added nor widened, the
// second quiet pass would have ended so too, and then seeded the
// reporting pass exactly as this one was.
func (c *checker) settled(seeds map[string]*MapInfo) bool {
	if c.readUnassigned {
		return false
	}
	n := 0
	for name, m := range c.info.Maps {
		if !m.assigned {
			continue
		}
		n++
		s := seeds[name]
		if s == nil || s.Pos != m.Pos || s.Lhist != m.Lhist || !sameTypes(s.Keys, m.Keys) ||
			!equalType(s.Value, m.Value) || !equalType(s.Arg, m.Arg) || !sameExprs(s.KeyExprs, m.KeyExprs) {
			return false
		}
	}
	return n == len(seeds)
}

func sameTypes(a, b []*Type) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !equalType(a[i], b[i]) {
			return false
		}
	}
	return true
}

func sameExprs(a, b []Expr) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// equalType reports whether a and b are the same type field by field,
// their elements compared alike and everything else they point to (BTF,
// fields, an array's element) by identity: stricter than the types'
// meaning, so that a false answer costs only a pass.
func equalType(a, b *Type) bool {
	if a == nil || b == nil {
		return a == b
	}
	if a.Kind != b.Kind || a.Size != b.Size || a.Signed != b.Signed || a.Name != b.Name ||
		a.Agg != b.Agg || a.Elem != b.Elem || a.Len != b.Len || a.Target != b.Target ||
		a.BTF != b.BTF || a.Stack != b.Stack || a.CArray != b.CArray || a.Bool != b.Bool ||
		a.Format != b.Format || a.User != b.User || a.Kernel != b.Kernel ||
		len(a.Fields) != len(b.Fields) || len(a.Names) != len(b.Names) || !sameTypes(a.Elems, b.Elems) {
		return false
	}
	for i := range a.Fields {
		if a.Fields[i] != b.Fields[i] {
			return false
		}
	}
	for i := range a.Names {
		if a.Names[i] != b.Names[i] {
			return false
		}
	}
	return true
}

// fork is a checker as c is after expanding the attach points and
// before its pass: c's state shared where a pass only reads it (the
// environment, the targets, the module caches), its errors, warnings
// and the tables a pass writes copied, so that a pass run on the fork
// leaves c as it was. TestCheckerFork lists the fields it copies.
func (c *checker) fork() *checker {
	f := *c
	f.info = newChecker(c.env, c.params, c.info.Config).info
	f.info.Warnings = slices.Clone(c.info.Warnings)
	f.errs = slices.Clone(c.errs)
	f.vars = maps.Clone(c.vars)
	f.scopes = slices.Clone(c.scopes)
	f.loadedModules = slices.Clone(c.loadedModules)
	f.moduleBTF = slices.Clone(c.moduleBTF)
	f.scriptTypes = maps.Clone(c.scriptTypes)
	f.paramVals = maps.Clone(c.paramVals)
	f.unsetReported = maps.Clone(c.unsetReported)
	f.declared = maps.Clone(c.declared)
	f.badStructs = maps.Clone(c.badStructs)
	f.envReported = maps.Clone(c.envReported)
	f.userEnums = maps.Clone(c.userEnums)
	f.userEnumTypes = maps.Clone(c.userEnumTypes)
	return &f
}
