package flamegraph

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
)

// kernel makes kernel frames; label, a label frame.
func kernel(names ...string) []Frame {
	fs := make([]Frame, len(names))
	for i, n := range names {
		fs[i] = Frame{Name: n, Kind: Kernel}
	}
	return fs
}

func label(name string) Frame { return Frame{Name: name, Kind: Label} }

func sep() Frame { return Frame{Name: SeparatorName, Kind: Separator} }

// offwake is an off-wake stack: the sleeper's name and stack, the
// separator, the waker's stack and name.
func offwake(wakee string, blocked []Frame, waker string, waking []Frame, value uint64) Stack {
	frames := append([]Frame{label(wakee)}, blocked...)
	frames = append(frames, sep())
	frames = append(frames, waking...)
	frames = append(frames, label(waker))
	return Stack{Frames: frames, Value: value}
}

func sampleStacks() []Stack {
	return []Stack{
		offwake("reader", kernel("entry_SYSCALL_64", "ksys_read", "pipe_read", "schedule"),
			"writer", kernel("try_to_wake_up", "__wake_up_sync_key", "pipe_write", "ksys_write"), 600),
		offwake("reader", kernel("entry_SYSCALL_64", "ksys_read", "pipe_read", "schedule"),
			"swapper/0", kernel("try_to_wake_up", "hrtimer_wakeup", "hrtimer_interrupt"), 150),
		{Frames: append([]Frame{label("reader")}, kernel("entry_SYSCALL_64", "do_nanosleep", "schedule")...), Value: 250},
		// The same as the first, merged with it.
		offwake("reader", kernel("entry_SYSCALL_64", "ksys_read", "pipe_read", "schedule"),
			"writer", kernel("try_to_wake_up", "__wake_up_sync_key", "pipe_write", "ksys_write"), 24),
		{Frames: kernel("idle"), Value: 0},
	}
}

func TestWriteFoldedMergesAndSorts(t *testing.T) {
	var b bytes.Buffer
	if err := WriteFolded(&b, sampleStacks()); err != nil {
		t.Fatal(err)
	}
	want := `reader;entry_SYSCALL_64;do_nanosleep;schedule 250
reader;entry_SYSCALL_64;ksys_read;pipe_read;schedule;--;try_to_wake_up;__wake_up_sync_key;pipe_write;ksys_write;writer 624
reader;entry_SYSCALL_64;ksys_read;pipe_read;schedule;--;try_to_wake_up;hrtimer_wakeup;hrtimer_interrupt;swapper/0 150
`
	if b.String() != want {
		t.Errorf("folded:\n%s\nwant:\n%s", b.String(), want)
	}
}

// svgFile is the part of a flame graph SVG the tests read.
type svgFile struct {
	XMLName  xml.Name  `xml:"svg"`
	Width    float64   `xml:"width,attr"`
	Total    uint64    `xml:"data-total,attr"`
	Texts    []svgText `xml:"text"`
	Subtitle string    `xml:"-"`
	Frames   struct {
		G []svgFrame `xml:"g"`
	} `xml:"g"`
}

type svgText struct {
	XMLName xml.Name `xml:"text"`
	ID      string   `xml:"id,attr"`
	Text    string   `xml:",chardata"`
}

type svgFrame struct {
	Class string `xml:"class,attr"`
	X     uint64 `xml:"data-x,attr"`
	W     uint64 `xml:"data-w,attr"`
	D     int    `xml:"data-d,attr"`
	Title string `xml:"title"`
	Rect  struct {
		X     float64 `xml:"x,attr"`
		Y     float64 `xml:"y,attr"`
		Width float64 `xml:"width,attr"`
		Fill  string  `xml:"fill,attr"`
	} `xml:"rect"`
	Text string `xml:"text"`
}

// name and value read a frame's title: "name\nvalue (share%)".
func (f svgFrame) name() string { return strings.SplitN(f.Title, "\n", 2)[0] }

func (f svgFrame) value(t *testing.T) uint64 {
	rest := strings.SplitN(f.Title, "\n", 2)[1]
	n, err := strconv.ParseUint(strings.ReplaceAll(strings.Fields(rest)[0], ",", ""), 10, 64)
	if err != nil {
		t.Fatalf("title %q: %v", f.Title, err)
	}
	return n
}

// hue reads an hsl() fill's hue.
func hue(t *testing.T, fill string) float64 {
	var h, s, l float64
	if _, err := fmt.Sscanf(fill, "hsl(%f,%f%%,%f%%)", &h, &s, &l); err != nil {
		t.Fatalf("fill %q: %v", fill, err)
	}
	return h
}

func parseSVG(t *testing.T, b []byte) svgFile {
	t.Helper()
	var f svgFile
	if err := xml.Unmarshal(b, &f); err != nil {
		t.Fatalf("the SVG is not XML: %v\n%s", err, b)
	}
	for _, tx := range f.Texts {
		if tx.ID == "subtitle" {
			f.Subtitle = tx.Text
		}
	}
	return f
}

// Every frame is as wide as its value's share of the whole, sits inside
// its parent's span, and shows its value in its title; the waker's half
// is drawn in blues and the sleeper's in warm colours.
func TestSVGFramesProportional(t *testing.T) {
	var b bytes.Buffer
	if err := WriteSVG(&b, sampleStacks(), Options{Title: "test", Subtitle: "@offwake (sum)"}); err != nil {
		t.Fatal(err)
	}
	f := parseSVG(t, b.Bytes())
	if f.Total != 1024 {
		t.Errorf("data-total = %d, want 1024", f.Total)
	}
	if f.Subtitle != "@offwake (sum): 1,024 in all" {
		t.Errorf("subtitle %q", f.Subtitle)
	}
	inner := f.Width - 2*pad
	byDepth := map[int][]svgFrame{}
	values := map[string]uint64{}
	for _, fr := range f.Frames.G {
		v := fr.value(t)
		if v != fr.W {
			t.Errorf("%s: title says %d, data-w %d", fr.name(), v, fr.W)
		}
		if want := float64(v) / float64(f.Total) * inner; math.Abs(fr.Rect.Width-want) > 0.01 {
			t.Errorf("%s: width %.2f, want %.2f (%d of %d)", fr.name(), fr.Rect.Width, want, v, f.Total)
		}
		if want := pad + float64(fr.X)/float64(f.Total)*inner; math.Abs(fr.Rect.X-want) > 0.01 {
			t.Errorf("%s: x %.2f, want %.2f", fr.name(), fr.Rect.X, want)
		}
		byDepth[fr.D] = append(byDepth[fr.D], fr)
		values[fmt.Sprintf("%d/%s", fr.D, fr.name())] += v
	}
	for key, want := range map[string]uint64{
		"0/all": 1024, "1/reader": 1024, "3/ksys_read": 774, "3/do_nanosleep": 250,
		"6/--": 774, "8/__wake_up_sync_key": 624, "8/hrtimer_wakeup": 150, "11/writer": 624,
	} {
		if values[key] != want {
			t.Errorf("frame %s: %d, want %d", key, values[key], want)
		}
	}
	// A frame lies within one frame of the level below.
	for d := 1; d < len(byDepth); d++ {
		for _, fr := range byDepth[d] {
			inside := false
			for _, p := range byDepth[d-1] {
				inside = inside || fr.X >= p.X && fr.X+fr.W <= p.X+p.W
			}
			if !inside {
				t.Errorf("%s at depth %d lies outside every frame below it", fr.name(), d)
			}
		}
	}
	for _, fr := range f.Frames.G {
		switch {
		case fr.name() == SeparatorName:
			if !strings.Contains(fr.Class, "sep") {
				t.Errorf("the separator's class is %q", fr.Class)
			}
		case fr.D > 6 && fr.name() != "writer" && fr.name() != "swapper/0":
			if h := hue(t, fr.Rect.Fill); h < 195 || h > 220 {
				t.Errorf("waker frame %s has hue %.0f, want a blue", fr.name(), h)
			}
		case fr.D > 1 && fr.D < 6:
			if h := hue(t, fr.Rect.Fill); h > 40 {
				t.Errorf("sleeper frame %s has hue %.0f, want a warm colour", fr.name(), h)
			}
		}
	}
}

// Names from the kernel or a process are text, never markup; bytes XML
// cannot hold are escaped.
func TestSVGEscapesNames(t *testing.T) {
	evil := "a<b>&\"c'\x01\xff"
	var b bytes.Buffer
	if err := WriteSVG(&b, []Stack{{Frames: []Frame{label(evil), {Name: "f", Kind: User}}, Value: 3}}, Options{Title: "<t>"}); err != nil {
		t.Fatal(err)
	}
	f := parseSVG(t, b.Bytes())
	var names []string
	for _, fr := range f.Frames.G {
		names = append(names, fr.name())
	}
	if got, want := strings.Join(names, "|"), `all|a<b>&"c'\x01\xff|f`; got != want {
		t.Errorf("frames %q, want %q", got, want)
	}
}

// A frame too narrow to see is not drawn, and the subtitle counts it.
func TestSVGCountsNarrowFrames(t *testing.T) {
	stacks := []Stack{
		{Frames: kernel("main", "work"), Value: 1_000_000},
		{Frames: kernel("main", "rare", "rarer"), Value: 1},
	}
	var b bytes.Buffer
	if err := WriteSVG(&b, stacks, Options{}); err != nil {
		t.Fatal(err)
	}
	f := parseSVG(t, b.Bytes())
	if len(f.Frames.G) != 3 {
		t.Errorf("%d frames drawn, want 3 (all, main, work)", len(f.Frames.G))
	}
	if !strings.Contains(f.Subtitle, "(2 frames narrower than 0.1 px not drawn)") {
		t.Errorf("subtitle %q does not count the two frames left out", f.Subtitle)
	}
}

func TestFit(t *testing.T) {
	for _, tt := range []struct {
		name  string
		width float64
		want  string
	}{
		{"schedule", 100, "schedule"},
		{"entry_SYSCALL_64_after_hwframe", 60, "entry.."},
		{"schedule", 20, ""},
	} {
		if got := fit(tt.name, tt.width); got != tt.want {
			t.Errorf("fit(%q, %v) = %q, want %q", tt.name, tt.width, got, tt.want)
		}
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[uint64]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

// No stacks at all (nothing matched): the graph is its root alone, worth
// 0, and still a valid SVG.
func TestSVGEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := WriteSVG(&b, nil, Options{Subtitle: "@m (count)"}); err != nil {
		t.Fatal(err)
	}
	f := parseSVG(t, b.Bytes())
	if len(f.Frames.G) != 1 || f.Frames.G[0].Title != "all\n0 (0.00%)" || f.Subtitle != "@m (count): 0 in all" {
		t.Errorf("empty graph: frames %+v, subtitle %q", f.Frames.G, f.Subtitle)
	}
	if strings.Contains(b.String(), "NaN") {
		t.Errorf("the empty graph says NaN somewhere")
	}
}
