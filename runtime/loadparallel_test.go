package runtime

import (
	"errors"
	"fmt"
	"os"
	goruntime "runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// The programs load batch after batch (the main ones before the
// alternatives'), the costliest of each batch first, so that a thread
// that becomes free takes the longest verification left.
func TestLoadOrderBatchesThenCostliestFirst(t *testing.T) {
	specs := func(sizes map[string]int) map[string]*ebpf.ProgramSpec {
		progs := map[string]*ebpf.ProgramSpec{}
		for name, n := range sizes {
			progs[name] = &ebpf.ProgramSpec{Type: ebpf.PerfEvent, Instructions: make(asm.Instructions, n)}
		}
		return progs
	}
	main := newLoadBatch(specs(map[string]int{"end": 236, "big": 900}), nil)
	alt := newLoadBatch(specs(map[string]int{"a": 100, "b": 1177, "c": 100}), nil)
	// A tracing program costs its target's lookup beside its
	// instructions: 23 + 250 puts it before a 186-instruction program.
	alt.specs["t"] = &ebpf.ProgramSpec{Type: ebpf.Tracing, Instructions: make(asm.Instructions, 23)}
	alt.specs["d"] = &ebpf.ProgramSpec{Type: ebpf.PerfEvent, Instructions: make(asm.Instructions, 186)}
	var got []string
	for _, it := range loadOrder([]*loadBatch{main, alt}) {
		got = append(got, it.name)
	}
	if want := []string{"big", "end", "b", "t", "d", "a", "c"}; !slices.Equal(got, want) {
		t.Errorf("load order %q, want %q", got, want)
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

// testMaps makes spec's maps, closed when the test ends.
func testMaps(t *testing.T, spec *ebpf.CollectionSpec) map[string]*ebpf.Map {
	t.Helper()
	ms, err := makeMaps(spec.Maps, ebpf.CollectionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { closeMaps(ms) })
	return ms
}

// A map the kernel refuses fails the load with its own error, naming it,
// while the programs that started loading with the maps made before it
// are closed again: nothing stays open.
func TestNewCollectionMapFailure(t *testing.T) {
	spec := addCollection(t, 4)
	// An array of values of no size: the kernel refuses it.
	spec.Maps["bad"] = &ebpf.MapSpec{Name: "bad", Type: ebpf.Array, KeySize: 4, ValueSize: 0, MaxEntries: 1}
	before := openFDs(t)
	coll, err := newCollection(spec, ebpf.CollectionOptions{}, nil)
	if err == nil {
		coll.Close()
		t.Fatal("a map of values of no size was made")
	}
	if !strings.HasPrefix(err.Error(), "map bad:") {
		t.Errorf("the error does not name the refused map first: %v", err)
	}
	if after := openFDs(t); after != before {
		t.Errorf("%d descriptors open after the failed load, %d before", after, before)
	}
}

// A batch tells of each program as it loads, on the loading threads:
// every program is told of once, as the very program the batch returns,
// so that a caller may attach it before the others have loaded.
func TestLoadBatchTellsEachProgram(t *testing.T) {
	spec := addCollection(t, 5)
	ms := testMaps(t, spec)
	b := newLoadBatch(spec.Programs, nil)
	b.notify = make(chan loadedProgram, len(spec.Programs))
	startLoading(madeMaps(ms), ebpf.ProgramOptions{}, []*loadBatch{b})
	told := map[string][]*ebpf.Program{}
	for lp := range b.notify {
		told[lp.name] = append(told[lp.name], lp.prog)
	}
	progs, err := b.wait()
	if err != nil {
		t.Fatal(err)
	}
	for name, p := range progs {
		defer p.Close()
		if len(told[name]) != 1 || told[name][0] != p {
			t.Errorf("program %s: told of %d times (%v), want once, as the batch's %p", name, len(told[name]), told[name], p)
		}
	}
	if len(told) != len(spec.Programs) || len(progs) != len(spec.Programs) {
		t.Errorf("told of %d programs, the batch has %d of %d", len(told), len(progs), len(spec.Programs))
	}
}

// Once a batch's taker is set, each program that loads goes to it, on
// the thread that loaded it, instead of on notify: every program reaches
// one or the other once, and the batch ends only after the last call of
// the taker has returned (attachAlternative reads what the calls wrote
// once the batch is done).
func TestLoadBatchTakeAsLoaded(t *testing.T) {
	spec := addCollection(t, 6)
	ms := testMaps(t, spec)
	for _, takeFirst := range []bool{true, false} {
		b := newLoadBatch(spec.Programs, nil)
		b.notify = make(chan loadedProgram, len(spec.Programs))
		var mu sync.Mutex
		taken := map[string]int{}
		returned := 0
		take := func(lp loadedProgram) {
			mu.Lock()
			taken[lp.name]++
			mu.Unlock()
			time.Sleep(2 * time.Millisecond) // still running when the others end
			mu.Lock()
			returned++
			mu.Unlock()
		}
		if takeFirst {
			b.takeAsLoaded(take)
		}
		startLoading(madeMaps(ms), ebpf.ProgramOptions{}, []*loadBatch{b})
		if !takeFirst {
			b.takeAsLoaded(take) // some may have loaded already
		}
		told := map[string]int{}
		for lp := range b.notify {
			told[lp.name]++
		}
		progs, err := b.wait()
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range progs {
			p.Close()
		}
		mu.Lock()
		if returned != len(taken) {
			t.Errorf("take first %v: the batch ended with %d of %d calls of the taker returned", takeFirst, returned, len(taken))
		}
		for name := range spec.Programs {
			if taken[name]+told[name] != 1 {
				t.Errorf("take first %v: program %s taken %d times, told of %d times; want once in all", takeFirst, name, taken[name], told[name])
			}
		}
		if takeFirst && len(told) != 0 {
			t.Errorf("told of %d programs on notify with the taker set before loading", len(told))
		}
		mu.Unlock()
	}
}

// Stopping a loader, as a run that ends before its alternatives are
// tried does, leaves the programs of its batches not yet loaded
// unloaded: those batches fail with errLoadStopped, and nothing they
// loaded stays open.
func TestLoaderStopLeavesNothingOpen(t *testing.T) {
	spec := addCollection(t, 8)
	ms := testMaps(t, spec)
	before := openFDs(t)
	batches := func() []*loadBatch {
		var bs []*loadBatch
		for i := range 4 {
			progs := map[string]*ebpf.ProgramSpec{}
			for j := 1; j <= 2; j++ {
				name := fmt.Sprintf("add%d", 2*i+j)
				progs[name] = spec.Programs[name]
			}
			bs = append(bs, newLoadBatch(progs, nil))
		}
		return bs
	}
	// Stopped while its threads load, whatever they got to.
	running := batches()
	startLoading(madeMaps(ms), ebpf.ProgramOptions{}, running).stop()
	for _, b := range running {
		progs, err := b.wait()
		if err != nil && !errors.Is(err, errLoadStopped) {
			t.Errorf("a batch failed with %v", err)
		}
		for _, p := range progs {
			p.Close()
		}
	}
	if after := openFDs(t); after != before {
		t.Errorf("%d descriptors open after the stop, %d before", after, before)
	}
	// Stopped before its threads took anything: nothing loads.
	waiting := batches()
	(&programLoader{ms: madeMaps(ms), items: loadOrder(waiting)}).stop()
	for i, b := range waiting {
		if progs, err := b.wait(); !errors.Is(err, errLoadStopped) || len(progs) != 0 {
			t.Errorf("batch %d: %d programs, error %v; want none, %v", i, len(progs), err, errLoadStopped)
		}
	}
}

// The spare P is there while a holder holds it, shared by holders at
// once, and gone with the last: GOMAXPROCS back to what it was (the
// runtime's default, with its own updates, when no GOMAXPROCS variable
// set it).
func TestProcRaise(t *testing.T) {
	if os.Getenv("GOMAXPROCS") != "" {
		t.Skip("GOMAXPROCS is set in the environment: this test is of the runtime's default")
	}
	// From the default (go test -cpu sets its own), and back to the
	// test's setting after.
	defer goruntime.GOMAXPROCS(goruntime.GOMAXPROCS(0))
	goruntime.SetDefaultGOMAXPROCS()
	var r procRaise
	base := goruntime.GOMAXPROCS(0)
	first := r.acquire()
	second := r.acquire()
	if got := goruntime.GOMAXPROCS(0); got != base+1 {
		t.Fatalf("GOMAXPROCS %d while held, want %d", got, base+1)
	}
	if got := r.procs(); got != base {
		t.Errorf("procs() %d while held, want %d", got, base)
	}
	first()
	first() // a second call does nothing
	if got := goruntime.GOMAXPROCS(0); got != base+1 {
		t.Fatalf("GOMAXPROCS %d with one holder left, want %d", got, base+1)
	}
	second()
	if got := goruntime.GOMAXPROCS(0); got != base {
		t.Errorf("GOMAXPROCS %d once released, want %d", got, base)
	}
}
