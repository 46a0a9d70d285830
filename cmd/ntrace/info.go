package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/ntrace/ntrace/runtime"
)

// runInfo is "ntrace info": what this kernel offers ntrace, each feature
// found out by trying it, as bpftrace --info does.
func runInfo(args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		if args[0] == "-h" || args[0] == "--help" {
			return writingTo(stdout, func(w io.Writer) error { writeCommandUsage(w, "info"); return nil })
		}
		writeCommandUsage(stderr, "info")
		return exitError{code: exitUsage}
	}
	sys := runtime.DescribeSystem()
	privErr := checkPrivileges()
	err := writingTo(stdout, func(w io.Writer) error {
		writeSystem(w, sys)
		if privErr != nil {
			fmt.Fprintln(w, "features:      not tried: trying them needs root")
			return nil
		}
		fmt.Fprintln(w, "features (each tried here: a program loaded and attached, then detached):")
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		for _, f := range runtime.ProbeFeatures() {
			if f.Err == nil {
				fmt.Fprintf(tw, "  %s\tyes\n", f.Name)
			} else {
				fmt.Fprintf(tw, "  %s\tno: %s\n", f.Name, oneLine(runtime.FeatureError(f.Err)))
			}
		}
		return tw.Flush()
	})
	if err == nil {
		err = privErr
	}
	return err
}

// writeSystem writes the kernel's release, its BTF and tracefs.
func writeSystem(w io.Writer, sys runtime.System) {
	fmt.Fprintf(w, "kernel:        %s (%s)\n", sys.Release, sys.Version)
	if sys.BTFErr != nil {
		fmt.Fprintf(w, "BTF:           none: %s (scripts that need kernel types want --btf FILE)\n", oneLine(sys.BTFErr.Error()))
	} else {
		fmt.Fprintf(w, "BTF:           %s, %d types; %d modules have BTF of their own\n", sys.BTFPath, sys.BTFTypes, sys.ModuleBTF)
	}
	if sys.Tracefs != "" {
		fmt.Fprintf(w, "tracefs:       mounted at %s\n", sys.Tracefs)
	} else {
		fmt.Fprintf(w, "tracefs:       not mounted (ntrace mounts it at %s when a script needs it, as root)\n", runtime.TracingDir)
	}
}

// oneLine joins the lines of an error.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
