package flamegraph

// style is the flame graph's CSS.
const style = `
text { font-family: Verdana, "DejaVu Sans", sans-serif; font-size: 12px; fill: rgb(0,0,0); }
#title { font-size: 17px; }
#subtitle { fill: rgb(80,80,80); }
.legend { fill: rgb(60,60,60); }
#unzoom { cursor: pointer; fill: rgb(0,0,160); }
#unzoom.hidden { display: none; }
g.f { cursor: pointer; }
g.f text { pointer-events: none; }
g.f:hover rect { stroke: rgb(0,0,0); stroke-width: 0.6; }
g.f.sep text { fill: rgb(255,255,255); }
g.f.context rect { opacity: 0.55; }
g.f.gone { display: none; }
`

// script makes the graph interactive: hovering a frame shows it on the
// details line, clicking it zooms in on it (its subtree spread over the
// whole width, the frames below it kept at full width, faded, as
// context), and Reset zoom or Escape zooms out. Every frame carries its
// place in value units (data-x, data-w) and its depth (data-d); the
// first line of its title is its name. Labels are cut to fit as WriteSVG
// cuts them.
const script = `
"use strict";
var flame = {};
function flameInit() {
	var svg = document.documentElement.tagName === "svg" ? document.documentElement : document.querySelector("svg");
	flame.width = +svg.getAttribute("data-width");
	flame.pad = +svg.getAttribute("data-pad");
	flame.total = +svg.getAttribute("data-total");
	flame.frames = Array.prototype.slice.call(document.getElementById("frames").children);
	flame.details = document.getElementById("details");
	flame.unzoom = document.getElementById("unzoom");
	var frames = document.getElementById("frames");
	frames.addEventListener("click", function (e) {
		var g = e.target.closest("g.f");
		if (g) { flameZoom(g); }
	});
	frames.addEventListener("mouseover", function (e) {
		var g = e.target.closest("g.f");
		if (g) { flame.details.textContent = flameTitle(g).replace("\n", ": "); }
	});
	frames.addEventListener("mouseout", function () { flame.details.textContent = " "; });
	flame.unzoom.addEventListener("click", flameReset);
	document.addEventListener("keydown", function (e) { if (e.key === "Escape") { flameReset(); } });
}
function flameTitle(g) { return g.querySelector("title").textContent; }
function flameNum(g, name) { return +g.getAttribute(name); }
function flameFit(name, width) {
	var n = Math.floor((width - 6) / 7.08);
	if (n < 3) { return ""; }
	if (name.length <= n) { return name; }
	return name.slice(0, n - 2) + "..";
}
function flamePlace(g, x, width, context) {
	g.classList.remove("gone");
	g.classList.toggle("context", context);
	var rect = g.querySelector("rect"), text = g.querySelector("text");
	rect.setAttribute("x", x.toFixed(2));
	rect.setAttribute("width", width.toFixed(2));
	text.setAttribute("x", (x + 3).toFixed(2));
	text.textContent = flameFit(flameTitle(g).split("\n")[0], width);
}
function flameZoom(target) {
	var x0 = flameNum(target, "data-x"), w0 = flameNum(target, "data-w"), d0 = flameNum(target, "data-d");
	if (w0 <= 0) { return; }
	var inner = flame.width - 2 * flame.pad, scale = inner / w0;
	flame.frames.forEach(function (g) {
		var x = flameNum(g, "data-x"), w = flameNum(g, "data-w"), d = flameNum(g, "data-d");
		if (d >= d0 && x >= x0 && x + w <= x0 + w0) {
			flamePlace(g, flame.pad + (x - x0) * scale, w * scale, false);
		} else if (d < d0 && x <= x0 && x + w >= x0 + w0) {
			flamePlace(g, flame.pad, inner, true);
		} else {
			g.classList.add("gone");
		}
	});
	flame.unzoom.classList.toggle("hidden", d0 === 0);
}
function flameReset() {
	if (flame.total <= 0) { return; }
	var scale = (flame.width - 2 * flame.pad) / flame.total;
	flame.frames.forEach(function (g) {
		flamePlace(g, flame.pad + flameNum(g, "data-x") * scale, flameNum(g, "data-w") * scale, false);
	});
	flame.unzoom.classList.add("hidden");
}
`
