package format

import (
	"fmt"
	"strings"
)

// The scenarios rebuild, as ntrace's runtime would decode them, the values
// and maps of the scripts in testdata/<name>.bt. What bpftrace 0.17.0
// printed for each is in testdata/<name>.txt (bpftrace <name>.bt) and
// testdata/<name>.json (bpftrace -f json <name>.bt), captured on kernel
// 6.18; TestLiveBpftrace re-runs them.

// none is a map key for a map without keys.
var none []Value

// scalarsScenario is testdata/scalars.bt: keyless maps of every kind.
func scalarsScenario() scenario {
	a := newMap("@a", Avg)
	avg(a, none, -7)
	avg(a, none, 2)
	st := newMap("@st", Stats)
	for _, v := range []int64{-5, 10, 2} {
		avg(st, none, v)
	}
	return scenario{name: "scalars", exit: []*Map{
		set(newMap("@x", Plain), none, I(42)),
		a,
		set(newMap("@c", Count), none, U(3)),
		set(newMap("@s", Sum), none, I(-7)),
		set(newMap("@mn", Min), none, I(-3)),
		set(newMap("@mx", Max), none, I(10)),
		st,
		set(newMap("@str", Plain), none, S("hello")),
		set(newMap("@t", Plain), none, T(I(1), S("abc"), I(-5))),
	}}
}

// keyedScenario is testdata/keyed.bt: string, int and multi-part keys.
func keyedScenario() scenario {
	c := newMap("@c", Count)
	set(c, K(S("b")), U(1))
	set(c, K(S("a")), U(2))
	set(c, K(S("zz")), U(3))
	s := newMap("@s", Sum)
	set(s, K(I(1)), I(5))
	set(s, K(I(-2)), I(-12))
	set(s, K(I(300)), I(7))
	a := newMap("@a", Avg)
	avg(a, K(S("x"), I(1)), -7)
	avg(a, K(S("x"), I(1)), 2)
	avg(a, K(S("y"), I(2)), 100)
	avg(a, K(S("x"), I(2)), 0)
	mn := newMap("@mn", Min)
	set(mn, K(I(1)), I(-3))
	set(mn, K(I(2)), I(10))
	// bpftrace 0.17 never stores @mx[1, "t"] = max(-3): its max() does
	// not store a value below the 0 of a new key.
	mx := set(newMap("@mx", Max), K(I(2), S("u")), I(10))
	st := newMap("@st", Stats)
	avg(st, K(S("q")), -5)
	avg(st, K(S("q")), 10)
	avg(st, K(S("r")), 2)
	x := newMap("@x", Plain)
	set(x, K(I(5)), I(42))
	set(x, K(I(-1)), I(3))
	set(x, K(I(2)), I(7))
	set(x, K(I(0)), I(100))
	str := newMap("@str", Plain)
	set(str, K(S("k2")), S("hello"))
	set(str, K(S("k1")), S("zzz"))
	tu := newMap("@t", Plain)
	set(tu, K(I(1), I(2)), T(I(1), S("abc"), I(-5)))
	set(tu, K(I(0), I(2)), T(I(2), S("def"), I(-5)))
	return scenario{name: "keyed", exit: []*Map{c, s, a, mn, mx, st, x, str, tu}}
}

// emptyScenario is testdata/empty.bt: cleared, deleted-from and zeroed
// maps, and keys bpftrace sorts as unsigned numbers.
func emptyScenario() scenario {
	k := newMap("@k", Plain)
	set(k, K(I(-1)), S("neg"))
	set(k, K(I(5)), S("five"))
	set(k, K(I(0)), S("zero"))
	m3 := newMap("@m3", Min)
	set(m3, K(I(1)), I(5))
	set(m3, K(I(2)), I(-5))
	tk := newMap("@tk", Plain)
	set(tk, K(I(-1), S("b")), T(I(1), I(2)))
	set(tk, K(I(5), S("a")), T(I(1), I(2)))
	set(tk, K(I(5), S("A")), T(I(3), I(4)))
	set(tk, K(I(0), S("a")), T(I(1), I(2)))
	return scenario{name: "empty", exit: []*Map{
		k, m3, tk,
		newMap("@m", Max), // max(-3) stores nothing in bpftrace 0.17
		set(newMap("@m2", Min), none, I(3)),
		newMap("@e", Plain),
		newMap("@cl", Count),
		set(newMap("@z", Count), K(I(1)), U(0)),
	}}
}

// histScenario is testdata/hist.bt.
func histScenario() scenario {
	h := newMap("@h", Hist)
	for _, v := range []int64{-5, -1, 0, 1, 1, 2, 3, 7, 100, 5000, 5000, 1048576, 3000000000, 1099511627776} {
		hist(h, none, v)
	}
	h2 := newMap("@h2", Hist)
	for _, v := range []int64{1024, 1024, 4096} {
		hist(h2, none, v)
	}
	h3 := newMap("@h3", Hist)
	hist(h3, K(S("a")), 10)
	hist(h3, K(S("b")), 1)
	hist(h3, K(S("b")), 1)
	bars := newMap("@bars", Hist)
	for _, r := range [][2]int64{{52, 8}, {51, 16}, {27, 32}, {26, 64}, {13, 128}, {3, 256}, {1, 512}} {
		for range r[0] {
			hist(bars, none, r[1])
		}
	}
	bars7 := newMap("@bars7", Hist)
	for _, r := range [][2]int64{{7, 2}, {6, 4}, {5, 8}, {3, 16}, {1, 32}} {
		for range r[0] {
			hist(bars7, none, r[1])
		}
	}
	return scenario{name: "hist", exit: []*Map{h3, h2, h, bars7, bars}}
}

// lhistScenario is testdata/lhist.bt.
func lhistScenario() scenario {
	h := newMap("@h", Hist)
	for _, v := range []int64{1 << 40, 1 << 50, 1 << 60, 1 << 30} {
		hist(h, none, v)
	}
	l := newMap("@l", Lhist)
	for _, v := range []int64{-5, 0, 35, 100, 1000} {
		lhist(l, none, v, 0, 100, 10)
	}
	l2 := newMap("@l2", Lhist)
	for _, v := range []int64{15, 15, 45} {
		lhist(l2, none, v, 0, 100, 10)
	}
	l3 := lhist(newMap("@l3", Lhist), none, 2048, 1024, 10240, 1024)
	l4 := newMap("@l4", Lhist)
	lhist(l4, K(S("x")), 50, 0, 200, 25)
	lhist(l4, K(S("x")), 300, 0, 200, 25)
	lhist(l4, K(S("y")), 1, 0, 200, 25)
	l5 := newMap("@l5", Lhist)
	lhist(l5, none, 3000000, 1048576, 4194304, 1048576)
	lhist(l5, none, 1048576*5, 1048576, 4194304, 1048576)
	return scenario{name: "lhist", exit: []*Map{h, l, l2, l3, l4, l5}}
}

// printScenario is testdata/print.bt: print(@m, top, div) of each kind.
func printScenario() scenario {
	c := newMap("@c", Count)
	set(c, K(S("a")), U(1))
	set(c, K(S("b")), U(2))
	set(c, K(S("c")), U(4))
	s := newMap("@s", Sum)
	a := newMap("@a", Avg)
	st := newMap("@st", Stats)
	for i, v := range []int64{10, 25, -7} {
		set(s, K(I(int64(i+1))), I(v))
		avg(a, K(I(int64(i+1))), v)
		avg(st, K(I(int64(i+1))), v)
	}
	h := newMap("@h", Hist)
	for _, kv := range [][2]int64{{1, 3}, {1, 3}, {1, 3}, {2, 10}, {3, 1}, {3, 1}} {
		hist(h, K(I(kv[0])), kv[1])
	}
	l := newMap("@l", Lhist)
	for _, kv := range [][2]int64{{1, 3}, {1, 3}, {1, 3}, {2, 5}} {
		lhist(l, K(I(kv[0])), kv[1], 0, 10, 1)
	}
	p := func(text string) step { return step{printf: text} }
	return scenario{name: "print", steps: []step{
		p("--top2\n"), {m: c, top: 2},
		p("--top0 div2\n"), {m: c, div: 2},
		p("--sum top1 div 3\n"), {m: s, top: 1, div: 3},
		p("--sum div 3\n"), {m: s, div: 3},
		p("--avg top2 div 2\n"), {m: a, top: 2, div: 2},
		p("--stats top1 div 2\n"), {m: st, top: 1, div: 2},
		p("--hist top1 div 2\n"), {m: h, top: 1, div: 2},
		p("--hist top2\n"), {m: h, top: 2},
		p("--lhist top1 div 2\n"), {m: l, top: 1, div: 2},
		p("--top 10\n"), {m: c, top: 10},
		p("--plain\n"), {m: c},
		p("--end\n"),
	}, exit: []*Map{ // all cleared
		newMap("@c", Count), newMap("@s", Sum), newMap("@a", Avg),
		newMap("@st", Stats), newMap("@h", Hist), newMap("@l", Lhist),
	}}
}

// valuesScenario is testdata/values.bt: print() of values, and zeroed
// maps.
func valuesScenario() scenario {
	v := func(x Value) step { return step{value: &x} }
	zh := &Map{Name: "@h", Kind: Hist, Entries: []Entry{{Buckets: make([]uint64, 65)}}}
	return scenario{name: "values", steps: []step{
		v(I(5)), v(I(-5)), v(S("str")), v(T(I(1), S("a"), T(I(2), S("b")))),
		v(S("bpftrace")), v(I(1)), v(U(200)), v(I(-3)),
		{m: zh},
	}, exit: []*Map{
		zh,
		{Name: "@h2", Kind: Hist, Entries: []Entry{
			{Key: K(S("b")), Buckets: make([]uint64, 65)},
			{Key: K(S("a")), Buckets: make([]uint64, 65)},
		}},
		{Name: "@l", Kind: Lhist, Lhist: [3]int64{0, 10, 1}, Entries: []Entry{{Buckets: make([]uint64, 12)}}},
		{Name: "@a", Kind: Avg, Entries: []Entry{{}}},
		{Name: "@st", Kind: Stats, Entries: []Entry{{Key: K(S("x"))}}},
	}}
}

// unsignedScenario is testdata/unsigned.bt: unsigned and pointer values
// and keys.
func unsignedScenario() scenario {
	const ptr = 0xffff888104c2c440
	pk := newMap("@pk", Plain)
	set(pk, K(P(ptr)), I(1))
	set(pk, K(P(0x1000)), I(2))
	u := newMap("@u", Plain)
	set(u, K(U(1<<64-1)), U(1<<64-1))
	set(u, K(U(5)), U(1<<63))
	pieces := []Piece{{Verb: &Verb{Width: -1, Precision: -1, Conv: 'd'}},
		{Text: " ", Verb: &Verb{Width: -1, Precision: -1, Conv: 'u'}},
		{Text: " ", Verb: &Verb{Width: -1, Precision: -1, Conv: 'x'}},
		{Text: " ", Verb: &Verb{Width: -1, Precision: -1, Conv: 'p'}},
		{Text: " ", Verb: &Verb{Width: -1, Precision: -1, Length: "l", Conv: 'x'}},
		{Text: "\n"}}
	args := []Value{P(ptr), P(ptr), P(ptr), P(ptr), P(ptr)}
	return scenario{name: "unsigned", steps: []step{{printf: Sprintf(pieces, args)}}, exit: []*Map{
		set(newMap("@p", Plain), none, P(ptr)),
		pk, u,
		set(newMap("@v", Plain), K(U(4294967295)), U(4294967295)),
		set(newMap("@t", Plain), none, T(U(1<<64-1), I(-1), U(4294967295), U(255), I(-1), P(ptr))),
	},
		// bpftrace 0.17 prints every integer key as signed: the key
		// the script stored, 2^64-1, is not -1.
		textDiffers: map[string]string{"@u[-1]:": "@u[18446744073709551615]:"},
		jsonDiffers: map[string]string{`"-1": 18446744073709551615`: `"18446744073709551615": 18446744073709551615`},
	}
}

// escapeScenario is testdata/escape.bt: bytes that are not printable.
func escapeScenario() scenario {
	x := S("é\x01\x7f")
	return scenario{name: "escape", steps: []step{
		{value: &x},
		{printf: Sprintf(testFormat("é\x01 %s\n"), []Value{S(`a"b\`)})},
	}, exit: []*Map{
		set(newMap("@", Plain), K(S("é\"\t")), I(1)),
		set(newMap("@s", Plain), none, S("x\x1fy")),
	}, textDiffers: map[string]string{
		// print()'s string and @s's value; the printf format's own
		// bytes come from the script and print as they are.
		"é\x01\x7f\n": `é\x01\x7f` + "\n",
		"x\x1fy":      `x\x1fy`,
	}}
}

// printfCalls are the printf() calls of testdata/printf.bt, with their
// format strings' escapes already processed.
var printfCalls = []struct {
	format string
	args   []Value
}{
	{"[%d] [%ld] [%u] [%lu] [%x] [%lx] [%X] [%o] [%c]\n",
		[]Value{I(5000000000), I(5000000000), I(-1), I(-1), I(-1), I(-1), I(255), I(8), I(65)}},
	{"[%5d] [%-5d] [%05d] [%-05d] [%.3d] [%8.3d] [%5s] [%-5s|] [%.2s] [%7.2s]\n",
		[]Value{I(42), I(42), I(42), I(42), I(7), I(7), S("ab"), S("ab"), S("abcdef"), S("abcdef")}},
	{"[%p] [%p] [%20p] [%-20p|] [%hhd] [%hd] [%hu] [%lld] [%llu]\n",
		[]Value{I(0), I(4096), I(4096), I(4096), I(300), I(70000), I(-1), I(-5), I(-5)}},
	{"[%c%c%c] [%5c] [%-3c|] [%d]\n", []Value{I(104), I(105), I(256 + 33), I(120), I(121), I(-2147483649)}},
	{"100%% done %d\n", []Value{I(5)}},
	{"%d 100%%\n", []Value{I(5)}},
	{"just 100%%\n", nil},
	{"tab\there \\ \"q\" A\n", nil},
	{"%s|%s|\n", []Value{S("bpftrace"), S("a\tb")}},
	{"%lo\n", []Value{I(8)}},
}

// printfScenario is testdata/printf.bt.
func printfScenario() scenario {
	sc := scenario{name: "printf"}
	for _, c := range printfCalls {
		sc.steps = append(sc.steps, step{printf: Sprintf(testFormat(c.format), c.args)})
	}
	return sc
}

// testFormat splits a printf format into pieces as ntrace's parser is
// expected to: text as written (with "%%" doubled), then a conversion with
// its flags, width, precision and length modifier.
func testFormat(f string) []Piece {
	var ps []Piece
	text := ""
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			text += f[i : i+1]
			continue
		}
		if f[i+1] == '%' {
			text += "%%"
			i++
			continue
		}
		v := &Verb{Width: -1, Precision: -1}
		i++
		for strings.IndexByte("-+ #0", f[i]) >= 0 {
			v.Flags += f[i : i+1]
			i++
		}
		num := func() int {
			n := 0
			for f[i] >= '0' && f[i] <= '9' {
				n = n*10 + int(f[i]-'0')
				i++
			}
			return n
		}
		if f[i] >= '0' && f[i] <= '9' {
			v.Width = num()
		}
		if f[i] == '.' {
			i++
			v.Precision = num()
		}
		for strings.IndexByte("hlzjt", f[i]) >= 0 {
			v.Length += f[i : i+1]
			i++
		}
		v.Conv = f[i]
		ps = append(ps, Piece{Text: text, Verb: v})
		text = ""
	}
	if text != "" {
		ps = append(ps, Piece{Text: text})
	}
	return ps
}

// tiesScenario is testdata/ties.bt (written by the generator in its
// comment): many entries with equal values, whose order bpftrace takes from
// std::sort.
func tiesScenario() scenario {
	h := newMap("@h", Hist)
	for i := range 40 {
		k := int64(i*7919%5000 - 300)
		for range 1 + i%3 {
			hist(h, K(I(k)), int64(i))
		}
	}
	s := newMap("@s", Stats)
	for i := range 25 {
		avg(s, K(S(fmt.Sprintf("k%02d", i*17%25)), I(int64(i%4))), int64(10+i%2))
	}
	a := newMap("@a", Avg)
	for i := range 20 {
		avg(a, K(I(int64(i*300))), int64(i%3))
	}
	l := newMap("@l", Lhist)
	for i := range 18 {
		lhist(l, K(I(int64(i*1000003%97))), int64(i), 0, 20, 5)
	}
	return scenario{name: "ties", exit: []*Map{h, s, a, l}}
}

// scenarios are all the captured scripts.
func scenarios() []scenario {
	return []scenario{
		scalarsScenario(), keyedScenario(), emptyScenario(), histScenario(),
		lhistScenario(), printScenario(), valuesScenario(), unsignedScenario(),
		escapeScenario(), printfScenario(), tiesScenario(),
	}
}
