package main

import (
	"fmt"
	"os"

	"github.com/ntrace/ntrace/codegen"
)

// programName is the name the kernel shows (bpftool prog show) for
// program index of the ntrace process pid: "nt<pid>_p<index>", so that
// whoever finds a program loaded can tell which ntrace it belongs to, and
// tests can tell their ntrace's programs from everyone else's. At most 15
// bytes, as the kernel allows, for any pid and up to 9999 programs.
func programName(pid, index int) string {
	return fmt.Sprintf("nt%d_p%d", pid, index)
}

// nameByProcess gives the programs of out the names the kernel will show.
// The collection's keys stay as they are.
func nameByProcess(out *codegen.Output) {
	for _, p := range out.Programs {
		name := programName(os.Getpid(), p.Index)
		if len(name) > 15 {
			continue
		}
		p.Spec.Name = name
		if p.Attach != nil && p.Attach.Fallback != nil {
			p.Attach.Fallback.Name = name
		}
		if p.Arm != nil && len(name)+1 <= 15 {
			p.Arm.Name = name + "a"
		}
	}
}
