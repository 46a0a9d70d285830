package runtime

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

// attachUprobeMulti attaches a uprobe_multi program to the functions of a
// binary that its wildcard matched, with one link (one bpf() call, where
// uprobes take a perf event and a link each), every function with its
// cookie, by which the program tells func and probe. Where the kernel
// refuses the link, the program is loaded again as a plain uprobe program
// and attached to each function as a uprobe carrying the same cookie.
func attachUprobeMulti(s *session, p *codegen.Program, prog *ebpf.Program) ([]io.Closer, string, error) {
	t, a := p.Target, p.Attach
	ex, err := link.OpenExecutable(t.Path)
	if err != nil {
		return nil, "", err
	}
	only := ""
	if t.PID != 0 {
		only = fmt.Sprintf(" in process %d only", t.PID)
	}
	opts := &link.UprobeMultiOptions{Addresses: a.Offsets, Cookies: a.Cookies, PID: uint32(t.PID)}
	var l link.Link
	if a.Mechanism == codegen.UretprobeMulti {
		l, err = ex.UretprobeMulti(nil, prog, opts)
	} else {
		l, err = ex.UprobeMulti(nil, prog, opts)
	}
	if err == nil {
		return []io.Closer{l}, fmt.Sprintf("%s%s (%s): %s", a.Mechanism, only, a.Why, strings.Join(a.Symbols, ", ")), nil
	}
	if t.PID != 0 && !processExists(t.PID) {
		return nil, "", fmt.Errorf("no process %d to trace: %w", t.PID, err)
	}
	refused := fmt.Errorf("the kernel would not attach %s to %d functions of %s: %s", a.Mechanism, len(a.Symbols), t.Path, attachErrText(err))
	return s.uprobesInstead(p, ex, refused, only)
}

// uprobesInstead attaches a uprobe_multi program the kernel refused as a
// uprobe (or uretprobe) on each of its functions, after loading it again
// as a uprobe program. refused says why, for -v and a failure's error.
func (s *session) uprobesInstead(p *codegen.Program, ex *link.Executable, refused error, only string) ([]io.Closer, string, error) {
	t, a := p.Target, p.Attach
	spec := p.Spec.Copy()
	spec.AttachType = ebpf.AttachNone
	fb, err := s.loadAs(p, spec)
	if err != nil {
		return nil, "", fmt.Errorf("%w; loading it as a uprobe program: %w", refused, err)
	}
	ret := a.Mechanism == codegen.UretprobeMulti
	mech := codegen.Uprobe
	if ret {
		mech = codegen.Uretprobe
	}
	// An optional probe (probe?, --missing=warn) goes without the
	// functions the kernel will not probe, as it would on a kernel
	// without uprobe_multi, where each has a program of its own.
	optional := t.AP.Optional || s.opts.MissingWarn
	var closers []io.Closer
	var attached []string
	var last error
	for i, off := range a.Offsets {
		ft := &lang.Target{Kind: t.Kind, AP: t.AP, Path: t.Path, Func: a.Symbols[i], PID: t.PID}
		l, err := uprobeIn(ex, ft, fb, ret, &link.UprobeOptions{Address: off, PID: t.PID, Cookie: a.Cookies[i]})
		if err == nil {
			closers, attached = append(closers, l), append(attached, ft.Func)
			continue
		}
		last = fmt.Errorf("%w; as a %s on %s: %w", refused, mech, ft.Func, err)
		if !optional {
			attached = nil
			break
		}
		s.opts.Warn(fmt.Sprintf("%s not attached: %v", ft, err))
	}
	if len(attached) == 0 {
		for _, c := range closers {
			c.Close()
		}
		fb.Close()
		return nil, "", last
	}
	how := fmt.Sprintf("%s%s on %d functions (%s): %s", mech, only, len(attached), refused, strings.Join(attached, ", "))
	return append(closers, fb), how, nil
}

// processExists reports whether process pid is there to trace.
func processExists(pid int) bool {
	_, err := os.Stat(fmt.Sprintf("/proc/%d", pid))
	return !errors.Is(err, os.ErrNotExist)
}
