package metrics

import (
	"strconv"
	"strings"

	"github.com/ntrace/ntrace/lang"
)

// defaultName names the metric of a map the script did not declare:
// ntrace_ and the map's name (ntrace_map for @), with _total for a
// counter.
func defaultName(mapName string, counter bool) string {
	n := sanitize(strings.TrimPrefix(mapName, "@"))
	if n == "" {
		n = "map"
	}
	n = "ntrace_" + n
	if counter && !strings.HasSuffix(n, "_total") {
		n += "_total"
	}
	return n
}

// inferLabels names each key part of a map (lang.KeyParts) from the key
// expressions of its first assignment: comm for comm, reason for
// args->reason, location for ksym(args->location), a tuple variable's
// elements from_0, from_1. A stack is not a label (""): its values are
// many and long. Parts with no name of their own are key0, key1…; names
// that would clash get _2, _3.
func inferLabels(m *lang.MapInfo, reserved ...string) []string {
	var names []string
	if len(m.KeyExprs) == 1 && len(m.Keys) > 1 {
		// One tuple for several keys (@m[$t] is @m[a, b]): named as
		// the tuple's elements.
		names = partNames(m.KeyExprs[0], &lang.Type{Kind: lang.Tuple, Elems: m.Keys}, 0)
	} else {
		for i, k := range m.Keys {
			var e lang.Expr
			if i < len(m.KeyExprs) {
				e = m.KeyExprs[i]
			}
			names = append(names, partNames(e, k, len(names))...)
		}
	}
	used := map[string]bool{}
	for _, r := range reserved {
		used[r] = true
	}
	for i, n := range names {
		if n == "" {
			continue
		}
		base := n
		for j := 2; used[n]; j++ {
			n = base + "_" + strconv.Itoa(j)
		}
		used[n] = true
		names[i] = n
	}
	return names
}

// partNames names the parts of one key expression e of type t; index is
// the first part's position in the whole key.
func partNames(e lang.Expr, t *lang.Type, index int) []string {
	if t.Kind == lang.Stack {
		return []string{""}
	}
	if t.Kind != lang.Tuple {
		n := exprName(e)
		if n == "" {
			n = "key" + strconv.Itoa(index)
		}
		return []string{n}
	}
	var out []string
	tuple, literal := e.(*lang.TupleExpr)
	base := exprName(e)
	for i, el := range t.Elems {
		var sub lang.Expr
		switch {
		case literal && i < len(tuple.Elems):
			sub = tuple.Elems[i]
		case base != "":
			sub = &lang.Ident{Name: base + "_" + strconv.Itoa(i)}
		}
		out = append(out, partNames(sub, el, index+len(out))...)
	}
	return out
}

// exprName is the name an expression suggests for a label, "" when it
// suggests none.
func exprName(e lang.Expr) string {
	switch e := e.(type) {
	case *lang.Ident:
		return sanitize(e.Name)
	case *lang.FieldExpr:
		return sanitize(e.Name)
	case *lang.VarExpr:
		return sanitize(strings.TrimPrefix(e.Name, "$"))
	case *lang.MapExpr:
		return sanitize(strings.TrimPrefix(e.Name, "@"))
	case *lang.ParamExpr:
		return sanitize(strings.ToLower(e.Name))
	case *lang.CastExpr:
		return exprName(e.X)
	case *lang.TupleIndexExpr:
		if n := exprName(e.X); n != "" {
			return n + "_" + strconv.Itoa(e.Index)
		}
	case *lang.CallExpr:
		// ksym(args->location) is a location, str(args->name) a name,
		// ntohs($udp->dest) a dest.
		if len(e.Args) > 0 {
			if n := exprName(e.Args[0]); n != "" {
				return n
			}
		}
		return sanitize(e.Name)
	}
	return ""
}

// sanitize makes s a valid label name: other characters become _, a
// leading digit gets a _ before it, leading underscores go (names starting
// with __ are Prometheus's own), and le and quantile, which histograms and
// summaries use, get a trailing _.
func sanitize(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z'):
			b.WriteRune(r)
		case r >= '0' && r <= '9':
			if i == 0 {
				b.WriteString("n")
			}
			b.WriteRune(r)
		default:
			b.WriteRune('_')
		}
	}
	n := strings.TrimLeft(b.String(), "_")
	if n == "le" || n == "quantile" {
		n += "_"
	}
	return n
}
