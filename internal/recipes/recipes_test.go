package recipes

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ntrace/ntrace/scripts"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestSearchPath(t *testing.T) {
	p := SearchPath(env(map[string]string{"HOME": "/home/a"}))
	want := "/home/a/.config/ntrace/recipes " + SystemDir + " " + LocalDir + " " + DistDir
	if got := strings.Join(p.Dirs, " "); got != want {
		t.Errorf("default: %s, want %s", got, want)
	}
	p = SearchPath(env(map[string]string{"HOME": "/home/a", "XDG_CONFIG_HOME": "/cfg"}))
	if p.Dirs[0] != "/cfg/ntrace/recipes" {
		t.Errorf("XDG_CONFIG_HOME: %v", p.Dirs)
	}
	p = SearchPath(env(map[string]string{"NTRACE_PATH": "/a::rel/b:/c/", "HOME": "/home/a"}))
	if got := strings.Join(p.Dirs, " "); got != "/a /c" {
		t.Errorf("NTRACE_PATH: %s", got)
	}
	if len(p.Notes) != 1 || !strings.Contains(p.Notes[0], `"rel/b" is not an absolute path`) {
		t.Errorf("notes: %q", p.Notes)
	}
}

const script = "// mine: counts what I count\nBEGIN { exit(); }\n"

// mkRecipe writes a recipe file and returns its path.
func mkRecipe(t *testing.T, dir, name, src string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name+Ext)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// A name is found in the first directory that has it, then among the
// bundled recipes; what it shadows is told only when it is another script.
func TestFind(t *testing.T) {
	root := t.TempDir()
	a, b := filepath.Join(root, "a"), filepath.Join(root, "b")
	mkRecipe(t, b, "mine", script)
	p := Path{Dirs: []string{a, b}}
	r, shadows, err := p.Find("mine")
	if err != nil || r.Dir != b || r.Source != script || len(shadows) != 0 {
		t.Fatalf("mine: %+v %v %v", r, shadows, err)
	}
	mkRecipe(t, a, "mine", script+"// changed\n")
	r, shadows, err = p.Find("mine")
	if err != nil || r.Dir != a || Shadowed(r, shadows) != b {
		t.Fatalf("mine in a: %+v, shadows %q, %v", r, Shadowed(r, shadows), err)
	}
	udplat, _ := scripts.Lookup("udplat")
	mkRecipe(t, b, "udplat", udplat)
	r, shadows, err = p.Find("udplat")
	if err != nil || r.Dir != b || Shadowed(r, shadows) != "" {
		t.Errorf("a copy of the bundled udplat: %+v, shadows %q, %v", r.Origin(), Shadowed(r, shadows), err)
	}
	mkRecipe(t, a, "udplat", "// udplat: my own\nBEGIN { exit(); }\n")
	r, shadows, _ = p.Find("udplat")
	if Shadowed(r, shadows) != b+", "+Bundled {
		t.Errorf("udplat of a shadows %q", Shadowed(r, shadows))
	}
	if r.Description() != "my own" {
		t.Errorf("description %q", r.Description())
	}
	r, _, err = p.Find("syscount")
	if err != nil || r.Origin() != Bundled {
		t.Errorf("syscount: %+v %v", r, err)
	}
	for _, name := range []string{"nosuch", "../a/mine", ".hidden", ""} {
		if _, _, err := p.Find(name); !errors.Is(err, ErrNotFound) {
			t.Errorf("Find(%q): %v", name, err)
		}
	}
}

// A recipe anyone could have written, or another user, is refused with
// an error naming what is wrong, and the search does not go on to the
// next recipe of that name; a directory that would be refused but does
// not hold the name does not stop the search.
func TestFindRefusesUntrusted(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to make files of another user")
	}
	root := t.TempDir()
	good := filepath.Join(root, "good")
	mkRecipe(t, good, "mine", script)
	bad := filepath.Join(root, "bad")
	file := mkRecipe(t, bad, "mine", script)
	mkRecipe(t, bad, "other", script)
	p := Path{Dirs: []string{bad, good}}
	refused := func(name, want string) {
		t.Helper()
		_, _, err := p.Find(name)
		if !errors.Is(err, ErrUntrusted) || !strings.Contains(err.Error(), want) {
			t.Errorf("Find(%s): %v, want %q", name, err, want)
		}
	}
	if _, _, err := p.Find("mine"); err != nil {
		t.Fatal(err)
	}
	os.Chmod(file, 0o646)
	refused("mine", "recipe "+file+" is writable by every user: refusing to run it (chmod o-w "+file+")")
	os.Chmod(file, 0o644)
	os.Chown(file, 65534, 65534)
	refused("mine", "recipe "+file+" belongs to user 65534")
	os.Chown(file, 0, 0)

	os.Chmod(bad, 0o757)
	refused("mine", "the directory "+bad+" is writable by every user")
	// Even sticky: anyone could add a recipe to it.
	os.Chmod(bad, 0o777|os.ModeSticky)
	refused("mine", "the directory "+bad+" is writable by every user")
	if r, _, err := p.Find("nothere"); !errors.Is(err, ErrNotFound) {
		t.Errorf("a name the refused directory lacks: %+v %v", r, err)
	}
	os.Chmod(bad, 0o755)
	os.Chown(bad, 65534, 65534)
	refused("mine", "the directory "+bad+" belongs to user 65534")
	os.Chown(bad, 0, 0)

	// A directory above: writable by all only if sticky, as /tmp.
	up := filepath.Join(root, "up")
	deep := filepath.Join(up, "recipes")
	mkRecipe(t, deep, "deep", script)
	p = Path{Dirs: []string{deep}}
	os.Chmod(up, 0o777)
	refused("deep", "the directory "+up+" is writable by every user")
	os.Chmod(up, 0o777|os.ModeSticky)
	if _, _, err := p.Find("deep"); err != nil {
		t.Errorf("below a sticky directory: %v", err)
	}
	os.Chmod(up, 0o755)

	// Symbolic links: followed if root's or the user's, and what they
	// lead to is checked as well.
	links := filepath.Join(root, "links")
	os.MkdirAll(links, 0o755)
	os.Symlink(filepath.Join(good, "mine"+Ext), filepath.Join(links, "ok"+Ext))
	theirs := filepath.Join(links, "theirs"+Ext)
	os.Symlink(filepath.Join(good, "mine"+Ext), theirs)
	os.Lchown(theirs, 65534, 65534)
	open := filepath.Join(root, "open")
	mkRecipe(t, open, "x", script)
	os.Chmod(open, 0o777)
	os.Symlink(filepath.Join(open, "x"+Ext), filepath.Join(links, "into-open"+Ext))
	p = Path{Dirs: []string{links}}
	if r, _, err := p.Find("ok"); err != nil || r.Source != script {
		t.Errorf("through our link: %+v %v", r, err)
	}
	refused("theirs", "is a symbolic link of user 65534")
	refused("into-open", "the directory "+open+" is writable by every user")
}

// The listing has every recipe of every directory and the bundled ones,
// a name's copies in search order, and a refused one with its reason.
func TestAll(t *testing.T) {
	root := t.TempDir()
	a, b := filepath.Join(root, "a"), filepath.Join(root, "b")
	mkRecipe(t, a, "syscount", script)
	mkRecipe(t, b, "syscount", script)
	mkRecipe(t, b, "zz", script)
	os.WriteFile(filepath.Join(b, "notes.txt"), nil, 0o644)
	p := Path{Dirs: []string{a, b, filepath.Join(root, "none")}}
	var got []string
	for _, r := range p.All() {
		if r.Name == "syscount" || r.Name == "zz" {
			got = append(got, r.Name+"@"+r.Origin())
		}
	}
	want := "syscount@" + a + " syscount@" + b + " syscount@bundled zz@" + b
	if strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
	if n := len(p.All()); n != len(scripts.Names())+3 {
		t.Errorf("%d recipes listed", n)
	}
	if os.Geteuid() != 0 {
		return
	}
	os.Chmod(b, 0o777)
	for _, r := range p.All() {
		if r.Dir == b && (r.Name != "" || !errors.Is(r.Err, ErrUntrusted)) {
			t.Errorf("in a refused directory: %+v", r)
		}
	}
}

// Install writes a recipe readable by all, into a directory it makes;
// it replaces one only when asked, and never writes where recipes would
// be refused.
func TestInstall(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "cfg", "ntrace", "recipes")
	path, err := Install(dir, "mine", []byte(script), false)
	if err != nil || path != filepath.Join(dir, "mine.nt") {
		t.Fatalf("Install: %s %v", path, err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o644 {
		t.Fatalf("installed: %v %v", st.Mode(), err)
	}
	if _, err := Install(dir, "mine", []byte("// other\n"), false); err == nil || !strings.Contains(err.Error(), "exists: give --force to replace it") {
		t.Errorf("over an existing one: %v", err)
	}
	if _, err := Install(dir, "mine", []byte("// other\n"), true); err != nil {
		t.Errorf("replacing: %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "// other\n" {
		t.Errorf("replaced with %q", b)
	}
	if r, _, err := (Path{Dirs: []string{dir}}).Find("mine"); err != nil || r.Source != "// other\n" {
		t.Errorf("found %+v %v", r, err)
	}
	if _, err := Install(dir, "../x", []byte(script), false); err == nil {
		t.Error("a name with a slash was taken")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left in the directory: %v", entries)
	}
	if os.Geteuid() == 0 {
		os.Chmod(dir, 0o777)
		if _, err := Install(dir, "new", []byte(script), false); !errors.Is(err, ErrUntrusted) {
			t.Errorf("into a world-writable directory: %v", err)
		}
		if _, err := os.Stat(filepath.Join(dir, "new.nt")); err == nil {
			t.Error("installed into a world-writable directory")
		}
	}
}

func TestFetchRefusesPlainHTTP(t *testing.T) {
	_, err := Fetch(t.Context(), "http://example.com/x.nt")
	if err == nil || !strings.Contains(err.Error(), "only https is taken") {
		t.Errorf("http: %v", err)
	}
}
