package recipes

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"strconv"

	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/internal/safepath"
	"github.com/ntrace/ntrace/lang"
)

// ErrUntrusted is what a refused recipe's error is, to errors.Is.
var ErrUntrusted = errors.New("untrusted recipe")

// untrusted is the error for a recipe refused, naming what is wrong.
type untrusted struct{ msg string }

func (e *untrusted) Error() string        { return e.msg }
func (e *untrusted) Is(target error) bool { return target == ErrUntrusted }

// trustedOwner reports whether a file of user uid may be trusted: root's,
// or the user's running ntrace.
func trustedOwner(uid uint32) bool { return uid == 0 || int(uid) == os.Geteuid() }

// ownerName is "user 1000 (alice)", or "user 1000" without a name.
func ownerName(uid uint32) string {
	s := "user " + strconv.FormatUint(uint64(uid), 10)
	if u, err := user.LookupId(strconv.FormatUint(uint64(uid), 10)); err == nil && u.Username != "" {
		s += " (" + u.Username + ")"
	}
	return s
}

// checkDir says whether recipes may be read through the directory dir
// (status st); its errors start with subject, what was being read. holds
// is true for the directory that holds the recipe, which nobody else may
// write to; a directory above it may be writable by all if it is sticky,
// as /tmp is, since then nobody can rename or remove what others made in
// it.
func checkDir(subject, dir string, st *unix.Stat_t, holds bool) error {
	if !trustedOwner(st.Uid) {
		return &untrusted{fmt.Sprintf("%s: the directory %s belongs to %s, not to root or to the user running ntrace: refusing to run a recipe from it", subject, dir, ownerName(st.Uid))}
	}
	if st.Mode&unix.S_IWOTH != 0 && (holds || st.Mode&unix.S_ISVTX == 0) {
		return &untrusted{fmt.Sprintf("%s: the directory %s is writable by every user: refusing to run a recipe from it (chmod o-w %s)", subject, dir, dir)}
	}
	return nil
}

// checkFile says whether the recipe file (status st) may be trusted.
func checkFile(recipe string, st *unix.Stat_t) error {
	switch {
	case st.Mode&unix.S_IFMT != unix.S_IFREG:
		return fmt.Errorf("recipe %s is not a regular file", recipe)
	case !trustedOwner(st.Uid):
		return &untrusted{fmt.Sprintf("recipe %s belongs to %s, not to root or to the user running ntrace: refusing to run it", recipe, ownerName(st.Uid))}
	case st.Mode&unix.S_IWOTH != 0:
		return &untrusted{fmt.Sprintf("recipe %s is writable by every user: refusing to run it (chmod o-w %s)", recipe, recipe)}
	}
	return nil
}

// openDir opens the recipe directory dir for reading, checking it and
// every directory on its way. It returns an error wrapping fs.ErrNotExist
// when dir is not there; the error of a refused directory is
// ErrUntrusted.
func openDir(dir string) (*os.File, error) {
	var refused error
	walk := safepath.Walk{What: "recipe directory", Dir: func(d string, st *unix.Stat_t) error {
		if refused == nil {
			refused = checkDir("recipes in "+dir, d, st, false)
		}
		return nil
	}}
	pathfd, _, err := walk.OpenDir(dir)
	if err != nil {
		return nil, err
	}
	defer unix.Close(pathfd)
	var st unix.Stat_t
	if err := unix.Fstat(pathfd, &st); err != nil {
		return nil, err
	}
	if err := checkDir("recipes in "+dir, dir, &st, true); refused == nil {
		refused = err
	}
	if refused != nil {
		return nil, refused
	}
	fd, err := unix.Openat(pathfd, ".", unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: dir, Err: err}
	}
	return os.NewFile(uintptr(fd), dir), nil
}

// readTrusted reads the recipe file path, which must pass checkFile, as
// must every directory on its way (checkDir): a symbolic link is followed
// only if it belongs to root or to the user running ntrace, and the
// directories on the way to its target are checked as well. It reads at
// most one byte more than lang.MaxScriptSize, for the parser to refuse.
// A recipe that is not there is an error wrapping fs.ErrNotExist, even
// in a directory that would be refused: a recipe that is not read cannot
// do harm.
func readTrusted(path string) ([]byte, error) {
	recipe := path
	for links := 0; ; links++ {
		if links > safepath.MaxLinks {
			return nil, fmt.Errorf("opening recipe %s: %w", recipe, unix.ELOOP)
		}
		var refused error
		walk := safepath.Walk{What: "recipe", Dir: func(d string, st *unix.Stat_t) error {
			if refused == nil {
				refused = checkDir("recipe "+recipe, d, st, false)
			}
			return nil
		}}
		dirfd, dir, base, err := walk.OpenParent(path)
		if err != nil {
			return nil, err
		}
		b, target, err := readIn(walk, dirfd, dir, base, recipe, refused)
		unix.Close(dirfd)
		if target == "" {
			return b, err
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(dir, target)
		}
		path = target
	}
}

// readIn reads the recipe base in the directory dirfd (reached as dir,
// refused already when refused is not nil), or returns the target of the
// symbolic link it is.
func readIn(walk safepath.Walk, dirfd int, dir, base, recipe string, refused error) (src []byte, link string, err error) {
	pfd, err := unix.Openat(dirfd, base, unix.O_PATH|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, "", &os.PathError{Op: "open", Path: recipe, Err: err}
	}
	defer unix.Close(pfd)
	if refused != nil {
		return nil, "", refused
	}
	var st unix.Stat_t
	if err := unix.Fstat(dirfd, &st); err != nil {
		return nil, "", err
	}
	if err := checkDir("recipe "+recipe, dir, &st, true); err != nil {
		return nil, "", err
	}
	if err := unix.Fstat(pfd, &st); err != nil {
		return nil, "", err
	}
	if st.Mode&unix.S_IFMT == unix.S_IFLNK {
		if !trustedOwner(st.Uid) {
			return nil, "", &untrusted{fmt.Sprintf("recipe %s: %s is a symbolic link of %s: refusing to follow it", recipe, filepath.Join(dir, base), ownerName(st.Uid))}
		}
		target, err := walk.FollowLink(pfd, &st, recipe, base)
		return nil, target, err
	}
	if err := checkFile(recipe, &st); err != nil {
		return nil, "", err
	}
	// Read the very file checked, not whatever the name is by now.
	f, err := os.Open("/proc/self/fd/" + strconv.Itoa(pfd))
	if err != nil {
		return nil, "", fmt.Errorf("reading recipe %s: %w", recipe, errors.Unwrap(err))
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, lang.MaxScriptSize+1))
	if err != nil {
		return nil, "", fmt.Errorf("reading recipe %s: %w", recipe, err)
	}
	return b, "", nil
}
