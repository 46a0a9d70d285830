package clispec

import (
	"flag"
	"strings"
	"testing"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(v string) error { *l = append(*l, v); return nil }

// Register defines each flag under its name and alias with its default;
// a default that does not parse is an error, not a silent zero.
func TestRegister(t *testing.T) {
	var s string
	var b bool
	var n int
	var l list
	flags := []Flag{
		{Name: "s", Arg: "S", Default: "x", Value: &s},
		{Name: "help", Alias: "h", Value: &b},
		{Name: "num", Arg: "N", Default: "7", Value: &n},
		{Name: "D", Arg: "KV", Value: &l},
	}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	if err := Register(fs, flags); err != nil {
		t.Fatal(err)
	}
	if s != "x" || n != 7 || b {
		t.Fatalf("defaults: %q %d %v", s, n, b)
	}
	if err := fs.Parse([]string{"-h", "--num", "9", "-D", "a", "-D", "b"}); err != nil {
		t.Fatal(err)
	}
	if !b || n != 9 || len(l) != 2 {
		t.Errorf("parsed %v %d %v", b, n, l)
	}
	bad := []Flag{{Name: "num", Arg: "N", Default: "seven", Value: &n}}
	if err := Register(flag.NewFlagSet("t", flag.ContinueOnError), bad); err == nil || !strings.Contains(err.Error(), `flag num: default "seven"`) {
		t.Errorf("bad default: %v", err)
	}
	if err := Register(flag.NewFlagSet("t", flag.ContinueOnError), []Flag{{Name: "f", Value: new(float64)}}); err == nil {
		t.Error("a float flag was taken")
	}
}

// The help lists flags as typed, wraps help beside them, and puts the
// help of a long head on the next line.
func TestWriteFlags(t *testing.T) {
	var b strings.Builder
	WriteFlags(&b, []Flag{
		{Name: "help", Alias: "h", Help: "print this help"},
		{Name: "buffer-size", Arg: "BYTES", Default: "4096", Help: strings.Repeat("word ", 20)},
		{Name: "a-very-long-flag-name", Arg: "VALUE", Help: "below"},
	})
	want := `  -h, --help            print this help
  --buffer-size BYTES   word word word word word word word word word word word
                        word word word word word word word word word (default
                        4096)
  --a-very-long-flag-name VALUE
                        below
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
