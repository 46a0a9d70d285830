package e2e

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// ntraceIn runs ntrace to completion in dir with env added to the
// environment, and returns its stdout, its stderr and its exit code.
func ntraceIn(t *testing.T, dir string, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(ntraceBin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := startChild(cmd)
	if err == nil {
		err = cmd.Wait()
	}
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errOut.String(), code
}

// mineRecipe is a recipe that traces this test's own getppid() calls.
const mineRecipe = `// mine: this test's getppid calls, by name
tracepoint:syscalls:sys_enter_getppid /pid == ${PID}/ { printf("mine saw %d\n", pid); exit(); }
`

// A recipe in a directory of NTRACE_PATH runs by name, with or without
// ".nt", from a directory elsewhere; "ntrace recipes" lists it with its
// directory; once its directory or the file is writable by every user,
// or belongs to another user, it is refused with an error naming it, and
// nothing runs.
func TestRecipeFromSearchPath(t *testing.T) {
	requireRoot(t)
	recipes := t.TempDir()
	elsewhere := t.TempDir()
	file := filepath.Join(recipes, "mine.nt")
	if err := os.WriteFile(file, []byte(mineRecipe), 0o644); err != nil {
		t.Fatal(err)
	}
	env := []string{"NTRACE_PATH=" + recipes}
	for _, name := range []string{"mine", "mine.nt"} {
		cmd := exec.Command(ntraceBin, name, "-p", pidArg())
		cmd.Dir, cmd.Env = elsewhere, append(os.Environ(), env...)
		tr := startTracerCommand(t, cmd)
		want := "mine saw " + pidArg()
		tr.waitLine(func(l string) bool { return l == want }, func() { syscall.Getppid() })
		tr.wait()
		if tr.err != nil {
			t.Errorf("ntrace %s: %v\n%s", name, tr.err, tr.Stderr())
		}
	}
	stdout, stderr, code := ntraceIn(t, elsewhere, env, "recipes")
	if code != 0 || !strings.Contains(stdout, "\nmine ") || !strings.Contains(stdout, " "+recipes+" ") || !strings.Contains(stdout, "this test's getppid calls, by name\n") {
		t.Errorf("ntrace recipes (exit %d):\n%s%s", code, stdout, stderr)
	}
	for _, bad := range []struct {
		name       string
		make, undo func()
		want       string
	}{
		{"directory o+w", func() { os.Chmod(recipes, 0o757) }, func() { os.Chmod(recipes, 0o755) },
			"the directory " + recipes + " is writable by every user: refusing to run a recipe from it"},
		{"file o+w", func() { os.Chmod(file, 0o646) }, func() { os.Chmod(file, 0o644) },
			"recipe " + file + " is writable by every user: refusing to run it"},
		{"file of nobody", func() { os.Chown(file, 65534, 65534) }, func() { os.Chown(file, 0, 0) },
			"recipe " + file + " belongs to user 65534"},
	} {
		bad.make()
		stdout, stderr, code := ntraceIn(t, elsewhere, env, "mine", "-p", pidArg())
		bad.undo()
		if code != 1 || stdout != "" || !strings.Contains(stderr, bad.want) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit 1 and %q", bad.name, code, stdout, stderr, bad.want)
		}
	}
}

// "ntrace udplat.nt", as the README has people type it, runs the bundled
// recipe from a directory with no such file, on real traffic; -v says
// which ran; a file of that name, once there, wins.
func TestBundledRecipeByFileName(t *testing.T) {
	requireRoot(t)
	empty := t.TempDir()
	probe, err := net.ListenUDP("udp4", nil)
	if err != nil {
		t.Fatal(err)
	}
	port := probe.LocalAddr().(*net.UDPAddr).Port
	probe.Close()
	cmd := exec.Command(ntraceBin, "udplat.nt", "-D", fmt.Sprintf("PORT=%d", port), "-D", "LAT=15ms")
	cmd.Dir = empty
	tr := startTracerCommand(t, cmd)
	tr.waitAttached()
	const n, delay = 4, 30 * time.Millisecond
	readOnPort(t, "udp4", port, n, delay)
	tr.stop()
	lines := 0
	for _, l := range strings.Split(tr.Stdout(), "\n") {
		if m := udplatLine.FindStringSubmatch(l); m != nil {
			lines++
			if lat, _ := strconv.Atoi(m[5]); time.Duration(lat)*time.Microsecond < delay {
				t.Errorf("a wait under the %v the test waited: %s", delay, l)
			}
		}
	}
	if lines != n || bucketTotal(tr.Stdout(), "@usecs") != n {
		t.Errorf("%d datagrams reported, %d in the histogram; the test read %d\n%s\n%s", lines, bucketTotal(tr.Stdout(), "@usecs"), n, tr.Stdout(), tr.Stderr())
	}

	_, stderr, code := ntraceIn(t, empty, nil, "-v", "--dry-run", "udplat.nt", "-D", "PORT=53")
	if code != 0 || !strings.Contains(stderr, "ntrace: running the recipe udplat (bundled): there is no file udplat.nt here\n") {
		t.Errorf("-v of the bundled recipe (exit %d):\n%s", code, stderr)
	}
	os.WriteFile(filepath.Join(empty, "udplat.nt"), []byte("BEGIN { printf(\"the file here\\n\"); exit(); }\n"), 0o644)
	stdout, stderr, code := ntraceIn(t, empty, nil, "-v", "udplat.nt")
	if code != 0 || !strings.HasPrefix(stdout, "the file here\n") || !strings.Contains(stderr, "ntrace: running udplat.nt, a file, not the recipe udplat (bundled)\n") {
		t.Errorf("a file udplat.nt (exit %d):\n%s\n%s", code, stdout, stderr)
	}
}

// "ntrace recipes install" compiles the script on this kernel first: one
// that does not compile installs nothing, not even the directory; one
// that does is written to the user's directory, readable by all, and runs
// by name from anywhere.
func TestRecipeInstall(t *testing.T) {
	requireRoot(t)
	work, config := t.TempDir(), t.TempDir()
	env := []string{"XDG_CONFIG_HOME=" + config, "NTRACE_PATH="}
	dir := filepath.Join(config, "ntrace", "recipes")
	bad := filepath.Join(work, "bad.nt")
	os.WriteFile(bad, []byte("tracepoint:syscalls:sys_enter_getppid { printf(\"%d\\n\", args->nosuch); }\n"), 0o644)
	stdout, stderr, code := ntraceIn(t, work, env, "recipes", "install", bad)
	if code != 1 || !strings.Contains(stderr, `args has no field "nosuch"`) || !strings.Contains(stderr, "does not compile on this kernel: nothing installed") {
		t.Errorf("installing a script that does not compile: exit %d\n%s%s", code, stdout, stderr)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("the recipe directory was made for a script that does not compile: %v", err)
	}
	good := filepath.Join(work, "mine.nt")
	os.WriteFile(good, []byte(mineRecipe), 0o600)
	stdout, stderr, code = ntraceIn(t, work, env, "recipes", "install", "-p", "1", good)
	installed := filepath.Join(dir, "mine.nt")
	if code != 0 || !strings.Contains(stdout, "installed "+installed) {
		t.Fatalf("installing mine.nt: exit %d\n%s%s", code, stdout, stderr)
	}
	if b, err := os.ReadFile(installed); err != nil || string(b) != mineRecipe {
		t.Errorf("installed %q (%v)", b, err)
	}
	if st, err := os.Stat(installed); err != nil || st.Mode().Perm() != 0o644 {
		t.Errorf("installed with mode %v (%v), want 0644", st.Mode(), err)
	}
	cmd := exec.Command(ntraceBin, "mine", "-p", pidArg())
	cmd.Dir, cmd.Env = t.TempDir(), append(os.Environ(), env...)
	tr := startTracerCommand(t, cmd)
	tr.waitLine(func(l string) bool { return l == "mine saw "+pidArg() }, func() { syscall.Getppid() })
	tr.wait()
	_, stderr, code = ntraceIn(t, work, env, "recipes", "install", "-p", "1", good)
	if code != 1 || !strings.Contains(stderr, "exists: give --force to replace it") {
		t.Errorf("installing it again: exit %d\n%s", code, stderr)
	}
}

// A script that starts with "#!/usr/bin/env ntrace" runs as a program,
// with its flags after it.
func TestShebangScript(t *testing.T) {
	requireRoot(t)
	if _, err := os.Stat("/usr/bin/env"); err != nil {
		t.Skip("no /usr/bin/env here")
	}
	dir := t.TempDir()
	script := filepath.Join(dir, "myscript.nt")
	src := "#!/usr/bin/env ntrace\n// prints X\nparam X int = 0 \"a number\";\nBEGIN { printf(\"X is %d\\n\", ${X}); exit(); }\n"
	if err := os.WriteFile(script, []byte(src), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("./myscript.nt", "-D", "X=41")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(ntraceBin)+":"+os.Getenv("PATH"))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || !strings.HasPrefix(string(out), "X is 41\n") {
		t.Errorf("./myscript.nt -D X=41: %v\n%s%s", err, out, stderr.String())
	}
}
