// Package recipes finds the recipes ntrace runs by name: NAME.nt in the
// directories of the recipe search path, then the recipes bundled into
// the binary. ntrace runs as root and loads what it reads into the
// kernel, so a recipe another user could have written — a file or a
// directory on its way that is world-writable or belongs to someone other
// than root or the user running ntrace — is refused, never run. The
// package also installs new recipes into the user's or the system's
// directory.
package recipes

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// The directories of the default search path, after the user's.
const (
	// SystemDir is where an administrator installs recipes for every
	// user of a host (ntrace recipes install --system).
	SystemDir = "/etc/ntrace/recipes"
	// LocalDir and DistDir are where `make install` (PREFIX=/usr/local,
	// or /usr) and packages put the recipes that come with ntrace.
	LocalDir = "/usr/local/share/ntrace/recipes"
	DistDir  = "/usr/share/ntrace/recipes"
)

// Bundled is the origin of the recipes built into the binary.
const Bundled = "bundled"

// Path is the recipe search path: directories searched in order, then the
// bundled recipes.
type Path struct {
	Dirs []string
	// Notes say what of NTRACE_PATH was left out, and why.
	Notes []string
}

// SearchPath is the search path from the environment: NTRACE_PATH, a
// colon-separated list of directories, or else the user's directory
// ($XDG_CONFIG_HOME/ntrace/recipes, by default ~/.config/ntrace/recipes),
// SystemDir, LocalDir and DistDir. Entries that are not absolute paths
// are left out (a relative one would depend on where ntrace is run from).
func SearchPath(getenv func(string) string) Path {
	var p Path
	env := getenv("NTRACE_PATH")
	if env == "" {
		if user := UserDir(getenv); user != "" {
			p.Dirs = append(p.Dirs, user)
		}
		p.Dirs = append(p.Dirs, SystemDir, LocalDir, DistDir)
		return p
	}
	for _, d := range strings.Split(env, ":") {
		switch {
		case d == "":
		case !filepath.IsAbs(d):
			p.Notes = append(p.Notes, fmt.Sprintf("NTRACE_PATH: %q is not an absolute path: left out", d))
		default:
			p.Dirs = append(p.Dirs, filepath.Clean(d))
		}
	}
	return p
}

// UserDir is the user's recipe directory: $XDG_CONFIG_HOME/ntrace/recipes,
// or ~/.config/ntrace/recipes; "" when neither can be known.
func UserDir(getenv func(string) string) string {
	if c := getenv("XDG_CONFIG_HOME"); filepath.IsAbs(c) {
		return filepath.Join(c, "ntrace", "recipes")
	}
	home := getenv("HOME")
	if !filepath.IsAbs(home) {
		h, err := os.UserHomeDir()
		if err != nil || !filepath.IsAbs(h) {
			return ""
		}
		home = h
	}
	return filepath.Join(home, ".config", "ntrace", "recipes")
}

// Ext is the extension of a recipe file.
const Ext = ".nt"

// ValidName reports whether name can name a recipe: letters, digits,
// '_', '-' and '.', not starting with '.' or '-'.
func ValidName(name string) bool {
	if name == "" || name[0] == '.' || name[0] == '-' {
		return false
	}
	for _, c := range name {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '_', c == '-', c == '.':
		default:
			return false
		}
	}
	return true
}
