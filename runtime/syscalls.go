package runtime

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/lazybtf"
)

// Syscall tracepoints in bulk. The kernel detaches a perf-event
// tracepoint under a kernel-wide lock (event_mutex) and waits there for
// RCU grace periods (tracepoint_synchronize_unregister) once for each
// tracepoint: 35–40 ms each here, one after the other however many
// threads close them, so the 360 sys_enter_* took 13–15 s to detach.
// When a script has many probes on the syscalls group's tracepoints,
// ntrace runs them instead from one perf-event tracepoint on
// raw_syscalls:sys_enter (or sys_exit) per direction: its program, the
// dispatcher, tail-calls each probe's program from a program array
// indexed by syscall number. A syscalls:sys_enter_NAME record and a
// raw_syscalls:sys_enter one have the same layout where the script can
// read it (the syscall's number at offset 8, its arguments from offset 16
// on, eight bytes each; sys_exit's return value at 16), so the probes'
// programs run unchanged. Detaching them all is then one tracepoint's
// grace periods. syscall events do not fire for a 32-bit (ia32) process's
// system calls, whose numbers are another table's: the dispatcher skips
// those too (the task's TS_COMPAT status). The numbers come from the
// kernel's x86-64 table (syscallnr_amd64.go); elsewhere, for a syscall
// not in it, in an either's alternative, or a second probe on the same
// system call, a probe attaches on its own.
//
// The x86-64 table's entries are named as the system call is, except six
// whose entry point is named otherwise (stat's is newstat); the table was
// generated with:
//
//	awk 'BEGIN{r["STAT"]="newstat";r["FSTAT"]="newfstat";r["LSTAT"]="newlstat";r["UNAME"]="newuname";r["SENDFILE"]="sendfile64";r["UMOUNT2"]="umount"}
//	  /^\tSYS_[A-Z0-9_]+ +=/{n=substr($1,5); e=(n in r)?r[n]:tolower(n); printf "\t\"%s\": unix.%s,\n", e, $1}' zsysnum_linux_amd64.go

// minDispatchedSyscalls is how many probes on one direction's syscall
// tracepoints a script needs for them to run through a dispatcher. Every
// system call then makes a raw_syscalls record and runs the dispatcher,
// traced or not: here a getppid nobody traces took ~140 ns more (~530 →
// ~670 ns) under a dispatcher for 15 probes, where probes on their own
// cost the system calls they do not trace nothing. On their own, each
// costs ~37 ms at exit instead: 15 probes 0.6 s, 360 probes 15 s. From 32
// probes on (a wildcard over most system calls, which traces most of them
// anyway) the exit is worth more.
const minDispatchedSyscalls = 32

// tsCompat is x86's TS_COMPAT in thread_info.status: the task is in a
// 32-bit system call.
const tsCompat = 0x0002

// syscallDispatch is one direction's dispatcher: the program array,
// the array that says which syscall numbers have a program, the
// dispatcher program and its perf-event tracepoint.
type syscallDispatch struct {
	dir           string // "sys_enter" or "sys_exit"
	table, traced *ebpf.Map
	prog          *ebpf.Program
	link          io.Closer
	taken         map[int]bool // the syscall numbers that have a probe
	// served are the programs in its table, in the order they were put
	// there; guarded by syscallDispatchers.mu.
	served []*codegen.Program
	// mu guards prog's closing: once it is closed, closedMisses is its
	// last recursion_misses.
	mu           sync.Mutex
	closed       bool
	closedMisses uint64
}

// Close detaches the dispatcher and with it every probe in its table,
// then empties the table itself rather than leave that to the kernel's
// deferred clearing of a program array whose last descriptor closed.
// The dispatcher's skipped runs are kept for the report at exit.
func (d *syscallDispatch) Close() error {
	errs := []error{d.link.Close()}
	for nr := range d.taken {
		errs = append(errs, d.table.Delete(uint32(nr)))
	}
	d.mu.Lock()
	d.closedMisses, d.closed = d.misses(), true
	d.prog.Close()
	d.mu.Unlock()
	d.table.Close()
	d.traced.Close()
	return errors.Join(errs...)
}

// misses is the kernel's count of the runs of the dispatcher it skipped
// because a BPF program was already running on the CPU (a perf-event
// tracepoint's, counted from Linux 6.7 on); d.mu is held.
func (d *syscallDispatch) misses() uint64 {
	if d.closed {
		return d.closedMisses
	}
	st, err := d.prog.Stats()
	if err != nil {
		return 0
	}
	return st.RecursionMisses
}

// Misses is misses, d.mu taken.
func (d *syscallDispatch) Misses() uint64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.misses()
}

// syscallDispatchers are a session's dispatchers, by raw_syscalls
// tracepoint ("sys_enter", "sys_exit"), made as the first probe that
// uses one attaches.
type syscallDispatchers struct {
	once   sync.Once
	counts map[string]int // probes that could use each
	// mu guards made and each one's served: the probes attach while a
	// metrics scrape may read them (Live.Health).
	mu   sync.Mutex
	made map[string]*syscallDispatch
}

// dispatchServed is one dispatcher and the programs it serves.
type dispatchServed struct {
	d      *syscallDispatch
	served []*codegen.Program
}

// all is the dispatchers made, sys_enter's before sys_exit's, each with
// the programs in its table now.
func (ds *syscallDispatchers) all() []dispatchServed {
	ds.mu.Lock()
	defer ds.mu.Unlock()
	var all []dispatchServed
	for _, dir := range []string{"sys_enter", "sys_exit"} {
		if d := ds.made[dir]; d != nil {
			all = append(all, dispatchServed{d, slices.Clone(d.served)})
		}
	}
	return all
}

// syscallDirection is the raw_syscalls tracepoint p's syscall tracepoint
// can run from, and its system call's number; ok is false when p is not
// a syscall tracepoint ntrace knows the number of, or is in an either.
func syscallDirection(p *codegen.Program) (dir string, nr int, ok bool) {
	t := p.Target
	if t.Kind != lang.TracepointProbe || t.Group != "syscalls" || p.Probe.Probe.Alt != nil {
		return "", 0, false
	}
	for _, d := range []string{"sys_enter", "sys_exit"} {
		if name, found := strings.CutPrefix(t.Name, d+"_"); found {
			nr, ok := syscallNumber(name)
			return d, nr, ok
		}
	}
	return "", 0, false
}

// syscallEntry is a system call's number under its tracepoint's name.
type syscallEntry struct {
	name string
	nr   int
}

// syscallNumber is the number of the system call whose syscall
// tracepoints are named sys_enter_NAME and sys_exit_NAME, if ntrace knows
// it (syscallTable).
func syscallNumber(name string) (int, bool) {
	i, ok := slices.BinarySearchFunc(syscallTable, name, func(e syscallEntry, name string) int { return strings.Compare(e.name, name) })
	if !ok {
		return 0, false
	}
	return syscallTable[i].nr, true
}

// dispatched attaches p through its direction's dispatcher when the
// script has enough probes for one. handled is false when p is to attach
// on its own. The dispatcher's closer goes with the first probe to use
// it; the others have none of their own.
func (s *session) dispatched(p *codegen.Program, prog *ebpf.Program) (links []io.Closer, how string, handled bool, err error) {
	dir, nr, ok := syscallDirection(p)
	if !ok {
		return nil, "", false, nil
	}
	ds := &s.syscalls
	ds.once.Do(func() {
		ds.counts = map[string]int{}
		for _, q := range s.out.Programs {
			if d, _, ok := syscallDirection(q); ok {
				ds.counts[d]++
			}
		}
	})
	if ds.counts[dir] < minDispatchedSyscalls {
		return nil, "", false, nil
	}
	ds.mu.Lock()
	defer ds.mu.Unlock()
	if ds.made == nil {
		ds.made = map[string]*syscallDispatch{}
	}
	d := ds.made[dir]
	if d != nil && d.taken[nr] {
		// A second probe on the same system call: the table has one
		// slot for it.
		return nil, "", false, nil
	}
	if d == nil {
		if d, err = newSyscallDispatch(dir); err != nil {
			return nil, "", true, err
		}
		ds.made[dir] = d
		links = []io.Closer{d}
	}
	err = d.table.Put(uint32(nr), prog)
	if err == nil {
		err = d.traced.Put(uint32(nr), uint32(1))
	}
	if err != nil {
		if links != nil {
			d.Close()
			delete(ds.made, dir)
		}
		return nil, "", true, fmt.Errorf("adding the probe to raw_syscalls:%s's dispatcher: %w", dir, err)
	}
	d.taken[nr] = true
	d.served = append(d.served, p)
	return links, fmt.Sprintf("perf-event tracepoint raw_syscalls:%s, dispatched by syscall number %d", dir, nr), true, nil
}

// newSyscallDispatch makes and attaches the dispatcher on
// raw_syscalls:dir, its table empty.
func newSyscallDispatch(dir string) (*syscallDispatch, error) {
	status, err := taskStatusOffset()
	if err != nil {
		return nil, fmt.Errorf("making raw_syscalls:%s's dispatcher: %w", dir, err)
	}
	size := 0
	for _, e := range syscallTable {
		size = max(size, e.nr+1)
	}
	short := strings.TrimPrefix(dir, "sys_")
	d := &syscallDispatch{dir: dir, taken: map[int]bool{}}
	d.table, err = ebpf.NewMap(&ebpf.MapSpec{Name: "syscalls_" + short, Type: ebpf.ProgramArray, KeySize: 4, ValueSize: 4, MaxEntries: uint32(size)})
	if err != nil {
		return nil, fmt.Errorf("making raw_syscalls:%s's dispatch table: %w", dir, err)
	}
	d.traced, err = ebpf.NewMap(&ebpf.MapSpec{Name: "traced_" + short, Type: ebpf.Array, KeySize: 4, ValueSize: 4, MaxEntries: uint32(size)})
	if err != nil {
		d.table.Close()
		return nil, fmt.Errorf("making raw_syscalls:%s's dispatch table: %w", dir, err)
	}
	d.prog, err = ebpf.NewProgram(&ebpf.ProgramSpec{
		Name: "dispatch_" + short, Type: ebpf.TracePoint, License: "GPL",
		Instructions: dispatcherCode(d.table.FD(), d.traced.FD(), status),
	})
	if err == nil {
		d.link, err = attachPerfTracepoint("raw_syscalls", dir, d.prog)
		if err != nil {
			d.prog.Close()
		}
	} else {
		err = fmt.Errorf("loading raw_syscalls:%s's dispatcher: %w", dir, err)
	}
	if err != nil {
		d.table.Close()
		d.traced.Close()
		return nil, err
	}
	return d, nil
}

// dispatcherCode tail-calls the program at the record's syscall number
// in table. It ends at once for a number traced (an array, looked up
// without a helper call) does not mark, as most system calls are, and
// for a task in a 32-bit system call (the status word at status bytes
// into its task_struct has TS_COMPAT).
func dispatcherCode(table, traced int, status uint32) asm.Instructions {
	return asm.Instructions{
		asm.Mov.Reg(asm.R6, asm.R1),
		asm.LoadMem(asm.R7, asm.R6, 8, asm.DWord), // the syscall's number
		asm.StoreMem(asm.R10, -4, asm.R7, asm.Word),
		asm.LoadMapPtr(asm.R1, traced),
		asm.Mov.Reg(asm.R2, asm.R10),
		asm.Add.Imm(asm.R2, -4),
		asm.FnMapLookupElem.Call(),
		asm.JEq.Imm(asm.R0, 0, "out"), // past the array: a negative or x32 number
		asm.LoadMem(asm.R1, asm.R0, 0, asm.Word),
		asm.JEq.Imm(asm.R1, 0, "out"),
		asm.FnGetCurrentTask.Call(),
		asm.Mov.Reg(asm.R3, asm.R0),
		asm.Add.Imm(asm.R3, int32(status)),
		asm.Mov.Imm(asm.R1, 0),
		asm.StoreMem(asm.R10, -8, asm.R1, asm.DWord),
		asm.Mov.Reg(asm.R1, asm.R10),
		asm.Add.Imm(asm.R1, -8),
		asm.Mov.Imm(asm.R2, 4),
		asm.FnProbeReadKernel.Call(),
		asm.JNE.Imm(asm.R0, 0, "out"),
		asm.LoadMem(asm.R1, asm.R10, -8, asm.Word),
		asm.And.Imm(asm.R1, tsCompat),
		asm.JNE.Imm(asm.R1, 0, "out"),
		asm.Mov.Reg(asm.R1, asm.R6),
		asm.LoadMapPtr(asm.R2, table),
		asm.Mov.Reg(asm.R3, asm.R7),
		asm.FnTailCall.Call(),
		asm.Mov.Imm(asm.R0, 0).WithSymbol("out"),
		asm.Return(),
	}
}

// taskStatusOffset is where thread_info.status is in task_struct
// (x86-64: thread_info is task_struct's first member).
var taskStatusOffset = sync.OnceValues(func() (uint32, error) {
	spec, err := lazybtf.OpenKernel()
	if err != nil {
		return 0, err
	}
	task, err := memberOffset(spec, "task_struct", "thread_info")
	if err != nil {
		return 0, err
	}
	status, err := memberOffset(spec, "thread_info", "status")
	if err != nil {
		return 0, err
	}
	return task + status, nil
})

// memberOffset is the byte offset of member in struct name, from BTF.
func memberOffset(kt lang.KernelTypes, name, member string) (uint32, error) {
	types, err := kt.TypesByName(name)
	if err != nil {
		return 0, err
	}
	for _, t := range types {
		members, ok, err := kt.Members(t)
		if err != nil || !ok {
			continue
		}
		if i := slices.IndexFunc(members, func(m btf.Member) bool { return m.Name == member }); i >= 0 {
			return members[i].Offset.Bytes(), nil
		}
	}
	return 0, errors.New("no " + name + "." + member + " in the kernel's BTF")
}
