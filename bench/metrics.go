package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// The metrics part (-only metrics; never by default, bpftrace has no such
// thing) measures what ntrace --metrics costs: a scrape of a map of 4096
// and of 65536 keys (time, CPU, bytes, ntrace's memory per series), what
// one series costs a real Prometheus scraping it, and how many series each
// bundled recipe serves on the bench's own traffic.

// MetricsResult is the metrics part's figures.
type MetricsResult struct {
	Scrapes []ScrapeCost   `json:"scrapes"`
	Recipes []RecipeSeries `json:"series_per_recipe"`
}

// ScrapeCost is what scraping one map of Keys keys costs.
type ScrapeCost struct {
	Keys   int `json:"keys"`
	Series int `json:"series"`
	Bytes  int `json:"bytes"`
	// WallMs is the median time from request to the body's last byte;
	// CPUMs ntrace's CPU time (user and system) per scrape.
	WallMs float64 `json:"wall_ms_median"`
	CPUMs  float64 `json:"ntrace_cpu_ms_per_scrape"`
	// RSS before the first scrape and the peak after ten.
	RSSBefore int64 `json:"ntrace_rss_before"`
	RSSPeak   int64 `json:"ntrace_rss_peak"`
	// PromBytesPerSeries is Prometheus's resident memory growth per head
	// series after scraping this every second for PromSeconds.
	PromBytesPerSeries float64 `json:"prometheus_rss_bytes_per_series"`
	PromSeconds        int     `json:"prometheus_seconds"`
}

// RecipeSeries counts the series one recipe serves.
type RecipeSeries struct {
	Recipe  string `json:"recipe"`
	Script  int    `json:"script_series"`
	Health  int    `json:"ntrace_series"`
	Process int    `json:"process_series"`
}

const scrapes = 10

// measureMetrics takes the metrics part's figures.
func (b *bench) measureMetrics(ctx context.Context) (*MetricsResult, error) {
	res := &MetricsResult{}
	for _, keys := range []int{4096, 65536} {
		b.logf("metrics: a map of %d keys", keys)
		sc, err := b.scrapeCost(ctx, keys)
		if err != nil {
			return nil, err
		}
		res.Scrapes = append(res.Scrapes, sc)
	}
	recipes := [][]string{
		{"drop-packet", "-D", "QUIET=true"},
		{"ep_poll_interact", "-D", fmt.Sprintf("PID=%d", b.pid), "--missing=warn"},
		{"syscount"},
		{"udplat", "-D", "PORT=9477", "-D", "LAT=1s"},
		{"udprecv"},
	}
	for _, r := range recipes {
		b.logf("metrics: series of %s", r[0])
		rs, err := b.recipeSeries(ctx, r)
		if err != nil {
			return nil, err
		}
		res.Recipes = append(res.Recipes, rs)
	}
	return res, nil
}

// scrapeCost fills a count() map with keys keys from the bench's own
// getppid calls and scrapes it.
func (b *bench) scrapeCost(ctx context.Context, keys int) (ScrapeCost, error) {
	sc := ScrapeCost{Keys: keys}
	script := withReady(`tracepoint:syscalls:sys_enter_getppid /pid == $1/ { @calls[@i] = count(); @i = @i + 1; }`)
	t, addr, err := b.launchMetrics(ctx, "-e", script, strconv.Itoa(b.pid), "--map-size", strconv.Itoa(keys))
	if err != nil {
		return sc, err
	}
	defer t.kill()
	if _, err := t.waitReady(ctx); err != nil {
		return sc, err
	}
	for i := 0; i < keys; i++ {
		unix.Getppid()
	}
	want := fmt.Sprintf("\nntrace_map_keys{map=\"@calls\"} %d\n", keys)
	deadline := time.Now().Add(time.Minute)
	for {
		body, _, err := scrape(addr)
		if err != nil {
			return sc, err
		}
		if strings.Contains(body, want) {
			break
		}
		if time.Now().After(deadline) {
			return sc, fmt.Errorf("the map did not reach %d keys:\n%s", keys, lastLines(body, 20))
		}
		time.Sleep(50 * time.Millisecond)
	}
	pid := t.cmd.Process.Pid
	sc.RSSBefore = procStatus(pid, "VmRSS")
	cpu0 := procCPU(pid)
	var walls []float64
	for i := 0; i < scrapes; i++ {
		body, wall, err := scrape(addr)
		if err != nil {
			return sc, err
		}
		walls = append(walls, float64(wall.Microseconds())/1000)
		sc.Bytes = len(body)
		sc.Series = countSeries(body, "ntrace_calls_total")
	}
	sc.CPUMs = float64((procCPU(pid) - cpu0).Microseconds()) / 1000 / scrapes
	sc.RSSPeak = procStatus(pid, "VmHWM")
	sort.Float64s(walls)
	sc.WallMs = walls[len(walls)/2]
	sc.PromSeconds = 15
	sc.PromBytesPerSeries, err = b.promCostPerSeries(ctx, addr, sc.PromSeconds)
	return sc, err
}

// launchMetrics starts ntrace with --metrics on a free port.
func (b *bench) launchMetrics(ctx context.Context, args ...string) (*tool, string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", err
	}
	addr := l.Addr().String()
	l.Close()
	t, err := launch(ctx, ntraceName, b.ntrace, append(args, "--metrics", addr)...)
	return t, addr, err
}

// promCostPerSeries runs Prometheus scraping addr every second for secs
// seconds and returns its resident memory growth per head series.
func (b *bench) promCostPerSeries(ctx context.Context, addr string, secs int) (float64, error) {
	bin, err := exec.LookPath("prometheus")
	if err != nil {
		b.logf("metrics: no prometheus installed; its cost per series is not measured")
		return 0, nil
	}
	dir, err := os.MkdirTemp("", "ntrace-bench-prom")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	cfg := fmt.Sprintf("global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: ntrace\n    scrape_timeout: 1s\n    static_configs:\n      - targets: [%q]\n", addr)
	if err := os.WriteFile(filepath.Join(dir, "p.yml"), []byte(cfg), 0o644); err != nil {
		return 0, err
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	web := l.Addr().String()
	l.Close()
	p, err := launch(ctx, "prometheus", bin, "--config.file="+filepath.Join(dir, "p.yml"),
		"--storage.tsdb.path="+filepath.Join(dir, "data"), "--web.listen-address="+web, "--log.level=error")
	if err != nil {
		return 0, err
	}
	defer p.kill()
	var rss0, series0 float64
	deadline := time.Now().Add(time.Minute)
	for {
		body, _, err := scrape(web)
		if err == nil {
			rss0, series0 = gauge(body, "process_resident_memory_bytes"), gauge(body, "prometheus_tsdb_head_series")
			break
		}
		if time.Now().After(deadline) {
			return 0, fmt.Errorf("prometheus did not start: %s", p.stderrTail())
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(time.Duration(secs) * time.Second)
	body, _, err := scrape(web)
	if err != nil {
		return 0, err
	}
	rss, series := gauge(body, "process_resident_memory_bytes"), gauge(body, "prometheus_tsdb_head_series")
	if series <= series0 {
		return 0, fmt.Errorf("prometheus stored no series of %s", addr)
	}
	return (rss - rss0) / (series - series0), nil
}

// recipeSeries runs a recipe on the bench's traffic for two seconds and
// counts what it serves.
func (b *bench) recipeSeries(ctx context.Context, args []string) (RecipeSeries, error) {
	rs := RecipeSeries{Recipe: args[0]}
	t, addr, err := b.launchMetrics(ctx, args...)
	if err != nil {
		return rs, err
	}
	defer t.kill()
	var body string
	for end := time.Now().Add(2 * time.Second); time.Now().Before(end); {
		pokeNetwork(9477)
		var err error
		if body, _, err = scrape(addr); err != nil {
			body = ""
		}
		time.Sleep(100 * time.Millisecond)
	}
	if body == "" {
		return rs, fmt.Errorf("%s served no metrics: %s", args[0], t.stderrTail())
	}
	for _, l := range strings.Split(body, "\n") {
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
		case strings.HasPrefix(l, "process_"):
			rs.Process++
		case healthSeries.MatchString(l):
			rs.Health++
		default:
			rs.Script++
		}
	}
	return rs, t.stop()
}

var healthSeries = regexp.MustCompile(`^ntrace_(build_info|probe_attached|events_lost_total|map_updates_dropped_total|map_max_entries|map_keys|program_runs_total|program_run_seconds_total)[{ ]`)

// pokeNetwork makes what the recipes count: a datagram read on port, one
// to a closed port, system calls.
func pokeNetwork(port int) {
	if rx, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1), Port: port}); err == nil {
		if tx, err := net.DialUDP("udp4", nil, rx.LocalAddr().(*net.UDPAddr)); err == nil {
			_, _ = tx.Write([]byte("poke"))
			_ = rx.SetReadDeadline(time.Now().Add(time.Second))
			_, _ = rx.Read(make([]byte, 64))
			tx.Close()
		}
		rx.Close()
	}
	if c, err := net.Dial("udp4", "127.0.0.1:9"); err == nil {
		_, _ = c.Write([]byte("nobody listens"))
		c.Close()
	}
	unix.Getppid()
}

// scrape fetches /metrics from addr and times it.
func scrape(addr string) (string, time.Duration, error) {
	start := time.Now()
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		return "", 0, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return string(b), time.Since(start), err
}

// countSeries counts the sample lines of a metric.
func countSeries(body, name string) int {
	n := 0
	for _, l := range strings.Split(body, "\n") {
		if strings.HasPrefix(l, name+"{") || strings.HasPrefix(l, name+" ") {
			n++
		}
	}
	return n
}

// gauge reads an unlabelled sample from an exposition.
func gauge(body, name string) float64 {
	for _, l := range strings.Split(body, "\n") {
		if v, ok := strings.CutPrefix(l, name+" "); ok {
			f, _ := strconv.ParseFloat(strings.TrimSpace(v), 64)
			return f
		}
	}
	return 0
}

// procStatus reads a kB field of /proc/PID/status, in bytes.
func procStatus(pid int, field string) int64 {
	b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, field+":"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// procCPU is a process's user and system CPU time so far.
func procCPU(pid int) time.Duration {
	b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	s := string(b)
	if i := strings.LastIndexByte(s, ')'); i >= 0 {
		s = s[i+2:]
	}
	f := strings.Fields(s)
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * time.Second / 100 // USER_HZ
}

func lastLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// printMetrics writes the metrics part's table.
func printMetrics(w io.Writer, m *MetricsResult) {
	fmt.Fprintf(w, "\n--metrics: one count() map, %d scrapes each\n", scrapes)
	fmt.Fprintf(w, "  %8s %8s %10s %10s %10s %12s %12s %14s\n", "keys", "series", "bytes", "wall ms", "cpu ms", "ntrace RSS", "bytes/series", "prom B/series")
	for _, s := range m.Scrapes {
		per := float64(s.RSSPeak-s.RSSBefore) / float64(max(1, s.Series))
		fmt.Fprintf(w, "  %8d %8d %10d %10.1f %10.1f %11.1fM %12.0f %14.0f\n", s.Keys, s.Series, s.Bytes, s.WallMs, s.CPUMs,
			float64(s.RSSPeak)/(1<<20), per, s.PromBytesPerSeries)
	}
	fmt.Fprintf(w, "\nseries per recipe (the bench's traffic, 2 s)\n  %-18s %8s %8s %8s\n", "recipe", "script", "ntrace", "process")
	for _, r := range m.Recipes {
		fmt.Fprintf(w, "  %-18s %8d %8d %8d\n", r.Recipe, r.Script, r.Health, r.Process)
	}
}
