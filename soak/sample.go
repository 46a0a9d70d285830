package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/cilium/ebpf"
)

// sample is one look at a tracer process from outside.
type sample struct {
	Seconds float64 `json:"seconds"` // since the traffic started
	Round   int     `json:"round"`   // rounds of traffic done
	RSSkB   int     `json:"rss_kb"`
	FDs     int     `json:"fds"`
	// MapKeys are the keys in each of its hash maps, by the kernel's name
	// for the map; Keys is their sum.
	MapKeys map[string]int `json:"map_keys"`
	Keys    int            `json:"keys"`
}

// take samples process pid: resident memory, open descriptors, and the
// keys in each hash map it holds, found through its descriptors and
// counted by walking the map's keys.
func take(pid int) (sample, error) {
	s := sample{MapKeys: map[string]int{}}
	rss, err := statusKB(pid, "VmRSS:")
	if err != nil {
		return s, err
	}
	s.RSSkB = rss
	dir := fmt.Sprintf("/proc/%d/fdinfo", pid)
	ents, err := os.ReadDir(dir)
	if err != nil {
		return s, err
	}
	s.FDs = len(ents)
	seen := map[uint32]bool{}
	for _, e := range ents {
		id, typ, ok := fdMap(filepath.Join(dir, e.Name()))
		if !ok || seen[id] || !isHash(typ) {
			continue
		}
		seen[id] = true
		name, keys, ok, err := hashKeys(id)
		if err != nil {
			return s, fmt.Errorf("map %d: %w", id, err)
		}
		if ok {
			s.MapKeys[name] = keys
			s.Keys += keys
		}
	}
	return s, nil
}

// statusKB reads a "Name: N kB" line of /proc/PID/status.
func statusKB(pid int, field string) (int, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, field); ok {
			return strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
		}
	}
	return 0, fmt.Errorf("no %s in /proc/%d/status", field, pid)
}

// fdMap reads the map id and type of a descriptor's fdinfo, if it is a
// map.
func fdMap(path string) (id uint32, typ ebpf.MapType, ok bool) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, false // closed meanwhile
	}
	defer f.Close()
	haveType := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, found := strings.CutPrefix(sc.Text(), "map_type:"); found {
			t, err := strconv.ParseUint(strings.TrimSpace(v), 10, 32)
			typ, haveType = ebpf.MapType(t), err == nil
		}
		if v, found := strings.CutPrefix(sc.Text(), "map_id:"); found {
			n, err := strconv.ParseUint(strings.TrimSpace(v), 10, 32)
			return uint32(n), typ, err == nil && haveType
		}
	}
	return 0, 0, false
}

// isHash reports whether a map type is a hash map, whose keys come and go;
// the other kinds (arrays, ring buffers, stack maps, program arrays) keep
// their size. Only hash maps are opened by ID (hashKeys): a program array
// opened by ID and closed after its holder let go would stay in the
// kernel for good (see e2e's TestLeftoverCheckLeaksNoProgArray).
func isHash(typ ebpf.MapType) bool {
	switch typ {
	case ebpf.Hash, ebpf.PerCPUHash, ebpf.LRUHash, ebpf.LRUCPUHash:
		return true
	}
	return false
}

// hashKeys counts the keys of map id if it is a hash map; ok is false for
// the other kinds, whose size does not change.
func hashKeys(id uint32) (name string, keys int, ok bool, err error) {
	m, err := ebpf.NewMapFromID(ebpf.MapID(id))
	if errors.Is(err, os.ErrNotExist) {
		return "", 0, false, nil // freed meanwhile
	}
	if err != nil {
		return "", 0, false, err
	}
	defer m.Close()
	if !isHash(m.Type()) {
		return "", 0, false, nil // the ID is another map's by now
	}
	info, err := m.Info()
	if err != nil {
		return "", 0, false, err
	}
	var key any // nil: the first key
	for keys <= int(m.MaxEntries()) {
		next, err := m.NextKeyBytes(key)
		if err != nil {
			return "", 0, false, err
		}
		if next == nil {
			break
		}
		keys++
		key = next
	}
	return fmt.Sprintf("%s(%d)", info.Name, id), keys, true, nil
}

// mapNames lists a sample's maps in order, for printing.
func (s sample) mapNames() []string {
	var names []string
	for n := range s.MapKeys {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
