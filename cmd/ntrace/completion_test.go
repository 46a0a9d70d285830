package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ntrace/ntrace/internal/clispec"
)

// everyFlag lists every flag of ntrace and of its commands.
func everyFlag() []clispec.Flag {
	flags := mainFlags(&options{})
	var walk func([]clispec.Command)
	walk = func(cs []clispec.Command) {
		for _, c := range cs {
			flags = append(flags, c.Flags...)
			walk(c.Commands)
		}
	}
	walk(cliSpec().Commands)
	return flags
}

// The completion scripts and the man page are written from the flag
// table: each holds every flag, as its shell or roff spells it, and each
// script is one its shell reads without a syntax error.
func TestCompletionAndManHoldEveryFlag(t *testing.T) {
	dir := t.TempDir()
	write := func(args ...string) string {
		t.Helper()
		var stdout, stderr strings.Builder
		if err := run(t.Context(), args, &stdout, &stderr); err != nil {
			t.Fatalf("ntrace %v: %v\n%s", args, err, stderr.String())
		}
		return stdout.String()
	}
	outputs := map[string]string{
		"bash": write("completion", "bash"),
		"zsh":  write("completion", "zsh"),
		"fish": write("completion", "fish"),
		"man":  write(manPageCommand),
	}
	for _, f := range everyFlag() {
		for _, n := range append([]string{f.Name}, f.Alias) {
			if n == "" {
				continue
			}
			typed := "-" + n
			fishSpelled := " -s " + n
			if len(n) > 1 {
				typed = "--" + n
				fishSpelled = " -l " + n
			}
			if !regexp.MustCompile(`[\s"|(]` + regexp.QuoteMeta(typed) + `[\s"|)]`).MatchString(outputs["bash"]) {
				t.Errorf("bash lacks %s", typed)
			}
			want := map[string]string{
				"zsh":  "'" + typed + ":",
				"fish": fishSpelled,
				"man":  `\fB` + strings.ReplaceAll(typed, "-", `\-`) + `\fR`,
			}
			for what, w := range want {
				if !strings.Contains(outputs[what], w) {
					t.Errorf("%s lacks %s (%q)", what, typed, w)
				}
			}
		}
	}
	for shell, check := range map[string][]string{"bash": {"bash", "-n"}, "zsh": {"zsh", "-n"}, "fish": {"fish", "--no-execute"}} {
		path := filepath.Join(dir, "completion."+shell)
		os.WriteFile(path, []byte(outputs[shell]), 0o644)
		if _, err := exec.LookPath(check[0]); err != nil {
			t.Logf("%s is not installed (make deps installs it): its script's syntax is not checked", shell)
			continue
		}
		if out, err := exec.Command(check[0], append(check[1:], path)...).CombinedOutput(); err != nil {
			t.Errorf("%s reads its completion script with an error: %v\n%s", shell, err, out)
		}
	}
	if _, err := exec.LookPath("groff"); err == nil {
		path := filepath.Join(dir, "ntrace.8")
		os.WriteFile(path, []byte(outputs["man"]), 0o644)
		out, err := exec.Command("groff", "-man", "-Tutf8", "-ww", "-z", path).CombinedOutput()
		if err != nil || len(out) > 0 {
			t.Errorf("groff warns about the man page: %v\n%s", err, out)
		}
	}
}
