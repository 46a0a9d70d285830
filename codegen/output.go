package codegen

import (
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/lang"
)

// Output is a compiled script.
type Output struct {
	Programs []*Program
	// Maps are the script's @maps, in name order: those some emitted code
	// uses (a map only a branch that a constant condition leaves out uses
	// is not made).
	Maps   []*Map
	Events []*Event
	// PerfBuffer says the events travel through per-CPU perf buffers
	// (EventsMap is a perf event array) rather than a ring buffer.
	PerfBuffer bool
	// BufferSize is the ring buffer's size in bytes, or with PerfBuffer
	// each CPU's perf buffer's.
	BufferSize int
	// HeaderSize is the size of every event's header: HeaderSize, or
	// PerfHeaderSize with PerfBuffer.
	HeaderSize int
	// Collection holds every map and program, ready for ebpf.NewCollection,
	// but for the programs of an either's alternatives (see
	// AlternativePrograms).
	Collection *ebpf.CollectionSpec
	// Choices are the script's either statements; Left says why each
	// alternative left out at check time was (lang.Info.Left).
	Choices []*lang.Choice
	Left    map[*lang.Alternative]error
	// Chosen is filled in by the runtime as it attaches: the alternative
	// each either got.
	Chosen map[*lang.Choice]*lang.Alternative
	// Warnings are about choices that cost: maps that take a lot of
	// kernel memory from the start.
	Warnings lang.ErrorList
}

// Names of the maps every script gets.
const (
	EventsMap  = "events"  // BPF ring buffer (or perf event array) carrying events to user space
	LostMap    = "lost"    // per-CPU count of events lost, one slot per program
	WakeMap    = "wakeup"  // per-CPU time of the last reader wakeup (ring buffer)
	ScratchMap = "scratch" // per-CPU scratch area for big values and perf events
	FullMap    = "full"    // count of updates a map refused: one value, DropSlots words per @map
	// StopMap is one word, set when the run stops (by user space, or by
	// a probe's exit()): from then on every probe's program returns as it
	// starts, so that the probes stop at once though detaching them
	// takes the kernel a while.
	StopMap = "stop"
	// ExitMap is one word that exit() sets (see ExitCalled). BEGIN and
	// END run from user space, which reads it after running them, so
	// their exit() sends no event; a probe's sends an exit event as
	// well, and the run reads the word for its status then, or once a
	// second in case that event was lost to a full buffer.
	ExitMap = "exit"
)

// The bits of ExitMap's word: ExitCalled once exit() ran, ExitHasStatus
// when it was given a status, which is then the low byte.
const (
	ExitCalled    = 1 << 8
	ExitHasStatus = 1 << 9
)

// Program is one BPF program, for one concrete attach point.
type Program struct {
	Name   string // the name in Collection.Programs
	Index  int    // slot in LostMap
	Target *lang.Target
	Probe  *lang.ProbeInfo
	Spec   *ebpf.ProgramSpec
	// Attach says how a probe on a function attaches; nil for the other
	// probe kinds.
	Attach *Attach
	// Scratch is the bytes of ScratchMap's value the program uses; 0 when
	// it does not look it up.
	Scratch int
	// ScratchSlot is the index of the program's value of ScratchMap: 0,
	// shared, for the programs that do not run inside one another, one of
	// its own for a program that may (see mayInterrupt).
	ScratchSlot int
	// Arm is the program that arms a watchpoint on a function's
	// argument: a uprobe on the function, which sends a WatchEvent; nil
	// for the other probes. It is in Collection as Name+ArmSuffix.
	Arm *ebpf.ProgramSpec
}

// Insns returns the program's instructions.
func (p *Program) Insns() asm.Instructions { return p.Spec.Instructions }

// Map is one of the script's @maps as it is kept in the kernel.
type Map struct {
	Name   string // as the script names it: "@", "@bytes"
	Index  int    // its words in FullMap start at Index*DropSlots
	Spec   *ebpf.MapSpec
	Info   *lang.MapInfo
	Decl   MapDecl // how the kernel keeps it
	PerCPU bool    // a value per CPU: Decl.Kind.PerCPU()
	// Keyless marks a map without keys: key 0 of a one-element hash, or
	// for an aggregation an array (one slot, or a slot per bucket of a
	// hist or lhist, the bucket its index).
	Keyless bool
	// Keys lays out the script's key parts inside the BPF key.
	Keys []Slot
	// BucketOff is the offset of the bucket index in the key of a hist or
	// lhist map (a 64-bit word; in an array the key is the 32-bit bucket).
	BucketOff int
	KeySize   int
	ValueSize int
}

// Slot is a typed value at an offset.
type Slot struct {
	Offset int
	Type   *lang.Type
}

// EventKind says what an event asks user space to do.
type EventKind uint8

// The event kinds.
const (
	PrintfEvent   EventKind = iota + 1 // format Args with Format
	PrintEvent                         // print one value
	PrintMapEvent                      // print Map now
	ClearEvent                         // empty Map
	ZeroEvent                          // set Map's values to zero
	TimeEvent                          // print the time with Format
	ExitEvent                          // stop tracing; the exit status is in ExitMap
	WatchEvent                         // put Watch's watchpoint at the address in Args
	WarnEvent                          // warn with Message
	JoinEvent                          // print the strings of join()'s slots, separated by Sep
	CatEvent                           // print the file whose name Format makes of Args
	SystemEvent                        // run the command Format makes of Args, print its output
)

// Event describes one kind of record a program writes to the ring buffer.
// Every record starts with a header whose first 32 bits are the event's ID
// (its index in Output.Events); through perf buffers, the header's second
// word is the bpf_ktime_get_ns time of the event, to merge the CPUs'
// buffers in time order.
type Event struct {
	ID     int
	Kind   EventKind
	Probe  string // the probe that sends it, for messages
	Format *lang.Format
	Time   string // TimeEvent's strftime format
	Sep    string // JoinEvent's separator
	Args   []Slot
	Map    *Map
	Top    int64 // print(@m, top, div)
	Div    int64
	Size   int
	// Watch is the watchpoint program a WatchEvent arms.
	Watch *Program
	// Message is a WarnEvent's warning.
	Message string
}

// Sizes of the event header: through the ring buffer, the ID; through
// perf buffers, the ID and a timestamp.
const (
	HeaderSize     = 8
	PerfHeaderSize = 16
)

// KeepPrograms drops the programs keep refuses, and their specs from
// Collection, so that they are neither loaded nor attached (--probe-filter).
// It returns how many programs are left.
func (o *Output) KeepPrograms(keep func(*Program) bool) int {
	kept := o.Programs[:0]
	for _, p := range o.Programs {
		if keep(p) {
			kept = append(kept, p)
			continue
		}
		delete(o.Collection.Programs, p.Name)
		delete(o.Collection.Programs, p.Name+ArmSuffix)
	}
	clear(o.Programs[len(kept):])
	o.Programs = kept
	return len(kept)
}
