package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// -o never writes through a symbolic link or into a file with other names
// or another owner, and leaves such a file as it was; a file of ours is
// overwritten, a new one created.
func TestCreateOutput(t *testing.T) {
	dir := t.TempDir()
	victim := filepath.Join(dir, "victim")
	if err := os.WriteFile(victim, []byte("precious\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mustSymlink := func(target, name string) string {
		p := filepath.Join(dir, name)
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	link := mustSymlink(victim, "link")
	dangling := mustSymlink(filepath.Join(dir, "nowhere"), "dangling")
	hard := filepath.Join(dir, "hard")
	if err := os.Link(victim, hard); err != nil {
		t.Fatal(err)
	}
	refused := []struct {
		path, want string
	}{
		{link, "is a symbolic link: refusing to follow it"},
		{dangling, "is a symbolic link: refusing to follow it"},
		{hard, "has 2 names (hard links): refusing to overwrite it"},
		{dir, "opening output file"}, // a directory
	}
	if os.Geteuid() == 0 {
		theirs := filepath.Join(dir, "theirs")
		if err := os.WriteFile(theirs, []byte("theirs\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chown(theirs, 65534, 65534); err != nil {
			t.Fatal(err)
		}
		refused = append(refused, struct{ path, want string }{theirs, "belongs to user 65534: refusing to overwrite it"})
	}
	for _, r := range refused {
		f, err := createOutput(r.path)
		if err == nil {
			f.Close()
			t.Errorf("createOutput(%s) succeeded", r.path)
		} else if !strings.Contains(err.Error(), r.want) {
			t.Errorf("createOutput(%s): %v, want %q", r.path, err, r.want)
		}
	}
	if b, _ := os.ReadFile(victim); string(b) != "precious\n" {
		t.Errorf("the linked file was changed: %q", b)
	}
	if _, err := os.Lstat(filepath.Join(dir, "nowhere")); !os.IsNotExist(err) {
		t.Errorf("the dangling link's target was created")
	}

	// Ours: truncated and written; new: created.
	ours := filepath.Join(dir, "ours")
	if err := os.WriteFile(ours, []byte("an older and longer run\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{ours, filepath.Join(dir, "new")} {
		f, err := createOutput(p)
		if err != nil {
			t.Fatalf("createOutput(%s): %v", p, err)
		}
		f.WriteString("run\n")
		f.Close()
		if b, _ := os.ReadFile(p); string(b) != "run\n" {
			t.Errorf("%s holds %q, want %q", p, b, "run\n")
		}
	}
	f, err := createOutput(os.DevNull)
	if err != nil {
		t.Errorf("createOutput(%s): %v", os.DevNull, err)
	} else {
		f.Close()
	}
}
