package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// The tests' C programs (testdata/cprog) are built by testdata/cprog/build.sh:
// in the qemu rig beforehand, on the host (vm/vmtest.sh puts them in
// testdata/cprog/bin, the guest having no compiler), elsewhere once per
// run of the tests, here.
var cprogs struct {
	once sync.Once
	dir  string // where they were built this run
	err  error
	skip string // why they cannot be built here
}

// cProgram returns the path of one of the C programs build.sh makes,
// building them all the first time; it skips the test where they cannot
// be built.
func cProgram(t *testing.T, name string) string {
	t.Helper()
	if abs, err := filepath.Abs(filepath.Join("testdata", "cprog", "bin", name)); err == nil {
		if _, err := os.Stat(abs); err == nil {
			return abs
		}
	}
	cprogs.once.Do(func() {
		if _, err := exec.LookPath("cc"); err != nil {
			cprogs.skip = "no C compiler to build the test programs (make deps installs gcc, libc6-dev and systemtap-sdt-dev)"
			return
		}
		dir, err := os.MkdirTemp("", "ntrace-cprog")
		if err != nil {
			cprogs.err = err
			return
		}
		cprogs.dir = dir
		if out, err := exec.Command("testdata/cprog/build.sh", dir).CombinedOutput(); err != nil {
			cprogs.err = &buildError{err: err, out: string(out)}
		}
	})
	if cprogs.skip != "" {
		t.Skip(cprogs.skip)
	}
	if cprogs.err != nil {
		t.Fatalf("building the test programs: %v", cprogs.err)
	}
	return filepath.Join(cprogs.dir, name)
}

type buildError struct {
	err error
	out string
}

func (e *buildError) Error() string { return e.err.Error() + "\n" + e.out }

// removeCPrograms removes what cProgram built.
func removeCPrograms() {
	if cprogs.dir != "" {
		os.RemoveAll(cprogs.dir)
	}
}
