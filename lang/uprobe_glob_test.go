package lang

import "testing"

// TestGlobMatch covers the shapes a uprobe symbol pattern takes, a plain
// name without any '*' among them (it once indexed past its parts).
func TestGlobMatch(t *testing.T) {
	for _, c := range []struct {
		pattern, name string
		want          bool
	}{
		{"uprobeFunction1", "uprobeFunction1", true},
		{"uprobeFunction1", "uprobeFunction12", false},
		{"", "", true},
		{"*", "anything/at/all", true},
		{"uprobe*", "uprobeFunction1", true},
		{"*Function1", "uprobeFunction1", true},
		{"*Function1", "uprobeFunction12", false},
		{"u*F*1", "uprobeFunction1", true},
		{"u*F*1", "uprobeunction1", false},
		{"ab*ba", "aba", false},
		{"main.*", "main.main", true},
	} {
		if got := GlobMatch(c.pattern, c.name); got != c.want {
			t.Errorf("GlobMatch(%q, %q) = %v, want %v", c.pattern, c.name, got, c.want)
		}
	}
}
