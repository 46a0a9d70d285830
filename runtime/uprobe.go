package runtime

import (
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

func init() {
	attachers[lang.UprobeProbe] = attachUprobe
	attachers[lang.UretprobeProbe] = attachUprobe
}

// attachUprobe attaches a uprobe or uretprobe at the file offset the
// checker found for the target's symbol, in every process that maps the
// binary or, with -p, in that process only.
func attachUprobe(s *session, p *codegen.Program, prog *ebpf.Program) ([]io.Closer, string, error) {
	t := p.Target
	if s.opts.PID != 0 && DetectPIDNamespace().Own {
		return nil, "", fmt.Errorf("-p %d is a host pid, but ntrace runs in a PID namespace of its own, where the kernel would read it as another process's; run ntrace in the host's PID namespace (hostPID in a pod) to put uprobes in one process", s.opts.PID)
	}
	ex, err := link.OpenExecutable(t.Path)
	if err != nil {
		return nil, "", err
	}
	opts := &link.UprobeOptions{Address: t.Offset, PID: s.opts.PID}
	var l link.Link
	if t.Kind == lang.UretprobeProbe {
		l, err = ex.Uretprobe(t.Func, prog, opts)
	} else {
		l, err = ex.Uprobe(t.Func, prog, opts)
	}
	if err != nil {
		if s.opts.PID != 0 && errors.Is(err, syscall.ESRCH) {
			return nil, "", fmt.Errorf("no process %d to trace: %w", s.opts.PID, err)
		}
		if errors.Is(err, os.ErrNotExist) {
			return nil, "", fmt.Errorf("this kernel has no uprobes (CONFIG_UPROBE_EVENTS off?): %w", err)
		}
		return nil, "", err
	}
	how := p.Attach.Mechanism.String()
	if s.opts.PID != 0 {
		how += fmt.Sprintf(" in process %d only", s.opts.PID)
	}
	return []io.Closer{l}, fmt.Sprintf("%s at file offset 0x%x", how, t.Offset), nil
}
