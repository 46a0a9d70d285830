package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// ports are the ports soak's traffic uses: the one udplat watches, a decoy
// with readers that udplat must not count, and two with no socket.
type ports struct {
	Watched, Decoy, ClosedUDP, ClosedTCP int
}

// register adds the ports' flags to fs.
func (p *ports) register(fs *flag.FlagSet) {
	fs.IntVar(&p.Watched, "port", 0, "the UDP port udplat watches")
	fs.IntVar(&p.Decoy, "decoy", 0, "a UDP port with readers that udplat does not watch")
	fs.IntVar(&p.ClosedUDP, "closed-udp", 0, "a UDP port with no socket")
	fs.IntVar(&p.ClosedTCP, "closed-tcp", 0, "a TCP port with no socket")
}

// args are the flags that pass p on to another role.
func (p ports) args() []string {
	return []string{
		fmt.Sprint("-port=", p.Watched), fmt.Sprint("-decoy=", p.Decoy),
		fmt.Sprint("-closed-udp=", p.ClosedUDP), fmt.Sprint("-closed-tcp=", p.ClosedTCP),
	}
}

// The addresses of the namespace's sockets: 127.0.0.0/8 is all on lo, so
// these need no configuration, and they are unlikely to appear in other
// traffic the tracers see.
const (
	sharedAddr = "127.77.0.1" // the SO_REUSEPORT pair and the decoy
	tinyAddr   = "127.77.0.2" // the socket with the tiny receive buffer
	v6Addr     = "::1"
)

// counts is what the traffic did, as the senders and readers saw it.
type counts struct {
	SentWatched   int `json:"sent_watched"`    // datagrams sent to the watched port
	SentDecoy     int `json:"sent_decoy"`      // to the decoy port
	SentClosed    int `json:"sent_closed"`     // to the closed UDP port
	Connects      int `json:"connects"`        // TCP connections refused by the closed port
	ReadWatched   int `json:"read_watched"`    // datagrams read on the watched port
	ReadDecoy     int `json:"read_decoy"`      // on the decoy port
	DroppedWatch  int `json:"dropped_watched"` // dropped by the watched port's sockets (SO_MEMINFO)
	DroppedDecoy  int `json:"dropped_decoy"`   // by the decoy's
	Rounds        int `json:"rounds"`
	Processes     int `json:"processes"` // readers and senders started
	SentTinyBurst int `json:"sent_tiny"` // of SentWatched, those to the tiny-buffer socket
}

// add adds o's counts to c's.
func (c *counts) add(o counts) {
	c.SentWatched += o.SentWatched
	c.SentDecoy += o.SentDecoy
	c.SentClosed += o.SentClosed
	c.Connects += o.Connects
	c.ReadWatched += o.ReadWatched
	c.ReadDecoy += o.ReadDecoy
	c.DroppedWatch += o.DroppedWatch
	c.DroppedDecoy += o.DroppedDecoy
	c.Rounds += o.Rounds
	c.Processes += o.Processes
	c.SentTinyBurst += o.SentTinyBurst
}

// listenUDP opens a UDP socket on addr, with SO_REUSEPORT when reuse is
// set and a receive buffer of rcvbuf bytes when it is not 0.
func listenUDP(network, addr string, reuse bool, rcvbuf int) (*net.UDPConn, error) {
	lc := net.ListenConfig{Control: func(_, _ string, c syscall.RawConn) error {
		var serr error
		err := c.Control(func(fd uintptr) {
			if reuse {
				serr = unix.SetsockoptInt(int(fd), unix.SOL_SOCKET, unix.SO_REUSEPORT, 1)
			}
			if rcvbuf > 0 && serr == nil {
				serr = unix.SetsockoptInt(int(fd), unix.SOL_SOCKET, unix.SO_RCVBUF, rcvbuf)
			}
		})
		return errors.Join(err, serr)
	}}
	pc, err := lc.ListenPacket(context.Background(), network, addr)
	if err != nil {
		return nil, err
	}
	return pc.(*net.UDPConn), nil
}

// skMeminfoDrops is SK_MEMINFO_DROPS, the index of the socket's drop
// count in SO_MEMINFO's array.
const skMeminfoDrops = 8

// socketDrops is the number of datagrams the kernel dropped for the
// socket: its own count, as SO_MEMINFO reports it.
func socketDrops(c *net.UDPConn) (int, error) {
	rc, err := c.SyscallConn()
	if err != nil {
		return 0, err
	}
	var info [9]uint32
	var serr error
	err = rc.Control(func(fd uintptr) {
		size := uint32(unsafe.Sizeof(info))
		_, _, errno := unix.Syscall6(unix.SYS_GETSOCKOPT, fd, unix.SOL_SOCKET, unix.SO_MEMINFO,
			uintptr(unsafe.Pointer(&info)), uintptr(unsafe.Pointer(&size)), 0)
		if errno != 0 {
			serr = fmt.Errorf("SO_MEMINFO: %w", errno)
		}
	})
	if err := errors.Join(err, serr); err != nil {
		return 0, err
	}
	return int(info[skMeminfoDrops]), nil
}

// readSocket is one of a reader's sockets.
type readSocket struct {
	conn    *net.UDPConn
	watched bool // on the watched port
	later   bool // read only once the senders are done
	read    atomic.Int64
}

// runReader is one short-lived reader process: it opens the sockets, says
// "ready", reads until it is told "drain" on stdin and every socket has
// been quiet for a while, then prints what it read and the kernel dropped.
func runReader(args []string) error {
	fs := flag.NewFlagSet("reader", flag.ContinueOnError)
	var p ports
	p.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	type spec struct {
		network, addr string
		port          int
		reuse         bool
		rcvbuf        int
		later         bool
	}
	specs := []spec{
		{"udp4", sharedAddr, p.Watched, true, 0, false},
		{"udp4", sharedAddr, p.Watched, true, 0, false},
		{"udp6", v6Addr, p.Watched, false, 0, false},
		{"udp4", tinyAddr, p.Watched, false, 1, true}, // the kernel's smallest buffer
		{"udp4", sharedAddr, p.Decoy, false, 0, false},
	}
	var socks []*readSocket
	defer func() {
		for _, s := range socks {
			s.conn.Close()
		}
	}()
	for _, sp := range specs {
		c, err := listenUDP(sp.network, net.JoinHostPort(sp.addr, fmt.Sprint(sp.port)), sp.reuse, sp.rcvbuf)
		if err != nil {
			return err
		}
		socks = append(socks, &readSocket{conn: c, watched: sp.port == p.Watched, later: sp.later})
	}
	var wg sync.WaitGroup
	readAll := func(s *readSocket, quiet time.Duration) {
		buf := make([]byte, 65536)
		for {
			if quiet > 0 {
				_ = s.conn.SetReadDeadline(time.Now().Add(quiet)) // fails only once closed
			}
			if _, _, err := s.conn.ReadFromUDP(buf); err != nil {
				return // closed, or quiet that long
			}
			s.read.Add(1)
		}
	}
	for _, s := range socks {
		if !s.later {
			wg.Add(1)
			go func() { defer wg.Done(); readAll(s, 0) }()
		}
	}
	fmt.Println("ready")
	in := bufio.NewScanner(os.Stdin)
	if !in.Scan() || in.Text() != "drain" {
		return fmt.Errorf("reader: expected drain on stdin: %v", in.Err())
	}
	for _, s := range socks {
		if s.later {
			readAll(s, 200*time.Millisecond)
		}
	}
	// Loopback hands datagrams over in softirqs that may run a little
	// later: wait until nothing more has arrived for a while.
	total := func() (n int64) {
		for _, s := range socks {
			n += s.read.Load()
		}
		return n
	}
	for before := int64(-1); before != total(); {
		before = total()
		time.Sleep(300 * time.Millisecond)
	}
	var c counts
	for _, s := range socks {
		drops, err := socketDrops(s.conn)
		if err != nil {
			return err
		}
		if s.watched {
			c.ReadWatched += int(s.read.Load())
			c.DroppedWatch += drops
		} else {
			c.ReadDecoy += int(s.read.Load())
			c.DroppedDecoy += drops
		}
	}
	for _, s := range socks {
		s.conn.Close()
	}
	wg.Wait()
	return json.NewEncoder(os.Stdout).Encode(c)
}

// runSender is one short-lived sender process: it sends datagrams of
// random sizes to each of the reader's sockets, a burst to the tiny one,
// a few to the closed UDP port, and connects to the closed TCP port,
// over IPv4 and IPv6; then it prints what it sent.
func runSender(args []string) error {
	fs := flag.NewFlagSet("sender", flag.ContinueOnError)
	var p ports
	p.register(fs)
	n := fs.Int("n", 40, "datagrams to each of the watched port's addresses")
	burst := fs.Int("burst", 100, "datagrams to the socket with the tiny receive buffer")
	if err := fs.Parse(args); err != nil {
		return err
	}
	rng := rand.New(rand.NewSource(time.Now().UnixNano() ^ int64(os.Getpid())))
	var c counts
	// send sends count datagrams to addr from sources sockets in turn,
	// pausing now and then so that the readers keep up.
	send := func(network, addr string, port, count, sources, size int) (int, error) {
		dst, err := net.ResolveUDPAddr(network, net.JoinHostPort(addr, fmt.Sprint(port)))
		if err != nil {
			return 0, err
		}
		var conns []*net.UDPConn
		defer func() {
			for _, c := range conns {
				c.Close()
			}
		}()
		for range sources {
			c, err := net.ListenUDP(network, nil)
			if err != nil {
				return 0, err
			}
			conns = append(conns, c)
		}
		for i := range count {
			n := size
			if n == 0 {
				n = 1 + rng.Intn(512)
			}
			if _, err := conns[i%len(conns)].WriteToUDP(make([]byte, n), dst); err != nil {
				return i, err
			}
			if size == 0 && i%16 == 15 {
				time.Sleep(time.Millisecond)
			}
		}
		return count, nil
	}
	steps := []struct {
		network, addr string
		port, count   int
		sources, size int
		into          *int
	}{
		{"udp4", sharedAddr, p.Watched, *n, 4, 0, &c.SentWatched},
		{"udp6", v6Addr, p.Watched, *n, 2, 0, &c.SentWatched},
		{"udp4", tinyAddr, p.Watched, *burst, 1, 1000, &c.SentTinyBurst},
		{"udp4", sharedAddr, p.Decoy, *n / 4, 1, 0, &c.SentDecoy},
		{"udp4", sharedAddr, p.ClosedUDP, 2, 1, 0, &c.SentClosed},
		{"udp6", v6Addr, p.ClosedUDP, 2, 1, 0, &c.SentClosed},
	}
	for _, st := range steps {
		sent, err := send(st.network, st.addr, st.port, st.count, st.sources, st.size)
		*st.into += sent
		if err != nil {
			return fmt.Errorf("sending to %s port %d: %w", st.addr, st.port, err)
		}
	}
	c.SentWatched += c.SentTinyBurst
	for _, addr := range []string{sharedAddr, v6Addr} {
		conn, err := net.DialTimeout("tcp", net.JoinHostPort(addr, fmt.Sprint(p.ClosedTCP)), 5*time.Second)
		if err == nil {
			conn.Close()
			return fmt.Errorf("connecting to closed port %d on %s: it accepted", p.ClosedTCP, addr)
		}
		if !errors.Is(err, syscall.ECONNREFUSED) {
			return fmt.Errorf("connecting to closed port %d on %s: %w", p.ClosedTCP, addr, err)
		}
		c.Connects++
	}
	return json.NewEncoder(os.Stdout).Encode(c)
}
