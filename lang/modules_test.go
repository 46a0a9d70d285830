package lang_test

import (
	"fmt"
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/ntrace/ntrace/internal/testenv"
	. "github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/lazybtf"
)

// moduleEnv is the 6.18 test kernel plus one loaded module, nt_mod, whose
// BTF has a struct and a function that vmlinux does not.
type moduleEnv struct {
	testenv.Env
	mod   KernelTypes
	loads *int // module BTF loads asked for
}

func (e moduleEnv) ModuleBTF() ([]KernelModule, error) {
	*e.loads++
	return []KernelModule{{Name: "nt_mod", Types: e.mod}}, nil
}

func (e moduleEnv) ModuleSpec(module string) (KernelTypes, error) {
	*e.loads++
	if module != "nt_mod" {
		return nil, fmt.Errorf("no module %s", module)
	}
	return e.mod, nil
}

// SymbolModule stands for kallsyms: nt_mod_account is nt_mod's,
// ntrace_nobtf_func the kernel's own.
func (e moduleEnv) SymbolModule(name string) (string, error) {
	switch name {
	case "nt_mod_account":
		return "nt_mod", nil
	case "ntrace_nobtf_func":
		return "", nil
	}
	return "", fmt.Errorf("no kernel symbol %s", name)
}

// moduleSpec is nt_mod's BTF, read lazily as ntrace reads a module's (it
// stands alone here rather than split on the kernel's).
func moduleSpec(t *testing.T) KernelTypes {
	t.Helper()
	u32 := &btf.Int{Name: "unsigned int", Size: 4}
	u64 := &btf.Int{Name: "long long unsigned int", Size: 8}
	state := &btf.Struct{Name: "nt_mod_state", Size: 16, Members: []btf.Member{
		{Name: "flags", Type: u32, Offset: 0},
		{Name: "bytes", Type: u64, Offset: 64},
	}}
	fn := &btf.Func{Name: "nt_mod_account", Linkage: btf.GlobalFunc, Type: &btf.FuncProto{
		Return: u32,
		Params: []btf.FuncParam{{Name: "st", Type: &btf.Pointer{Target: state}}},
	}}
	b, err := btf.NewBuilder([]btf.Type{state, fn}, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	spec, err := lazybtf.Load(raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	return spec
}

// Types and functions that only a module's BTF has are found there: casts,
// offsetof and a kprobe's typed arguments.
func TestModuleBTF(t *testing.T) {
	loads := 0
	env := moduleEnv{Env: testenv.Env{TB: t, Kernel: "6.18"}, mod: moduleSpec(t), loads: &loads}
	src := `kprobe:nt_mod:nt_mod_account { @[args->st->bytes] = count(); }
BEGIN { @off = offsetof(struct nt_mod_state, bytes); @sz = sizeof(struct nt_mod_state); $s = (struct nt_mod_state *)0; @f = $s->flags; }`
	prog, err := Parse("test.nt", src)
	if err != nil {
		t.Fatal(err)
	}
	info, err := Check(prog, env, Params{})
	if err != nil {
		t.Fatal(Render("test.nt", src, err))
	}
	got := map[string]uint64{}
	for _, st := range prog.Probes[1].Body.Stmts {
		if as, ok := st.(*AssignStmt); ok {
			if m, ok := as.Target.(*MapExpr); ok {
				if c, ok := info.Consts[as.Value]; ok {
					got[m.Name] = c.Int
				}
			}
		}
	}
	if got["@off"] != 8 || got["@sz"] != 16 {
		t.Errorf("offsetof/sizeof from module BTF = %v, want @off 8 @sz 16", got)
	}
	var sawBytes bool
	for f, acc := range info.Members {
		if f.Name == "bytes" {
			sawBytes = acc.Offset == 8
		}
	}
	if !sawBytes {
		t.Error("args->st->bytes not resolved at offset 8 through the module's function prototype")
	}

	// kallsyms names the module of an unqualified kprobe's function.
	unq, err := Parse("unq.nt", `kprobe:nt_mod_account { @[args->st->bytes] = count(); }`)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Check(unq, env, Params{}); err != nil {
		t.Errorf("kprobe:nt_mod_account without its module: %v", err)
	}

	// A kernel function without BTF is not looked for in modules.
	loads = 0
	plain, err := Parse("plain.nt", `kprobe:ntrace_nobtf_func { @ = count(); }`)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Check(plain, env, Params{}); err != nil {
		t.Fatal(err)
	}
	if loads != 0 {
		t.Errorf("a kprobe on a function of the kernel itself loaded module BTF %d times", loads)
	}

	// Without the module, the same names are errors.
	_, err = Check(prog, testenv.Env{TB: t, Kernel: "6.18"}, Params{})
	if err == nil {
		t.Fatal("module-only types resolved without the module")
	}
}
