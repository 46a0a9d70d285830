package main

import (
	"errors"

	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime"
)

// ntrace's exit statuses: each thing the machine lacks has its own, so a
// script or a fleet tool can tell them apart without reading messages.
const (
	exitOK           = 0 // the run ended as asked (signal, exit(), -c command)
	exitFailed       = 1 // an error in the script, or the kernel refused it
	exitUsage        = 2 // bad flags or arguments
	exitNoPrivileges = 3 // not root, nor CAP_BPF, CAP_PERFMON and CAP_SYS_ADMIN
	exitNoBTF        = 4 // the script needs kernel BTF and there is none
	exitNoTracefs    = 5 // tracefs is not mounted and cannot be mounted
)

// exitStatusHelp is the part of the usage text that lists them.
const exitStatusHelp = `
exit status:
  0  the run ended as asked (Ctrl-C, SIGTERM, SIGHUP, exit(), -c's command)
  1  an error in the script, or the kernel refused it
  2  bad flags or arguments
  3  not root (nor CAP_BPF, CAP_PERFMON and CAP_SYS_ADMIN)
  4  the script needs kernel BTF and there is none (see --btf)
  5  tracefs is not mounted and cannot be mounted
(a kernel without BPF ring buffers is not an error: events go through perf buffers)
`

// checkError is the error for a script the checker rejected, already
// rendered as msg: its status says what the machine lacked, when the
// script failed for want of it (the checker's errors keep their causes).
func checkError(err error, msg string) exitError {
	switch {
	case errors.Is(err, runtime.ErrNoTracefs):
		if perr, ok := checkPrivileges().(exitError); ok {
			// Only root can mount it: that is what is missing.
			return exitError{code: perr.code, msg: msg + perr.msg}
		}
		return exitError{code: exitNoTracefs, msg: msg}
	case errors.Is(err, lang.ErrNoBTF):
		return exitError{code: exitNoBTF, msg: msg}
	}
	return exitError{code: exitFailed, msg: msg}
}
