package e2e

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/ntrace/ntrace/scripts"
)

// shellEnv is the environment the completion tests run shells in: ntrace
// on PATH, a recipe directory of the test's own.
func shellEnv(t *testing.T) (env []string, recipeDir string) {
	t.Helper()
	recipeDir = t.TempDir()
	if err := os.WriteFile(filepath.Join(recipeDir, "zzmine.nt"), []byte(mineRecipe), 0o644); err != nil {
		t.Fatal(err)
	}
	return append(os.Environ(), "PATH="+filepath.Dir(ntraceBin)+":"+os.Getenv("PATH"), "NTRACE_PATH="+recipeDir), recipeDir
}

// completionScript writes ntrace's completion script for shell to a file.
func completionScript(t *testing.T, shell string) string {
	t.Helper()
	out, err := exec.Command(ntraceBin, "completion", shell).Output()
	if err != nil {
		t.Fatalf("ntrace completion %s: %v", shell, err)
	}
	path := filepath.Join(t.TempDir(), "ntrace."+shell)
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// completionTruth is what completing each line must offer, from sources
// other than ntrace's completion: the flags as --help prints them, the
// bundled recipes and the test's own, the tracepoints tracefs has, the
// parameters the recipe declares.
func completionTruth(t *testing.T) map[string][]string {
	t.Helper()
	var recipes []string
	for _, n := range scripts.Names() {
		if strings.HasPrefix(n, "udp") {
			recipes = append(recipes, n)
		}
	}
	var sockR []string
	dirs, _ := filepath.Glob("/sys/kernel/tracing/events/sock/sock_r*")
	for _, d := range dirs {
		sockR = append(sockR, "tracepoint:sock:"+filepath.Base(d))
	}
	udplat, _ := scripts.Lookup("udplat")
	var params []string
	for _, m := range regexp.MustCompile(`(?m)^param (\w+) `).FindAllStringSubmatch(udplat, -1) {
		params = append(params, m[1]+"=")
	}
	help, err := exec.Command(ntraceBin, "--help").Output()
	if err != nil {
		t.Fatal(err)
	}
	var buf []string
	for _, m := range regexp.MustCompile(`(?m)^  (?:-\w, )?(--buf\S*)`).FindAllStringSubmatch(string(help), -1) {
		buf = append(buf, m[1])
	}
	return map[string][]string{
		"ntrace --buf":                       buf,
		"ntrace -f ":                         {"folded", "json", "text", "text-0.17"},
		"ntrace udp":                         recipes,
		"ntrace zzm":                         {"zzmine"},
		"ntrace recipes ":                    {"install", "list", "show"},
		"ntrace recipes show sys":            {"syscount"},
		"ntrace recipes install --sy":        {"--system"},
		"ntrace -l tracepoint:sock:sock_r":   sockR,
		"ntrace udplat -D ":                  params,
		"ntrace completion ":                 {"bash", "fish", "zsh"},
		"ntrace --missing ":                  {"error", "warn"},
		"ntrace -v -l tracepoint:sock:sock_": nil, // checked by prefix below
	}
}

// checkCompletions compares what a shell offered for each line with the
// truth.
func checkCompletions(t *testing.T, shell string, got map[string][]string, truth map[string][]string) {
	t.Helper()
	for line, want := range truth {
		g := got[line]
		sort.Strings(g)
		sort.Strings(want)
		if want == nil {
			if len(g) == 0 {
				t.Errorf("%s: %q: no completions", shell, line)
			}
			continue
		}
		if strings.Join(g, " ") != strings.Join(want, " ") {
			t.Errorf("%s: %q: got %q, want %q", shell, line, g, want)
		}
	}
}

// bash completes ntrace's flags, their values, commands, recipes, probes
// and a script's parameters: the script sourced in bash, asked as bash
// asks a completion function (COMP_LINE, COMP_POINT), and what it offers
// turned into the words bash would put on the line.
func TestBashCompletion(t *testing.T) {
	requireRoot(t) // tracefs, for the probes
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash here")
	}
	env, _ := shellEnv(t)
	script := completionScript(t, "bash")
	truth := completionTruth(t)
	var lines []string
	for line := range truth {
		lines = append(lines, line)
	}
	// Each line's candidates, as bash puts them on the line: the word up
	// to its last ':' (bash replaces only what follows it) and one of
	// COMPREPLY.
	prog := `source "$1"; shift
for line; do
	COMP_LINE=$line COMP_POINT=${#line} COMPREPLY=()
	_ntrace
	word=${line##* }
	keep=
	[[ $word == *:* ]] && keep=${word%"${word##*:}"}
	printf '%s\t' "$line"
	printf '%s\t' "${COMPREPLY[@]/#/$keep}"
	echo
done`
	cmd := exec.Command("bash", append([]string{"-c", prog, "bash", script}, lines...)...)
	cmd.Env, cmd.Dir = env, t.TempDir() // no files to offer besides recipes
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("bash: %v\n%s", err, out)
	}
	got := map[string][]string{}
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Split(strings.TrimRight(l, "\t"), "\t")
		got[fields[0]] = fields[1:]
	}
	checkCompletions(t, "bash", got, truth)
}

// fish completes the same, asked with complete -C as fish asks itself.
func TestFishCompletion(t *testing.T) {
	requireRoot(t)
	if _, err := exec.LookPath("fish"); err != nil {
		t.Skip("no fish here (make deps installs it)")
	}
	env, _ := shellEnv(t)
	script := completionScript(t, "fish")
	got := map[string][]string{}
	truth := completionTruth(t)
	for line := range truth {
		cmd := exec.Command("fish", "--no-config", "-c", `source $argv[1]; complete -C $argv[2]`, script, line)
		cmd.Env, cmd.Dir = env, t.TempDir() // no files to offer besides recipes
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("fish %q: %v\n%s", line, err, out)
		}
		word := line[strings.LastIndex(line, " ")+1:]
		for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			cand, _, _ := strings.Cut(l, "\t")
			if cand != "" && strings.HasPrefix(cand, word) {
				got[line] = append(got[line], cand)
			}
		}
	}
	checkCompletions(t, "fish", got, truth)
}

// zsh reads its script and its completion function offers the same
// candidates, with zsh's completion builtins replaced by ones that print
// what they are given (zsh then matches them against the word, which
// this leaves out).
func TestZshCompletion(t *testing.T) {
	requireRoot(t)
	if _, err := exec.LookPath("zsh"); err != nil {
		t.Skip("no zsh here (make deps installs it)")
	}
	env, _ := shellEnv(t)
	script := completionScript(t, "zsh")
	truth := completionTruth(t)
	prog := `compdef() { }
compadd() {
	while [[ $1 == -* && $1 != -- ]]; do [[ $1 == -S ]] && shift; shift; done
	[[ $1 == -- ]] && shift
	(($#)) && printf '%s\t' "$@"
}
_describe() { printf '%s\t' ${(P)4%%:*} }
_files() { }
source $1; shift
for line in "$@"; do
	words=(${=line})
	[[ $line == *' ' ]] && words+=('')
	CURRENT=$#words
	printf '%s\t' $line
	_ntrace
	echo
done`
	var lines []string
	for line := range truth {
		lines = append(lines, line)
	}
	cmd := exec.Command("zsh", append([]string{"-f", "-c", prog, "zsh", script}, lines...)...)
	cmd.Env, cmd.Dir = env, t.TempDir()
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("zsh: %v\n%s", err, out)
	}
	got := map[string][]string{}
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Split(strings.TrimRight(l, "\t"), "\t")
		line := strings.Join(strings.Fields(fields[0]), " ")
		for k := range truth {
			if strings.TrimSpace(k) == line {
				line = k
			}
		}
		word := line[strings.LastIndex(line, " ")+1:]
		for _, c := range fields[1:] {
			if strings.HasPrefix(c, word) { // what zsh's matching would keep
				got[line] = append(got[line], c)
			}
		}
	}
	checkCompletions(t, "zsh", got, truth)
}

// make install puts the binary, the man page, the recipes and the
// completion scripts under DESTDIR/PREFIX; the installed recipes are the
// bundled ones, found on the search path without a word about shadowing.
func TestMakeInstall(t *testing.T) {
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("no make here")
	}
	if os.Getenv("NTRACE_VM") != "" {
		t.Skip("the guest has no go toolchain")
	}
	dest := t.TempDir()
	cmd := exec.Command("make", "-C", "..", "install", "DESTDIR="+dest, "PREFIX=/usr", "BIN="+t.TempDir())
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("make install: %v\n%s", err, out)
	}
	usr := filepath.Join(dest, "usr")
	for _, f := range []string{"share/man/man8/ntrace.8", "share/bash-completion/completions/ntrace", "share/zsh/site-functions/_ntrace", "share/fish/vendor_completions.d/ntrace.fish"} {
		if st, err := os.Stat(filepath.Join(usr, f)); err != nil || st.Size() == 0 {
			t.Errorf("%s not installed: %v", f, err)
		}
	}
	recipeDir := filepath.Join(usr, "share/ntrace/recipes")
	for _, n := range scripts.Names() {
		want, _ := scripts.Lookup(n)
		if b, err := os.ReadFile(filepath.Join(recipeDir, n+".nt")); err != nil || string(b) != want {
			t.Errorf("recipe %s installed as %d bytes (%v), not the bundled one", n, len(b), err)
		}
	}
	bin := filepath.Join(usr, "bin/ntrace")
	if out, err := exec.Command(bin, "--version").Output(); err != nil || !strings.HasPrefix(string(out), "ntrace ") {
		t.Errorf("the installed ntrace --version: %v\n%s", err, out)
	}
	list := exec.Command(bin, "recipes")
	list.Env = append(os.Environ(), "NTRACE_PATH="+recipeDir)
	var stderr bytes.Buffer
	list.Stderr = &stderr
	out, err := list.Output()
	if err != nil || !strings.Contains(string(out), "udplat            "+recipeDir) || !strings.Contains(string(out), "bundled (shadowed, the same script)") {
		t.Errorf("recipes with the installed ones on the path: %v\n%s%s", err, out, stderr.String())
	}
	check := exec.Command(bin, "check", "syscount")
	check.Env = list.Env
	if out, err := check.CombinedOutput(); err != nil || strings.Contains(string(out), "shadows") {
		t.Errorf("ntrace check syscount, installed: %v\n%s", err, out)
	}
}
