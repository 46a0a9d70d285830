package scripts_test

import (
	"strings"
	"testing"

	"github.com/ntrace/ntrace/internal/testenv"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/scripts"
)

// The recipes' parameters refuse values that cannot mean what was asked:
// udplat's port outside 1..65535 or a negative latency (both once
// accepted, the port then compared as a 16-bit number), ep_poll_interact's
// pid outside 1..4194304, offwaketime's outside 0..4194304 (0: all) or a
// negative MIN.
func TestRecipeParamRanges(t *testing.T) {
	tests := []struct {
		recipe string
		params map[string]string
		want   string // "" when it checks
	}{
		{"udplat", map[string]string{"PORT": "-1"}, "-D PORT=-1: -1 is out of PORT's range, 1..65535"},
		{"udplat", map[string]string{"PORT": "65536"}, "-D PORT=65536: 65536 is out of PORT's range, 1..65535"},
		{"udplat", map[string]string{"LAT": "-1ms"}, `-D LAT=-1ms: "-1ms" is negative: a duration is 0 or more`},
		{"udplat", map[string]string{"PORT": "65535", "LAT": "0"}, ""},
		{"udplat", map[string]string{"EXPIRE": "500ms"}, "-D EXPIRE=500ms: 500ms is out of EXPIRE's range, 1s.."},
		{"udplat", map[string]string{"EXPIRE": "1h"}, ""},
		{"ep_poll_interact", map[string]string{"PID": "-1"}, "-D PID=-1: -1 is out of PID's range, 1..4194304"},
		{"ep_poll_interact", map[string]string{"PID": "1"}, ""},
		{"offwaketime", map[string]string{"PID": "-1"}, "-D PID=-1: -1 is out of PID's range, 0..4194304"},
		{"offwaketime", map[string]string{"MIN": "-5us"}, `-D MIN=-5us: "-5us" is negative: a duration is 0 or more`},
		{"offwaketime", map[string]string{"PID": "0", "MIN": "0", "USTACK": "true"}, ""},
	}
	for _, tt := range tests {
		src, ok := scripts.Lookup(tt.recipe)
		if !ok {
			t.Fatalf("no recipe %s", tt.recipe)
		}
		prog, err := lang.Parse(tt.recipe+".nt", src)
		if err != nil {
			t.Fatal(lang.Render(tt.recipe+".nt", src, err))
		}
		_, err = lang.Check(prog, testenv.Env{TB: t, Kernel: "6.18"}, lang.Params{Named: tt.params})
		got := ""
		if err != nil {
			got = lang.Render(tt.recipe+".nt", src, err)
		}
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, "error: "+tt.want+"\n") {
			t.Errorf("%s %v:\n%s\nwant %q", tt.recipe, tt.params, got, tt.want)
		}
	}
}
