package binfile

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	goruntime "runtime"
	"sort"
	"strings"
)

// A uprobe's binary may be named as the dynamic linker names libraries
// (uprobe:libc:malloc, uprobe:libssl.so.3:SSL_read), as bpftrace allows:
// a name starting with "lib" and without a slash is found, in this order,
//
//   - among the files the traced process (-p) has mapped, when there is
//     one: the library it actually loaded;
//   - in the dynamic linker's cache, /etc/ld.so.cache (what ldconfig -p
//     lists), for this machine's architecture;
//   - in the directories the dynamic linker searches by default.
//
// The name matches a library whose file or soname is the name itself, or
// the name followed by ".so" and anything: "libc" finds libc.so.6.

// ldCachePath is the dynamic linker's cache; a variable for tests.
var ldCachePath = "/etc/ld.so.cache"

// libraryDirs are the directories ld.so searches when the cache lacks a
// library, most specific first.
var libraryDirs = []string{
	"/lib/" + multiarch(), "/usr/lib/" + multiarch(), "/lib64", "/usr/lib64", "/lib", "/usr/lib",
}

// multiarch is Debian's name for this architecture's library directory.
func multiarch() string {
	switch goruntime.GOARCH {
	case "arm64":
		return "aarch64-linux-gnu"
	case "386":
		return "i386-linux-gnu"
	}
	return "x86_64-linux-gnu"
}

// libraryMatches reports whether a library's file name or soname is what
// a script named name means.
func libraryMatches(file, name string) bool {
	return file == name || strings.HasPrefix(file, name+".so")
}

// FindLibrary finds the library a uprobe names (see above). pid, when
// not 0, is the traced process.
func FindLibrary(name string, pid int) (string, error) {
	if pid > 0 {
		if p := mappedLibrary(pid, name); p != "" {
			return p, nil
		}
	}
	if p, err := cachedLibrary(ldCachePath, name); err == nil && p != "" {
		return p, nil
	}
	for _, dir := range libraryDirs {
		matches, _ := filepath.Glob(filepath.Join(dir, name+"*"))
		sort.Strings(matches)
		for _, m := range matches {
			if libraryMatches(filepath.Base(m), name) && isRegularFile(m) {
				return m, nil
			}
		}
	}
	return "", fmt.Errorf("no library %s in the dynamic linker's cache (ldconfig -p) or in %s; give its path", name, strings.Join(libraryDirs, ", "))
}

func isRegularFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// mappedLibrary returns the file process pid has mapped that matches
// name, or "": its path, or the path through /proc/PID/root when ntrace
// does not see the file there (another mount namespace).
func mappedLibrary(pid int, name string) string {
	f, err := os.Open(fmt.Sprintf("/proc/%d/maps", pid))
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || !strings.HasPrefix(fields[5], "/") {
			continue
		}
		if p := fields[5]; libraryMatches(filepath.Base(p), name) {
			if isRegularFile(p) {
				return p
			}
			return fmt.Sprintf("/proc/%d/root%s", pid, p) // in its own mount namespace
		}
	}
	return ""
}

// The ld.so.cache format of glibc 2.32 and later ("new" format, which
// older glibc also appends after the old one): a header, then entries of
// flags, key (soname) and value (path) as offsets of NUL-terminated
// strings from the header's start.
const (
	ldCacheMagic     = "glibc-ld.so.cache1.1"
	ldCacheHeader    = 48 // magic, nlibs, len_strings, flags and padding, extension offset, unused
	ldCacheEntrySize = 24 // flags, key, value, osversion, hwcap
	ldFlagLibc6      = 0x0003
)

// ldCacheArch is the architecture bits of this machine's libraries in
// the cache's entry flags (FLAG_X8664_LIB64, FLAG_AARCH64_LIB64).
func ldCacheArch() int32 {
	switch goruntime.GOARCH {
	case "amd64":
		return 0x0300
	case "arm64":
		return 0x0a00
	}
	return 0
}

// cachedLibrary returns the first library in the dynamic linker's cache at
// path whose soname matches name, for this architecture, or "".
func cachedLibrary(path, name string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	base := bytes.Index(data, []byte(ldCacheMagic))
	if base < 0 || len(data) < base+ldCacheHeader {
		return "", errors.New("not a glibc ld.so.cache")
	}
	c := data[base:]
	nlibs := int(binary.LittleEndian.Uint32(c[20:]))
	str := func(off uint32) string {
		if int(off) >= len(c) {
			return ""
		}
		s := c[off:]
		if i := bytes.IndexByte(s, 0); i >= 0 {
			s = s[:i]
		}
		return string(s)
	}
	for i := 0; i < nlibs; i++ {
		e := c[min(len(c), ldCacheHeader+i*ldCacheEntrySize):]
		if len(e) < ldCacheEntrySize {
			break
		}
		flags := int32(binary.LittleEndian.Uint32(e))
		if flags&0xff != ldFlagLibc6 || (ldCacheArch() != 0 && flags&0xff00 != ldCacheArch()) {
			continue
		}
		soname, file := str(binary.LittleEndian.Uint32(e[4:])), str(binary.LittleEndian.Uint32(e[8:]))
		if libraryMatches(soname, name) && isRegularFile(file) {
			return file, nil
		}
	}
	return "", nil
}
