package runtime

import (
	"io"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

func init() {
	attachers[lang.TracepointProbe] = attachTracepoint
	attachers[lang.RawTracepointProbe] = attachRawTracepoint
}

// attachTracepoint attaches through a perf event on the tracepoint.
func attachTracepoint(_ *session, p *codegen.Program, prog *ebpf.Program) ([]io.Closer, string, error) {
	if err := EnsureTracefs(); err != nil {
		return nil, "", err
	}
	l, err := attachPerfTracepoint(p.Target.Group, p.Target.Name, prog)
	if err != nil {
		return nil, "", err
	}
	return []io.Closer{l}, "perf-event tracepoint", nil
}

// attachRawTracepoint attaches a BTF-typed raw tracepoint (tp_btf).
func attachRawTracepoint(_ *session, p *codegen.Program, prog *ebpf.Program) ([]io.Closer, string, error) {
	l, err := link.AttachTracing(link.TracingOptions{Program: prog, AttachType: ebpf.AttachTraceRawTp})
	if err != nil {
		return nil, "", err
	}
	return []io.Closer{l}, "tp_btf", nil
}
