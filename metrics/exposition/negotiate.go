package exposition

import (
	"strconv"
	"strings"
)

// Format is an exposition format.
type Format uint8

const (
	// Text is Prometheus's text format, version 0.0.4: what a scraper
	// gets unless it asks for OpenMetrics.
	Text Format = iota
	// OpenMetrics is the OpenMetrics 1.0.0 text format.
	OpenMetrics
)

// ContentType is the Content-Type of a response in format f.
func (f Format) ContentType() string {
	if f == OpenMetrics {
		return "application/openmetrics-text; version=1.0.0; charset=utf-8"
	}
	return "text/plain; version=0.0.4; charset=utf-8"
}

// Negotiate chooses the format for a request's Accept header: OpenMetrics
// when the header accepts application/openmetrics-text at version 1.0.0
// (or with no version) with a quality at least that of anything the
// text format would answer (text/plain at 0.0.4 or no version, text/*,
// */*); the text format otherwise, also when the header accepts neither,
// as it is the format every scraper reads.
func Negotiate(accept string) Format {
	var om, text float64
	for _, r := range strings.Split(accept, ",") {
		media, q, version := mediaRange(r)
		switch media {
		case "application/openmetrics-text":
			if version == "" || version == "1.0.0" {
				om = max(om, q)
			}
		case "text/plain":
			if version == "" || version == "0.0.4" {
				text = max(text, q)
			}
		case "text/*", "*/*":
			text = max(text, q)
		}
	}
	if om > 0 && om >= text {
		return OpenMetrics
	}
	return Text
}

// mediaRange reads one range of an Accept header: its media type in lower
// case, its quality (1 unless a q parameter says otherwise; 0 when q is
// not a number) and its version parameter.
func mediaRange(r string) (media string, q float64, version string) {
	params := strings.Split(r, ";")
	media = strings.ToLower(strings.TrimSpace(params[0]))
	q = 1
	for _, p := range params[1:] {
		k, v, _ := strings.Cut(p, "=")
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.Trim(strings.TrimSpace(v), `"`)
		switch k {
		case "q":
			f, err := strconv.ParseFloat(v, 64)
			if err != nil || f < 0 || f > 1 {
				f = 0
			}
			q = f
		case "version":
			version = v
		}
	}
	return media, q, version
}
