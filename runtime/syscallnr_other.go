//go:build !amd64

package runtime

// syscallTable is empty where ntrace has no table of the system calls'
// numbers: each syscall tracepoint attaches on its own.
var syscallTable []syscallEntry
