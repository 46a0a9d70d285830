package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// version and commit are ntrace's version and git commit, set at build
// time (make build passes -ldflags "-X main.version=… -X main.commit=…",
// "-dirty" at the end of both when the tree had changes not committed);
// without them, what the Go toolchain stamped into the binary, which it
// does only when built in a git checkout (not in a git worktree).
var version, commit string

// ebpfModule is the cilium/ebpf module, whose version --version gives:
// what ntrace can load depends on it.
const ebpfModule = "github.com/cilium/ebpf"

// writeVersion writes what a bug report needs to know of this binary:
// ntrace's version and commit, and the Go and cilium/ebpf versions it was
// built with, from the build information Go stamps into the binary.
func writeVersion(w io.Writer) {
	v, rev, modified, when, ebpfVersion := version, commit, false, "", "unknown"
	goVersion := runtime.Version()
	if bi, ok := debug.ReadBuildInfo(); ok {
		goVersion = bi.GoVersion
		if v == "" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch {
			case rev != "": // from -ldflags
			case s.Key == "vcs.revision":
				rev = s.Value
			case s.Key == "vcs.modified":
				modified = s.Value == "true"
			case s.Key == "vcs.time":
				when = ", " + s.Value
			}
		}
		for _, d := range bi.Deps {
			if d.Path == ebpfModule {
				ebpfVersion = d.Version
				if d.Replace != nil {
					ebpfVersion += " (replaced by " + d.Replace.Path + " " + d.Replace.Version + ")"
				}
			}
		}
	}
	if v == "" {
		v = "(devel)"
	}
	fmt.Fprintf(w, "ntrace %s\n", v)
	switch {
	case rev == "":
		fmt.Fprintln(w, "commit:      unknown (built outside a git checkout, and not by make)")
	case modified:
		fmt.Fprintf(w, "commit:      %s%s, with changes not committed\n", rev, when)
	default:
		fmt.Fprintf(w, "commit:      %s%s\n", rev, when)
	}
	fmt.Fprintf(w, "go:          %s %s/%s\n", goVersion, runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(w, "cilium/ebpf: %s\n", ebpfVersion)
}
