package main

import (
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

// frontEndError is the error for a script the checker rejected, already
// rendered as msg: its status says what the kernel environment lacked,
// when the checker needed it and it was missing.
func frontEndError(env lang.Env, msg string) exitError {
	ke, ok := env.(*runtime.KernelEnv)
	switch {
	case !ok:
	case ke.MissingTracefs() != nil:
		if perr, ok := checkPrivileges().(exitError); ok {
			// Only root can mount it: that is what is missing.
			return exitError{code: perr.code, msg: msg + perr.msg}
		}
		return exitError{code: exitNoTracefs, msg: msg}
	case ke.MissingBTF() != nil:
		return exitError{code: exitNoBTF, msg: msg}
	}
	return exitError{code: exitFailed, msg: msg}
}
