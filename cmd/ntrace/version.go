package main

import (
	"fmt"
	"io"
	"runtime"

	"github.com/ntrace/ntrace/internal/buildinfo"
)

// writeVersion writes what a bug report needs to know of this binary:
// ntrace's version and commit, and the Go and cilium/ebpf versions it was
// built with.
func writeVersion(w io.Writer) {
	in := buildinfo.Read()
	fmt.Fprintf(w, "ntrace %s\n", in.Version)
	commit := in.Commit
	if in.Time != "" {
		commit += ", " + in.Time
	}
	switch {
	case in.Commit == "":
		fmt.Fprintln(w, "commit:      unknown (built outside a git checkout, and not by make)")
	case in.Modified:
		fmt.Fprintf(w, "commit:      %s, with changes not committed\n", commit)
	default:
		fmt.Fprintf(w, "commit:      %s\n", commit)
	}
	ebpf := in.Ebpf
	if ebpf == "" {
		ebpf = "unknown"
	}
	fmt.Fprintf(w, "go:          %s %s/%s\n", in.Go, runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(w, "cilium/ebpf: %s\n", ebpf)
}
