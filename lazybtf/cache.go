package lazybtf

import (
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

// The cache's files: vmlinux-BUILDID.btfindex, and the temporary files
// SaveIndex renames to that.
const (
	indexSuffix = ".btfindex"
	tempPrefix  = ".btfindex-"
)

// KernelNotesPath is where the kernel publishes its ELF notes, its build
// ID among them.
const KernelNotesPath = "/sys/kernel/notes"

// OpenKernelCached is OpenKernel with the index of the kernel's BTF (see
// MarshalIndex) kept in dir between runs: read back when dir has the one
// of this kernel's build, made by the pass over the BTF otherwise, and
// then written by SaveIndex. The file is named by the kernel's build ID
// and holds it with the BTF's size, and what it says is compared with the
// BTF where LoadIndexed looks, so another kernel's, or a damaged one, is
// never used. A kernel without a build ID in KernelNotesPath, or BTF from
// anywhere but KernelPath, gets no cache; neither does an empty dir.
func OpenKernelCached(dir string) (*Spec, error) {
	if dir == "" {
		return OpenKernel()
	}
	f, err := os.Open(KernelPath)
	if errors.Is(err, os.ErrNotExist) {
		return OpenKernel()
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	raw, err := mapFile(f)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", KernelPath, err)
	}
	id, err := kernelBuildID()
	if err != nil {
		return loadKernel(raw)
	}
	key := append(append(make([]byte, 0, len(id)+4), id...), byte(len(raw)), byte(len(raw)>>8), byte(len(raw)>>16), byte(len(raw)>>24))
	path := filepath.Join(dir, "vmlinux-"+hex.EncodeToString(id)+indexSuffix)
	if index, err := readIndexFile(path); err == nil {
		if s, err := LoadIndexed(raw, index, key); err == nil {
			s.indexRead = path
			return s, nil
		}
	}
	s, err := loadKernel(raw)
	if err != nil {
		return nil, err
	}
	s.saveTo, s.saveKey = path, key
	return s, nil
}

func loadKernel(raw []byte) (*Spec, error) {
	s, err := Load(raw, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", KernelPath, err)
	}
	return s, nil
}

// readIndexFile maps an index file that only its owner, this process's
// user, can have written.
func readIndexFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok || int(st.Uid) != os.Geteuid() || fi.Mode().Perm()&0o022 != 0 || !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not this user's own file", path)
	}
	return mapFile(f)
}

// IndexFile says where OpenKernelCached found the index it read (read),
// or where SaveIndex will write one (!read); empty for a Spec of neither.
func (s *Spec) IndexFile() (path string, read bool) {
	if s.indexRead != "" {
		return s.indexRead, true
	}
	return s.saveTo, false
}

// SaveIndex writes the index of a Spec that OpenKernelCached read
// without one, for the next run; for any other Spec it does nothing. It
// takes a millisecond or two (the functions' name prefixes, if no lookup
// made them, and the file): for after start-up. The file is written
// whole under another name, then renamed, so that a reader meets either
// none or all of it.
func (s *Spec) SaveIndex() error {
	if s.saveTo == "" {
		return nil
	}
	b, err := s.MarshalIndex(s.saveKey)
	if err != nil {
		return err
	}
	dir := filepath.Dir(s.saveTo)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("saving the BTF index: %w", err)
	}
	tmp, err := os.CreateTemp(dir, tempPrefix+"*")
	if err != nil {
		return fmt.Errorf("saving the BTF index: %w", err)
	}
	_, err = tmp.Write(b)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), s.saveTo)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("saving the BTF index: %w", err)
	}
	pruneIndexes(dir, filepath.Base(s.saveTo))
	s.saveTo = ""
	return nil
}

// keptIndexes is how many indexes of other kernel builds SaveIndex
// leaves in the cache (the newest): a machine booted into one of a few
// kernels in turn keeps theirs, and one updated time after time does not
// gather a file of 1.4 MB for each build it ran.
const keptIndexes = 3

// pruneIndexes removes from dir, but for keep, the index files beyond the
// newest keptIndexes, and the half-written files of a run that died while
// saving one, an hour on.
func pruneIndexes(dir, keep string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	type file struct {
		name string
		mod  time.Time
	}
	var indexes []file
	for _, e := range entries {
		fi, err := e.Info()
		if err != nil || !fi.Mode().IsRegular() || e.Name() == keep {
			continue
		}
		switch name := e.Name(); {
		case strings.HasPrefix(name, "vmlinux-") && strings.HasSuffix(name, indexSuffix):
			indexes = append(indexes, file{name, fi.ModTime()})
		case strings.HasPrefix(name, tempPrefix) && time.Since(fi.ModTime()) > time.Hour:
			os.Remove(filepath.Join(dir, name))
		}
	}
	slices.SortFunc(indexes, func(a, b file) int { return b.mod.Compare(a.mod) })
	for _, f := range indexes[min(len(indexes), keptIndexes):] {
		os.Remove(filepath.Join(dir, f.name))
	}
}

// kernelBuildID is the running kernel's GNU build ID, from its notes.
func kernelBuildID() ([]byte, error) {
	notes, err := os.ReadFile(KernelNotesPath)
	if err != nil {
		return nil, err
	}
	return buildID(notes)
}

// buildID finds the GNU build ID note (NT_GNU_BUILD_ID, 3) in a list of
// ELF notes, as the kernel lays them out: 4-byte aligned, in the
// machine's byte order, read here as little-endian (elsewhere no ID is
// found, and there is no cache).
func buildID(notes []byte) ([]byte, error) {
	const ntGNUBuildID = 3
	for len(notes) >= 12 {
		namesz, descsz, typ := le.Uint32(notes), le.Uint32(notes[4:]), le.Uint32(notes[8:])
		name := uint64(namesz+3) &^ 3
		desc := uint64(descsz+3) &^ 3
		if 12+name+desc > uint64(len(notes)) {
			break
		}
		if typ == ntGNUBuildID && namesz == 4 && string(notes[12:16]) == "GNU\x00" && descsz > 0 && descsz <= maxKeyLen-4 {
			return notes[12+name : 12+name+uint64(descsz)], nil
		}
		notes = notes[12+name+desc:]
	}
	return nil, errors.New("no build ID in the kernel's notes")
}
