package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// config is the controller's flags.
type config struct {
	ntrace   string
	duration time.Duration
	interval time.Duration
	warmup   time.Duration
	out      string
	senders  int
	rssSlack int // kB
	keySlack int
}

// result is what result.json holds.
type result struct {
	Started  time.Time           `json:"started"`
	Ran      string              `json:"ran"` // how long the traffic ran
	Ports    ports               `json:"ports"`
	Traffic  driverReport        `json:"traffic"`
	Udplat   map[string]int      `json:"udplat"`
	Drops    map[string]int      `json:"drop_packet"`
	Samples  map[string][]sample `json:"samples"` // by recipe
	Failures []string            `json:"failures"`
	// Odd holds the first lines of each tracer's output that were not
	// recognised, by recipe.
	Odd map[string][]string `json:"odd_lines"`
}

func runController(args []string) error {
	fs := flag.NewFlagSet("soak", flag.ContinueOnError)
	var cfg config
	fs.StringVar(&cfg.ntrace, "ntrace", "bin/ntrace", "the ntrace binary")
	fs.DurationVar(&cfg.duration, "duration", time.Hour, "how long the traffic runs")
	fs.DurationVar(&cfg.interval, "interval", 0, "time between samples (default: duration/60, at least 10s)")
	fs.DurationVar(&cfg.warmup, "warmup", 0, "the first sample compared with the last is the first after this (default: duration/10, at most 5m)")
	fs.StringVar(&cfg.out, "out", "soak/out/result.json", "where to write every sample and count")
	fs.IntVar(&cfg.senders, "senders", 3, "sender processes per round")
	fs.IntVar(&cfg.rssSlack, "rss-slack", 4096, "kB the mean RSS of the last third of the samples may exceed the first third's by")
	fs.IntVar(&cfg.keySlack, "key-slack", 16, "map keys the mean of the last third of the samples may hold beyond the first third's (other traffic adds drop reasons and places)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if cfg.interval == 0 {
		cfg.interval = max(cfg.duration/60, 10*time.Second)
	}
	if cfg.warmup == 0 {
		cfg.warmup = min(cfg.duration/10, 5*time.Minute)
	}
	if os.Geteuid() != 0 {
		return errors.New("needs root, to run ntrace and make a network namespace")
	}
	p, err := freePorts()
	if err != nil {
		return err
	}
	res := &result{Started: time.Now(), Ports: p, Samples: map[string][]sample{}}
	logf("ports: watched %d, decoy %d, closed UDP %d, closed TCP %d", p.Watched, p.Decoy, p.ClosedUDP, p.ClosedTCP)

	udplat, err := startTracer(cfg.ntrace, "udplat", classifyUdplat, "udplat", "-D", fmt.Sprint("PORT=", p.Watched), "-D", "LAT=0")
	if err != nil {
		return err
	}
	defer udplat.cmd.Process.Kill()
	drops, err := startTracer(cfg.ntrace, "drop-packet", dropClassifier(p), "drop-packet")
	if err != nil {
		return err
	}
	defer drops.cmd.Process.Kill()
	tracers := []*tracer{udplat, drops}
	for _, tr := range tracers {
		if err := tr.waitAttached(); err != nil {
			return err
		}
	}
	logf("tracers attached; traffic for %s", cfg.duration)

	// SIGINT or SIGTERM ends the traffic early; the run then finishes
	// as at the end of its duration, checks and writes its result. (The
	// tracers and the traffic are in process groups of their own, out of
	// reach of a Ctrl-C in soak's terminal.)
	early := make(chan os.Signal, 1)
	signal.Notify(early, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(early)
	report, ran, err := drive(cfg, p, tracers, res, early)
	if err != nil {
		// What was sampled until then is the evidence: write it.
		res.Failures = append(res.Failures, err.Error())
		if werr := writeResult(cfg.out, res); werr != nil {
			logf("writing %s: %v", cfg.out, werr)
		}
		return err
	}
	res.Traffic = report
	res.Ran = ran.Round(time.Second).String()
	// Let the last events reach the tracers, then take the quiet sample.
	time.Sleep(2 * time.Second)
	for _, tr := range tracers {
		s, err := take(tr.cmd.Process.Pid)
		if err != nil {
			return err
		}
		s.Seconds, s.Round = ran.Seconds(), report.Counts.Rounds
		res.Samples[tr.name] = append(res.Samples[tr.name], s)
	}
	for _, tr := range tracers {
		if err := tr.stop(); err != nil {
			return err
		}
	}
	res.Failures = check(cfg, res, udplat, drops)
	res.Odd = map[string][]string{udplat.name: udplat.odd, drops.name: drops.odd}
	if err := writeResult(cfg.out, res); err != nil {
		return err
	}
	printSummary(os.Stdout, res)
	if len(res.Failures) > 0 {
		return fmt.Errorf("%d checks failed", len(res.Failures))
	}
	return nil
}

// drive runs the traffic driver in a new network namespace for the
// run's duration, sampling the tracers between its rounds, and returns
// its report and how long it ran.
func drive(cfg config, p ports, tracers []*tracer, res *result, early <-chan os.Signal) (driverReport, time.Duration, error) {
	self, err := os.Executable()
	if err != nil {
		return driverReport{}, 0, err
	}
	args := append([]string{"driver", fmt.Sprint("-senders=", cfg.senders)}, p.args()...)
	driver := exec.Command(self, args...)
	driver.SysProcAttr = &syscall.SysProcAttr{Cloneflags: syscall.CLONE_NEWNET, Pdeathsig: syscall.SIGKILL, Setpgid: true}
	driver.Stderr = os.Stderr
	stdout, err := driver.StdoutPipe()
	if err != nil {
		return driverReport{}, 0, err
	}
	start := time.Now()
	if err := driver.Start(); err != nil {
		return driverReport{}, 0, fmt.Errorf("starting the traffic in a network namespace: %w", err)
	}
	defer driver.Process.Kill()
	stopAt := time.AfterFunc(cfg.duration, func() { driver.Process.Signal(syscall.SIGTERM) })
	defer stopAt.Stop()
	go func() {
		if sig, ok := <-early; ok {
			logf("%v: ending the traffic after %s, early", sig, time.Since(start).Round(time.Second))
			driver.Process.Signal(syscall.SIGTERM)
		}
	}()
	var report driverReport
	var got bool
	nextSample := start.Add(cfg.warmup)
	lastLog := start
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		l := sc.Text()
		if v, ok := strings.CutPrefix(l, "totals "); ok {
			if err := json.Unmarshal([]byte(v), &report); err != nil {
				return report, 0, fmt.Errorf("the driver's totals: %w", err)
			}
			got = true
			continue
		}
		var round int
		if _, err := fmt.Sscanf(l, "idle %d", &round); err != nil {
			return report, 0, fmt.Errorf("the driver said %q", l)
		}
		if time.Now().Before(nextSample) {
			continue
		}
		nextSample = time.Now().Add(cfg.interval)
		for _, tr := range tracers {
			s, err := take(tr.cmd.Process.Pid)
			if err != nil {
				return report, 0, fmt.Errorf("sampling %s: %w", tr.name, err)
			}
			s.Seconds, s.Round = time.Since(start).Seconds(), round
			res.Samples[tr.name] = append(res.Samples[tr.name], s)
		}
		if time.Since(lastLog) >= 10*time.Minute || len(res.Samples[tracers[0].name]) == 1 {
			lastLog = time.Now()
			u, d := res.Samples["udplat"], res.Samples["drop-packet"]
			logf("%s: round %d; udplat RSS %d kB, %d fds, %d keys; drop-packet RSS %d kB, %d fds, %d keys",
				time.Since(start).Round(time.Second), round, u[len(u)-1].RSSkB, u[len(u)-1].FDs, u[len(u)-1].Keys,
				d[len(d)-1].RSSkB, d[len(d)-1].FDs, d[len(d)-1].Keys)
		}
	}
	werr := driver.Wait()
	ran := time.Since(start)
	if werr != nil || !got {
		return report, ran, fmt.Errorf("the traffic driver failed after %s: %v", ran.Round(time.Second), werr)
	}
	return report, ran, nil
}

// freePorts picks four consecutive ports below the ephemeral range that no
// socket of this namespace uses, so that other traffic the tracers see is
// unlikely to use them.
func freePorts() (ports, error) {
	used := map[int]bool{}
	for _, f := range []string{"udp", "udp6", "tcp", "tcp6"} {
		b, err := os.ReadFile(filepath.Join("/proc/net", f))
		if err != nil {
			return ports{}, err
		}
		for _, l := range strings.Split(string(b), "\n")[1:] {
			fields := strings.Fields(l)
			if len(fields) < 2 {
				continue
			}
			if i := strings.LastIndexByte(fields[1], ':'); i >= 0 {
				if port, err := strconv.ParseUint(fields[1][i+1:], 16, 16); err == nil {
					used[int(port)] = true
				}
			}
		}
	}
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	for range 100 {
		base := 20000 + rng.Intn(9000)
		if !used[base] && !used[base+1] && !used[base+2] && !used[base+3] {
			return ports{Watched: base, Decoy: base + 1, ClosedUDP: base + 2, ClosedTCP: base + 3}, nil
		}
	}
	return ports{}, errors.New("no four free ports found")
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "soak: %s "+format+"\n", append([]any{time.Now().Format("15:04:05")}, args...)...)
}
