package lang_test

import (
	"strings"
	"testing"
	"time"

	. "github.com/ntrace/ntrace/lang"
)

func TestDeepTmp(t *testing.T) {
	for _, n := range []int{10000, 50000, 200000} {
		src := "BEGIN { $x = " + strings.Repeat("(", n) + "1" + strings.Repeat(")", n) + "; }"
		t0 := time.Now()
		_, err := Parse("x", src)
		t.Logf("n=%d %v err=%v", n, time.Since(t0), err != nil)
	}
}
