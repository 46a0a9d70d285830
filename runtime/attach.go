package runtime

import (
	"fmt"
	"strings"

	"github.com/ntrace/ntrace/codegen"
)

// attachAll attaches every program but BEGIN and END, until the run is
// asked to stop (see watchStop). If one fails, the
// ones already attached are detached before the error is returned, unless
// the probe is optional (probe?, or --missing=warn): then the failure is a
// warning, and the run goes on without it as long as some probe attached.
// The probes of an either's alternatives attach after the others, one
// alternative each (attachChoices); --missing=warn does not apply to them.
// Timers (interval:, profile:) outside an either attach last of all, so
// that their time counts from when the rest is in place: attaching a
// wildcard's hundreds of tracepoints, or an alternative that fails
// part-way, takes a good part of a second, and an `interval:ms:300 {
// exit(); }` would otherwise end the run before the probes it was to
// give 300 ms were attached.
func (s *session) attachAll() error {
	if err := s.unavailable(); err != nil {
		return err
	}
	tried, attached := 0, 0
	s.mu.Lock()
	s.attached = make([]string, len(s.out.Programs))
	s.mu.Unlock()
	// plain attaches the probes outside any either, the timers or the
	// others; it returns false when the run is to go no further.
	plain := func(timers bool) (bool, error) {
		for _, p := range s.out.Programs {
			kind := p.Target.Kind
			if kind.RunsOnce() || p.Probe.Probe.Alt != nil || kernelKinds[kind].timer != timers {
				continue
			}
			tried++
			ok, goOn, err := s.attachPlain(p)
			if err != nil || !goOn {
				return false, err
			}
			if ok {
				attached++
			}
		}
		return true, nil
	}
	if goOn, err := plain(false); !goOn {
		return err
	}
	n, err := s.attachChoices()
	if err != nil {
		s.detach()
		return err
	}
	tried, attached = tried+n, attached+n
	if goOn, err := plain(true); !goOn {
		return err
	}
	if tried > 0 && attached == 0 {
		return fmt.Errorf("none of the script's probes could be attached")
	}
	return nil
}

// unavailable is the error attaching the first probe outside any either
// that this kernel cannot run at all (kprobes where it has none and
// refuses fentry) would end the run with, said before anything is
// attached: the probes before it would only be attached to be detached
// again, which takes a good part of a second.
func (s *session) unavailable() error {
	if s.opts.MissingWarn {
		return nil
	}
	for _, p := range s.out.Programs {
		if p.Attach == nil || p.Attach.Unavailable == nil || p.Target.AP.Optional || p.Probe.Probe.Alt != nil || p.Target.Kind.RunsOnce() {
			continue
		}
		return fmt.Errorf("attaching %s: %w", probeName(p), p.Attach.Unavailable)
	}
	return nil
}

// attachPlain attaches p, a probe outside any either. ok says it was
// attached; an optional probe that failed is a warning, not an error. An
// error detaches everything attached so far. goOn is false when the run
// is to attach nothing more: an error, or a request to stop.
func (s *session) attachPlain(p *codegen.Program) (ok, goOn bool, err error) {
	attach, err := attacherOf(p.Target.Kind)
	if err != nil {
		s.detach()
		return false, false, fmt.Errorf("attaching %s: %w", p.Target, err)
	}
	name := probeName(p)
	links, how, err := attach(s, p, s.coll.Programs[p.Name])
	if err != nil {
		if rerr := explainResourceError(s.out, p, err); rerr != nil {
			s.detach()
			return false, false, rerr
		}
		if p.Target.AP.Optional || s.opts.MissingWarn {
			s.opts.Warn(fmt.Sprintf("%s not attached: %v", name, err))
			return false, true, nil
		}
		s.detach()
		return false, false, fmt.Errorf("attaching %s: %w", name, err)
	}
	if !s.keep(links) {
		return false, false, nil // asked to stop: END runs, nothing more attaches
	}
	s.noteAttached(p, how)
	s.opts.Verbose(fmt.Sprintf("%s: attached as %s", name, how))
	return true, true, nil
}

// noteAttached records how program p was attached, for Live.Health.
func (s *session) noteAttached(p *codegen.Program, how string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, q := range s.out.Programs {
		if q == p {
			s.attached[i] = how
		}
	}
}

// probeName names what a program hooks: its target, or for a kprobe_multi
// program hooking several functions the pattern and how many it matched.
func probeName(p *codegen.Program) string {
	if p.Attach != nil && len(p.Attach.Symbols) > 1 {
		return fmt.Sprintf("%s (%d functions)", strings.TrimSuffix(p.Target.AP.Raw, "?"), len(p.Attach.Symbols))
	}
	return p.Target.String()
}
