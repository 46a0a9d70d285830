package main

import (
	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime"
)

// kernelFeatures finds out how this kernel can hook functions, when the
// script has probes on kernel functions (finding out loads and attaches a
// test program). With noFentry, fentry and fexit are not used for kprobe:
// and kretprobe:.
//
// Whether uprobe_multi links attach is found out only for a script with a
// wildcard uprobe or uretprobe, which may hook many functions with one.
func kernelFeatures(env *runtime.KernelEnv, info *lang.Info, noFentry bool) codegen.Features {
	needed, uprobes := false, false
	for _, pi := range info.Probes {
		for _, t := range pi.Targets {
			needed = needed || t.Kind.IsKernelFunction()
			uprobes = uprobes || t.Wildcard && (t.Kind == lang.UprobeProbe || t.Kind == lang.UretprobeProbe)
		}
	}
	var f codegen.Features
	if needed {
		f = detectFeatures(env, noFentry)
	}
	f.UprobeMulti = uprobes && runtime.HaveUprobeMulti()
	return f
}

// detectFeatures is kernelFeatures for a script known to have probes on
// kernel functions.
func detectFeatures(env *runtime.KernelEnv, noFentry bool) codegen.Features {
	f := runtime.DetectFeatures(env)
	if noFentry && f.Fentry {
		f.Fentry, f.NoFentry = false, "fentry disabled by --no-fentry"
	}
	return f
}

// unattachable is lang.Params.Unattachable for a run on this kernel: an
// either's alternative with a probe that cannot attach here is left out
// before it is checked, as the runtime would pass it over after it was
// compiled. The features are asked for only when an either has a probe on
// a kernel function; overlap has started finding them out.
func unattachable(env *runtime.KernelEnv, noFentry bool) func(lang.ProbeKind, string) error {
	return func(kind lang.ProbeKind, fn string) error {
		return detectFeatures(env, noFentry).Unattachable(kind, fn)
	}
}
