package recipes

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/lang"
)

// Install writes src as the recipe name in dir, making dir (mode 0755)
// if it is not there, and returns the file written. The directory must be
// one recipes are read from — root's or the user's, not writable by every
// user, nor any directory on its way — or what is installed would be
// refused. The file is written whole under another name and then renamed,
// so a reader never sees half of it; an existing recipe is replaced only
// with replace.
func Install(dir, name string, src []byte, replace bool) (string, error) {
	if !ValidName(name) {
		return "", fmt.Errorf("%q cannot name a recipe: use letters, digits, '_', '-' and '.'", name)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("making the recipe directory: %w", err)
	}
	d, err := openDir(dir)
	if err != nil {
		return "", err
	}
	defer d.Close()
	dirfd := int(d.Fd())
	file := name + Ext
	dest := filepath.Join(dir, file)
	if !replace {
		if err := unix.Faccessat(dirfd, file, unix.F_OK, unix.AT_SYMLINK_NOFOLLOW); err == nil {
			return "", fmt.Errorf("recipe %s exists: give --force to replace it", dest)
		}
	}
	tmp := "." + file + ".new" + strconv.Itoa(os.Getpid())
	fd, err := unix.Openat(dirfd, tmp, unix.O_WRONLY|unix.O_CREAT|unix.O_EXCL|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0o644)
	if err != nil {
		return "", fmt.Errorf("installing recipe %s: %w", dest, err)
	}
	f := os.NewFile(uintptr(fd), filepath.Join(dir, tmp))
	_, err = f.Write(src)
	if err == nil {
		// 0644 whatever the umask: every user may read a recipe.
		err = f.Chmod(0o644)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		flags := uint(unix.RENAME_NOREPLACE)
		if replace {
			flags = 0
		}
		err = unix.Renameat2(dirfd, tmp, dirfd, file, flags)
		if errors.Is(err, unix.EEXIST) {
			err = errors.New("it exists: give --force to replace it")
		}
	}
	if err != nil {
		_ = unix.Unlinkat(dirfd, tmp, 0) // best effort: the error that matters is err
		return "", fmt.Errorf("installing recipe %s: %w", dest, err)
	}
	return dest, nil
}

// NameOf is the recipe name a file or URL path suggests: its last name
// without ".nt".
func NameOf(p string) string {
	return strings.TrimSuffix(path.Base(p), Ext)
}

// IsURL reports whether what names a recipe to fetch rather than a file.
func IsURL(what string) bool {
	return strings.HasPrefix(what, "https://") || strings.HasPrefix(what, "http://")
}

// fetchTimeout bounds a recipe's download.
const fetchTimeout = 30 * time.Second

// Fetch downloads a script from an https URL, at most one byte more than
// lang.MaxScriptSize. Plain http is refused: what is fetched is loaded
// into the kernel as root, and anyone on the way could change it.
func Fetch(ctx context.Context, rawURL string) ([]byte, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetching recipe: %w", err)
	}
	if u.Scheme != "https" {
		return nil, fmt.Errorf("fetching recipe %s: only https is taken (anyone on the way could change what plain %s carries); download it yourself, read it and install the file", rawURL, u.Scheme)
	}
	ctx, cancel := context.WithTimeout(ctx, fetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, fmt.Errorf("fetching recipe: %w", err)
	}
	client := &http.Client{CheckRedirect: func(r *http.Request, via []*http.Request) error {
		if r.URL.Scheme != "https" {
			return fmt.Errorf("redirected to %s: only https is taken", r.URL)
		}
		if len(via) >= 10 {
			return errors.New("redirected 10 times")
		}
		return nil
	}}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetching recipe: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetching recipe %s: %s", rawURL, resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, lang.MaxScriptSize+1))
	if err != nil {
		return nil, fmt.Errorf("fetching recipe %s: %w", rawURL, err)
	}
	return b, nil
}
