package runtime

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ntrace/ntrace/lang"
)

// strerror's messages are the C library's, for every error number and
// for numbers that are none.
func TestStrerrorMatchesGlibc(t *testing.T) {
	cc, err := exec.LookPath("cc")
	if err != nil {
		t.Skip("no C compiler to ask the C library with (apt-get install gcc)")
	}
	dir := t.TempDir()
	src := `#include <stdio.h>
#include <string.h>
int main(void) { for (int i = -2; i <= 140; i++) printf("%d\t%s\n", i, strerror(i)); return 0; }`
	if err := os.WriteFile(filepath.Join(dir, "s.c"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(cc, "-o", filepath.Join(dir, "s"), filepath.Join(dir, "s.c")).CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	out, err := exec.Command(filepath.Join(dir, "s")).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		n, msg, _ := strings.Cut(line, "\t")
		i, _ := strconv.Atoi(n)
		if got := Strerror(int32(i)); got != msg {
			t.Errorf("strerror(%d) = %q, glibc says %q", i, got, msg)
		}
	}
}

func TestUsernamesFromPasswd(t *testing.T) {
	path := filepath.Join(t.TempDir(), "passwd")
	os.WriteFile(path, []byte("root:x:0:0:root:/root:/bin/bash\nbad line\nnobody:x:65534:65534::/:/bin/false\nalias:x:0:0::/:/bin/sh\n"), 0o644)
	got := readPasswd(path)
	if got[0] != "root" || got[65534] != "nobody" || len(got) != 2 {
		t.Errorf("read %v", got)
	}
}

// strftime() prints nsecs as the wall-clock time it stands for, formatted
// as Go formats the same moment.
func TestTimestamps(t *testing.T) {
	r := &resolver{boot: time.Date(2024, 2, 29, 23, 59, 58, 999_000_000, time.Local)}
	ns := uint64(1_500_250_000) // 1.50025 s after boot
	at := r.boot.Add(time.Duration(ns))
	for format, want := range map[string]string{
		"%Y-%m-%d %H:%M:%S": at.Format("2006-01-02 15:04:05"),
		"%H:%M:%S.%f":       at.Format("15:04:05.000000"),
		"%s":                strconv.FormatInt(at.Unix(), 10),
		"%a %b %e":          at.Format("Mon Jan _2"),
	} {
		if got := r.timestamp(format, ns); got != want {
			t.Errorf("%q: %q, want %q", format, got, want)
		}
	}
	if got := r.timestamp(strings.Repeat("%Y", 16), ns); got != "(?)" {
		t.Errorf("a 64-byte date: %q, want (?) as bpftrace", got)
	}
	// The boot time makes nsecs' clock the wall clock's.
	b := bootTime()
	if d := time.Since(b) - time.Duration(MonotonicNow()); d < -time.Millisecond || d > time.Millisecond {
		t.Errorf("boot time %v is %v off", b, d)
	}
}

// cgroup_path() finds a cgroup directory by its inode in each hierarchy,
// unified (cgroup v2) first.
func TestCgroupPaths(t *testing.T) {
	dir := t.TempDir()
	deep := filepath.Join(dir, "a.slice", "b.scope")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := findCgroup(dir, inode(deep)); got != "/a.slice/b.scope" {
		t.Errorf("found %q", got)
	}
	if got := findCgroup(dir, inode(dir)); got != "/" {
		t.Errorf("the root: %q", got)
	}
	if got := findCgroup(dir, 1<<62); got != "" {
		t.Errorf("no such cgroup: %q", got)
	}
	roots := cgroupRoots()
	for i := 1; i < len(roots); i++ {
		if roots[i].name == "unified" || roots[0].name != "unified" && roots[i-1].name > roots[i].name {
			t.Errorf("roots out of order: %v", roots)
		}
	}
}

func TestJoinSlots(t *testing.T) {
	b := make([]byte, lang.MaxJoinArgs*lang.MaxJoinArgLen)
	copy(b, "ls")
	copy(b[lang.MaxJoinArgLen:], "-l")
	copy(b[3*lang.MaxJoinArgLen:], "never")
	if got := joinSlots(b, ", "); got != "ls, -l" {
		t.Errorf("got %q", got)
	}
}
