package runtime

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"os"
	goruntime "runtime"
	"slices"
	"sync"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
)

// Loading a program is mostly the verifier's time, spent in the loading
// thread: cilium/ebpf loads a collection's programs one after another, so
// a script's programs took the sum of their verifier times on one CPU
// while the others sat idle, on the path to the first event. Here the
// maps are made first, and the programs are then loaded by as many
// threads as there are CPUs, each taking the costliest
// program left (loadCost) as it becomes free: a thread slowed down by
// another process on its CPU takes fewer. The programs come in batches
// (loadBatch): the script's main programs, which BEGIN waits for, before
// the programs of the alternatives loaded ahead (see preload.go), which
// only the attach stage waits for.

// newCollection is ebpf.NewCollectionWithOptions with the maps made and
// the programs loaded on several threads at once (see programLoader).
// What the caller gets is one collection, as before; on an error nothing
// it made is left open, and the error is the one of the first program
// (by name) that failed. A tracing program whose target kernel finds is
// loaded without cilium/ebpf's decoding of the kernel's BTF (see
// preparedProgram).
func newCollection(spec *ebpf.CollectionSpec, opts ebpf.CollectionOptions, kernel KernelBTF) (*ebpf.Collection, error) {
	if len(spec.Variables) > 0 {
		return ebpf.NewCollectionWithOptions(withoutLineInfo(spec), opts)
	}
	b := newLoadBatch(spec.Programs, tracingTargets(spec.Programs, kernel))
	pm := newPendingMaps(slices.Collect(maps.Keys(spec.Maps)))
	l := startLoading(pm, opts.Programs, []*loadBatch{b})
	if err := pm.make(spec.Maps, opts, mapOrder(l.items)); err != nil {
		l.stop()
		b.close() // all it had taken may have loaded
		closeMaps(pm.all())
		return nil, err
	}
	progs, err := b.wait()
	if err != nil {
		closeMaps(pm.all())
		return nil, err
	}
	return &ebpf.Collection{Maps: pm.all(), Programs: progs}, nil
}

// loadBatch is programs loaded together, which fail together: the
// script's main programs, or those of one alternative. A program of a
// failed batch not yet loaded is not loaded at all.
type loadBatch struct {
	specs   map[string]*ebpf.ProgramSpec
	targets map[string]btf.TypeID // of its tracing programs, where known (tracingTargets)
	// notify, when not nil, receives each program as it loads, unless
	// onLoad took it; it is closed once the batch is done. It has room
	// for every program.
	notify chan loadedProgram
	// onLoad, once set (takeAsLoaded), is called with each program as it
	// loads, on the thread that loaded it, before the batch can end.
	onLoad func(loadedProgram)

	mu    sync.Mutex
	left  int // programs neither loaded nor failed yet
	progs map[string]*ebpf.Program
	errs  map[string]error
	done  chan struct{} // closed once the batch has loaded or failed
	err   error         // once done: the first error by program name
}

// newLoadBatch is a batch of the programs specs, whose tracing targets
// are targets.
func newLoadBatch(specs map[string]*ebpf.ProgramSpec, targets map[string]btf.TypeID) *loadBatch {
	return &loadBatch{specs: specs, targets: targets, left: len(specs), progs: map[string]*ebpf.Program{}, errs: map[string]error{}, done: make(chan struct{})}
}

// failed reports whether a program of the batch failed already.
func (b *loadBatch) failed() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.errs) > 0
}

// takeAsLoaded has f called with each program of the batch that loads
// from now on, on the thread that loaded it, in place of notify: the
// programs loaded before are on notify, still to be taken from it. The
// batch ends only once every call of f has returned.
func (b *loadBatch) takeAsLoaded(f func(loadedProgram)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.onLoad = f
}

// finish records how loading one program went (prog nil and err nil: not
// loaded, as another failed), and ends the batch after its last one. A
// program loaded goes to onLoad when it is set (on this thread, before
// the batch can end), else on notify.
func (b *loadBatch) finish(name string, prog *ebpf.Program, err error) {
	taken := false
	if prog != nil && err == nil {
		b.mu.Lock()
		f := b.onLoad
		b.mu.Unlock()
		if f != nil {
			f(loadedProgram{name, prog})
			taken = true
		}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case err != nil:
		b.errs[name] = err
	case prog != nil:
		b.progs[name] = prog
		if b.notify != nil && !taken {
			b.notify <- loadedProgram{name, prog}
		}
	}
	b.left--
	if b.left > 0 {
		return
	}
	if len(b.errs) > 0 {
		b.err = b.errs[slices.Min(slices.Collect(maps.Keys(b.errs)))]
		for _, p := range b.progs {
			p.Close()
		}
		b.progs = nil
	}
	if b.notify != nil {
		close(b.notify)
	}
	close(b.done)
}

// wait waits until the batch is done and returns its programs, or the
// error of its first program (by name) that failed, none left open.
func (b *loadBatch) wait() (map[string]*ebpf.Program, error) {
	<-b.done
	return b.progs, b.err
}

// close waits until the batch is done and closes the programs it
// loaded, for a caller that will not use them.
func (b *loadBatch) close() {
	progs, _ := b.wait()
	for _, p := range progs {
		p.Close()
	}
}

// loadItem is one program of a batch, to be loaded.
type loadItem struct {
	batch *loadBatch
	name  string
}

// errLoadStopped is the error of a program left unloaded because its
// loader was stopped.
var errLoadStopped = errors.New("loading stopped")

// programLoader loads the programs of some batches on several threads.
type programLoader struct {
	ms    *pendingMaps
	opts  ebpf.ProgramOptions
	mu    sync.Mutex
	items []loadItem
	next  int
	wg    sync.WaitGroup
}

// startLoading loads the programs of batches, bound to the maps ms (each
// as soon as the maps it refers to are made), on loadThreads threads, and
// returns at once: each batch tells when it is
// done. Every program of a batch comes before those of the batches after
// it, the costliest first (loadCost).
func startLoading(ms *pendingMaps, opts ebpf.ProgramOptions, batches []*loadBatch) *programLoader {
	l := &programLoader{ms: ms, opts: opts, items: loadOrder(batches)}
	instructions := 0
	for _, it := range l.items {
		instructions += len(it.batch.specs[it.name].Instructions)
	}
	for _, b := range batches {
		if len(b.specs) == 0 {
			b.left = 1
			b.finish("", nil, nil) // nothing to load: done
		}
	}
	threads := min(loadThreads(instructions), len(l.items))
	for range threads {
		l.wg.Add(1)
		go func() {
			defer l.wg.Done()
			l.work()
		}()
	}
	if threads > 1 {
		release := spareProc.acquire()
		go func() {
			l.wg.Wait()
			release()
		}()
	}
	return l
}

// spareProc gives Go one P (GOMAXPROCS) more than there are CPUs while
// programs load on a thread per CPU. A thread in the verifier holds its
// P for the milliseconds the system call takes; with every P so held, the
// goroutine that attaches each program as it loads, or waits for the main
// programs to run BEGIN, waited for Go's monitor to take a P back: up to
// 10 ms when it had been idle (3 ms between the main programs loaded and
// BEGIN, traced here). With a spare P it runs at once, and the kernel
// shares the CPUs between the three threads.
var spareProc procRaise

// procRaise raises GOMAXPROCS by one while any holder holds it.
type procRaise struct {
	mu      sync.Mutex
	holders int
	base    int // GOMAXPROCS before the raise
}

// acquire raises GOMAXPROCS by one unless it is raised already; the
// function it returns gives it back once no one else holds it.
func (r *procRaise) acquire() (release func()) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.holders == 0 {
		r.base = goruntime.GOMAXPROCS(0)
		goruntime.GOMAXPROCS(r.base + 1)
	}
	r.holders++
	var once sync.Once
	return func() {
		once.Do(func() {
			r.mu.Lock()
			defer r.mu.Unlock()
			r.holders--
			if r.holders == 0 {
				restoreProcs(r.base)
			}
		})
	}
}

// restoreProcs puts GOMAXPROCS back to base after a raise. Setting it
// turns off the runtime's own updates of it (a container's CPU limit
// changed while ntrace runs for days under --metrics): unless the
// GOMAXPROCS environment variable set it, it goes back to the runtime's
// default, updates included.
func restoreProcs(base int) {
	if os.Getenv("GOMAXPROCS") == "" {
		goruntime.SetDefaultGOMAXPROCS()
		return
	}
	goruntime.GOMAXPROCS(base)
}

// procs is GOMAXPROCS as it is without the raise.
func (r *procRaise) procs() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.holders > 0 {
		return r.base
	}
	return goruntime.GOMAXPROCS(0)
}

// loadOrder is the order the programs of batches load in: batch after
// batch, the costliest program of each first (loadCost), names breaking
// ties.
func loadOrder(batches []*loadBatch) []loadItem {
	var items []loadItem
	for _, b := range batches {
		start := len(items)
		for name := range b.specs {
			items = append(items, loadItem{b, name})
		}
		slices.SortFunc(items[start:], func(x, y loadItem) int {
			if c := cmp.Compare(loadCost(b.specs[y.name]), loadCost(b.specs[x.name])); c != 0 {
				return c
			}
			return cmp.Compare(x.name, y.name)
		})
	}
	return items
}

// work loads the next program until there is none left.
func (l *programLoader) work() {
	for {
		l.mu.Lock()
		if l.next == len(l.items) {
			l.mu.Unlock()
			return
		}
		it := l.items[l.next]
		l.next++
		l.mu.Unlock()
		b := it.batch
		if b.failed() {
			b.finish(it.name, nil, nil)
			continue
		}
		prog, err := loadProgram(b.specs[it.name], it.name, l.ms, b.targets, l.opts)
		b.finish(it.name, prog, err)
		// Whoever waits for the batch, or attaches its programs as
		// they load, is now runnable, queued on this thread's P: let it
		// run before the next program's load takes the P into the
		// kernel for milliseconds (Go would only hand the P on when
		// its monitor next looks, up to 10 ms later).
		goruntime.Gosched()
	}
}

// stop leaves the programs not yet being loaded unloaded (their batches
// fail with errLoadStopped), and waits until the threads are done.
func (l *programLoader) stop() {
	l.mu.Lock()
	for _, it := range l.items[l.next:] {
		it.batch.finish(it.name, nil, errLoadStopped)
	}
	l.next = len(l.items)
	l.mu.Unlock()
	l.wg.Wait()
}

// loadProgram loads the program spec called name, its map references
// bound to the maps pm, once they are made: a tracing program with a
// target in targets, and a raw tracepoint's, directly, prepared before
// its maps are made (see preparedProgram); the others, and one of those
// that did not load so, with cilium/ebpf, which says why in its usual words. Its source
// lines are left out (see withoutLineInfo). Errors name the program as
// cilium/ebpf's collections do ("program NAME: ...").
func loadProgram(spec *ebpf.ProgramSpec, name string, pm *pendingMaps, targets map[string]btf.TypeID, opts ebpf.ProgramOptions) (*ebpf.Program, error) {
	if id, ok := targets[name]; ok || spec.Type == ebpf.RawTracepoint {
		// Prepared while the maps it refers to may still be being made.
		if pt, err := prepareProgram(spec, id); err == nil {
			prog, err := pt.load(func(ref string) (*ebpf.Map, error) { return pm.get(ref) })
			pt.close()
			if err == nil {
				return prog, nil
			}
			if errors.Is(err, errMapsFailed) {
				return nil, fmt.Errorf("program %s: %w", name, errMapsFailed)
			}
		}
		// Refused, or something else went wrong: cilium/ebpf loads it
		// as it always did, and says why in its own words.
	}
	spec = programWithoutLineInfo(spec)
	ms := map[string]*ebpf.Map{}
	for _, ins := range spec.Instructions {
		if ref := ins.Reference(); ins.IsLoadFromMap() && ref != "" && ms[ref] == nil {
			m, err := pm.get(ref)
			if err != nil {
				return nil, fmt.Errorf("program %s: %w", name, err)
			}
			ms[ref] = m
		}
	}
	for i := range spec.Instructions {
		ins := &spec.Instructions[i]
		if !ins.IsLoadFromMap() || ins.Reference() == "" {
			continue
		}
		if err := ins.AssociateMap(ms[ins.Reference()]); err != nil {
			return nil, fmt.Errorf("program %s: map %s: %w", name, ins.Reference(), err)
		}
	}
	prog, err := ebpf.NewProgramWithOptions(spec, opts)
	if err != nil {
		return nil, fmt.Errorf("program %s: %w", name, err)
	}
	return prog, nil
}

// loadThreads is how many threads load programs of so many instructions
// in all: one per CPU, or one when they are small
// (parallelLoadInstructions).
func loadThreads(instructions int) int {
	if instructions < parallelLoadInstructions {
		return 1
	}
	return spareProc.procs()
}

// parallelLoadInstructions is how many instructions a script's programs
// must have in all before they are loaded on several threads: below it
// the verifier's time is small beside what starting threads costs. A
// variable for the tests.
var parallelLoadInstructions = 2048

// tracingLoadCost is what loading a tracing program costs beyond its
// instructions, in instructions' worth of verifier time: the kernel looks
// its target up by name in vmlinux's BTF, one type after another (for a
// tp_btf program, the tracepoint's __bpf_trace_ function, for its
// arguments' names). On 6.18 here that is ~0.3 ms a program, about what
// the verifier takes for 250 of udplat's instructions: a 23-instruction
// tp_btf program loaded in 0.34 ms, the 1,930 of sk_data_ready in 3.1.
const tracingLoadCost = 250

// loadCost is the verifier time loading p takes, in instructions' worth.
func loadCost(p *ebpf.ProgramSpec) int {
	if p.Type == ebpf.Tracing {
		return len(p.Instructions) + tracingLoadCost
	}
	return len(p.Instructions)
}
