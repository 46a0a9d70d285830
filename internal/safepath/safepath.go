// Package safepath opens files for a program running as root without
// being led by another user to a file it did not mean: a path is walked
// one name at a time, each directory opened in the one before it, a
// symbolic link on the way followed only if it belongs to root or to the
// user running the program (as the kernel's fs.protected_symlinks has it
// for sticky directories), and each directory passed shown to the caller
// as opened, so a link or directory swapped in meanwhile changes nothing.
package safepath

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/sys/unix"
)

// MaxLinks bounds the symbolic links followed on the way, as the kernel's
// 40.
const MaxLinks = 40

// Walk walks paths. What names the path in errors ("output file",
// "recipe"). Dir, when set, is called with each directory the walk opens,
// from the first ("/" or ".") to the one holding the last name, with the
// path it was reached by and its status; an error from it ends the walk.
type Walk struct {
	What string
	Dir  func(dir string, st *unix.Stat_t) error
}

// OpenParent opens the directory path's last name is in, and returns it
// (an O_PATH descriptor, the caller's to close), the path it was reached
// by, and that last name.
func (w Walk) OpenParent(path string) (dirfd int, dir, base string, err error) {
	d, base := filepath.Split(path)
	if base == "" || base == "." || base == ".." {
		return -1, "", "", fmt.Errorf("opening %s: %s names a directory", w.What, path)
	}
	dirfd, dir, err = w.walk(path, d)
	return dirfd, dir, base, err
}

// OpenDir opens the directory path (an O_PATH descriptor, the caller's to
// close) and returns it with the path it was reached by.
func (w Walk) OpenDir(path string) (dirfd int, dir string, err error) {
	return w.walk(path, path)
}

// walk opens the directory d, the directory part of path.
func (w Walk) walk(path, d string) (dirfd int, dir string, err error) {
	dir = "."
	if filepath.IsAbs(path) {
		dir = "/"
	}
	dirfd, err = w.openDir(-1, dir, dir)
	if err != nil {
		return -1, "", fmt.Errorf("opening %s: %w", w.What, err)
	}
	names := SplitPath(d)
	links := 0
	for len(names) > 0 {
		name := names[0]
		names = names[1:]
		fd, err := unix.Openat(dirfd, name, unix.O_PATH|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0)
		if err != nil {
			unix.Close(dirfd)
			return -1, "", fmt.Errorf("opening %s: %w", w.What, &os.PathError{Op: "open", Path: path, Err: err})
		}
		var st unix.Stat_t
		if err := unix.Fstat(fd, &st); err != nil {
			unix.Close(fd)
			unix.Close(dirfd)
			return -1, "", fmt.Errorf("opening %s: %w", w.What, err)
		}
		switch st.Mode & unix.S_IFMT {
		case unix.S_IFDIR:
			unix.Close(dirfd)
			dirfd, dir = fd, filepath.Join(dir, name)
			if w.Dir != nil {
				if err := w.Dir(dir, &st); err != nil {
					unix.Close(dirfd)
					return -1, "", err
				}
			}
			continue
		case unix.S_IFLNK:
		default:
			unix.Close(fd)
			unix.Close(dirfd)
			return -1, "", fmt.Errorf("opening %s %s: %s is not a directory", w.What, path, name)
		}
		target, err := w.FollowLink(fd, &st, path, name)
		unix.Close(fd)
		links++
		if err == nil && links > MaxLinks {
			err = fmt.Errorf("opening %s %s: %w", w.What, path, unix.ELOOP)
		}
		if err != nil {
			unix.Close(dirfd)
			return -1, "", err
		}
		names = append(SplitPath(target), names...)
		if filepath.IsAbs(target) {
			unix.Close(dirfd)
			dir = "/"
			if dirfd, err = w.openDir(-1, dir, dir); err != nil {
				return -1, "", fmt.Errorf("opening %s: %w", w.What, err)
			}
		}
	}
	return dirfd, dir, nil
}

// openDir opens the directory name in dirfd (or the process's root or
// working directory, for dirfd -1), reached as dir, and shows it to Dir.
func (w Walk) openDir(dirfd int, name, dir string) (int, error) {
	if dirfd == -1 {
		dirfd = unix.AT_FDCWD
	}
	fd, err := unix.Openat(dirfd, name, unix.O_PATH|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return -1, &os.PathError{Op: "open", Path: dir, Err: err}
	}
	if w.Dir == nil {
		return fd, nil
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		unix.Close(fd)
		return -1, err
	}
	if err := w.Dir(dir, &st); err != nil {
		unix.Close(fd)
		return -1, err
	}
	return fd, nil
}

// FollowLink reads the target of the symbolic link fd (an O_PATH
// descriptor, with status st) met as name on the way to path, if it
// belongs to root or to the user running the program.
func (w Walk) FollowLink(fd int, st *unix.Stat_t, path, name string) (string, error) {
	if int(st.Uid) != os.Geteuid() && st.Uid != 0 {
		return "", fmt.Errorf("%s %s: the directory %s on its way is a symbolic link of user %d: refusing to follow it (give the path without it)", w.What, path, name, st.Uid)
	}
	target, err := readLink(fd)
	if err != nil {
		return "", fmt.Errorf("opening %s: reading the link %s: %w", w.What, name, err)
	}
	return target, nil
}

// SplitPath splits a path into its names, leaving out empty ones and ".".
func SplitPath(p string) []string {
	var out []string
	for _, n := range strings.Split(p, "/") {
		if n != "" && n != "." {
			out = append(out, n)
		}
	}
	return out
}

// readLink reads the target of the symbolic link an O_PATH descriptor
// holds.
func readLink(fd int) (string, error) {
	buf := make([]byte, unix.PathMax)
	n, err := unix.Readlinkat(fd, "", buf)
	if err != nil {
		return "", err
	}
	return string(buf[:n]), nil
}
