package main

import (
	"fmt"
	"os"
	"syscall"
)

// createOutput opens -o's file for writing without following a link into
// a file ntrace did not mean to write, since it runs as root:
//
//   - a symbolic link is refused, whether it points at a file or nowhere
//     (O_NOFOLLOW);
//   - an existing regular file is overwritten only if it belongs to the
//     user running ntrace and has no other name (a hard link count of 1);
//     otherwise it is refused and left as it was;
//   - a new file is created with mode 0644;
//   - a FIFO or a character device (/dev/null, a terminal) is written to
//     as it is; any other kind of file is refused.
//
// What is checked is the file opened, not the name, so a link swapped in
// between the check and the write changes nothing.
func createOutput(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|syscall.O_NOFOLLOW, 0o644)
	if err != nil {
		if pe, ok := err.(*os.PathError); ok && pe.Err == syscall.ELOOP {
			return nil, fmt.Errorf("output file %s is a symbolic link: refusing to follow it (give the file it points to)", path)
		}
		return nil, fmt.Errorf("opening output file: %w", err)
	}
	if err := checkOutput(f, path); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

func checkOutput(f *os.File, path string) error {
	var st syscall.Stat_t
	if err := syscall.Fstat(int(f.Fd()), &st); err != nil {
		return fmt.Errorf("opening output file: %w", err)
	}
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFREG:
	case syscall.S_IFIFO, syscall.S_IFCHR:
		return nil
	default:
		return fmt.Errorf("output file %s is not a regular file, a FIFO or a character device", path)
	}
	if int(st.Uid) != os.Geteuid() {
		return fmt.Errorf("output file %s exists and belongs to user %d: refusing to overwrite it (remove it, or choose another name)", path, st.Uid)
	}
	if st.Nlink > 1 {
		return fmt.Errorf("output file %s has %d names (hard links): refusing to overwrite it (remove it, or choose another name)", path, st.Nlink)
	}
	if err := f.Truncate(0); err != nil {
		return fmt.Errorf("truncating output file: %w", err)
	}
	return nil
}
