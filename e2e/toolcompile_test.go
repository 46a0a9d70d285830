package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Every tool bpftrace 0.17 installs in /usr/sbin compiles in ntrace
// (`ntrace check`, which type-checks the script against this kernel's
// BTF, its functions and symbols, and generates its programs), except
// where the kernel lacks what the tool names: those are listed, with the
// kernels they fail on and the error that says so, and on a host with
// bpftrace 0.17 bpftrace must fail on them too. The qemu rig runs it in
// the 6.1 and 6.12 guests (-test.run=TestBpftraceToolsCompile); the host
// is 6.18.

// toolNeeds is why a tool cannot compile on some kernels.
type toolNeeds struct {
	kernels []string       // the kernel series it fails on
	err     *regexp.Regexp // what ntrace says
	why     string
}

var toolsNotCompiling = map[string]toolNeeds{
	"loads": {[]string{"6.18"}, regexp.MustCompile(`kaddr\("avenrun"\): no kernel symbol avenrun`),
		"the kernel's /proc/kallsyms lists no variables (built without CONFIG_KALLSYMS_ALL)"},
	"mdflush": {[]string{"6.1", "6.12", "6.18"}, regexp.MustCompile(`unknown kernel function md_flush_request`),
		"md_flush_request is in the md RAID driver (md_mod), not loaded: no md device"},
	"runqlen": {[]string{"6.18"}, regexp.MustCompile(`struct cfs_rq has no member "nr_running"`),
		"6.14 renamed struct cfs_rq's nr_running to nr_queued"},
	"swapin": {[]string{"6.12", "6.18"}, regexp.MustCompile(`unknown kernel function swap_readpage`),
		"6.10 renamed swap_readpage to swap_read_folio"},
	"biolatency": {[]string{"6.1"}, regexp.MustCompile(`unknown kernel function __blk_account_io_start`), bioInlined},
	"biosnoop":   {[]string{"6.1"}, regexp.MustCompile(`unknown kernel function __blk_account_io_start`), bioInlined},
	"biostacks":  {[]string{"6.1"}, regexp.MustCompile(`unknown kernel function __blk_account_io_start`), bioInlined},
	"xfsdist": {[]string{"6.1", "6.12"}, regexp.MustCompile(`unknown kernel function xfs_file_read_iter`),
		"xfs is a module there, and the rig's guests load none (no xfs file system)"},
	// User-space tools: the rig's guests are a busybox with bpftrace's
	// libraries only.
	"bashreadline": {[]string{"6.1", "6.12"}, regexp.MustCompile(`/bin/bash: no such file`), "the rig's guests have no bash"},
	"ssllatency":   {[]string{"6.1", "6.12"}, regexp.MustCompile(`no library libssl`), "the rig's guests have no libssl"},
	"sslsnoop":     {[]string{"6.1", "6.12"}, regexp.MustCompile(`no library libssl`), "the rig's guests have no libssl"},
	"threadsnoop":  {[]string{"6.1", "6.12"}, regexp.MustCompile(`no library libpthread`), "the rig's guests have no libpthread"},
}

// bioInlined is why the block I/O tools do not compile on 6.1: it
// inlines both functions they probe. (6.12's BTF lists
// blk_account_io_start, so they compile there, but its kallsyms does
// not: they do not attach.)
const bioInlined = "6.1 inlines blk_account_io_start and has no __blk_account_io_start"

func TestBpftraceToolsCompile(t *testing.T) {
	tools, _ := filepath.Glob("/usr/sbin/*.bt")
	if len(tools) == 0 {
		t.Skip("no /usr/sbin/*.bt (apt-get install bpftrace)")
	}
	series, _ := kernelSeries()
	var bt string
	if os.Getenv("NTRACE_VM") == "" && os.Geteuid() == 0 {
		if p, err := exec.LookPath("bpftrace"); err == nil {
			if out, _ := exec.Command(p, "--version").Output(); strings.Contains(string(out), "v0.17.") {
				bt = p
			}
		}
	}
	compiled := 0
	for _, path := range tools {
		tool := strings.TrimSuffix(filepath.Base(path), ".bt")
		t.Run(tool, func(t *testing.T) {
			out, code := runTool(t, ntraceBin, "check", path)
			need, listed := toolsNotCompiling[tool]
			if !listed || !slices.Contains(need.kernels, series) {
				if code != 0 {
					t.Fatalf("ntrace check %s: exit %d:\n%s", tool, code, out)
				}
				compiled++
				return
			}
			if code == 0 {
				t.Fatalf("%s compiles on %s, listed as failing there (%s): take it off the list", tool, series, need.why)
			}
			if !need.err.MatchString(out) {
				t.Fatalf("%s fails on %s, but not as listed (%s, %s):\n%s", tool, series, need.err, need.why, out)
			}
			t.Logf("%s does not compile on %s: %s", tool, series, need.why)
			if bt != "" {
				// bpftrace fails as the kernel is the same: at its
				// check, or when it attaches (this host has no kprobes,
				// its error then says nothing of the function).
				out, code := runTool(t, bt, path)
				if code == 0 || !strings.Contains(out, "ERROR") {
					t.Errorf("bpftrace 0.17 runs %s here (exit %d):\n%s", tool, code, out)
				}
			}
		})
	}
	t.Logf("%d of %d tools compile on %s", compiled, len(tools), series)
}
