package e2e

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// flameSVG is the part of a flame graph the tests read.
type flameSVG struct {
	Width  float64 `xml:"width,attr"`
	Height float64 `xml:"height,attr"`
	Pad    float64 `xml:"data-pad,attr"`
	Total  int64   `xml:"data-total,attr"`
	Frames struct {
		G []flameFrame `xml:"g"`
	} `xml:"g"`
}

type flameFrame struct {
	Class string `xml:"class,attr"`
	X     int64  `xml:"data-x,attr"`
	W     int64  `xml:"data-w,attr"`
	D     int    `xml:"data-d,attr"`
	Title string `xml:"title"`
	Rect  struct {
		X     float64 `xml:"x,attr"`
		Y     float64 `xml:"y,attr"`
		Width float64 `xml:"width,attr"`
		Fill  string  `xml:"fill,attr"`
	} `xml:"rect"`
	parent *flameFrame
}

func (f *flameFrame) name() string { return strings.SplitN(f.Title, "\n", 2)[0] }

// value is the number the title shows: "name\n1,234 (5.67%)".
func (f *flameFrame) value() int64 {
	parts := strings.SplitN(f.Title, "\n", 2)
	if len(parts) < 2 {
		return -1
	}
	n, err := strconv.ParseInt(strings.ReplaceAll(strings.Fields(parts[1])[0], ",", ""), 10, 64)
	if err != nil {
		return -1
	}
	return n
}

// path is the frame's name and its ancestors', root first.
func (f *flameFrame) path() []string {
	if f.parent == nil {
		return []string{f.name()}
	}
	return append(f.parent.path(), f.name())
}

// readFlameSVG parses a flame graph and links each frame to the one it
// stands on: the frame a level down whose span holds its own.
func readFlameSVG(t *testing.T, path string) *flameSVG {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var svg flameSVG
	if err := xml.Unmarshal(b, &svg); err != nil {
		t.Fatalf("the flame graph is not XML: %v", err)
	}
	fs := svg.Frames.G
	for i := range fs {
		for j := range fs {
			if fs[j].D == fs[i].D-1 && fs[j].X <= fs[i].X && fs[i].X+fs[i].W <= fs[j].X+fs[j].W {
				fs[i].parent = &fs[j]
			}
		}
		if fs[i].D > 0 && fs[i].parent == nil {
			t.Errorf("frame %q at depth %d stands on nothing", fs[i].name(), fs[i].D)
		}
	}
	return &svg
}

// checkOffwakeSVG checks offwaketime's flame graph against the text
// output of the same run: the root is the map's total, each frame's
// width is its share of it, and the reader → pipe_read → -- → pipe_write
// → writer path holds pipeTotal, drawn in the waker's blues above the
// separator. With chromium installed it also looks at the graph in it.
func checkOffwakeSVG(t *testing.T, path string, mapTotal, pipeTotal int64) {
	t.Helper()
	svg := readFlameSVG(t, path)
	if svg.Total != mapTotal {
		t.Errorf("the flame graph's total is %d, the map's %d", svg.Total, mapTotal)
	}
	inner := svg.Width - 2*svg.Pad
	var pathTotal int64
	var pipeWrite *flameFrame
	for i := range svg.Frames.G {
		f := &svg.Frames.G[i]
		v := f.value()
		if v != f.W {
			t.Errorf("frame %q: title value %d, data-w %d", f.name(), v, f.W)
		}
		if want := float64(v) / float64(svg.Total) * inner; math.Abs(f.Rect.Width-want) > 0.01 {
			t.Errorf("frame %q: %.2f px wide, want %.2f (%d of %d)", f.name(), f.Rect.Width, want, v, svg.Total)
		}
		p := strings.Join(f.path(), ";")
		if f.name() == "owwriter" && strings.HasPrefix(p, "all;owreader;") && strings.Contains(p, "pipe_read;schedule;__schedule;--;try_to_wake_up;") && strings.Contains(p, "pipe_write") {
			pathTotal += v
		}
		if strings.HasSuffix(f.name(), "pipe_write") && strings.HasPrefix(p, "all;owreader;") {
			pipeWrite = f
		}
	}
	if pathTotal != pipeTotal {
		t.Errorf("the flame graph's owreader → pipe_read → pipe_write → owwriter frames hold %d, the text output %d", pathTotal, pipeTotal)
	}
	if pipeWrite == nil {
		t.Fatalf("no pipe_write frame above owreader in the flame graph")
	}
	var h, s, l float64
	if _, err := fmt.Sscanf(pipeWrite.Rect.Fill, "hsl(%f,%f%%,%f%%)", &h, &s, &l); err != nil || h < 190 || h > 225 {
		t.Errorf("the waker's %s is filled %q, want a blue", pipeWrite.name(), pipeWrite.Rect.Fill)
	}
	lookInBrowser(t, path, svg, pipeWrite)
}

// lookInBrowser renders the flame graph in headless Chromium, as drawn
// and after a click on target, and checks the pictures: both halves'
// colours are there, and once zoomed target's row is target's colour
// across the whole width. The screenshots stay in $NTRACE_E2E_ARTIFACTS
// when it is set.
func lookInBrowser(t *testing.T, path string, svg *flameSVG, target *flameFrame) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Logf("chromium is not installed: the flame graph was not looked at in a browser")
		return
	}
	dir := os.Getenv("NTRACE_E2E_ARTIFACTS")
	if dir == "" {
		dir = t.TempDir()
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// The zoomed copy clicks target once the graph has loaded, as a
	// person would.
	click := fmt.Sprintf(`<script type="text/ecmascript"><![CDATA[
window.addEventListener("load", function () { setTimeout(function () {
	var g = document.querySelector('g.f[data-x="%d"][data-d="%d"]');
	g.querySelector("rect").dispatchEvent(new MouseEvent("click", {bubbles: true}));
}, 50); });
]]></script>
</svg>`, target.X, target.D)
	zoomed := strings.Replace(string(src), "</svg>", click, 1)
	zoomedPath := filepath.Join(dir, "offwake-zoomed.svg")
	if err := os.WriteFile(zoomedPath, []byte(zoomed), 0o644); err != nil {
		t.Fatal(err)
	}
	shoot := func(svgPath, png string) image.Image {
		t.Helper()
		args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--user-data-dir=" + t.TempDir(), "--hide-scrollbars", "--virtual-time-budget=3000",
			fmt.Sprintf("--window-size=%d,%d", int(svg.Width), int(svg.Height)),
			"--screenshot=" + png, "file://" + svgPath}
		cmd := exec.Command(chromium, args...)
		done := make(chan []byte, 1)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := startChild(cmd); err != nil {
			t.Fatal(err)
		}
		go func() { cmd.Wait(); done <- out.Bytes() }()
		select {
		case out := <-done:
			if _, err := os.Stat(png); err != nil {
				t.Fatalf("chromium made no screenshot: %v\n%s", err, out)
			}
		case <-time.After(60 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("chromium did not finish in 60 s")
		}
		return readPNG(t, png)
	}
	plain := shoot(path, filepath.Join(dir, "offwake.png"))
	warm, blue := 0, 0
	b := plain.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			h, s := hueOf(plain.At(x, y))
			switch {
			case s < 0.3:
			case h >= 5 && h <= 40:
				warm++
			case h >= 190 && h <= 225:
				blue++
			}
		}
	}
	if warm < 500 || blue < 500 {
		t.Errorf("the graph in chromium has %d warm and %d blue pixels, want both halves drawn", warm, blue)
	}
	zoom := shoot(zoomedPath, filepath.Join(dir, "offwake-zoomed.png"))
	row := int(target.Rect.Y) + 3
	want := parseHSL(t, target.Rect.Fill)
	same := 0
	for x := int(svg.Pad) + 1; x < int(svg.Width-svg.Pad)-1; x++ {
		if closeColor(zoom.At(x, row), want) {
			same++
		}
	}
	if wide := int(svg.Width - 2*svg.Pad - 2); same < wide*9/10 {
		t.Errorf("zoomed on %s, its row is its colour over %d of %d pixels, want nearly all (screenshots in %s)", target.name(), same, wide, dir)
	}
	t.Logf("looked at the flame graph in chromium: %d warm, %d blue pixels; zoomed, %s fills %d px (screenshots in %s)", warm, blue, target.name(), same, dir)
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
}

// hueOf returns a colour's hue in degrees and its saturation (HSV).
func hueOf(c color.Color) (float64, float64) {
	r, g, b, _ := c.RGBA()
	rf, gf, bf := float64(r)/65535, float64(g)/65535, float64(b)/65535
	mx, mn := math.Max(rf, math.Max(gf, bf)), math.Min(rf, math.Min(gf, bf))
	if mx == 0 || mx == mn {
		return 0, 0
	}
	d := mx - mn
	var h float64
	switch mx {
	case rf:
		h = math.Mod((gf-bf)/d, 6)
	case gf:
		h = (bf-rf)/d + 2
	default:
		h = (rf-gf)/d + 4
	}
	h *= 60
	if h < 0 {
		h += 360
	}
	return h, d / mx
}

// parseHSL converts a "hsl(h,s%,l%)" fill to RGB.
func parseHSL(t *testing.T, fill string) color.RGBA {
	t.Helper()
	var h, s, l float64
	if _, err := fmt.Sscanf(fill, "hsl(%f,%f%%,%f%%)", &h, &s, &l); err != nil {
		t.Fatalf("fill %q: %v", fill, err)
	}
	s, l = s/100, l/100
	c := (1 - math.Abs(2*l-1)) * s
	x := c * (1 - math.Abs(math.Mod(h/60, 2)-1))
	m := l - c/2
	var r, g, b float64
	switch {
	case h < 60:
		r, g = c, x
	case h < 120:
		r, g = x, c
	case h < 180:
		g, b = c, x
	case h < 240:
		g, b = x, c
	case h < 300:
		r, b = x, c
	default:
		r, b = c, x
	}
	to8 := func(v float64) uint8 { return uint8(math.Round((v + m) * 255)) }
	return color.RGBA{to8(r), to8(g), to8(b), 255}
}

// closeColor reports whether a pixel is c, give or take rounding.
func closeColor(p color.Color, c color.RGBA) bool {
	r, g, b, _ := p.RGBA()
	d := func(a uint32, b uint8) float64 { return math.Abs(float64(a>>8) - float64(b)) }
	return d(r, c.R) <= 6 && d(g, c.G) <= 6 && d(b, c.B) <= 6
}

// Any map keyed by a stack, folded: the key's other parts are frames
// where they stand, the stack runs outermost first, each line's count is
// the map's, and they add up to the calls the test made; a map not keyed
// by a stack prints as text after the folded lines. The flame graph of
// the same run holds the same total.
func TestFoldedStacks(t *testing.T) {
	requireRoot(t)
	const n = 321
	svgPath := filepath.Join(t.TempDir(), "stacks.svg")
	tr := ntrace(t, readyProbe+`rawtracepoint:sys_enter /pid == $1 && arg1 == 110/ { @[comm, kstack] = count(); @calls = count(); }`,
		pidArg(), "-f", "folded", "--flamegraph", svgPath)
	tr.waitReady()
	for i := 0; i < n; i++ {
		syscall.Getppid()
	}
	// The ready probe may have counted a few more while the test waited.
	tr.stop()
	out := tr.Stdout()
	comm, err := os.ReadFile("/proc/self/comm")
	if err != nil {
		t.Fatal(err)
	}
	calls := parseScalar(t, out, "@calls")
	if calls < n {
		t.Fatalf("@calls = %d, want at least %d\n%s", calls, n, out)
	}
	var sum int64
	for _, l := range strings.Split(out, "\n") {
		if l == "" || l == "ready" || strings.HasPrefix(l, "@calls: ") {
			continue
		}
		i := strings.LastIndexByte(l, ' ')
		v, err := strconv.ParseInt(l[i+1:], 10, 64)
		frames := strings.Split(l[:max(i, 0)], ";")
		if err != nil || len(frames) < 3 || frames[0] != strings.TrimSpace(string(comm)) || !strings.HasPrefix(frames[1], "entry_SYSCALL_64") || frames[2] != "do_syscall_64" {
			t.Errorf("not a folded line of this test's getppid calls (comm, then the stack from its root): %q", l)
			continue
		}
		sum += v
	}
	if sum != calls {
		t.Errorf("folded lines add up to %d, @calls is %d\n%s", sum, calls, out)
	}
	if !strings.HasSuffix(out, fmt.Sprintf("@calls: %d\n", calls)) {
		t.Errorf("the map not keyed by a stack is not printed as text after the folded lines:\n%s", out)
	}
	if svg := readFlameSVG(t, svgPath); svg.Total != calls {
		t.Errorf("the flame graph's total is %d, want %d", svg.Total, calls)
	}
}

// -f folded and --flamegraph need a map keyed by a stack whose values add
// up: anything else is refused before a probe is attached, and so is a
// --flamegraph file that is a symbolic link (as -o refuses one).
func TestStackOutputRefused(t *testing.T) {
	requireRoot(t)
	dir := t.TempDir()
	victim := filepath.Join(dir, "victim")
	os.WriteFile(victim, []byte("precious\n"), 0o644)
	link := filepath.Join(dir, "link.svg")
	if err := os.Symlink(victim, link); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-e", `BEGIN { @n = count(); exit(); }`, "-f", "folded"}, 2,
			"ntrace: -f folded: the script has no map keyed by kstack or ustack"},
		{[]string{"-e", `tracepoint:syscalls:sys_enter_getppid { @[kstack] = hist(pid); }`, "--flamegraph", filepath.Join(dir, "h.svg")}, 2,
			"ntrace: --flamegraph: map @ is keyed by a stack but holds hist(): folded stacks need count(), sum() or an integer"},
		{[]string{"-e", `tracepoint:syscalls:sys_enter_getppid { @[kstack] = count(); }`, "--flamegraph", link}, 1,
			"ntrace: --flamegraph: output file " + link + " is a symbolic link"},
		{[]string{"-e", `BEGIN { exit(); }`, "-f", "svg"}, 2, "ntrace: -f takes text, text-0.17, json or folded"},
	} {
		out, code := runTool(t, ntraceBin, tt.args...)
		if code != tt.code || !strings.Contains(out, tt.want) || strings.Contains(out, "Attached") {
			t.Errorf("ntrace %q: exit %d, output:\n%s\nwant exit %d and %q, nothing attached", tt.args, code, out, tt.code, tt.want)
		}
	}
	if b, _ := os.ReadFile(victim); string(b) != "precious\n" {
		t.Errorf("the file behind the link was changed: %q", b)
	}
}
