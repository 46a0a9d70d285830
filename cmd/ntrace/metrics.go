package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/metrics"
	"github.com/ntrace/ntrace/runtime"
)

// metricsServer serves --metrics while the script runs.
type metricsServer struct {
	exp *metrics.Exporter
	srv *http.Server
}

// startMetrics listens on addr (--metrics, else the script's config
// metrics) before anything is attached, so that an address in use fails
// the run before it starts, and serves the script's maps at /metrics.
// It returns nil when neither asks for metrics.
func startMetrics(addr string, out *codegen.Output, info *lang.Info, stderr io.Writer) (*metricsServer, error) {
	if addr == "" {
		addr = info.Config.Metrics
	}
	if addr == "" {
		return nil, nil
	}
	exp, err := metrics.New(out, info)
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("serving metrics: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", exp.Handler(func(format string, args ...any) {
		fmt.Fprintf(stderr, "ntrace: metrics: "+format+"\n", args...)
	}))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprintln(w, "ntrace: metrics are at /metrics")
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }() // returns when stop shuts it down
	fmt.Fprintf(stderr, "ntrace: serving metrics on http://%s/metrics\n", ln.Addr())
	return &metricsServer{exp: exp, srv: srv}, nil
}

// live starts reading the run's maps.
func (m *metricsServer) live(l *runtime.Live) { m.exp.SetSource(l) }

// stop closes the server, letting a scrape in flight finish for a moment.
func (m *metricsServer) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	_ = m.srv.Shutdown(ctx) // a scrape still in flight is cut short
}
