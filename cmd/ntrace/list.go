package main

import (
	"fmt"
	"io"
	"path"
	"sort"
	"strings"

	"github.com/cilium/ebpf/btf"

	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime"
)

// listPattern is -l's pattern: the one argument after the flags, or none
// to list every probe.
func listPattern(positional []string) (string, error) {
	switch len(positional) {
	case 0:
		return "", nil
	case 1:
		return positional[0], nil
	}
	return "", fmt.Errorf("-l takes one pattern, not %d (quote a pattern with spaces or wildcards)", len(positional))
}

// listProbes prints the probes matching pattern: tracepoints from tracefs,
// raw tracepoints from BTF, kernel functions (kprobe:, and fentry: for
// those BTF describes) from available_filter_functions, and with
// uprobe:/path:pattern the functions of a binary. An empty pattern lists
// every kernel probe. With verbose, each probe's arguments follow it.
func listProbes(pattern string, verbose bool, w io.Writer) error {
	if pattern == "" {
		pattern = "*"
	}
	kind, rest, _ := strings.Cut(pattern, ":")
	if rest == "" {
		kind, rest = "*", pattern
	}
	switch kind {
	case "uprobe", "u", "uretprobe", "ur":
		return listUprobes(kind, rest, w)
	}
	kindIs := func(names ...string) bool {
		for _, n := range names {
			if ok, _ := path.Match(kind, n); ok {
				return true
			}
		}
		return false
	}
	match := func(name string) bool {
		ok, _ := path.Match(rest, name)
		return ok
	}
	env := &runtime.KernelEnv{}
	if kindIs("tracepoint", "t") {
		listTracepoints(env, match, verbose, w)
	}
	spec, specErr := env.BTF()
	if specErr == nil && kindIs("rawtracepoint", "rt") {
		listRawTracepoints(spec, match, verbose, w)
	}
	// Kernel functions: a pattern with no kind lists them as kprobes and
	// fentry, as bpftrace -l does; kretprobe: and fexit: list on request.
	var funcKinds []string
	for _, k := range [][]string{{"kprobe", "k"}, {"kretprobe", "kr"}, {"fentry", "f", "kfunc"}, {"fexit", "fr", "kretfunc"}} {
		if kind == "*" && (k[0] == "kretprobe" || k[0] == "fexit") {
			continue
		}
		if kindIs(k...) {
			funcKinds = append(funcKinds, k[0])
		}
	}
	if len(funcKinds) > 0 {
		if err := listKernelFuncs(env, spec, funcKinds, match, verbose, w); err != nil && kind != "*" {
			return err
		}
	}
	for _, special := range []string{"BEGIN", "END"} {
		if ok, _ := path.Match(pattern, special); ok {
			fmt.Fprintln(w, special)
		}
	}
	return nil
}

func listTracepoints(env *runtime.KernelEnv, match func(string) bool, verbose bool, w io.Writer) {
	tps, err := env.Tracepoints()
	if err != nil {
		return
	}
	for _, tp := range tps {
		if !match(tp) {
			continue
		}
		fmt.Fprintf(w, "tracepoint:%s\n", tp)
		if !verbose {
			continue
		}
		group, name, _ := strings.Cut(tp, ":")
		f, err := env.TracepointFormat(group, name)
		if err != nil {
			continue
		}
		for _, fld := range f.Fields {
			if !strings.HasPrefix(fld.Name, "common_") {
				fmt.Fprintf(w, "    %s\n", fld.Decl)
			}
		}
	}
}

func listRawTracepoints(spec *btf.Spec, match func(string) bool, verbose bool, w io.Writer) {
	for typ, err := range spec.All() {
		if err != nil {
			break
		}
		td, ok := typ.(*btf.Typedef)
		if !ok || !strings.HasPrefix(td.Name, "btf_trace_") {
			continue
		}
		name := strings.TrimPrefix(td.Name, "btf_trace_")
		if !match(name) {
			continue
		}
		fmt.Fprintf(w, "rawtracepoint:%s\n", name)
		if !verbose {
			continue
		}
		if args, err := lang.RawTracepointArgs(spec, name); err == nil {
			for _, f := range args.Fields {
				fmt.Fprintf(w, "    %s %s\n", f.Type, f.Name)
			}
		}
	}
}

// listKernelFuncs lists the kernel functions that can be hooked: every
// kind asked for of every traceable function the pattern matches (fentry
// and fexit only for functions BTF describes).
func listKernelFuncs(env *runtime.KernelEnv, spec *btf.Spec, kinds []string, match func(string) bool, verbose bool, w io.Writer) error {
	names, err := env.KernelFunctions()
	if err != nil {
		return fmt.Errorf("listing kernel functions: %w", err)
	}
	seen := map[string]bool{}
	var matched []string
	for _, n := range names {
		if !seen[n] && match(n) {
			seen[n] = true
			matched = append(matched, n)
		}
	}
	sort.Strings(matched)
	for _, k := range kinds {
		for _, n := range matched {
			params, ret, typed := lang.KernelFuncParams(spec, n)
			if !typed && (k == "fentry" || k == "fexit") {
				continue
			}
			fmt.Fprintf(w, "%s:%s\n", k, n)
			if !verbose || !typed {
				continue
			}
			for _, p := range params {
				fmt.Fprintf(w, "    %s %s\n", cType(p.Type), p.Name)
			}
			if _, void := btf.UnderlyingType(ret).(*btf.Void); !void && (k == "kretprobe" || k == "fexit") {
				fmt.Fprintf(w, "    %s retval\n", cType(ret))
			}
		}
	}
	return nil
}

// cType spells a BTF type as C would: "struct sock *", "size_t".
func cType(t btf.Type) string {
	switch t := t.(type) {
	case nil:
		return "void"
	case *btf.Pointer:
		return cType(t.Target) + " *"
	case *btf.Const:
		return "const " + cType(t.Type)
	case *btf.Volatile:
		return "volatile " + cType(t.Type)
	case *btf.Restrict:
		return cType(t.Type)
	case *btf.Struct:
		return "struct " + t.Name
	case *btf.Union:
		return "union " + t.Name
	case *btf.Enum:
		return "enum " + t.Name
	case *btf.Void:
		return "void"
	case *btf.FuncProto:
		return "function"
	}
	return t.TypeName()
}

// listUprobes lists the functions of a binary: uprobe:/path:pattern.
func listUprobes(kind, rest string, w io.Writer) error {
	bin, pattern, _ := strings.Cut(rest, ":")
	if pattern == "" {
		pattern = "*"
	}
	syms, err := lang.ReadFuncSymbols(bin)
	if err != nil {
		return err
	}
	if kind == "u" {
		kind = "uprobe"
	} else if kind == "ur" {
		kind = "uretprobe"
	}
	for _, s := range syms.Funcs() {
		if lang.GlobMatch(pattern, s.Name) {
			fmt.Fprintf(w, "%s:%s:%s\n", kind, bin, s.Name)
		}
	}
	return nil
}
