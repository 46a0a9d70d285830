package runtime

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/internal/binfile"
	"github.com/ntrace/ntrace/lang"
)

func init() {
	registerKind(lang.UprobeProbe, kernelKind{attach: attachUprobe, list: listUprobes})
	registerKind(lang.UretprobeProbe, kernelKind{attach: attachUprobe, list: listUprobes})
}

// attachUprobe attaches a uprobe or uretprobe at the file offset the
// checker found for the target's instruction, in every process that maps
// the binary or only in the target's process (-p, and for usdt -c). A
// usdt probe's semaphore, when it has one, is raised by the kernel in
// each process the probe is in, for as long as it is attached.
func attachUprobe(s *session, p *codegen.Program, prog *ebpf.Program) ([]io.Closer, string, error) {
	t := p.Target
	if s.opts.PID != 0 && DetectPIDNamespace().Own {
		return nil, "", fmt.Errorf("-p %d is a host pid, but ntrace runs in a PID namespace of its own, where the kernel would read it as another process's; run ntrace in the host's PID namespace (hostPID in a pod) to put uprobes in one process", s.opts.PID)
	}
	if p.Attach != nil && p.Attach.Mechanism.IsUprobeMulti() {
		return attachUprobeMulti(s, p, prog)
	}
	l, err := uprobeAt(t, prog, t.Kind.IsReturn(), t.Semaphore)
	if err != nil {
		return nil, "", err
	}
	how := p.Attach.Mechanism.String()
	if t.PID != 0 {
		how += fmt.Sprintf(" in process %d only", t.PID)
	}
	how += fmt.Sprintf(" at file offset 0x%x", t.Offset)
	if t.Semaphore != 0 {
		how += fmt.Sprintf(", semaphore at file offset 0x%x", t.Semaphore)
	}
	return []io.Closer{l}, how, nil
}

// uprobeAt attaches prog as a uprobe (or, with ret, a uretprobe) at the
// target's instruction, in its process (or every one), raising the usdt
// semaphore at file offset refCtr (when not 0) while attached.
func uprobeAt(t *lang.Target, prog *ebpf.Program, ret bool, refCtr uint64) (link.Link, error) {
	ex, err := link.OpenExecutable(t.Path)
	if err != nil {
		return nil, err
	}
	return uprobeIn(ex, t, prog, ret, &link.UprobeOptions{Address: t.Offset, PID: t.PID, RefCtrOffset: refCtr})
}

// uprobeIn attaches prog as a uprobe (or, with ret, a uretprobe) on
// t.Func of ex with opts, and explains the failures uprobeAt does.
func uprobeIn(ex *link.Executable, t *lang.Target, prog *ebpf.Program, ret bool, opts *link.UprobeOptions) (link.Link, error) {
	var l link.Link
	var err error
	if ret {
		l, err = ex.Uretprobe(t.Func, prog, opts)
	} else {
		l, err = ex.Uprobe(t.Func, prog, opts)
	}
	refCtr := opts.RefCtrOffset
	switch {
	case err == nil:
		return l, nil
	case t.PID != 0 && errors.Is(err, syscall.ESRCH):
		return nil, fmt.Errorf("no process %d to trace: %w", t.PID, err)
	case errors.Is(err, os.ErrNotExist):
		return nil, fmt.Errorf("this kernel has no uprobes (CONFIG_UPROBE_EVENTS off?): %w", err)
	case refCtr != 0 && errors.Is(err, ebpf.ErrNotSupported):
		return nil, fmt.Errorf("this kernel cannot raise usdt semaphores (uprobe reference counts, 4.20 and later): %w", err)
	}
	return nil, err
}

// listUprobes lists the functions of a binary: uprobe:BINARY:PATTERN.
func listUprobes(l *listing, k *lang.KindInfo, rest string) error {
	bin, pattern, _ := strings.Cut(rest, ":")
	if pattern == "" {
		pattern = "*"
	}
	path, err := binfile.Find(bin)
	if err != nil {
		return err
	}
	f, err := binfile.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	syms, err := lang.ReadFuncSymbols(f, path)
	if err != nil {
		return err
	}
	for _, s := range syms.Funcs() {
		if lang.GlobMatch(pattern, s.Name) {
			fmt.Fprintf(l.w, "%s:%s:%s\n", k.Name, bin, s.Name)
		}
	}
	return nil
}
