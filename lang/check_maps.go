package lang

func mapTypes(ts []*Type) []*Type {
	out := make([]*Type, len(ts))
	for i, t := range ts {
		out[i] = mapType(t)
	}
	return out
}

func mapTypeOrNil(t *Type) *Type {
	if t == nil {
		return nil
	}
	return mapType(t)
}

// mapKeys checks the key expressions of a map reference.
func (c *checker) mapKeys(m *MapExpr) []*Type {
	var keys []*Type
	for _, k := range m.Keys {
		t := c.storedValue(k, c.expr(k))
		if t == nil {
			return nil
		}
		if !t.Storable() {
			c.errorf(k.Position(), "cannot use %s as a map key", t)
			return nil
		}
		keys = append(keys, t)
	}
	if len(keys) == 1 && keys[0].Kind == Tuple && keys[0].Names == nil && !keys[0].CArray && len(keys[0].Elems) > 1 {
		// As in today's bpftrace, a map's keys are a tuple: @m[$k]
		// with $k = (a, b) is @m[a, b].
		return keys[0].Elems
	}
	return keys
}

// useMap checks that a use's keys agree with the map's and widens them.
func (c *checker) useMap(m *MapInfo, ref *MapExpr, keys []*Type) {
	if len(ref.Keys) > 0 && keys == nil {
		return // key errors already reported
	}
	if len(keys) != len(m.Keys) {
		c.errorf(ref.Pos, "map %s has %d keys, used here with %d", m.Name, len(m.Keys), len(keys))
		return
	}
	for i, k := range keys {
		if !sameShape(m.Keys[i], k) {
			c.errorf(ref.Keys[min(i, len(ref.Keys)-1)].Position(), "map %s key %d is %s, used here with %s", m.Name, i+1, m.Keys[i], k)
			return
		}
		unify(m.Keys[i], k)
	}
}
