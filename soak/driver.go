package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ntrace/ntrace/internal/ifup"
)

// driverReport is what the driver prints when it stops: the traffic's
// counts as its processes saw them, and the kernel's counters of the
// namespace over the same time.
type driverReport struct {
	Counts counts           `json:"counts"`
	SNMP   map[string]int64 `json:"snmp"` // the counters' change over the run
}

// runDriver makes rounds of traffic in the network namespace it was
// started in until SIGTERM, saying "idle N" between rounds, then prints
// "totals " and its report as JSON.
func runDriver(args []string) error {
	fs := flag.NewFlagSet("driver", flag.ContinueOnError)
	var p ports
	p.register(fs)
	senders := fs.Int("senders", 3, "sender processes per round")
	gap := fs.Duration("gap", 200*time.Millisecond, "pause between rounds")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	if err := ifup.Loopback(); err != nil {
		return err
	}
	before, err := readSNMP()
	if err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	var total counts
	for ctx.Err() == nil {
		c, err := round(self, p, *senders)
		if err != nil {
			return fmt.Errorf("round %d: %w", total.Rounds+1, err)
		}
		total.add(c)
		fmt.Printf("idle %d\n", total.Rounds)
		select {
		case <-ctx.Done():
		case <-time.After(*gap):
		}
	}
	after, err := readSNMP()
	if err != nil {
		return err
	}
	delta := map[string]int64{}
	for k, v := range after {
		delta[k] = v - before[k]
	}
	b, err := json.Marshal(driverReport{Counts: total, SNMP: delta})
	if err != nil {
		return err
	}
	fmt.Printf("totals %s\n", b)
	return nil
}

// round runs one reader and senders processes beside it, and returns
// what they counted.
func round(self string, p ports, senders int) (counts, error) {
	c := counts{Rounds: 1, Processes: 1 + senders}
	reader := exec.Command(self, append([]string{"reader"}, p.args()...)...)
	reader.Stderr = os.Stderr
	reader.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	stdin, err := reader.StdinPipe()
	if err != nil {
		return c, err
	}
	stdout, err := reader.StdoutPipe()
	if err != nil {
		return c, err
	}
	if err := reader.Start(); err != nil {
		return c, err
	}
	defer reader.Process.Kill() // a no-op once it has exited
	lines := bufio.NewScanner(stdout)
	if !lines.Scan() || lines.Text() != "ready" {
		_ = reader.Wait()
		return c, fmt.Errorf("the reader did not get ready: %q %v", lines.Text(), lines.Err())
	}
	results := make([]counts, senders)
	errs := make([]error, senders)
	var wg sync.WaitGroup
	for i := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(self, append([]string{"sender"}, p.args()...)...)
			cmd.Stderr = os.Stderr
			cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
			out, err := cmd.Output()
			if err == nil {
				err = json.Unmarshal(out, &results[i])
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i := range senders {
		if errs[i] != nil {
			return c, fmt.Errorf("sender: %w", errs[i])
		}
		c.add(results[i])
	}
	if _, err := io.WriteString(stdin, "drain\n"); err != nil {
		return c, err
	}
	var read counts
	if !lines.Scan() {
		_ = reader.Wait()
		return c, fmt.Errorf("the reader reported nothing: %v", lines.Err())
	}
	if err := json.Unmarshal(lines.Bytes(), &read); err != nil {
		return c, fmt.Errorf("the reader's report: %w", err)
	}
	if err := reader.Wait(); err != nil {
		return c, fmt.Errorf("reader: %w", err)
	}
	c.add(read)
	return c, nil
}

// readSNMP reads the network namespace's protocol counters, as
// "Udp.InDatagrams", "Udp6.InDatagrams" (snmp6's Udp6InDatagrams),
// "Tcp.AttemptFails".
func readSNMP() (map[string]int64, error) {
	out := map[string]int64{}
	b, err := os.ReadFile("/proc/self/net/snmp")
	if err != nil {
		return nil, err
	}
	// Pairs of lines: "Udp: InDatagrams NoPorts …" then "Udp: 12 0 …".
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	for i := 0; i+1 < len(lines); i += 2 {
		names, values := strings.Fields(lines[i]), strings.Fields(lines[i+1])
		if len(names) != len(values) || names[0] != values[0] {
			return nil, fmt.Errorf("/proc/net/snmp: unexpected lines %q, %q", lines[i], lines[i+1])
		}
		proto := strings.TrimSuffix(names[0], ":")
		for j := 1; j < len(names); j++ {
			v, err := strconv.ParseInt(values[j], 10, 64)
			if err != nil {
				return nil, fmt.Errorf("/proc/net/snmp: %s: %w", names[j], err)
			}
			out[proto+"."+names[j]] = v
		}
	}
	b, err = os.ReadFile("/proc/self/net/snmp6")
	if err != nil {
		return nil, err
	}
	for _, l := range bytes.Split(b, []byte("\n")) {
		f := strings.Fields(string(l))
		if len(f) != 2 || !strings.HasPrefix(f[0], "Udp6") {
			continue
		}
		v, err := strconv.ParseInt(f[1], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("/proc/net/snmp6: %s: %w", f[0], err)
		}
		out["Udp6."+strings.TrimPrefix(f[0], "Udp6")] = v
	}
	return out, nil
}
