package lang_test

import (
	"strings"
	"testing"

	. "github.com/ntrace/ntrace/lang"
)

// TestSignWarnings checks the warnings bpftrace 0.17 gives of mixed
// signs and signed division, at the operator, and the constants that
// give none (e2e/differential_signs_test.go compares with bpftrace).
func TestSignWarnings(t *testing.T) {
	src := `BEGIN {
  $u = (uint64)5; $i = -3; $f = (uint16)2;
  $a = (int32)-1 < (uint32)5; $b = $u > -1; $c = $i / 2; $d = $u + $i;
  $e = $u > 3; $g = $f == AF_INET; $h = $u / 2; $k = (uint32)7 % 2;
  $u %= 3; $i /= 4;
  @m = -100; @m /= 3;
}`
	_, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	var got []string
	for _, w := range info.Warnings {
		got = append(got, w.Error())
	}
	want := []string{
		"3:18: comparison of integers of different signs: 'int32' and 'unsigned int32' can lead to undefined behavior",
		"3:39: comparison of integers of different signs: 'unsigned int64' and 'int64' can lead to undefined behavior",
		"3:53: signed operands for '/' can lead to undefined behavior (cast to unsigned to silence warning)",
		"3:66: arithmetic on integers of different signs: 'unsigned int64' and 'int64' can lead to undefined behavior",
		"5:15: signed operands for '/' can lead to undefined behavior (cast to unsigned to silence warning)",
		"6:17: signed operands for '/' can lead to undefined behavior (cast to unsigned to silence warning)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTernaryStatement checks that c ? f() : g() alone is an if, as the
// reference guide writes it, and that ?: is signed as its first branch.
func TestTernaryStatement(t *testing.T) {
	src := `BEGIN { $p = 7; $p & 1 ? printf("odd\n") : printf("even\n"); $t = $p ? -1 : (uint32)1; $v = $p ? (uint32)1 : -1; }`
	prog, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	if _, ok := prog.Probes[0].Body.Stmts[1].(*IfStmt); !ok {
		t.Errorf("statement 2 is %T, want *IfStmt", prog.Probes[0].Body.Stmts[1])
	}
	dump := Dump(prog, info)
	for _, want := range []string{"var $t :: int64", "var $v :: uint64"} {
		if !strings.Contains(dump, want) {
			t.Errorf("dump lacks %q:\n%s", want, dump)
		}
	}
}
