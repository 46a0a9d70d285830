package runtime

import (
	"bufio"
	"debug/elf"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// userSymbols names addresses in the memory of user processes, for ustack:
// the mapping an address falls in (from /proc/PID/maps), the file mapped
// there, and the function of that file's ELF symbol tables (.symtab, else
// .dynsym) containing the address.
//
// A process's maps are read the first time one of its stacks is printed
// and kept, so stacks printed after it exits still resolve when an earlier
// one was printed while it ran; a process that exited before any of its
// stacks was printed (typically: stacks in map keys, printed at exit) has
// no maps to read and its frames print as addresses, as in bpftrace.
//
// What is kept is bounded, however many processes come and go: the maps
// of the processes whose stacks were printed last, up to maxMappings
// mappings in all, and the symbols of the files those mapped last, up to
// maxSymbols symbols (about 100 and 70 bytes each).
type userSymbols struct {
	procs *lru[uint32, *procMaps]
	files *lru[string, *elfSymbols] // by the mapped file's device and inode
	// root is where /proc is, for tests.
	root string
}

// The most mappings and file symbols userSymbols keeps.
const (
	maxMappings = 1 << 16
	maxSymbols  = 1 << 19
)

func newUserSymbols() *userSymbols {
	return &userSymbols{procs: newLRU[uint32, *procMaps](maxMappings), files: newLRU[string, *elfSymbols](maxSymbols), root: "/proc"}
}

// procMaps is what /proc/PID/maps said, when it was read.
type procMaps struct {
	maps []mapping
	read time.Time
}

// mapping is one line of /proc/PID/maps that maps a file.
type mapping struct {
	start, end uint64 // addresses
	off        uint64 // file offset mapped at start
	dev, inode string
	path       string
}

// userFrame is a symbolized user address.
type userFrame struct {
	sym    string // "" when unknown
	off    uint64 // from the symbol's start
	module string // the mapped file's path, "" when unknown
}

// symbolize names addr in process pid.
func (u *userSymbols) symbolize(pid uint32, addr uint64) userFrame {
	pm := u.maps(pid, false)
	m := pm.find(addr)
	if m == nil && time.Since(pm.read) > time.Second {
		// Mapped since we looked (dlopen, a JIT)? Look again, at most
		// once a second per process.
		pm = u.maps(pid, true)
		m = pm.find(addr)
	}
	if m == nil {
		return userFrame{}
	}
	f := userFrame{module: m.path}
	syms := u.file(pid, m)
	if syms == nil {
		return f
	}
	vaddr, ok := syms.fileOffsetToVaddr(addr - m.start + m.off)
	if !ok {
		return f
	}
	if s, ok := syms.find(vaddr); ok {
		f.sym, f.off = s.name, vaddr-s.addr
	}
	return f
}

// maps returns pid's mappings, reading them the first time or when again
// is set; a process that is gone keeps the mappings read before.
func (u *userSymbols) maps(pid uint32, again bool) *procMaps {
	old, known := u.procs.get(pid)
	if known && !again {
		return old
	}
	pm := &procMaps{read: time.Now()}
	maps, err := readMaps(fmt.Sprintf("%s/%d/maps", u.root, pid))
	switch {
	case err == nil:
		pm.maps = maps
	case known:
		pm.maps = old.maps
	}
	u.procs.put(pid, pm, len(pm.maps))
	return pm
}

// find returns the mapping containing addr, or nil.
func (pm *procMaps) find(addr uint64) *mapping {
	i := sort.Search(len(pm.maps), func(i int) bool { return pm.maps[i].end > addr })
	if i < len(pm.maps) && pm.maps[i].start <= addr {
		return &pm.maps[i]
	}
	return nil
}

// readMaps parses a /proc/PID/maps file, keeping the mappings of files.
func readMaps(path string) ([]mapping, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []mapping
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if m, ok := parseMapsLine(sc.Text()); ok {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out, sc.Err()
}

// parseMapsLine reads "start-end perms offset dev inode path"; only lines
// mapping a file (a path starting with '/') count.
func parseMapsLine(line string) (mapping, bool) {
	fields := strings.Fields(line)
	if len(fields) < 6 || !strings.HasPrefix(fields[5], "/") {
		return mapping{}, false
	}
	lo, hi, ok := strings.Cut(fields[0], "-")
	if !ok {
		return mapping{}, false
	}
	start, err1 := strconv.ParseUint(lo, 16, 64)
	end, err2 := strconv.ParseUint(hi, 16, 64)
	off, err3 := strconv.ParseUint(fields[2], 16, 64)
	if err1 != nil || err2 != nil || err3 != nil {
		return mapping{}, false
	}
	// A path may hold spaces; " (deleted)" marks a file replaced since.
	path := strings.TrimSuffix(strings.Join(fields[5:], " "), " (deleted)")
	return mapping{start: start, end: end, off: off, dev: fields[3], inode: fields[4], path: path}, true
}

// file returns the symbols of the file mapped at m, reading them once per
// file. The file is opened through /proc/PID/map_files, which reaches it
// even when it was deleted or lives in another mount namespace, else
// through /proc/PID/root, else by its path.
func (u *userSymbols) file(pid uint32, m *mapping) *elfSymbols {
	key := m.dev + ":" + m.inode
	if s, ok := u.files.get(key); ok {
		return s
	}
	var s *elfSymbols
	for _, p := range []string{
		fmt.Sprintf("%s/%d/map_files/%x-%x", u.root, pid, m.start, m.end),
		fmt.Sprintf("%s/%d/root%s", u.root, pid, m.path),
		m.path,
	} {
		var err error
		if s, err = readELFSymbols(p); err == nil {
			break
		}
	}
	weight := 0
	if s != nil {
		weight = len(s.funcs)
	}
	u.files.put(key, s, weight) // nil too: do not try again
	return s
}

// elfSymbols is what symbolizing needs from an ELF file: its loadable
// segments (to turn a file offset into a virtual address) and its
// functions sorted by address.
type elfSymbols struct {
	loads []elf.ProgHeader
	funcs []elfFunc
	// reach[i] is the highest end (address + size) of funcs[0..i]: how
	// far back a function that may contain an address can start.
	reach []uint64
}

type elfFunc struct {
	addr, size uint64
	name       string
	rank       int // lower is preferred among names of one address
}

// symbolRank orders the names one address has (libc's getppid is also
// __getppid and __GI_getppid): global before weak before local, then
// fewer leading underscores, the name a user calls.
func symbolRank(sym elf.Symbol) int {
	rank := 0
	switch elf.ST_BIND(sym.Info) {
	case elf.STB_WEAK:
		rank = 100
	case elf.STB_LOCAL:
		rank = 200
	}
	return rank + len(sym.Name) - len(strings.TrimLeft(sym.Name, "_"))
}

// readELFSymbols reads the functions of an ELF file: from its .symtab,
// else from a separate debug file when one is installed (found by build
// id or .gnu_debuglink, as gdb and bcc look for them; Debian's -dbg
// packages put them in /usr/lib/debug), and from its .dynsym.
func readELFSymbols(path string) (*elfSymbols, error) {
	f, err := elf.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s := &elfSymbols{}
	for _, p := range f.Progs {
		if p.Type == elf.PT_LOAD {
			s.loads = append(s.loads, p.ProgHeader)
		}
	}
	syms, err := f.Symbols()
	if err != nil || len(syms) == 0 {
		syms = debugFileSymbols(f, path)
	}
	dyn, _ := f.DynamicSymbols()
	for _, sym := range append(syms, dyn...) {
		typ := elf.ST_TYPE(sym.Info)
		if (typ != elf.STT_FUNC && typ != elf.STT_GNU_IFUNC) || sym.Value == 0 || sym.Section == elf.SHN_UNDEF {
			continue
		}
		s.funcs = append(s.funcs, elfFunc{addr: sym.Value, size: sym.Size, name: sym.Name, rank: symbolRank(sym)})
	}
	sort.SliceStable(s.funcs, func(i, j int) bool {
		a, b := s.funcs[i], s.funcs[j]
		if a.addr != b.addr {
			return a.addr < b.addr
		}
		if (a.size == 0) != (b.size == 0) {
			return a.size != 0 // a name with a size says where it ends
		}
		return a.rank < b.rank
	})
	// One name per address: the best ranked.
	uniq := s.funcs[:0]
	for i, fn := range s.funcs {
		if i == 0 || fn.addr != uniq[len(uniq)-1].addr {
			uniq = append(uniq, fn)
		}
	}
	s.funcs = uniq
	s.reach = make([]uint64, len(s.funcs))
	var end uint64
	for i, fn := range s.funcs {
		end = max(end, fn.addr+fn.size)
		s.reach[i] = end
	}
	return s, nil
}

// debugDir is where separate debug files are installed.
const debugDir = "/usr/lib/debug"

// debugFileSymbols reads the .symtab of f's separate debug file, if one is
// installed.
func debugFileSymbols(f *elf.File, path string) []elf.Symbol {
	var candidates []string
	if id := buildID(f); len(id) > 1 {
		h := hex.EncodeToString(id)
		candidates = append(candidates, filepath.Join(debugDir, ".build-id", h[:2], h[2:]+".debug"))
	}
	if sec := f.Section(".gnu_debuglink"); sec != nil {
		if data, err := sec.Data(); err == nil {
			if name, _, ok := strings.Cut(string(data), "\x00"); ok && name != "" && !strings.Contains(name, "/") {
				dir := filepath.Dir(path)
				candidates = append(candidates,
					filepath.Join(debugDir, dir, name),
					filepath.Join(dir, ".debug", name))
			}
		}
	}
	for _, c := range candidates {
		df, err := elf.Open(c)
		if err != nil {
			continue
		}
		syms, err := df.Symbols()
		df.Close()
		if err == nil && len(syms) > 0 {
			return syms
		}
	}
	return nil
}

// buildID returns the GNU build id from f's notes, or nil.
func buildID(f *elf.File) []byte {
	for _, sec := range f.Sections {
		if sec.Type != elf.SHT_NOTE {
			continue
		}
		data, err := sec.Data()
		if err != nil {
			continue
		}
		for len(data) >= 12 {
			nameSize := f.ByteOrder.Uint32(data)
			descSize := f.ByteOrder.Uint32(data[4:])
			typ := f.ByteOrder.Uint32(data[8:])
			nameEnd := 12 + (uint64(nameSize)+3)&^3
			descEnd := nameEnd + (uint64(descSize)+3)&^3
			if descEnd > uint64(len(data)) {
				break
			}
			if typ == 3 && nameSize == 4 && string(data[12:15]) == "GNU" { // NT_GNU_BUILD_ID
				return data[nameEnd : nameEnd+uint64(descSize)]
			}
			data = data[descEnd:]
		}
	}
	return nil
}

// fileOffsetToVaddr turns an offset in the file into the virtual address
// the ELF file's symbols use, through the loadable segment holding it.
// This one step covers executables linked at a fixed address (non-PIE,
// where the mapping's address is the symbols' address), position
// independent executables and shared libraries (loaded at a bias).
func (s *elfSymbols) fileOffsetToVaddr(off uint64) (uint64, bool) {
	for _, p := range s.loads {
		if off >= p.Off && off < p.Off+p.Filesz {
			return off - p.Off + p.Vaddr, true
		}
	}
	return 0, false
}

// find returns the function containing vaddr: the nearest one starting at
// or before it whose extent, start to start+size, holds it. A symbol
// without a size (_init, _fini) holds no address, as in bcc, which
// bpftrace names frames with: an address past every function (in a
// library's data, or code its symbol tables do not cover) is not a
// function's, and prints as an address.
func (s *elfSymbols) find(vaddr uint64) (elfFunc, bool) {
	i := sort.Search(len(s.funcs), func(i int) bool { return s.funcs[i].addr > vaddr }) - 1
	// Functions may nest (an alias inside a bigger symbol): look back
	// while an earlier function may still reach vaddr.
	for ; i >= 0 && s.reach[i] > vaddr; i-- {
		if fn := s.funcs[i]; vaddr < fn.addr+fn.size {
			return fn, true
		}
	}
	return elfFunc{}, false
}
