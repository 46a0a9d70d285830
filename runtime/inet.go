package runtime

import (
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
)

// formatInet renders ntop()'s value: a family word, then the address.
func formatInet(b []byte) string {
	switch binary.LittleEndian.Uint64(b) {
	case 2: // AF_INET
		return formatIPv4(b[8:12])
	case 10: // AF_INET6
		return formatIPv6(b[8:24])
	}
	return "?"
}

// formatIPv4 renders 4 bytes in dotted decimal.
func formatIPv4(b []byte) string {
	out := make([]byte, 0, 15)
	for i, x := range b[:4] {
		if i > 0 {
			out = append(out, '.')
		}
		out = strconv.AppendUint(out, uint64(x), 10)
	}
	return string(out)
}

// formatIPv6 renders 16 bytes as the C library's inet_ntop does, which is
// what bpftrace prints: groups in lowercase hex without leading zeros, the
// first longest run of two or more zero groups written "::", and the last
// 32 bits in dotted decimal for IPv4-mapped (::ffff:a.b.c.d) and
// IPv4-compatible (::a.b.c.d) addresses.
func formatIPv6(b []byte) string {
	var words [8]uint16
	for i := range words {
		words[i] = binary.BigEndian.Uint16(b[2*i:])
	}
	// The first longest run of zero groups.
	runStart, runLen := -1, 0
	for i := 0; i < 8; {
		if words[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && words[j] == 0 {
			j++
		}
		if j-i > runLen {
			runStart, runLen = i, j-i
		}
		i = j
	}
	if runLen < 2 {
		runStart, runLen = -1, 0
	}
	out := make([]byte, 0, 46)
	for i := 0; i < 8; i++ {
		if runStart >= 0 && i >= runStart && i < runStart+runLen {
			if i == runStart {
				out = append(out, ':')
			}
			continue
		}
		if i > 0 {
			out = append(out, ':')
		}
		if i == 6 && runStart == 0 && (runLen == 6 || runLen == 5 && words[5] == 0xffff) {
			return string(out) + formatIPv4(b[12:16])
		}
		out = strconv.AppendUint(out, uint64(words[i]), 16)
	}
	if runStart >= 0 && runStart+runLen == 8 {
		out = append(out, ':')
	}
	return string(out)
}

// formatMac writes 6 bytes as a MAC address, 00:1a:2b:3c:4d:5e.
func formatMac(b []byte) string {
	parts := make([]string, len(b))
	for i, c := range b {
		parts[i] = fmt.Sprintf("%02x", c)
	}
	return strings.Join(parts, ":")
}
