package flamegraph

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Options set what a flame graph says about itself.
type Options struct {
	// Title heads the graph; Subtitle, under it, says what the values
	// are (the total is added after it).
	Title, Subtitle string
	// Width is the image's width in pixels (default 1200).
	Width int
}

// Dimensions of the drawing, in pixels.
const (
	defaultWidth = 1200
	pad          = 10   // left and right margin
	top          = 60   // title, subtitle and legend above the frames
	bottom       = 30   // the details line below them
	frameHeight  = 16   // one level of the stack, with a 1 px gap
	fontSize     = 12   // frame labels and details
	charWidth    = 7.08 // an average character of fontSize (0.59 em)
	minWidth     = 0.1  // frames narrower than this are not drawn
)

// WriteSVG draws stacks as a flame graph: the root at the bottom, each
// frame as wide as its value's share of the total, the frames of one
// parent left to right in the order of their names. Hovering a frame
// shows its name, value and share (as its title and on the details
// line); clicking it zooms in on it, and "Reset zoom" or Escape zooms
// out. Kernel frames are orange, user frames yellow, other labels
// lavender; above a Separator, the waker's half, kernel frames are blue
// and user frames aqua. Frames narrower than 0.1 px are not drawn; the
// subtitle says how many. The SVG needs nothing outside itself.
func WriteSVG(w io.Writer, stacks []Stack, opts Options) error {
	width := opts.Width
	if width <= 0 {
		width = defaultWidth
	}
	root := tree(stacks)
	inner := float64(width - 2*pad)
	scale := 0.0
	if root.value > 0 {
		scale = inner / float64(root.value)
	}
	minValue := 0.0
	if scale > 0 {
		minValue = minWidth / scale
	}
	boxes, maxDepth, narrow := layout(root, minValue)
	height := top + (maxDepth+1)*frameHeight + bottom
	subtitle := thousands(root.value) + " in all"
	if opts.Subtitle != "" {
		subtitle = opts.Subtitle + ": " + subtitle
	}
	if narrow > 0 {
		subtitle += fmt.Sprintf(" (%d frames narrower than %.1f px not drawn)", narrow, minWidth)
	}
	hasWaker := false
	for _, b := range boxes {
		hasWaker = hasWaker || b.waker
	}

	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg version="1.1" xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" data-width="%d" data-pad="%d" data-total="%d" onload="flameInit()">
<defs><linearGradient id="bg" y1="0" y2="1" x1="0" x2="0"><stop stop-color="#f6f6f2" offset="5%%"/><stop stop-color="#e4e4ec" offset="95%%"/></linearGradient></defs>
<style>%s</style>
<script type="text/ecmascript"><![CDATA[%s]]></script>
<rect x="0" y="0" width="%d" height="%d" fill="url(#bg)"/>
<text id="title" x="%d" y="24" text-anchor="middle">%s</text>
<text id="subtitle" x="%d" y="42" text-anchor="middle">%s</text>
<text id="unzoom" x="%d" y="24" class="hidden">Reset zoom</text>
<text id="details" x="%d" y="%d"> </text>
`, width, height, width, height, width, pad, root.value, style, script,
		width, height, width/2, escape(opts.Title), width/2, escape(subtitle), pad, pad, height-10)
	if hasWaker {
		writeLegend(bw, width)
	}
	bw.WriteString("<g id=\"frames\">\n")
	for _, b := range boxes {
		writeFrame(bw, b, root.value, scale, maxDepth)
	}
	bw.WriteString("</g>\n</svg>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing flame graph: %w", err)
	}
	return nil
}

// writeLegend says which colours are which half of an off-wake stack.
func writeLegend(w *bufio.Writer, width int) {
	x := width - pad - 330
	items := []struct {
		fill, text string
	}{
		{color(Frame{Name: "a", Kind: Kernel}, false), "blocked thread (below --)"},
		{color(Frame{Name: "a", Kind: Kernel}, true), "its waker (above --)"},
	}
	for i, it := range items {
		fmt.Fprintf(w, `<rect x="%d" y="%d" width="12" height="12" rx="2" fill="%s"/><text class="legend" x="%d" y="%d">%s</text>`+"\n",
			x+i*175, 47, it.fill, x+i*175+16, 57, escape(it.text))
	}
}

// writeFrame writes one frame: a group holding its title, its box and
// its label, with its place in value units for the zooming script.
func writeFrame(w *bufio.Writer, b box, total uint64, scale float64, maxDepth int) {
	x := pad + float64(b.offset)*scale
	width := float64(b.value) * scale
	y := top + (maxDepth-b.depth)*frameHeight
	share := 0.0
	if total > 0 {
		share = 100 * float64(b.value) / float64(total)
	}
	class := "f"
	if b.frame.Kind == Separator {
		class = "f sep"
	}
	fmt.Fprintf(w, `<g class="%s" data-x="%d" data-w="%d" data-d="%d"><title>%s`+"\n"+`%s (%.2f%%)</title>`,
		class, b.offset, b.value, b.depth, escape(b.frame.Name), thousands(b.value), share)
	fmt.Fprintf(w, `<rect x="%.2f" y="%d" width="%.2f" height="%d" rx="2" ry="2" fill="%s"/>`,
		x, y, width, frameHeight-1, color(b.frame, b.waker))
	fmt.Fprintf(w, `<text x="%.2f" y="%.1f">%s</text></g>`+"\n", x+3, float64(y)+11.5, escape(fit(b.frame.Name, width)))
}

// fit shortens a label to what width pixels hold, ending it in ".." when
// cut, or drops it when not even three characters fit (as the script
// does when zooming).
func fit(name string, width float64) string {
	n := int((width - 6) / charWidth)
	if n < 3 {
		return ""
	}
	r := []rune(name)
	if len(r) <= n {
		return name
	}
	return string(r[:n-2]) + ".."
}

// color picks a frame's fill: its kind and half choose the hue range,
// a hash of its name the shade within it, so a function has the same
// colour wherever it appears and in every graph.
func color(f Frame, waker bool) string {
	h := fnv.New32a()
	h.Write([]byte(f.Name))
	v := h.Sum32()
	a, b := float64(v%1000)/1000, float64(v/1000%1000)/1000
	var hue, sat, light float64
	switch {
	case f.Kind == Separator:
		return "rgb(90,90,90)"
	case f.Name == "all" && f.Kind == Label && !waker:
		hue, sat, light = 0, 0, 78
	case f.Kind == Label && waker:
		hue, sat, light = 228+10*a, 45, 74+6*b
	case f.Kind == Label:
		hue, sat, light = 275+15*a, 35, 74+6*b
	case f.Kind == User && waker:
		hue, sat, light = 172+16*a, 55+15*b, 55+8*a
	case f.Kind == User:
		hue, sat, light = 45+15*a, 80+10*b, 55+8*a
	case waker:
		hue, sat, light = 198+20*a, 60+15*b, 58+8*a
	default:
		hue, sat, light = 8+27*a, 80+10*b, 58+6*a
	}
	return fmt.Sprintf("hsl(%.0f,%.0f%%,%.0f%%)", hue, sat, light)
}

// thousands writes n with commas every three digits.
func thousands(n uint64) string {
	s := strconv.FormatUint(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// escape makes text safe inside an XML element or attribute: markup
// characters as entities, control characters and bytes that are not
// UTF-8 (which XML does not allow) as \xNN.
func escape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&apos;")
		case r == utf8.RuneError && size == 1, r < 0x20 && r != '\t', r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == 0xfffe, r == 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
