package lang

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
)

// Parameters in attach points: uprobe:${BIN}:${FUNC} takes its binary and
// function from -D BIN=… -D FUNC=…. The attach point is split into its
// fields first and each reference is replaced inside its field, so a value
// names a target and can never add, remove or reorder fields, nor change
// the probe kind (which a reference may not stand for). Only string
// parameters may appear there; a script that declares no parameters may
// use any -D value. A value may hold what the field itself could: a '*'
// in FUNC is a wildcard, as written in the script.
//
// An attach point all of whose parameters are empty strings is skipped:
// no program, no error, no warning. That is how a script offers a probe
// the user turns on by giving its parameters (param BIN string = "").
// Some empty and some not is an error: half a target is a mistake.

// paramRef matches one ${NAME} reference. It is compiled on first use:
// few attach points have references, and every start would pay for it.
var paramRef = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)\}`)
})

// posParamRef matches one $N positional parameter in an attach point
// (i:ms:$1), as bpftrace takes them there.
var posParamRef = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\$([1-9][0-9]*)`)
})

// attachParams is what the substitution needs to know of the parameters.
type attachParams struct {
	vals       map[string]*paramValue
	declared   map[string]*ParamDecl // nil when the script declares none
	positional []string
}

// scriptParams reads the -D values against prog's declarations without
// reporting anything: program() reports the same problems where they are.
func (c *checker) scriptParams(prog *Program) attachParams {
	q := newChecker(c.env, c.params, c.info.Config)
	q.quiet = true
	q.declareParams(prog.Params)
	return attachParams{vals: q.paramVals, declared: q.declared, positional: c.params.Positional}
}

// resolvePositional replaces the positional parameters ($1…) in ap's
// fields with their values, each inside its field as ${NAME} is.
func resolvePositional(ap *AttachPoint, positional []string) (*AttachPoint, error) {
	// Most attach points have no '$': they need no regular expression,
	// compiled on first use (~20 us a start).
	if !strings.Contains(ap.Raw, "$") || !posParamRef().MatchString(ap.Raw) {
		return ap, nil
	}
	var bad error
	subst := func(s string) string {
		return posParamRef().ReplaceAllStringFunc(s, func(ref string) string {
			n, _ := atoiStrict(ref[1:])
			if n < 1 || n > len(positional) {
				if bad == nil {
					bad = fmt.Errorf("%s: positional parameter %s is not given (%d given)", ap.Raw, ref, len(positional))
				}
				return ref
			}
			return positional[n-1]
		})
	}
	out := *ap
	out.Parts = make([]string, len(ap.Parts))
	for i, p := range ap.Parts {
		out.Parts[i] = subst(p)
	}
	out.Raw = subst(ap.Raw)
	return &out, bad
}

// resolveAttach returns ap with its parameter references replaced by their
// values: ap itself when it has none, a copy when it has, nil when it is
// to be skipped because every parameter it names is empty.
func resolveAttach(ap *AttachPoint, ps attachParams) (*AttachPoint, error) {
	ap, err := resolvePositional(ap, ps.positional)
	if err != nil {
		return nil, err
	}
	if !strings.Contains(ap.Raw, "${") {
		return ap, nil
	}
	var empty, given []string
	var bad error
	subst := func(s string) string {
		return paramRef().ReplaceAllStringFunc(s, func(ref string) string {
			name := ref[2 : len(ref)-1]
			v, err := attachParam(name, ps)
			if err != nil && bad == nil {
				bad = err
			}
			if v == "" {
				empty = append(empty, ref)
			} else {
				given = append(given, ref)
			}
			return v
		})
	}
	out := *ap
	out.Parts = make([]string, len(ap.Parts))
	for i, p := range ap.Parts {
		out.Parts[i] = subst(p)
	}
	if bad != nil {
		return nil, bad
	}
	if len(given) == 0 {
		return nil, nil
	}
	if len(empty) > 0 {
		return nil, fmt.Errorf("%s: %s set but %s empty; give all of its parameters or none",
			ap.Raw, strings.Join(dedup(given), ", "), strings.Join(dedup(empty), ", "))
	}
	out.Raw = subst(ap.Raw)
	return &out, nil
}

// attachParam is parameter name's value as text, for an attach point.
func attachParam(name string, ps attachParams) (string, error) {
	d := ps.declared[name]
	if ps.declared != nil && d == nil {
		return "", fmt.Errorf("parameter %s is not declared; the script declares %s", name, declNames(sortedDecls(ps.declared)))
	}
	if d != nil && d.Type != "string" {
		return "", fmt.Errorf("parameter %s is %s; an attach point takes string parameters only", name, d.Type)
	}
	pv := ps.vals[name]
	if pv == nil {
		if d != nil {
			return "", fmt.Errorf("parameter %s has no default: run with -D %s=VALUE (%s)", name, name, d.Help)
		}
		return "", fmt.Errorf("parameter %s is not set: run with -D %s=VALUE", name, name)
	}
	return pv.value, nil
}

// dedup drops repeated references, keeping the first of each.
func dedup(refs []string) []string {
	var out []string
	for _, r := range refs {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}
