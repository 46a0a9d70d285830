package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cilium/ebpf/btf"
)

// moduleOnlyStruct finds, in the BTF of a loaded module, a struct with at
// least two named members that vmlinux's BTF does not have, and returns
// the module, the struct, and the struct's last member.
func moduleOnlyStruct(t *testing.T, vmlinux *btf.Spec) (module string, st *btf.Struct) {
	t.Helper()
	entries, _ := os.ReadDir("/sys/kernel/btf")
	var mods []string
	for _, e := range entries {
		if e.Name() != "vmlinux" {
			mods = append(mods, e.Name())
		}
	}
	sort.Strings(mods)
	for _, m := range mods {
		f, err := os.Open(filepath.Join("/sys/kernel/btf", m))
		if err != nil {
			continue
		}
		spec, err := btf.LoadSplitSpecFromReader(f, vmlinux)
		f.Close()
		if err != nil {
			continue
		}
		for typ, err := range spec.All() {
			if err != nil {
				break
			}
			s, ok := typ.(*btf.Struct)
			if !ok || s.Name == "" || len(s.Members) < 2 || s.Members[len(s.Members)-1].Name == "" || s.Members[len(s.Members)-1].BitfieldSize != 0 {
				continue
			}
			if _, err := vmlinux.AnyTypesByName(s.Name); err == nil {
				continue // also in vmlinux (or a name vmlinux uses): not a module-only type
			}
			return m, s
		}
	}
	return "", nil
}

// A struct that exists only in a loaded module's BTF resolves in a script:
// ntrace's sizeof and offsetof agree with the module's BTF as the kernel
// publishes it. The rig's Debian kernels publish module BTF; the modules
// come from the kernel package (nf_tables is loaded here for one).
func TestModuleOnlyStruct(t *testing.T) {
	requireRoot(t)
	if os.Getenv("NTRACE_VM") != "" {
		exec.Command("modprobe", "nf_tables").Run()
	}
	vmlinux, err := btf.LoadKernelSpec()
	if err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	module, st := moduleOnlyStruct(t, vmlinux)
	if st == nil {
		t.Skip("this kernel publishes no module BTF with a module-only struct (needs CONFIG_DEBUG_INFO_BTF_MODULES and a loaded module; runs in the rig)")
	}
	last := st.Members[len(st.Members)-1]
	script := fmt.Sprintf(`BEGIN { printf("%%d %%d\n", sizeof(struct %s), offsetof(struct %s, %s)); exit(); }`, st.Name, st.Name, last.Name)
	out, code := runTool(t, ntraceBin, "-e", script)
	if code != 0 {
		t.Fatalf("module %s, struct %s: exit %d:\n%s", module, st.Name, code, out)
	}
	want := fmt.Sprintf("%d %d", st.Size, last.Offset.Bytes())
	if !strings.Contains(out, want+"\n") {
		t.Errorf("struct %s from module %s: got %q, want %q", st.Name, module, out, want)
	}
	t.Logf("struct %s (module %s): size and offset of %s = %s", st.Name, module, last.Name, want)
}
