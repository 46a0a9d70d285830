package main

import (
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/cilium/ebpf/btf"

	"github.com/ntrace/ntrace/runtime"
)

// listProbes prints the probes matching pattern: tracepoints from tracefs
// and raw tracepoints from BTF. An empty pattern lists everything.
func listProbes(pattern string, w io.Writer) error {
	if pattern == "" {
		pattern = "*"
	}
	kind, rest, _ := strings.Cut(pattern, ":")
	if rest == "" {
		kind, rest = "*", pattern
	}
	match := func(k, name string) bool {
		mk, _ := path.Match(kind, k)
		mn, _ := path.Match(rest, name)
		return mk && mn
	}
	env := &runtime.KernelEnv{}
	if tps, err := env.Tracepoints(); err == nil {
		for _, tp := range tps {
			if match("tracepoint", tp) || match("t", tp) {
				fmt.Fprintf(w, "tracepoint:%s\n", tp)
			}
		}
	}
	if spec, err := env.BTF(); err == nil {
		for typ, err := range spec.All() {
			if err != nil {
				break
			}
			if td, ok := typ.(*btf.Typedef); ok && strings.HasPrefix(td.Name, "btf_trace_") {
				name := strings.TrimPrefix(td.Name, "btf_trace_")
				if match("rawtracepoint", name) || match("rt", name) {
					fmt.Fprintf(w, "rawtracepoint:%s\n", name)
				}
			}
		}
	}
	for _, special := range []string{"BEGIN", "END"} {
		if ok, _ := path.Match(pattern, special); ok {
			fmt.Fprintln(w, special)
		}
	}
	return nil
}
