package runtime

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/cilium/ebpf"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
)

// attachChoices attaches, for each either of the script, the first of its
// alternatives whose probes all load and attach here, and only that one:
// an alternative that fails part-way is detached before the next is
// tried, and its probes counted nothing meanwhile, since each starts by
// checking that its alternative is the chosen one (codegen.ChoiceMap),
// which it becomes only once all its probes are attached. -v says which
// alternative each either got and why the ones before it were passed
// over. It returns how many probes it attached.
func (s *session) attachChoices() (int, error) {
	if len(s.out.Choices) == 0 {
		return 0, nil
	}
	chosen := make([]int, len(s.out.Choices))
	attached := 0
	for _, ch := range s.out.Choices {
		var passed []string
		for _, a := range ch.Alts {
			if err := s.out.Left[a]; err != nil {
				// Left out before the check, or by it.
				why, ok := lang.LeftUnattachable(err)
				if !ok {
					why = fmt.Sprintf("it does not check on this kernel: %s", flatten(err))
				}
				passed = append(passed, fmt.Sprintf("%s: %s", a.Name(), why))
				s.opts.Verbose(fmt.Sprintf("either at line %d: %s passed over: %s", ch.Pos.Line, a.Name(), why))
				continue
			}
			links, hows, err := s.attachAlternative(a)
			if err != nil {
				passed = append(passed, fmt.Sprintf("%s: %s", a.Name(), flatten(err)))
				s.opts.Verbose(fmt.Sprintf("either at line %d: %s passed over: %s", ch.Pos.Line, a.Name(), flatten(err)))
				continue
			}
			if !s.keep(links) {
				return attached, nil // asked to stop: nothing more attaches
			}
			for p, how := range hows {
				s.noteAttached(p, how)
			}
			chosen[ch.Index] = a.Index + 1
			if s.out.Chosen == nil {
				s.out.Chosen = map[*lang.Choice]*lang.Alternative{}
			}
			s.out.Chosen[ch] = a
			if err := s.coll.Maps[codegen.ChoiceMap].Update(uint32(0), codegen.ChoiceValue(chosen), ebpf.UpdateAny); err != nil {
				return attached, fmt.Errorf("enabling %s of the either at line %d: %w", a.Name(), ch.Pos.Line, err)
			}
			attached += len(hows)
			why := "the first alternative, and it attached"
			if a.Index > 0 {
				why = "the first that attached"
			}
			s.opts.Verbose(fmt.Sprintf("either at line %d: %s chosen: %s", ch.Pos.Line, a.Name(), why))
			break
		}
		if chosen[ch.Index] == 0 {
			return attached, fmt.Errorf("none of the alternatives of the either at line %d can run on this kernel: %s", ch.Pos.Line, strings.Join(passed, "; "))
		}
	}
	return attached, nil
}

// attachAlternative loads the programs of one alternative, sharing the
// session's maps (or takes them as they load, when they were preloaded:
// see preload.go), and attaches them all, or leaves none attached. A probe
// marked optional (probe?) may fail to attach without failing the
// alternative, as long as another of its probes attached. It returns the
// links and how each program attached.
//
// Each program is attached as soon as it has loaded, while the others
// are still being verified on other threads: attaching takes the kernel
// ~0.3 ms a probe here (a tracepoint's first probe patches kernel text,
// with an interrupt to every CPU), which otherwise came after the last
// program's verification. Attached early, a probe does nothing yet: it
// starts by checking that its alternative is the chosen one, which it
// becomes only once all its probes are attached (see attachChoices).
// What -v and the warnings say comes in the script's order all the same.
//
// A program that loads once this has begun is attached by the thread
// that loaded it, before that thread takes the next program: attached
// from here, it waited for this goroutine to be scheduled beside two
// threads in the verifier (udplat's five tp_btf attaches took 0.7 to 1.2
// ms each so, traced, against 0.1 to 0.35 alone), and its attach then
// slowed the verification of the program on the critical path. Attaches
// still go one at a time (attachMu): the kernel takes a tracepoint's
// registration one at a time anyway.
func (s *session) attachAlternative(a *lang.Alternative) ([]io.Closer, map[*codegen.Program]string, error) {
	specs, byName, err := s.alternativeSpecs(a)
	if err != nil {
		return nil, nil, err
	}
	progs := s.out.AlternativePrograms(a)
	batch := s.loadAlternative(a, specs)
	var mu sync.Mutex // guards early, written by the loading threads too
	early := map[string]*earlyAttach{}
	attachLoaded := func(lp loadedProgram) {
		p := byName[lp.name]
		mu.Lock()
		if p == nil || early[lp.name] != nil {
			mu.Unlock()
			return
		}
		e := &earlyAttach{prog: lp.prog}
		early[lp.name] = e
		mu.Unlock()
		attach, aerr := attacherOf(p.Target.Kind)
		if aerr != nil {
			e.fatal = fmt.Errorf("%s: %w", p.Target, aerr)
			return
		}
		if batch.failed() {
			return // the alternative fails: attaching it would be undone
		}
		s.attachMu.Lock()
		defer s.attachMu.Unlock()
		e.links, e.how, e.err = attach(s, p, lp.prog)
	}
	// The programs still loading are attached by the threads that load
	// them, as each loads; those loaded already, here.
	batch.takeAsLoaded(attachLoaded)
	for lp := range batch.notify {
		attachLoaded(lp)
	}
	// Loading has ended (the channel closed as it did).
	loaded, err := batch.wait()
	if err != nil {
		for _, e := range early {
			closeAll(e.links)
		}
		var verr *ebpf.VerifierError
		if errors.As(err, &verr) {
			return nil, nil, explainVerifierError(s.out, err)
		}
		return nil, nil, fmt.Errorf("loading its programs: %w", err)
	}
	coll := &ebpf.Collection{Programs: loaded}
	links := []io.Closer{collCloser{coll}}
	hows := map[*codegen.Program]string{}
	fail := func(err error) ([]io.Closer, map[*codegen.Program]string, error) {
		for _, e := range early {
			closeAll(e.links)
		}
		closeAll(links)
		return nil, nil, err
	}
	for _, p := range progs {
		if coll.Programs[p.Name] == nil {
			continue // optional and unavailable, above
		}
		e := early[p.Name] // each program loaded was told of (loadBatch.notify)
		if e == nil {
			return fail(fmt.Errorf("%s: loaded but never attached (a loading thread did not report it)", probeName(p)))
		}
		if e.fatal != nil {
			return fail(e.fatal)
		}
		if e.err != nil {
			if p.Target.AP.Optional {
				s.opts.Warn(fmt.Sprintf("%s not attached: %v", probeName(p), e.err))
				continue
			}
			return fail(fmt.Errorf("%s: %w", probeName(p), e.err))
		}
		hows[p] = e.how
		links = append(links, e.links...)
		e.links = nil // the alternative's now
		s.opts.Verbose(fmt.Sprintf("%s: attached as %s", probeName(p), e.how))
	}
	if len(hows) == 0 {
		return fail(fmt.Errorf("none of its probes could be attached"))
	}
	return links, hows, nil
}

// loadedProgram is a program of an alternative that has loaded.
type loadedProgram struct {
	name string
	prog *ebpf.Program
}

// earlyAttach is a program of an alternative attached as it loaded: its
// links, how it attached, or why it did not (err; fatal when its kind
// has no way to attach, which fails the alternative even for an
// optional probe).
type earlyAttach struct {
	prog       *ebpf.Program
	links      []io.Closer
	how        string
	err, fatal error
}

// flatten puts an error of several lines (a list of positioned errors) on
// one line.
func flatten(err error) string {
	return strings.ReplaceAll(err.Error(), "\n", "; ")
}

// collCloser closes a collection as an io.Closer.
type collCloser struct{ c *ebpf.Collection }

func (c collCloser) Close() error {
	c.c.Close()
	return nil
}
