package main

import (
	"strings"
	"testing"

	"github.com/ntrace/ntrace/lang"
)

// A numeric flag outside its range is an error naming the range: the
// kernel would take it as a 32-bit number, where 4294967297 is 1 (a
// one-key map, a 4 KiB ring, PID 1) and -1 is every process.
func TestFlagRanges(t *testing.T) {
	base := func() options { return options{mapSize: 4096} }
	bad := []struct {
		set  func(*options)
		want string
	}{
		{func(o *options) { o.mapSize = 4294967297 }, "--map-size 4294967297: the number of keys is from 1 to 2147483648"},
		{func(o *options) { o.mapSize = 0 }, "--map-size 0: the number of keys is from 1 to 2147483648"},
		{func(o *options) { o.bufferSize = 4294971392 }, "--buffer-size 4294971392: the size in bytes is from 4096 to 1073741824 (1 GiB)"},
		{func(o *options) { o.bufferSize = -1 }, "--buffer-size -1: the size in bytes is from 4096"},
		{func(o *options) { o.bufferSize = 100 }, "--buffer-size 100: the size in bytes is from 4096"},
		{func(o *options) { o.bufferSize = 12288 }, "--buffer-size 12288: the size must be a power of two (such as 8192 or 16384)"},
		{func(o *options) { o.bufferSize = 5000 }, "--buffer-size 5000: the size must be a power of two (such as 4096 or 8192)"},
		{func(o *options) { o.pid = -1 }, "-p -1: a process ID is from 1 to 4194304"},
		{func(o *options) { o.pid = 4294967297 }, "-p 4294967297: a process ID is from 1 to 4194304"},
	}
	for _, b := range bad {
		o := base()
		b.set(&o)
		if err := checkFlagRanges(&o); err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("got %v, want %q", err, b.want)
		}
	}
	for _, set := range []func(*options){
		func(o *options) {},
		func(o *options) { o.mapSize, o.bufferSize, o.pid = 1, 4096, 1 },
		func(o *options) { o.mapSize, o.bufferSize, o.pid = 1<<31, 1<<30, 1<<22 },
	} {
		o := base()
		set(&o)
		if err := checkFlagRanges(&o); err != nil {
			t.Errorf("%+v: %v", o, err)
		}
	}
	if err := checkProcess(1 << 22); err == nil || err.Error() != "-p 4194304: no such process" {
		t.Errorf("a process that does not exist: %v", err)
	}
}

// A script is read with a bound: /dev/zero gives one byte more than the
// most a script may be, enough for the parser to refuse it, and no more.
func TestReadScriptBounded(t *testing.T) {
	b, err := readScript("/dev/zero")
	if err != nil || len(b) != lang.MaxScriptSize+1 {
		t.Fatalf("read %d bytes (%v), want %d", len(b), err, lang.MaxScriptSize+1)
	}
	err = run(t.Context(), []string{"check", "/dev/zero"}, &strings.Builder{}, &strings.Builder{})
	if e, ok := err.(exitError); !ok || e.code != exitFailed || !strings.HasPrefix(e.msg, "/dev/zero:1:1048577: error: the script is longer than 1048576 bytes (1 MiB)") {
		t.Errorf("ntrace check /dev/zero: %#v", err)
	}
}
