package e2e

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ntrace/ntrace/internal/promcheck"
)

// This file runs a real Prometheus (Debian's prometheus package, which
// make deps installs) against ntrace --metrics: it scrapes ntrace every
// second, and the tests ask its HTTP API what it stored.

// promServer is a Prometheus the test started, with its own config and
// storage in a temporary directory.
type promServer struct {
	t   *testing.T
	url string
	cmd *exec.Cmd
	mu  sync.Mutex
	log strings.Builder // its output
}

// The jobs Prometheus scrapes ntrace as, each through a proxy of the
// test's: promJob as Prometheus asks (OpenMetrics first), promTextJob
// with the Accept header of a scraper that reads only the text format.
// (Prometheus 2.42 has no setting for the formats it asks for.) Each
// series is in Prometheus once per job, with the job's label.
const (
	promJob     = "ntrace"
	promTextJob = "ntrace_text"
)

var promJobs = []string{promJob, promTextJob}

func (p *promServer) logText() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.log.String()
}

// requirePrometheus skips a test where Prometheus is not installed (the
// VM rig's guests have none).
func requirePrometheus(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("prometheus")
	if err != nil {
		t.Skip("prometheus is not installed (make deps installs Debian's prometheus package)")
	}
	return bin
}

// freeTCPPort returns a loopback port nothing listens on now.
func freeTCPPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startPrometheus starts Prometheus scraping target (host:port) every
// second as both jobs, and waits until it is ready. When the test ends,
// it checks that each job got the format it stands for.
func startPrometheus(t *testing.T, target string) *promServer {
	t.Helper()
	bin := requirePrometheus(t)
	dir := t.TempDir()
	om := startFormatProxy(t, target, "")
	text := startFormatProxy(t, target, "text/plain;version=0.0.4")
	cfg := "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n"
	for _, j := range []struct {
		name string
		p    *formatProxy
	}{{promJob, om}, {promTextJob, text}} {
		cfg += fmt.Sprintf(`  - job_name: %s
    scrape_interval: 1s
    scrape_timeout: 1s
    static_configs:
      - targets: [%q]
`, j.name, j.p.addr)
	}
	if err := os.WriteFile(filepath.Join(dir, "prometheus.yml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		om.expect(t, promJob, "application/openmetrics-text; version=1.0.0; charset=utf-8")
		text.expect(t, promTextJob, "text/plain; version=0.0.4; charset=utf-8")
	})
	for try := 0; ; try++ {
		addr := fmt.Sprintf("127.0.0.1:%d", freeTCPPort(t))
		p, portTaken := launchPrometheus(t, bin, dir, addr)
		if p != nil {
			return p
		}
		if !portTaken || try == 3 {
			t.Fatal("prometheus did not start")
		}
	}
}

// formatProxy passes Prometheus's scrapes on to ntrace, with the Accept
// header it was made with (Prometheus's own when ""), and notes the
// Content-Type of each answer.
type formatProxy struct {
	addr  string
	mu    sync.Mutex
	types map[string]int
}

func startFormatProxy(t *testing.T, target, accept string) *formatProxy {
	t.Helper()
	fp := &formatProxy{types: map[string]int{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	fp.addr = ln.Addr().String()
	proxy := &httputil.ReverseProxy{
		Rewrite: func(r *httputil.ProxyRequest) {
			r.SetURL(&url.URL{Scheme: "http", Host: target})
			if accept != "" {
				r.Out.Header.Set("Accept", accept)
			}
		},
		ModifyResponse: func(resp *http.Response) error {
			fp.mu.Lock()
			fp.types[resp.Header.Get("Content-Type")]++
			fp.mu.Unlock()
			return nil
		},
	}
	srv := &http.Server{Handler: proxy}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return fp
}

// expect fails the test unless every answer the proxy saw had content
// type want, and there was one.
func (fp *formatProxy) expect(t *testing.T, job, want string) {
	fp.mu.Lock()
	defer fp.mu.Unlock()
	if fp.types[want] == 0 || len(fp.types) != 1 {
		t.Errorf("Prometheus's %s job got answers of types %v; want %q only", job, fp.types, want)
	}
}

// launchPrometheus starts Prometheus on addr and waits for it to be
// ready. It returns nil, after failing the test, unless the port was taken
// meanwhile: then it returns nil and portTaken, to try another.
func launchPrometheus(t *testing.T, bin, dir, addr string) (p *promServer, portTaken bool) {
	t.Helper()
	p = &promServer{t: t, url: "http://" + addr}
	p.cmd = exec.Command(bin, "--config.file="+filepath.Join(dir, "prometheus.yml"),
		"--storage.tsdb.path="+filepath.Join(dir, "data"), "--web.listen-address="+addr, "--log.level=warn")
	p.cmd.Stdout = &lockedWriter{mu: &p.mu, w: &p.log}
	p.cmd.Stderr = p.cmd.Stdout
	if err := startChild(p.cmd); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- p.cmd.Wait() }()
	t.Cleanup(func() {
		p.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			p.cmd.Process.Kill()
			<-exited
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			exited <- err // for the cleanup
			if strings.Contains(p.logText(), "address already in use") {
				return nil, true
			}
			t.Errorf("prometheus exited: %v\n%s", err, p.logText())
			return nil, false
		case <-time.After(100 * time.Millisecond):
		}
		if resp, err := http.Get(p.url + "/-/ready"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return p, false
			}
		}
	}
	t.Errorf("prometheus was not ready within a minute\n%s", p.logText())
	return nil, false
}

// promSample is one series of a query's answer.
type promSample struct {
	Labels map[string]string
	Value  float64
}

// query evaluates a PromQL expression now.
func (p *promServer) query(expr string) []promSample {
	p.t.Helper()
	resp, err := http.Get(p.url + "/api/v1/query?query=" + url.QueryEscape(expr))
	if err != nil {
		p.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var r struct {
		Status string
		Error  string
		Data   struct {
			Result []struct {
				Metric map[string]string
				Value  [2]any
			}
		}
	}
	if err := json.Unmarshal(body, &r); err != nil || r.Status != "success" {
		p.t.Fatalf("query %s: %v %s\n%s", expr, err, r.Error, body)
	}
	var out []promSample
	for _, s := range r.Data.Result {
		v, err := strconv.ParseFloat(fmt.Sprint(s.Value[1]), 64)
		if err != nil {
			p.t.Fatalf("query %s: value %v", expr, s.Value[1])
		}
		out = append(out, promSample{Labels: s.Metric, Value: v})
	}
	return out
}

// scalar evaluates an expression with one series in its answer; ok is
// false when there is none.
func (p *promServer) scalar(expr string) (float64, bool) {
	p.t.Helper()
	s := p.query(expr)
	switch len(s) {
	case 0:
		return 0, false
	case 1:
		return s[0].Value, true
	}
	p.t.Fatalf("query %s: %d series, want one: %v", expr, len(s), s)
	return 0, false
}

// waitValue waits up to 30 s for expr to be want in Prometheus (it
// scrapes every second) and fails the test with the last value if it
// never is.
func (p *promServer) waitValue(expr string, want float64) {
	p.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	var got float64
	var ok bool
	for time.Now().Before(deadline) {
		if got, ok = p.scalar(expr); ok && got == want {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	if !ok {
		p.t.Fatalf("Prometheus has no value for %s after 30 s; want %g\ntargets: %s", expr, want, p.targets())
	}
	p.t.Fatalf("Prometheus has %s = %g after 30 s; want %g", expr, got, want)
}

// targets is what Prometheus says of its scrape targets, for failures.
func (p *promServer) targets() string {
	resp, err := http.Get(p.url + "/api/v1/targets")
	if err != nil {
		return err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

var metricsAddrLine = regexp.MustCompile(`serving metrics on http://(\S+)/metrics`)

// metricsAddr waits for ntrace to say where it serves metrics (host:port).
func (tr *tracer) metricsAddr() string {
	tr.t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if m := metricsAddrLine.FindStringSubmatch(tr.Stderr()); m != nil {
			return m[1]
		}
		select {
		case <-tr.done:
			tr.t.Fatalf("ntrace exited before serving metrics (%v)\n%s", tr.err, tr.Stderr())
		case <-time.After(10 * time.Millisecond):
		}
	}
	tr.t.Fatalf("ntrace did not say where it serves metrics\n%s", tr.Stderr())
	return ""
}

// scrapeText fetches /metrics from addr in the text format.
func scrapeText(t *testing.T, addr string) string {
	t.Helper()
	return scrape(t, addr, "")
}

// scrapeOpenMetrics fetches /metrics from addr in OpenMetrics, as
// Prometheus asks for it.
func scrapeOpenMetrics(t *testing.T, addr string) string {
	t.Helper()
	text := scrape(t, addr, "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1")
	if !strings.HasSuffix(text, "# EOF\n") {
		t.Fatalf("asked for OpenMetrics, got:\n%s", text)
	}
	return text
}

func scrape(t *testing.T, addr, accept string) string {
	t.Helper()
	req, err := http.NewRequest("GET", "http://"+addr+"/metrics", nil)
	if err != nil {
		t.Fatal(err)
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("scraping %s: %v %s\n%s", addr, err, resp.Status, b)
	}
	return string(b)
}

// checkBothFormats checks what addr serves in each format with the
// parsers of others (internal/promcheck): promtool for the text format,
// promtool and the Python client's strict parser for OpenMetrics.
func checkBothFormats(t *testing.T, addr string) {
	t.Helper()
	promcheck.Text(t, scrapeText(t, addr))
	promcheck.OpenMetrics(t, scrapeOpenMetrics(t, addr))
}
