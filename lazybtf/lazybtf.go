// Package lazybtf reads BTF — the kernel's, a module's, or a file's — on
// demand, into cilium/ebpf/btf types: a script that follows a dozen
// structs pays for those and their members, not for the 125,000 types of
// a kernel.
//
// Opening a blob makes one pass over its type headers: it records where
// each type starts and an 8-byte prefix of each named type's name. A name
// is then found by scanning those prefixes; a type is decoded the first
// time it is asked for, with the types it refers to. A struct or union is
// decoded as a shell — name and size, as btf.Sizeof needs — and gets its
// members, decoded the same way, when Members is first called on it: the
// types a lookup returns are btf.Struct, btf.Pointer… as btf.Spec's are,
// identical to them once completed, and pointers between them keep their
// identity (one Go value per type ID), so two lookups of the same type
// compare equal. Callers that read a struct's or union's members must ask
// Members for them rather than read the field.
//
// cilium/ebpf/btf remains the definition of what a type is: the tests
// decode every type of the kernels in internal/btftest both ways and
// compare them.
package lazybtf

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/cilium/ebpf/btf"
	"golang.org/x/sys/unix"
)

// ErrNotFound is returned, wrapped, by lookups that find nothing. It wraps
// btf.ErrNotFound, so errors.Is works with either.
var ErrNotFound = fmt.Errorf("lazybtf: %w", btf.ErrNotFound)

// BTF kinds, as the kernel numbers them (include/uapi/linux/btf.h).
const (
	kindInt       = 1
	kindPtr       = 2
	kindArray     = 3
	kindStruct    = 4
	kindUnion     = 5
	kindEnum      = 6
	kindFwd       = 7
	kindTypedef   = 8
	kindVolatile  = 9
	kindConst     = 10
	kindRestrict  = 11
	kindFunc      = 12
	kindFuncProto = 13
	kindVar       = 14
	kindDatasec   = 15
	kindFloat     = 16
	kindDeclTag   = 17
	kindTypeTag   = 18
	kindEnum64    = 19
)

const (
	btfMagic   = 0xeb9f
	headerSize = 24 // struct btf_header up to str_len
	typeSize   = 12 // struct btf_type
)

var le = binary.LittleEndian

// Spec is one BTF blob, read lazily. It is safe for concurrent use.
type Spec struct {
	types   []byte // the type section
	strs    []byte // the string section
	base    *Spec  // for split BTF (a module's): the kernel's
	firstID btf.TypeID
	// strBase is the offset of strs[0] in the string offsets of this
	// blob's types: the base's string section comes first in split BTF.
	strBase uint32

	// offsets[i] is where type firstID+i starts in types.
	offsets []uint32
	names   nameIndex
	// enums are the IDs of every enum with values, for Enumerator.
	enums []btf.TypeID
	// declTags maps a type to the decl tags that name it.
	declTags map[btf.TypeID][]btf.TypeID

	mu      sync.Mutex
	decoded map[btf.TypeID]btf.Type
	ids     map[btf.Type]btf.TypeID
	// shells are the structs and unions whose members are not decoded yet.
	shells map[btf.Type]btf.TypeID
	// legacyBitfields holds, for an int type that encodes a bitfield the
	// old way (offset or bit count in the int), those two, as cilium does.
	legacyBitfields map[btf.TypeID][2]btf.Bits
	enumerators     *enumeratorIndex

	// foundNames remembers the lookups by name in each list (found).
	foundMu    sync.Mutex
	foundNames map[*prefixList]map[string][]btf.TypeID
	// funcsIndexed makes the functions' name prefixes (funcPrefixes)
	// once, without holding up lookups of other types meanwhile.
	funcsIndexed sync.Once

	// saveTo is where SaveIndex writes the index, under saveKey: set by
	// OpenKernelCached when it found none to read.
	saveTo  string
	saveKey []byte
	// indexRead is the file OpenKernelCached read the index from.
	indexRead string
}

// Load reads a raw BTF blob (a .BTF section, or /sys/kernel/btf/*). raw is
// kept and must not change. base is the kernel's BTF when raw is split
// BTF (a module's), else nil.
func Load(raw []byte, base *Spec) (*Spec, error) {
	s, err := newSpec(raw, base)
	if err != nil {
		return nil, err
	}
	if err := s.scan(); err != nil {
		return nil, err
	}
	return s, nil
}

// newSpec checks raw's header and sections and makes its Spec, with
// nothing indexed yet: scan, or an index read back (LoadIndexed), does it.
func newSpec(raw []byte, base *Spec) (*Spec, error) {
	if len(raw) < headerSize {
		return nil, errors.New("lazybtf: BTF blob too short for its header")
	}
	magic := le.Uint16(raw)
	if magic != btfMagic {
		if binary.BigEndian.Uint16(raw) == btfMagic {
			return nil, errors.New("lazybtf: big-endian BTF is not supported")
		}
		return nil, fmt.Errorf("lazybtf: not BTF (magic %#04x)", magic)
	}
	hdrLen := le.Uint32(raw[4:])
	if hdrLen < headerSize || uint64(hdrLen) > uint64(len(raw)) {
		return nil, fmt.Errorf("lazybtf: header length %d out of bounds", hdrLen)
	}
	body := raw[hdrLen:]
	typeOff, typeLen := le.Uint32(raw[8:]), le.Uint32(raw[12:])
	strOff, strLen := le.Uint32(raw[16:]), le.Uint32(raw[20:])
	if uint64(typeOff)+uint64(typeLen) > uint64(len(body)) {
		return nil, errors.New("lazybtf: type section out of bounds")
	}
	if uint64(strOff)+uint64(strLen) > uint64(len(body)) {
		return nil, errors.New("lazybtf: string section out of bounds")
	}
	s := &Spec{
		types:           body[typeOff : typeOff+typeLen],
		strs:            body[strOff : strOff+strLen],
		base:            base,
		firstID:         1,
		decoded:         map[btf.TypeID]btf.Type{},
		ids:             map[btf.Type]btf.TypeID{},
		shells:          map[btf.Type]btf.TypeID{},
		legacyBitfields: map[btf.TypeID][2]btf.Bits{},
		declTags:        map[btf.TypeID][]btf.TypeID{},
	}
	if len(s.strs) > 0 && s.strs[len(s.strs)-1] != 0 {
		return nil, errors.New("lazybtf: string section is not NUL-terminated")
	}
	if base != nil {
		if base.base != nil {
			return nil, errors.New("lazybtf: split BTF cannot be a base")
		}
		s.firstID = base.firstID + btf.TypeID(len(base.offsets))
		s.strBase = uint32(len(base.strs))
	} else if len(s.strs) > 0 && s.strs[0] != 0 {
		return nil, errors.New("lazybtf: the string section does not start with the empty string")
	}
	return s, nil
}

// kindSize says, by kind, how many bytes follow a type's header: the low
// byte is a fixed count, the next one a count per member (vlen); known
// marks the kinds there are.
var kindSize = [32]uint32{
	kindInt: known | 4, kindVar: known | 4, kindDeclTag: known | 4,
	kindArray:  known | 12,
	kindStruct: known | 12<<8, kindUnion: known | 12<<8, kindDatasec: known | 12<<8, kindEnum64: known | 12<<8,
	kindEnum: known | 8<<8, kindFuncProto: known | 8<<8,
	kindPtr: known, kindFwd: known, kindTypedef: known, kindVolatile: known,
	kindConst: known, kindRestrict: known, kindFunc: known, kindFloat: known, kindTypeTag: known,
}

const known = 1 << 16

// scan makes the one pass over the type headers: offsets, the name index
// (but functions' name prefixes), enums and decl tags. It runs for every kernel-typed script, so it keeps
// what it builds in locals (registers), computes a name's prefix inline
// and reads a header through one bounds check.
func (s *Spec) scan() error {
	types, strs, strBase := s.types, s.strs, s.strBase
	// A type is at least 12 bytes and averages about 25 in a kernel: a
	// capacity from the section's size saves growing these slices.
	offsets := make([]uint32, 0, len(types)/24)
	other := prefixList{prefix: make([]uint64, 0, len(types)/150), id: make([]btf.TypeID, 0, len(types)/150)}
	// Functions' prefixes are made on their first lookup (funcPrefixes).
	funcs := prefixList{id: make([]btf.TypeID, 0, len(types)/48)}
	id := s.firstID
	for off := 0; off < len(types); id++ {
		if len(types)-off < typeSize {
			return fmt.Errorf("lazybtf: type %d: header truncated", id)
		}
		hdr := (*[typeSize]byte)(types[off:])
		nameOff, info := le.Uint32(hdr[0:4]), le.Uint32(hdr[4:8])
		kind := (info >> 24) & 0x1f
		size := kindSize[kind]
		if size&known == 0 {
			return fmt.Errorf("lazybtf: type %d: unknown kind %d", id, kind)
		}
		vlen := info & 0xffff
		extra := int(size&0xff + size>>8&0xff*vlen)
		if len(types)-off-typeSize < extra {
			return fmt.Errorf("lazybtf: type %d: data truncated", id)
		}
		offsets = append(offsets, uint32(off))
		off += typeSize + extra
		if nameOff == 0 {
			if vlen != 0 && (kind == kindEnum || kind == kindEnum64) {
				s.enums = append(s.enums, id)
			}
			continue
		}
		if kind == kindFunc {
			// More than half of a kernel's named types, whose names
			// most scripts never look up: reading them here cost a
			// third of a cold open (the string section's pages and
			// cache lines). Only checked to be in bounds.
			if uint64(nameOff) >= uint64(strBase)+uint64(len(strs)) {
				return fmt.Errorf("lazybtf: type %d: name offset %d out of bounds", id, nameOff)
			}
			funcs.id = append(funcs.id, id)
			continue
		}
		var p uint64
		if o := nameOff - strBase; nameOff >= strBase && uint64(o)+8 <= uint64(len(strs)) {
			p = prefixWord(strs[o : o+8])
		} else {
			var ok bool
			if p, ok = s.prefixAt(nameOff); !ok {
				return fmt.Errorf("lazybtf: type %d: name offset %d out of bounds", id, nameOff)
			}
		}
		switch kind {
		case kindDeclTag:
			target := btf.TypeID(le.Uint32(hdr[8:12]))
			s.declTags[target] = append(s.declTags[target], id)
			continue
		case kindEnum, kindEnum64:
			if vlen != 0 {
				s.enums = append(s.enums, id)
			}
		}
		other.prefix = append(other.prefix, p)
		other.id = append(other.id, id)
	}
	s.offsets, s.names.other, s.names.funcs = offsets, other, funcs
	return nil
}

// Open reads the BTF in a file: raw BTF such as /sys/kernel/btf/vmlinux,
// mapped rather than copied where the file allows it, or an ELF file's
// .BTF section (a vmlinux). base is as for Load.
func Open(path string, base *Spec) (*Spec, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var magic [4]byte
	if _, err := f.ReadAt(magic[:], 0); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if bytes.Equal(magic[:], []byte(elf.ELFMAG)) {
		raw, err := elfSection(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return Load(raw, base)
	}
	raw, err := mapFile(f)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	s, err := Load(raw, base)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// mapFile returns f's contents, mapped rather than copied where the file
// allows it. The mapping outlives what is read from it if that is
// dropped: kernel BTF is read for the whole of a run, and a file stays
// mapped only once.
func mapFile(f *os.File) ([]byte, error) {
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if fi.Size() == 0 {
		return nil, nil
	}
	raw, err := unix.Mmap(int(f.Fd()), 0, int(fi.Size()), unix.PROT_READ, unix.MAP_PRIVATE)
	if err != nil {
		raw = make([]byte, fi.Size())
		if _, err := f.ReadAt(raw, 0); err != nil {
			return nil, err
		}
	}
	return raw, nil
}

// KernelPath is where a kernel built with CONFIG_DEBUG_INFO_BTF publishes
// its BTF.
const KernelPath = "/sys/kernel/btf/vmlinux"

// vmlinuxLocations are where a vmlinux with BTF may be found when the
// kernel does not publish it, as libbpf and cilium/ebpf look (%s is the
// kernel release).
var vmlinuxLocations = []string{
	"/boot/vmlinux-%s",
	"/lib/modules/%s/vmlinux-%[1]s",
	"/lib/modules/%s/build/vmlinux",
	"/usr/lib/modules/%s/kernel/vmlinux",
	"/usr/lib/debug/boot/vmlinux-%s",
	"/usr/lib/debug/boot/vmlinux-%s.debug",
	"/usr/lib/debug/lib/modules/%s/vmlinux",
}

// OpenKernel reads the running kernel's BTF: KernelPath, else a vmlinux
// file in one of the places distributions install them.
func OpenKernel() (*Spec, error) {
	s, err := Open(KernelPath, nil)
	if !errors.Is(err, os.ErrNotExist) {
		return s, err
	}
	var uts unix.Utsname
	if err := unix.Uname(&uts); err != nil {
		return nil, err
	}
	release := unix.ByteSliceToString(uts.Release[:])
	for _, loc := range vmlinuxLocations {
		s, err := Open(fmt.Sprintf(loc, release), nil)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		return s, err
	}
	return nil, fmt.Errorf("no %s and no vmlinux for kernel %s: %w", KernelPath, release, os.ErrNotExist)
}

// elfSection returns the .BTF section of an ELF file.
func elfSection(f *os.File) ([]byte, error) {
	ef, err := elf.NewFile(f)
	if err != nil {
		return nil, err
	}
	sec := ef.Section(".BTF")
	if sec == nil {
		return nil, errors.New("no .BTF section")
	}
	return sec.Data()
}

// Base returns the BTF a split Spec extends, or nil.
func (s *Spec) Base() *Spec { return s.base }

// FirstID is the ID of the first type in this blob: 1 for a kernel's BTF,
// the next after the kernel's last for a module's.
func (s *Spec) FirstID() btf.TypeID { return s.firstID }

// Len is the number of types in this blob, Void not counted.
func (s *Spec) Len() int { return len(s.offsets) }

// str returns the string at offset off, in this blob's or its base's
// string section.
func (s *Spec) str(off uint32) (string, error) {
	b, err := s.strBytes(off)
	return string(b), err
}

func (s *Spec) strBytes(off uint32) ([]byte, error) {
	if off < s.strBase {
		return s.base.strBytes(off)
	}
	off -= s.strBase
	if off >= uint32(len(s.strs)) {
		return nil, fmt.Errorf("lazybtf: string offset %d out of bounds", off+s.strBase)
	}
	end := bytes.IndexByte(s.strs[off:], 0)
	return s.strs[off : int(off)+end], nil
}

// owner returns the Spec that holds type id: s or its base.
func (s *Spec) owner(id btf.TypeID) *Spec {
	if id < s.firstID && s.base != nil {
		return s.base
	}
	return s
}
