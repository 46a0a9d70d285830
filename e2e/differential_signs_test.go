package e2e

import (
	"regexp"
	"sort"
	"strings"
	"testing"
)

// signsScript mixes signed and unsigned integers of every width in
// comparisons, arithmetic, division, remainder and shifts, on constants
// and on variables (which the compilers cannot fold), with literals on
// either side, and ?: of both signs. bpftrace 0.17 widens each operand
// to 64 bits keeping its value, compares signed only when both sides
// are signed, divides, takes remainders and shifts right unsigned
// whatever the signs (printf's %d then shows the low 32 bits), and
// types ?: as its first branch; ntrace must give the same values, and
// warn where bpftrace warns.
const signsScript = `BEGIN {
  $i = -3; $u = (uint64)5; $i32 = (int32)-1; $u32 = (uint32)5; $i8 = (int8)-1; $u8 = (uint8)200; $two = 2; $m = -46;
  printf("cmp %d %d %d %d %d %d\n", (int64)-1 < (uint64)1, (int32)-1 < (uint32)5, (uint8)200 > (int8)-1, (uint32)5 < -1, (int16)-1 == (uint16)65535, (int8)-1 > (uint8)1);
  printf("cmpv %d %d %d %d %d %d %d\n", $i < $u, $i32 < $u32, $u8 > $i8, $u32 < $i, $i >= $u32, $u == $i, $i8 < (uint8)2);
  printf("lit %d %d %d %d %d %d\n", $u > 3, 3 < $u, $u > -1, $u != -1, pid == 0, pid > 0);
  printf("arith %ld %ld %lu %ld %ld\n", $u + $i, $i * $u, $u32 - 9, $i8 + $u8, $i32 * $u32);
  printf("div %d %d %d %d %ld %lu %ld\n", $i / 2, $i / 3, $i / $two, $m / 4, $i / 2, $u / $i, $i32 / $u32);
  printf("mod %d %d %ld %ld %ld\n", $i % 2, $i % $two, $m % 7, $u % $i, $i8 % (uint8)7);
  printf("shr %d %d %ld %ld %ld %lu\n", $i >> 1, $i >> $two, $i32 >> 4, (int32)-16 >> 2, $i8 >> 1, $u >> 1);
  $m /= 4; $c = -9; $c %= 4; $s = (int16)-32; $s >>= 3;
  printf("compound %d %ld %d\n", $m, $c, $s);
  @x = -100; @x /= 3; @y = (uint32)7; @y -= 9; @z = -1; @z >>= 60;
  @w = $i32 < $u32; @v = (uint32)1 - (uint32)2; @q = $i / $two;
  $c = 1; @t = $c ? (uint32)1 : -1; @t2 = $c ? -1 : (uint32)1; @t3 = $c ? (int8)-1 : (int8)2;
  printf("tern %d %d\n", ($c ? (uint32)4294967295 : -1) < 0, ($c ? -1 : (uint8)1) < 0);
  @mn = min((uint32)4294967295);
  exit();
}`

// unaryScript negates and complements integers of every width and
// sign: bpftrace 0.17 computes both in the operand's width, keeping its
// type.
const unaryScript = `BEGIN {
  $u8 = (uint8)1; $u32 = (uint32)5; $i8 = (int8)-2; $u = (uint64)3; $s8 = (int8)5; $i16 = (int16)0; $u16 = (uint16)1;
  printf("neg %ld %lu %ld %ld\n", -$u32, -$u, -$i8, -(uint8)200);
  printf("not %ld %lu %ld %lu %ld\n", ~$u8, ~$u32, ~$i8, ~$u, ~(int16)0);
  printf("lnot %d %d %d\n", !$u8, !(uint64)0, !$i8);
  printf("mixed %d %d %d %d %d\n", -$u32 < 0, ~$u8 > 0, $i8 * $u8 < 0, -(int8)5 < 0, ~$i16 < 0);
  printf("narrow %ld %ld %ld %ld\n", -(int8)5, ~(int32)5, -$s8, ~$i16);
  printf("narrowu %ld %ld %ld %ld\n", -$u16, ~$u16, -(uint16)1, ~(uint16)1);
  @n = -$u32; @m = ~$u8; @k = -$i8; @a = -(int8)5; @b = ~$i16; @c = -$u16;
  exit();
}`

// narrowSigned is why bpftrace 0.17 prints 251 for -(int8)5.
const narrowSigned = "bpftrace 0.17 hands printf a negated or complemented signed value narrower than 64 bits zero-extended " +
	"(-(int8)5 prints 251, ~(int16)0 65535), though it stores -5 and -1 in a map and compares them below 0; ntrace prints the value"

func unaryCase() diffCase {
	return diffCase{name: "unary operators", script: unaryScript, wrong: []wrongLine{
		{"not 254 4294967290 1 18446744073709551612 65535", "not 254 4294967290 1 18446744073709551612 -1", narrowSigned},
		{"narrow 251 4294967290 251 65535", "narrow -5 -6 -5 -1", narrowSigned},
	}}
}

func signsCase() diffCase {
	return diffCase{name: "mixed signs", script: signsScript, wrong: []wrongLine{
		{"@mn: 0", "@mn: 4294967295", "bpftrace 0.17 gives min() of the one value 4294967295 (a uint32) as 0"},
		{"compound -12 3 -32", "compound -12 3 -4",
			narrowCompoundWhy + "; (int16)-32 >>= 3 shifts right logically in 64 bits, which cut to the int16 is -4"},
	}}
}

// TestDifferentialSignWarnings checks that ntrace warns of mixed signs
// and of signed division where bpftrace 0.17 does, at the same line and
// column (bpftrace gives the operator's, as a range), with the same
// words.
func TestDifferentialSignWarnings(t *testing.T) {
	requireRoot(t)
	bt := bpftrace017(t)
	btWarn := regexp.MustCompile(`(?m)^[^:\n]*:(\d+):(\d+)(?:-\d+)?: WARNING: (.*(?:different signs|signed operands).*)$`)
	ntWarn := regexp.MustCompile(`(?m)^[^:\n]*:(\d+):(\d+): warning: (.*)$`)
	list := func(re *regexp.Regexp, out string) []string {
		var l []string
		for _, m := range re.FindAllStringSubmatch(out, -1) {
			l = append(l, m[1]+":"+m[2]+": "+m[3])
		}
		sort.Strings(l)
		return l
	}
	bout, _ := runTool(t, bt, "-e", signsScript)
	nout, code := runTool(t, ntraceBin, "-e", signsScript)
	if code != 0 {
		t.Fatalf("ntrace: exit %d\n%s", code, nout)
	}
	want, got := list(btWarn, bout), list(ntWarn, nout)
	if len(want) < 10 {
		t.Fatalf("bpftrace warned %d times; want the script's mixed signs warned of:\n%s", len(want), bout)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings differ\nbpftrace:\n%s\nntrace:\n%s", strings.Join(want, "\n"), strings.Join(got, "\n"))
	}
	t.Logf("%d warnings, the same", len(got))
}
