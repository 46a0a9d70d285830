package main

import (
	"fmt"

	"golang.org/x/sys/unix"
)

// The ranges of the numeric flags (the README's limits table). A value
// outside its range is an error, never a value wrapped to another: the
// kernel takes these as 32-bit numbers, where 4294967297 would be 1.
const (
	maxMapSize    = 1 << 31 // the most entries a kernel hash map takes
	minBufferSize = 4096    // a page
	maxBufferSize = 1 << 30 // 1 GiB
	maxPID        = 1 << 22 // PID_MAX_LIMIT on 64-bit kernels
)

// checkFlagRanges refuses a numeric flag outside its range.
func checkFlagRanges(o *options) error {
	if o.mapSize < 1 || o.mapSize > maxMapSize {
		return fmt.Errorf("--map-size %d: the number of keys is from 1 to %d", o.mapSize, maxMapSize)
	}
	if o.bufferSize != 0 && (o.bufferSize < minBufferSize || o.bufferSize > maxBufferSize) {
		return fmt.Errorf("--buffer-size %d: the size in bytes is from %d to %d (1 GiB)", o.bufferSize, minBufferSize, maxBufferSize)
	}
	if o.bufferSize&(o.bufferSize-1) != 0 {
		// The kernel takes a ring buffer, and maps a perf buffer, only
		// in a power of two of pages.
		return fmt.Errorf("--buffer-size %d: the size must be a power of two (such as %d or %d)", o.bufferSize, prevPowerOfTwo(o.bufferSize), 2*prevPowerOfTwo(o.bufferSize))
	}
	if o.pid < 0 || o.pid > maxPID {
		return fmt.Errorf("-p %d: a process ID is from 1 to %d", o.pid, maxPID)
	}
	return nil
}

// prevPowerOfTwo is the largest power of two not above n (n > 0).
func prevPowerOfTwo(n int) int {
	p := 1
	for p <= n/2 {
		p *= 2
	}
	return p
}

// checkProcess refuses -p of a process that does not exist.
func checkProcess(pid int) error {
	if pid == 0 {
		return nil
	}
	if err := unix.Kill(pid, 0); err == unix.ESRCH {
		return fmt.Errorf("-p %d: no such process", pid)
	}
	return nil
}

// watchProcess calls gone once the process pid has exited, and returns a
// function that ends the watch. Without pidfds (before Linux 5.3) it
// does not watch.
func watchProcess(pid int, gone func()) (stop func()) {
	if pid == 0 {
		return func() {}
	}
	fd, err := unix.PidfdOpen(pid, 0)
	if err != nil {
		return func() {}
	}
	done := make(chan struct{})
	go func() {
		defer unix.Close(fd)
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		for {
			select {
			case <-done:
				return
			default:
			}
			// A pidfd polls readable once its process has exited.
			n, err := unix.Poll(fds, 100)
			if err == nil && n > 0 {
				gone()
				return
			}
		}
	}()
	return func() { close(done) }
}
