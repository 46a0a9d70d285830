package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Capabilities ntrace needs to load and attach tracing programs.
var neededCaps = []struct {
	bit  uint
	name string
}{
	{21, "CAP_SYS_ADMIN"},
	{38, "CAP_PERFMON"},
	{39, "CAP_BPF"},
}

// checkPrivileges fails early, naming the missing capabilities, rather than
// letting the kernel answer EPERM halfway through loading.
func checkPrivileges() error {
	eff, err := effectiveCaps()
	if err != nil {
		return nil // cannot tell; let the kernel decide
	}
	var missing []string
	for _, c := range neededCaps {
		if eff&(1<<c.bit) == 0 {
			missing = append(missing, c.name)
		}
	}
	if len(missing) > 0 {
		return exitError{code: exitNoPrivileges, msg: fmt.Sprintf("ntrace: tracing needs root, or the capabilities %s (missing: %s)\n",
			"CAP_BPF, CAP_PERFMON and CAP_SYS_ADMIN", strings.Join(missing, ", "))}
	}
	return nil
}

func effectiveCaps() (uint64, error) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "CapEff:"); ok {
			return strconv.ParseUint(strings.TrimSpace(v), 16, 64)
		}
	}
	return 0, fmt.Errorf("no CapEff in /proc/self/status")
}
