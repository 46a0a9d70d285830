package runtime

import (
	"os"
	"strings"
	"sync"
)

// BPF programs see process ids as the initial PID namespace numbers them
// (bpf_get_current_pid_tgid, task->tgid), whatever namespace ntrace runs
// in. So the pids ntrace prints, ${PID} and -p are the host's. In a pod
// with hostPID that is also what ntrace's /proc shows; in a PID namespace
// of its own (a pod without hostPID, unshare --pid) it is not, and ntrace
// says so, reads no /proc/PID of a traced process (that number names
// another process there, or none), and will not attach a uprobe to -p's
// process (the kernel would read that pid in ntrace's namespace).

// PIDNamespace is how ntrace's PID namespace relates to the pids BPF
// reports.
type PIDNamespace struct {
	// Own says ntrace is not in the initial PID namespace.
	Own bool
	// HostProc says /proc numbers processes as the initial namespace
	// does, so /proc/PID is the process BPF calls PID.
	HostProc bool
}

// initPIDNamespace is the inode of the initial PID namespace
// (PROC_PID_INIT_INO), the same on every kernel.
const initPIDNamespace = "pid:[4026531836]"

// DetectPIDNamespace finds out which PID namespace ntrace is in, once.
var DetectPIDNamespace = sync.OnceValue(func() PIDNamespace {
	return detectPIDNamespace("/proc")
})

func detectPIDNamespace(proc string) PIDNamespace {
	link, err := os.Readlink(proc + "/self/ns/pid")
	if err != nil || link == initPIDNamespace {
		return PIDNamespace{HostProc: true}
	}
	// NSpid lists our pid in the namespace /proc belongs to and in each
	// one below it down to ours: one number means /proc is our own
	// namespace's. More means it is an ancestor's, taken to be the host's.
	status, err := os.ReadFile(proc + "/self/status")
	if err != nil {
		return PIDNamespace{Own: true}
	}
	for _, l := range strings.Split(string(status), "\n") {
		if rest, ok := strings.CutPrefix(l, "NSpid:"); ok {
			return PIDNamespace{Own: true, HostProc: len(strings.Fields(rest)) > 1}
		}
	}
	return PIDNamespace{Own: true}
}

// Notice is what ntrace says at start-up about its PID namespace, "" in
// the initial one.
func (n PIDNamespace) Notice() string {
	switch {
	case !n.Own:
		return ""
	case n.HostProc:
		return "running in a PID namespace of its own: the pids ntrace prints, ${PID} and -p are the host's (the initial namespace's), as /proc here shows them"
	}
	return "running in a PID namespace of its own: the pids ntrace prints, ${PID} and -p are the host's (the initial namespace's), not this namespace's; user stacks print as addresses (run in the host's PID namespace, hostPID in a pod, to name their functions)"
}
