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
func kernelFeatures(env *runtime.KernelEnv, info *lang.Info, noFentry bool) codegen.Features {
	needed := false
	for _, pi := range info.Probes {
		for _, t := range pi.Targets {
			needed = needed || t.Kind.IsKernelFunction()
		}
	}
	if !needed {
		return codegen.Features{}
	}
	f := runtime.DetectFeatures(env)
	if noFentry && f.Fentry {
		f.Fentry, f.NoFentry = false, "fentry disabled by --no-fentry"
	}
	return f
}
