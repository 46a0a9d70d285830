package main

import (
	"fmt"
	"io"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime"
)

// runCheck compiles a script without loading it: no root needed, and with
// --btf FILE no kernel either (tracepoint formats still come from tracefs
// when the script uses tracepoints).
func runCheck(args []string, stdout, stderr io.Writer) error {
	var o options
	fs := newFlagSet(&o, stderr)
	positional, err := parseArgs(fs, args)
	if err != nil {
		return exitError{code: exitUsage}
	}
	if o.help {
		writeUsage(stdout)
		return nil
	}
	name, src, positional, err := loadScript(o.program, positional, stderr, o.verbose)
	if e, ok := err.(exitError); ok {
		return e
	}
	if err != nil {
		return exitError{code: exitUsage, msg: "ntrace check: " + err.Error() + "\n"}
	}
	if err := checkFlagRanges(&o); err != nil {
		return exitError{code: exitUsage, msg: "ntrace check: " + err.Error() + "\n"}
	}
	params, err := parameters(o.defines, o.pid, positional)
	params.Unsafe = o.unsafe
	if err != nil {
		return exitError{code: exitUsage, msg: "ntrace check: " + err.Error() + "\n"}
	}
	prog, info, out, err := checkCompile(name, src, &runtime.KernelEnv{BTFPath: o.btfPath}, params, explicitFlags(fs), stderr)
	if err != nil {
		return err
	}
	if err := dump(o.dump, prog, info, out, stdout); err != nil {
		return err
	}
	n := 0
	for _, p := range out.Programs {
		n += len(p.Spec.Instructions)
	}
	fmt.Fprintf(stdout, "%s: ok, %d programs, %d instructions\n", name, len(out.Programs), n)
	return nil
}

// checkCompile parses, checks and compiles a script as "ntrace check" and
// "ntrace recipes install" do, saying on stderr its warnings and the
// alternatives left out on this kernel. explicit names the flags given,
// which win over the script's config block.
func checkCompile(name, src string, env lang.Env, params lang.Params, explicit map[string]bool, stderr io.Writer) (*lang.Program, *lang.Info, *codegen.Output, error) {
	prog, err := parse(name, src, explicit)
	if err != nil {
		return nil, nil, nil, err
	}
	info, err := check(name, src, prog, env, params, false)
	if err != nil {
		return nil, nil, nil, err
	}
	printWarnings(stderr, name, src, info.Warnings)
	// An alternative left out here is no error, but the one checking a
	// script wants to know, and why: it may be a mistake in the script.
	for _, ch := range prog.Choices {
		for _, a := range ch.Alts {
			if err := info.Left[a]; err != nil {
				fmt.Fprintf(stderr, "%s: note: %s of the either at line %d is left out on this kernel:\n%s", name, a.Name(), ch.Pos.Line, lang.Render(name, src, err))
			}
		}
	}
	// Compiled for a kernel that offers every way of hooking a function:
	// what this one offers is not the question here.
	out, err := compile(name, src, prog, info, codegen.Options{Features: codegen.Features{Fentry: true, Kprobes: true, KprobeMulti: true}, PossibleCPUs: runtime.PossibleCPUs()})
	if err != nil {
		return nil, nil, nil, err
	}
	return prog, info, out, nil
}

// printWarnings prints the warnings, if there are any: writing their empty
// rendering cost every run without warnings two write system calls on
// the way to the first event.
func printWarnings(stderr io.Writer, name, src string, warnings lang.ErrorList) {
	if len(warnings) > 0 {
		fmt.Fprint(stderr, lang.RenderWarnings(name, src, warnings))
	}
}
