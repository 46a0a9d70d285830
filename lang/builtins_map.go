package lang

// Builtins that take a whole map and a key: has_key(@m, k),
// delete(@m, k), and len(@m).

// mapAndKey checks a call whose first argument is a map with keys and
// whose second is a key of it: the key itself for a map with one key, a
// tuple of them for one with several.
func (c *checker) mapAndKey(e *CallExpr) *MapInfo {
	ref, ok := e.Args[0].(*MapExpr)
	if !ok || len(ref.Keys) > 0 {
		c.errorf(e.Args[0].Position(), "%s() takes a whole map first, such as @name", e.Name)
		return nil
	}
	m := c.wholeMap(ref)
	if m == nil {
		return nil
	}
	if len(m.Keys) == 0 {
		c.errorf(ref.Pos, "%s() takes a map with keys; %s has none", e.Name, ref.Name)
		return nil
	}
	key := e.Args[1]
	kt := c.expr(key)
	if kt == nil {
		return nil
	}
	want := m.Keys[0]
	if len(m.Keys) > 1 {
		want = TupleType(m.Keys...)
	}
	if !sameShape(want, kt) || (kt.Kind == Tuple && len(m.Keys) == 1 && want.Kind != Tuple) {
		c.errorf(key.Position(), "map %s's key is %s, not %s", ref.Name, want, kt)
		return nil
	}
	return m
}

func checkHasKey(c *checker, e *CallExpr) *Type {
	if c.mapAndKey(e) == nil {
		return nil
	}
	return BoolType()
}

// checkLen types len(@m), the number of keys the map holds.
func checkLen(c *checker, e *CallExpr) *Type {
	ref, ok := e.Args[0].(*MapExpr)
	if !ok || len(ref.Keys) > 0 {
		c.errorf(e.Args[0].Position(), "len() takes a whole map, such as @name")
		return nil
	}
	m := c.wholeMap(ref)
	if m == nil {
		return nil
	}
	if len(m.Keys) == 0 {
		c.errorf(ref.Pos, "len() takes a map with keys; %s has none", ref.Name)
		return nil
	}
	return Uint64Type
}

// nsecsClocks are the clocks nsecs(clock) reads, by name.
var nsecsClocks = map[string]bool{"monotonic": true, "boot": true, "tai": true}

// checkNsecs types nsecs(clock): the time on the monotonic clock (as
// nsecs), the boot clock (counting suspend) or TAI.
func checkNsecs(c *checker, e *CallExpr) *Type {
	id, ok := e.Args[0].(*Ident)
	if !ok || !nsecsClocks[id.Name] {
		c.errorf(e.Args[0].Position(), "nsecs() takes a clock: monotonic, boot or tai")
		return nil
	}
	return Uint64Type
}
