package runtime

import (
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// kallsyms is the kernel's symbol table from /proc/kallsyms, read once when
// first needed: kaddr() resolves names at compile time and ksym()
// symbolizes addresses when printing.
//
// Reading it sits on the path to the first event that prints a kernel
// stack or symbol, so it is parsed in one pass over the file's text with
// no allocation per line: names are slices of that text, and the index by
// name, which only kaddr() needs, is built on the first lookup.
type kallsyms struct {
	once  sync.Once
	err   error
	table string   // the file's text
	addrs []uint64 // of the functions, sorted
	names []string // names[i] is at addrs[i]

	byNameOnce sync.Once
	byName     map[string]uint64
	module     map[string]string // of the symbols kallsyms lists in a module

	warnOnce sync.Once
}

// warnUnavailable warns once, when the table cannot be read, that kernel
// addresses print as numbers and why.
func (k *kallsyms) warnUnavailable(warn func(string)) {
	if err := k.load(); err != nil {
		k.warnOnce.Do(func() { warn(fmt.Sprintf("kernel frames and ksym() print as addresses: %v", err)) })
	}
}

var kernelSymbols kallsyms

func (k *kallsyms) load() error {
	k.once.Do(func() {
		f, err := os.Open("/proc/kallsyms")
		if err != nil {
			k.err = err
			return
		}
		defer f.Close()
		k.err = k.parse(f)
	})
	return k.err
}

// parse reads a symbol table in /proc/kallsyms's format.
func (k *kallsyms) parse(r io.Reader) error {
	// Read into a builder, whose String does not copy; /proc/kallsyms
	// says nothing of its size, so start at a few MB.
	var b strings.Builder
	b.Grow(4 << 20)
	if _, err := io.Copy(&b, r); err != nil {
		return err
	}
	k.table = b.String()
	n := strings.Count(k.table, "\n")
	k.addrs, k.names = make([]uint64, 0, n), make([]string, 0, n)
	known := false
	eachSymbol(k.table, func(addr uint64, typ byte, name, _ string) {
		known = true
		if typ == 't' || typ == 'T' || typ == 'w' || typ == 'W' {
			k.addrs = append(k.addrs, addr)
			k.names = append(k.names, name)
		}
	})
	if !known {
		return fmt.Errorf("/proc/kallsyms shows no addresses to ntrace (grant it CAP_SYSLOG, or set kernel.kptr_restrict=0 and kernel.perf_event_paranoid=1)")
	}
	// The kernel lists them by address; should it not, sort them, stably
	// so that of several names at one address the last listed still wins.
	if !slices.IsSorted(k.addrs) {
		idx := make([]int, len(k.addrs))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(i, j int) bool { return k.addrs[idx[i]] < k.addrs[idx[j]] })
		addrs, names := make([]uint64, len(idx)), make([]string, len(idx))
		for i, j := range idx {
			addrs[i], names[i] = k.addrs[j], k.names[j]
		}
		k.addrs, k.names = addrs, names
	}
	return nil
}

// eachSymbol calls f for each symbol of a table in /proc/kallsyms's
// format ("address type name [module]" a line) with a nonzero address;
// module is "" for the kernel itself.
func eachSymbol(table string, f func(addr uint64, typ byte, name, module string)) {
	for len(table) > 0 {
		line := table
		if i := strings.IndexByte(table, '\n'); i >= 0 {
			line, table = table[:i], table[i+1:]
		} else {
			table = ""
		}
		hex, rest, ok := strings.Cut(line, " ")
		if !ok || len(rest) < 3 || rest[1] != ' ' {
			continue
		}
		addr, err := strconv.ParseUint(hex, 16, 64)
		if err != nil || addr == 0 {
			continue
		}
		name, module := rest[2:], ""
		if i := strings.IndexAny(name, " \t"); i >= 0 {
			// the module, after a tab: [nf_tables]
			name, module = name[:i], strings.Trim(strings.TrimSpace(name[i:]), "[]")
		}
		if name != "" {
			f(addr, rest[0], name, module)
		}
	}
}

// lookup returns the address of a symbol: of several with one name, the
// first listed.
func (k *kallsyms) lookup(name string) (uint64, error) {
	if err := k.load(); err != nil {
		return 0, err
	}
	k.byNameOnce.Do(func() {
		k.byName, k.module = map[string]uint64{}, map[string]string{}
		eachSymbol(k.table, func(addr uint64, _ byte, n, module string) {
			if _, dup := k.byName[n]; !dup {
				k.byName[n] = addr
				if module != "" {
					k.module[n] = module
				}
			}
		})
	})
	addr, ok := k.byName[name]
	if !ok {
		return 0, fmt.Errorf("no kernel symbol %s in /proc/kallsyms", name)
	}
	return addr, nil
}

// size returns how long a function is: from its address to the next
// function's, as kallsyms lists them (it gives no sizes).
func (k *kallsyms) size(name string) (uint64, bool) {
	addr, err := k.lookup(name)
	if err != nil {
		return 0, false
	}
	i := sort.Search(len(k.addrs), func(i int) bool { return k.addrs[i] > addr })
	if i == len(k.addrs) {
		return 0, false
	}
	return k.addrs[i] - addr, true
}

// symbolize names the function containing addr, or returns it in hex,
// for ksym(): as for a stack's frames, an address past the symbol table's
// gaps is not named after the function before the gap.
func (k *kallsyms) symbolize(addr uint64) string {
	if name, _, ok := k.symbolizeOffset(addr); ok {
		return name
	}
	return fmt.Sprintf("0x%x", addr)
}

// maxSymbolSize bounds how far past a symbol's start an address may be
// and still be named after it: farther, it lies in a gap between the
// kernel's text and its modules (or in code kallsyms does not list, such
// as BPF trampolines), and printing it as the last symbol before the gap
// would mislead.
const maxSymbolSize = 1 << 20

// symbolizeOffset names the function containing addr and addr's offset
// in it; ok is false when no function is known there.
func (k *kallsyms) symbolizeOffset(addr uint64) (name string, off uint64, ok bool) {
	if k.load() != nil || len(k.addrs) == 0 {
		return "", 0, false
	}
	i := sort.Search(len(k.addrs), func(i int) bool { return k.addrs[i] > addr }) - 1
	if i < 0 || addr-k.addrs[i] >= maxSymbolSize {
		return "", 0, false
	}
	return k.names[i], addr - k.addrs[i], true
}

// KernelSymbol implements lang.Env from /proc/kallsyms.
func (e *KernelEnv) KernelSymbol(name string) (uint64, error) {
	return kernelSymbols.lookup(name)
}

// SymbolModule implements lang.ModuleEnv: the module kallsyms lists a
// symbol in, "" for the kernel itself.
func (e *KernelEnv) SymbolModule(name string) (string, error) {
	if _, err := kernelSymbols.lookup(name); err != nil {
		return "", err
	}
	return kernelSymbols.module[name], nil
}
