// Package scripts holds the recipes bundled into the ntrace binary: .nt
// scripts that people run by name ("ntrace udplat").
package scripts

import (
	"embed"
	"io/fs"
	"sort"
	"strings"
)

//go:embed *.nt
var files embed.FS

// Lookup returns the source of the recipe called name.
func Lookup(name string) (string, bool) {
	b, err := files.ReadFile(name + ".nt")
	if err != nil {
		return "", false
	}
	return string(b), true
}

// Names lists the bundled recipes.
func Names() []string {
	entries, _ := fs.ReadDir(files, ".")
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".nt"))
	}
	sort.Strings(names)
	return names
}
