package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// effectiveCaps agrees with the kernel's own record of them, CapEff in
// /proc/self/status.
func TestEffectiveCapsMatchProcStatus(t *testing.T) {
	got, err := effectiveCaps()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Skipf("no /proc/self/status: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "CapEff:"); ok {
			want, err := strconv.ParseUint(strings.TrimSpace(v), 16, 64)
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Fatalf("effectiveCaps() = %#x, /proc/self/status CapEff = %#x", got, want)
			}
			return
		}
	}
	t.Fatal("no CapEff in /proc/self/status")
}
