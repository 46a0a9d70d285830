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
func (s *session) attachAll() error {
	tried, attached := 0, 0
	for _, p := range s.out.Programs {
		if p.Target.Kind.RunsOnce() {
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
		s.opts.Verbose(fmt.Sprintf("%s: attached as %s", name, how))
	}
	if tried > 0 && attached == 0 {
		return fmt.Errorf("none of the script's probes could be attached")
	}
	return nil
}

// probeName names what a program hooks: its target, or for a kprobe_multi
// program hooking several functions the pattern and how many it matched.
func probeName(p *codegen.Program) string {
	if p.Attach != nil && len(p.Attach.Symbols) > 1 {
		return fmt.Sprintf("%s (%d functions)", strings.TrimSuffix(p.Target.AP.Raw, "?"), len(p.Attach.Symbols))
	}
	return p.Target.String()
}
