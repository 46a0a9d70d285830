package runtime

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode"

	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime/format"
)

// resolver turns the values a probe keeps as numbers into the text they
// print as, when they are printed, as bpftrace does: usym's symbol,
// username's name, strftime's date, strerror's message, cgroup_path's
// paths, buf's escaped bytes.
type resolver struct {
	mu      sync.Mutex // resolve may be called from a metrics scrape too
	users   *userSymbols
	passwd  map[uint32]string // read again when a uid is not in it
	boot    time.Time         // the wall-clock time nsecs counts from
	cgroups map[cgroupKey]string
}

type cgroupKey struct {
	id   uint64
	root string
}

func newResolver() *resolver {
	return &resolver{users: newUserSymbols(), boot: bootTime(), cgroups: map[cgroupKey]string{}}
}

// resolve decodes a value of one of the kinds above from b.
func (r *resolver) resolve(b []byte, t *lang.Type) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	w := binary.LittleEndian.Uint64(b)
	switch t.Kind {
	case lang.Usym:
		pid := uint32(binary.LittleEndian.Uint64(b[8:]))
		if f := r.users.symbolize(pid, w); f.sym != "" {
			return f.sym
		}
		return fmt.Sprintf("0x%x", w)
	case lang.Username:
		return r.username(uint32(w))
	case lang.Timestamp:
		return r.timestamp(t.Format, w)
	case lang.Errno:
		return Strerror(int32(w))
	case lang.Syscall:
		if name, ok := lang.SyscallName(int64(w)); ok {
			return name
		}
		return strconv.FormatInt(int64(w), 10)
	case lang.CgroupPath:
		return r.cgroupPath(w, t.Format)
	}
	return "?"
}

// username is the name /etc/passwd gives uid, or "" (as bpftrace).
func (r *resolver) username(uid uint32) string {
	if name, ok := r.passwd[uid]; ok {
		return name
	}
	r.passwd = readPasswd("/etc/passwd")
	return r.passwd[uid]
}

// readPasswd maps each uid of a passwd file to the first name it has.
func readPasswd(path string) map[uint32]string {
	out := map[uint32]string{}
	f, err := os.Open(path)
	if err != nil {
		return out
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), ":")
		if len(fields) < 3 {
			continue
		}
		uid, err := strconv.ParseUint(fields[2], 10, 32)
		if _, seen := out[uint32(uid)]; err == nil && !seen {
			out[uint32(uid)] = fields[0]
		}
	}
	return out
}

// bootTime is the wall-clock time at which CLOCK_MONOTONIC, which nsecs
// reads, was 0: the realtime clock less the monotonic one, read with the
// least time between the two readings of ten tries.
func bootTime() time.Time {
	var best time.Time
	var bestGap int64 = 1 << 62
	for i := 0; i < 10; i++ {
		var before, mono, after unix.Timespec
		// These clocks always exist: clock_gettime cannot fail here.
		_ = unix.ClockGettime(unix.CLOCK_REALTIME, &before)
		_ = unix.ClockGettime(unix.CLOCK_MONOTONIC, &mono)
		_ = unix.ClockGettime(unix.CLOCK_REALTIME, &after)
		gap := after.Nano() - before.Nano()
		if gap < bestGap {
			bestGap = gap
			best = time.Unix(0, before.Nano()+gap/2-mono.Nano())
		}
	}
	return best
}

// timestamp formats nanoseconds since boot with a strftime format, in
// local time; %f is the microseconds. As in bpftrace, a result of more
// than 63 bytes prints as "(?)".
func (r *resolver) timestamp(strftime string, ns uint64) string {
	t := r.boot.Add(time.Duration(ns))
	f := strings.ReplaceAll(strftime, "%f", fmt.Sprintf("%06d", t.Nanosecond()/1000))
	s := format.TimeString(f, t)
	if len(s) > 63 {
		return "(?)"
	}
	return s
}

// Strerror is the C library's message for an error number, as glibc's
// strerror gives it: Go's table of the same messages, which it writes with
// a lower-case first letter.
func Strerror(n int32) string {
	switch n {
	case 0:
		return "Success"
	case 133: // EHWPOISON, which Go's table lacks
		return "Memory page has hardware error"
	}
	msg := syscall.Errno(n).Error()
	if n < 0 || strings.HasPrefix(msg, "errno ") {
		return fmt.Sprintf("Unknown error %d", n)
	}
	first := []rune(msg)[0]
	return string(unicode.ToUpper(first)) + msg[len(string(first)):]
}

// cgroupPath is cgroup_path()'s text, as bpftrace 0.17 makes it: for each
// cgroup hierarchy mounted whose name matches filter ("unified" for cgroup
// v2, the mount point's last element for v1), unified first and then by
// name, "name:path" of the cgroup directory whose inode is id, comma
// separated; hierarchies where there is none are left out.
func (r *resolver) cgroupPath(id uint64, filter string) string {
	var parts []string
	for _, root := range cgroupRoots() {
		if !lang.GlobMatch(filter, root.name) {
			continue
		}
		key := cgroupKey{id, root.dir}
		p, ok := r.cgroups[key]
		if !ok || inode(filepath.Join(root.dir, p)) != id {
			p = findCgroup(root.dir, id)
			r.cgroups[key] = p
		}
		if p != "" {
			parts = append(parts, root.name+":"+p)
		}
	}
	return strings.Join(parts, ",")
}

type cgroupRoot struct{ name, dir string }

// cgroupRoots lists the cgroup hierarchies /proc/mounts has, named and
// ordered as cgroupPath says.
func cgroupRoots() []cgroupRoot {
	data, err := os.ReadFile("/proc/mounts")
	if err != nil {
		return nil
	}
	var out []cgroupRoot
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) < 2:
		case f[0] == "cgroup2":
			out = append(out, cgroupRoot{"unified", f[1]})
		case f[0] == "cgroup":
			out = append(out, cgroupRoot{filepath.Base(f[1]), f[1]})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].name == "unified" || out[j].name == "unified" {
			return out[i].name == "unified" && out[j].name != "unified"
		}
		return out[i].name < out[j].name
	})
	return out
}

// findCgroup returns the path under dir ("/" for dir itself) of the
// directory whose inode is id, or "".
func findCgroup(dir string, id uint64) string {
	if inode(dir) == id {
		return "/"
	}
	found := ""
	// A directory that cannot be read is passed over: its cgroups are
	// not found, and the path prints empty, as it would for a gone one.
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() || path == dir {
			return nil
		}
		if inode(path) == id {
			found = strings.TrimPrefix(path, dir)
			return fs.SkipAll
		}
		return nil
	})
	return found
}

// inode is path's inode number, or 0.
func inode(path string) uint64 {
	var st unix.Stat_t
	if unix.Stat(path, &st) != nil {
		return 0
	}
	return st.Ino
}

// CgroupID is the id of the cgroup (v2) at path, as the kernel's
// bpf_get_current_cgroup_id gives it: the cgroup's file handle.
func CgroupID(path string) (uint64, error) {
	h, _, err := unix.NameToHandleAt(unix.AT_FDCWD, path, 0)
	if err != nil {
		return 0, fmt.Errorf("%w", err)
	}
	b := h.Bytes()
	if len(b) < 8 {
		return 0, fmt.Errorf("%s has a file handle of %d bytes, not a cgroup's 8", path, len(b))
	}
	return binary.LittleEndian.Uint64(b), nil
}
