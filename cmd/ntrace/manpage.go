package main

import (
	"strings"

	"github.com/ntrace/ntrace/internal/clispec"
	"github.com/ntrace/ntrace/internal/recipes"
)

// manPage is the prose of ntrace's man page; its commands and options
// come from the flag table.
func manPage() clispec.Man {
	return clispec.Man{
		Section: "8",
		Summary: "a scripted kernel tracer: bpftrace-style scripts in one static binary",
		Description: `ntrace runs scripts written in bpftrace's language (a compatible subset with a few extensions): it parses them, types every expression against the running kernel's BTF and tracepoint formats, emits BPF instructions directly, loads and attaches them, and prints what the script reports the way bpftrace does, until Ctrl-C, exit(), or the end of -c's command or -p's process; then it prints the maps.

A script is given as a file, on the command line with -e, or by the name of a recipe (see RECIPES). Parameters written ${NAME} in a script are set with -D NAME=VALUE; a script may declare them with a type, a range, a default and a line of help, which "ntrace SCRIPT --help" shows.

Tracing needs root, or the capabilities CAP_BPF, CAP_PERFMON and CAP_SYS_ADMIN. "ntrace check" needs none for a script whose types come from BTF.`,
		Sections: []clispec.ManSection{
			{Title: "RECIPES", Text: `A recipe is a script run by name: "ntrace NAME" or "ntrace NAME.nt", from any directory, runs NAME.nt from the first directory of the recipe search path that has one, else the recipe of that name bundled into ntrace. A file at the path given wins over a recipe; -v says which was run. A recipe that shadows another script of that name is said on stderr.

The search path is NTRACE_PATH, a colon-separated list of absolute directories; by default the user's directory (` + userRecipeDirHelp + `), ` + recipes.SystemDir + `, ` + recipes.LocalDir + ` and ` + recipes.DistDir + `. The bundled recipes come after them all.

ntrace runs as root and loads what it reads into the kernel: a recipe is refused, with an error naming it, when the file or a directory on its way is writable by every user (a sticky directory above the recipe's own, as /tmp, is allowed) or belongs to a user other than root or the one running ntrace; a symbolic link is followed only if it belongs to root or that user.

"ntrace recipes install" compiles a script against this kernel first: one that does not compile installs nothing.`},
			{Title: "ENVIRONMENT", Text: `NTRACE_PATH
    the recipe search path, directories separated by ':'
XDG_CONFIG_HOME, HOME
    where the user's recipe directory is
NTRACE_BTF_CACHE
    the directory (an absolute path) where the index of the kernel's BTF is kept between runs, or "off" for none; by default ` + systemCacheDir + ` for root, else ntrace in XDG_CACHE_HOME or ~/.cache`},
			{Title: "FILES", Text: `    ` + userRecipeDirHelp + `
    ` + recipes.SystemDir + `
    ` + recipes.LocalDir + `, ` + recipes.DistDir + `
        recipe directories, searched in that order
    /sys/kernel/btf/vmlinux
        the kernel's types (BTF)
    ` + systemCacheDir + `/vmlinux-BUILDID.btfindex
        where each type of the kernel of that build ID starts in its BTF, and their names' first bytes: written by the first run on a kernel, read by the next instead of going through the whole BTF (2-3 ms); used only when the kernel's build ID, the BTF's size and spot checks of it match
    /sys/kernel/tracing
        tracefs: tracepoint formats; ntrace mounts it when a script needs it and it is not mounted`},
			{Title: "EXIT STATUS", Text: exitStatusManText()},
			{Title: "EXAMPLES", Text: `    ntrace udplat -D PORT=53 -D LAT=1ms
    ntrace -e 'tracepoint:syscalls:sys_enter_openat { @[comm] = count(); }'
    ntrace -l 'tracepoint:sock:*'
    ntrace --dry-run my.nt
    ntrace recipes install ./my.nt
    ntrace check --btf vmlinux.btf my.nt
    source <(ntrace completion bash)`},
			{Title: "SEE ALSO", Text: `bpftrace(8), bpftool(8)`},
		},
	}
}

// exitStatusManText is the exit statuses of --help, as the man page's
// lines shown as they are.
func exitStatusManText() string {
	text := strings.TrimPrefix(strings.TrimSpace(exitStatusHelp), "exit status:")
	var lines []string
	for _, l := range strings.Split(strings.Trim(text, "\n"), "\n") {
		lines = append(lines, "    "+strings.TrimSpace(l))
	}
	return strings.Join(lines, "\n")
}
