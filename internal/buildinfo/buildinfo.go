// Package buildinfo says which ntrace this is: its version and commit,
// and the Go and cilium/ebpf versions it was built with. ntrace --version
// and the ntrace_build_info metric both read it.
package buildinfo

import (
	"runtime"
	"runtime/debug"
	"strings"
)

// version and commit are set at build time: make build passes -ldflags
// "-X github.com/ntrace/ntrace/internal/buildinfo.version=… -X
// …commit=…", with "-dirty" at the end of both when the tree had changes
// not committed. Without them, Read takes what the Go toolchain stamped
// into the binary, which it does only when built in a git checkout (not
// in a git worktree).
var version, commit string

// ebpfModule is the cilium/ebpf module: what ntrace can load depends on
// its version.
const ebpfModule = "github.com/cilium/ebpf"

// Info is what is known of the binary.
type Info struct {
	Version string // "v0.3.0-12-gabc1234", or "(devel)"
	Commit  string // the full hash; "" when unknown
	Time    string // the commit's time, when the toolchain stamped it
	// Modified is true when the tree had changes not committed.
	Modified bool
	Go       string // "go1.26.8"
	Ebpf     string // cilium/ebpf's version, "" when unknown
}

// Read returns what is known of the running binary.
func Read() Info {
	in := Info{Version: version, Commit: commit, Go: runtime.Version()}
	in.Modified = strings.HasSuffix(commit, "-dirty")
	in.Commit = strings.TrimSuffix(commit, "-dirty")
	if bi, ok := debug.ReadBuildInfo(); ok {
		in.Go = bi.GoVersion
		if in.Version == "" {
			in.Version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch {
			case commit != "": // from -ldflags
			case s.Key == "vcs.revision":
				in.Commit = s.Value
			case s.Key == "vcs.modified":
				in.Modified = s.Value == "true"
			case s.Key == "vcs.time":
				in.Time = s.Value
			}
		}
		for _, d := range bi.Deps {
			if d.Path == ebpfModule {
				in.Ebpf = d.Version
				if d.Replace != nil {
					in.Ebpf += " (replaced by " + d.Replace.Path + " " + d.Replace.Version + ")"
				}
			}
		}
	}
	if in.Version == "" {
		in.Version = "(devel)"
	}
	return in
}
