package lang

import (
	"strconv"
	"strings"
)

// Metric declarations say how a map is served as a Prometheus metric
// (ntrace --metrics): its name, its help, a name for each part of its key,
// labels every series carries, a unit and, for a sum or a plain value,
// whether it only grows:
//
//	metric @usecs ntrace_udp_receive_wait_seconds{port=${PORT}} us "time each datagram waited";
//	metric @drops ntrace_packet_drops_total(reason, location) "packets the kernel dropped";
//
// A script that declares metrics serves only the maps it declares; one
// that declares none serves every map, named after it. The config setting
// metrics (config.go) says where, as --metrics would:
//
//	config metrics = ":9464";

// pMetric is a metric declaration.
type pMetric struct {
	Pos    position
	Map    string         `parser:"'metric' @Map"`
	Name   string         `parser:"@Ident"`
	Labels []*pLabelName  `parser:"( '(' @@ ( ',' @@ )* ')' )?"`
	Const  []*pConstLabel `parser:"( '{' @@ ( ',' @@ )* '}' )?"`
	Words  []*pLabelName  `parser:"@@*"`
	Help   *string        `parser:"@String? ';'?"`
}

// pLabelName is a name with its position: a key part's label, or a word
// after the labels (a unit, counter or gauge).
type pLabelName struct {
	Pos  position
	Name string `parser:"@Ident"`
}

// pConstLabel is name=value in a metric's braces; the value is a string,
// an integer or a ${PARAMETER}.
type pConstLabel struct {
	Pos   position
	Name  string `parser:"@Ident '='"`
	Value string `parser:"@( String | Int | Param )"`
}

// MetricDecl is a metric declaration as written.
type MetricDecl struct {
	Pos  Pos
	Map  string // "@usecs"
	Name string
	// Labels name the key's parts in order, a tuple's elements one by
	// one; "_" leaves a part out (its series are added together). Nil
	// when the declaration gives none: then names come from the key
	// expressions and stacks are left out.
	Labels    []string
	LabelsPos []Pos
	Const     []ConstLabel
	// Words are what follows the labels: a unit (ns, us, ms, s) and
	// counter or gauge.
	Words    []string
	WordsPos []Pos
	Help     string
}

// ConstLabel is a label every series of a metric carries. Value is the
// literal's text, or Param the parameter it names.
type ConstLabel struct {
	Pos   Pos
	Name  string
	Value string
	Param string
}

func (b *builder) metric(p *pMetric) *MetricDecl {
	d := &MetricDecl{Pos: pos(p.Pos), Map: p.Map, Name: p.Name}
	for _, l := range p.Labels {
		d.Labels = append(d.Labels, l.Name)
		d.LabelsPos = append(d.LabelsPos, pos(l.Pos))
	}
	for _, w := range p.Words {
		d.Words = append(d.Words, w.Name)
		d.WordsPos = append(d.WordsPos, pos(w.Pos))
	}
	for _, c := range p.Const {
		cl := ConstLabel{Pos: pos(c.Pos), Name: c.Name, Value: c.Value}
		switch {
		case strings.HasPrefix(c.Value, "${"):
			cl.Param, cl.Value = strings.TrimSuffix(strings.TrimPrefix(c.Value, "${"), "}"), ""
		case strings.HasPrefix(c.Value, `"`):
			v, err := unquote(c.Value)
			if err != nil {
				b.errs.add(pos(c.Pos), "%v", err)
			}
			cl.Value = v
		}
		d.Const = append(d.Const, cl)
	}
	if p.Help != nil {
		help, err := unquote(*p.Help)
		if err != nil {
			b.errs.add(pos(p.Pos), "%v", err)
		}
		d.Help = help
	}
	return d
}

// Metric is a checked metric declaration: what the metrics server needs.
type Metric struct {
	Decl *MetricDecl
	Map  *MapInfo
	Name string
	Help string
	// Labels has one name per key part (KeyParts), "" for a part that
	// is not a label; nil when the declaration names none.
	Labels []string
	Const  []LabelPair
	// Scale multiplies the map's values (and a histogram's bounds) into
	// the metric's unit: 1e-6 for us to seconds.
	Scale float64
	// Counter says a sum or a plain value only grows (declared counter);
	// Gauge that a count or sum is served as a gauge.
	Counter, Gauge bool
}

// LabelPair is a label's name and value.
type LabelPair struct{ Name, Value string }

// MetricUnits are the units a metric declaration may give, and what each
// multiplies values by to serve them in seconds, Prometheus's base unit.
var MetricUnits = map[string]float64{"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1}

// KeyParts flattens a map's key types as metrics label them: each tuple
// element is a part of its own.
func KeyParts(keys []*Type) []*Type {
	var out []*Type
	for _, k := range keys {
		if k.Kind == Tuple {
			out = append(out, KeyParts(k.Elems)...)
			continue
		}
		out = append(out, k)
	}
	return out
}

// ValidMetricName says whether s is a name a metric served by ntrace may
// have: [a-zA-Z_][a-zA-Z0-9_]*, not starting with "__". (Prometheus also
// takes colons, but keeps them for recording rules.)
func ValidMetricName(s string) bool { return ValidLabelName(s) }

// ValidLabelName says whether s is a label name Prometheus accepts and
// does not reserve: [a-zA-Z_][a-zA-Z0-9_]*, not starting with "__".
func ValidLabelName(s string) bool { return validName(s) && !strings.HasPrefix(s, "__") }

func validName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		ok := r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (i > 0 && r >= '0' && r <= '9')
		if !ok {
			return false
		}
	}
	return true
}

// checkMetrics checks the metric declarations against the maps the
// script uses.
func (c *checker) checkMetrics(decls []*MetricDecl) {
	seenMap, seenName := map[string]bool{}, map[string]bool{}
	for _, d := range decls {
		m := c.info.Maps[d.Map]
		switch {
		case m == nil:
			c.errorf(d.Pos, "metric %s: the script has no map %s", d.Name, d.Map)
			continue
		case seenMap[d.Map]:
			c.errorf(d.Pos, "map %s is declared as a metric twice", d.Map)
			continue
		case !ValidMetricName(d.Name):
			c.errorf(d.Pos, "%q is not a metric name: letters, digits and _, not starting with a digit or __", d.Name)
			continue
		case seenName[d.Name]:
			c.errorf(d.Pos, "metric %s is declared twice", d.Name)
			continue
		}
		seenMap[d.Map], seenName[d.Name] = true, true
		if m.Value == nil {
			continue
		}
		mt := &Metric{Decl: d, Map: m, Name: d.Name, Help: d.Help, Scale: 1}
		if c.metricWords(mt) && c.metricLabels(mt) && c.constLabels(mt) {
			c.info.Metrics = append(c.info.Metrics, mt)
		}
	}
}

// metricWords reads the unit and kind words of a declaration.
func (c *checker) metricWords(mt *Metric) bool {
	d, m := mt.Decl, mt.Map
	agg := m.Value.Agg
	if m.Value.Kind != Agg && !m.Value.IsInteger() {
		c.errorf(d.Pos, "map %s holds %s: only numbers and aggregations can be metrics", m.Name, m.Value)
		return false
	}
	unit := ""
	for i, w := range d.Words {
		p := d.WordsPos[i]
		switch {
		case MetricUnits[w] != 0:
			if unit != "" {
				c.errorf(p, "metric %s has two units, %s and %s", d.Name, unit, w)
				return false
			}
			if agg == Count {
				c.errorf(p, "metric %s counts events with count(): a unit does not apply", d.Name)
				return false
			}
			unit, mt.Scale = w, MetricUnits[w]
		case w == "counter" || w == "gauge":
			if mt.Counter || mt.Gauge {
				c.errorf(p, "metric %s is declared both a counter and a gauge", d.Name)
				return false
			}
			if m.Value.Kind == Agg && agg != Count && agg != Sum {
				c.errorf(p, "metric %s holds %s(): it is served as a %s, not a %s", d.Name, agg, aggMetricType(agg), w)
				return false
			}
			mt.Counter, mt.Gauge = w == "counter", w == "gauge"
		default:
			c.errorf(p, "metric %s: unknown word %q; after the labels come a unit (ns, us, ms, s), counter or gauge, and the help", d.Name, w)
			return false
		}
	}
	return true
}

func aggMetricType(agg AggKind) string {
	switch agg {
	case Hist, Lhist:
		return "histogram"
	case Stats:
		return "summary (count and sum)"
	}
	return "gauge"
}

// metricLabels checks the names a declaration gives the key's parts.
func (c *checker) metricLabels(mt *Metric) bool {
	d := mt.Decl
	if d.Labels == nil {
		return true
	}
	parts := KeyParts(mt.Map.Keys)
	if len(d.Labels) != len(parts) {
		c.errorf(d.LabelsPos[0], "metric %s names %d labels; map %s has %d key parts (%s)", d.Name, len(d.Labels), d.Map, len(parts), typeList(parts))
		return false
	}
	seen := map[string]bool{}
	for i, l := range d.Labels {
		if l == "_" {
			mt.Labels = append(mt.Labels, "")
			continue
		}
		if !c.labelName(d, l, d.LabelsPos[i], seen) {
			return false
		}
		mt.Labels = append(mt.Labels, l)
	}
	return true
}

// labelName checks one label name of declaration d.
func (c *checker) labelName(d *MetricDecl, l string, p Pos, seen map[string]bool) bool {
	agg := c.info.Maps[d.Map].Value.Agg
	switch {
	case !ValidLabelName(l):
		c.errorf(p, "%q is not a label name: letters, digits and _, not starting with a digit or __", l)
		return false
	case seen[l]:
		c.errorf(p, "metric %s has two labels %s", d.Name, l)
		return false
	case l == "le" && (agg == Hist || agg == Lhist):
		c.errorf(p, "a histogram's buckets are labelled le: name this label otherwise")
		return false
	case l == "quantile" && agg == Stats:
		c.errorf(p, "a summary's quantiles are labelled quantile: name this label otherwise")
		return false
	}
	seen[l] = true
	return true
}

// constLabels checks the labels in braces and gives each its value.
func (c *checker) constLabels(mt *Metric) bool {
	d := mt.Decl
	seen := map[string]bool{}
	for _, l := range mt.Labels {
		seen[l] = true
	}
	for _, cl := range d.Const {
		if !c.labelName(d, cl.Name, cl.Pos, seen) {
			return false
		}
		v := cl.Value
		if cl.Param != "" {
			var ok bool
			if v, ok = c.paramText(cl.Param, cl.Pos); !ok {
				return false
			}
		}
		mt.Const = append(mt.Const, LabelPair{Name: cl.Name, Value: v})
	}
	return true
}

// paramText is a parameter's value as a label value: integers and
// durations in decimal (nanoseconds), booleans as true or false.
func (c *checker) paramText(name string, p Pos) (string, bool) {
	e := &ParamExpr{Pos: p, Name: name}
	t := c.param(e)
	if t == nil {
		return "", false
	}
	k := c.info.Consts[e]
	pv := c.paramVals[name]
	switch {
	case k.IsString:
		return k.Str, true
	case pv.decl != nil && pv.decl.Type == "bool":
		return strconv.FormatBool(k.Int != 0), true
	case pv.decl == nil:
		return pv.value, true
	}
	return strconv.FormatInt(int64(k.Int), 10), true
}

func typeList(ts []*Type) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = t.String()
	}
	return strings.Join(s, ", ")
}
