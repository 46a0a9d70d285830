package btftest

import (
	"errors"
	"os"
	"slices"
	"testing"

	"github.com/cilium/ebpf/btf"
)

// memberOffset returns the byte offset of member name in struct or union typ,
// looking through anonymous struct and union members as C does, and the
// member's type. ok is false if there is no such member.
func memberOffset(typ btf.Type, name string) (off uint32, mtyp btf.Type, ok bool) {
	var members []btf.Member
	switch t := btf.UnderlyingType(typ).(type) {
	case *btf.Struct:
		members = t.Members
	case *btf.Union:
		members = t.Members
	default:
		return 0, nil, false
	}
	for _, m := range members {
		if m.Name == name {
			return m.Offset.Bytes(), m.Type, true
		}
		if m.Name == "" {
			if o, mt, ok := memberOffset(m.Type, name); ok {
				return m.Offset.Bytes() + o, mt, true
			}
		}
	}
	return 0, nil, false
}

func structByName(t *testing.T, spec *btf.Spec, name string) *btf.Struct {
	t.Helper()
	var s *btf.Struct
	if err := spec.TypeByName(name, &s); err != nil {
		t.Fatalf("struct %s: %v", name, err)
	}
	return s
}

func TestKernels(t *testing.T) {
	got := Kernels()
	if want := []string{"6.1", "6.12", "6.18"}; !slices.Equal(got, want) {
		t.Fatalf("Kernels() = %v, want %v", got, want)
	}
	got[0] = "mutated"
	if Kernels()[0] != "6.1" {
		t.Fatal("Kernels() returned the package's own slice")
	}
}

func TestLoadCaches(t *testing.T) {
	for _, k := range Kernels() {
		if a, b := Load(t, k), Load(t, k); a != b {
			t.Errorf("Load(%s) parsed the blob twice", k)
		}
	}
	if _, err := load("5.4"); err == nil {
		t.Error("load(5.4): no error for an unknown kernel")
	}
}

func TestWriteFile(t *testing.T) {
	path := WriteFile(t, "6.1")
	spec, err := btf.LoadSpec(path)
	if err != nil {
		t.Fatal(err)
	}
	structByName(t, spec, "sk_buff")
	if fi, err := os.Stat(path); err != nil || fi.Size() < 1<<20 {
		t.Fatalf("%s: %v, %v", path, fi, err)
	}
}

// TestMemberOffsets pins down real layouts, found by reading the three blobs.
// They are the differences (and the invariants) that tests of the checker and
// codegen rely on.
func TestMemberOffsets(t *testing.T) {
	type fact struct {
		strct, member string
		off           map[string]uint32 // kernel → offset; missing kernel: no such member
	}
	all := func(off uint32) map[string]uint32 {
		return map[string]uint32{"6.1": off, "6.12": off, "6.18": off}
	}
	facts := []fact{
		// eppoll_entry is {next, base, wait, whead} on all three (older kernels
		// started with a list_head).
		{"eppoll_entry", "next", all(0)},
		{"eppoll_entry", "base", all(8)},
		{"eppoll_entry", "wait", all(16)},
		{"eppoll_entry", "whead", all(56)},
		// epitem.next was renamed ovflist_next in 6.4; same slot.
		{"epitem", "next", map[string]uint32{"6.1": 40}},
		{"epitem", "ovflist_next", map[string]uint32{"6.12": 40, "6.18": 40}},
		{"epitem", "ffd", all(48)},
		// sock_common: skc_dport and skc_num sit in an anonymous struct inside the
		// anonymous skc_portpair union; skc_daddr inside the skc_addrpair union.
		{"sock_common", "skc_daddr", all(0)},
		{"sock_common", "skc_dport", all(12)},
		{"sock_common", "skc_num", all(14)},
		{"sock_common", "skc_family", all(16)},
		// sk_buff shrank by 8 bytes on 6.18: the tail of the struct moves.
		{"sk_buff", "sk", all(24)},
		{"sk_buff", "len", all(112)},
		{"sk_buff", "data", map[string]uint32{"6.1": 208, "6.12": 208, "6.18": 200}},
		{"sk_buff", "head", map[string]uint32{"6.1": 200, "6.12": 200, "6.18": 192}},
		// struct sock and tcp_sock were reshuffled between 6.1 and 6.12.
		{"sock", "sk_rcvbuf", map[string]uint32{"6.1": 280, "6.12": 244, "6.18": 244}},
		{"tcp_sock", "srtt_us", map[string]uint32{"6.1": 1672, "6.12": 1728, "6.18": 1680}},
		{"tcp_sock", "snd_cwnd", map[string]uint32{"6.1": 1776, "6.12": 1500, "6.18": 1444}},
		// task_struct depends on the config: the 6.18 host kernel is far smaller.
		{"task_struct", "pid", map[string]uint32{"6.1": 2416, "6.12": 2432, "6.18": 1264}},
		{"task_struct", "comm", map[string]uint32{"6.1": 2976, "6.12": 2976, "6.18": 1752}},
	}
	for _, k := range Kernels() {
		spec := Load(t, k)
		for _, f := range facts {
			s := structByName(t, spec, f.strct)
			got, _, ok := memberOffset(s, f.member)
			want, exists := f.off[k]
			switch {
			case ok != exists:
				t.Errorf("%s: struct %s has member %s: %v, want %v", k, f.strct, f.member, ok, exists)
			case ok && got != want:
				t.Errorf("%s: offsetof(struct %s, %s) = %d, want %d", k, f.strct, f.member, got, want)
			}
		}
	}
}

func TestStructSizes(t *testing.T) {
	want := map[string]map[string]uint32{
		"sk_buff":      {"6.1": 232, "6.12": 232, "6.18": 224},
		"sock_common":  {"6.1": 136, "6.12": 136, "6.18": 136},
		"eppoll_entry": {"6.1": 64, "6.12": 64, "6.18": 64},
		"epitem":       {"6.1": 120, "6.12": 120, "6.18": 120},
	}
	for _, k := range Kernels() {
		spec := Load(t, k)
		for name, sizes := range want {
			if got := structByName(t, spec, name).Size; got != sizes[k] {
				t.Errorf("%s: sizeof(struct %s) = %d, want %d", k, name, got, sizes[k])
			}
		}
	}
}

// TestKfreeSkbTracepoint pins down what the raw tracepoint kfree_skb looks like:
// the btf_trace_ typedef carries types but no names; the argument names come
// from __probestub_kfree_skb, which exists since 6.4; 6.12 added rx_sk; and the
// skb_drop_reason values were renumbered (SKB_CONSUMED was inserted first).
func TestKfreeSkbTracepoint(t *testing.T) {
	type want struct {
		params  int // of btf_trace_kfree_skb, counting the leading void *__data
		stub    []string
		reasons int // values in enum skb_drop_reason
		notSpec uint64
		tcpCsum uint64
	}
	wants := map[string]want{
		"6.1":  {params: 4, stub: nil, reasons: 67, notSpec: 1, tcpCsum: 4},
		"6.12": {params: 5, stub: []string{"__data", "skb", "location", "reason", "rx_sk"}, reasons: 106, notSpec: 2, tcpCsum: 9},
		"6.18": {params: 5, stub: []string{"__data", "skb", "location", "reason", "rx_sk"}, reasons: 130, notSpec: 2, tcpCsum: 10},
	}
	for _, k := range Kernels() {
		w := wants[k]
		spec := Load(t, k)

		var td *btf.Typedef
		if err := spec.TypeByName("btf_trace_kfree_skb", &td); err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		ptr, ok := td.Type.(*btf.Pointer)
		if !ok {
			t.Fatalf("%s: btf_trace_kfree_skb is %v, want a pointer to a function", k, td.Type)
		}
		proto := ptr.Target.(*btf.FuncProto)
		if len(proto.Params) != w.params {
			t.Errorf("%s: btf_trace_kfree_skb has %d params, want %d", k, len(proto.Params), w.params)
		}
		for i, p := range proto.Params {
			if p.Name != "" {
				t.Errorf("%s: btf_trace_kfree_skb param %d is named %q, want no name", k, i, p.Name)
			}
		}

		var stub *btf.Func
		err := spec.TypeByName("__probestub_kfree_skb", &stub)
		switch {
		case w.stub == nil && !errors.Is(err, btf.ErrNotFound):
			t.Errorf("%s: __probestub_kfree_skb: %v, want not found", k, err)
		case w.stub != nil && err != nil:
			t.Errorf("%s: __probestub_kfree_skb: %v", k, err)
		case w.stub != nil:
			var names []string
			for _, p := range stub.Type.(*btf.FuncProto).Params {
				names = append(names, p.Name)
			}
			if !slices.Equal(names, w.stub) {
				t.Errorf("%s: __probestub_kfree_skb params %v, want %v", k, names, w.stub)
			}
		}

		var reason *btf.Enum
		if err := spec.TypeByName("skb_drop_reason", &reason); err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		if len(reason.Values) != w.reasons {
			t.Errorf("%s: enum skb_drop_reason has %d values, want %d", k, len(reason.Values), w.reasons)
		}
		vals := map[string]uint64{}
		for _, v := range reason.Values {
			vals[v.Name] = v.Value
		}
		if got := vals["SKB_DROP_REASON_NOT_SPECIFIED"]; got != w.notSpec {
			t.Errorf("%s: SKB_DROP_REASON_NOT_SPECIFIED = %d, want %d", k, got, w.notSpec)
		}
		if got, ok := vals["SKB_CONSUMED"]; ok != (k != "6.1") || (ok && got != 1) {
			t.Errorf("%s: SKB_CONSUMED = %d (present: %v), want 1 from 6.12 on", k, got, ok)
		}
		if got := vals["SKB_DROP_REASON_TCP_CSUM"]; got != w.tcpCsum {
			t.Errorf("%s: SKB_DROP_REASON_TCP_CSUM = %d, want %d", k, got, w.tcpCsum)
		}
	}
}
