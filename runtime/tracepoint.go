package runtime

import (
	"fmt"
	"io"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

func init() {
	registerKind(lang.TracepointProbe, kernelKind{attach: attachTracepoint, list: listTracepoints})
	registerKind(lang.RawTracepointProbe, kernelKind{attach: attachRawTracepoint, list: listRawTracepoints})
}

// attachTracepoint attaches through a perf event on the tracepoint.
// A script's many syscall tracepoints run from one instead (see
// dispatched).
func attachTracepoint(s *session, p *codegen.Program, prog *ebpf.Program) ([]io.Closer, string, error) {
	if err := EnsureTracefs(); err != nil {
		return nil, "", err
	}
	if links, how, ok, err := s.dispatched(p, prog); ok {
		return links, how, err
	}
	l, err := attachPerfTracepoint(p.Target.Group, p.Target.Name, prog)
	if err != nil {
		return nil, "", err
	}
	return []io.Closer{l}, "perf-event tracepoint", nil
}

// attachRawTracepoint attaches a raw tracepoint's program: a BTF-typed
// one (tp_btf) or, for a program that reads nothing through its
// arguments' BTF types, a plain one (see codegen's program).
func attachRawTracepoint(_ *session, p *codegen.Program, prog *ebpf.Program) ([]io.Closer, string, error) {
	if p.Spec.Type == ebpf.RawTracepoint {
		l, err := link.AttachRawTracepoint(link.RawTracepointOptions{Name: p.Target.Name, Program: prog})
		if err != nil {
			return nil, "", err
		}
		return []io.Closer{l}, "raw_tracepoint", nil
	}
	l, err := link.AttachTracing(link.TracingOptions{Program: prog, AttachType: ebpf.AttachTraceRawTp})
	if err != nil {
		return nil, "", err
	}
	return []io.Closer{l}, "tp_btf", nil
}

// listTracepoints lists the tracepoints tracefs has, with -v the fields
// of their records.
func listTracepoints(l *listing, k *lang.KindInfo, rest string) error {
	tps, err := l.env.Tracepoints()
	if err != nil {
		return fmt.Errorf("listing tracepoints: %w", err)
	}
	match := matcher(rest)
	for _, tp := range tps {
		if !match(tp) {
			continue
		}
		fmt.Fprintf(l.w, "%s:%s\n", k.Name, tp)
		if !l.opts.Verbose {
			continue
		}
		group, name, _ := strings.Cut(tp, ":")
		f, err := l.env.TracepointFormat(group, name)
		if err != nil {
			continue
		}
		for _, fld := range f.Fields {
			if !strings.HasPrefix(fld.Name, "common_") {
				fmt.Fprintf(l.w, "    %s\n", fld.Decl)
			}
		}
	}
	return nil
}

// listRawTracepoints lists the raw tracepoints kernel BTF describes, with
// -v their arguments as rawtracepoint: types them.
func listRawTracepoints(l *listing, k *lang.KindInfo, rest string) error {
	kt, err := l.env.BTF()
	if err != nil {
		return err
	}
	typedefs, err := kt.TypedefNames()
	if err != nil {
		return err
	}
	match := matcher(rest)
	for _, td := range typedefs {
		name, ok := strings.CutPrefix(td, "btf_trace_")
		if !ok || !match(name) {
			continue
		}
		fmt.Fprintf(l.w, "%s:%s\n", k.Name, name)
		if !l.opts.Verbose {
			continue
		}
		if args, err := lang.RawTracepointArgs(kt, name); err == nil {
			for _, f := range args.Fields {
				fmt.Fprintf(l.w, "    %s %s\n", f.Type, f.Name)
			}
		}
	}
	return nil
}
