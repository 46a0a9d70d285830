package runtime

import (
	"fmt"
	"strings"

	"github.com/ntrace/ntrace/internal/binfile"
	"github.com/ntrace/ntrace/lang"
)

// A usdt probe is a uprobe at the probe site, with the site's semaphore
// (if it has one) raised by the kernel while it is attached.
func init() {
	registerKind(lang.USDTProbe, kernelKind{attach: attachUprobe, list: listUSDT})
}

// listUSDT lists the usdt probes of a binary, usdt:BINARY[:PATTERN], or
// with -p of every binary the process has mapped, usdt:[PATTERN]; the
// pattern matches PROVIDER:NAME. With -v each site's arguments follow.
func listUSDT(l *listing, k *lang.KindInfo, rest string) error {
	var bins []string
	pattern := "*"
	if strings.HasPrefix(rest, "/") || l.opts.PID == 0 {
		bin, p, ok := strings.Cut(rest, ":")
		if ok {
			pattern = p
		}
		path, err := binfile.Find(bin)
		if err != nil {
			return err
		}
		bins = []string{path}
	} else {
		pattern = rest
		found, err := l.env.MappedBinaries(l.opts.PID)
		if err != nil {
			return err
		}
		bins = found
	}
	if !strings.Contains(pattern, ":") && pattern != "*" {
		pattern = "*:" + pattern
	}
	match := matcher(pattern)
	for _, bin := range bins {
		f, err := binfile.Open(bin)
		if err != nil {
			return err
		}
		notes, err := lang.ReadUSDTNotes(f, bin)
		f.Close()
		if err != nil {
			return err
		}
		seen := map[string]bool{}
		for _, n := range notes {
			name := n.Provider + ":" + n.Name
			if !match(name) && pattern != "*" {
				continue
			}
			if !seen[name] {
				seen[name] = true
				fmt.Fprintf(l.w, "%s:%s:%s\n", k.Name, bin, name)
			}
			if l.opts.Verbose {
				fmt.Fprintf(l.w, "    at 0x%x: %s\n", n.Addr, n.Args)
			}
		}
	}
	return nil
}
