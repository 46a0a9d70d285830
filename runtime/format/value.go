// Package format renders what a script produced the way bpftrace prints
// it, so ntrace's output diffs cleanly against bpftrace's: map contents at
// exit or on print(), printf and print() values, as text or as bpftrace's
// JSON lines. Text follows today's bpftrace, or bpftrace 0.17 where the two
// differ and a Style asks for 0.17's.
package format

// Style says whose text output to write where today's bpftrace and
// bpftrace 0.17 differ: a stats value (today "{ .count = 3, .average = 2,
// .total = 6 }", 0.17 "count 3, average 2, total 6"), a pointer stored in a
// map or a tuple (today hex, 0.17 signed decimal), a histogram's first
// line (0.17 ends "@name: " with a space) and, in JSON, the bounds of
// histogram buckets from 2^31 up (0.17 wrapped them as C ints).
type Style uint8

// The styles of text output.
const (
	// Current is today's bpftrace's, the default.
	Current Style = iota
	// Bpftrace017 is bpftrace 0.17's, for comparing with it line by line.
	Bpftrace017
)

// ValueKind says which field of a Value is meaningful.
type ValueKind uint8

// The kinds of decoded values.
const (
	Int     ValueKind = iota + 1 // I
	Uint                         // U
	String                       // S
	Tuple                        // Elems
	Pointer                      // U; prints in hex (a value in signed decimal in bpftrace 0.17's Style)
	// Stack is kstack or ustack: Frames, innermost first, printed one per
	// line; Perf selects perf's frame format; S, when set, says why the
	// kernel could not record the stack. U is the raw stored word, which
	// orders equal entries.
	Stack
	// Bool is true or false: U is 1 or 0.
	Bool
)

// Value is one decoded script value: a map key part, a map value, a printf
// argument.
type Value struct {
	Kind  ValueKind
	I     int64
	U     uint64
	S     string
	Elems []Value
	// Names are a record's field names, one per element; nil for a
	// tuple.
	Names []string
	// Array marks a Tuple that is a C array's elements: [1,2,3].
	Array bool
	// Enum marks a String that names an enum's value, I: text prints
	// the name, JSON the number, as today's bpftrace does.
	Enum bool
	// Frames, Perf and User are a Stack's; User says it is a user-space
	// stack (ustack).
	Frames []Frame
	Perf   bool
	User   bool
	// Raw holds a buf()'s bytes, which S has escaped, for printf's %rx
	// and %rh.
	Raw []byte
}

// AggKind says what a map holds; it mirrors lang.AggKind.
type AggKind uint8

// The kinds of map contents.
const (
	Plain AggKind = iota // a value assigned with =
	Count
	Sum
	Avg
	Min
	Max
	Stats
	Hist
	Lhist
)

// Map is one map's contents, merged across CPUs, ready to print.
type Map struct {
	Name string // "@" or "@name"
	Kind AggKind
	// Lhist holds lhist's min, max and step.
	Lhist   [3]int64
	Entries []Entry
	// Style is the text output to write it in.
	Style Style
}

// Entry is one key of a map and what it holds.
type Entry struct {
	Key []Value // nil for a map without keys
	// Value is the value of a Plain, Count, Sum, Min or Max map (Int or Uint).
	Value Value
	// Sum and Count are an Avg's or Stats' running total and number of
	// values.
	Sum   int64
	Count uint64
	// Buckets are a Hist's or Lhist's counts. Hist bucket 0 counts
	// negative values, 1 counts zeros, and k>=2 counts [2^(k-2), 2^(k-1)).
	// Lhist bucket 0 counts values below min, k in 1..n counts
	// [min+(k-1)*step, min+k*step), and n+1 counts values >= max, where
	// n = (max-min)/step. (bpftrace 0.17's log2 stops at bucket 33: every
	// value from 2^31 up counts in [2G, 4G).)
	Buckets []uint64
}
