package lang

import (
	"errors"
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
	left := unattachable(prog, params)
	readmit(prog, left)
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
		if readmit(prog, left) {
			continue
		}
		if err := exhausted(prog, left); err != nil {
			return nil, err
		}
	}
}

// ErrUnattachable is the cause of the error Info.Left holds for an
// alternative left out unchecked because one of its probes cannot attach
// on this kernel (Params.Unattachable).
var ErrUnattachable = errors.New("cannot attach on this kernel")

// unattachable leaves out, before anything is checked, each alternative
// with a probe on a kernel function (not optional) that params says no
// probe of its kind can attach to here: the probe at the attach point,
// and why.
func unattachable(prog *Program, params Params) map[*Alternative]error {
	left := map[*Alternative]error{}
	if params.Unattachable == nil {
		return left
	}
	for _, ch := range prog.Choices {
		for _, a := range ch.Alts {
			if err := alternativeUnattachable(a, params.Unattachable); err != nil {
				left[a] = err
			}
		}
	}
	return left
}

// alternativeUnattachable is the error for a's first attach point that
// cannot attach here, or nil.
func alternativeUnattachable(a *Alternative, why func(ProbeKind, string) error) error {
	for _, p := range a.Probes {
		for _, ap := range p.Attach {
			k := KindNamed(ap.Kind)
			if ap.Optional || k == nil || k.Context != KernelFunction || len(ap.Parts) == 0 {
				continue
			}
			fn := ap.Parts[len(ap.Parts)-1]
			if i := strings.IndexByte(fn, '+'); i >= 0 {
				fn = fn[:i]
			}
			if err := why(k.Kind, fn); err != nil {
				return ErrorList{{Pos: ap.Pos, Msg: fmt.Sprintf("%s: %v", ap.Raw, err), Err: fmt.Errorf("%w: %w", ErrUnattachable, err)}}.Err()
			}
		}
	}
	return nil
}

// readmit puts back the alternatives left out unchecked as unattachable
// of each either that has no other left in play, and says whether it did:
// those are then checked, compiled and passed over by the runtime, which
// says that none can run, as it would without Params.Unattachable.
func readmit(prog *Program, left map[*Alternative]error) bool {
	did := false
	for _, ch := range prog.Choices {
		inPlay := false
		for _, a := range ch.Alts {
			inPlay = inPlay || left[a] == nil
		}
		if inPlay {
			continue
		}
		for _, a := range ch.Alts {
			if errors.Is(left[a], ErrUnattachable) {
				delete(left, a)
				did = true
			}
		}
	}
	return did
}

// LeftUnattachable says, for an error of Info.Left, whether its
// alternative was left out because a probe of it cannot attach on this
// kernel rather than because it does not check, and then why, without a
// position: "kprobe:f: this kernel has no kprobes …".
func LeftUnattachable(err error) (string, bool) {
	var errs ErrorList
	if !errors.Is(err, ErrUnattachable) || !asErrorList(err, &errs) || len(errs) != 1 {
		return "", false
	}
	return errs[0].Msg, true
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
