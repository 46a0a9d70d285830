package runtime

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

// VerifierError is the kernel's verifier rejecting one of the script's
// programs, tied back to the script line the failing instruction came from.
type VerifierError struct {
	Probe  string
	Pos    lang.Pos // zero when the instruction has no source
	Reason string   // the verifier's last words
	Log    []string // the whole verifier log, for -d verifier
}

func (e *VerifierError) Error() string {
	return fmt.Sprintf("the kernel's verifier rejected the program for %s: %s", e.Probe, e.Reason)
}

// explainVerifierError turns a load error into a VerifierError when the
// verifier refused a program.
func explainVerifierError(out *codegen.Output, err error) error {
	var verr *ebpf.VerifierError
	if !errors.As(err, &verr) {
		return err
	}
	ve := &VerifierError{Log: verr.Log, Reason: lastLogLine(verr.Log)}
	if p := failedProgram(out, err); p != nil {
		ve.Probe = p.Target.String()
		if raw, ok := failingInstruction(verr.Log); ok {
			if pos, ok := sourceAt(p.Spec.Instructions, raw); ok {
				ve.Pos = pos
			}
		}
	}
	return ve
}

// failedProgram is the program a collection load error names, or nil.
func failedProgram(out *codegen.Output, err error) *codegen.Program {
	for _, p := range out.Programs {
		if strings.Contains(err.Error(), "program "+p.Name+":") {
			return p
		}
	}
	return nil
}

// lastLogLine is the verifier's verdict: its last line that is not a
// statistics line.
func lastLogLine(log []string) string {
	for i := len(log) - 1; i >= 0; i-- {
		l := strings.TrimSpace(log[i])
		if l == "" || strings.HasPrefix(l, "processed ") || strings.HasPrefix(l, "verification time") ||
			strings.HasPrefix(l, "stack depth") || strings.HasPrefix(l, "(") {
			continue
		}
		return l
	}
	return "no reason given"
}

// failingInstruction finds the raw offset of the last instruction the
// verifier printed before giving up.
func failingInstruction(log []string) (int, bool) {
	for i := len(log) - 1; i >= 0; i-- {
		if n, ok := insnNumber(log[i]); ok {
			return n, true
		}
	}
	return 0, false
}

// insnNumber reads the offset from a verifier log line that shows an
// instruction: "12: (85) call bpf_map_lookup_elem#1".
func insnNumber(line string) (int, bool) {
	num, _, ok := strings.Cut(line, ": (")
	if !ok || num == "" {
		return 0, false
	}
	for _, c := range num {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(num)
	return n, err == nil
}

// sourceAt maps a raw instruction offset (LoadImm64 counts two) to the
// script position of the instruction there.
func sourceAt(insns asm.Instructions, raw int) (lang.Pos, bool) {
	it := insns.Iterate()
	for it.Next() {
		if int(it.Offset) == raw {
			return codegen.SourceOf(*it.Ins)
		}
	}
	return lang.Pos{}, false
}

// explainBareFault words a load that failed with EFAULT, which the kernel
// returns when its verifier gives up on an internal limit (up to at least
// 6.18: more than 8192 branches held along one path) and which cilium
// reports as a verifier bug without the log. The code generator refuses
// the programs it knows to hit such limits; this names the probe of one
// it missed.
func explainBareFault(out *codegen.Output, err error) error {
	probe := "a probe"
	if p := failedProgram(out, err); p != nil {
		probe = p.Target.String()
	}
	return fmt.Errorf("loading the program for %s: the kernel's verifier gave up without a reason (bad address), as it does on some of its limits, such as too many branches in a row: make the probe smaller (unroll fewer times, split it into several probes)", probe)
}
