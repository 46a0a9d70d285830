package lang

import (
	"os/exec"
	"sort"
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/ntrace/ntrace/internal/btftest"
	"github.com/ntrace/ntrace/internal/uapi"
)

// The table is sorted, as headerConstant's binary search needs.
func TestHeaderConstantTablesSorted(t *testing.T) {
	for _, table := range [][]headerConst{headerConstantTable[:], taskStates[:]} {
		if !sort.SliceIsSorted(table, func(i, j int) bool { return table[i].name < table[j].name }) {
			t.Errorf("table starting %s is not sorted by name", table[0].name)
		}
	}
	for _, name := range []string{"AF_INET", "AF_INET6", "EPERM", "TASK_RUNNING", "__TASK_TRACED", "O_RDONLY"} {
		if _, _, ok := headerConstant(name); !ok {
			t.Errorf("%s is not found", name)
		}
	}
}

// The generated table holds what this machine's C headers say, every
// constant of it: the compiler evaluates each (see package uapi).
func TestHeaderConstantsMatchHeaders(t *testing.T) {
	cc, err := exec.LookPath("cc")
	if err != nil {
		t.Skip("no C compiler to read the headers with (apt-get install gcc)")
	}
	consts, err := uapi.Read(cc)
	if err != nil {
		t.Skipf("the C headers cannot be read here: %v", err)
	}
	have := map[string]headerConst{}
	for _, c := range headerConstantTable {
		have[c.name] = c
	}
	for _, c := range consts {
		got, ok := have[c.Name]
		switch {
		case !ok:
			t.Errorf("<%s> defines %s = %d, the table lacks it (go generate ./lang)", c.Header, c.Name, c.Value)
		case got.value != c.Value || got.header != c.Header:
			t.Errorf("%s is %d from <%s> in the table, %d from <%s> here", c.Name, got.value, got.header, c.Value, c.Header)
		}
		delete(have, c.Name)
	}
	for name := range have {
		t.Errorf("the table has %s, which the headers here do not define", name)
	}
	if len(consts) < 500 {
		t.Errorf("read only %d constants from the headers", len(consts))
	}
}

// Where a kernel enum has a name of the table (IPPROTO_TCP, SOCK_STREAM),
// the enum's value, which takes precedence, is the table's: no script
// reads a value that depends on which of the two it got.
func TestHeaderConstantsAgreeWithKernelEnums(t *testing.T) {
	all := HeaderConstants()
	for _, kernel := range []string{"6.1", "6.12", "6.18"} {
		shared := 0
		seen := map[string]bool{} // the first enum in type ID order has the name
		for typ, err := range btftest.Load(t, kernel).All() {
			if err != nil {
				t.Fatal(err)
			}
			en, ok := typ.(*btf.Enum)
			if !ok {
				continue
			}
			for _, v := range en.Values {
				want, ok := all[v.Name]
				if !ok || seen[v.Name] {
					continue
				}
				seen[v.Name] = true
				shared++
				if int64(v.Value) != want && int64(int32(v.Value)) != want {
					t.Errorf("%s: %s is %d in the kernel's enum %s, %d in the table", kernel, v.Name, int64(v.Value), en.Name, want)
				}
			}
		}
		if shared == 0 {
			t.Errorf("%s: no enum shares a name with the table; the test checks nothing", kernel)
		}
	}
}

// Kernel types are named as C writes them (-lv lists arguments with these
// names): qualifiers, function pointers and arrays included.
func TestBTFTypeNames(t *testing.T) {
	char := &btf.Int{Name: "char", Size: 1, Encoding: btf.Signed}
	for want, typ := range map[string]btf.Type{
		"const char *":         &btf.Pointer{Target: &btf.Const{Type: char}},
		"function *":           &btf.Pointer{Target: &btf.FuncProto{Return: &btf.Void{}}},
		"volatile char[4]":     &btf.Volatile{Type: &btf.Array{Type: char, Nelems: 4}},
		"enum skb_drop_reason": &btf.Enum{Name: "skb_drop_reason", Size: 4},
		"struct sk_buff *":     &btf.Pointer{Target: &btf.Struct{Name: "sk_buff"}},
	} {
		if got := btfName(typ); got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}
