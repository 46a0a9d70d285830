package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"

	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/internal/safepath"
	"github.com/ntrace/ntrace/runtime/format"
)

// createOutput opens -o's file for writing without being led into a file
// ntrace did not mean to write, since it runs as root:
//
//   - the file itself may not be a symbolic link, whether it points at a
//     file or nowhere;
//   - a directory on the way to it may be a symbolic link only if the
//     link belongs to root or to the user running ntrace (as the kernel's
//     fs.protected_symlinks has it for sticky directories): a link
//     another user planted in a directory of the path is refused;
//   - an existing regular file is overwritten only if it belongs to the
//     user running ntrace and has no other name (a hard link count of 1);
//     otherwise it is refused and left as it was;
//   - a new file is created with mode 0644;
//   - a FIFO is written to only if it belongs to the user running ntrace,
//     a character device (/dev/null, a terminal) only if it belongs to
//     that user or to root: another user's FIFO or terminal is refused;
//     any other kind of file is refused.
//
// Each directory is opened in turn and the next name looked up in the one
// opened, and the file is checked as opened, before it is written: a link
// swapped in meanwhile changes nothing. (-o /dev/stdout and /dev/stderr
// are ntrace's own, and never reach here.)
func createOutput(path string) (*os.File, error) {
	dirfd, _, base, err := safepath.Walk{What: "output file"}.OpenParent(path)
	if err != nil {
		return nil, err
	}
	defer unix.Close(dirfd)
	fd, err := unix.Openat(dirfd, base, unix.O_PATH|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0)
	if errors.Is(err, unix.ENOENT) {
		fd, err = unix.Openat(dirfd, base, unix.O_WRONLY|unix.O_CREAT|unix.O_EXCL|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0o644)
		if err != nil {
			return nil, fmt.Errorf("opening output file: %w", &os.PathError{Op: "create", Path: path, Err: err})
		}
		return os.NewFile(uintptr(fd), path), nil
	}
	if err != nil {
		return nil, fmt.Errorf("opening output file: %w", &os.PathError{Op: "open", Path: path, Err: err})
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, fmt.Errorf("opening output file: %w", err)
	}
	if err := checkOutput(&st, path); err != nil {
		return nil, err
	}
	// Open for writing the very file checked (the O_PATH descriptor's),
	// not whatever the name points at by now. A FIFO waits here for its
	// reader, as FIFOs do.
	f, err := os.OpenFile("/proc/self/fd/"+strconv.Itoa(fd), os.O_WRONLY, 0)
	if err != nil {
		return nil, fmt.Errorf("opening output file: %w", &os.PathError{Op: "open", Path: path, Err: errors.Unwrap(err)})
	}
	if st.Mode&unix.S_IFMT == unix.S_IFREG {
		if err := f.Truncate(0); err != nil {
			f.Close()
			return nil, fmt.Errorf("truncating output file: %w", err)
		}
	}
	return f, nil
}

// checkOutput says whether the existing file st describes may be written
// as -o's output.
func checkOutput(st *unix.Stat_t, path string) error {
	euid := os.Geteuid()
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFLNK:
		return fmt.Errorf("output file %s is a symbolic link: refusing to follow it (give the file it points to)", path)
	case unix.S_IFREG:
		if int(st.Uid) != euid {
			return fmt.Errorf("output file %s exists and belongs to user %d: refusing to overwrite it (remove it, or choose another name)", path, st.Uid)
		}
		if st.Nlink > 1 {
			return fmt.Errorf("output file %s has %d names (hard links): refusing to overwrite it (remove it, or choose another name)", path, st.Nlink)
		}
	case unix.S_IFIFO:
		if int(st.Uid) != euid {
			return fmt.Errorf("output file %s is a FIFO of user %d: refusing to write to it (make your own)", path, st.Uid)
		}
	case unix.S_IFCHR:
		if int(st.Uid) != euid && st.Uid != 0 {
			return fmt.Errorf("output file %s is a device of user %d (another user's terminal?): refusing to write to it", path, st.Uid)
		}
	case unix.S_IFDIR:
		return fmt.Errorf("opening output file: %s is a directory", path)
	default:
		return fmt.Errorf("output file %s is not a regular file, a FIFO or a character device", path)
	}
	return nil
}

// outputStyle is the text style -f asks for: bpftrace 0.17's for
// text-0.17, else today's bpftrace's.
func outputStyle(f string) format.Style {
	if f == textBpftrace017 {
		return format.Bpftrace017
	}
	return format.Current
}
