package runtime

import (
	"os"

	"golang.org/x/sys/unix"
)

// readSmallFile reads a small file of procfs, sysfs, cgroupfs or tracefs
// with the system calls it takes: open, read until the end, close.
// os.ReadFile adds a stat, flag reads and, for most of these files, a
// poller registration and its removal, about five calls more a file at
// some 2 µs each here; start-up reads these files (the memory cgroup's
// limits, tracepoint formats) on the way to the first event.
func readSmallFile(name string) ([]byte, error) {
	fd, err := unix.Open(name, unix.O_RDONLY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: name, Err: err}
	}
	defer unix.Close(fd)
	buf := make([]byte, 0, 4096)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := unix.Read(fd, buf[len(buf):cap(buf)])
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "read", Path: name, Err: err}
		}
		if n == 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
	}
}
