package runtime

import (
	"encoding/binary"
	"math/rand/v2"
	"net/netip"
	"testing"
)

// The C library's inet_ntop, as bpftrace prints ntop(): these answers come
// from glibc (Python's socket.inet_ntop on this host).
func TestFormatIPv6MatchesInetNtop(t *testing.T) {
	for in, want := range map[string]string{
		"::":                   "::",
		"::1":                  "::1",
		"::ffff:1.2.3.4":       "::ffff:1.2.3.4",
		"::1.2.3.4":            "::1.2.3.4",
		"::0.0.0.1":            "::1",
		"::0.0.1.0":            "::100",
		"::ffff:0.0.0.0":       "::ffff:0.0.0.0",
		"::ffff:0:1.2.3.4":     "::ffff:0:102:304",
		"1::":                  "1::",
		"1:0:0:1::":            "1:0:0:1::",
		"fe80::1":              "fe80::1",
		"2001:db8:0:0:1:0:0:1": "2001:db8::1:0:0:1",
		"0:0:0:0:0:1:0:0":      "::1:0:0",
		"0:0:1:0:0:0:0:1":      "0:0:1::1",
		"1:2:3:4:5:6:7:8":      "1:2:3:4:5:6:7:8",
		"2001:db8:0:1:1:1:1:1": "2001:db8:0:1:1:1:1:1",
		"2001:DB8:ABCD::FFFF":  "2001:db8:abcd::ffff",
	} {
		a := netip.MustParseAddr(in).As16()
		if got := formatIPv6(a[:]); got != want {
			t.Errorf("formatIPv6(%s) = %q, want %q", in, got, want)
		}
	}
}

// Away from the IPv4-compatible range, where Go prints hex groups and the
// C library dotted decimal, both follow RFC 5952: netip is the oracle for
// random addresses with runs of zeros of every length and place.
func TestFormatIPv6MatchesNetip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 100000; i++ {
		var b [16]byte
		for g := 0; g < 8; g++ {
			if r.IntN(2) == 0 {
				binary.BigEndian.PutUint16(b[2*g:], uint16(r.IntN(3)*r.IntN(65536)))
			}
		}
		a := netip.AddrFrom16(b)
		if a.Is4In6() || allZero(b[:12]) {
			continue // IPv4-mapped and IPv4-compatible: see the table above
		}
		if got, want := formatIPv6(b[:]), a.String(); got != want {
			t.Fatalf("formatIPv6(%x) = %q, netip says %q", b, got, want)
		}
	}
}

func TestFormatInet(t *testing.T) {
	v4 := make([]byte, 24)
	binary.LittleEndian.PutUint64(v4, 2)
	copy(v4[8:], []byte{192, 168, 0, 255})
	if got := formatInet(v4); got != "192.168.0.255" {
		t.Errorf("formatInet(AF_INET) = %q", got)
	}
	v6 := make([]byte, 24)
	binary.LittleEndian.PutUint64(v6, 10)
	a := netip.MustParseAddr("fe80::1:2").As16()
	copy(v6[8:], a[:])
	if got := formatInet(v6); got != "fe80::1:2" {
		t.Errorf("formatInet(AF_INET6) = %q", got)
	}
	binary.LittleEndian.PutUint64(v6, 7)
	if got := formatInet(v6); got != "?" {
		t.Errorf("formatInet(family 7) = %q, want ?", got)
	}
}
