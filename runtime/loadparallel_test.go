package runtime

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

func TestProgramGroupsBalanceInstructions(t *testing.T) {
	progs := map[string]*ebpf.ProgramSpec{}
	for name, n := range map[string]int{"a": 100, "b": 60, "c": 50, "d": 10, "e": 5} {
		progs[name] = &ebpf.ProgramSpec{Instructions: make(asm.Instructions, n)}
	}
	groups := programGroups(progs, 2)
	if len(groups) != 2 {
		t.Fatalf("%d groups, want 2", len(groups))
	}
	seen := map[string]int{}
	var sizes []int
	for _, g := range groups {
		size := 0
		for name, p := range g {
			seen[name]++
			size += len(p.Instructions)
		}
		sizes = append(sizes, size)
	}
	for name := range progs {
		if seen[name] != 1 {
			t.Errorf("program %s is in %d groups, want 1", name, seen[name])
		}
	}
	// Biggest first into the lighter group: a | b c, then d and e to a.
	if sizes[0] != 115 || sizes[1] != 110 {
		t.Errorf("group sizes %v, want [115 110]", sizes)
	}
	if got := programGroups(progs, 8); len(got) != 5 {
		t.Errorf("8 threads for 5 programs made %d groups, want 5", len(got))
	}
	if got := programGroups(nil, 2); len(got) != 0 {
		t.Errorf("no programs made %d groups", len(got))
	}
}

// TestProgramGroupsCountTracingLookups: a tracing program costs its
// target's lookup beside its instructions, so the small tracing programs
// of a script spread over the groups rather than piling onto the one
// whose big program is a few instructions smaller.
func TestProgramGroupsCountTracingLookups(t *testing.T) {
	progs := map[string]*ebpf.ProgramSpec{}
	for name, n := range map[string]int{"big1": 1930, "big2": 1908, "t1": 312, "t2": 212, "t3": 23} {
		progs[name] = &ebpf.ProgramSpec{Type: ebpf.Tracing, Instructions: make(asm.Instructions, n)}
	}
	progs["perf"] = &ebpf.ProgramSpec{Type: ebpf.PerfEvent, Instructions: make(asm.Instructions, 515)}
	groups := programGroups(progs, 2)
	if len(groups) != 2 {
		t.Fatalf("%d groups, want 2", len(groups))
	}
	// By instructions alone: big1 perf | big2 t1 t2 t3 (2445 and 2455
	// instructions, four target lookups against one). Counted:
	// big1 perf t2 | big2 t1 t3.
	var got []string
	for _, g := range groups {
		names := slices.Sorted(maps.Keys(g))
		got = append(got, strings.Join(names, " "))
	}
	slices.Sort(got)
	if want := []string{"big1 perf t2", "big2 t1 t3"}; !slices.Equal(got, want) {
		t.Errorf("groups %q, want %q", got, want)
	}
}

// addCollection is a collection of n addProgram programs, add1 to addn,
// sharing the one-slot array m, which newCollection loads on several
// threads for the rest of the test however small they are. The test is
// skipped without root.
func addCollection(t *testing.T, n int32) *ebpf.CollectionSpec {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("loading BPF programs needs root")
	}
	old := parallelLoadInstructions
	t.Cleanup(func() { parallelLoadInstructions = old })
	parallelLoadInstructions = 0 // small programs, loaded on threads all the same
	spec := &ebpf.CollectionSpec{
		Maps:     map[string]*ebpf.MapSpec{"m": {Name: "m", Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1}},
		Programs: map[string]*ebpf.ProgramSpec{},
	}
	for i := int32(1); i <= n; i++ {
		spec.Programs[fmt.Sprintf("add%d", i)] = addProgram(i)
	}
	return spec
}

// addProgram is a socket filter that adds n to slot 0 of the array map m.
func addProgram(n int32) *ebpf.ProgramSpec {
	return &ebpf.ProgramSpec{Type: ebpf.SocketFilter, License: "GPL", Instructions: asm.Instructions{
		asm.StoreImm(asm.RFP, -4, 0, asm.Word),
		asm.Mov.Reg(asm.R2, asm.RFP),
		asm.Add.Imm(asm.R2, -4),
		asm.LoadMapPtr(asm.R1, 0).WithReference("m"),
		asm.FnMapLookupElem.Call(),
		asm.JEq.Imm(asm.R0, 0, "out"),
		asm.Mov.Imm(asm.R1, n),
		asm.StoreXAdd(asm.R0, asm.R1, asm.DWord),
		asm.Mov.Imm(asm.R0, 0).WithSymbol("out"),
		asm.Return(),
	}}
}

// openFDs counts the process's open file descriptors.
func openFDs(t *testing.T) int {
	t.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatal(err)
	}
	return len(ents)
}

// Programs loaded on several threads share the collection's one copy of
// each map: each program adds its own amount to the map, and the map the
// caller holds shows every amount added once.
func TestNewCollectionSharesMapsAcrossThreads(t *testing.T) {
	spec := addCollection(t, 6)
	want := uint64(1 + 2 + 3 + 4 + 5 + 6)
	before := openFDs(t)
	coll, err := newCollection(spec, ebpf.CollectionOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(coll.Programs) != len(spec.Programs) || len(coll.Maps) != 1 {
		t.Fatalf("got %d programs and %d maps, want %d and 1", len(coll.Programs), len(coll.Maps), len(spec.Programs))
	}
	for name, p := range coll.Programs {
		if _, err := p.Run(&ebpf.RunOptions{Data: make([]byte, 14)}); err != nil {
			t.Fatalf("running %s: %v", name, err)
		}
	}
	var got uint64
	if err := coll.Maps["m"].Lookup(uint32(0), &got); err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("the map holds %d after each program ran once, want %d", got, want)
	}
	coll.Close()
	if after := openFDs(t); after != before {
		t.Errorf("%d descriptors open after Close, %d before", after, before)
	}
}

// A program the verifier refuses fails the whole load, with cilium's error
// naming it, and leaves no map or program of the load open.
func TestNewCollectionLeavesNothingOpenOnError(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("loading BPF programs needs root")
	}
	defer func(n int) { parallelLoadInstructions = n }(parallelLoadInstructions)
	parallelLoadInstructions = 0 // small programs, loaded on threads all the same
	spec := &ebpf.CollectionSpec{
		Maps:     map[string]*ebpf.MapSpec{"m": {Name: "m", Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1}},
		Programs: map[string]*ebpf.ProgramSpec{"a1": addProgram(1), "a2": addProgram(2), "a3": addProgram(3)},
	}
	// Reads R2, which nothing wrote.
	spec.Programs["bad"] = &ebpf.ProgramSpec{Type: ebpf.SocketFilter, License: "GPL", Instructions: asm.Instructions{
		asm.LoadMem(asm.R0, asm.R2, 0, asm.DWord),
		asm.Return(),
	}}
	before := openFDs(t)
	coll, err := newCollection(spec, ebpf.CollectionOptions{}, nil)
	if err == nil {
		coll.Close()
		t.Fatal("a program reading an unwritten register loaded")
	}
	if !strings.Contains(err.Error(), "program bad:") {
		t.Errorf("the error does not name the refused program: %v", err)
	}
	if after := openFDs(t); after != before {
		t.Errorf("%d descriptors open after the failed load, %d before", after, before)
	}
}

// newCollectionNotify tells of each program as it loads, on the loading
// threads: every program of the collection is told of once, as the very
// program the collection returns, so that a caller may attach it before
// the others have loaded.
func TestNewCollectionNotifyTellsEachProgram(t *testing.T) {
	spec := addCollection(t, 5)
	var mu sync.Mutex
	told := map[string][]*ebpf.Program{}
	coll, err := newCollectionNotify(spec, ebpf.CollectionOptions{}, nil, func(name string, p *ebpf.Program) {
		mu.Lock()
		defer mu.Unlock()
		told[name] = append(told[name], p)
	})
	if err != nil {
		t.Fatal(err)
	}
	defer coll.Close()
	for name, p := range coll.Programs {
		if len(told[name]) != 1 || told[name][0] != p {
			t.Errorf("program %s: told of %d times (%v), want once, as the collection's %p", name, len(told[name]), told[name], p)
		}
	}
	if len(told) != len(coll.Programs) {
		t.Errorf("told of %d programs, the collection has %d", len(told), len(coll.Programs))
	}
}
