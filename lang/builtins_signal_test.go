package lang_test

import (
	"strings"
	"testing"

	. "github.com/ntrace/ntrace/lang"
)

// signal() refuses, at the call or the signal's position, what bpftrace
// 0.17 refuses (checked by running it): a literal that is no signal, an
// argument neither a string literal nor an integer, a probe with no
// process of its own; and it needs --unsafe.
func TestSignalErrors(t *testing.T) {
	const tp = `tracepoint:sched:sched_process_exec { `
	tests := []struct{ src, want string }{
		{tp + `signal("SIGFOO"); }`, `1:46: error: signal("SIGFOO"): no such signal; the names are SIGHUP SIGINT SIGQUIT SIGILL SIGTRAP SIGABRT SIGBUS SIGFPE SIGKILL SIGUSR1 SIGSEGV SIGUSR2 SIGPIPE SIGALRM SIGTERM SIGCHLD SIGCONT SIGSTOP SIGTSTP SIGTTIN SIGTTOU SIGURG SIGXCPU SIGXFSZ SIGVTALRM SIGWINCH SIGPOLL SIGSYS (with or without SIG, in any case)`},
		{tp + `signal("SIGRTMIN"); }`, `1:46: error: signal("SIGRTMIN"): no such signal`},
		{tp + `signal("SIGPROF"); }`, `1:46: error: signal("SIGPROF"): no such signal`},
		{tp + `signal(0); }`, `1:46: error: signal(0): no such signal; signals are 1 to 64`},
		{tp + `signal(65); }`, `1:46: error: signal(65): no such signal; signals are 1 to 64`},
		{tp + `signal(-1); }`, `1:46: error: signal(-1): no such signal; signals are 1 to 64`},
		{tp + `$s = "KILL"; signal($s); }`, `1:59: error: signal() takes a signal's name as a string literal or its number, not string[5]`},
		{tp + `signal(); }`, `1:39: error: signal() takes 1 arguments, got 0`},
		{tp + `signal(1, 2); }`, `1:39: error: signal() takes 1 arguments, got 2`},
		{`BEGIN { signal(9); }`, `1:9: error: signal() cannot be used in BEGIN probes: it signals the process the probe fired in, and this one runs in ntrace itself`},
		{`END { signal(9); }`, `1:7: error: signal() cannot be used in END probes`},
		{`interval:s:1 { signal(9); }`, `1:16: error: signal() cannot be used in interval probes: it signals the process the probe fired in, and this one runs on whatever the CPU was running`},
		{`software:cpu-clock:100000 { signal(9); }`, `1:29: error: signal() cannot be used in software probes`},
		{`hardware:cycles:1000000 { signal(9); }`, `1:27: error: signal() cannot be used in hardware probes`},
		{tp + `$x = signal(9); }`, `1:44: error: cannot assign void to a variable`},
	}
	for _, tt := range tests {
		_, _, errs := checkSrc(t, tt.src, Params{Unsafe: true})
		if !strings.HasPrefix(errs, "test.nt:"+tt.want) {
			t.Errorf("%s\ngot:  %s\nwant: test.nt:%s", tt.src, strings.SplitN(errs, "\n", 2)[0], tt.want)
		}
	}
}

// signal() takes bpftrace 0.17's names in any case, with or without SIG,
// a number from 1 to 64, and an integer expression, in probes that fire
// in a process (profile's sample too, as bpftrace allows); not without
// --unsafe.
func TestSignalAccepted(t *testing.T) {
	src := `tracepoint:sched:sched_process_exec { signal("SIGKILL"); signal("kill"); signal("SigUsr1"); signal("USR2"); signal(1); signal(64); signal(pid % 64 + 1); }
profile:hz:99 { signal("STOP"); }
kprobe:do_nanosleep { signal(15); }`
	if _, _, errs := checkSrc(t, src, Params{Unsafe: true}); errs != "" {
		t.Fatalf("with Unsafe: %s", errs)
	}
	if _, _, errs := checkSrc(t, src, Params{}); !strings.Contains(errs, "test.nt:1:39: error: signal() sends a signal to the traced process: it needs --unsafe") {
		t.Errorf("without Unsafe: %q", errs)
	}
	for name, want := range map[string]int{"SIGKILL": 9, "kill": 9, "sIgUsR1": 10, "POLL": 29, "SIGSYS": 31, "CHLD": 17} {
		if n, ok := SignalNumber(name); !ok || n != want {
			t.Errorf("SignalNumber(%q) = %d, %v; want %d", name, n, ok, want)
		}
	}
	for _, name := range []string{"", "SIG", "SIGIOT", "CLD", "SIGPWR", "SIGSTKFLT", "SIGRTMIN", "9", "SIGKILL "} {
		if n, ok := SignalNumber(name); ok {
			t.Errorf("SignalNumber(%q) = %d, want none", name, n)
		}
	}
}
