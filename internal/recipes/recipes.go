package recipes

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/scripts"
)

// Recipe is a recipe found on the search path.
type Recipe struct {
	Name string
	Dir  string // the directory it is in; "" for a bundled recipe
	// Source is the script; empty when Err is set.
	Source string
	// Err says why the recipe is refused (ErrUntrusted) or cannot be
	// read; nil for one that may run.
	Err error
}

// Origin is where the recipe comes from: its directory, or "bundled".
func (r Recipe) Origin() string {
	if r.Dir == "" {
		return Bundled
	}
	return r.Dir
}

// File is the recipe's file name ("udplat.nt" for a bundled one), as
// its errors name it.
func (r Recipe) File() string {
	if r.Dir == "" {
		return r.Name + Ext
	}
	return filepath.Join(r.Dir, r.Name+Ext)
}

// Description is the first line of the recipe's leading comment, without
// the "name: " it may start with.
func (r Recipe) Description() string {
	prog, err := lang.Parse(r.File(), r.Source)
	if err != nil {
		return "(does not parse: " + firstLine(err.Error()) + ")"
	}
	first := firstLine(prog.Description)
	return strings.TrimPrefix(first, r.Name+": ")
}

func firstLine(s string) string {
	first, _, _ := strings.Cut(s, "\n")
	return first
}

// ErrNotFound is Find's error when no recipe has the name.
var ErrNotFound = errors.New("no such recipe")

// Find finds the recipe called name: NAME.nt in the first directory of
// the path that has one, else the bundled recipe. It also returns the
// recipes of that name it shadows, further along the path; their Source
// is read, when they may be read, so that a copy of the same script can
// be told from another. A recipe that is refused or cannot be read is an
// error: the search does not go on to the next one of that name.
func (p Path) Find(name string) (Recipe, []Recipe, error) {
	if !ValidName(name) {
		return Recipe{}, nil, fmt.Errorf("%q: %w", name, ErrNotFound)
	}
	var found []Recipe
	for _, dir := range p.Dirs {
		r := Recipe{Name: name, Dir: dir}
		b, err := readTrusted(r.File())
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		r.Source, r.Err = string(b), err
		found = append(found, r)
	}
	if src, ok := scripts.Lookup(name); ok {
		found = append(found, Recipe{Name: name, Source: src})
	}
	if len(found) == 0 {
		return Recipe{}, nil, fmt.Errorf("%q: %w", name, ErrNotFound)
	}
	if found[0].Err != nil {
		return Recipe{}, nil, found[0].Err
	}
	return found[0], found[1:], nil
}

// Shadowed says which of the recipes that r shadows are another script
// than r: "" when none is (a copy of the same script shadows nothing).
func Shadowed(r Recipe, shadows []Recipe) string {
	var others []string
	for _, s := range shadows {
		if s.Err != nil || s.Source != r.Source {
			others = append(others, s.Origin())
		}
	}
	return strings.Join(others, ", ")
}

// All lists every recipe on the path, sorted by name and, for one name,
// in search order: the first of a name is the one that runs, the others
// are shadowed. A directory that is refused or cannot be read is listed
// as a Recipe with an empty Name and its Err.
func (p Path) All() []Recipe {
	var all []Recipe
	for _, dir := range p.Dirs {
		names, err := list(dir)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			all = append(all, Recipe{Dir: dir, Err: err})
			continue
		}
		for _, n := range names {
			r := Recipe{Name: n, Dir: dir}
			b, err := readTrusted(r.File())
			r.Source, r.Err = string(b), err
			all = append(all, r)
		}
	}
	for _, n := range scripts.Names() {
		src, _ := scripts.Lookup(n)
		all = append(all, Recipe{Name: n, Source: src})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Name < all[j].Name })
	return all
}

// list lists the names of the recipes in dir.
func list(dir string) ([]string, error) {
	f, err := openDir(dir)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	entries, err := f.ReadDir(-1)
	if err != nil {
		return nil, fmt.Errorf("reading recipe directory %s: %w", dir, err)
	}
	var names []string
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), Ext)
		if ok && ValidName(name) && !e.IsDir() {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names, nil
}
