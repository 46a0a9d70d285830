package runtime

import (
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/cilium/ebpf"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

// kernelKind is the half of a probe kind that talks to the kernel: how its
// programs attach, and how ntrace -l lists its probes. The other half, the
// kind's names, attach points, program and arguments, is its lang.KindInfo;
// the file of each kind registers its kernelKind here (registerKind), so
// that a kind is read in two places: lang's table and its runtime file.
type kernelKind struct {
	// attach attaches one program of the kind and says which mechanism
	// it used; nil for BEGIN and END, which run once instead.
	attach attacher
	// list prints the kind's probes that match rest, the part of an -l
	// pattern after the kind; nil when the kind has nothing to list.
	list lister
	// timer: the kind fires on a clock of its own (interval, profile), so
	// its probes outside an either attach after every other (attachAll).
	timer bool
}

// attacher attaches one program and says how it did.
type attacher func(s *session, p *codegen.Program, prog *ebpf.Program) (links []io.Closer, mechanism string, err error)

// lister prints the probes of kind k that match rest.
type lister func(l *listing, k *lang.KindInfo, rest string) error

var kernelKinds = map[lang.ProbeKind]kernelKind{}

// registerKind registers the kernel half of a kind, from its file's init.
func registerKind(k lang.ProbeKind, kk kernelKind) {
	if _, dup := kernelKinds[k]; dup {
		panic(fmt.Sprintf("probe kind %s registered twice", k))
	}
	kernelKinds[k] = kk
}

// attacherOf returns how programs of kind k attach, or an error for a kind
// with no runtime half.
func attacherOf(k lang.ProbeKind) (attacher, error) {
	kk, ok := kernelKinds[k]
	if !ok || kk.attach == nil {
		return nil, fmt.Errorf("probes of kind %s cannot be attached", k)
	}
	return kk.attach, nil
}

// ListOptions tune ntrace -l.
type ListOptions struct {
	// Verbose lists each probe's arguments after it.
	Verbose bool
	// PID is -p's process: usdt probes named without a binary are looked
	// for in what it has mapped.
	PID int
}

// listing is one ntrace -l run, as the kinds' listers see it.
type listing struct {
	env  *KernelEnv
	opts ListOptions
	w    io.Writer
}

// ListProbes prints the probes that match pattern, "KIND:REST" or REST
// alone: each kind whose name or alias matches KIND (a wildcard) lists
// its probes that match REST. A pattern without a kind lists the kinds
// listed by default (lang.KindInfo.ListedByDefault); an empty one lists
// them all. A kind named outright reports what kept it from listing.
func ListProbes(pattern string, opts ListOptions, w io.Writer) error {
	if pattern == "" {
		pattern = "*"
	}
	kind, rest, _ := strings.Cut(pattern, ":")
	if rest == "" {
		kind, rest = "*", pattern
	}
	l := &listing{env: &KernelEnv{}, opts: opts, w: w}
	for _, k := range lang.Kinds() {
		if !kindMatches(kind, k) || (kind == "*" && !k.ListedByDefault) {
			continue
		}
		list := kernelKinds[k.Kind].list
		if list == nil {
			continue
		}
		if err := list(l, k, rest); err != nil && kind != "*" {
			return err
		}
	}
	return nil
}

// kindMatches reports whether a kind's name or an alias matches pattern.
func kindMatches(pattern string, k *lang.KindInfo) bool {
	for _, n := range k.Names() {
		if ok, _ := path.Match(pattern, n); ok {
			return true
		}
	}
	return false
}

// matcher matches names against a wildcard pattern.
func matcher(pattern string) func(string) bool {
	return func(name string) bool {
		ok, _ := path.Match(pattern, name)
		return ok
	}
}
