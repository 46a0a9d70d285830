package codegen_test

import (
	"strings"
	"testing"

	"github.com/cilium/ebpf"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/internal/testenv"
	"github.com/ntrace/ntrace/lang"
)

// With AllocOnDemand, the @maps kept in hash maps allocate their elements
// as keys arrive (BPF_F_NO_PREALLOC); arrays, and every map without the
// option, stay as they were.
func TestAllocOnDemand(t *testing.T) {
	src := `tracepoint:sched:sched_switch {
  @n = count(); @c[comm] = count(); @h = hist(pid); @s[pid] = nsecs; @v = 1;
}`
	prog, err := lang.Parse("test.nt", src)
	if err != nil {
		t.Fatal(err)
	}
	info, err := lang.Check(prog, testenv.Env{TB: t, Kernel: "6.12"}, lang.Params{})
	if err != nil {
		t.Fatal(lang.Render("test.nt", src, err))
	}
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
		if hashes != 4 {
			t.Errorf("%d hash maps, want 4 (@c, @h, @s, @v)", hashes)
		}
		for name, spec := range out.Collection.Maps {
			if spec.Type != ebpf.Hash && spec.Type != ebpf.PerCPUHash && spec.Flags&noPrealloc != 0 {
				t.Errorf("map %s (%s) has BPF_F_NO_PREALLOC", name, spec.Type)
			}
		}
	}
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
		if n, want := out.Collection.Maps[codegen.FullMap].MaxEntries, 6*codegen.DropSlots; n != uint32(want) {
			t.Errorf("STACKS=%s: FullMap has %d slots, want DropSlots per map of the script (%d)", stacks, n, want)
		}
		if _, ok := out.Collection.Maps[codegen.StackMapName(lang.StackSpec{Depth: lang.DefaultStackDepth})]; ok != (stacks == "true") {
			t.Errorf("STACKS=%s: stack map made = %v", stacks, ok)
		}
	}
}
