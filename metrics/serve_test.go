package metrics

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/runtime/format"
)

// get fetches the exporter's page with the given request headers and
// returns the response's headers and its body as sent.
func get(t *testing.T, h http.Handler, headers ...string) (http.Header, []byte) {
	t.Helper()
	srv := httptest.NewServer(h)
	defer srv.Close()
	req, _ := http.NewRequest("GET", srv.URL, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	// A transport of its own, which does not ask for gzip or undo it.
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("%v %s", err, resp.Status)
	}
	return resp.Header, body
}

// dropsExporter serves @drops[comm] = count() holding sh: 2.
func dropsExporter(t *testing.T) *Exporter {
	t.Helper()
	out, info := compile(t, `tracepoint:skb:kfree_skb { @drops[comm] = count(); }`, nil)
	e, err := New(out, info)
	if err != nil {
		t.Fatal(err)
	}
	e.SetSource(&fakeSource{maps: map[string]*format.Map{"@drops": {Kind: format.Count, Entries: []format.Entry{{Key: []format.Value{str("sh")}, Value: u64(2)}}}}})
	return e
}

// The response says its format, and is gzipped when the scraper accepts
// gzip (Prometheus does), as it is not otherwise.
func TestContentTypeAndGzip(t *testing.T) {
	e := dropsExporter(t)
	h := e.Handler(t.Errorf)

	hdr, body := get(t, h)
	if ct := hdr.Get("Content-Type"); ct != "text/plain; version=0.0.4; charset=utf-8" || hdr.Get("Content-Encoding") != "" {
		t.Errorf("plain request: Content-Type %q, Content-Encoding %q", ct, hdr.Get("Content-Encoding"))
	}
	if !strings.Contains(string(body), "\nntrace_drops_total{comm=\"sh\"} 2\n") {
		t.Errorf("plain request:\n%s", body)
	}

	for _, c := range []struct {
		accept, encoding string
		gzipped          bool
		contentType      string
	}{
		{"application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1",
			"gzip", true, "application/openmetrics-text; version=1.0.0; charset=utf-8"},
		{"text/plain", "deflate, gzip;q=0.5", true, "text/plain; version=0.0.4; charset=utf-8"},
		{"", "gzip;q=0", false, "text/plain; version=0.0.4; charset=utf-8"},
		{"", "identity", false, "text/plain; version=0.0.4; charset=utf-8"},
	} {
		hdr, body := get(t, h, "Accept", c.accept, "Accept-Encoding", c.encoding)
		if ct := hdr.Get("Content-Type"); ct != c.contentType {
			t.Errorf("Accept %q: Content-Type %q, want %q", c.accept, ct, c.contentType)
		}
		if gz := hdr.Get("Content-Encoding") == "gzip"; gz != c.gzipped {
			t.Errorf("Accept-Encoding %q: gzipped %v", c.encoding, gz)
			continue
		}
		if c.gzipped {
			r, err := gzip.NewReader(strings.NewReader(string(body)))
			if err != nil {
				t.Fatal(err)
			}
			if body, err = io.ReadAll(r); err != nil {
				t.Fatalf("gunzipping: %v", err)
			}
		}
		if !strings.Contains(string(body), "ntrace_drops_total{comm=\"sh\"} 2\n") {
			t.Errorf("Accept-Encoding %q:\n%s", c.encoding, body)
		}
	}
}

// failingSource cannot read one map.
type failingSource struct {
	fakeSource
	bad string
}

func (f *failingSource) Read(m *codegen.Map) (*format.Map, error) {
	if m.Name == f.bad {
		return nil, errors.New("bpf_map_lookup_elem: bad address")
	}
	return f.fakeSource.Read(m)
}

// A map that cannot be read is reported and left out; the scrape serves
// the rest.
func TestUnreadableMap(t *testing.T) {
	out, info := compile(t, `tracepoint:skb:kfree_skb { @a[comm] = count(); @b[comm] = count(); }`, nil)
	e, err := New(out, info)
	if err != nil {
		t.Fatal(err)
	}
	e.SetSource(&failingSource{bad: "@a", fakeSource: fakeSource{maps: map[string]*format.Map{
		"@b": {Kind: format.Count, Entries: []format.Entry{{Key: []format.Value{str("sh")}, Value: u64(5)}}},
	}}})
	var logged []string
	_, body := get(t, e.Handler(func(f string, args ...any) { logged = append(logged, fmt.Sprintf(f, args...)) }))
	if len(logged) != 1 || logged[0] != "reading map @a: bpf_map_lookup_elem: bad address" {
		t.Errorf("logged %q", logged)
	}
	text := string(body)
	if strings.Contains(text, "ntrace_a_total") || !strings.Contains(text, "\nntrace_b_total{comm=\"sh\"} 5\n") ||
		!strings.Contains(text, "ntrace_map_keys{map=\"@b\"} 1\n") || strings.Contains(text, "ntrace_map_keys{map=\"@a\"}") {
		t.Errorf("served:\n%s", text)
	}
}
