package format

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// kstackOf is a kernel stack value, innermost frame first as recorded;
// word sets its offsets too, so that two words print differently.
func kstackOf(word uint64, syms ...string) Value {
	v := Value{Kind: Stack, U: word}
	for i, s := range syms {
		v.Frames = append(v.Frames, Frame{Addr: 0xffffffff81000000 + uint64(i), Text: s + "+" + strconv.FormatUint(word, 10), Sym: s})
	}
	return v
}

func foldedText(t *testing.T, maps ...*Map) string {
	t.Helper()
	var b bytes.Buffer
	if err := WriteFolded(&b, maps); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// A stack key folds outermost frame first, by symbol without offset; the
// other key parts are frames where they stand; equal lines add up.
func TestFoldStackKeys(t *testing.T) {
	m := newMap("@", Count)
	set(m, K(S("nginx"), kstackOf(1, "__schedule", "schedule", "ep_poll", "do_epoll_wait")), U(5))
	set(m, K(S("nginx"), kstackOf(2, "__schedule", "schedule", "ep_poll", "do_epoll_wait")), U(2)) // another offset
	set(m, K(S("a;b c"), kstackOf(3, "f")), U(1))
	set(m, K(S("zero"), kstackOf(4, "g")), U(0))
	got := foldedText(t, m)
	want := `a\x3bb c;f 1
nginx;do_epoll_wait;ep_poll;schedule;__schedule 7
`
	if got != want {
		t.Errorf("folded:\n%s\nwant:\n%s", got, want)
	}
}

// An off-wake key folds as BCC's offwaketime: the sleeper from its root
// to where it blocked, the separator, then the waker from where it woke
// it out to its root. An unknown frame, an empty waker and a stack the
// kernel lost fold as they read.
func TestFoldOffWake(t *testing.T) {
	m := newMap("@offwake", Sum)
	user := Value{Kind: Stack, U: 9, User: true, Frames: []Frame{{Addr: 0x401000, Text: "0x401000"}, {Addr: 0x402000, Text: "main+3", Sym: "main"}}}
	set(m, K(S("reader"), user, kstackOf(1, "schedule", "pipe_read", "ksys_read"), S("--"),
		kstackOf(2, "try_to_wake_up", "pipe_write", "ksys_write"), S("writer")), I(1000))
	set(m, K(S("sleeper"), Value{Kind: Stack}, kstackOf(1, "schedule"), S("--"), Value{Kind: Stack}, S("")), I(30))
	set(m, K(S("lost"), Value{Kind: Stack, S: "[stack lost: hash collision in the stack map]"}, kstackOf(1, "schedule"), S("--"),
		kstackOf(5, "try_to_wake_up"), S("--")), I(4))
	set(m, K(S("negative"), Value{Kind: Stack}, kstackOf(1, "schedule"), S("--"), Value{Kind: Stack}, S("")), I(-3))
	got := foldedText(t, m)
	want := `lost;[stack lost: hash collision in the stack map];schedule;--;try_to_wake_up;-- 4
reader;main;[unknown];ksys_read;pipe_read;schedule;--;try_to_wake_up;pipe_write;ksys_write;writer 1000
sleeper;schedule;-- 30
`
	if got != want {
		t.Errorf("folded:\n%s\nwant:\n%s", got, want)
	}
	stacks, err := Fold(m, false)
	if err != nil {
		t.Fatal(err)
	}
	kinds := ""
	for _, f := range stacks[0].Frames {
		kinds += string("LKUS"[f.Kind])
	}
	if kinds != "LUUKKKSKKKL" {
		t.Errorf("frame kinds %s, want LUUKKKSKKKL (label, user, kernel, separator)", kinds)
	}
}

// Several maps in one output: each line starts with its map's name.
func TestFoldSeveralMaps(t *testing.T) {
	a := set(newMap("@b", Count), K(kstackOf(1, "f")), U(1))
	b := set(newMap("@a", Plain), K(kstackOf(1, "g"), I(7)), I(2))
	if got, want := foldedText(t, a, b), "@a;g;7 2\n@b;f 1\n"; got != want {
		t.Errorf("folded %q, want %q", got, want)
	}
	if _, err := Fold(newMap("@h", Hist), false); err == nil || !strings.Contains(err.Error(), "do not add up") {
		t.Errorf("folding a hist: %v", err)
	}
}
