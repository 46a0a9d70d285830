package lang

// signal(): send a signal to the process a probe fired in.

import (
	"sort"
	"strings"
)

// signalNumbers are the signal names signal() takes, without their SIG
// prefix: bpftrace 0.17's table, which leaves out SIGSTKFLT, SIGPROF,
// SIGPWR and the aliases (SIGIOT, SIGCLD, SIGIO), so that a script one
// refuses the other refuses too.
var signalNumbers = map[string]int{
	"HUP": 1, "INT": 2, "QUIT": 3, "ILL": 4, "TRAP": 5, "ABRT": 6, "BUS": 7,
	"FPE": 8, "KILL": 9, "USR1": 10, "SEGV": 11, "USR2": 12, "PIPE": 13,
	"ALRM": 14, "TERM": 15, "CHLD": 17, "CONT": 18, "STOP": 19, "TSTP": 20,
	"TTIN": 21, "TTOU": 22, "URG": 23, "XCPU": 24, "XFSZ": 25, "VTALRM": 26,
	"WINCH": 28, "POLL": 29, "SYS": 31,
}

// MaxSignal is the highest signal number: Linux's _NSIG, 64.
const MaxSignal = 64

// SignalNumber is the number of the signal name signal() takes: "SIGKILL",
// "KILL", "sigkill" and "kill" are all 9, as in bpftrace. ok is false for
// a name it does not know.
func SignalNumber(name string) (n int, ok bool) {
	n, ok = signalNumbers[strings.TrimPrefix(strings.ToUpper(name), "SIG")]
	return n, ok
}

// noSignalKinds are the probes whose programs do not run in the process
// they would be about: BEGIN and END run in ntrace itself, timers and
// perf events on whatever a CPU was running. bpftrace 0.17 refuses the
// same ones (profile it allows: a sample of the process on the CPU).
var noSignalKinds = map[ProbeKind]bool{
	BeginProbe: true, EndProbe: true, IntervalProbe: true, SoftwareProbe: true,
	HardwareProbe: true, WatchpointProbe: true, AsyncWatchpointProbe: true,
}

// checkSignal: signal(sig) sends signal sig, a name as a string literal
// or a number, to the process the probe fired in (the kernel's
// bpf_send_signal); as in bpftrace, only with --unsafe, and a literal
// signal must be one (1 to 64, or a name SignalNumber knows).
func checkSignal(c *checker, e *CallExpr) *Type {
	if !c.params.Unsafe {
		c.errorf(e.Pos, "signal() sends a signal to the traced process: it needs --unsafe")
		return nil
	}
	arg := e.Args[0]
	t := c.expr(arg)
	if t == nil {
		return nil
	}
	if lit, ok := arg.(*StrLit); ok {
		if _, ok := SignalNumber(lit.Value); !ok {
			c.errorf(lit.Pos, "signal(%q): no such signal; the names are %s (with or without SIG, in any case)", lit.Value, signalNames())
			return nil
		}
	} else if !t.IsInteger() {
		c.errorf(arg.Position(), "signal() takes a signal's name as a string literal or its number, not %s", t)
		return nil
	} else if n, ok := c.constInt(arg); ok && (n < 1 || n > MaxSignal) {
		c.errorf(arg.Position(), "signal(%d): no such signal; signals are 1 to %d", n, MaxSignal)
		return nil
	}
	for _, pt := range c.probeTargets() {
		if noSignalKinds[pt.Kind] {
			c.errorf(e.Pos, "signal() cannot be used in %s probes: it signals the process the probe fired in, and %s", pt.Kind, noSignalWhy(pt.Kind))
			return nil
		}
	}
	return VoidType
}

// noSignalWhy says why a probe of kind k has no process of its own to
// signal.
func noSignalWhy(k ProbeKind) string {
	if k.RunsOnce() {
		return "this one runs in ntrace itself"
	}
	return "this one runs on whatever the CPU was running"
}

// signalNames lists the names signal() takes, in signal order.
func signalNames() string {
	names := make([]string, 0, len(signalNumbers))
	for name := range signalNumbers {
		names = append(names, "SIG"+name)
	}
	sort.Slice(names, func(i, j int) bool { return signalNumbers[names[i][3:]] < signalNumbers[names[j][3:]] })
	return strings.Join(names, " ")
}
