package main

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

func TestClassify(t *testing.T) {
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("needs gcc to build a test program")
	}
	src := t.TempDir()
	work := t.TempDir()
	os.MkdirAll(filepath.Join(src, "testprogs"), 0o755)
	os.MkdirAll(filepath.Join(src, "runtime"), 0o755)
	os.WriteFile(filepath.Join(src, "testprogs", "prog.c"), []byte("int f(int x) { return x + 1; }\nint main(void) { return f(0) - 1; }\n"), 0o644)
	os.WriteFile(filepath.Join(src, "testprogs", "broken.c"), []byte("this is not C\n"), 0o644)
	if err := prepareWorkDir(work, src); err != nil {
		t.Fatal(err)
	}
	s := &selector{
		host: host{
			Kernel: []int{6, 18, 4}, Arch: "x86_64", Endian: "le",
			Features:     map[string]bool{"btf": true, "fentry": false},
			ToolFeatures: toolFeatures,
		},
		testsDir: work,
		suiteDir: work,
		progs:    &testprogs{Src: src, Dir: work},
		env:      func(name string) string { return map[string]string{"CI": "true"}[name] },
	}
	expect := []expectation{{expectLine, "x"}}
	for _, tc := range []struct {
		test suiteTest
		want selection
	}{
		{suiteTest{Prog: "BEGIN { } i:s:1 { }"}, selection{Class: classFit, Group: groupCore, Kinds: []string{"begin", "interval"}}},
		{suiteTest{Prog: "kprobe:f { } usdt:x:y { }"}, selection{Class: classScope, Kinds: []string{"kprobe", "usdt"}, Reason: "probes: kprobe, usdt"}},
		{suiteTest{Prog: "uprobe:./testprogs/prog:f { }"}, selection{Class: classFit, Group: groupUprobe, Kinds: []string{"uprobe"}}},
		{suiteTest{Run: "{{BPFTRACE}} -e 'uprobe:f { }' -c ./testprogs/prog-pie"}, selection{Class: classFit, Group: groupUprobe, Kinds: []string{"uprobe"}}},
		{suiteTest{Prog: "uprobe:./testprogs/missing:f { }"}, selection{Class: classScope, Kinds: []string{"uprobe"}, Reason: "probes: uprobe on ./testprogs/missing"}},
		{suiteTest{Prog: "uprobe:/bin/bash:readline { }"}, selection{Class: classScope, Kinds: []string{"uprobe"}, Reason: "probes: uprobe on /bin/bash"}},
		{suiteTest{Prog: "BEGIN { }", Requires: []string{"false"}}, selection{Class: classSkip, Group: groupCore, Kinds: []string{"begin"}, Reason: "REQUIRES false"}},
		{suiteTest{Prog: "BEGIN { }", Requires: []string{"test -L runtime"}}, selection{Class: classFit, Group: groupCore, Kinds: []string{"begin"}}},
		{suiteTest{Prog: "BEGIN { }", Features: []string{"btf", "fentry"}}, selection{Class: classSkip, Group: groupCore, Kinds: []string{"begin"}, Reason: "host lacks feature fentry"}},
		{suiteTest{Prog: "BEGIN { }", Features: []string{"!btf"}}, selection{Class: classSkip, Group: groupCore, Kinds: []string{"begin"}, Reason: "host lacks feature !btf"}},
		{suiteTest{Prog: "BEGIN { }", Features: []string{"dwarf"}}, selection{Class: classFit, Group: groupCore, Kinds: []string{"begin"}}},
		{suiteTest{Prog: "BEGIN { }", Arch: []string{"aarch64"}}, selection{Class: classSkip, Group: groupCore, Kinds: []string{"begin"}, Reason: "ARCH aarch64"}},
		{suiteTest{Prog: "BEGIN { }", Arch: []string{"!be"}}, selection{Class: classFit, Group: groupCore, Kinds: []string{"begin"}}},
		{suiteTest{Prog: "BEGIN { }", KernelMin: "6.19"}, selection{Class: classSkip, Group: groupCore, Kinds: []string{"begin"}, Reason: "MIN_KERNEL 6.19"}},
		{suiteTest{Prog: "BEGIN { }", KernelMax: "6.18"}, selection{Class: classSkip, Group: groupCore, Kinds: []string{"begin"}, Reason: "MAX_KERNEL 6.18"}},
		{suiteTest{Prog: "BEGIN { }", SkipIfEnv: "CI=true"}, selection{Class: classSkip, Group: groupCore, Kinds: []string{"begin"}, Reason: "SKIP_IF_ENV_HAS CI=true"}},
		{suiteTest{Prog: "BEGIN { }", After: "pkill -INT sleep"}, selection{Class: classSkip, Group: groupCore, Kinds: []string{"begin"}, Reason: "its AFTER finds processes by name, which this runner does not run"}},
		{suiteTest{Prog: "BEGIN { }", After: "./testprogs/broken"}, selection{Class: classSkip, Group: groupCore, Kinds: []string{"begin"}}},
		{suiteTest{Run: "{{BPFTRACE}} --version"}, selection{Class: classScope, Reason: "runs the tool without a program or probe listing"}},
		{suiteTest{Err: errors.New("no NAME")}, selection{Class: classMalformed, Reason: "no NAME"}},
	} {
		tc.test.Expects = expect
		got := s.classify(&tc.test)
		if tc.test.After == "./testprogs/broken" {
			// The build error's text is gcc's; only its start is ours.
			if got.Class != classSkip || len(got.Reason) < 25 || got.Reason[:25] != "building testprogs/broken" {
				t.Errorf("broken test program: got %+v", got)
			}
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%+v:\n got %+v\nwant %+v", tc.test, got, tc.want)
		}
	}
	for _, name := range []string{"prog", "prog-pie"} {
		if _, err := os.Stat(filepath.Join(work, "testprogs", name)); err != nil {
			t.Errorf("testprogs/%s not built: %v", name, err)
		}
	}
}

func TestVersions(t *testing.T) {
	if got := versionNumbers("6.18.44-fc-v1272"); !reflect.DeepEqual(got, []int{6, 18, 44}) {
		t.Errorf("versionNumbers: %v", got)
	}
	k := []int{6, 18, 44}
	if !atLeast(k, "5.3") || !atLeast(k, "6.18") || atLeast(k, "6.19") || atLeast(k, "7") {
		t.Error("atLeast")
	}
	h := host{Arch: "x86_64", Endian: "le"}
	for arch, want := range map[string]bool{"": true, "x86_64": true, "aarch64|x86_64": true, "!be": true, "!x86_64": false, "be": false} {
		var list []string
		if arch != "" {
			list = []string{arch}
			if arch == "aarch64|x86_64" {
				list = []string{"aarch64", "x86_64"}
			}
		}
		if got := h.archAllows(list); got != want {
			t.Errorf("ARCH %q: %v", arch, got)
		}
	}
}

func TestHeavyLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lock")
	held := func() bool {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o666)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
			return true
		}
		unix.Flock(int(f.Fd()), unix.LOCK_UN)
		return false
	}
	l := &heavyLock{path: path, hold: time.Hour}
	if err := l.take(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !held() {
		t.Fatal("not held after take")
	}
	l.turn() // held for less than its while: kept
	if !held() {
		t.Fatal("let go before its while")
	}
	l.hold = 0
	l.turn()
	if held() {
		t.Fatal("still held after its while")
	}
	// Another holder makes take wait; a cancelled context ends the wait.
	other, _ := os.OpenFile(path, os.O_RDWR, 0)
	defer other.Close()
	unix.Flock(int(other.Fd()), unix.LOCK_EX)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if err := l.take(ctx); err == nil {
		t.Fatal("took a lock another holds")
	}
}
