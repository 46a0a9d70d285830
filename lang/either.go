package lang

import (
	"fmt"
	"strings"
)

// Check type-checks prog against the kernel env describes.
//
// An either's alternatives are tried as the kernel allows: an alternative
// that does not check here (it names a function, a tracepoint or a struct
// member this kernel lacks) is left out, and Info.Left says why; the
// alternatives that do check are all compiled, for the runtime to attach
// the first that it can. Each either must keep an alternative; errors
// outside the alternatives are errors as usual.
func Check(prog *Program, env Env, params Params) (*Info, error) {
	if len(prog.Choices) == 0 {
		return checkProbes(prog, env, params)
	}
	left := map[*Alternative]error{}
	for {
		sub := *prog
		sub.Probes = nil
		for _, p := range prog.Probes {
			if p.Alt == nil || left[p.Alt] == nil {
				sub.Probes = append(sub.Probes, p)
			}
		}
		info, err := checkProbes(&sub, env, params)
		if err == nil {
			info.Left = left
			return info, nil
		}
		var errs ErrorList
		if !asErrorList(err, &errs) {
			return nil, err
		}
		found, outside := splitByAlternative(prog, left, errs)
		if len(outside) > 0 {
			// Errors of the script itself: those are the ones to fix,
			// whatever the alternatives would do on this kernel.
			return nil, outside.Err()
		}
		if len(found) == 0 {
			return nil, err
		}
		for a, ae := range found {
			left[a] = ae.Err()
		}
		if err := exhausted(prog, left); err != nil {
			return nil, err
		}
	}
}

// splitByAlternative sorts errs into those inside an alternative still
// in play, by alternative, and the rest.
func splitByAlternative(prog *Program, left map[*Alternative]error, errs ErrorList) (map[*Alternative]ErrorList, ErrorList) {
	found := map[*Alternative]ErrorList{}
	var outside ErrorList
	for _, e := range errs {
		a := alternativeAt(prog, e.Pos)
		if a == nil || left[a] != nil {
			outside = append(outside, e)
			continue
		}
		found[a] = append(found[a], e)
	}
	return found, outside
}

// alternativeAt returns the alternative whose parentheses hold p, or nil.
func alternativeAt(prog *Program, p Pos) *Alternative {
	for _, ch := range prog.Choices {
		for _, a := range ch.Alts {
			if a.Contains(p) {
				return a
			}
		}
	}
	return nil
}

// exhausted returns an error, at the either, for the first choice none of
// whose alternatives can run here, saying why for each; the errors inside
// the alternatives keep their positions.
func exhausted(prog *Program, left map[*Alternative]error) error {
	for _, ch := range prog.Choices {
		var all ErrorList
		for _, a := range ch.Alts {
			if left[a] == nil {
				all = nil
				break
			}
			var errs ErrorList
			if asErrorList(left[a], &errs) {
				all = append(all, errs...)
			}
		}
		if all == nil {
			continue
		}
		names := make([]string, len(ch.Alts))
		for i, a := range ch.Alts {
			names[i] = fmt.Sprint(a.Index + 1)
		}
		head := &Error{Pos: ch.Pos, Msg: fmt.Sprintf("no alternative of this either can run on this kernel: alternatives %s each have an error, below", strings.Join(names, ", "))}
		return append(ErrorList{head}, all...).Err()
	}
	return nil
}

// asErrorList reports whether err is a list of positioned errors, or one,
// and puts them in list.
func asErrorList(err error, list *ErrorList) bool {
	switch e := err.(type) {
	case ErrorList:
		*list = e
		return true
	case *Error:
		*list = ErrorList{e}
		return true
	}
	return false
}
