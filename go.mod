module github.com/ntrace/ntrace

go 1.25.0

require (
	github.com/alecthomas/participle/v2 v2.1.4
	github.com/cilium/ebpf v0.22.0
	golang.org/x/sys v0.43.0
)
