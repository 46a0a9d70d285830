package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// Values issue 14 found silently wrong, each against what the script
// itself wrote (or, for sizeof of a tuple, what bpftrace 0.17 gives: C's
// struct layout).
func TestValuesNotSilentlyWrong(t *testing.T) {
	requireRoot(t)
	script := `BEGIN {
  $i = (uint32)0x12345678; $s = (uint16)0x1234;
  printf("bswap 0x%x 0x%x %d %d\n", bswap($i), bswap($s), sizeof($i), sizeof($s));
  $p = (int32 *)50; $p++; $q = (int64 *)1000; $q -= 3; $q--;
  @p = (int32 *)50; @p++; @p += 2; @q[1] = (uint16 *)10; @q[1]--;
  printf("ptr %lu %lu %lu %lu\n", $p, $q, @p, @q[1]);
  printf("tuple %d %d %d %d %d\n", sizeof(((int8)1, (int16)1, (int32)1)), sizeof(("abc", (int8)1)),
    sizeof((1, "abc")), sizeof((comm, (int8)1)), sizeof(("abc", ((int8)1, (int16)2))));
  $t = ((int8)-1, "ab", (int16)-300, ((uint8)255, "xyz"), (int32)-7);
  printf("elems %d %s %d %d %s %d\n", $t.0, $t.1, $t.2, $t.3.0, $t.3.1, $t.4);
  @t = $t; @tk[$t] = 1;
  @u[18446744073709551615] = 18446744073709551615;
  exit();
}`
	out, code := runTool(t, ntraceBin, "-e", script)
	if code != 0 {
		t.Fatalf("exit code %d:\n%s", code, out)
	}
	for _, want := range []string{
		"bswap 0x78563412 0x3412 4 2\n",
		fmt.Sprintf("ptr %d %d %d %d\n", 50+4, 1000-4*8, 50+3*4, 10-2),
		"tuple 8 5 16 17 8\n",
		"elems -1 ab -300 255 xyz -7\n",
		"@t: (-1, ab, -300, (255, xyz), -7)\n",
		"@tk[(-1, ab, -300, (255, xyz), -7)]: 1\n",
		"@u[18446744073709551615]: 18446744073709551615\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}
