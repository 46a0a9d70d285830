package runtime

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// kallsyms is the kernel's symbol table from /proc/kallsyms, read once when
// first needed: kaddr() resolves names at compile time and ksym()
// symbolizes addresses when printing.
type kallsyms struct {
	once   sync.Once
	err    error
	byName map[string]uint64
	module map[string]string // the module of each symbol kallsyms lists in one
	addrs  []uint64          // sorted
	names  []string          // names[i] is at addrs[i]
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
	type sym struct {
		addr uint64
		name string
	}
	var syms []sym
	k.byName = map[string]uint64{}
	k.module = map[string]string{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 3 {
			continue
		}
		addr, err := strconv.ParseUint(fields[0], 16, 64)
		if err != nil || addr == 0 {
			continue
		}
		name := fields[2]
		if _, dup := k.byName[name]; !dup {
			k.byName[name] = addr
			if len(fields) > 3 && strings.HasPrefix(fields[3], "[") {
				k.module[name] = strings.Trim(fields[3], "[]")
			}
		}
		if t := fields[1]; t == "t" || t == "T" || t == "w" || t == "W" {
			syms = append(syms, sym{addr, name})
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if len(k.byName) == 0 {
		return fmt.Errorf("/proc/kallsyms shows no addresses (run as root, or lower kernel.kptr_restrict)")
	}
	// Stable, so that of several names at one address the last listed
	// wins, whatever the sort does.
	sort.SliceStable(syms, func(i, j int) bool { return syms[i].addr < syms[j].addr })
	for _, s := range syms {
		k.addrs = append(k.addrs, s.addr)
		k.names = append(k.names, s.name)
	}
	return nil
}

// lookup returns the address of a symbol.
func (k *kallsyms) lookup(name string) (uint64, error) {
	if err := k.load(); err != nil {
		return 0, err
	}
	addr, ok := k.byName[name]
	if !ok {
		return 0, fmt.Errorf("no kernel symbol %s in /proc/kallsyms", name)
	}
	return addr, nil
}

// symbolize names the function containing addr, or returns it in hex.
func (k *kallsyms) symbolize(addr uint64) string {
	if k.load() != nil || len(k.addrs) == 0 {
		return fmt.Sprintf("0x%x", addr)
	}
	i := sort.Search(len(k.addrs), func(i int) bool { return k.addrs[i] > addr }) - 1
	if i < 0 {
		return fmt.Sprintf("0x%x", addr)
	}
	return k.names[i]
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
