// Command soak runs ntrace's udplat and drop-packet recipes for a long
// time under mixed traffic and process churn, and checks that ntrace
// stays flat (resident memory, open file descriptors, the number of keys
// in its maps) and that what it counted is exactly the traffic soak made.
//
// The traffic runs in a network namespace of its own, so that the
// kernel's counters there (/proc/net/snmp and snmp6) count soak's
// traffic and nothing else. Each round, a driver in that namespace starts
// a short-lived reader process (UDP sockets on one port: an SO_REUSEPORT
// pair on 127.77.0.1, one on [::1], one with a tiny receive buffer on
// 127.77.0.2 that is read only after the senders are done, so that
// datagrams are dropped; and a decoy socket on another port) and several
// short-lived sender processes (UDP to every socket, UDP to a closed port,
// TCP connections to a closed port, over IPv4 and IPv6). The tracers run
// in the first namespace, where production runs them, and trace the
// namespace's traffic like any other.
//
// What is checked when the run ends:
//
//   - the traffic itself: each port's datagrams read plus dropped equal
//     those sent, and the namespace's snmp counters agree (datagrams read,
//     receive-buffer drops, datagrams to no port, refused connections);
//   - udplat: one line per datagram it measured (LAT=0) and @usecs
//     counting the same; those and @unmeasured (reads the recipe could
//     not match to a datagram, where it says so) adding up to the
//     datagrams read on the port; its drops map counting the port's drops;
//   - drop-packet: one line per datagram dropped for the port and the
//     decoy (receive buffer full), per datagram to the closed port and
//     per connection to the closed port (no socket);
//   - neither tracer reports lost events or a full map;
//   - ntrace's RSS, open fds and map keys, sampled between rounds: the
//     last sample against the first one after warm-up (for map keys, the
//     mean of the last third of the samples against the first third's).
//
// Run it as root, from the repository root:
//
//	make soak DURATION=24h
//
// It prints progress on stderr, a summary on stdout, and writes every
// sample and count to soak/out/result.json. The recipes are run by name,
// so it drives whatever version of them the binary embeds.
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(1)
	}
}

// run dispatches on the role: soak starts copies of itself as the traffic
// driver, readers and senders.
func run(args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "driver":
			return runDriver(args[1:])
		case "reader":
			return runReader(args[1:])
		case "sender":
			return runSender(args[1:])
		}
	}
	return runController(args)
}
