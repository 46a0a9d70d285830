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
	"github.com/ntrace/ntrace/internal/elftest"
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
			compareGolden(t, strings.TrimSuffix(path, ".nt")+".asm", listing(t, path))
		})
	}
}

// compareGolden compares a listing with a golden file, or with -update
// writes the file.
func compareGolden(t *testing.T, golden, got string) {
	t.Helper()
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
}

func compile(t *testing.T, path string) *codegen.Output {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Unsafe, for the builtins that need --unsafe (signal) have goldens
	// too; it changes nothing else.
	return compileSource(t, path, string(src), lang.Params{Unsafe: true})
}

// compileSource compiles a script against the 6.18 BTF and tracepoint
// formats kept in testdata; *_perf.nt scripts send their events through
// perf buffers.
func compileSource(t *testing.T, path, src string, params lang.Params) *codegen.Output {
	t.Helper()
	prog, err := lang.Parse(path, src)
	if err != nil {
		t.Fatal(lang.Render(path, string(src), err))
	}
	info, err := lang.Check(prog, testenv.Env{TB: t, Kernel: "6.18"}, params)
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
	return listOutput(compile(t, path))
}

// listOutput lists a compiled script's maps, events and programs.
func listOutput(out *codegen.Output) string {
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
		listProgram(&b, p.Name, p.Target.String(), p.Spec)
		if p.Arm != nil {
			listProgram(&b, p.Name+codegen.ArmSuffix, "arming "+p.Target.String(), p.Arm)
		}
	}
	return b.String()
}

// listProgram lists one program's instructions with the script lines
// they came from.
func listProgram(b *strings.Builder, name, what string, spec *ebpf.ProgramSpec) {
	fmt.Fprintf(b, "program %s %s (%s):\n", name, what, spec.Type)
	var last lang.Pos
	it := spec.Instructions.Iterate()
	for it.Next() {
		if pos, ok := codegen.SourceOf(*it.Ins); ok && pos != last {
			fmt.Fprintf(b, "  ; line %s\n", pos)
			last = pos
		}
		if sym := it.Ins.Symbol(); sym != "" {
			fmt.Fprintf(b, "%s:\n", sym)
		}
		fmt.Fprintf(b, "\t%4d: %v\n", it.Offset, it.Ins)
	}
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

// TestGoldenUserProbes compiles probes on a binary made for the test
// (internal/elftest) and compares the listing, the binary's path written
// as BIN, with testdata/user.golden: a usdt probe, each of whose sites
// gets its own program, reading its arguments where its note says; and a
// watchpoint on a function's argument, with the program that arms it.
func TestGoldenUserProbes(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "prog")
	elftest.File{
		Notes: []elftest.Note{
			{Provider: "app", Name: "req", Args: "-4@%edi 8@-16(%rbp) -2@counter+2(%rip) 1@%ah -8@$-5", PC: elftest.TextAddr + 0x10, Semaphore: elftest.DataAddr},
			{Provider: "app", Name: "req", Args: "-4@%esi 8@%rax -2@(%rsp) 1@%dl -8@%r15", PC: elftest.TextAddr + 0x40, Semaphore: elftest.DataAddr},
		},
		Syms: []elftest.Sym{{Name: "counter", Addr: elftest.DataAddr + 8, Size: 4}, {Name: "handle", Addr: elftest.TextAddr + 0x80, Size: 0x20, Func: true}},
	}.Write(t, bin)
	src := "// Two sites of one probe: a program each, reading the arguments from a\n" +
		"// register (or a byte of one), memory at a register plus an offset,\n" +
		"// a variable relocated by ip, a constant. (The body on a line of its\n" +
		"// own, so that its columns do not depend on the binary's path.)\n" +
		"usdt:" + bin + ":app:req\n{ @[arg0, arg1, arg2, arg3] = sum(arg4); }\n" +
		"// The arming program stops the process (SIGSTOP) and sends the address in\n" +
		"// arg1 (rsi, 104 in pt_regs) for the watchpoint to be set there.\n" +
		"watchpoint:handle+arg1:8:w { @writes = count(); }\n"
	got := strings.ReplaceAll(listOutput(compileSource(t, "user.nt", src, lang.Params{CPID: 1, Command: bin})), bin, "BIN")
	compareGolden(t, filepath.Join("testdata", "user.golden"), got)
}
