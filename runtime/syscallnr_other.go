//go:build !amd64

package runtime

// syscallNumbers is empty where ntrace has no table of the system calls'
// numbers: each syscall tracepoint attaches on its own.
var syscallNumbers = map[string]int{}
