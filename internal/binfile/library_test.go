package binfile

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// ldconfigFirst returns the path `ldconfig -p` lists first for a library
// whose soname matches name on this architecture: what the dynamic
// linker's cache says, read by glibc's own tool.
func ldconfigFirst(t *testing.T, name string) string {
	t.Helper()
	out, err := exec.Command("ldconfig", "-p").Output()
	if err != nil {
		t.Skipf("ldconfig -p: %v", err)
	}
	line := regexp.MustCompile(`^\s+(\S+) \(([^)]*)\) => (\S+)$`)
	for _, l := range strings.Split(string(out), "\n") {
		m := line.FindStringSubmatch(l)
		if m != nil && libraryMatches(m[1], name) && strings.Contains(m[2], "x86-64") {
			return m[3]
		}
	}
	return ""
}

// Library names resolve as the dynamic linker's cache lists them.
func TestLibraryNamesFromCache(t *testing.T) {
	if _, err := os.Stat(ldCachePath); err != nil {
		t.Skip("no dynamic linker cache here")
	}
	found := 0
	for _, name := range []string{"libc", "libc.so.6", "libpthread", "libssl", "libcrypto", "libm"} {
		want := ldconfigFirst(t, name)
		got, err := FindLibrary(name, 0)
		if want == "" {
			if err == nil && !strings.HasPrefix(filepath.Base(got), name) {
				t.Errorf("%s: got %s, which ldconfig does not list", name, got)
			}
			continue
		}
		found++
		if err != nil || got != want {
			t.Errorf("%s: got %q (%v), ldconfig -p lists %q first", name, got, err, want)
		}
	}
	if found < 2 {
		t.Skip("ldconfig lists too few of the libraries to compare")
	}
	if _, err := FindLibrary("libntrace_no_such_library", 0); err == nil || !strings.Contains(err.Error(), "no library libntrace_no_such_library") {
		t.Errorf("a library that is nowhere: %v", err)
	}
}

// With -p, a library is the one the process has mapped.
func TestLibraryNameOfProcess(t *testing.T) {
	sleep, err := exec.LookPath("sleep")
	if err != nil {
		t.Skip("no sleep")
	}
	cmd := exec.Command(sleep, "10")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	var maps []byte
	for i := 0; i < 100 && !strings.Contains(string(maps), "libc"); i++ {
		time.Sleep(10 * time.Millisecond)
		maps, _ = os.ReadFile("/proc/" + strconv.Itoa(cmd.Process.Pid) + "/maps")
	}
	var want string
	for _, l := range strings.Split(string(maps), "\n") {
		if f := strings.Fields(l); len(f) >= 6 && libraryMatches(filepath.Base(f[5]), "libc") {
			want = f[5]
			break
		}
	}
	if want == "" {
		t.Skipf("%s maps no libc (static?)", sleep)
	}
	if got, err := FindLibrary("libc", cmd.Process.Pid); err != nil || got != want {
		t.Errorf("got %q (%v), want %q, which the process maps", got, err, want)
	}
}
