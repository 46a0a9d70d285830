package main

import (
	"strings"
	"testing"
)

// Every attach order of three tools comes once, and rotating a round's
// order puts each tool first once in as many rounds as there are tools.
func TestOrders(t *testing.T) {
	tools := []string{"a", "b", "c"}
	seen := map[string]bool{}
	for _, p := range permutations(tools) {
		seen[strings.Join(p, "")] = true
	}
	if len(seen) != 6 {
		t.Errorf("permutations: %d distinct orders, want 6", len(seen))
	}
	first := map[string]int{}
	for i := range tools {
		first[rotation(tools, i)[0]]++
	}
	if len(first) != 3 {
		t.Errorf("rotations put first: %v, want each tool once", first)
	}
}
