package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
)

// A map of 100,000 keys prints every key once, in bpftrace's order (by
// value, then by key), in text and in JSON: the test writes each size
// from 1 to 100,000 bytes to /dev/null once, twice or three times, and
// the map counts writes by size. ntrace reads such a map in batches and
// formats each entry as it writes it (printing a million keys took 744 MB
// and 9 s when it decoded them all first; see the README).
func TestBigMapPrints(t *testing.T) {
	requireRoot(t)
	const n = 100000
	times := func(size int) int { return size%3 + 1 }
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			devnull, err := os.OpenFile("/dev/null", os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer devnull.Close()
			fd := devnull.Fd()
			tr := ntrace(t, fmt.Sprintf(`tracepoint:syscalls:sys_enter_write /pid == $1 && args->fd == %d/ { @w[args->count] = count(); }
tracepoint:syscalls:sys_enter_getpid /pid == $1/ { printf("ready\n"); }`, fd), pidArg(), "--map-size", "200000", "-f", format)
			// The ready probe is on getpid, so the wait calls getpid (the
			// harness's waitReady calls getppid: the text run waited on
			// whatever else in the test process happened to call getpid,
			// and timed out once in a full run).
			ready := func(l string) bool { return l == "ready" }
			if format != "text" {
				ready = func(l string) bool { return strings.Contains(l, `"ready\n"`) }
			}
			tr.waitLine(ready, func() { syscall.Getpid() })
			buf := make([]byte, n)
			runtime.LockOSThread()
			for size := 1; size <= n; size++ {
				for range times(size) {
					if _, err := syscall.Write(int(fd), buf[:size]); err != nil {
						t.Fatal(err)
					}
				}
			}
			runtime.UnlockOSThread()
			tr.stop()
			// bpftrace's order: by count, then by size.
			var want []string
			for c := 1; c <= 3; c++ {
				for size := 1; size <= n; size++ {
					if times(size) == c {
						want = append(want, fmt.Sprintf("%d: %d", size, c))
					}
				}
			}
			var got []string
			if format == "text" {
				for _, l := range strings.Split(tr.Stdout(), "\n") {
					if k, ok := strings.CutPrefix(l, "@w["); ok {
						got = append(got, strings.Replace(k, "]", "", 1))
					}
				}
			} else {
				got = jsonMapEntries(t, tr.Stdout(), "@w")
			}
			if len(got) != len(want) {
				t.Fatalf("%d entries printed, want %d", len(got), len(want))
			}
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("entry %d is %q, want %q", i, got[i], want[i])
				}
			}
		})
	}
}

// jsonMapEntries finds the JSON line of a map of counts and returns its
// entries as "key: value", in the order printed.
func jsonMapEntries(t *testing.T, out, name string) []string {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		if !strings.HasPrefix(l, `{"type": "map"`) || !strings.Contains(l, `"`+name+`"`) {
			continue
		}
		var m struct {
			Data map[string]json.RawMessage `json:"data"`
		}
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		// Decode the object's members in order, as printed.
		dec := json.NewDecoder(strings.NewReader(string(m.Data[name])))
		var got []string
		if _, err := dec.Token(); err != nil { // {
			t.Fatal(err)
		}
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				t.Fatal(err)
			}
			var v int64
			if err := dec.Decode(&v); err != nil {
				t.Fatal(err)
			}
			got = append(got, fmt.Sprintf("%s: %d", k, v))
		}
		return got
	}
	t.Fatalf("no JSON line for %s in:\n%.2000s", name, out)
	return nil
}
