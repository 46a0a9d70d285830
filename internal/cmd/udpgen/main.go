// Command udpgen makes loopback UDP traffic for ntrace's demo and
// benchmarks: a receiver on 127.0.0.1 reads datagrams that a sender sends
// to it, optionally after a delay, so that they wait in the socket's queue.
package main

import (
	"flag"
	"fmt"
	"math/rand"
	"net"
	"os"
	"time"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "udpgen:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("udpgen", flag.ContinueOnError)
	count := fs.Int("n", 100, "datagrams to send")
	port := fs.Int("port", 0, "receiver port (0: any free port)")
	maxSize := fs.Int("max", 1400, "largest payload in bytes; sizes are random up to it")
	delay := fs.Duration("delay", 0, "how long the receiver waits before reading each datagram")
	jitter := fs.Duration("jitter", 0, "a random extra wait, up to this long, for each datagram")
	gap := fs.Duration("gap", time.Millisecond, "pause between datagrams")
	if err := fs.Parse(args); err != nil {
		return err
	}
	rx, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1), Port: *port})
	if err != nil {
		return err
	}
	defer rx.Close()
	tx, err := net.DialUDP("udp4", nil, rx.LocalAddr().(*net.UDPAddr))
	if err != nil {
		return err
	}
	defer tx.Close()
	buf := make([]byte, 65536)
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < *count; i++ {
		if _, err := tx.Write(make([]byte, 1+rng.Intn(*maxSize))); err != nil {
			return err
		}
		wait := *delay
		if *jitter > 0 {
			wait += time.Duration(rng.Int63n(int64(*jitter)))
		}
		time.Sleep(wait)
		if _, _, err := rx.ReadFromUDP(buf); err != nil {
			return err
		}
		time.Sleep(*gap)
	}
	return nil
}
