package lang_test

import (
	"strings"
	"testing"

	. "github.com/ntrace/ntrace/lang"
)

// TestIncDecExpressions checks ++ and -- used for their values: where
// they bind (a postfix takes its operand's suffixes, a prefix operator
// outside it takes the result), which is prefix and which postfix, and
// the type each gives (the target's; an int64 times a uint8 is
// unsigned, as in bpftrace); alone as a statement they stay a
// statement, whichever side they stand.
func TestIncDecExpressions(t *testing.T) {
	src := `BEGIN {
  @x = 1; let $u: uint8 = 3;
  $y = -@x++ + ++@k[1, 2] * $u--;
  $p = (int32 *)16; $q = --$p;
  ++@x; @x--;
}`
	prog, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	got := Dump(prog, info)
	want := `  assign =
    var $y :: uint64
    binary + :: uint64
      unary - :: int64
        postfix ++ :: int64
          map @x :: int64
      binary * :: uint64
        prefix ++ :: int64
          map @k :: int64
            int 1 :: int64
            int 2 :: int64
        postfix -- :: uint8
          var $u :: uint8
`
	if !strings.Contains(got, want) {
		t.Errorf("dump:\n%s\nwant it to hold:\n%s", got, want)
	}
	if !strings.Contains(got, "    var $q :: int32 *\n    prefix -- :: int32 *\n") {
		t.Errorf("--$p of a pointer: dump:\n%s", got)
	}
	body := prog.Probes[0].Body.Stmts
	for _, s := range body[len(body)-2:] {
		if _, ok := s.(*IncDecStmt); !ok {
			t.Errorf("%T, want *IncDecStmt for ++ or -- as a statement", s)
		}
	}
}

// TestCompoundKeepsVariableWidth checks that x op= y, x++ and x-- leave a
// variable the type it has, as C does (the result is cut to it), where a
// plain assignment of a wider value still widens it; a map's value stays
// 64 bits as in bpftrace 0.17, which adds to a map in 64 bits.
func TestCompoundKeepsVariableWidth(t *testing.T) {
	src := `BEGIN {
  $a = (int16)5; $a += 1;
  $b = (uint8)255; $b++;
  $c = (int8)-128; $c--; $c -= 1;
  $d = (int16)-1; $d += (uint32)1; $d *= $a; $d <<= 3; $d |= (uint64)1 << 40;
  $e = (uint32)0; ++$e; $f = $e--;
  $g = (int8)1; $g += 1; $g = 1000;
  @x = (int16)5; @x += 1;
  printf("%d %d %d %d %d %d %d\n", $a, $b, $c, $d, $e, $f, $g);
}`
	_, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	want := map[string]string{"$a": "int16", "$b": "uint8", "$c": "int8", "$d": "int16", "$e": "uint32", "$f": "uint32", "$g": "int64"}
	for _, v := range info.Probes[0].Vars {
		if w, ok := want[v.Name]; ok {
			if got := v.Type.String(); got != w {
				t.Errorf("%s is %s, want %s", v.Name, got, w)
			}
			delete(want, v.Name)
		}
	}
	for name := range want {
		t.Errorf("no variable %s", name)
	}
	if got := info.Maps["@x"].Value.String(); got != "int64" {
		t.Errorf("@x holds %s, want int64", got)
	}
}
