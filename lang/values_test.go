package lang_test

import (
	"fmt"
	"testing"

	. "github.com/ntrace/ntrace/lang"
)

// Which values are addresses in user space: a system call's arguments, a
// uprobe's arguments and return value, and what is derived from them
// (casts, arithmetic, members, pointers read through them); a constant
// cast to a pointer in a uprobe. Kernel values stay kernel ones, in a
// uprobe too.
func TestUserAddresses(t *testing.T) {
	bin := buildUprobeTarget(t)
	src := fmt.Sprintf(`tracepoint:syscalls:sys_enter_clock_nanosleep {
  $ts = (struct __kernel_timespec *)args->rqtp; $sec = $ts->tv_sec; $which = args->which_clock;
  $sum = args->rqtp + 16; $c = (uint64 *)$sum; $pick = 1 ? args->rqtp : 0;
  $k = (struct task_struct *)curtask; $pp = $k->real_parent; $kc = (int32 *)0x1000;
}
uprobe:%[1]s:main.target { $a = arg0; $p = (struct task_struct *)arg0; $n = (int32 *)0x1000; $q = $p->real_parent; $t = curtask; }
uretprobe:%[1]s:main.target { $r = retval; $rp = (uint8 *)retval; $deref = *$rp; }`, bin)
	info, errs := checkOn(t, "6.18", src)
	if errs != "" {
		t.Fatal(errs)
	}
	user := map[string]bool{
		"$ts": true, "$sec": true, "$which": true, "$sum": true, "$c": true, "$pick": true,
		"$k": false, "$pp": false, "$kc": false,
		"$a": true, "$p": true, "$n": true, "$q": true, "$t": false,
		"$r": true, "$rp": true, "$deref": true,
	}
	seen := 0
	for _, p := range info.Probes {
		for _, v := range p.Vars {
			want, ok := user[v.Name]
			if !ok {
				continue
			}
			seen++
			if v.Type.User != want {
				t.Errorf("%s (%s): user address %v, want %v", v.Name, v.Type, v.Type.User, want)
			}
		}
	}
	if seen != len(user) {
		t.Errorf("checked %d variables, want %d", seen, len(user))
	}
}

// A tuple is laid out as C lays out a struct of its elements, as bpftrace
// does; a variable keeps its integer's width, a map widens it to 64 bits.
func TestValueLayouts(t *testing.T) {
	src := `BEGIN {
  $t = ((int8)1, (int16)2, (int32)3); $s = ("abc", (int8)1); $n = ("abc", ((int8)1, (int16)2)); $w = (1, "abc");
  $u = (uint32)7; @m = (uint32)7; @k[(int16)1] = 1;
  $lit = 18446744073709551615; $c = ~(uint32)0; $b = ~(uint8)0;
}`
	_, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	vars := map[string]*Type{}
	for _, v := range info.Probes[0].Vars {
		vars[v.Name] = v.Type
	}
	for name, want := range map[string]struct {
		size int
		offs []int
	}{
		"$t": {8, []int{0, 2, 4}}, "$s": {5, []int{0, 4}}, "$n": {8, []int{0, 4}}, "$w": {16, []int{0, 8}},
	} {
		tt := vars[name]
		if tt.Size != want.size || fmt.Sprint(tt.ElemOffsets()) != fmt.Sprint(want.offs) {
			t.Errorf("%s %s: size %d, offsets %v; want %d, %v", name, tt, tt.Size, tt.ElemOffsets(), want.size, want.offs)
		}
	}
	for name, want := range map[string]string{"$u": "uint32", "$lit": "uint64", "$c": "uint32", "$b": "uint8"} {
		if got := vars[name].String(); got != want {
			t.Errorf("%s is %s, want %s", name, got, want)
		}
	}
	if got := info.Maps["@m"].Value.String(); got != "uint64" {
		t.Errorf("@m holds %s, want uint64", got)
	}
	if got := info.Maps["@k"].Keys[0].String(); got != "int64" {
		t.Errorf("@k's key is %s, want int64", got)
	}
	for e, k := range info.Consts {
		if u, ok := e.(*UnaryExpr); ok && u.Op == "~" {
			if want := map[int]uint64{4: 4294967295, 1: 255}[info.Types[e].Size]; k.Int != want {
				t.Errorf("~ of a %s folds to %d, want %d", info.Types[u.X], k.Int, want)
			}
		}
	}
}
