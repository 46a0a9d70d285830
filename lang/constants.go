package lang

import (
	"sort"
	"strings"
)

//go:generate sh -c "cd .. && go run ./internal/cmd/uapiconst"

// Constants that scripts take from C headers, such as AF_INET or
// TASK_RUNNING. bpftrace runs a script's #include lines through clang,
// which brings the headers' macros; kernel BTF has the kernel's enums but
// no #define. ntrace keeps a table instead, and a script's names resolve
// in this order: a #define of the script's own (cpp.go), a builtin, an
// enum value from the kernel's BTF (checked per kernel), then the table.
// The table has:
//
//   - the user-space API constants scripts use (address families, socket
//     types and options, IP protocols, errno values, signals, open flags,
//     mmap, clock ids, epoll and poll events, clone and sched flags,
//     Ethernet protocols, futex operations): headerconsts_gen.go,
//     generated from the C headers by internal/cmd/uapiconst. These are
//     the kernel's ABI, the same on every kernel; its test compares the
//     table with this machine's headers;
//   - the task states of the kernel's own <linux/sched.h>, which no user
//     header has (taskStates below), as every kernel since 4.14 numbers
//     them; its test compares them with the states the running kernel's
//     sched_switch tracepoint names.
//
// #include lines are accepted and ignored: every constant of the table is
// there whatever the script includes.

// headerConst is one constant of a C header.
type headerConst struct {
	name   string
	header string
	value  int64
}

// taskStates are the task states of the kernel's include/linux/sched.h
// (task_struct.__state), sorted by name: the ones the sched_switch
// tracepoint prints (R S D T t X Z P), whose values have not changed since
// 4.14. TASK_TRACED, TASK_STOPPED and the higher bits have changed, and are
// left out.
var taskStates = [...]headerConst{
	{"EXIT_DEAD", "linux/sched.h", 0x10},
	{"EXIT_ZOMBIE", "linux/sched.h", 0x20},
	{"TASK_INTERRUPTIBLE", "linux/sched.h", 0x1},
	{"TASK_PARKED", "linux/sched.h", 0x40},
	{"TASK_RUNNING", "linux/sched.h", 0x0},
	{"TASK_UNINTERRUPTIBLE", "linux/sched.h", 0x2},
	{"__TASK_STOPPED", "linux/sched.h", 0x4},
	{"__TASK_TRACED", "linux/sched.h", 0x8},
}

// headerConstant returns the value of a constant a C header defines, and
// the header.
func headerConstant(name string) (int64, string, bool) {
	for _, table := range [][]headerConst{headerConstantTable[:], taskStates[:]} {
		i := sort.Search(len(table), func(i int) bool { return table[i].name >= name })
		if i < len(table) && table[i].name == name {
			return table[i].value, table[i].header, true
		}
	}
	return 0, "", false
}

// HeaderConstants lists the table's constants, name and value, for tests
// and documentation.
func HeaderConstants() map[string]int64 {
	out := map[string]int64{}
	for _, table := range [][]headerConst{headerConstantTable[:], taskStates[:]} {
		for _, c := range table {
			out[c.name] = c.value
		}
	}
	return out
}

// SyscallName is the name of system call number nr on this
// architecture (x86-64: the numbers of the table's sys/syscall.h), as
// syscall_name() prints it: "read" for 0.
func SyscallName(nr int64) (string, bool) {
	for _, c := range headerConstantTable {
		if c.header == "sys/syscall.h" && c.value == nr && strings.HasPrefix(c.name, "__NR_") {
			return strings.TrimPrefix(c.name, "__NR_"), true
		}
	}
	return "", false
}
