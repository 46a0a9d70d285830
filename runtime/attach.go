package runtime

import (
	"fmt"
	"io"
	"strings"

	"github.com/cilium/ebpf"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

// attacher attaches one program for its probe kind and says which
// mechanism it used. One file per probe kind registers its attacher.
type attacher func(s *session, p *codegen.Program, prog *ebpf.Program) (links []io.Closer, mechanism string, err error)

var attachers = map[lang.ProbeKind]attacher{}

// attachAll attaches every program but BEGIN and END, until the run is
// asked to stop (see watchStop). If one fails, the
// ones already attached are detached before the error is returned, unless
// the probe is optional (probe?, or --missing=warn): then the failure is a
// warning, and the run goes on without it as long as some probe attached.
func (s *session) attachAll() error {
	tried, attached := 0, 0
	s.mu.Lock()
	s.attached = make([]string, len(s.out.Programs))
	s.mu.Unlock()
	for i, p := range s.out.Programs {
		if p.Target.Kind == lang.BeginProbe || p.Target.Kind == lang.EndProbe {
			continue
		}
		tried++
		attach, ok := attachers[p.Target.Kind]
		if !ok {
			s.detach()
			return fmt.Errorf("attaching %s: this probe kind cannot be attached yet", p.Target)
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
		s.mu.Lock()
		s.attached[i] = how
		s.mu.Unlock()
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
