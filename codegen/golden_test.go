package codegen_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cilium/ebpf"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/internal/testenv"
	"github.com/ntrace/ntrace/lang"
)

var update = flag.Bool("update", false, "rewrite the golden .asm files")

// TestGolden compiles each testdata/*.nt against the 6.18 BTF and
// tracepoint formats kept in testdata, and compares the instruction
// listing with testdata/*.asm. Scripts named *_perf.nt are compiled to
// send their events through perf buffers. Run with -update after a deliberate change
// and read the diff.
func TestGolden(t *testing.T) {
	scripts, _ := filepath.Glob("testdata/*.nt")
	if len(scripts) == 0 {
		t.Fatal("no golden scripts")
	}
	for _, path := range scripts {
		name := strings.TrimSuffix(filepath.Base(path), ".nt")
		t.Run(name, func(t *testing.T) {
			got := listing(t, path)
			golden := strings.TrimSuffix(path, ".nt") + ".asm"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./codegen -update)", err)
			}
			if got != string(want) {
				t.Errorf("listing differs from %s:\n%s", golden, got)
			}
		})
	}
}

func compile(t *testing.T, path string) *codegen.Output {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := lang.Parse(path, string(src))
	if err != nil {
		t.Fatal(lang.Render(path, string(src), err))
	}
	info, err := lang.Check(prog, testenv.Env{TB: t, Kernel: "6.18"}, lang.Params{})
	if err != nil {
		t.Fatal(lang.Render(path, string(src), err))
	}
	opts := codegen.Options{PerfBuffer: strings.HasSuffix(path, "_perf.nt")}
	out, err := codegen.Compile(prog, info, opts)
	if err != nil {
		t.Fatal(lang.Render(path, string(src), err))
	}
	return out
}

func listing(t *testing.T, path string) string {
	out := compile(t, path)
	var b strings.Builder
	for _, m := range out.Maps {
		fmt.Fprintf(&b, "map %s %s: %s key %d value %d entries %d\n", m.Spec.Name, m.Name, m.Spec.Type, m.Spec.KeySize, m.Spec.ValueSize, m.Spec.MaxEntries)
	}
	var stacks []string
	for name, m := range out.Collection.Maps {
		if m.Type == ebpf.StackTrace {
			stacks = append(stacks, name)
		}
	}
	sort.Strings(stacks)
	for _, name := range stacks {
		m := out.Collection.Maps[name]
		fmt.Fprintf(&b, "map %s: %s key %d value %d entries %d\n", name, m.Type, m.KeySize, m.ValueSize, m.MaxEntries)
	}
	if m := out.Collection.Maps[codegen.ScratchMap]; m != nil {
		fmt.Fprintf(&b, "map %s: %s value %d\n", m.Name, m.Type, m.ValueSize)
	}
	for _, ev := range out.Events {
		fmt.Fprintf(&b, "event %d kind %d size %d from %s\n", ev.ID, ev.Kind, ev.Size, ev.Probe)
	}
	for _, p := range out.Programs {
		fmt.Fprintf(&b, "program %s %s (%s):\n", p.Name, p.Target, p.Spec.Type)
		var last lang.Pos
		it := p.Spec.Instructions.Iterate()
		for it.Next() {
			if pos, ok := codegen.SourceOf(*it.Ins); ok && pos != last {
				fmt.Fprintf(&b, "  ; line %s\n", pos)
				last = pos
			}
			if sym := it.Ins.Symbol(); sym != "" {
				fmt.Fprintf(&b, "%s:\n", sym)
			}
			fmt.Fprintf(&b, "\t%4d: %v\n", it.Offset, it.Ins)
		}
	}
	return b.String()
}

// TestGoldenLoads hands each golden program to this kernel's verifier, on
// a host whose kernel is the one the listings were compiled for.
func TestGoldenLoads(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("loading BPF programs needs root")
	}
	scripts, _ := filepath.Glob("testdata/*.nt")
	for _, path := range scripts {
		t.Run(filepath.Base(path), func(t *testing.T) {
			out := compile(t, path)
			coll, err := ebpf.NewCollection(out.Collection)
			if err != nil {
				t.Fatalf("loading: %+v", err)
			}
			coll.Close()
		})
	}
}
