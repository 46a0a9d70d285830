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
// The probes of an either's alternatives attach last, one alternative
// each (attachChoices); --missing=warn does not apply to them.
func (s *session) attachAll() error {
	tried, attached := 0, 0
	s.mu.Lock()
	s.attached = make([]string, len(s.out.Programs))
	s.mu.Unlock()
	for _, p := range s.out.Programs {
		if p.Target.Kind.RunsOnce() || p.Probe.Probe.Alt != nil {
			continue
		}
		tried++
		attach, err := attacherOf(p.Target.Kind)
		if err != nil {
			s.detach()
			return fmt.Errorf("attaching %s: %w", p.Target, err)
		}
		name := probeName(p)
		links, how, err := attach(s, p, s.coll.Programs[p.Name])
		if err != nil {
			if rerr := explainResourceError(s.out, p, err); rerr != nil {
				s.detach()
				return rerr
			}
			if p.Target.AP.Optional || s.opts.MissingWarn {
				s.opts.Warn(fmt.Sprintf("%s not attached: %v", name, err))
				continue
			}
			s.detach()
			return fmt.Errorf("attaching %s: %w", name, err)
		}
		if !s.keep(links) {
			return nil // asked to stop: END runs, nothing more attaches
		}
		attached++
		s.noteAttached(p, how)
		s.opts.Verbose(fmt.Sprintf("%s: attached as %s", name, how))
	}
	n, err := s.attachChoices()
	if err != nil {
		s.detach()
		return err
	}
	tried, attached = tried+n, attached+n
	if tried > 0 && attached == 0 {
		return fmt.Errorf("none of the script's probes could be attached")
	}
	return nil
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
