package codegen_test

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/internal/testenv"
	"github.com/ntrace/ntrace/lang"
)

// With AllocOnDemand, the @maps kept in hash maps allocate their elements
// as keys arrive (BPF_F_NO_PREALLOC); arrays, and every map without the
// option, stay as they were.
func TestAllocOnDemand(t *testing.T) {
	prog, info := compileFront(t, `tracepoint:sched:sched_switch {
  @n = count(); @c[comm] = count(); @h = hist(pid); @s[pid] = nsecs; @v = 1;
}`)
	const noPrealloc = 1 // BPF_F_NO_PREALLOC
	for _, onDemand := range []bool{false, true} {
		out, err := codegen.Compile(prog, info, codegen.Options{AllocOnDemand: onDemand})
		if err != nil {
			t.Fatal(err)
		}
		hashes := 0
		for _, m := range out.Maps {
			isHash := m.Spec.Type == ebpf.Hash || m.Spec.Type == ebpf.PerCPUHash
			if isHash {
				hashes++
			}
			if got, want := m.Spec.Flags&noPrealloc != 0, onDemand && isHash; got != want {
				t.Errorf("AllocOnDemand=%v: %s (%s) has BPF_F_NO_PREALLOC %v, want %v", onDemand, m.Name, m.Spec.Type, got, want)
			}
		}
		if hashes != 3 {
			t.Errorf("%d hash maps, want 3 (@c, @s, @v)", hashes)
		}
		for name, spec := range out.Collection.Maps {
			if spec.Type != ebpf.Hash && spec.Type != ebpf.PerCPUHash && spec.Flags&noPrealloc != 0 {
				t.Errorf("map %s (%s) has BPF_F_NO_PREALLOC", name, spec.Type)
			}
		}
	}
}

// A keyless hist or lhist is a per-CPU array with a slot per bucket,
// indexed by the bucket the program computes (a 32-bit key): 66 log2
// buckets, or lhist's (max-min)/step in range and one on each side. Its
// program looks the slot up and adds to it, with no insert (no
// map_update_elem call) and no atomic add; a keyed hist stays a hash
// whose key ends with the bucket.
func TestKeylessHistArray(t *testing.T) {
	prog, info := compileFront(t, `tracepoint:sched:sched_switch {
  @h = hist(pid); @l = lhist(pid, 0, 100, 10); @k[cpu] = hist(pid);
}`)
	out, err := codegen.Compile(prog, info, codegen.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]struct {
		typ                      ebpf.MapType
		keySize, entries, offset uint32
	}{
		"@h": {ebpf.PerCPUArray, 4, codegen.HistBuckets, 0},
		"@l": {ebpf.PerCPUArray, 4, 12, 0},
		"@k": {ebpf.PerCPUHash, 16, 4096, 8},
	} {
		m := out.Maps[mapIndex(out, name)]
		got := struct {
			typ                      ebpf.MapType
			keySize, entries, offset uint32
		}{m.Spec.Type, m.Spec.KeySize, m.Spec.MaxEntries, uint32(m.BucketOff)}
		if got != want {
			t.Errorf("%s: %+v, want %+v", name, got, want)
		}
	}
	updates := 0
	for _, ins := range out.Programs[0].Insns() {
		if ins.IsBuiltinCall() && ins.Constant == int64(asm.FnMapUpdateElem) {
			updates++
		}
	}
	for _, ins := range aggAtomics(out.Programs[0].Insns()) {
		t.Errorf("atomic instruction %v", ins)
	}
	if updates != 1 {
		t.Errorf("%d map_update_elem calls, want 1 (@k's insert)", updates)
	}
}

// How Compile keeps each kind of map, by the keys it may hold: up to
// PerCPULimit, keyed aggregations per CPU and allocated on demand; past
// it, shared and preallocated (min and max per CPU, preallocated); a map
// declared (Options.MapDecls) as the declaration says, the rest chosen.
func TestMapKinds(t *testing.T) {
	src := `tracepoint:sched:sched_switch {
  @n = count(); @c[pid] = count(); @h[pid] = hist(pid); @m[pid] = max(pid); @v[pid] = 1; @l[pid] = count();
}`
	prog, info := compileFront(t, src)
	const onDemand, prealloc = "on demand", "prealloc"
	type kind struct {
		typ   ebpf.MapType
		alloc string
	}
	for _, tc := range []struct {
		entries uint32
		decls   map[string]codegen.MapDecl
		want    map[string]kind
	}{
		{codegen.PerCPULimit, nil, map[string]kind{
			"@n": {ebpf.PerCPUArray, prealloc}, "@c": {ebpf.PerCPUHash, onDemand}, "@h": {ebpf.PerCPUHash, onDemand},
			"@m": {ebpf.PerCPUHash, onDemand}, "@v": {ebpf.Hash, onDemand}, "@l": {ebpf.PerCPUHash, onDemand},
		}},
		{codegen.PerCPULimit + 1, nil, map[string]kind{
			"@n": {ebpf.PerCPUArray, prealloc}, "@c": {ebpf.Hash, prealloc}, "@h": {ebpf.Hash, prealloc},
			"@m": {ebpf.PerCPUHash, prealloc}, "@v": {ebpf.Hash, prealloc}, "@l": {ebpf.Hash, prealloc},
		}},
		{4096, map[string]codegen.MapDecl{"@l": {Kind: codegen.LRUHashMap, Entries: 100}, "@c": {Kind: codegen.HashMap}}, map[string]kind{
			"@n": {ebpf.PerCPUArray, prealloc}, "@c": {ebpf.Hash, onDemand}, "@h": {ebpf.PerCPUHash, onDemand},
			"@m": {ebpf.PerCPUHash, onDemand}, "@v": {ebpf.Hash, onDemand}, "@l": {ebpf.LRUHash, prealloc},
		}},
	} {
		out, err := codegen.Compile(prog, info, codegen.Options{MapEntries: tc.entries, AllocOnDemand: true, MapDecls: tc.decls})
		if err != nil {
			t.Fatal(lang.Render("test.nt", src, err))
		}
		for _, m := range out.Maps {
			alloc := prealloc
			if m.Spec.Flags&1 != 0 { // BPF_F_NO_PREALLOC
				alloc = onDemand
			}
			if got := (kind{m.Spec.Type, alloc}); got != tc.want[m.Name] {
				t.Errorf("--map-size %d, declared %v: %s is %v, want %v", tc.entries, tc.decls, m.Name, got, tc.want[m.Name])
			}
			if want := m.Spec.Type == ebpf.PerCPUHash || m.Spec.Type == ebpf.PerCPUArray; m.PerCPU != want {
				t.Errorf("%s (%s): PerCPU %v", m.Name, m.Spec.Type, m.PerCPU)
			}
		}
		if m := out.Maps[mapIndex(out, "@l")]; tc.decls != nil && m.Spec.MaxEntries != 100 {
			t.Errorf("declared with 100 keys, @l holds %d", m.Spec.MaxEntries)
		}
		// A shared map's aggregations add atomically; per CPU, they do not.
		atomics := len(aggAtomics(out.Programs[0].Insns()))
		shared := 0
		for _, m := range out.Maps {
			if m.Info.Value.Kind == lang.Agg && !m.PerCPU {
				shared++
			}
		}
		// Each shared count or hist adds in one place, which the code
		// reaches when the key is found and when another CPU inserted it
		// first.
		if want := shared; atomics != want {
			t.Errorf("--map-size %d: %d atomic instructions for %d shared aggregations, want %d", tc.entries, atomics, shared, want)
		}
	}
}

// Kernel memory a map takes from the start is estimated as the kernel
// allocates it, and a map that takes more than 64 MiB is warned about at
// its first use.
func TestBigMapWarning(t *testing.T) {
	src := "tracepoint:sched:sched_switch {\n  @small[pid] = count(); @big[nsecs] = count();\n}"
	prog, info := compileFront(t, src)
	out, err := codegen.Compile(prog, info, codegen.Options{MapEntries: 1000000, AllocOnDemand: true, PossibleCPUs: 2})
	if err != nil {
		t.Fatal(err)
	}
	// 1M elements of 48 + 8 + 8 bytes, and 2^20 buckets of 16: the 81 MB
	// the kernel was measured to take (memory cgroup usage).
	if got, want := out.Maps[0].KernelMemory(2), uint64(1000000*64+(1<<20)*16); got != want {
		t.Errorf("%s: %d bytes, want %d", out.Maps[0].Name, got, want)
	}
	want := "test.nt:2:3: warning: @small may hold 1000000 keys: it takes 77 MiB of kernel memory from the start (preallocated, so that a new key costs the traced code least)\n" +
		"  @small[pid] = count(); @big[nsecs] = count();\n" +
		"  ^\n" +
		"test.nt:2:26: warning: @big may hold 1000000 keys: it takes 77 MiB of kernel memory from the start (preallocated, so that a new key costs the traced code least)\n"
	if got := lang.RenderWarnings("test.nt", src, out.Warnings); !strings.HasPrefix(got, want) {
		t.Errorf("warnings:\n%s\nwant them to start (in the order of the script):\n%s", got, want)
	}
	out, err = codegen.Compile(prog, info, codegen.Options{AllocOnDemand: true, PossibleCPUs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Warnings) != 0 {
		t.Errorf("warnings at 4096 keys: %v", out.Warnings)
	}
}

func compileFront(t *testing.T, src string) (*lang.Program, *lang.Info) {
	t.Helper()
	prog, err := lang.Parse("test.nt", src)
	if err != nil {
		t.Fatal(err)
	}
	info, err := lang.Check(prog, testenv.Env{TB: t, Kernel: "6.12"}, lang.Params{})
	if err != nil {
		t.Fatal(lang.Render("test.nt", src, err))
	}
	return prog, info
}

func mapIndex(out *codegen.Output, name string) int {
	for i, m := range out.Maps {
		if m.Name == name {
			return i
		}
	}
	return -1
}

// A map that only code switched off by a constant condition uses (an if
// on a parameter, a predicate that is constant false) is neither made nor
// listed; FullMap keeps slots for every map, made or not, since the
// slots are numbered before the code is emitted.
func TestDeadCodeMapsNotMade(t *testing.T) {
	src := `param STACKS bool = false "";
tracepoint:sched:sched_switch {
  if (${STACKS}) { @stacks[kstack] = count(); } else if (1) { @live = count(); } else { @never = count(); }
  if (!${STACKS}) { @also = count(); }
}
tracepoint:sched:sched_wakeup /${STACKS}/ { @woken = count(); }
tracepoint:sched:sched_wakeup /pid == 1/ { @one = count(); }`
	prog, err := lang.Parse("test.nt", src)
	if err != nil {
		t.Fatal(err)
	}
	for _, stacks := range []string{"false", "true"} {
		info, err := lang.Check(prog, testenv.Env{TB: t, Kernel: "6.12"}, lang.Params{Named: map[string]string{"STACKS": stacks}})
		if err != nil {
			t.Fatal(lang.Render("test.nt", src, err))
		}
		out, err := codegen.Compile(prog, info, codegen.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, m := range out.Maps {
			names = append(names, m.Name)
			if out.Collection.Maps[m.Spec.Name] == nil {
				t.Errorf("STACKS=%s: %s is listed but not in the collection", stacks, m.Name)
			}
		}
		want := "@also @live @one"
		if stacks == "true" {
			want = "@one @stacks @woken"
		}
		if got := strings.Join(names, " "); got != want {
			t.Errorf("STACKS=%s: maps %s, want %s", stacks, got, want)
		}
		// Only @stacks, a hash, can refuse an update: FullMap is made
		// for it, with words for every map of the script.
		switch fm := out.Collection.Maps[codegen.FullMap]; {
		case stacks == "false" && fm != nil:
			t.Errorf("STACKS=false: FullMap made, but no map of the script can refuse an update")
		case stacks == "true" && fm == nil:
			t.Errorf("STACKS=true: no FullMap for @stacks")
		case stacks == "true" && (fm.MaxEntries != 1 || fm.ValueSize != uint32(6*codegen.DropSlots*8)):
			t.Errorf("STACKS=true: FullMap has %d values of %d bytes, want one of DropSlots words per map of the script (%d bytes)",
				fm.MaxEntries, fm.ValueSize, 6*codegen.DropSlots*8)
		}
		// Nothing prints: no ring buffer, no counters of lost events.
		for _, name := range []string{codegen.EventsMap, codegen.LostMap, codegen.WakeMap} {
			if _, ok := out.Collection.Maps[name]; ok {
				t.Errorf("STACKS=%s: %s made, but no program sends events", stacks, name)
			}
		}
		if _, ok := out.Collection.Maps[codegen.StackMapName(lang.StackSpec{Depth: lang.DefaultStackDepth})]; ok != (stacks == "true") {
			t.Errorf("STACKS=%s: stack map made = %v", stacks, ok)
		}
	}
}

// aggAtomics are the atomic instructions of insns but those counting
// refused updates, which add to FullMap's shared value whatever kind the
// map is.
func aggAtomics(insns asm.Instructions) []asm.Instruction {
	var out []asm.Instruction
	full := asm.R10 // the register holding FullMap's address, if any
	for _, ins := range insns {
		switch {
		case ins.IsLoadFromMap() && ins.Reference() == codegen.FullMap:
			full = ins.Dst
		case ins.OpCode.Mode() == asm.AtomicMode:
			if ins.Dst != full {
				out = append(out, ins)
			}
		case ins.OpCode == asm.Add.Op(asm.RegSource) && ins.Dst == full:
			// the word of the error's errno, still in FullMap
		case ins.OpCode.Class().IsALU() || ins.OpCode.Class().IsLoad():
			if ins.Dst == full {
				full = asm.R10
			}
		}
	}
	return out
}

// TestFetchAddEncoding checks that the fetch-and-add instruction ++ and
// -- compile to reaches the kernel as one: BPF_STX | BPF_ATOMIC | BPF_DW
// with BPF_ADD | BPF_FETCH in its immediate. Without the fetch bit it is
// a plain atomic add, which leaves the source register as it was: every
// x++ would read 1.
func TestFetchAddEncoding(t *testing.T) {
	ins := codegen.FetchAdd(asm.R0, asm.R1)
	var buf bytes.Buffer
	if _, err := ins.Marshal(&buf, binary.LittleEndian); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	if b[0] != 0xdb || b[1] != 0x10 || binary.LittleEndian.Uint32(b[4:8]) != 0x01 {
		t.Errorf("fetch-and-add encodes as % x, want db 10 00 00 01 00 00 00", b)
	}
}
