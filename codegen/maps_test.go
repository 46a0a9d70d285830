package codegen_test

import (
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
