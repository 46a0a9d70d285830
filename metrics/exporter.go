package metrics

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/metrics/exposition"
	"github.com/ntrace/ntrace/runtime"
	"github.com/ntrace/ntrace/runtime/format"
)

// Source is what the exporter reads at each scrape; runtime.Live is one.
type Source interface {
	Read(m *codegen.Map) (*format.Map, error)
	Health() ([]runtime.ProbeHealth, []runtime.MapHealth, error)
}

// Exporter serves a compiled script's maps, read at each scrape, and
// ntrace's own health as Prometheus metrics.
type Exporter struct {
	families []*family

	mu  sync.Mutex
	src Source // nil until the run's maps exist
}

// New makes the exporter of a compiled script. A script that declares
// metrics (lang.Info.Metrics) serves those maps only; one that declares
// none serves every map that holds numbers or aggregations, named
// ntrace_<map>. It fails when two metrics would have one name, or one
// would have a name another's series take in either format.
func New(out *codegen.Output, info *lang.Info) (*Exporter, error) {
	e := &Exporter{}
	names := map[string]string{}
	for _, f := range healthFamilies {
		for _, n := range reservedNames(f.Name, f.Type) {
			names[n] = "ntrace itself"
		}
	}
	add := func(m *codegen.Map, decl *lang.Metric) error {
		f := newFamily(m, decl)
		reserved := reservedNames(f.name, f.kind)
		for _, n := range reserved {
			if other, ok := names[n]; ok {
				return fmt.Errorf("metric %s of map %s clashes with %s's; name one of them with a metric declaration", f.name, m.Name, other)
			}
		}
		for _, n := range reserved {
			names[n] = "map " + m.Name
		}
		e.families = append(e.families, f)
		return nil
	}
	byName := map[string]*codegen.Map{}
	for _, m := range out.Maps {
		byName[m.Name] = m
	}
	if len(info.Metrics) > 0 {
		for _, d := range info.Metrics {
			if m := byName[d.Map.Name]; m != nil {
				if err := add(m, d); err != nil {
					return nil, err
				}
			}
		}
	} else {
		for _, m := range out.Maps {
			if v := m.Info.Value; v.Kind == lang.Agg || v.IsInteger() {
				if err := add(m, nil); err != nil {
					return nil, err
				}
			}
		}
	}
	return e, nil
}

// reservedNames are the names a family of type t named name takes: its
// name, its samples' names in the text format and its family's name in
// OpenMetrics (a counter's, without _total).
func reservedNames(name string, t exposition.Type) []string {
	switch t {
	case exposition.Counter:
		return []string{name, strings.TrimSuffix(name, "_total")}
	case exposition.Histogram:
		return []string{name, name + "_bucket", name + "_count", name + "_sum"}
	case exposition.Summary:
		return []string{name, name + "_count", name + "_sum"}
	}
	return []string{name}
}

// SetSource starts reading the run's maps: until then scrapes show only
// ntrace's build and process.
func (e *Exporter) SetSource(src Source) {
	e.mu.Lock()
	e.src = src
	e.mu.Unlock()
}

// Handler serves /metrics: the Prometheus text format, or OpenMetrics
// when the scraper's Accept header asks for it, gzipped when it accepts
// gzip. errorf hears of maps that could not be read; the scrape still
// returns the rest.
func (e *Exporter) Handler(errorf func(format string, args ...any)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f := exposition.Negotiate(r.Header.Get("Accept"))
		fams := e.gather(errorf)
		w.Header().Set("Content-Type", f.ContentType())
		var out io.Writer = w
		if acceptsGzip(r.Header.Get("Accept-Encoding")) {
			w.Header().Set("Content-Encoding", "gzip")
			gz, _ := gzip.NewWriterLevel(w, gzip.BestSpeed)
			defer gz.Close()
			out = gz
		}
		// An error here is the scraper gone: nobody is left to tell.
		_ = exposition.Write(out, f, fams)
	})
}

// acceptsGzip says whether an Accept-Encoding header lists gzip with a
// quality above zero.
func acceptsGzip(header string) bool {
	for _, c := range strings.Split(header, ",") {
		params := strings.Split(c, ";")
		if !strings.EqualFold(strings.TrimSpace(params[0]), "gzip") {
			continue
		}
		for _, p := range params[1:] {
			if k, v, _ := strings.Cut(p, "="); strings.TrimSpace(k) == "q" {
				q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				return err == nil && q > 0
			}
		}
		return true
	}
	return false
}

// gather reads ntrace's build and process and, once the run has begun,
// every served map and ntrace's counters: the families that have series,
// sorted by name.
func (e *Exporter) gather(errorf func(format string, args ...any)) []exposition.Family {
	fams := append([]exposition.Family{buildFamily()}, processFamilies()...)
	e.mu.Lock()
	src := e.src
	e.mu.Unlock()
	if src != nil {
		fams = append(fams, e.read(src, errorf)...)
	}
	out := fams[:0]
	for _, f := range fams {
		if len(f.Metrics) > 0 {
			out = append(out, f)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// read reads the served maps and ntrace's counters from a run. A scrape
// as ntrace exits gets what was read before the maps went.
func (e *Exporter) read(src Source, errorf func(format string, args ...any)) []exposition.Family {
	var fams []exposition.Family
	keys := mapKeys
	for _, f := range e.families {
		fm, err := src.Read(f.m)
		if errors.Is(err, runtime.ErrRunEnded) {
			return append(fams, keys)
		}
		if err != nil {
			errorf("reading map %s: %v", f.m.Name, err)
			continue
		}
		fams = append(fams, f.family(f.collect(fm)))
		keys = with(keys, labelled(float64(len(fm.Entries)), "map", f.m.Name))
	}
	fams = append(fams, keys)
	probes, maps, err := src.Health()
	if errors.Is(err, runtime.ErrRunEnded) {
		return fams
	}
	if err != nil {
		errorf("reading ntrace's counters: %v", err)
		return fams
	}
	return append(fams, healthOf(probes, maps)...)
}
