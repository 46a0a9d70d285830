// Package binfile finds and opens the binaries and libraries that
// user-space probes name, on the file system: it is how the runtime's Env
// (and the tests') answer lang.BinaryEnv, so that lang never opens a file.
package binfile

import (
	"debug/elf"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// Find resolves a binary as a probe names it: a path (one with a slash) as
// it is, a bare name in $PATH, as a shell would run it.
func Find(name string) (string, error) {
	if strings.Contains(name, "/") {
		return name, nil
	}
	found, err := exec.LookPath(name)
	if err != nil {
		return "", fmt.Errorf("no binary %s in $PATH; give its path", name)
	}
	return found, nil
}

// Open opens a regular file's ELF: an executable or a shared object.
func Open(path string) (*elf.File, error) {
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", path)
	}
	f, err := elf.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading symbols of %s: %w", path, err)
	}
	return f, nil
}
