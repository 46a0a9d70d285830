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
