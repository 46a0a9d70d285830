// Command ntrace runs bpftrace-style .nt scripts: it parses and type-checks
// them against the kernel's BTF, compiles them straight to BPF and prints
// what they report. See README.md.
package main

import (
	"context"
	"fmt"
	"os"
)

func main() {
	err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr)
	if s, ok := err.(signalled); ok {
		dieOf(s.sig)
	}
	if err != nil {
		code := exitFailed
		if e, ok := err.(exitError); ok {
			code = e.code
			if e.msg != "" {
				fmt.Fprint(os.Stderr, e.msg)
			}
		} else {
			fmt.Fprintf(os.Stderr, "ntrace: %v\n", err)
		}
		os.Exit(code)
	}
}
