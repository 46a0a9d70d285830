package runtime

import (
	"fmt"
	"io"

	"github.com/cilium/ebpf"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

// attacher attaches one program for its probe kind and says which
// mechanism it used. One file per probe kind registers its attacher.
type attacher func(p *codegen.Program, prog *ebpf.Program) (links []io.Closer, mechanism string, err error)

var attachers = map[lang.ProbeKind]attacher{}

// attachAll attaches every program but BEGIN and END. If one fails, the
// ones already attached are detached before the error is returned.
func (s *session) attachAll() error {
	for _, p := range s.out.Programs {
		if p.Target.Kind == lang.BeginProbe || p.Target.Kind == lang.EndProbe {
			continue
		}
		attach, ok := attachers[p.Target.Kind]
		if !ok {
			s.detach()
			return fmt.Errorf("attaching %s: this probe kind cannot be attached yet", p.Target)
		}
		links, how, err := attach(p, s.coll.Programs[p.Name])
		if err != nil {
			s.detach()
			return fmt.Errorf("attaching %s: %w", p.Target, err)
		}
		s.links = append(s.links, links...)
		s.opts.Verbose(fmt.Sprintf("%s: attached as %s", p.Target, how))
	}
	return nil
}
