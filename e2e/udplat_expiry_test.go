package e2e

import (
	"net/netip"
	"testing"
	"time"
)

// With raw tracepoints, what udplat keeps of a datagram goes once it is
// older than EXPIRE (a sweep once a second), so that datagrams it never
// matches to a read cannot pile up: datagrams that waited longer are
// forgotten and counted in @expired, and their reads in @unmeasured, never
// as a wrong wait; datagrams read in time are measured as ever, and
// nothing is left in the maps.
func TestUdplatExpiry(t *testing.T) {
	eachVariant(t, func(t *testing.T, v udplatVariant, port uint16) {
		if v.name != "tracepoints" {
			t.Skip("the function hooks keep a datagram's stamp until it is read or freed: nothing expires")
		}
		to := netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), port)
		s := openUDP(t, to, sockOpts{})
		u := startUdplat(t, v, port, 0, "-D", "EXPIRE=1s")
		const old, fresh = 5, 5
		for i := 0; i < old; i++ {
			sendOne(t, to)
		}
		// Older than 1 s at a sweep at the latest 2 s after they came.
		time.Sleep(3 * time.Second)
		var late, inTime reading
		if err := s.drainNow(&late); err != nil {
			t.Fatal(err)
		}
		if len(late.all) != old {
			t.Fatalf("read %d datagrams, sent %d", len(late.all), old)
		}
		for i := 0; i < fresh; i++ {
			sendOne(t, to)
			tr, err := s.recv(viaRecvmsg, 0)
			if err != nil {
				t.Fatal(err)
			}
			inTime.add(tr)
		}
		u.waitNoLeftovers()
		res := u.stop()
		if res.expired != old || res.unmeasured != old {
			t.Errorf("@expired %d and @unmeasured %d, want %d each: the datagrams read %v after they came", res.expired, res.unmeasured, old, waitsOf(late.all))
		}
		// The rest is as for any run: those read in time measured, and
		// exactly.
		res.unmeasured = 0
		res.check(t, 0, inTime.all)
	})
}
