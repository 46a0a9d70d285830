package lang

import (
	"fmt"
	"path"
	"sort"
	"strings"
)

// expandUSDT expands usdt:BINARY:PROVIDER:NAME and usdt:BINARY:NAME into
// a target per probe site: a probe may be written in several places of a
// binary, each with its own argument locations. PROVIDER and NAME may be
// wildcards; without PROVIDER, NAME must belong to one provider only.
// Under -p the binary may be left out, usdt:PROVIDER:NAME or usdt:NAME
// (or given as * or empty, usdt:*:PROVIDER:NAME): every binary the
// process has mapped is searched. Under -p or -c the probes fire in that
// process only.
func expandUSDT(c *checker, k *KindInfo, ap *AttachPoint) ([]*Target, error) {
	var bin, provider, name string
	parts := ap.Parts
	if c.params.PID != 0 && len(parts) > 0 && len(parts) < 3 && !strings.Contains(parts[0], "/") {
		parts = append([]string{""}, parts...) // no binary: the process's
	}
	switch {
	case len(parts) == 3:
		bin, provider, name = parts[0], parts[1], parts[2]
	case len(parts) == 2:
		bin, name = parts[0], parts[1]
	default:
		return nil, fmt.Errorf("usdt probe needs a binary and a probe: usdt:/path/to/binary:provider:name or usdt:/path/to/binary:name, got %s", ap.Raw)
	}
	if name == "" {
		return nil, fmt.Errorf("%s names no probe", ap.Raw)
	}
	pid := c.params.PID
	if pid == 0 {
		pid = c.params.commandPID()
	}
	bins, err := c.usdtBinaries(ap, bin)
	if err != nil {
		return nil, err
	}
	var ts []*Target
	providers := map[string]bool{}
	for _, b := range bins {
		found, err := c.usdtSites(ap, b, provider, name)
		if err != nil {
			return nil, err
		}
		for _, t := range found {
			t.PID = pid
			providers[t.Group] = true
		}
		ts = append(ts, found...)
	}
	if len(ts) == 0 {
		where := strings.Join(bins, ", ")
		return nil, fmt.Errorf("no usdt probe in %s matches %s (ntrace -l 'usdt:%s:*' lists them)", where, ap.Raw, bins[0])
	}
	if provider == "" && !isPattern(name) && len(providers) > 1 {
		var ps []string
		for p := range providers {
			ps = append(ps, p)
		}
		sort.Strings(ps)
		return nil, fmt.Errorf("%s: providers %s all have a probe %s; name the one you mean (usdt:BINARY:%s:%s) or use * for all", ap.Raw, strings.Join(ps, ", "), name, ps[0], name)
	}
	return ts, nil
}

// usdtBinaries resolves the binary of a usdt attach point: the one it
// names, or with -p and none named ("" or *), every binary the process
// has mapped.
func (c *checker) usdtBinaries(ap *AttachPoint, bin string) ([]string, error) {
	be, err := c.binaryEnv(ap)
	if err != nil {
		return nil, err
	}
	if bin != "" && bin != "*" {
		found, err := be.FindBinary(bin)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ap.Raw, err)
		}
		return []string{found}, nil
	}
	if c.params.PID == 0 {
		return nil, fmt.Errorf("%s names no binary: give its path, or a process with -p to search what it has mapped", ap.Raw)
	}
	pe, ok := c.env.(ProcessEnv)
	if !ok {
		return nil, fmt.Errorf("%s: this environment cannot list a process's binaries; give the binary's path", ap.Raw)
	}
	bins, err := pe.MappedBinaries(c.params.PID)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", ap.Raw, err)
	}
	if len(bins) == 0 {
		return nil, fmt.Errorf("%s: process %d has no binaries mapped", ap.Raw, c.params.PID)
	}
	return bins, nil
}

// usdtSites returns a target for each probe site of a binary whose
// provider and name match (an empty provider matches any).
func (c *checker) usdtSites(ap *AttachPoint, bin, provider, name string) ([]*Target, error) {
	be, err := c.binaryEnv(ap)
	if err != nil {
		return nil, err
	}
	f, err := be.OpenELF(bin)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	notes, err := ReadUSDTNotes(f, bin)
	if err != nil {
		return nil, err
	}
	syms := dataSymbols(f)
	var ts []*Target
	for _, n := range notes {
		if !matchName(provider, n.Provider) || !matchName(name, n.Name) {
			continue
		}
		args, err := parseUSDTArgs(n.Args, syms)
		if err != nil {
			return nil, fmt.Errorf("usdt probe %s:%s at 0x%x in %s: %w", n.Provider, n.Name, n.Addr, bin, err)
		}
		ts = append(ts, &Target{
			Path: bin, Group: n.Provider, Name: n.Name,
			Offset: n.Offset, Addr: n.Addr, Semaphore: n.SemaphoreOff, ArgLocs: args,
			Wildcard: isPattern(provider) || isPattern(name),
		})
	}
	return ts, nil
}

// matchName matches a usdt provider or name against a pattern; an empty
// pattern matches anything.
func matchName(pattern, s string) bool {
	if pattern == "" || pattern == s {
		return true
	}
	ok, _ := path.Match(pattern, s)
	return ok
}
