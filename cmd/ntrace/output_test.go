package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
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

// -o does not write into what another user controls: their FIFO, their
// terminal (a character device of theirs), or a path through a symbolic
// link of theirs to a directory, where the file would land wherever they
// point it. Links of root or of the user running ntrace are followed, as
// /var/run is one on most systems.
func TestCreateOutputOthers(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to make files of another user")
	}
	dir := t.TempDir()
	chown := func(p string) {
		t.Helper()
		if err := os.Lchown(p, 65534, 65534); err != nil {
			t.Fatal(err)
		}
	}
	theirFIFO := filepath.Join(dir, "their.fifo")
	if err := syscall.Mkfifo(theirFIFO, 0o666); err != nil {
		t.Fatal(err)
	}
	chown(theirFIFO)
	theirTTY := filepath.Join(dir, "their.tty")
	if err := syscall.Mknod(theirTTY, syscall.S_IFCHR|0o620, int(unix.Mkdev(136, 99))); err != nil {
		t.Fatal(err)
	}
	chown(theirTTY)
	target := filepath.Join(dir, "etc")
	if err := os.Mkdir(target, 0o755); err != nil {
		t.Fatal(err)
	}
	victim := filepath.Join(target, "passwd")
	if err := os.WriteFile(victim, []byte("root:x:0:0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	theirs := filepath.Join(dir, "theirs")
	if err := os.Mkdir(theirs, 0o777); err != nil {
		t.Fatal(err)
	}
	theirLink := filepath.Join(theirs, "d")
	if err := os.Symlink(target, theirLink); err != nil {
		t.Fatal(err)
	}
	chown(theirLink)
	for path, want := range map[string]string{
		theirFIFO:                            "is a FIFO of user 65534: refusing to write to it",
		theirTTY:                             "is a device of user 65534 (another user's terminal?): refusing to write to it",
		filepath.Join(theirLink, "passwd"):   "the directory d on its way is a symbolic link of user 65534: refusing to follow it",
		filepath.Join(theirLink, "new.txt"):  "the directory d on its way is a symbolic link of user 65534: refusing to follow it",
		filepath.Join(theirs, "d", "x", "y"): "the directory d on its way is a symbolic link of user 65534",
	} {
		f, err := createOutput(path)
		if err == nil {
			f.Close()
			t.Errorf("createOutput(%s) succeeded", path)
		} else if !strings.Contains(err.Error(), want) {
			t.Errorf("createOutput(%s): %v, want %q", path, err, want)
		}
	}
	if b, _ := os.ReadFile(victim); string(b) != "root:x:0:0\n" {
		t.Errorf("the file behind their link was changed: %q", b)
	}
	if _, err := os.Stat(filepath.Join(target, "new.txt")); !os.IsNotExist(err) {
		t.Errorf("a file was created behind their link")
	}

	// Our own link (root's here) to a directory is followed, relative or
	// absolute; our own FIFO is written to once it has a reader.
	mine := filepath.Join(dir, "mine")
	if err := os.Symlink("etc", mine); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(mine, "out.txt")
	f, err := createOutput(out)
	if err != nil {
		t.Fatalf("createOutput(%s): %v", out, err)
	}
	f.WriteString("ok\n")
	f.Close()
	if b, _ := os.ReadFile(filepath.Join(target, "out.txt")); string(b) != "ok\n" {
		t.Errorf("through our own link: %q", b)
	}
	fifo := filepath.Join(dir, "my.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	got := make(chan string)
	go func() {
		b, _ := os.ReadFile(fifo)
		got <- string(b)
	}()
	f, err = createOutput(fifo)
	if err != nil {
		t.Fatalf("createOutput(%s): %v", fifo, err)
	}
	f.WriteString("through the fifo\n")
	f.Close()
	if s := <-got; s != "through the fifo\n" {
		t.Errorf("our FIFO carried %q", s)
	}
}
